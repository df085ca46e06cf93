"""Feeds and pages from a real HTTP server on loopback, including the ones that misbehave."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from digest.config import HttpConfig, SourceConfig
from digest.errors import SourceError
from digest.model import Failure
from digest.state import State
from digest.web import (
    USER_AGENT,
    Fetcher,
    collect,
    html_to_text,
    is_teaser,
    parse_feed,
)

NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
WEB = Path(__file__).parent / "data" / "web"
HTTP = HttpConfig(timeout=1, max_mb=2, max_redirects=5)


@pytest.fixture
def fetcher():
    with Fetcher(HTTP) as f:
        yield f


@pytest.fixture
def state(tmp_path):
    with State(tmp_path / "state.sqlite") as s:
        yield s


def never_seen(_keys) -> bool:
    return False


def feed(url: str) -> SourceConfig:
    return SourceConfig(feed=url)


def test_rss_entries_keep_guid_link_date_and_category():
    entries = parse_feed("http://herald.test/world.rss", (WEB / "world.rss").read_bytes())
    assert [e.title for e in entries] == [
        "Harbour towns agree to share a new ferry fleet",
        "Mountain pass reopens after three-week closure",
        "Library network to stay open late during exams",
    ]
    first = entries[0]
    assert first.guid == "herald-world-1001"
    assert first.link == "http://herald.test/world/ferry-fleet?utm_source=rss&utm_medium=feed"
    assert first.published == "2026-11-26T06:10:00+00:00"
    assert [e.section for e in entries] == ["World", "World", "Education"]
    assert all(e.has_full_content for e in entries)
    assert "electric ferries" in first.content


def test_atom_entries_are_read_too():
    entries = parse_feed("http://herald.test/science.atom", (WEB / "science.atom").read_bytes())
    assert entries[0].guid == "urn:uuid:6f1d1b4e-0000-4000-8000-000000000101"
    assert entries[0].section == "Science"
    assert entries[0].published == "2026-11-26T05:00:00+00:00"
    assert "0.4 percent" in html_to_text(entries[0].content)


def test_broken_xml_is_a_source_error():
    with pytest.raises(SourceError, match="not a readable RSS/Atom feed"):
        parse_feed("http://x.test/broken.xml", (WEB / "broken.xml").read_bytes())
    with pytest.raises(SourceError):
        parse_feed("http://x.test/page", b"<html><body><p>Hello</p></body></html>")


def test_html_to_text_keeps_paragraphs_and_drops_scripts():
    text = html_to_text(
        "<p>One &amp; two.</p><script>var x = 'tracking';</script><p>Three<br>four.</p>"
    )
    assert text == "One & two.\n\nThree\n\nfour."


def test_teasers_are_entries_without_content_and_a_short_summary(web):
    body = (WEB / "teasers.rss").read_bytes()
    teasers = parse_feed(web.url("/teasers.rss"), body)
    full = parse_feed(web.url("/world.rss"), (WEB / "world.rss").read_bytes())
    assert all(is_teaser(e, HTTP) for e in teasers)
    assert not any(is_teaser(e, HTTP) for e in full)


def test_collect_reads_feeds_and_fetches_the_pages_behind_teasers(web, fetcher, state):
    sources = [feed(web.url("/world.rss")), feed(web.url("/teasers.rss"))]
    items, failures = collect(sources, fetcher, state, never_seen, NOW)
    by_title = {i.doc.title: i for i in items}
    assert len(items) == 5
    coop = by_title["Valley co-operative signs deal to supply school kitchens"]
    assert coop.doc.kind == "html"
    assert "9 tonnes of produce" in coop.doc.text  # the page, not the teaser
    assert coop.doc.section == "Local"
    assert coop.doc.url == web.url("/pages/coop-schools.html")
    ferry = by_title["Harbour towns agree to share a new ferry fleet"]
    assert ferry.doc.kind == "text" and ferry.doc.published == "2026-11-26T06:10:00+00:00"
    assert any(k.startswith("guid:") for k in ferry.keys)
    # the teaser whose page is gone is a failure; the others went on
    assert failures == [Failure(web.url("/status/404"), failures[0].message)]
    assert "HTTP 404" in failures[0].message
    assert web.hits("/world.rss")[0]["user-agent"] == USER_AGENT


def test_known_entries_are_skipped_before_their_pages_are_fetched(web, fetcher, state):
    def known(keys) -> bool:
        return any("mill-hall" in k for k in keys)

    items, _ = collect([feed(web.url("/teasers.rss"))], fetcher, state, known, NOW)
    assert [i.doc.title for i in items] == [
        "Valley co-operative signs deal to supply school kitchens"
    ]
    assert web.hits("/pages/mill-hall.html") == []


def test_conditional_get_sends_validators_and_reuses_the_stored_body(web, fetcher, state):
    url = web.url("/world.rss")
    first, _ = collect([feed(url)], fetcher, state, never_seen, NOW)
    second, failures = collect([feed(url)], fetcher, state, never_seen, NOW)
    hits = web.hits("/world.rss")
    assert "if-none-match" not in hits[0]
    assert hits[1]["if-none-match"] == state.cached(url).etag
    # a 304 still yields the entries (those not sent yet are not lost)
    assert [i.doc.title for i in second] == [i.doc.title for i in first]
    assert failures == []


def test_since_skips_older_entries(web, fetcher, state):
    since = datetime(2026, 11, 26, 0, 0, tzinfo=UTC)
    items, _ = collect([feed(web.url("/world.rss"))], fetcher, state, never_seen, NOW, since)
    assert "Library network to stay open late during exams" not in {i.doc.title for i in items}
    assert len(items) == 2


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/status/500", "HTTP 500 Internal Server Error"),
        ("/hang", "no answer within 1 s"),
        ("/huge", "larger than 2 MB"),
        ("/huge-declared", "larger than 2 MB"),
        ("/loop/a", "more than 5 redirects"),
        ("/broken.xml", "not a readable RSS/Atom feed"),
    ],
)
def test_a_failing_feed_is_one_failure_and_the_others_go_on(web, fetcher, state, path, message):
    sources = [feed(web.url(path)), feed(web.url("/world.rss"))]
    start = time.monotonic()
    items, failures = collect(sources, fetcher, state, never_seen, NOW)
    assert time.monotonic() - start < 8
    assert len(items) == 3
    assert [f.source for f in failures] == [web.url(path)]
    assert message in failures[0].message
    assert "\n" not in failures[0].message


def test_a_url_source_follows_redirects_and_is_an_html_document(web, fetcher, state):
    items, failures = collect(
        [SourceConfig(url=web.url("/moved"))], fetcher, state, never_seen, NOW
    )
    assert failures == []
    (item,) = items
    assert item.doc.kind == "html"
    assert item.doc.source == web.url("/moved")
    assert "11 sleeping cars" in item.doc.text


def test_fetches_run_in_parallel(web, state):
    # four hanging URLs with a 1 s timeout take about 1 s together, not 4 s
    with Fetcher(HttpConfig(timeout=1, workers=4)) as f:
        start = time.monotonic()
        _, failures = collect(
            [SourceConfig(url=web.url(f"/hang?{i}")) for i in range(4)], f, state, never_seen, NOW
        )
    assert len(failures) == 4
    assert time.monotonic() - start < 3
