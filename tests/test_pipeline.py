"""The chained stages: one article that breaks a stage costs that article only."""

from __future__ import annotations

from types import MappingProxyType

from digest import methods
from digest.methods import Method
from digest.model import Article
from digest.pipeline import BuildOptions, summarize_all
from digest.segment import sentences

TEXTS = [
    "Harbour board approves dredging plan.\n\nThe harbour board approved a plan to dredge the "
    "north channel. Work will start in May. The channel has silted up since the storms.",
    "Library to open on Sundays.\n\nThe town library will open on Sundays from March. BOOM "
    "says the ranker. Volunteers will staff the reading room.",
    "Ferry fares frozen.\n\nThe ferry company froze its fares for a year. Passengers had "
    "feared a rise. The company said fuel costs had fallen.",
]


def _articles() -> list[Article]:
    return [
        Article(id=str(i), source=f"{i}.txt", title="", text=t, sentences=sentences(t))
        for i, t in enumerate(TEXTS)
    ]


def _breaks_on_boom(document):
    if any("BOOM" in s for s in document.sentences):
        raise RuntimeError("scorer bug")
    return [1.0 / (1 + i) for i in range(len(document.sentences))]


def test_an_article_that_breaks_the_ranker_costs_only_itself(monkeypatch):
    broken = Method("news", "breaks on one article", _breaks_on_boom, None)
    table = dict(methods.registry())
    table["news"] = broken
    monkeypatch.setattr(methods, "registry", lambda: MappingProxyType(table))
    summaries, failures = summarize_all(_articles(), BuildOptions(method="news", facts=False))
    assert [s.article.source for s in summaries] == ["0.txt", "2.txt"]
    assert [(f.source, f.message) for f in failures] == [
        ("1.txt", "could not be summarised (scorer bug)")
    ]
    assert [s.index for s in summaries[0].sentences] == [0, 1, 2]  # the test scorer: lead


def test_batch_and_single_ranking_agree_in_the_pipeline():
    summaries, failures = summarize_all(_articles(), BuildOptions(facts=False))
    assert not failures
    from digest.rank import rank

    assert [s.sentences for s in summaries] == [rank(a) for a in _articles()]
