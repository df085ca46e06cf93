"""RawDocument -> Article: HTML extraction, scraped-page junk removal, headline and metadata."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from digest import segment
from digest.errors import SourceError
from digest.junk import AGENCY, MONTH, TERMINAL, TIMESTAMP, is_junk, remove_junk
from digest.model import Article, RawDocument

log = logging.getLogger(__name__)

# --- Header: headline, source line, dateline ------------------------------------------------

_SOURCE_LINE = re.compile(
    r"^(?:(?i:by)\s+(?P<author>[^,|–—]+?)\s*(?:,|\||–|—|\s-\s|\bfor\b)\s*(?P<agency>[^,|]+?)"
    r"|(?i:source|from|via)\s*:?\s+(?P<agency2>[^,|]+?)"
    r"|(?P<agency3>(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}))"
    r"(?:\s*[|,]\s*.{0,40})?$"
)
_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,6}$", re.I)
_DATELINE = re.compile(
    r"^(?P<dateline>"
    # "WASHINGTON, March 3", "SAN JOSE, Calif.", "LONDON", "Dec. 8", "Dec. 8, 2023"
    r"(?:[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+)*(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?"
    rf"(?:,?\s+{MONTH}\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    rf"|{MONTH}\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?"
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=\s*\())"
    r")\s*(?:\((?P<agency>[^()]{1,40})\)\s*)?(?P<sep>--|—|–|-)\s+(?=\S)"
)
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_MD_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:https?:|/|#)[^)]*\)")
# Last words of news outlets' names: "Associated Press", "Meridian Wire", "The Millbrook Ledger".
_OUTLET_WORDS = frozenset(
    """
    press news wire wires agency service services times post journal herald ledger courier
    tribune gazette chronicle telegraph guardian observer independent standard express mirror
    star sun daily weekly review report bulletin desk network media broadcasting radio tv
    television online today magazine dispatch examiner inquirer record register sentinel monitor
    """.split()
)
_AGENCY_NAME = re.compile(AGENCY)
_DATELINE_SEARCH = 4
_MAX_ABOVE_DATELINE_WORDS = 60
_MD_STRONG = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_ABBREV_END = re.compile(r"\b(?:[A-Z]\.){2,}$|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|St)\.$")


@dataclass
class _Header:
    title: str | None = None
    source_name: str | None = None
    dateline: str | None = None
    published: str | None = None
    warnings: list[str] = field(default_factory=list)


def clean(doc: RawDocument) -> Article:
    """Turn a raw document into an Article: main text without page junk, headline, metadata.

    Raises `SourceError` (naming the source and what to do) when no article text remains.
    """
    header = _Header(title=doc.title, published=doc.published)
    url, section = doc.url, doc.section
    text = doc.text
    if doc.kind == "html":
        text, meta = _extract_html(doc)
        header.title = meta.get("title") or header.title
        header.published = meta.get("date") or header.published
        header.source_name = meta.get("sitename")
        url = url or meta.get("url")
        section = section or meta.get("section")
    is_markdown = doc.source.lower().endswith(".md")
    lines = _normalise(text, markdown=is_markdown)
    if header.published is None:
        header.published = _timestamp(lines[:15])
    lines = remove_junk(lines)
    body = _read_header(lines, header, has_title=doc.kind == "html" or doc.title is not None)
    paras = _paragraphs(body)
    paras = _strip_dateline(paras, header)
    paras = _drop_captions_and_repeats(paras, header.title)
    if not any(len(p.split()) >= 4 for p in paras):
        if doc.kind == "html":
            raise SourceError(_no_html_article(doc.source))
        raise SourceError(
            f"{doc.source}: no article text left after removing page junk; "
            "give the article's text or leave the file out"
        )
    body_text = "\n\n".join(paras)
    title = header.title or _title_from(paras[0])
    if not header.title:
        header.warnings.append(f"{doc.source}: no headline found; used the first words instead")
    return Article(
        id=Article.make_id(doc.source, body_text),
        source=doc.source,
        title=_squash(title),
        text=body_text,
        sentences=segment.sentences(body_text),
        source_name=header.source_name,
        dateline=header.dateline,
        published=header.published,
        url=url,
        section=section,
        warnings=(*doc.warnings, *header.warnings),
    )


def _normalise(text: str, markdown: bool) -> list[str]:
    """Lines stripped of surrounding space; Markdown headings, images and link syntax removed."""
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip().replace("\u00a0", " ")
        if markdown:
            if _MD_IMAGE.match(line):
                continue
            line = _MD_LINK.sub(r"\1", _MD_HEADING.sub("", line))
            line = _MD_STRONG.sub(r"\2", line)
            if re.fullmatch(r"[-*_=]{3,}", line):
                line = ""
        lines.append(line)
    return lines


def _read_header(lines: list[str], header: _Header, has_title: bool) -> list[str]:
    """Take the headline, source line and byline from the top; return the remaining lines."""
    i = 0
    while i < len(lines) and not lines[i]:
        i += 1
    if not has_title and i < len(lines) and _is_headline(lines[i]):
        header.title = lines[i]
        i += 1
    elif has_title and i < len(lines) and header.title and _same(lines[i], header.title):
        i += 1
    # a short source line or byline sits between the headline and the first paragraph
    for _ in range(3):
        while i < len(lines) and not lines[i]:
            i += 1
        if i >= len(lines):
            break
        line = lines[i]
        if TERMINAL.search(line) or len(line.split()) > 8:
            break
        match = _SOURCE_LINE.match(line)
        outlet = _outlet(match) if match else None
        if outlet is None and (_BYLINE.match(line) or (match and match["author"])):
            i += 1  # "By Jane Doe" or "By Jane Doe, Energy Correspondent": an author
            continue
        if outlet is None or (has_title and match["agency3"]):
            break  # "Ewood Park", or a subheading in an HTML page: not a source line
        if header.source_name is None:
            header.source_name = outlet
        i += 1
    return lines[i:]


def _outlet(match: re.Match[str]) -> str | None:
    """The news outlet a source line names, if what it names looks like one."""
    if match["agency2"]:
        return match["agency2"].strip()
    name = (match["agency"] or match["agency3"] or "").strip()
    last = name.split()[-1] if name else ""
    if re.fullmatch(r"[A-Z]{2,6}", name) or _AGENCY_NAME.fullmatch(name):
        return name
    return name if last.lower() in _OUTLET_WORDS else None


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 25 or len(line) > 200 or _DATELINE.match(line):
        return False
    if line.endswith(".") and not _ABBREV_END.search(line):
        return False
    if len(segment.split_sentences(line)) > 1:
        return False
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"'“‘"


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line blocks; inside a block a line starts a new paragraph after a finished sentence."""
    paras: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if not line:
            if current:
                paras.append(" ".join(current))
            current = []
            continue
        if current and TERMINAL.search(current[-1]) and not line[:1].islower():
            paras.append(" ".join(current))
            current = []
        current.append(line)
    return [_squash(p) for p in paras if p.strip()]


def _strip_dateline(paras: list[str], header: _Header) -> list[str]:
    """Move "Dec. 8 (UPI) --" or "LONDON (Reuters) -" from the lead paragraph into metadata.

    The story starts at its dateline: short paragraphs above it (a caption, a standfirst, a
    widget the junk rules did not know) are page furniture and are dropped.
    """
    found: tuple[int, re.Match[str]] | None = None
    for k, para in enumerate(paras[:_DATELINE_SEARCH]):
        match = _DATELINE.match(para)
        if match and _is_dateline(match):
            found = k, match
            break
        if len(para.split()) > _MAX_ABOVE_DATELINE_WORDS:
            break
    if found is None:
        return paras
    k, match = found
    header.dateline = match["dateline"].strip().rstrip(",")
    if match["agency"] and header.source_name is None:
        header.source_name = match["agency"].strip()
    rest = paras[k][match.end() :]
    return [rest, *paras[k + 1 :]] if rest else paras[k + 1 :]


def _is_dateline(match: re.Match[str]) -> bool:
    if match["agency"]:
        return True
    dateline = match["dateline"].strip().rstrip(",")
    # "NATO - the alliance ..." is prose; "LONDON --" and "Dec. 8 --" are datelines
    return match["sep"] != "-" and _has_upper_or_digit(dateline)


def _drop_captions_and_repeats(paras: list[str], title: str | None) -> list[str]:
    """Drop wrapped captions that span lines, paragraphs repeating the title or each other."""
    out: list[str] = []
    seen: set[str] = set()
    for para in paras:
        key = _key(para)
        if key in seen or (title and key == _key(title)) or is_junk(para):
            continue
        seen.add(key)
        out.append(para)
    return out


def _extract_html(doc: RawDocument) -> tuple[str, dict[str, str]]:
    """Main text and metadata of an HTML page, by trafilatura (precision over recall)."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            doc.text,
            url=doc.url,
            favor_precision=True,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
        )
    except Exception as exc:  # lxml or trafilatura choking on a malformed page
        log.warning("trafilatura failed on %s: %s", doc.source, exc)
        raise SourceError(
            f"{doc.source}: the HTML page could not be parsed ({type(exc).__name__}); "
            "save the article page again or give its text"
        ) from None
    if result is None or not (result.text or "").strip():
        raise SourceError(_no_html_article(doc.source))
    meta = {
        "title": result.title,
        "date": result.date,
        "sitename": result.sitename,
        "url": result.url,
        "section": (result.categories or [None])[0] if result.categories else None,
    }
    return result.text, {k: v for k, v in meta.items() if v}


def _no_html_article(source: str) -> str:
    return (
        f"{source}: no article found in the HTML page; save the article page itself, "
        "not an index, login or error page"
    )


def _timestamp(lines: list[str]) -> str | None:
    """The date of a "Published Dec. 8, 2023" line near the top, before it is dropped as junk."""
    for line in lines:
        if TIMESTAMP.fullmatch(line) and not line.endswith("ago"):
            return re.sub(
                r"(?i)^(?:first |last )?(?:published|updated|posted)(?: on)?\W*", "", line
            )
    return None


def _has_upper_or_digit(dateline: str) -> bool:
    return dateline.split(",")[0].isupper() or bool(re.search(r"\d", dateline))


def _title_from(paragraph: str) -> str:
    first = segment.split_sentences(paragraph)[0]
    words = first.split()
    return first if len(words) <= 14 else " ".join(words[:12]) + " …"


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
