"""Jinja filters of the briefing templates: dates, names, quantities, entities, Markdown text."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Sequence
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote, urlsplit

from digest.model import Entity, Fact, Quantity, SourceRef, Story

ENTITY_NAMES_MAX = 8  # names shown per kind; the rest are counted, to keep a story compact
MD_WIDTH = 78

# kind (as the facts step names it, or spaCy's label) -> heading, in display order
_ENTITY_LABELS: dict[str, str] = {
    "person": "People",
    "per": "People",
    "place": "Places",
    "country": "Places",
    "gpe": "Places",
    "loc": "Places",
    "location": "Places",
    "fac": "Places",
    "organisation": "Organisations",
    "organization": "Organisations",
    "org": "Organisations",
    "group": "Groups",
    "norp": "Groups",
    "event": "Events",
}
_LABEL_ORDER = ("People", "Places", "Organisations", "Groups", "Events", "Other")

_MONTHS = "January February March April May June July August September October November December"
_MONTH_NAMES = _MONTHS.split()
_DAY_NAMES = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def format_date(value: str | None, style: str = "date") -> str:
    """An ISO 8601 or RFC 2822 date as English text; anything else is returned unchanged.

    Styles: "date" (8 Dec 2024), "long" (Sunday 8 December 2024), "datetime" (8 Dec 2024,
    07:00 UTC). Names are built in, so the output never depends on the machine's locale.
    """
    if not value:
        return ""
    parsed = _parse_date(value.strip())
    if parsed is None:
        return value
    day, month = parsed.day, _MONTH_NAMES[parsed.month - 1]
    if style == "long":
        return f"{_DAY_NAMES[parsed.weekday()]} {day} {month} {parsed.year}"
    text = f"{day} {month[:3]} {parsed.year}"
    if style == "datetime":
        text += f", {parsed:%H:%M}"
        offset = parsed.utcoffset()
        if offset is not None:
            zone = parsed.strftime("%z")
            text += " UTC" if not offset else f" UTC{zone[:3]}:{zone[3:5]}"
    return text


def _parse_date(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def join_names(names: Iterable[str], conjunction: str = "and") -> str:
    """["Armenia", "Azerbaijan", "Russia"] -> "Armenia, Azerbaijan and Russia"."""
    items = [n for n in names if n]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def format_quantity(quantity: Quantity | dict[str, Any] | None) -> str:
    """A Quantity as written: "32 Armenian military servicemen", "$2.3 billion"; "" for none."""
    if not quantity:
        return ""
    number = str(_field(quantity, "number"))
    unit = (_field(quantity, "unit") or "").strip()
    # a currency or percent unit is already written in the number: "€5 million", "25%"
    return f"{number} {unit}" if unit and unit not in number else number


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name)


def what(fact: Fact) -> str:
    """The "will do what" cell: the action and its object ("will release 32 prisoners"); a
    passive puts its object first ("A plan for a bus line was approved")."""
    if fact.object and _passive(fact.action):
        return f"{fact.object} {fact.action}"
    return " ".join(part for part in (fact.action, fact.object) if part)


_BE = frozenset("am is are was were be been being".split())
_PARTICLES = frozenset("down up off out back".split())


def _passive(action: str) -> bool:
    """ "was approved", "has been signed", "was turned down": a be-form before the last verb."""
    words = action.lower().split()
    if words and words[-1] in _PARTICLES:
        words = words[:-1]  # "was turned down"
    return len(words) >= 2 and words[-2] in _BE and words[-1].endswith(("ed", "en", "wn", "t"))


def host(location: str | None) -> str:
    """Who published it, for a source line: a URL's host without "www.", or a file's name."""
    if not location:
        return ""
    parts = urlsplit(location)
    if parts.scheme in ("http", "https") and parts.hostname:
        return parts.hostname.removeprefix("www.")
    return PurePosixPath(location.replace("\\", "/")).name or location


def is_url(location: str | None) -> bool:
    """True for an http(s) address a reader can click; False for a file path or stdin."""
    return bool(location) and urlsplit(location).scheme in ("http", "https")


def source_name(ref: SourceRef) -> str:
    """The short name of a source: its name ("UPI"), else the host or file name."""
    return ref.name or host(ref.location) or ref.title


def story_date(story: Story) -> str:
    """When a story happened: its first source's published date, else its dateline."""
    for ref in story.sources:
        if ref.published:
            return format_date(ref.published)
    return story.dateline or ""


def citation(story: Story, kind: str, index: int) -> str:
    """Which of a merged story's sources a fact, quote or summary sentence comes from: "[1, 3]".

    `kind` is "fact", "quote" or "summary"; "" for a one-source story or when unknown.
    """
    if len(story.sources) < 2:
        return ""
    cited = {"fact": story.fact_sources, "quote": story.quote_sources}.get(kind)
    if kind == "summary":
        cited = tuple((i,) for i in story.summary_sources)
    if cited is None or not 0 <= index < len(cited):
        return ""
    numbers = sorted({i + 1 for i in cited[index] if 0 <= i < len(story.sources)})
    return f"[{', '.join(map(str, numbers))}]" if numbers else ""


def entity_groups(entities: Sequence[Entity], limit: int = ENTITY_NAMES_MAX) -> list[tuple]:
    """Entities as [(heading, names, hidden_count)], e.g. ("People", ["Ilham Aliyev"], 0).

    Headings come in a fixed order; names by mentions (most first), then alphabetically;
    past `limit` names a heading only counts the rest.
    """
    by_label: dict[str, list[Entity]] = {}
    for entity in entities:
        label = _ENTITY_LABELS.get(entity.kind.strip().lower(), "Other")
        by_label.setdefault(label, []).append(entity)
    groups = []
    for label in _LABEL_ORDER:
        found = sorted(by_label.get(label, ()), key=lambda e: (-e.mentions, e.name))
        names = list(dict.fromkeys(e.name for e in found))
        if names:
            groups.append((label, names[:limit], max(0, len(names) - limit)))
    return groups


def entities_text(groups: Sequence[tuple]) -> str:
    """`entity_groups` output as one line: "People: A, B; Places: C and 2 more"."""
    parts = []
    for label, names, hidden in groups:
        more = f" and {hidden} more" if hidden else ""
        parts.append(f"{label}: {', '.join(names)}{more}")
    return "; ".join(parts)


def unquote_text(text: str) -> str:
    """A quote without the quotation marks around it, so a template can add its own."""
    text = text.strip()
    while len(text) >= 2 and text[0] in "\"'“‘«" and text[-1] in "\"'”’»":
        text = text[1:-1].strip()
    return text


def quote_blocks(story: Story) -> list[tuple[str, str | None, int]]:
    """Quotes as shown: [(text, speaker, index of the first piece)]. A quote split by its
    attribution ("We are ready," she said, "to sign.") is one block, its pieces joined by " … "
    (each piece stays verbatim in the JSON)."""
    blocks: list[tuple[str, str | None, int]] = []
    previous = None
    for i, q in enumerate(story.quotes):
        text = unquote_text(q.quote)
        key = (q.speaker, q.sentence_index, story.quote_sources[i] if story.quote_sources else ())
        if blocks and key == previous:
            first_text, speaker, first = blocks[-1]
            blocks[-1] = (f"{first_text.rstrip(',')} … {text}", speaker, first)
        else:
            blocks.append((text, q.speaker, i))
        previous = key
    return blocks


# Markdown: text stays readable as plain text (the email's text part) and parses as intended.

_MD_RISKY_START = re.compile(r"^(?:[#>*+=|`~-]+|\d+[.)])(?=\s|$)")
_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")
_SPACES = re.compile(r"\s+")
_GLUE = "\x00"


def md_inline(text: str | None) -> str:
    """Text for one Markdown line: whitespace collapsed, HTML-looking tags defused."""
    if not text:
        return ""
    return _MD_TAG.sub("&lt;", _SPACES.sub(" ", text).strip())


def md_text(text: str | None, width: int = MD_WIDTH, prefix: str = "") -> str:
    """A Markdown paragraph wrapped at `width` with no line that starts a list or heading."""
    text = md_inline(text)
    if not text:
        return ""
    start = _MD_RISKY_START.match(text)
    if start and start.group()[0].isdigit():  # "1. " -> "1\. ": no numbered list
        text = text[: start.end() - 1] + "\\" + text[start.end() - 1 :]
    elif start and text[0] in "#>+*-":
        text = "\\" + text
    # glue a risky word to the word before it, so a wrapped line never starts with it
    words = text.split(" ")
    glued = [words[0]]
    for word in words[1:]:
        if _MD_RISKY_START.match(word):
            glued[-1] += _GLUE + word
        else:
            glued.append(word)
    lines = textwrap.wrap(
        " ".join(glued),
        width=max(20, width - len(prefix)),
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(prefix + line.replace(_GLUE, " ") for line in lines)


def md_cell(text: str | None) -> str:
    """Text for a GFM table cell: one line, `|` escaped, never empty."""
    text = md_inline(text).replace("\\", "\\\\").replace("|", "\\|")
    return text or "—"


def md_url(location: str) -> str:
    """A location for Markdown: an autolink `<https://…>` for URLs, `code` for paths."""
    if is_url(location):
        return "<" + quote(location, safe=":/?#[]@!$&'()*+,;=%~-._") + ">"
    return "`" + location.replace("`", "'") + "`"


FILTERS = {
    "quote_blocks": quote_blocks,
    "date": format_date,
    "join_names": join_names,
    "quantity": format_quantity,
    "what": what,
    "host": host,
    "source_name": source_name,
    "story_date": story_date,
    "citation": citation,
    "entity_groups": entity_groups,
    "entities_text": entities_text,
    "unquote": unquote_text,
    "md_inline": md_inline,
    "md_text": md_text,
    "md_cell": md_cell,
    "md_url": md_url,
}
TESTS = {"url": is_url}
