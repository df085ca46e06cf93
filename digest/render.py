"""Render a Briefing as Markdown, HTML or JSON with Jinja templates a user can override."""

from __future__ import annotations

import json
import logging
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any, Literal
from urllib.parse import quote, urlsplit

import jinja2

from digest.errors import RenderError
from digest.model import Briefing, Entity, Fact, Quantity, SourceRef, Story

log = logging.getLogger(__name__)

Format = Literal["md", "html", "json"]
FORMATS: tuple[Format, ...] = ("md", "html", "json")
TEMPLATE_NAMES = {"md": "briefing.md.j2", "html": "briefing.html.j2"}
BUILTIN_PREFIX = "!builtin"

TOP_STORIES_MIN = 4  # a "top stories" list opens the briefing when it has more than 3 stories
TOP_STORIES_MAX = 5
OTHER_SECTION = "Other news"  # stories without a section, when other stories have one
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


@dataclass(frozen=True)
class Group:
    """Stories under one section heading; `name` is None when the briefing has no sections."""

    name: str | None
    stories: tuple[Story, ...]


@dataclass(frozen=True)
class Link:
    """An item of the "more stories" list: a title and where to read it."""

    title: str
    source: str
    url: str | None


# ---------------------------------------------------------------------------------------------
# filters: small pure functions; the templates only lay out data


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
    number = _field(quantity, "number")
    unit = _field(quantity, "unit")
    return f"{number} {unit}" if unit else str(number)


def _field(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name)


def what(fact: Fact) -> str:
    """The "will do what" cell: the action and its object ("will release 32 prisoners")."""
    return " ".join(part for part in (fact.action, fact.object) if part)


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
    "date": format_date,
    "join_names": join_names,
    "quantity": format_quantity,
    "what": what,
    "host": host,
    "source_name": source_name,
    "story_date": story_date,
    "entity_groups": entity_groups,
    "entities_text": entities_text,
    "unquote": unquote_text,
    "md_inline": md_inline,
    "md_text": md_text,
    "md_cell": md_cell,
    "md_url": md_url,
}
TESTS = {"url": is_url}


# ---------------------------------------------------------------------------------------------
# data handed to the templates


def groups_of(stories: Sequence[Story]) -> list[Group]:
    """Stories grouped by section, sections in the order of their first story.

    With no section set anywhere there is one group named None; stories without a section
    among sectioned ones go last, under OTHER_SECTION.
    """
    if not any(s.section for s in stories):
        return [Group(None, tuple(stories))] if stories else []
    by_name: dict[str, list[Story]] = {}
    for story in stories:
        by_name.setdefault(story.section or OTHER_SECTION, []).append(story)
    if OTHER_SECTION in by_name:
        by_name[OTHER_SECTION] = by_name.pop(OTHER_SECTION)
    return [Group(name, tuple(items)) for name, items in by_name.items()]


def top_stories(stories: Sequence[Story]) -> tuple[Story, ...]:
    """The first stories (briefing order is rank order) when there are enough to need a list."""
    return tuple(stories[:TOP_STORIES_MAX]) if len(stories) >= TOP_STORIES_MIN else ()


def more_stories(briefing: Briefing) -> tuple[Link, ...]:
    """Links for stories that did not fit, if the briefing carries a `more_stories` field."""
    links = []
    for item in getattr(briefing, "more_stories", ()) or ():
        ref = item.sources[0] if isinstance(item, Story) and item.sources else item
        location = getattr(ref, "location", None)
        links.append(
            Link(
                title=item.title,
                source=source_name(ref) if isinstance(ref, SourceRef) else "",
                url=location if is_url(location) else None,
            )
        )
    return tuple(links)


def context(briefing: Briefing) -> dict[str, Any]:
    """What every template gets: `briefing` (the dataclass itself) and derived helpers.

    - `groups`: list of Group(name, stories); one group named None when no story has a section
    - `sectioned`: True when the stories are grouped under section headings
    - `top_stories`: the first stories when there are more than 3, else empty
    - `more_stories`: Link(title, source, url) items for stories left out (may be empty)
    - `negatives`: True when some fact is a refusal (templates explain the marker once)
    """
    groups = groups_of(briefing.stories)
    return {
        "briefing": briefing,
        "groups": groups,
        "sectioned": any(g.name for g in groups),
        "top_stories": top_stories(briefing.stories),
        "more_stories": more_stories(briefing),
        "negatives": any(f.polarity == "negative" for s in briefing.stories for f in s.facts),
    }


# ---------------------------------------------------------------------------------------------
# environment


def builtin_loader() -> jinja2.BaseLoader:
    """The templates shipped with digest: the `digest.templates` package, else the checkout."""
    try:
        from importlib.resources import files

        root = files("digest.templates")
    except (ModuleNotFoundError, TypeError):
        root = None
    if root is not None and root.joinpath(TEMPLATE_NAMES["html"]).is_file():
        return resource_loader(root)
    return jinja2.FileSystemLoader(str(Path(__file__).resolve().parents[1] / "templates"))


def resource_loader(root: Any) -> jinja2.BaseLoader:
    """A loader over an importlib.resources Traversable (a folder, a namespace package, a zip)."""
    if isinstance(root, Path):
        return jinja2.FileSystemLoader(str(root))

    def load(name: str) -> tuple[str, str | None, Any] | None:
        entry = root.joinpath(*name.split("/"))
        if not entry.is_file():
            return None
        filename = str(entry) if isinstance(entry, Path) else None
        return entry.read_text(encoding="utf-8"), filename, lambda: True

    return jinja2.FunctionLoader(load)


def _autoescape(name: str | None) -> bool:
    return bool(name) and (name.endswith(".html.j2") or name.endswith(".html"))


@lru_cache(maxsize=8)
def environment(templates: str | None = None) -> jinja2.Environment:
    """A Jinja environment: the user's folder first, then the built-in templates.

    "!builtin/NAME" always names the built-in template, so an override can extend it and
    replace one block. Autoescaping is on for HTML templates; undefined names are errors.
    """
    builtin = builtin_loader()
    loaders: list[jinja2.BaseLoader] = []
    if templates is not None:
        loaders.append(jinja2.FileSystemLoader(templates))
    loaders += [builtin, jinja2.PrefixLoader({BUILTIN_PREFIX: builtin})]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    env.tests.update(TESTS)
    return env


# ---------------------------------------------------------------------------------------------
# render


def render(briefing: Briefing, fmt: Format, templates: Path | None = None) -> str:
    """The briefing as Markdown ("md"), HTML ("html") or JSON ("json") text ending in a newline.

    `templates` is a folder whose `briefing.md.j2` / `briefing.html.j2` (or any template they
    include) replace the built-in ones. Same briefing, same templates: byte-identical output.
    Raises RenderError with a one-line message when a template is missing or broken.
    """
    if fmt == "json":
        return json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2) + "\n"
    if fmt not in TEMPLATE_NAMES:
        raise RenderError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if templates is not None and not Path(templates).is_dir():
        raise RenderError(f"{templates}: templates folder not found; create it or drop --templates")
    name = TEMPLATE_NAMES[fmt]
    where = f"{templates} or the built-in templates" if templates else "the built-in templates"
    env = environment(str(templates) if templates is not None else None)
    try:
        text = env.get_template(name).render(context(briefing))
    except jinja2.TemplateNotFound as exc:
        raise RenderError(
            f"template {exc.name} not found in {where}; add it to your templates folder "
            "or reinstall digest"
        ) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(
            f"{exc.filename or exc.name or name}:{exc.lineno}: template syntax error: "
            f"{exc.message}; fix the template"
        ) from exc
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError) as exc:
        raise RenderError(
            f"{_template_position(exc, name)}: cannot render {name} ({_one_line(exc)}); "
            "fix the template or remove it from your templates folder"
        ) from exc
    return _tidy(text, fmt)


def _template_position(exc: BaseException, default: str) -> str:
    """file:line of the innermost template frame of a render error (Jinja rewrites them)."""
    position = default
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or "<template>" in filename:
            position = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return position


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


_BLANK_RUN = re.compile(r"\n{3,}")


def _tidy(text: str, fmt: Format) -> str:
    """One trailing newline; Markdown also loses trailing spaces and runs of blank lines."""
    if fmt == "md":
        text = "\n".join(line.rstrip() for line in text.splitlines())
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n") + "\n"


__all__ = ["FORMATS", "Group", "Link", "context", "environment", "render"]
