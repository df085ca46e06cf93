"""Deliver a briefing: atomic file writes (and, later, email over SMTP)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from digest.errors import DeliveryError


def write_atomic(path: Path, text: str) -> Path:
    """Write text to path via a temp file in the same folder and a rename; never a half file."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DeliveryError(
            f"{path}: cannot write ({exc.strerror}); check the folder exists and is writable"
        ) from exc
    return path
