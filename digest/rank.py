"""Registry of summarisers (sumy's and ours) and `rank`, which picks an article's best sentences."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from digest.model import Article, ScoredSentence, Sentence

if TYPE_CHECKING:
    from digest.methods import Document

DEFAULT_METHOD = "news"

_COUNT = re.compile(r"^\s*(\d+)\s*$")
_PERCENT = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*%\s*$")


@dataclass(frozen=True)
class Length:
    """How long a summary is: exactly one of a sentence count, a ratio of the article, or words."""

    count: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.count, self.ratio, self.words) if v is not None]
        if len(given) != 1:
            raise ValueError("a summary length needs exactly one of count, ratio or words")
        if self.count is not None and self.count < 1:
            raise ValueError(f"sentence count must be at least 1, got {self.count}")
        if self.words is not None and self.words < 1:
            raise ValueError(f"word budget must be at least 1, got {self.words}")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError(f"ratio must be above 0% and at most 100%, got {self.ratio:.0%}")

    @classmethod
    def parse(cls, text: str) -> Length:
        """Parse a `-n` value: "3" is three sentences, "20%" a fifth of the article."""
        if m := _COUNT.match(text):
            value = int(m.group(1))
            if value < 1:
                raise ValueError(f"invalid length {text!r}: use a count of 1 or more, e.g. 3")
            return cls(count=value)
        if m := _PERCENT.match(text):
            value = float(m.group(1))
            if not 0 < value <= 100:
                raise ValueError(f"invalid length {text!r}: use a percentage from 1% to 100%")
            return cls(ratio=value / 100)
        raise ValueError(f"invalid length {text!r}: use a sentence count (3) or a percentage (20%)")

    def sentence_count(self, total: int) -> int | None:
        """Sentences to pick from an article of `total` (None for a word budget)."""
        if self.count is not None:
            return self.count
        if self.ratio is not None:
            return max(1, math.ceil(self.ratio * total - 1e-9))
        return None

    def __str__(self) -> str:
        if self.count is not None:
            return f"{self.count} sentences"
        if self.ratio is not None:
            return f"{self.ratio:.0%}"
        return f"{self.words} words"


def methods() -> dict[str, str]:
    """Every summariser's name and one-line description, sorted by name."""
    from digest.methods import registry

    return {name: m.description for name, m in registry().items()}


def check_method(name: str) -> str:
    """The name, when it is a known summariser; else ValueError naming the available ones."""
    available = methods()
    if name not in available:
        raise ValueError(
            f"unknown method {name!r}; choose one of: {', '.join(available)} (see `digest methods`)"
        )
    return name


def rank(
    article: Article, method: str = DEFAULT_METHOD, length: Length = Length(count=3)
) -> tuple[ScoredSentence, ...]:
    """The article's best sentences by `method`, in document order, each with index and score.

    Identical sentences are ranked once (the first occurrence stands for them), so a
    sentence is never returned twice; a non-empty article always gets at least one.
    """
    from digest.methods import registry

    check_method(method)
    unique, document = _distinct(article)
    if not unique:
        return ()
    scores = registry()[method].score(document)
    return _pick(method, unique, scores, length, len(article.sentences))


def rank_many(
    articles: Sequence[Article], method: str = DEFAULT_METHOD, length: Length = Length(count=3)
) -> list[tuple[ScoredSentence, ...]]:
    """`rank` of every article (the same sentences and scores), faster for many articles.

    Methods with a batch scorer (`news`) score many articles per numpy call; the others are
    scored one article at a time. Raises ValueError for an unknown method, like `rank`.
    """
    from digest.methods import registry

    check_method(method)
    found = registry()[method]
    out: list[tuple[ScoredSentence, ...]] = []
    for first in range(0, len(articles), _CHUNK):  # bounded memory: words of one chunk at a time
        chunk = articles[first : first + _CHUNK]
        prepared = [_distinct(article) for article in chunk]
        documents = [document for unique, document in prepared if unique]
        if found.score_many is not None:
            scored = iter(found.score_many(documents))
        else:
            scored = map(found.score, documents)
        out += [
            _pick(method, unique, next(scored), length, len(article.sentences)) if unique else ()
            for article, (unique, document) in zip(chunk, prepared, strict=True)
        ]
    return out


_CHUNK = 256  # articles prepared and scored together by rank_many


def _distinct(article: Article) -> tuple[list[Sentence], Document | None]:
    """The first occurrence of each distinct sentence, and the Document a method scores."""
    from digest.methods import Document

    if not article.sentences:
        return [], None
    texts = [s.text for s in article.sentences]
    keys = _keys(texts)
    # The first occurrence of each distinct text (whitespace-normalised), in document order:
    # a reversed dict keeps the earliest index of every key.
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))
    if len(first) == len(keys) and "" not in first:  # the usual case: every sentence distinct
        unique = list(article.sentences)
    else:
        first.pop("", None)
        if not first:
            return [], None
        kept = sorted(first.values())
        unique = [article.sentences[i] for i in kept]
        texts = [texts[i] for i in kept]
    document = Document(
        title=article.title or "",
        sentences=tuple(texts),
        paragraphs=tuple([s.paragraph for s in unique]),
    )
    return unique, document


def _keys(texts: list[str]) -> list[str]:
    """Each text with its words joined by single spaces (`" ".join(text.split())`).

    Text already in that shape is kept as it is: no whitespace but single spaces (every
    other whitespace character is unprintable), none doubled, none at the ends.
    """
    return [
        text
        if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
        else " ".join(text.split())
        for text in texts
    ]


def _pick(
    method: str, unique: list[Sentence], scores, length: Length, total: int
) -> tuple[ScoredSentence, ...]:
    """The chosen sentences, given one score per distinct sentence."""
    scores = list(map(float, scores))
    if len(scores) != len(unique):
        raise RuntimeError(
            f"method {method!r} gave {len(scores)} scores for {len(unique)} sentences"
        )
    if not all(map(math.isfinite, scores)):
        scores = [_finite(x) for x in scores]
    # Best first; ties go to the earlier sentence (a stable sort), which also makes the
    # output deterministic.
    order = sorted(range(len(unique)), key=scores.__getitem__, reverse=True)
    chosen = _choose(order, unique, length, total)
    # Scores are rounded so that output is byte-identical across BLAS builds and summation order.
    return tuple(
        [
            ScoredSentence(unique[i].index, unique[i].text, round(scores[i], 6))
            for i in sorted(chosen)
        ]
    )


def _finite(value: float) -> float:
    value = float(value)
    return value if math.isfinite(value) else 0.0


def _choose(order: list[int], unique: list, length: Length, total: int) -> list[int]:
    count = length.sentence_count(total)
    if count is not None:
        return order[:count]
    budget = length.words or 0
    chosen: list[int] = []
    used = 0
    for i in order:
        size = len(unique[i].text.split())
        if not chosen or used + size <= budget:
            chosen.append(i)
            used += size
        if used >= budget:
            break
    return chosen
