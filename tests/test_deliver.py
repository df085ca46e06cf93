"""Delivery: atomic files, the email message, the 100 KB HTML limit, SMTP against aiosmtpd."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from digest.config import EmailConfig
from digest.deliver import (
    MailNotSent,
    build_message,
    fit_html,
    inline_css,
    send,
    write_atomic,
    write_eml,
)
from digest.model import Briefing, ScoredSentence, SourceRef, Story
from digest.render import render

NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)


def story(i: int, words: int = 40) -> Story:
    text = " ".join(f"word{i}x{j}" for j in range(words)) + "."
    return Story(
        id=f"s{i}",
        title=f"Story number {i}",
        section=None,
        sources=(SourceRef("Herald", f"Story number {i}", f"https://herald.test/{i}"),),
        summary=(ScoredSentence(0, text, 1.0),),
        facts=(),
        quotes=(),
        entities=(),
    )


def briefing(n: int, words: int = 40) -> Briefing:
    return Briefing(
        "Test briefing", NOW.isoformat(), "lead", tuple(story(i, words) for i in range(n))
    )


def email(**kw) -> EmailConfig:
    base = {
        "to": ("team@example.org",),
        "from_": "digest@example.org",
        "security": "none",
        "retries": 1,
        "retry_delay": 0.01,
        "timeout": 5,
    }
    base.update(kw)
    return EmailConfig(**base)


def test_write_atomic_replaces_whole_files_and_leaves_no_temp(tmp_path):
    target = tmp_path / "out" / "latest.md"
    write_atomic(target, "first\n")
    write_atomic(target, "second ✓\n")
    assert target.read_text(encoding="utf-8") == "second ✓\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["latest.md"]


def test_the_message_has_text_first_html_last_and_the_headers():
    b = briefing(2)
    msg = build_message(
        b,
        "# Test briefing\n",
        "<html><body><p>hi</p></body></html>",
        email(list_unsubscribe="<mailto:digest@example.org?subject=unsubscribe>"),
        NOW,
    )
    assert msg.get_content_type() == "multipart/alternative"
    parts = list(msg.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert parts[0].get_content() == "# Test briefing\n"
    assert msg["Subject"] == "Test briefing — 2026-11-27"
    assert msg["Message-ID"].endswith("@example.org>")
    assert msg["Date"] == "Fri, 27 Nov 2026 07:00:00 +0000"
    assert msg["List-Unsubscribe"] == "<mailto:digest@example.org?subject=unsubscribe>"
    assert msg["To"] == "team@example.org"
    other = build_message(b, "x", "<p>x</p>", email(), NOW)
    assert other["Message-ID"] != msg["Message-ID"]
    assert other["List-Unsubscribe"] is None


def test_css_is_inlined_onto_elements():
    html = "<html><head><style>h1 { color: #123456 }</style></head><body><h1>T</h1></body></html>"
    assert '<h1 style="color: #123456;">T</h1>' in inline_css(html)


def test_a_small_briefing_is_not_trimmed():
    html, moved = fit_html(briefing(3), lambda b: render(b, "html"), 100 * 1024)
    assert moved == 0
    assert all(f"Story number {i}" in html for i in range(3))


def test_past_the_limit_the_last_stories_become_links():
    b = briefing(40, words=300)
    full = inline_css(render(b, "html"))
    limit = len(full.encode()) // 3
    html, moved = fit_html(b, lambda x: render(x, "html"), limit)
    assert len(html.encode()) <= limit
    assert 0 < moved < 40
    kept = 40 - moved
    # kept stories keep their summaries; moved ones are links, best (earliest) first
    assert "word0x0" in html and f"word{kept - 1}x0" in html
    assert f"word{kept}x0" not in html
    assert f'href="https://herald.test/{kept}"' in html
    assert html.index(f"Story number {kept}<") < html.index("Story number 39<")


def test_send_delivers_to_a_real_smtp_server(smtp):
    cfg = email(smtp_host=smtp.host, smtp_port=smtp.port)
    send(build_message(briefing(1), "text body", "<p>html body</p>", cfg, NOW), cfg)
    (received,) = smtp.mailbox.messages
    assert smtp.mailbox.envelopes == [("digest@example.org", ["team@example.org"])]
    assert received.get_body(("plain",)).get_content().strip() == "text body"
    assert received.get_body(("html",)).get_content().strip() == "<p>html body</p>"


@pytest.mark.parametrize("tls", ["starttls", "ssl"])
def test_send_logs_in_over_tls(smtp_factory, tls):
    server = smtp_factory(auth=("digest", "s3cret"), tls=tls)
    cfg = email(
        smtp_host=server.host,
        smtp_port=server.port,
        security=tls,
        username="digest",
        password="s3cret",
        ca_file=str(server.ca_file),
    )
    send(build_message(briefing(1), "t", "<p>h</p>", cfg, NOW), cfg)
    assert len(server.mailbox.messages) == 1


def test_a_refused_login_is_not_retried(smtp_factory):
    server = smtp_factory(auth=("digest", "s3cret"))
    cfg = email(smtp_host=server.host, smtp_port=server.port, username="digest", password="bad")
    sleeps: list[float] = []
    with pytest.raises(MailNotSent, match="login refused") as info:
        send(build_message(briefing(1), "t", "<p>h</p>", cfg, NOW), cfg, sleep=sleeps.append)
    assert (info.value.temporary, info.value.exit_code, sleeps) == (False, 75, [])
    assert server.mailbox.messages == []


def test_temporary_failures_are_retried_with_a_growing_delay(smtp):
    smtp.mailbox.mode = "tempfail"
    cfg = email(smtp_host=smtp.host, smtp_port=smtp.port, retries=3, retry_delay=0.5)
    sleeps: list[float] = []
    with pytest.raises(MailNotSent, match="451") as info:
        send(build_message(briefing(1), "t", "<p>h</p>", cfg, NOW), cfg, sleep=sleeps.append)
    assert info.value.temporary
    assert sleeps == [0.5, 1.0, 2.0]


def test_a_server_that_comes_back_gets_the_message(smtp):
    smtp.mailbox.mode = "tempfail"
    cfg = email(smtp_host=smtp.host, smtp_port=smtp.port, retries=2)

    def recover(_delay: float) -> None:
        smtp.mailbox.mode = "accept"

    send(build_message(briefing(1), "t", "<p>h</p>", cfg, NOW), cfg, sleep=recover)
    assert len(smtp.mailbox.messages) == 1


def test_an_unreachable_server_is_a_temporary_failure(closed_port):
    cfg = email(smtp_host="127.0.0.1", smtp_port=closed_port, retries=1)
    sleeps: list[float] = []
    with pytest.raises(MailNotSent, match="cannot reach the mail server") as info:
        send(build_message(briefing(1), "t", "<p>h</p>", cfg, NOW), cfg, sleep=sleeps.append)
    assert info.value.temporary and sleeps == [0.01]


def test_write_eml_round_trips(tmp_path):
    import email as email_lib
    from email.policy import default

    msg = build_message(briefing(1), "plain ✓", "<p>html ✓</p>", email(), NOW)
    path = write_eml(tmp_path / "b.eml", msg)
    parsed = email_lib.message_from_bytes(path.read_bytes(), policy=default)
    assert parsed["Subject"] == msg["Subject"]
    assert parsed.get_body(("plain",)).get_content().strip() == "plain ✓"


def test_past_the_limit_the_lowest_ranked_stories_move_whatever_their_section():
    # Reading order groups by section, so rank and position differ: the low-scored first
    # story must move before the high-scored last one.
    stories = [
        replace(story(i, words=300), score=float(s), section=sec)
        for i, (s, sec) in enumerate([(1, "World"), (9, "World"), (2, "Sport"), (8, "Sport")])
    ]
    b = replace(briefing(0), stories=tuple(stories), sections=("World", "Sport"))
    full = inline_css(render(b, "html"))
    html, moved = fit_html(b, lambda x: render(x, "html"), len(full.encode()) * 6 // 10)
    assert 1 <= moved <= 3
    by_rank = [1, 3, 2, 0]  # story numbers, best first
    for i in by_rank[: 4 - moved]:
        assert f"word{i}x0" in html  # the best stay, with their summaries
    for i in by_rank[4 - moved :]:
        assert f"word{i}x0" not in html and f"Story number {i}<" in html  # the rest are links
    assert html.index("Story number 2<") < html.index("Story number 0<")  # best moved first
