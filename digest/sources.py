"""Article sources: files, folders and stdin turned into RawDocuments, bad inputs into Failures."""

from __future__ import annotations

import codecs
import logging
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from digest.errors import SourceError
from digest.model import Failure, Kind, RawDocument

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MAX_BYTES = 10 * 1024 * 1024
STDIN = "-"

# A document whose text is more than this share of control or replacement characters is not
# text at all (an image, a PDF, a zip); a few replaced bytes are just a wrong encoding.
_MAX_NON_TEXT = 0.10
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_BODY = re.compile(r"<body\b[^>]*>", re.I)


def load_paths(
    paths: Sequence[str], stdin: TextIO | None = None
) -> tuple[list[RawDocument], list[Failure]]:
    """Read every article named by `paths` (files, folders searched recursively, `-` for stdin).

    Never raises for bad input: each unusable source becomes a `Failure` whose message names
    it and says what to do, and the other sources are still read. Folder contents are sorted;
    a file named twice is read once.
    """
    docs: list[RawDocument] = []
    failures: list[Failure] = []
    seen: set[str] = set()
    for name in paths:
        if name == STDIN:
            try:
                docs.append(read_stream(stdin if stdin is not None else sys.stdin))
            except SourceError as exc:
                failures.append(Failure(STDIN, str(exc)))
            continue
        for source, path in _expand(name, failures):
            key = _identity(path)
            if key in seen:
                continue
            seen.add(key)
            try:
                docs.append(read_file(path, source=source))
            except SourceError as exc:
                failures.append(Failure(source, str(exc)))
    for failure in failures:
        log.info("skipped %s: %s", failure.source, failure.message)
    return docs, failures


def read_file(path: Path, source: str | None = None) -> RawDocument:
    """Read one article file; raises `SourceError` (a one-line, actionable message) when unusable.

    `source` is the name the user gave (defaults to `str(path)`). Invalid UTF-8 is decoded with
    replacement characters and noted in the document's warnings.
    """
    source = source if source is not None else str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SourceError(f"{source}: no such file or folder; check the path") from None
    except OSError as exc:
        raise SourceError(
            f"{source}: cannot be read ({_reason(exc)}); check its permissions"
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(f"{source} is a folder; name it as a path argument to read its articles")
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(
            f"{source} is not a regular file (a pipe or device); save the article to a file"
        )
    if info.st_size > MAX_BYTES:
        raise SourceError(
            f"{source} is {info.st_size / 1024 / 1024:.1f} MB, over the {MAX_BYTES // 1024 // 1024} MB "
            "limit for one article; split it or save only the article text"
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise SourceError(
            f"{source}: cannot be read ({_reason(exc)}); check its permissions"
        ) from None
    if len(data) > MAX_BYTES:
        raise SourceError(f"{source} is over the 10 MB limit for one article; split it")
    return _document(source, data, suffix=path.suffix.lower())


def read_stream(stream: TextIO | None) -> RawDocument:
    """Read one article from a stream (stdin); raises `SourceError` when it holds no text."""
    if stream is None:
        raise SourceError("stdin is not available; name the article file instead of -")
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data = buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise SourceError("stdin holds over 10 MB, too much for one article; save it to files")
        return _document(STDIN, data, suffix="")
    text = stream.read(MAX_BYTES + 1)
    if len(text) > MAX_BYTES:
        raise SourceError("stdin holds over 10 MB, too much for one article; save it to files")
    return _document(STDIN, text.encode("utf-8", errors="replace"), suffix="")


def _expand(name: str, failures: list[Failure]) -> Iterator[tuple[str, Path]]:
    """The files a path argument stands for, as (name shown to the user, path)."""
    path = Path(name)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists() or path.is_symlink()
    except OSError as exc:
        failures.append(
            Failure(name, f"{name}: cannot be read ({_reason(exc)}); check its permissions")
        )
        return
    if not exists:
        failures.append(Failure(name, f"{name}: no such file or folder; check the path"))
        return
    if not is_dir:
        yield name, path
        return
    found = sorted(_walk(path, failures))
    if not found:
        suffixes = ", ".join(ARTICLE_SUFFIXES)
        failures.append(
            Failure(name, f"{name}: folder has no article files ({suffixes}); check the path")
        )
    for rel in found:
        yield str(Path(name) / rel), path / rel


def _walk(root: Path, failures: list[Failure]) -> Iterator[str]:
    """Relative paths of the article files under `root`, skipping hidden files and folders."""

    def on_error(exc: OSError) -> None:
        where = exc.filename or str(root)
        failures.append(
            Failure(where, f"{where}: cannot be read ({_reason(exc)}); check its permissions")
        )

    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            if file.startswith(".") or not file.lower().endswith(ARTICLE_SUFFIXES):
                continue
            yield os.path.relpath(os.path.join(folder, file), root)


def _identity(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return str(path)


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def _document(source: str, data: bytes, suffix: str) -> RawDocument:
    """Decode bytes into a RawDocument, refusing empty and binary content."""
    what = "stdin" if source == STDIN else source
    if not data.strip():
        raise SourceError(_empty(what))
    text, warnings = _decode(what, data)
    sample = text[:100_000]
    if len(_CONTROL.findall(sample)) > _MAX_NON_TEXT * len(sample):
        raise SourceError(f"{what} looks binary, not text; give a .txt, .md or .html article")
    if not text.strip():
        raise SourceError(_empty(what))
    for warning in warnings:
        log.warning("%s", warning)
    return RawDocument(source=source, text=text, kind=_kind(suffix, text), warnings=warnings)


def _empty(what: str) -> str:
    if what == "stdin":
        return "stdin is empty; pipe an article into `digest ... -`"
    return f"{what} is empty; add the article text or leave the file out"


def _decode(what: str, data: bytes) -> tuple[str, tuple[str, ...]]:
    """UTF-8 (or UTF-16 with a byte-order mark); bad bytes replaced, with a warning saying so."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), ()
        except UnicodeDecodeError:
            pass
    elif b"\x00" in data:
        raise SourceError(
            f"{what} looks binary (it holds NUL bytes); give a .txt, .md or .html article"
        )
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        warning = (
            f"{what}: invalid UTF-8 at byte {exc.start}; {bad} character(s) replaced with U+FFFD; "
            "re-save the file as UTF-8"
        )
        return text, (warning,)


def _kind(suffix: str, text: str) -> Kind:
    """HTML by file suffix, or by content that clearly is an HTML document."""
    if suffix in HTML_SUFFIXES:
        return "html"
    head = text[:4096]
    if _HTML_START.search(head) or (suffix != ".md" and _HTML_BODY.search(head)):
        return "html"
    return "text"
