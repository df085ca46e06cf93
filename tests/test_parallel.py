"""The facts step on several processes: same facts, same order, as in one process."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest import parallel
from digest.cli import main
from digest.facts import extract_facts_many
from digest.model import Article
from digest.segment import sentences

DATA = Path(__file__).parent / "data" / "facts"


def _articles() -> list[Article]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    assert len(texts) >= 3
    return [
        Article(id=f"a{i}", source=f"a{i}.txt", title="", text=t, sentences=sentences(t))
        for i, t in enumerate(texts * 2)
    ]


def _article(chars: int, i: int) -> Article:
    return Article(id=str(i), source=f"{i}.txt", title="", text="x" * chars, sentences=())


def test_split_keeps_order_and_balances_text_length():
    articles = [_article(n, i) for i, n in enumerate([100, 100, 100, 100, 400, 100, 100])]
    shares = parallel.split(articles, 2)
    assert [a for share in shares for a in share] == articles
    sizes = [sum(len(a.text) for a in share) for share in shares]
    assert abs(sizes[0] - sizes[1]) <= 400
    assert parallel.split(articles[:1], 3) == [articles[:1]]


def test_plan_never_starts_workers_for_a_few_articles():
    few = parallel.MIN_PER_WORKER
    assert parallel.plan(few, 4) == 1
    assert parallel.plan(few * 3, 2) == 2
    assert parallel.plan(few * 3, 1) == 1
    assert 1 <= parallel.plan(few * 100, None) <= parallel.available_cores()


def test_two_processes_give_the_same_facts_in_the_same_order(monkeypatch):
    articles = _articles()
    monkeypatch.setattr(parallel, "MIN_PER_WORKER", 2)
    assert parallel.plan(len(articles), 2) == 2  # a real spawned worker takes a share
    together = parallel.facts_of(articles, workers=2)
    assert together == extract_facts_many(articles)
    assert any(f.facts for f in together)


def test_workers_option_must_be_a_positive_number(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["facts", str(DATA), "--workers", "0"])
    assert exit_.value.code == 2
    assert "not a number of processes" in capsys.readouterr().err
