"""Feeds and pages over HTTP: bounded fetches, conditional GET, RSS/Atom entries -> RawDocument."""

from __future__ import annotations

import calendar
import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import Any, Protocol

from digest import __version__
from digest.config import HttpConfig, SourceConfig
from digest.errors import SourceError
from digest.model import Failure, RawDocument
from digest.state import CachedResponse, article_keys

log = logging.getLogger(__name__)

USER_AGENT = f"digest/{__version__} (+briefing bot)"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Response:
    """A fetched body and what we need of its headers."""

    url: str  # after redirects
    status: int
    body: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False  # 304: body is the cached one

    def text(self) -> tuple[str, tuple[str, ...]]:
        """The body decoded (charset from headers or <meta>), plus a warning if bytes were bad."""
        charset = _charset(self.content_type) or _meta_charset(self.body[:4096]) or "utf-8"
        try:
            return self.body.decode(charset), ()
        except (LookupError, UnicodeDecodeError):
            return self.body.decode("utf-8", errors="replace"), (
                f"not valid {charset}; undecodable bytes replaced",
            )


def _charset(content_type: str) -> str | None:
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def _meta_charset(head: bytes) -> str | None:
    m = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", head, re.IGNORECASE)
    return m.group(1).decode("ascii") if m else None


class Fetcher:
    """An HTTP client with timeouts, a size cap, a redirect cap and a clear User-Agent."""

    def __init__(self, http: HttpConfig) -> None:
        import httpx

        self.http = http
        self.max_bytes = int(http.max_mb * 1024 * 1024)
        self.client = httpx.Client(
            timeout=httpx.Timeout(http.timeout),
            follow_redirects=True,
            max_redirects=http.max_redirects,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"},
        )

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, cached: CachedResponse | None = None) -> Response:
        """GET a URL (conditionally, when a cached response is given); SourceError on failure."""
        import httpx

        if not url.startswith(("http://", "https://")):
            raise SourceError(f"{url}: not an http(s) address")
        headers = {}
        if cached and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        deadline = time.monotonic() + 4 * self.http.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                if r.status_code == 304 and cached is not None:
                    return Response(
                        str(r.url), 304, cached.body, "", cached.etag, cached.last_modified, True
                    )
                if r.status_code >= 400:
                    raise SourceError(
                        f"{url}: HTTP {r.status_code} {r.reason_phrase}; check the address "
                        "or try again later"
                    )
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_bytes:
                    raise self._too_large(url)
                chunks, size = [], 0
                for chunk in r.iter_bytes(_CHUNK):
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise self._too_large(url)
                    if time.monotonic() > deadline:
                        raise SourceError(
                            f"{url}: still downloading after {4 * self.http.timeout:g} s; skipped"
                        )
                    chunks.append(chunk)
                return Response(
                    str(r.url),
                    r.status_code,
                    b"".join(chunks),
                    r.headers.get("content-type", ""),
                    r.headers.get("etag"),
                    r.headers.get("last-modified"),
                )
        except httpx.TooManyRedirects as exc:
            raise SourceError(
                f"{url}: more than {self.http.max_redirects} redirects; check the address"
            ) from exc
        except httpx.TimeoutException as exc:
            raise SourceError(
                f"{url}: no answer within {self.http.timeout:g} s; try again later"
            ) from exc
        except httpx.HTTPError as exc:
            raise SourceError(f"{url}: cannot fetch ({exc or type(exc).__name__})") from exc

    def _too_large(self, url: str) -> SourceError:
        return SourceError(f"{url}: larger than {self.http.max_mb:g} MB; skipped")


def fetch_many(
    fetcher: Fetcher, urls: Sequence[str], cache: Callable[[str], CachedResponse | None]
) -> dict[str, Response | Failure]:
    """Fetch URLs a few at a time; each becomes a Response or a Failure (cache read up front)."""
    cached = {url: cache(url) for url in urls}  # sqlite stays on this thread

    def one(url: str) -> Response | Failure:
        try:
            return fetcher.get(url, cached[url])
        except SourceError as exc:
            return Failure(url, str(exc).removeprefix(f"{url}: "))
        except Exception as exc:  # one bad source never stops the others
            log.exception("unexpected error fetching %s", url)
            return Failure(url, f"could not be fetched ({exc}); please report it")

    if not urls:
        return {}
    with ThreadPoolExecutor(max_workers=min(fetcher.http.workers, len(urls))) as pool:
        return dict(zip(urls, pool.map(one, urls), strict=True))


# --- feeds ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One feed entry, as far as digest needs it."""

    feed: str
    guid: str | None
    link: str | None
    title: str | None
    published: str | None  # ISO 8601, UTC
    section: str | None
    content: str  # the longest text the entry carries (HTML or plain)
    has_full_content: bool


def _iso(struct: Any) -> str | None:
    if not struct:
        return None
    return datetime.fromtimestamp(calendar.timegm(struct), UTC).isoformat(timespec="seconds")


def parse_feed(url: str, body: bytes, content_type: str = "") -> list[Entry]:
    """The entries of an RSS or Atom document; SourceError when no entry can be read."""
    import feedparser

    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    if not parsed.entries:
        if parsed.get("bozo"):
            reason = _one_line(parsed.get("bozo_exception") or "malformed")
            raise SourceError(f"{url}: not a readable RSS/Atom feed ({reason})")
        if not parsed.get("version"):
            raise SourceError(f"{url}: not an RSS/Atom feed (no feed elements found)")
        log.info("%s: the feed has no entries", url)
    elif parsed.get("bozo"):
        log.warning(
            "%s: the feed is not well-formed (%s); using the %d entries that could be read",
            url,
            _one_line(parsed.get("bozo_exception")),
            len(parsed.entries),
        )
    entries = []
    for e in parsed.entries:
        content = max((c.get("value", "") for c in e.get("content", [])), key=len, default="")
        summary = e.get("summary", "") or ""
        tags = [t.get("term") or t.get("label") for t in e.get("tags", [])]
        entries.append(
            Entry(
                feed=url,
                guid=e.get("id") or None,
                link=e.get("link") or None,
                title=(e.get("title") or "").strip() or None,
                published=_iso(e.get("published_parsed") or e.get("updated_parsed")),
                section=next((t for t in tags if t), None),
                content=content or summary,
                has_full_content=bool(content),
            )
        )
    return entries


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


class _TextOf(HTMLParser):
    """HTML fragment -> plain text, one paragraph per block element."""

    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}
    _SKIP = {"script", "style", "figure", "figcaption", "noscript"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs kept."""
    if "<" not in fragment:
        return fragment.strip()
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def is_teaser(entry: Entry, http: HttpConfig) -> bool:
    """An entry with no full content and a short summary (under three paragraphs and
    `teaser_chars`) only points at the article; many RSS feeds put whole articles in the
    summary, and those are read as they are."""
    if entry.has_full_content:
        return False
    text = html_to_text(entry.content)
    return len(text) < http.teaser_chars and text.count("\n\n") < 2


def entry_document(entry: Entry) -> RawDocument:
    """A feed entry that carries its article, as a document."""
    return RawDocument(
        source=entry.link or f"{entry.feed}#{entry.guid}",
        text=html_to_text(entry.content),
        kind="text",
        url=entry.link,
        title=entry.title,
        published=entry.published,
        section=entry.section,
    )


def page_document(response: Response, entry: Entry | None = None, source: str = "") -> RawDocument:
    """A fetched article page as an HTML document; the feed entry's metadata wins."""
    text, warnings = response.text()
    return RawDocument(
        source=(entry.link if entry else None) or source or response.url,
        text=text,
        kind="html",
        url=(entry.link if entry else None) or response.url,
        title=entry.title if entry else None,
        published=entry.published if entry else None,
        section=entry.section if entry else None,
        warnings=warnings,
    )


# --- everything the web sources of a config give ------------------------------------------


class Cache(Protocol):
    """Where validators and bodies are kept (digest.state.State)."""

    def cached(self, url: str) -> CachedResponse | None: ...

    def store(
        self, url: str, etag: str | None, last_modified: str | None, body: bytes, now: datetime
    ) -> None: ...


@dataclass(frozen=True)
class Item:
    """A document from the web and the keys it is known by (guid, URL)."""

    doc: RawDocument
    keys: tuple[str, ...]


def collect(
    sources: Iterable[SourceConfig],
    fetcher: Fetcher,
    cache: Cache,
    known: Callable[[Sequence[str]], bool],
    now: datetime,
    since: datetime | None = None,
) -> tuple[list[Item], list[Failure]]:
    """Fetch feeds and pages; keep entries not yet known; fetch pages for teaser entries."""
    sources = list(sources)
    feeds = [s.location for s in sources if s.kind == "feed"]
    urls = [s.location for s in sources if s.kind == "url"]
    failures: list[Failure] = []
    fetched = fetch_many(fetcher, list(dict.fromkeys(feeds + urls)), cache.cached)
    for url, result in fetched.items():
        if isinstance(result, Response) and not result.not_modified and url in feeds:
            cache.store(url, result.etag, result.last_modified, result.body, now)

    items: list[Item] = []
    teasers: dict[str, Entry] = {}
    for feed in feeds:
        result = fetched[feed]
        if isinstance(result, Failure):
            failures.append(result)
            continue
        try:
            entries = parse_feed(feed, result.body, result.content_type)
        except SourceError as exc:
            failures.append(Failure(feed, str(exc).removeprefix(f"{feed}: ")))
            continue
        for entry in entries:
            keys = article_keys(guid=entry.guid, url=entry.link, feed=feed)
            if known(keys) or _too_old(entry.published, since):
                continue
            if is_teaser(entry, fetcher.http) and entry.link:
                teasers.setdefault(entry.link, entry)
            else:
                items.append(Item(entry_document(entry), keys))
    for url in urls:
        result = fetched[url]
        keys = article_keys(url=url)
        if isinstance(result, Failure):
            failures.append(result)
        elif not known(keys):
            items.append(Item(page_document(result, source=url), keys))

    pages = fetch_many(fetcher, list(teasers), lambda _url: None)
    for link, entry in teasers.items():
        result = pages[link]
        if isinstance(result, Failure):
            failures.append(result)
            continue
        keys = article_keys(guid=entry.guid, url=entry.link, feed=entry.feed)
        items.append(Item(page_document(result, entry), keys))
    log.debug("%d new documents from %d feeds and %d pages", len(items), len(feeds), len(urls))
    return items, failures


def _too_old(published: str | None, since: datetime | None) -> bool:
    if since is None or not published:
        return False
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        return False
    return when < since
