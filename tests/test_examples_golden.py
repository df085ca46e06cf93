"""Golden briefings: the bundled examples, built with a fixed clock, give byte-identical files.

After an intended change of output, regenerate with `DIGEST_REGENERATE_GOLDEN=1 pytest
tests/test_examples_golden.py` and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
from pathlib import Path

import pytest

from digest.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "examples"
NOW = "2026-11-27T07:00:00+00:00"
FILES = ("briefing.md", "briefing.html", "briefing.json")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("golden")
    # Sources are named relative to the working folder, as a user would type them.
    shutil.copytree(ROOT / "examples", work / "examples")
    cwd = Path.cwd()
    os.chdir(work)
    try:
        code = main(["build", "examples", "--out", "out", "--now", NOW, "--title", "Examples"])
    finally:
        os.chdir(cwd)
    assert code == 0
    return work / "out"


@pytest.mark.parametrize("name", FILES)
def test_examples_match_golden(built: Path, name: str) -> None:
    produced = (built / name).read_text(encoding="utf-8")
    golden = GOLDEN / name
    if os.environ.get("DIGEST_REGENERATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(produced, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing; run with DIGEST_REGENERATE_GOLDEN=1"
    expected = golden.read_text(encoding="utf-8")
    if produced != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), produced.splitlines(), "golden", "produced", lineterm=""
        )
        pytest.fail(f"{name} differs from {golden.name}:\n" + "\n".join(list(diff)[:60]))


def test_examples_briefing_has_no_page_junk(built: Path) -> None:
    md = (built / "briefing.md").read_text(encoding="utf-8")
    for junk in (
        r"Oops",
        r"Something went wrong",
        r"Advertisement",
        r"\bShare\b",
        r"Subscribe",
        r"•",
    ):
        assert not re.search(junk, md), junk
