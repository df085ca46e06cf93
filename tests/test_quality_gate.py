"""The CI quality gate: the default summariser must not fall below the floors pinned in the repo.

It scores an evenly spaced subset of the BBC dev split (read at run time from the shared data
folder beside the checkout; skipped when it is absent), and the BBC dev articles that have our
human-style highlights (`benchmarks/highlights/`), so that the default cannot drift towards
BBC's extracts at the cost of what an editor would write. To raise the floors after an
improvement: `digest eval DATASET --floors benchmarks/summary_floors.json --update-floors`.
Lowering one also needs `--allow-lower-floors`.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from digest.evaluate import load_floors, run_gate
from digest.rank import DEFAULT_METHOD

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "benchmarks" / "summary_floors.json"
DATASET = ROOT.parent / "shared" / "data" / "bbc_news_summary.jsonl"
HIGHLIGHT_FLOORS = ROOT / "benchmarks" / "highlights_floors.json"


@pytest.mark.parametrize("path", [FLOORS, HIGHLIGHT_FLOORS], ids=["bbc", "highlights"])
def test_floors_file_pins_the_default_method(path):
    floors = load_floors(path)
    assert DEFAULT_METHOD in floors["floors"], "pin floors for the default method"
    assert set(floors["floors"][DEFAULT_METHOD]) == {"rouge1", "rouge2", "rougeLsum"}
    assert floors["split"] == "dev"  # never gate (or tune) on the test split


@pytest.mark.skipif(not DATASET.exists(), reason="BBC dataset not present beside the checkout")
def test_default_method_stays_above_its_floors():
    start = time.perf_counter()
    report, problems = run_gate(DATASET, FLOORS)
    assert not problems, "; ".join(problems)
    assert report.articles == load_floors(FLOORS)["limit"]
    assert time.perf_counter() - start < 60


@pytest.mark.skipif(not DATASET.exists(), reason="BBC dataset not present beside the checkout")
def test_default_method_stays_above_its_floors_on_human_style_highlights(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "highlights_join", ROOT / "benchmarks" / "highlights" / "join.py"
    )
    join = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(join)
    dataset = tmp_path / "highlights.jsonl"
    assert join.main(["--bbc", str(DATASET), "--out", str(dataset)]) == 0
    report, problems = run_gate(dataset, HIGHLIGHT_FLOORS)
    assert not problems, "; ".join(problems)
    assert report.articles == 60  # the dev half of the 120 highlighted articles
