"""Summarisation methods: each one scores the sentences of a document; `digest.rank` picks."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType


@dataclass(frozen=True)
class Document:
    """What a method sees: the headline and the article's distinct sentences, in order."""

    title: str
    sentences: tuple[str, ...]
    paragraphs: tuple[int, ...]  # paragraph number of each sentence, same length as sentences
    # Each sentence's whitespace-separated words (`str.split()`), when the caller already has
    # them; empty means "not given" (a method splits the sentences itself).
    words: tuple[Sequence[str], ...] = ()


Scorer = Callable[[Document], Sequence[float]]
BatchScorer = Callable[[Sequence[Document]], Sequence[Sequence[float]]]


@dataclass(frozen=True)
class Method:
    """A registered summariser: a name, a one-line description and its scoring function.

    `score(document)` returns one number per sentence (higher is better). Greedy methods
    (MMR, SumBasic, KL) return scores that fall in the order they pick sentences, so the
    best `k` scores are always their first `k` picks, whatever `k` is.

    `score_many(documents)`, when given, returns what `score` returns for each document,
    faster for many documents; `digest.rank.rank_many` uses it.
    """

    name: str
    description: str
    score: Scorer
    score_many: BatchScorer | None = None


@lru_cache(maxsize=1)
def registry() -> Mapping[str, Method]:
    """Every available method by name, sorted (importing this does not import sumy or numpy)."""
    from digest.methods import lead, news, sumy_methods

    found: list[Method] = [*sumy_methods.METHODS, lead.METHOD, news.METHOD]
    return MappingProxyType({m.name: m for m in sorted(found, key=lambda m: m.name)})


__all__ = ["BatchScorer", "Document", "Method", "Scorer", "registry"]
