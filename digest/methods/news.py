"""`news`: our ranker. Lead prior, centrality, headline and attribution cues, then MMR."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain

from digest.methods import Document, Method


@dataclass(frozen=True)
class Weights:
    """The ranker's knobs, tuned on the BBC dev split only (odd article numbers).

    BBC's references reward long central sentences; human-written highlights reward the
    lead. The lead bonus keeps the first sentence in about nine summaries out of ten.
    """

    lead: float = 0.4  # bonus of the first full sentence
    position: float = 0.1  # prior = position / (1 + index) ** decay, on full sentences
    decay: float = 1.0
    overlap_norm: float = 0.25  # edge = shared terms / (terms_i * terms_j) ** overlap_norm
    length: float = 0.25  # centrality *= (words / 25) ** length: damps fragments
    headline: float = 0.1  # share of the headline's terms the sentence holds
    attribution: float = 0.1  # "said", "told": a news sentence reporting a source
    redundancy: float = 0.2  # MMR: 0 ignores redundancy, 1 only avoids it
    min_words: int = 8  # shorter sentences are fragments: no lead prior, relevance damped
    duplicate: float = 0.7  # tf-idf cosine above which a sentence waits until all others are picked


WEIGHTS = Weights()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    # sumy's English list, read as package data: `sumy.utils` would import requests (0.3 s).
    import pkgutil

    data = pkgutil.get_data("sumy", "data/stopwords/english.txt") or b""
    return frozenset(w.strip().lower() for w in data.decode("utf-8").splitlines() if w.strip())


_ATTRIBUTION = frozenset({"said", "says", "told", "announced"})


_STOP, _CUE, _PUNCT = -1, -2, -3
_ALNUM = re.compile(r"[^\W_]")
MAX_SENTENCES = 400
_VOCAB_LIMIT = 500_000  # distinct tokens remembered across articles before starting afresh
_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?…-–—/*&#%$£€@+=~|^_`\\"


class _Vocabulary(dict):
    """Whitespace-separated token ("Profits," "profits") -> term id, kept across articles.

    A token is lower-cased and stripped of punctuation at its edges ("firm's" stays itself:
    stripping possessives ranked worse on the dev split, 56.1 against 56.7 R-2). Content
    words get ids counting from 0 (one id per stripped form), the rest are markers (stop
    word, attribution cue, punctuation). Ids only need to be consistent within one call of `score`, so the
    tables are emptied when they grow past `_VOCAB_LIMIT` (between articles, never during one).
    """

    terms: dict[str, int]  # stripped word -> id or marker
    next_id = 0

    def __missing__(self, token: str) -> int:
        word = token.lower().strip(_EDGE)
        value = self.terms.get(word)
        if value is None:
            if not (word.isalnum() or _ALNUM.search(word)):
                value = _PUNCT
            elif len(word) < 2:
                value = _STOP
            else:
                value = self.next_id
                self.next_id += 1
            self.terms[word] = value
        self[token] = value
        return value

    def reset_if_full(self) -> None:
        """Forget every token once the table is large (bounded memory on long runs)."""
        if not self or len(self) > _VOCAB_LIMIT:
            self.clear()
            self.terms = dict.fromkeys(_stop_words(), _STOP) | dict.fromkeys(_ATTRIBUTION, _CUE)
            self.next_id = 0
            self[""] = _PUNCT  # never empty after a reset


_VOCAB = _Vocabulary()


def _term_ids(text: str) -> set[int]:
    """Content-term ids of a text (the headline), in the shared vocabulary."""
    return {i for i in map(_VOCAB.__getitem__, text.split()) if i >= 0}


def _columns(kinds):
    """Columns 0..v-1 for the content-term ids of an article's distinct tokens (same term, same
    column; some columns may stay empty), through a scratch array indexed by term id."""
    import numpy as np

    global _SLOTS
    if _SLOTS is None or len(_SLOTS) <= _VOCAB.next_id:
        _SLOTS = np.zeros(max(1024, 2 * _VOCAB.next_id), dtype=np.int64)
    _SLOTS[kinds] = np.arange(len(kinds))
    return _SLOTS[kinds]


_SLOTS = None


@lru_cache(maxsize=8)
def _prior(weights: Weights):
    """Lead prior of the k-th full sentence, for every k below MAX_SENTENCES."""
    import numpy as np

    rank = np.arange(MAX_SENTENCES)
    return weights.position / (1.0 + rank) ** weights.decay + weights.lead * (rank == 0)


def score(document: Document, weights: Weights = WEIGHTS) -> list[float]:
    """Scores that fall in MMR pick order: lead prior, centrality, headline, attribution."""
    import numpy as np

    n = len(document.sentences)
    if n == 1:
        return [1.0]
    if n > MAX_SENTENCES:
        # Not a news article; keep memory and time bounded (the matrices are n x n and n x v):
        # rank the opening, and let the rest follow in document order.
        head = score(
            replace(
                document,
                sentences=document.sentences[:MAX_SENTENCES],
                words=document.words[:MAX_SENTENCES],
            ),
            weights,
        )
        low = min(head)
        return head + [low - 1.0 - i / n for i in range(n - MAX_SENTENCES)]
    _VOCAB.reset_if_full()
    parts = document.words or [s.split() for s in document.sentences]
    tokens = list(chain.from_iterable(parts))
    # Each distinct token is looked up once; content terms get a column, markers stay < 0.
    distinct = dict.fromkeys(tokens)
    kinds = np.array(list(map(_VOCAB.__getitem__, distinct)), dtype=np.int64)
    terms = kinds >= 0
    term_ids = kinds[terms]
    kinds[terms] = _columns(term_ids)  # global term ids -> columns 0..v-1
    position = dict(zip(distinct, range(len(distinct)), strict=True))
    kind = kinds[np.array(list(map(position.__getitem__, tokens)), dtype=np.int64)]
    rows = np.repeat(np.arange(n), [len(part) for part in parts])
    words = np.bincount(rows, weights=kind != _PUNCT, minlength=n)
    cue = np.bincount(rows, weights=kind == _CUE, minlength=n) > 0
    content = kind >= 0
    v = max(1, len(term_ids))
    counts = np.bincount(rows[content] * v + kind[content], minlength=n * v).reshape(n, v)
    counts = counts.astype(np.float64)
    # Centrality: terms shared with every other sentence (Reduction's idea), softly normalised.
    edges = counts @ counts.T
    norms = np.sqrt(edges.diagonal())
    scale = np.maximum(counts.sum(axis=1), 1.0) ** -weights.overlap_norm
    np.fill_diagonal(edges, 0.0)
    central = (edges @ scale) * scale
    central *= np.maximum(words, 1.0) ** weights.length / (
        25.0**weights.length * (central.max() or 1.0)
    )
    # The lead prior counts full sentences only: a byline, dateline or caption fragment at
    # the top ("By . Daily Mail Reporter .") must not take the lead's place.
    full = words >= weights.min_words
    if not full.any():
        full[:] = True
    prior = _prior(weights)[np.maximum(np.cumsum(full) - 1, 0)]
    relevance = central + prior * full + weights.attribution * cue
    title = _term_ids(document.title)
    if title and len(term_ids):
        wanted = np.fromiter(title, np.int64, len(title))
        found = _SLOTS[np.minimum(wanted, len(_SLOTS) - 1)]  # a column, or a stale slot
        found = found[(found < len(term_ids)) & (term_ids[np.minimum(found, v - 1)] == wanted)]
        if len(found):
            relevance += (counts[:, found] > 0).sum(axis=1) * (weights.headline / len(title))
    relevance *= np.minimum(1.0, words / weights.min_words)  # fragments rank low
    # Redundancy: cosine of term counts between sentences.
    norms = np.maximum(norms, 1e-9)
    similarity = edges / norms / norms[:, None]
    return _mmr(relevance.tolist(), similarity.tolist(), weights.redundancy, weights.duplicate)


EXACT_PICKS = 10  # MMR picks made one by one; the rest follow by their gain after these


def _mmr(
    relevance: list[float], similarity: list[list[float]], redundancy: float, duplicate: float
) -> list[float]:
    """Maximal marginal relevance pick order, as scores that fall strictly along it.

    The first `EXACT_PICKS` picks are greedy MMR; the other sentences follow in the order of
    their marginal relevance against those picks (summaries longer than that are rare, and
    this bounds the cost at picks x sentences). Plain Python: for news-sized articles (tens
    of sentences) it beats numpy's per-call cost.
    """
    n = len(relevance)
    top = max(relevance) or 1.0
    keep, cost, blocked = 1.0 - redundancy, redundancy * top, 2.0 * top
    penalty = [0.0] * n
    left = list(range(n))
    scores = [0.0] * n
    step = math.inf  # the best k scores are always the first k picks
    for _ in range(min(n, EXACT_PICKS)):
        best, gain = -1, -math.inf
        for j in left:
            g = keep * relevance[j] - cost * penalty[j]
            if penalty[j] > duplicate:
                g -= blocked
            if g > gain:
                best, gain = j, g
        step = min(math.nextafter(step, -math.inf), gain)
        scores[best] = step
        left.remove(best)
        row = similarity[best]
        for j in left:
            if row[j] > penalty[j]:
                penalty[j] = row[j]
    rest = []
    for j in left:
        g = keep * relevance[j] - cost * penalty[j]
        rest.append((g - blocked if penalty[j] > duplicate else g, j))
    rest.sort(key=lambda item: -item[0])  # stable: ties keep document order
    for gain, j in rest:
        step = min(math.nextafter(step, -math.inf), gain)
        scores[j] = step
    return scores


def score_many(documents: Sequence[Document]) -> list[list[float]]:
    """`score` of every document, a batch of documents at a time (see `news_batch`)."""
    from digest.methods.news_batch import score_many as batched

    return batched(documents)


METHOD = Method(
    "news",
    "Ours: lead prior, centrality, headline and attribution cues, MMR against repeats; fast.",
    score,
    score_many,
)
