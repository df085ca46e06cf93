"""The command line: every command, the JSON contracts, exit codes, fast start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from digest.cli import COMMANDS, build_parser, main

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """Velmora and Ostrana agree to reopen border crossings

Reuters

Photo by Ana Reyes/Reuters

KASSEL, March 3 (Reuters) - Velmora and Ostrana agreed on Tuesday to reopen three border crossings that have been closed since the spring floods, their foreign ministries said.

Velmora will release 14 detained truck drivers and Ostrana will resume grain shipments by the end of the month, according to a joint statement.

"This is the first step toward normal trade between our peoples," Velmoran Foreign Minister Dara Kesh said.

Advertisement

Traders in the border town of Lisk said queues of lorries had grown to several kilometres over the past weeks.

The two governments also agreed to set up a joint commission to inspect the crossings every quarter.
"""

OTHER = """Record rainfall floods coastal towns in the north

Heavy rain fell for a third day across the northern coast on Monday, flooding streets in several towns.

Meteorologists said more than 120 millimetres of rain had fallen since Saturday.

Residents in low-lying areas moved furniture to upper floors as rivers rose.

The weather service expects the rain to ease by Thursday.
"""


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a_border.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b_rain.txt").write_text(OTHER, encoding="utf-8")
    return folder


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "digest", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=cwd,
        timeout=300,
    )


def test_every_command_has_help_and_is_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
    for name, p in sub.choices.items():
        assert p.description, f"`digest {name}` has no help text"
        assert f"digest {name}" in readme, f"`digest {name}` is not documented in README.md"


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "from digest.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('spacy', 'numpy', 'sumy', 'trafilatura', 'nltk') if m in sys.modules]\n"
        "print('HEAVY=' + ','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "HEAVY="


def test_usage_errors_exit_2(inbox: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["build"])
    assert exc.value.code == 2
    assert main(["summarize", str(inbox), "-m", "no-such-method"]) == 2
    assert main(["summarize", str(inbox), "-n", "many"]) == 2


def test_bad_dates_say_what_to_write(inbox: Path, tmp_path: Path, capsys) -> None:
    out = str(tmp_path / "out")
    assert main(["build", str(inbox), "--out", out, "--now", "yesterday", "--no-facts"]) == 2
    assert (
        "--now 'yesterday': not an ISO date; use e.g. 2026-11-27T07:00" in capsys.readouterr().err
    )
    assert not (tmp_path / "out").exists()
    config = tmp_path / "digest.toml"
    config.write_text('[briefing]\nstate = "s.sqlite"\n', encoding="utf-8")
    assert main(["run", "--config", str(config), "--since", "last week"]) == 78
    assert "--since 'last week': not an ISO date" in capsys.readouterr().err


def test_summarize_json_contract(inbox: Path) -> None:
    proc = run("summarize", str(inbox), "--json", "-n", "2")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 2
    first = lines[0]
    assert set(first) == {"source", "title", "method", "sentences"}
    assert first["title"] == "Velmora and Ostrana agree to reopen border crossings"
    assert len(first["sentences"]) == 2
    indices = [s["index"] for s in first["sentences"]]
    assert indices == sorted(indices)
    for s in first["sentences"]:
        assert set(s) == {"index", "text", "score"}
        assert s["text"] in ARTICLE
        assert "Photo by" not in s["text"] and s["text"] != "Advertisement"


def test_facts_json_contract(inbox: Path) -> None:
    proc = run("facts", str(inbox / "a_border.txt"), "--json")
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert set(record) == {"source", "title", "degraded", "facts", "quotes", "entities"}
    for fact in record["facts"]:
        assert set(fact) == {
            "actors",
            "action",
            "object",
            "counterparty",
            "polarity",
            "modality",
            "quantity",
            "sentence_index",
            "sentence",
        }
    for quote in record["quotes"]:
        assert set(quote) == {"speaker", "quote", "sentence_index"}
        assert quote["quote"] in ARTICLE
    assert any("release" in f["action"] for f in record["facts"])
    for entity in record["entities"]:
        assert set(entity) == {"name", "kind", "mentions"}


def test_stdin_is_one_article() -> None:
    proc = run("summarize", "-", "--json", "-n", "1", stdin=OTHER)
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["title"] == "Record rainfall floods coastal towns in the north"
    assert len(record["sentences"]) == 1


def test_build_writes_three_files_and_lists_failures(inbox: Path, tmp_path: Path) -> None:
    (inbox / "c_empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    proc = run("build", str(inbox), str(tmp_path / "missing.txt"), "--out", str(out))
    assert proc.returncode == 1, proc.stderr
    assert "c_empty.txt" in proc.stderr and "missing.txt" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 2
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert [s["title"] for s in data["stories"]] == [
        "Velmora and Ostrana agree to reopen border crossings",
        "Record rainfall floods coastal towns in the north",
    ]
    assert {Path(f["source"]).name for f in data["failures"]} == {"c_empty.txt", "missing.txt"}
    html = (out / "briefing.html").read_text(encoding="utf-8")
    md = (out / "briefing.md").read_text(encoding="utf-8")
    for text in (html, md):
        assert "Velmora and Ostrana agree to reopen border crossings" in text
        assert "c_empty.txt" in text


def test_render_round_trips_the_json(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(inbox), "--out", str(out), "--now", "2026-11-27T07:00:00+00:00"]) == 0
    again = tmp_path / "again.html"
    assert main(["render", str(out / "briefing.json"), "--format", "html", "-o", str(again)]) == 0
    assert again.read_text(encoding="utf-8") == (out / "briefing.html").read_text(encoding="utf-8")
    assert main(["render", str(tmp_path / "nope.json")]) == 2


def test_methods_lists_default() -> None:
    proc = run("methods", "--json")
    data = json.loads(proc.stdout)
    assert data["default"] in data["methods"]
    for name in (
        "lead",
        "lexrank",
        "textrank",
        "lsa",
        "luhn",
        "sumbasic",
        "kl",
        "reduction",
        "edmundson",
    ):
        assert name in data["methods"]


def test_build_budget_moves_the_rest_to_more_stories(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["build", str(inbox), "--out", str(out), "--max-stories", "1", "--no-facts"]) == 0
    data = json.loads((out / "briefing.json").read_text(encoding="utf-8"))
    assert len(data["stories"]) == 1
    assert len(data["more_stories"]) == 1
    moved = data["more_stories"][0]["title"]
    assert moved in (out / "briefing.md").read_text(encoding="utf-8")
    assert main(["build", str(inbox), "--out", str(out), "--max-stories", "0"]) == 2
