"""State: canonical URLs, content hashes, sent articles, runs, HTTP cache, the run lock."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest

from digest.state import (
    LockHeld,
    RunLock,
    State,
    article_keys,
    canonical_url,
    content_hash,
    lock_path,
)

NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://herald.test/a/story?utm_source=rss&utm_medium=x", "https://herald.test/a/story"),
        ("https://www.herald.test/a/story/#comments", "https://herald.test/a/story"),
        ("https://HERALD.test:443/a/story?id=7&fbclid=abc", "https://herald.test/a/story?id=7"),
    ],
)
def test_spellings_of_one_page_share_a_canonical_url(a, b):
    assert canonical_url(a) == canonical_url(b)


def test_different_pages_keep_different_canonical_urls():
    assert canonical_url("https://herald.test/a?id=7") != canonical_url(
        "https://herald.test/a?id=8"
    )
    assert canonical_url("https://herald.test/a") != canonical_url("https://herald.test/b")
    assert canonical_url("https://herald.test:8080/a") != canonical_url("https://herald.test/a")


def test_content_hash_ignores_spacing_case_and_punctuation_only():
    a = "The council agreed on Tuesday.\n\nIt will pay “half” the cost."
    b = 'the council agreed on tuesday   it will pay "half" the cost'
    assert content_hash(a) == content_hash(b)
    assert content_hash(a) != content_hash(a.replace("half", "all"))


def test_a_guid_that_is_not_a_uri_belongs_to_its_feed():
    one = article_keys(guid="1001", feed="https://a.test/rss")
    two = article_keys(guid="1001", feed="https://b.test/rss")
    assert one != two
    uri = "urn:uuid:6f1d1b4e-0000-4000-8000-000000000101"
    assert article_keys(guid=uri, feed="https://a.test/rss") == article_keys(
        guid=uri, feed="https://b.test/rss"
    )
    keys = article_keys(guid="g", url="https://a.test/x", text="Some words here.")
    assert [k.split(":", 1)[0] for k in keys] == ["guid", "url", "hash"]


def test_sent_articles_survive_reopening_the_file(tmp_path):
    path = tmp_path / "deep" / "state.sqlite"
    keys = article_keys(url="https://a.test/story", text="A story about a bridge.")
    with State(path) as state:
        assert not state.known(keys)
        run_id = state.start_run(NOW)
        state.mark_sent([(keys, "Bridge")], run_id, NOW)
        state.finish_run(
            run_id, NOW, exit_code=1, outcome="sent", articles=1, failures=[("x", "HTTP 500")]
        )
    with State(path) as state:
        assert state.known(keys)
        assert state.known([keys[0]])  # any one key is enough
        assert state.known(article_keys(url="http://www.a.test/story/?utm_campaign=z"))
        assert not state.known(article_keys(url="https://a.test/other"))
        assert state.sent_titles() == ["Bridge"]
        (run,) = state.runs()
        assert (run["exit_code"], run["outcome"], run["articles"], run["failures"]) == (
            1,
            "sent",
            1,
            1,
        )


def test_http_cache_keeps_validators_and_body(tmp_path):
    with State(tmp_path / "s.sqlite") as state:
        assert state.cached("https://a.test/rss") is None
        state.store("https://a.test/rss", '"v1"', "Thu, 26 Nov 2026 06:00:00 GMT", b"<rss/>", NOW)
        state.store("https://a.test/rss", '"v2"', None, b"<rss>2</rss>", NOW)
        cached = state.cached("https://a.test/rss")
    assert (cached.etag, cached.last_modified, cached.body) == ('"v2"', None, b"<rss>2</rss>")


def test_the_run_lock_is_exclusive_and_released(tmp_path):
    path = lock_path(tmp_path / "state.sqlite")
    with RunLock(path):
        with (
            pytest.raises(LockHeld, match="another digest run is in progress") as info,
            RunLock(path),
        ):
            pass
        assert info.value.exit_code == 75
    with RunLock(path):  # free again
        pass


def test_the_run_lock_holds_against_another_process(tmp_path):
    path = lock_path(tmp_path / "state.sqlite")
    code = (
        "import sys; from digest.state import RunLock, LockHeld\n"
        "try:\n    RunLock(sys.argv[1]).__enter__()\nexcept LockHeld:\n    sys.exit(75)\n"
    )
    with RunLock(path):
        held = subprocess.run([sys.executable, "-c", code, str(path)], timeout=60)
    free = subprocess.run([sys.executable, "-c", code, str(path)], timeout=60)
    assert (held.returncode, free.returncode) == (75, 0)
