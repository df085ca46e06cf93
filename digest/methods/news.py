"""`news`: our ranker. Lead position, centrality, headline overlap and length, then MMR."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from digest.methods import Document, Method

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Weights:
    """The ranker's knobs (tuned on the BBC dev split only, checked on test)."""

    position: float = 1.0  # weight of the lead prior
    decay: float = 0.5  # prior = 1 / (1 + index) ** decay
    centrality: float = 1.0  # weight of overlap with the rest of the article
    headline: float = 0.3  # weight of overlap with the headline
    short: int = 8  # sentences with fewer content words are damped
    redundancy: float = 0.3  # MMR: 0 ignores redundancy, 1 only avoids it
    duplicate: float = 0.7  # cosine above which a sentence waits until all others are picked


WEIGHTS = Weights()


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=1)
def _snowball():
    from nltk.stem.snowball import EnglishStemmer

    return EnglishStemmer()


_STEMS: dict[str, str | None] = {}


def _stem(word: str) -> str | None:
    """Stem of a lower-case word, None for stop words; memoised (news vocabularies repeat)."""
    stem = _STEMS.get(word, "")
    if stem == "":
        stem = None if word in _stop_words() or len(word) < 2 else _snowball().stem(word)
        if len(_STEMS) < 200_000:
            _STEMS[word] = stem
    return stem


def _terms(text: str) -> list[str]:
    return [s for s in map(_stem, _WORD.findall(text.lower())) if s]


def score(document: Document, weights: Weights = WEIGHTS) -> list[float]:
    """Scores that fall in MMR pick order: lead prior, centrality, headline and length."""
    import numpy as np

    n = len(document.sentences)
    if n == 1:
        return [1.0]
    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, text in enumerate(document.sentences):
        for t in _terms(text):
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
    v = max(1, len(vocab))
    counts = np.bincount(np.asarray(rows, dtype=np.int64) * v + np.asarray(cols, dtype=np.int64),
                         minlength=n * v).reshape(n, v).astype(np.float64)  # fmt: skip
    sizes = counts.sum(axis=1)
    # Centrality as in Reduction: word overlap with every other sentence, length-normalised.
    overlap = counts @ counts.T
    logs = np.log(np.maximum(sizes, 1.0))
    norm = logs[:, None] + logs[None, :]
    edges = np.divide(overlap, norm, out=np.zeros_like(overlap), where=norm > 0)
    np.fill_diagonal(edges, 0.0)
    central = edges.sum(axis=1)
    central /= central.max() or 1.0
    # Headline overlap: share of the headline's terms the sentence contains.
    title_ids = [vocab[t] for t in set(_terms(document.title)) if t in vocab]
    if title_ids:
        headline = (counts[:, title_ids] > 0).sum(axis=1) / len(set(_terms(document.title)))
    else:
        headline = np.zeros(n)
    prior = 1.0 / (1.0 + np.arange(n)) ** weights.decay
    relevance = (
        weights.position * prior + weights.centrality * central + weights.headline * headline
    )
    relevance *= np.minimum(1.0, sizes / weights.short)
    # MMR over cosine similarity of the term vectors.
    unit = counts / np.maximum(np.linalg.norm(counts, axis=1), 1e-9)[:, None]
    similarity = unit @ unit.T
    return _mmr(relevance, similarity, weights.redundancy, weights.duplicate)


def _mmr(relevance, similarity, redundancy: float, duplicate: float) -> list[float]:
    import numpy as np

    n = len(relevance)
    scores = np.empty(n)
    picked = np.zeros(n, dtype=bool)
    penalty = np.zeros(n)
    top = float(relevance.max()) or 1.0
    step = np.inf  # scores fall strictly in pick order, so the best k are the first k picks
    for _ in range(n):
        gain = (1 - redundancy) * relevance - redundancy * top * penalty
        gain -= 2 * top * (penalty > duplicate)
        gain[picked] = -np.inf
        best = int(np.argmax(gain))
        step = min(float(np.nextafter(step, -np.inf)), float(gain[best]))
        scores[best] = step
        picked[best] = True
        penalty = np.maximum(penalty, similarity[best])
    return scores.tolist()


METHOD = Method(
    "news",
    "Ours: lead position, centrality, headline overlap and length, with MMR; fast.",
    score,
)
