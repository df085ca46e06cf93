"""`digest run` end to end: real HTTP and SMTP servers on loopback, a real state file, faults."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import main
from digest.state import RunLock, State, lock_path

REPO = Path(__file__).resolve().parents[1]
NOW = "2026-11-27T07:00:00+00:00"
DATED = "2026-11-27-briefing"
FERRY = "Harbour towns agree to share a new ferry fleet"


def run(config: Path, *flags: str) -> int:
    return main(["run", "--config", str(config), "--now", NOW, *flags])


def mail_settings(server, **more) -> dict[str, object]:
    return {
        "to": ["team@example.org"],
        "from": "digest@example.org",
        "smtp_host": server.host,
        "smtp_port": server.port,
        "list_unsubscribe": "<mailto:digest@example.org?subject=unsubscribe>",
        **more,
    }


def good_sources(web) -> list[dict[str, str]]:
    return [
        {"feed": web.url("/world.rss")},
        {"feed": web.url("/science.atom")},
        {"url": web.url("/pages/standalone.html")},
    ]


def titles(briefing_json: dict) -> list[str]:
    return sorted(s["title"] for s in (*briefing_json["stories"], *briefing_json["more_stories"]))


def sent_titles(mail) -> list[str]:
    """The story titles of an emailed briefing, read from its HTML part."""
    html = mail.get_body(("html",)).get_content()
    return [t for t in ALL_TITLES if t in html]


ALL_TITLES = [
    FERRY,
    "Mountain pass reopens after three-week closure",
    "Library network to stay open late during exams",
    "Observatory records a rare double eclipse",
    "Rail operator will add night trains to the coast",
]


@pytest.fixture(autouse=True)
def _no_password_from_the_outside(monkeypatch):
    monkeypatch.delenv("DIGEST_SMTP_PASSWORD", raising=False)


def test_a_run_emails_the_new_articles_and_a_second_run_sends_nothing(
    web, smtp, write_config, tmp_path, capsys
):
    config = write_config(sources=good_sources(web), email=mail_settings(smtp))
    assert run(config) == 0
    assert capsys.readouterr().err == ""  # quiet on success

    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{DATED}.md", f"{DATED}.html", f"{DATED}.json", "latest.md", "latest.html", "latest.json"]
    )
    assert (out / "latest.md").read_text() == (out / f"{DATED}.md").read_text()
    data = json.loads((out / f"{DATED}.json").read_text())
    # the ferry story came from two feeds (same page, other spelling of its URL): once
    assert titles(data) == sorted(ALL_TITLES)

    (mail,) = smtp.mailbox.messages
    assert mail.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in mail.iter_parts()] == ["text/plain", "text/html"]
    text = mail.get_body(("plain",)).get_content()
    assert text.replace("\r\n", "\n") == (out / f"{DATED}.md").read_text()
    html = mail.get_body(("html",)).get_content()
    assert html.count('style="') > 10  # CSS inlined onto elements
    assert "<body" in html and sent_titles(mail) == ALL_TITLES
    assert mail["Subject"] == "Test briefing — 2026-11-27"
    assert mail["Date"] == "Fri, 27 Nov 2026 07:00:00 +0000"
    assert mail["Message-ID"].startswith("<") and mail["Message-ID"].endswith("@example.org>")
    assert mail["List-Unsubscribe"] == "<mailto:digest@example.org?subject=unsubscribe>"

    assert run(config) == 0
    assert len(smtp.mailbox.messages) == 1
    with State(tmp_path / "state.sqlite") as state:
        outcomes = [r["outcome"] for r in reversed(state.runs())]
    assert outcomes == ["sent", "nothing-new"]


def test_only_what_is_new_goes_out_and_a_republished_story_is_recognised(web, smtp, write_config):
    config = write_config(sources=[{"feed": web.url("/world.rss")}], email=mail_settings(smtp))
    assert run(config) == 0
    rss = (Path(__file__).parent / "data" / "web" / "world.rss").read_text()
    library = rss[rss.index("<item>", rss.index("herald-world-1002")) : rss.rindex("</item>") + 7]
    republished = (
        library.replace("herald-world-1003", "herald-world-2003")
        .replace("/world/library-hours", "/education/late-libraries")
        .replace("Library network to stay open late", "Libraries will open late")
    )
    new = """<item><title>Bridge tolls to be scrapped next year</title>
      <link>http://herald.test/world/bridge-tolls</link><guid>herald-world-1004</guid>
      <description><![CDATA[<p>The regional assembly voted on Thursday to scrap tolls on the Kessel
      bridge from next January, ending a charge that drivers have paid for 30 years.</p>
      <p>The assembly will cover the cost of maintenance from its roads budget, which grows by
      2 percent next year, the finance committee said.</p><p>Haulage firms welcomed the vote,
      saying the toll had added hours of queues at the bridge every morning.</p>
      <p>The toll booths will be removed during the spring and replaced by a cycle lane.</p>
      <p>Critics said the assembly should have kept a smaller charge for lorries.</p>]]>
      </description></item>"""
    body = rss.replace("</channel>", republished + new + "</channel>")
    web.overrides["/world.rss"] = body.encode()
    assert run(config) == 0
    first, second = smtp.mailbox.messages
    assert sent_titles(first) == [FERRY, ALL_TITLES[1], ALL_TITLES[2]]
    html = second.get_body(("html",)).get_content()
    assert "Bridge tolls to be scrapped next year" in html
    assert "Libraries will open late" not in html  # same text under a new address
    assert not any(t in html for t in ALL_TITLES)


def test_failing_sources_are_listed_and_the_exit_code_says_so(web, smtp, write_config, capsys):
    sources = [
        {"feed": web.url("/teasers.rss")},
        {"feed": web.url("/status/500")},
        {"feed": web.url("/broken.xml")},
        {"url": web.url("/hang")},
        {"url": web.url("/huge")},
        {"url": web.url("/loop/a")},
    ]
    config = write_config(sources=sources, email=mail_settings(smtp))
    assert run(config) == 1
    err = capsys.readouterr().err.strip().splitlines()
    failed = {web.url(p) for p in ("/status/404", "/status/500", "/broken.xml")} | {
        web.url(p) for p in ("/hang", "/huge", "/loop/a")
    }
    assert len(err) == len(failed)
    assert all(any(line.startswith(f"digest: {u}: ") for line in err) for u in failed)
    (mail,) = smtp.mailbox.messages
    html = mail.get_body(("html",)).get_content()
    assert "Valley co-operative signs deal to supply school kitchens" in html
    assert "Old mill to become a concert hall" in html
    assert "9 tonnes" in html or "14 schools" in html  # the page behind the teaser was read
    assert web.url("/status/500") in html  # failures are listed in the briefing


def test_dry_run_writes_the_eml_and_sends_and_remembers_nothing(web, smtp, write_config, tmp_path):
    config = write_config(sources=good_sources(web), email=mail_settings(smtp))
    assert run(config, "--dry-run") == 0
    eml = tmp_path / "out" / f"{DATED}.eml"
    assert eml.exists() and "multipart/alternative" in eml.read_text()
    assert smtp.mailbox.messages == []
    assert run(config) == 0  # the real run still sends everything
    assert sent_titles(smtp.mailbox.messages[0]) == ALL_TITLES


def test_no_send_writes_files_and_counts_them_as_delivered(web, smtp, write_config, tmp_path):
    config = write_config(sources=good_sources(web), email=mail_settings(smtp))
    assert run(config, "--no-send") == 0
    assert (tmp_path / "out" / "latest.html").exists()
    assert run(config) == 0
    assert smtp.mailbox.messages == []
    assert run(config, "--all") == 0  # --all takes them again
    assert sent_titles(smtp.mailbox.messages[0]) == ALL_TITLES


def test_since_skips_older_feed_entries(web, smtp, write_config):
    config = write_config(sources=[{"feed": web.url("/world.rss")}], email=mail_settings(smtp))
    assert run(config, "--since", "2026-11-26") == 0
    assert sent_titles(smtp.mailbox.messages[0]) == [FERRY, ALL_TITLES[1]]


def test_files_from_a_folder_are_sent_once_and_again_when_they_change(smtp, write_config, tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    article = inbox / "port.txt"
    article.write_text(
        "Port workers accept new pay offer\n\n"
        "Dock workers at the port of Lindqvist voted on Tuesday to accept a pay offer of 6 "
        "percent over two years, ending a dispute that had slowed shipping for a month.\n\n"
        "The union said 71 percent of its members backed the deal in a ballot.\n\n"
        "The port authority will also hire 40 more crane operators next year.\n",
        encoding="utf-8",
    )
    config = write_config(sources=[{"path": "inbox"}], email=mail_settings(smtp))
    assert run(config) == 0
    assert run(config) == 0
    assert len(smtp.mailbox.messages) == 1
    article.write_text(
        article.read_text().replace("40 more", "60 more"),
        encoding="utf-8",
    )
    assert run(config) == 0
    assert len(smtp.mailbox.messages) == 2


def test_without_recipients_the_files_are_the_delivery(web, write_config, tmp_path):
    config = write_config(sources=[{"feed": web.url("/world.rss")}])
    assert run(config) == 0
    assert run(config) == 0
    with State(tmp_path / "state.sqlite") as state:
        assert [r["outcome"] for r in reversed(state.runs())] == ["written", "nothing-new"]
    assert not (tmp_path / "out" / f"{DATED}-2.md").exists()  # nothing new: no second file


def test_big_briefings_move_the_last_stories_to_links(web, smtp, write_config):
    config = write_config(
        sources=good_sources(web), email=mail_settings(smtp, max_html_kb=9), sentences=5
    )
    assert run(config) == 0
    html = smtp.mailbox.messages[0].get_body(("html",)).get_content()
    assert len(html.encode()) <= 9 * 1024
    assert "More stories" in html or "more stories" in html.lower()
    assert all(t in html for t in ALL_TITLES)  # each story is still there, as a link at least


def test_mail_server_down_exits_75_and_a_rerun_sends(
    web, smtp, write_config, tmp_path, capsys, closed_port
):
    config = write_config(
        sources=good_sources(web), email=mail_settings(smtp, smtp_port=closed_port)
    )
    assert run(config) == 75
    err = capsys.readouterr().err
    assert "cannot reach the mail server" in err
    assert (tmp_path / "out" / f"{DATED}.md").exists()  # files written anyway
    with State(tmp_path / "state.sqlite") as state:
        assert state.sent_count() == 0
    config = write_config(sources=good_sources(web), email=mail_settings(smtp))
    assert run(config) == 0
    assert sent_titles(smtp.mailbox.messages[0]) == ALL_TITLES


def test_refused_login_exits_75_and_a_rerun_with_the_password_sends(
    web, smtp_factory, write_config, monkeypatch, capsys
):
    server = smtp_factory(auth=("digest", "right"))
    config = write_config(sources=good_sources(web), email=mail_settings(server, username="digest"))
    monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "wrong")
    assert run(config) == 75
    assert "login refused" in capsys.readouterr().err
    monkeypatch.setenv("DIGEST_SMTP_PASSWORD", "right")
    assert run(config) == 0
    assert sent_titles(server.mailbox.messages[0]) == ALL_TITLES


def test_a_held_lock_exits_75_with_one_line(web, write_config, tmp_path, capsys):
    config = write_config(sources=good_sources(web))
    with RunLock(lock_path(tmp_path / "state.sqlite")):
        assert run(config) == 75
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another digest run is in progress" in err
    assert not (tmp_path / "out").exists()


def _start_run(config: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIGEST_")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.Popen(
        [sys.executable, "-m", "digest", "run", "--config", str(config), "--now", NOW],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_two_runs_at_once_and_a_run_killed_while_sending(web, smtp, write_config, tmp_path):
    smtp.mailbox.mode = "block"  # the server takes the message, then never answers
    config = write_config(sources=good_sources(web), email=mail_settings(smtp, timeout=60))
    first = _start_run(config)
    try:
        assert smtp.mailbox.in_data.wait(timeout=90), first.communicate(timeout=5)
        second = _start_run(config)  # the first holds the lock
        out, err = second.communicate(timeout=90)
        assert second.returncode == 75
        assert err.decode().count("\n") == 1 and "another digest run" in err.decode()
        first.send_signal(signal.SIGKILL)
    finally:
        first.kill()
        first.wait(timeout=10)
    assert smtp.mailbox.messages == []

    smtp.mailbox.mode = "accept"
    assert run(config) == 0  # nothing was lost...
    assert sent_titles(smtp.mailbox.messages[0]) == ALL_TITLES
    assert run(config) == 0  # ...and nothing goes out twice
    assert len(smtp.mailbox.messages) == 1
    with State(tmp_path / "state.sqlite") as state:
        outcomes = [r["outcome"] for r in reversed(state.runs())]
    assert outcomes == [None, "sent", "nothing-new"]  # the killed run never finished


def test_a_run_with_the_facts_step(web, write_config, tmp_path):
    config = write_config(sources=[{"feed": web.url("/world.rss")}], facts=True)
    assert run(config) == 0
    data = json.loads((tmp_path / "out" / "latest.json").read_text())
    ferry = next(s for s in data["stories"] if s["title"] == FERRY)
    assert any(e["name"] == "Velmar" for e in ferry["entities"])


def test_nothing_new_is_one_line_with_verbose_and_silence_without(web, write_config):
    config = write_config(sources=[{"feed": web.url("/world.rss")}])
    assert run(config) == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIGEST_")}
    results = [
        subprocess.run(
            [sys.executable, "-m", "digest", "run", "--config", str(config), *flags],
            cwd=REPO,
            env={**env, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=120,
        )
        for flags in (["-v"], [])
    ]
    assert [r.returncode for r in results] == [0, 0]
    assert results[0].stderr == "digest: no new articles; nothing to send\n"
    assert results[1].stderr == "" and results[1].stdout == ""
