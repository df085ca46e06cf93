"""Render a Briefing as Markdown, HTML or JSON with Jinja templates a user can override."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import jinja2

from digest.errors import RenderError
from digest.model import Briefing, Story
from digest.render_filters import FILTERS, TESTS, is_url, source_name

log = logging.getLogger(__name__)

Format = Literal["md", "html", "json"]
FORMATS: tuple[Format, ...] = ("md", "html", "json")
TEMPLATE_NAMES = {"md": "briefing.md.j2", "html": "briefing.html.j2"}
BUILTIN_PREFIX = "!builtin"

TOP_STORIES_MIN = 4  # a "top stories" list opens the briefing when it has more than 3 stories
TOP_STORIES_MAX = 5
OTHER_SECTION = "Other news"  # stories without a section, when other stories have one
MORE_STORIES_MAX = 40  # links listed under "More stories"; the rest are counted (email size)


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
# data handed to the templates


def groups_of(stories: Sequence[Story], order: Sequence[str] = ()) -> list[Group]:
    """Stories grouped by section, in the given section order, then by first appearance.

    With no section set anywhere there is one group named None; stories without a section
    among sectioned ones go last, under OTHER_SECTION. Stories keep their order in a group.
    """
    if not any(s.section for s in stories):
        return [Group(None, tuple(stories))] if stories else []
    by_name: dict[str, list[Story]] = {name: [] for name in order}
    for story in stories:
        by_name.setdefault(story.section or OTHER_SECTION, []).append(story)
    if OTHER_SECTION in by_name:
        by_name[OTHER_SECTION] = by_name.pop(OTHER_SECTION)
    return [Group(name, tuple(items)) for name, items in by_name.items() if items]


def top_stories(briefing: Briefing) -> tuple[Story, ...]:
    """The opening list: the stories `briefing.top_stories` names (best first); without
    names, the first TOP_STORIES_MAX stories when there are more than 3 (story order is rank
    order). Ids of stories not in the briefing (moved to "more stories") are skipped."""
    by_id = {s.id: s for s in briefing.stories}
    if briefing.top_stories:
        return tuple(by_id[i] for i in briefing.top_stories if i in by_id)
    stories = briefing.stories
    return tuple(stories[:TOP_STORIES_MAX]) if len(stories) >= TOP_STORIES_MIN else ()


def more_stories(briefing: Briefing) -> tuple[Link, ...]:
    """Links for the stories over the length budget (`briefing.more_stories`), best first."""
    links = []
    for story in briefing.more_stories:
        ref = story.sources[0] if story.sources else None
        location = ref.location if ref else None
        links.append(
            Link(
                title=story.title,
                source=source_name(ref) if ref else "",
                url=location if is_url(location) else None,
            )
        )
    return tuple(links)


def context(briefing: Briefing) -> dict[str, Any]:
    """What every template gets: `briefing` (the dataclass itself) and derived helpers.

    - `groups`: list of Group(name, stories); one group named None when no story has a section
    - `sectioned`: True when the stories are grouped under section headings
    - `top_stories`: the stories of the opening list (may be empty)
    - `more_stories`: Link(title, source, url) for the first MORE_STORIES_MAX stories over
      the length budget (may be empty); `more_hidden`: how many more there are
    """
    groups = groups_of(briefing.stories, briefing.sections)
    links = more_stories(briefing)
    return {
        "briefing": briefing,
        "groups": groups,
        "sectioned": any(g.name for g in groups),
        "top_stories": top_stories(briefing),
        "more_stories": links[:MORE_STORIES_MAX],
        "more_hidden": max(0, len(links) - MORE_STORIES_MAX),
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
