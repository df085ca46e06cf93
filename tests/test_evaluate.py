"""Tests for `digest.evaluate` and `digest eval` on a tiny dataset written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from digest.cli import main
from digest.errors import ConfigError, SourceError
from digest.evaluate import (
    check_floors,
    evaluate,
    format_table,
    load_dataset,
    oracle,
    raised_floors,
    rouge,
    split_of,
    to_article,
)
from digest.rank import Length

# Invented articles; each summary copies two of the article's sentences.
ARTICLES = [
    (
        "town/001",
        "Riverside bridge to close for repairs",
        "The Riverside bridge will close for six weeks from Monday for repairs.\n\n"
        "Cracks were found in two of its steel supports during an inspection in May. "
        "Drivers will be sent on a diversion through the industrial estate. "
        "The council said buses would keep running on a shorter route.\n\n"
        "The repairs will cost about two million pounds.",
        ["Cracks were found in two of its steel supports during an inspection in May.",
         "The repairs will cost about two million pounds."],
    ),
    (
        "town/002",
        "School wins national robotics prize",
        "Pupils from Hillcrest school won the national robotics prize on Saturday.\n\n"
        "Their robot sorted recycling faster than any other entry. "
        "The team of six spent a year building it after school. "
        "Their teacher said the pupils had solved every problem themselves.",
        ["Pupils from Hillcrest school won the national robotics prize on Saturday.",
         "Their robot sorted recycling faster than any other entry."],
    ),
    (
        "town/003",
        "Library extends opening hours",
        "The central library will open until nine in the evening from next month.\n\n"
        "Longer hours were the most common request in a survey of readers. "
        "Two new staff will be hired to cover the evenings. "
        "The library will also open on Sunday afternoons.",
        ["The central library will open until nine in the evening from next month.",
         "The library will also open on Sunday afternoons."],
    ),
    (
        "town/004",
        "Farmers market moves to the square",
        "The weekly farmers market will move to the town square in April.\n\n"
        "Stallholders asked for the move because the old car park flooded often. "
        "The square has room for forty stalls. "
        "Parking will be free on market days.",
        ["The weekly farmers market will move to the town square in April.",
         "Parking will be free on market days."],
    ),
]  # fmt: skip


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.jsonl"
    lines = []
    for rid, title, text, reference in ARTICLES:
        # two records give the reference as a string only, as a generic dataset would
        record = {"id": rid, "title": title, "text": text, "summary": " ".join(reference)}
        if rid.endswith(("1", "2")):
            record["summary_sentences"] = reference
        lines.append(json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_split_by_article_number():
    assert split_of("business/001", 1) == "dev"
    assert split_of("business/002", 2) == "test"
    assert split_of("no-number", 7) == "dev"  # falls back to the line number


def test_load_dataset_splits_and_references(dataset):
    dev = load_dataset(dataset, "dev")
    test = load_dataset(dataset, "test")
    assert [r.id for r in dev] == ["town/001", "town/003"]
    assert [r.id for r in test] == ["town/002", "town/004"]
    assert len(load_dataset(dataset, "all")) == 4
    # the reference of a record without summary_sentences is split into sentences
    assert load_dataset(dataset, "dev")[1].reference == tuple(ARTICLES[2][3])


def test_limit_takes_an_evenly_spaced_subset(dataset):
    assert [r.id for r in load_dataset(dataset, "all", limit=2)] == ["town/001", "town/003"]


def test_bad_dataset_lines_name_the_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x/1", "title": "t", "text": "Some text."}\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.jsonl:1: not a dataset line"):
        load_dataset(bad, "all")
    with pytest.raises(SourceError, match="cannot read"):
        load_dataset(tmp_path / "missing.jsonl")
    with pytest.raises(ConfigError, match="unknown split"):
        load_dataset(bad, "train")


def test_rouge_is_100_for_the_reference_and_0_for_unrelated_text():
    reference = ["The bridge will close for repairs.", "Buses keep running."]
    assert rouge(reference, reference) == pytest.approx(
        {"rouge1": 100.0, "rouge2": 100.0, "rougeLsum": 100.0}
    )
    assert rouge(["Completely different words here."], reference)["rouge1"] == 0.0


def test_oracle_finds_the_reference_sentences(dataset):
    record = load_dataset(dataset, "all")[0]
    picked = oracle(to_article(record), record.reference, 2)
    assert picked == list(record.reference)


def test_evaluate_scores_methods_with_reference_rows(dataset):
    report = evaluate(dataset, "all", ["news", "textrank"], Length(count=2))
    assert report.articles == 4
    names = [r.method for r in report.rows]
    assert names == ["news", "textrank", "lead", "oracle"]
    oracle_row = report.row("oracle")
    assert oracle_row.rouge2 == pytest.approx(100.0)
    for row in report.rows:
        assert 0 <= row.rouge2 <= row.rouge1 <= 100
        assert (row.articles_per_s is None) == (row.method == "oracle")
    lead = report.row("lead")
    assert lead.reference and not report.row("news").reference
    # lead-2 hits the first sentence of each reference that starts the article, and only that
    assert 30 < lead.rouge1 < 100
    table = format_table(report)
    assert "| *oracle* | 100.0 | 100.0 | 100.0 | — |" in table
    assert "news (default)" in table


def test_evaluate_at_reference_length(dataset):
    report = evaluate(dataset, "all", ["lead"], ref_length=True)
    assert report.length == "reference length"
    assert [r.method for r in report.rows] == ["lead", "oracle"]


def test_evaluate_rejects_unknown_methods(dataset):
    with pytest.raises(ConfigError, match="unknown method"):
        evaluate(dataset, "all", ["nope"])


def test_floors_pass_fail_raise_and_lower(dataset):
    report = evaluate(dataset, "all", ["news"], Length(count=2))
    news = report.row("news")
    floors = {"split": "all", "floors": {"news": {"rouge1": news.rouge1 - 1}}}
    assert check_floors(report, floors) == []
    floors["floors"]["news"]["rouge2"] = news.rouge2 + 1
    (problem,) = check_floors(report, floors)
    assert problem.startswith("news rouge2")
    # raising is free; the reference rows get no floors
    raised = raised_floors(report, {"floors": {"news": {"rouge1": 1.0}}})
    assert set(raised["floors"]) == {"news"}
    assert raised["floors"]["news"]["rouge1"] > 1.0
    assert set(raised["floors"]["news"]) == {"rouge1", "rouge2", "rougeLsum"}
    # lowering needs the flag
    high = {"floors": {"news": {"rouge1": 100.0}}}
    with pytest.raises(ConfigError, match="refusing to lower.*--allow-lower-floors"):
        raised_floors(report, high)
    lowered = raised_floors(report, high, allow_lower=True)
    assert lowered["floors"]["news"]["rouge1"] < 100.0


def test_cli_eval_prints_a_table_and_json(dataset, capsys):
    assert main(["eval", str(dataset), "--split", "all", "--methods", "lead,news", "-n", "2"]) == 0
    out = capsys.readouterr().out
    assert "| method | R-1 | R-2 | R-Lsum | articles/s |" in out
    assert main(["eval", str(dataset), "--split", "test", "--methods", "news", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["articles"] == 2 and data["split"] == "test"
    assert [r["method"] for r in data["rows"]] == ["news", "lead", "oracle"]


def test_cli_eval_errors_are_one_line(dataset, tmp_path, capsys):
    assert main(["eval", str(tmp_path / "missing.jsonl")]) == 1
    assert "missing.jsonl: cannot read the dataset" in capsys.readouterr().err
    assert main(["eval", str(dataset), "--methods", "nope"]) == 2
    assert "unknown method" in capsys.readouterr().err


def test_cli_gate_fails_below_a_floor_and_updates(dataset, tmp_path, capsys):
    floors = tmp_path / "floors.json"
    floors.write_text(
        json.dumps({"split": "all", "sentences": 2, "floors": {"news": {"rouge1": 100.0}}}),
        encoding="utf-8",
    )
    assert main(["eval", str(dataset), "--floors", str(floors)]) == 1
    assert "quality gate: news rouge1" in capsys.readouterr().err
    assert main(["eval", str(dataset), "--floors", str(floors), "--update-floors"]) == 2
    assert "refusing to lower" in capsys.readouterr().err
    args = ["eval", str(dataset), "--floors", str(floors), "--update-floors"]
    assert main([*args, "--allow-lower-floors"]) == 0
    assert json.loads(floors.read_text())["floors"]["news"]["rouge1"] < 100.0
    assert main(["eval", str(dataset), "--floors", str(floors)]) == 0
