"""Tests of digest.render: both formats, escaping, strict templates, overrides, a real browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import replace
from html import escape, unescape
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import markdown
import pytest

from digest.errors import RenderError
from digest.model import (
    Briefing,
    Fact,
    Failure,
    Quantity,
    Quote,
    ScoredSentence,
    SourceRef,
    Story,
)
from digest.render import (
    FORMATS,
    MORE_STORIES_MAX,
    builtin_loader,
    groups_of,
    render,
    resource_loader,
)
from digest.render_filters import (
    entity_groups,
    format_date,
    format_quantity,
    host,
    join_names,
    md_text,
    unquote_text,
)

DATA = Path(__file__).parent / "data" / "render"
REPO = Path(__file__).resolve().parents[1]
REGENERATE = os.environ.get("DIGEST_REGENERATE_GOLDEN") == "1"
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    """Three stories: facts with a refusal and a condition, quotes, a degraded story with a
    local file as source, a two-source story without facts; one failed source."""
    return Briefing.from_dict(json.loads((DATA / "briefing.json").read_text(encoding="utf-8")))


# --- a small HTML reader for assertions --------------------------------------------------------


class Page(HTMLParser):
    """Collects tags with attributes, tables as rows of cell texts, and text per tag."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.tables: list[list[list[str]]] = []
        self.texts: dict[str, list[str]] = {}
        self._cell: list[str] | None = None
        self._open: list[tuple[str, list[str]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        if tag in ("h1", "h2", "h3", "p", "li", "blockquote", "title", "style", "code", "a"):
            self._open.append((tag, []))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        for i in range(len(self._open) - 1, -1, -1):
            if self._open[i][0] == tag:
                name, parts = self._open.pop(i)
                self.texts.setdefault(name, []).append(" ".join("".join(parts).split()))
                break

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        for _, parts in self._open:
            parts.append(data)

    def attrs(self, tag: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag]


def squash(text: str) -> str:
    return " ".join(text.split())


def md_sections(md: str) -> dict[str, str]:
    """Markdown split at `## ` / `### ` headings: heading text -> body."""
    parts = re.split(r"^#{2,3} (.+)$", md, flags=re.M)
    return {parts[i]: parts[i + 1] for i in range(1, len(parts), 2)}


def stories_like(base: Story, sections: list[str | None]) -> tuple[Story, ...]:
    return tuple(
        replace(base, id=f"story{i:02d}", title=f"Story number {i}", section=section)
        for i, section in enumerate(sections)
    )


# --- formats ----------------------------------------------------------------------------------


def test_formats_constant():
    assert FORMATS == ("md", "html", "json")


def test_json_is_the_briefing_dict_and_round_trips(briefing):
    text = render(briefing, "json")
    assert text == json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2) + "\n"
    assert Briefing.from_dict(json.loads(text)) == briefing
    assert "✗" not in text and "Castmark's parliament" in text  # not ASCII-escaped


def test_unknown_format_is_a_render_error(briefing):
    with pytest.raises(RenderError, match="unknown format 'pdf'"):
        render(briefing, "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_golden_output(briefing, fmt):
    """Same briefing, same bytes; DIGEST_REGENERATE_GOLDEN=1 rewrites the golden files."""
    golden = DATA / f"briefing.golden.{fmt}"
    text = render(briefing, fmt)
    if REGENERATE or not golden.exists():
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
    assert render(briefing, fmt) == text


def test_output_does_not_depend_on_locale_or_timezone(briefing, tmp_path):
    """A fresh process with another locale and time zone renders the same bytes."""
    path = tmp_path / "b.json"
    path.write_text(json.dumps(briefing.to_dict()), encoding="utf-8")
    code = (
        "import json,sys; from digest.model import Briefing; from digest.render import render;"
        "b = Briefing.from_dict(json.load(open(sys.argv[1])));"
        "sys.stdout.buffer.write((render(b,'md') + render(b,'html')).encode())"
    )
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "TZ": "Asia/Tokyo"}
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], env=env, cwd=REPO, capture_output=True, check=True
    ).stdout
    assert out.decode() == render(briefing, "md") + render(briefing, "html")


# --- Markdown ---------------------------------------------------------------------------------


def test_markdown_lays_out_every_story(briefing):
    md = render(briefing, "md")
    assert md.startswith("# Morning briefing\n\nFriday 14 March 2025 · 3 stories\n")
    sections = md_sections(md)
    first, second, third = (sections[s.title] for s in briefing.stories)
    story = briefing.stories[0]
    assert first.lstrip().startswith(
        "Northwire · 13 Mar 2025 · <https://news.example.org/world/2025/03/13/veloria-castmark-exchange/>"
    )
    for sentence in story.summary:
        assert sentence.text in squash(first)
    assert all(len(line) <= 78 for line in first.splitlines() if line[:1] not in "|N")
    rows = [line for line in first.splitlines() if line.startswith("| ")]
    assert rows[0] == "| Who | Will do what | To whom | How many |"
    assert rows[2:] == [
        "| Veloria | will release 40 Castmark soldiers | Castmark | 40 Castmark soldiers |",
        "| Castmark | will hand over 12 Velorian civilians | Veloria | 12 Velorian civilians |",
        "| ✗ Castmark's parliament | refused to ratify the border protocol | — | — |",
        "| Veloria and Castmark | would reopen two road crossings (conditional) | — | two road crossings |",
    ]
    assert "> “This is the first step toward a lasting peace, and we intend to take the\n" in first
    assert "> — Ilsa Marrow" in first
    # the quote arrived with its own quotation marks; they are not doubled
    assert "> “Our people will be home before the spring holidays.”\n" in first
    assert (
        "People: Ilsa Marrow, Damir Ost; Places: Veloria, Castmark, Halden; "
        "Organisations: Council of Northern States" in squash(first)
    )
    assert "without the language model" not in first
    # a local file: its path, no invented name; a degraded story says so
    assert second.lstrip().startswith("March 12 · `inbox/port-ardent-fees.txt`")
    assert "_Facts extracted without the language model; they may be incomplete._" in second
    assert "| ✗ The Port Ardent harbour board | voted against a 15% rise in berth fees |" in second
    # two sources, no facts, no quotes
    # two sources, numbered because the quote cites the second; no facts
    assert "- [1] Daily Ledger: <https://ledger.example.com/weather/orlen-passes-closed>" in third
    assert "- [2] Radio Halden: <https://www.radiohalden.example/news/4471>" in third
    assert "> — Teo Varga [2]\n" in third and "| Who |" not in third
    assert "Key phrases: Orlen range, mountain passes" in third
    failures = sections["Sources that failed"]
    assert "- <https://feeds.example.net/world.rss>: feed is not valid XML" in failures
    assert md.endswith("Made by digest on 14 Mar 2025, 07:05 UTC · summaries: lexrank\n")
    assert "\n\n\n" not in md and " \n" not in md


def test_markdown_parses_back_to_tables(briefing):
    html = markdown.markdown(render(briefing, "md"), extensions=["tables"])
    page = Page(html)
    assert len(page.tables) == 2  # the story without facts has none
    first = page.tables[0]
    assert first[0] == ["Who", "Will do what", "To whom", "How many"]
    assert first[3] == [
        "✗ Castmark's parliament",
        "refused to ratify the border protocol",
        "—",
        "—",
    ]
    assert [len(row) for row in first] == [4] * 5
    assert page.texts["h1"] == ["Morning briefing"]
    assert page.texts["h2"] == [s.title for s in briefing.stories] + ["Sources that failed"]
    assert "— Ilsa Marrow" in page.texts["blockquote"][0]


def test_markdown_cells_escape_pipes(briefing):
    fact = replace(briefing.stories[0].facts[0], object="the A|B ferry plan", counterparty="X | Y")
    story = replace(briefing.stories[0], facts=(fact,))
    md = render(replace(briefing, stories=(story,)), "md")
    assert "| will release the A\\|B ferry plan | X \\| Y |" in md
    table = Page(markdown.markdown(md, extensions=["tables"])).tables[0]
    assert table[1] == [
        "Veloria",
        "will release the A|B ferry plan",
        "X | Y",
        "40 Castmark soldiers",
    ]


def test_markdown_text_never_starts_a_list_or_heading(briefing):
    risky = (
        "- 3 was the score, 1. then # hashes - and + plus > quote signs 12) and - more dashes "
        "appear - here - and - there - across - every - line - of - this - long - sentence."
    )
    sentences = (
        ScoredSentence(0, "# Not a heading, just a scraped sentence.", 1.0),
        ScoredSentence(1, "1. Not a list either.", 0.9),
        ScoredSentence(2, risky, 0.8),
    )
    story = replace(
        briefing.stories[2], summary=sentences, sources=briefing.stories[2].sources[:1], quotes=()
    )
    md = render(replace(briefing, stories=(story,), failures=()), "md")
    page = Page(markdown.markdown(md, extensions=["tables"]))
    assert not page.attrs("li") and not page.attrs("blockquote")
    assert page.texts["h1"] == ["Morning briefing"]
    assert page.texts["h2"] == [story.title]
    assert squash(risky) in squash(" ".join(page.texts["p"]))
    assert "# Not a heading" in " ".join(page.texts["p"])


def test_md_text_wraps_with_a_prefix():
    text = md_text("word " * 40, width=30, prefix="> ")
    assert all(line.startswith("> ") and len(line) <= 30 for line in text.splitlines())


# --- HTML -------------------------------------------------------------------------------------


def test_html_is_a_standalone_email_friendly_page(briefing):
    html = render(briefing, "html")
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">\n<head>\n')
    page = Page(html)
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in page.attrs(
        "meta"
    )
    assert len(page.attrs("style")) == 1 and html.index("<style>") < html.index("</head>")
    # nothing to fetch, nothing to run
    for tag in ("script", "link", "img", "iframe", "object"):
        assert not page.attrs(tag), tag
    assert "@import" not in html and "url(" not in html and "javascript:" not in html
    assert re.search(r"\.page\{box-sizing:border-box;max-width:680px;margin:0 auto", html)
    assert page.texts["h1"] == ["Morning briefing"]
    assert page.texts["h2"] == [s.title for s in briefing.stories] + ["Sources that failed"]
    assert len(html.encode()) < 3 * 15_000


def test_html_story_content(briefing):
    page = Page(render(briefing, "html"))
    assert len(page.tables) == 2
    facts = page.tables[0]
    assert facts[0] == ["Who", "Will do what", "To whom", "How many"]
    # labels for narrow screens are in the cells (hidden on wide screens)
    assert facts[1] == [
        "WhoVeloria",
        "Will do whatwill release 40 Castmark soldiers",
        "To whomCastmark",
        "How many40 Castmark soldiers",
    ]
    assert facts[3][0] == "Who✗ Castmark's parliament"
    assert facts[4][1] == "Will do whatwould reopen two road crossings (conditional)"
    rows = page.attrs("tr")
    assert [r.get("class") for r in rows] == [None, None, None, "neg", None, None, "neg", None]
    assert len(page.attrs("blockquote")) == 3
    assert (
        "“This is the first step toward a lasting peace, and we intend to take the second one soon”"
        in page.texts["p"]
    )
    assert "“Our people will be home before the spring holidays.”" in page.texts["p"]
    assert "— Ilsa Marrow" in page.texts["p"]
    assert "— the Castmark foreign ministry" in page.texts["p"]
    assert "Northwire · 13 Mar 2025" in page.texts["p"]
    assert "[1] Daily Ledger and [2] Radio Halden · 14 Mar 2025" in page.texts["p"]
    assert "— Teo Varga [2]" in page.texts["p"]
    assert "Key phrases: detainee exchange, border protocol, Halden talks" in page.texts["p"]
    links = [a["href"] for a in page.attrs("a")]
    assert "https://www.radiohalden.example/news/4471" in links
    assert "inbox/port-ardent-fees.txt" not in links  # a local path is not a link
    notes = [t for t in page.texts["p"] if "language model" in t]
    assert notes == ["Facts extracted without the language model; they may be incomplete."]
    assert (
        "People: Ilsa Marrow, Damir Ost; Places: Veloria, Castmark, Halden; "
        "Organisations: Council of Northern States" in page.texts["p"]
    )
    assert page.texts["code"] == ["https://feeds.example.net/world.rss"]


def test_html_escapes_scraped_text(briefing):
    evil = '<script>alert("x")</script> & <b>co</b>'
    story = replace(
        briefing.stories[0],
        title=evil,
        summary=(ScoredSentence(0, 'Text <img src=x onerror="alert(1)"> here.', 1.0),),
        quotes=(
            Quote(speaker="<i>Mallory</i>", quote="<script>steal()</script>", sentence_index=0),
        ),
        sources=(SourceRef("Wire", evil, 'https://example.org/a?b="><script>', None),),
    )
    failure = Failure("<script>bad.rss</script>", "message with <script>")
    evil_briefing = replace(briefing, title=evil, stories=(story,), failures=(failure,))
    html = render(evil_briefing, "html")
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "<i>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;" in html
    assert 'href="https://example.org/a?b=&#34;&gt;&lt;script&gt;"' in html
    md = render(evil_briefing, "md")
    outside_code = re.sub(r"`[^`]*`", "", md)
    assert "<script" not in outside_code and "<img" not in outside_code
    assert "- `<script>bad.rss</script>`: message with &lt;script>" in md  # a code span
    rendered = markdown.markdown(md, extensions=["tables"])
    assert "<script" not in rendered and "<img" not in rendered


def test_sections_and_top_stories(briefing):
    sections = ["World", "World", "Business", None, "Business"]
    stories = stories_like(briefing.stories[0], sections)
    grouped = replace(briefing, stories=stories)
    assert [(g.name, [s.id for s in g.stories]) for g in groups_of(stories)] == [
        ("World", ["story00", "story01"]),
        ("Business", ["story02", "story04"]),
        ("Other news", ["story03"]),
    ]
    page = Page(render(grouped, "html"))
    assert page.texts["h2"][:4] == ["Top stories", "World", "Business", "Other news"]
    assert page.texts["h3"] == [f"Story number {i}" for i in (0, 1, 2, 4, 3)]
    top_links = [a["href"] for a in page.attrs("a") if a["href"].startswith("#")]
    assert top_links == [f"#s-story{i:02d}" for i in range(5)]
    ids = {a.get("id") for t, a in page.tags if t == "article"}
    assert {link[1:] for link in top_links} <= ids
    md = render(grouped, "md")
    assert "## Top stories\n\n1. Story number 0\n2. Story number 1\n" in md
    assert md.index("## World\n\n### Story number 0") < md.index("## Business\n\n### Story")
    # three stories or fewer: no list, no section headings, stories under h2
    plain = Page(
        render(replace(briefing, stories=stories_like(briefing.stories[0], [None] * 3)), "html")
    )
    assert "Top stories" not in plain.texts["h2"] and "h3" not in plain.texts


def test_more_stories_are_links_and_capped(briefing):
    long = replace(briefing, stories=briefing.stories[:1], more_stories=briefing.stories[1:])
    page = Page(render(long, "html"))
    assert "More stories" in page.texts["h2"]
    assert page.texts["li"][:2] == [
        "Harbour board rejects fee rise as shipping lines threaten to leave Port Ardent · "
        "port-ardent-fees.txt",
        "Spring storms close three mountain passes in the Orlen range · Daily Ledger",
    ]
    assert {"href": "https://ledger.example.com/weather/orlen-passes-closed"} in page.attrs("a")
    md = render(long, "md")
    assert (
        "## More stories\n\n- Harbour board rejects fee rise as shipping lines threaten to leave "
        "Port Ardent · port-ardent-fees.txt\n- Spring storms close three mountain passes in the "
        "Orlen range · Daily Ledger <https://ledger.example.com/weather/orlen-passes-closed>\n"
    ) in md
    # a 500-article morning: the list stops at MORE_STORIES_MAX links and counts the rest
    many = stories_like(briefing.stories[2], [None] * (MORE_STORIES_MAX + 60))
    page = Page(render(replace(long, more_stories=many), "html"))
    assert len(page.texts["li"]) == MORE_STORIES_MAX + 1 + len(briefing.failures)
    assert "and 60 more" in page.texts["li"]
    assert "\n- and 60 more\n" in render(replace(long, more_stories=many), "md")


def test_merged_story_cites_its_sources(briefing):
    story = replace(
        briefing.stories[2],
        facts=briefing.stories[0].facts[:2],
        fact_sources=((0, 1), (1,)),
        quote_sources=(),
    )
    cited = replace(briefing, stories=(story,))
    rows = Page(render(cited, "html")).tables[0]
    assert rows[1][1] == "Will do whatwill release 40 Castmark soldiers [1, 2]"
    assert rows[2][1] == "Will do whatwill hand over 12 Velorian civilians [2]"
    md = render(cited, "md")
    assert "| Veloria | will release 40 Castmark soldiers [1, 2] | Castmark |" in md
    assert "> — Teo Varga\n" in md  # no citation known for the quote
    # a one-source story never shows numbers
    single = replace(story, sources=story.sources[:1])
    assert "[1" not in render(replace(briefing, stories=(single,)), "md").split("## Sources")[0]


def test_briefing_names_its_sections_and_top_stories(briefing):
    stories = stories_like(briefing.stories[0], ["World", "Business", "World", "Science"])
    named = replace(
        briefing,
        stories=stories,
        sections=("Science", "World", "Business"),
        top_stories=("story02", "story00", "gone"),
    )
    page = Page(render(named, "html"))
    assert page.texts["h2"][:4] == ["Top stories", "Science", "World", "Business"]
    assert [a["href"] for a in page.attrs("a") if a["href"].startswith("#")] == [
        "#s-story02",
        "#s-story00",
    ]
    assert page.texts["h3"] == [f"Story number {i}" for i in (3, 0, 2, 1)]


# --- templates: strictness, errors, overrides -------------------------------------------------


def test_builtin_templates_are_found():
    loader = builtin_loader()
    for name in ("briefing.md.j2", "briefing.html.j2"):
        source = loader.get_source(jinja2.Environment(), name)[0]
        assert source == (REPO / "templates" / name).read_text(encoding="utf-8")


def test_templates_load_from_a_namespace_package_resource(briefing):
    """An installed wheel ships templates/ as the namespace package digest.templates."""
    from importlib.readers import MultiplexedPath

    env = jinja2.Environment(loader=resource_loader(MultiplexedPath(REPO / "templates")))
    source, filename, uptodate = env.loader.get_source(env, "briefing.html.j2")
    assert source == (REPO / "templates" / "briefing.html.j2").read_text(encoding="utf-8")
    assert filename.endswith("briefing.html.j2") and uptodate()
    with pytest.raises(jinja2.TemplateNotFound):
        env.loader.get_source(env, "nothere.j2")


def test_undefined_variable_is_a_render_error(briefing, tmp_path):
    (tmp_path / "briefing.html.j2").write_text(
        "<p>{{ briefing.title }}</p>\n<p>{{ briefing.editor }}</p>\n"
    )
    (tmp_path / "briefing.md.j2").write_text("# {{ headline }}\n")
    with pytest.raises(RenderError) as html_error:
        render(briefing, "html", tmp_path)
    message = str(html_error.value)
    assert "briefing.html.j2:2" in message and "editor" in message and "\n" not in message
    with pytest.raises(RenderError, match=r"briefing\.md\.j2:1: .*'headline' is undefined"):
        render(briefing, "md", tmp_path)


def test_missing_and_broken_templates(briefing, tmp_path):
    with pytest.raises(RenderError, match="templates folder not found"):
        render(briefing, "html", tmp_path / "nowhere")
    (tmp_path / "briefing.html.j2").write_text('{% include "parts/masthead.html.j2" %}\n')
    with pytest.raises(
        RenderError, match=r"template parts/masthead\.html\.j2 not found in .* or the built-in"
    ):
        render(briefing, "html", tmp_path)
    (tmp_path / "briefing.md.j2").write_text("# title\n\n{% if %}\n")
    with pytest.raises(RenderError, match=r"briefing\.md\.j2:3: template syntax error"):
        render(briefing, "md", tmp_path)


def test_override_replaces_one_block_of_the_builtin_page(briefing, tmp_path):
    (tmp_path / "briefing.html.j2").write_text(
        '{% extends "!builtin/briefing.html.j2" %}\n'
        '{% block footer %}<p class="foot">Sent by the {{ briefing.title }} desk</p>{% endblock %}\n'
        "{% block quotes %}{% for q in story.quotes %}<q>{{ q.quote }}</q>{% endfor %}{% endblock %}\n"
    )
    html = render(briefing, "html", tmp_path)
    assert "Sent by the Morning briefing desk" in html and "Made by digest" not in html
    assert "<q>This is the first step" in html and "<blockquote" not in html
    assert html.count("<article") == 3 and "Sources that failed" in html
    # autoescaping holds in an override too
    evil = replace(briefing, title="<script>x</script>")
    assert "Sent by the &lt;script&gt;x&lt;/script&gt; desk" in render(evil, "html", tmp_path)
    # the Markdown template was not overridden: the built-in one is used
    assert render(briefing, "md", tmp_path) == render(briefing, "md")


# --- filters ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "style", "expected"),
    [
        ("2025-03-14T07:05:00+00:00", "datetime", "14 Mar 2025, 07:05 UTC"),
        ("2025-03-14T07:05:00Z", "long", "Friday 14 March 2025"),
        ("2025-03-14T07:05:00+05:30", "datetime", "14 Mar 2025, 07:05 UTC+05:30"),
        ("2025-03-14T07:05:00", "datetime", "14 Mar 2025, 07:05"),
        ("Fri, 14 Mar 2025 05:10:00 +0000", "date", "14 Mar 2025"),
        ("2025-03-14", "date", "14 Mar 2025"),
        ("Dec. 8", "date", "Dec. 8"),
        (None, "date", ""),
    ],
)
def test_format_date(value, style, expected):
    assert format_date(value, style) == expected


def test_small_filters():
    assert join_names(["Armenia"]) == "Armenia"
    assert join_names(["Armenia", "Azerbaijan"]) == "Armenia and Azerbaijan"
    assert join_names(["A", "B", "C"]) == "A, B and C"
    assert host("https://www.upi.com/Top_News/2024/12/08/x/") == "upi.com"
    assert host("inbox/today/story.txt") == "story.txt"
    assert unquote_text('"We will sign."') == "We will sign."
    assert unquote_text("“Never,” he said, “ever.”") == "“Never,” he said, “ever.”"[1:-1]


def test_format_quantity():
    assert format_quantity(Quantity("32", "Armenian military servicemen", 32.0)) == (
        "32 Armenian military servicemen"
    )
    assert format_quantity(Quantity("25%", "%", 25.0)) == "25%"
    assert format_quantity(Quantity("€5 million", "€", 5e6)) == "€5 million"
    assert format_quantity({"number": "150", "unit": None}) == "150"
    assert format_quantity(None) == ""


def test_entity_groups_order_and_limit(briefing):
    entities = briefing.stories[0].entities
    assert entity_groups(entities) == [
        ("People", ["Ilsa Marrow", "Damir Ost"], 0),
        ("Places", ["Veloria", "Castmark", "Halden"], 0),
        ("Organisations", ["Council of Northern States"], 0),
    ]
    assert entity_groups(entities, limit=2)[1] == ("Places", ["Veloria", "Castmark"], 1)


# --- the look, in a real browser --------------------------------------------------------------

# Test-only wrapper: the briefing in an iframe of the width under test (headless Chromium will
# not make a window narrower than 500 px), measured by a script once everything has loaded.
WRAPPER = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="frame" style="border:0;width:%(width)dpx;height:1600px" srcdoc="%(page)s"></iframe>
<pre id="metrics"></pre>
<script>
window.addEventListener('load', function () {
  var doc = document.getElementById('frame').contentDocument, win = doc.defaultView;
  var w = win.innerWidth, offenders = [];
  doc.querySelectorAll('.page *').forEach(function (el) {
    var r = el.getBoundingClientRect();
    if (r.width && r.right > w + 0.5) offenders.push(el.tagName + '.' + el.className);
  });
  var page = doc.querySelector('.page').getBoundingClientRect();
  var style = function (sel) { return win.getComputedStyle(doc.querySelector(sel)).display; };
  document.getElementById('metrics').textContent = JSON.stringify({
    inner: w, scroll: doc.documentElement.scrollWidth, pageLeft: page.left,
    pageWidth: page.width, offenders: offenders, td: style('.facts td'),
    thead: style('.facts thead'), lbl: style('.lbl'), empty: style('.facts td.empty')
  });
});
</script></body></html>"""

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]

needs_chromium = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium: install it with `apt-get update && apt-get install -y chromium`",
)


def chromium(tmp_path: Path, width: int, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{width}"
    return subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},1600",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )


def measure(html: str, tmp_path: Path, width: int) -> dict:
    """Lay the page out in headless Chromium at `width` CSS px and read back its geometry."""
    wrapper = tmp_path / f"measure-{width}.html"
    wrapper.write_text(WRAPPER % {"width": width, "page": escape(html, quote=True)}, "utf-8")
    dom = chromium(tmp_path, 1100, "--dump-dom", wrapper.as_uri()).stdout
    found = re.search(r'<pre id="metrics">(.*?)</pre>', dom, flags=re.S)
    assert found and found.group(1), dom[-2000:]
    return json.loads(unescape(found.group(1)))


@pytest.fixture(scope="module")
def stress_html(briefing) -> str:
    """The briefing plus what breaks narrow layouts: unbroken long words, URLs, paths."""
    long_word = "Transcontinentalpipelineconsortiumagreementnegotiationsroundtwelve" * 2
    story = replace(
        briefing.stories[0],
        id="stress",
        title=f"{long_word} stalls",
        summary=(ScoredSentence(0, f"See {long_word} at https://example.org/{'x' * 120}.", 1.0),),
        facts=(
            *briefing.stories[0].facts,
            Fact(
                ("Grand Duchy of Lower Westmarch-Ostlandia",),
                "will supply",
                long_word,
                "the Eastern Regional Energy Authority",
                "positive",
                "future",
                None,
                0,
                "",
            ),
        ),
    )
    failure = Failure("feeds/" + "very-long-folder-name/" * 8 + "feed.xml", "not valid XML")
    return render(
        replace(
            briefing, stories=(*briefing.stories, story), failures=(*briefing.failures, failure)
        ),
        "html",
    )


@needs_chromium
def test_browser_narrow_screen_has_no_overflow_and_stacks_facts(stress_html, tmp_path):
    m = measure(stress_html, tmp_path, 375)
    assert m["inner"] == 375
    assert m["scroll"] <= m["inner"], m
    assert m["offenders"] == []
    assert (m["td"], m["thead"], m["lbl"], m["empty"]) == ("block", "none", "inline-block", "none")


@needs_chromium
def test_browser_wide_screen_has_a_centred_column_and_a_table(stress_html, tmp_path):
    m = measure(stress_html, tmp_path, 1024)
    assert m["inner"] == 1024
    assert m["scroll"] <= m["inner"] and m["offenders"] == []
    assert m["pageWidth"] == 680 and abs(m["pageLeft"] - (m["inner"] - 680) / 2) <= 1
    assert (m["td"], m["thead"], m["lbl"]) == ("table-cell", "table-header-group", "none")


@needs_chromium
def test_browser_email_version_with_inlined_css_still_fits(stress_html, tmp_path):
    """What the email step sends: CSS inlined by digest.deliver.inline_css (css-inline)."""
    pytest.importorskip("css_inline")
    from digest.deliver import inline_css

    inlined = inline_css(stress_html)
    assert 'style="' in inlined and "@media" in inlined
    m = measure(inlined, tmp_path, 375)
    assert m["scroll"] <= m["inner"] and m["offenders"] == []
    assert (m["td"], m["lbl"]) == ("block", "inline-block")
    m = measure(inlined, tmp_path, 1024)
    assert m["pageWidth"] == 680 and m["lbl"] == "none"


@needs_chromium
@pytest.mark.parametrize("width", [375, 1024])
def test_browser_screenshots(briefing, tmp_path, width):
    """Screenshots at phone and desktop widths (kept in tmp_path for a human to look at)."""
    page = tmp_path / "briefing.html"
    page.write_text(render(briefing, "html"), encoding="utf-8")
    shot = tmp_path / f"briefing-{width}.png"
    chromium(tmp_path, width, f"--screenshot={shot}", page.as_uri())
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == (width, 1600)
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one


def test_a_quote_split_by_its_attribution_shows_as_one_block():
    from digest.model import Quote, ScoredSentence, SourceRef, Story
    from digest.render_filters import quote_blocks

    story = Story(
        "q1",
        "T",
        None,
        (SourceRef("Wire", "T", "t.txt"),),
        (ScoredSentence(0, "x", 1.0),),
        (),
        (
            Quote("Ines Maro", "“We are ready,”", 4),
            Quote("Ines Maro", "“to sign the deal tomorrow.”", 4),
            Quote("Ines Maro", "“Nothing else is on the table.”", 5),
        ),
        (),
    )
    assert quote_blocks(story) == [
        ("We are ready … to sign the deal tomorrow.", "Ines Maro", 0),
        ("Nothing else is on the table.", "Ines Maro", 2),
    ]


@pytest.mark.parametrize(
    "action, obj, cell",
    [
        ("was approved", "A plan for a bus line", "A plan for a bus line was approved"),
        ("was turned down", "the offer", "the offer was turned down"),
        ("will release", "32 prisoners", "will release 32 prisoners"),
        ("is to close", "the plant", "is to close the plant"),
        ("was approved", "", "was approved"),
    ],
)
def test_a_passive_fact_reads_object_first(action, obj, cell):
    from digest.model import Fact
    from digest.render_filters import what

    fact = Fact(
        actors=("Millbrook City Council",),
        action=action,
        object=obj,
        counterparty=None,
        polarity="positive",
        modality="asserted",
        quantity=None,
        sentence_index=1,
        sentence="",
    )
    assert what(fact) == cell
