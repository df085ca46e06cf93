"""What `digest run` remembers between runs, in SQLite: articles sent, runs, HTTP validators."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from digest.errors import DeliveryError, DigestError

log = logging.getLogger(__name__)

EXIT_TEMPFAIL = 75  # EX_TEMPFAIL from sysexits.h
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sent (
    key TEXT PRIMARY KEY,          -- "guid:...", "url:...", "hash:..."
    title TEXT,
    run_id INTEGER,
    sent_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    exit_code INTEGER,
    outcome TEXT,                  -- sent, written, nothing-new, dry-run, mail-failed, ...
    articles INTEGER,
    failures INTEGER,
    message TEXT
);
CREATE TABLE IF NOT EXISTS run_failures (
    run_id INTEGER NOT NULL,
    source TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS http_cache (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    body BLOB,                     -- kept so a 304 still yields the entries not yet sent
    fetched_at TEXT NOT NULL
);
"""

_TRACKING = re.compile(r"^(utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)


def canonical_url(url: str) -> str:
    """One spelling per page: no scheme, www., default port, fragment, tracking or trailing /."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    port = parts.port
    if port and port not in (80, 443):
        host = f"{host}:{port}"
    path = re.sub(r"/+$", "", parts.path) or ""
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, True) if not _TRACKING.match(k)])
    return urlunsplit(("", host, path, query, ""))


def normalise_text(text: str) -> str:
    """Text reduced to lower-case words, so spacing, quotes and punctuation do not matter."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(re.findall(r"\w+", text))


def content_hash(text: str) -> str:
    """A hash of an article's normalised text: a republished story hashes the same."""
    return hashlib.sha256(normalise_text(text).encode()).hexdigest()[:32]


def article_keys(
    *, guid: str | None = None, url: str | None = None, text: str | None = None, feed: str = ""
) -> tuple[str, ...]:
    """Every key an article is known by; a guid that is not a URI is scoped to its feed."""
    keys = []
    if guid:
        keys.append(f"guid:{guid}" if ":" in guid else f"guid:{canonical_url(feed)}#{guid}")
    if url:
        keys.append(f"url:{canonical_url(url)}")
    if text and text.strip():
        keys.append(f"hash:{content_hash(text)}")
    return tuple(keys)


@dataclass(frozen=True)
class CachedResponse:
    """What a URL answered last time: its validators and body."""

    url: str
    etag: str | None
    last_modified: str | None
    body: bytes


class LockHeld(DigestError):
    """Another `digest run` holds the lock; try again later (exit 75)."""

    exit_code = EXIT_TEMPFAIL


class RunLock:
    """A non-blocking exclusive lock on a file next to the state database."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockHeld(
                f"another digest run is in progress (lock {self.path}); try again later"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def lock_path(state_path: Path) -> Path:
    """The lock file that goes with a state database."""
    return state_path.with_name(state_path.name + ".lock")


class State:
    """The SQLite state file; use as a context manager. One thread only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, timeout=10)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise DeliveryError(
                    f"{self.path}: written by a newer digest (schema {version}); upgrade digest"
                )
            self.db.executescript(_SCHEMA)
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise DeliveryError(
                f"{self.path}: cannot open the state database ({exc}); "
                "check the path in [briefing] state"
            ) from exc
        except OSError as exc:
            raise DeliveryError(
                f"{self.path}: cannot create the state folder ({exc.strerror})"
            ) from exc

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- articles ----------------------------------------------------------------------------

    def known(self, keys: Iterable[str]) -> bool:
        """True when any of the keys belongs to an article already sent."""
        keys = list(keys)
        if not keys:
            return False
        marks = ",".join("?" * len(keys))
        row = self.db.execute(f"SELECT 1 FROM sent WHERE key IN ({marks}) LIMIT 1", keys)
        return row.fetchone() is not None

    def mark_sent(
        self, articles: Iterable[tuple[Sequence[str], str]], run_id: int | None, now: datetime
    ) -> int:
        """Record articles (keys, title) as sent, all in one transaction; returns how many."""
        stamp = now.isoformat(timespec="seconds")
        rows = [(key, title, run_id, stamp) for keys, title in articles for key in keys]
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO sent VALUES (?, ?, ?, ?)", rows)
        return len(rows)

    def sent_count(self) -> int:
        """How many keys are recorded as sent."""
        return self.db.execute("SELECT COUNT(*) FROM sent").fetchone()[0]

    def sent_titles(self) -> list[str]:
        """Titles of the articles sent, oldest first, one per article (for tests and `-v`)."""
        rows = self.db.execute(
            "SELECT DISTINCT title FROM sent WHERE key LIKE 'hash:%' ORDER BY rowid"
        )
        return [r[0] for r in rows]

    # --- runs --------------------------------------------------------------------------------

    def start_run(self, now: datetime) -> int:
        """Record the start of a run; returns its id."""
        with self.db:
            cur = self.db.execute(
                "INSERT INTO runs (started_at) VALUES (?)", (now.isoformat(timespec="seconds"),)
            )
        return int(cur.lastrowid or 0)

    def finish_run(
        self,
        run_id: int,
        now: datetime,
        *,
        exit_code: int,
        outcome: str,
        articles: int = 0,
        failures: Sequence[tuple[str, str]] = (),
        message: str = "",
    ) -> None:
        """Record how a run ended and which sources failed."""
        with self.db:
            self.db.execute(
                "UPDATE runs SET finished_at=?, exit_code=?, outcome=?, articles=?, failures=?,"
                " message=? WHERE id=?",
                (
                    now.isoformat(timespec="seconds"),
                    exit_code,
                    outcome,
                    articles,
                    len(failures),
                    message,
                    run_id,
                ),
            )
            self.db.executemany(
                "INSERT INTO run_failures VALUES (?, ?, ?)",
                [(run_id, source, msg) for source, msg in failures],
            )

    def runs(self, limit: int = 20) -> list[dict[str, object]]:
        """The most recent runs, newest first."""
        cur = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur]

    # --- HTTP cache ---------------------------------------------------------------------------

    def cached(self, url: str) -> CachedResponse | None:
        """The validators and body stored for a URL, if any."""
        row = self.db.execute(
            "SELECT etag, last_modified, body FROM http_cache WHERE url=?", (url,)
        ).fetchone()
        return CachedResponse(url, row[0], row[1], bytes(row[2] or b"")) if row else None

    def store(
        self,
        url: str,
        etag: str | None,
        last_modified: str | None,
        body: bytes,
        now: datetime,
    ) -> None:
        """Remember a response's validators and body for the next conditional GET."""
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO http_cache VALUES (?, ?, ?, ?, ?)",
                (url, etag, last_modified, body, now.isoformat(timespec="seconds")),
            )
