"""Keyphrases of a story: distinctive noun-ish phrases, copied verbatim from its title and summary."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from digest.merge import stop_words

# Words that start or end no keyphrase: reporting and auxiliary verbs, vague time words.
_WEAK = frozenset(
    """
    said says say told tell added asked will would could should can may might must shall
    new year years month months week weeks day days today yesterday time times monday tuesday
    wednesday thursday friday saturday sunday morning night last first second third next
    including include includes made make makes set sets got get gets took take takes went
    going come came comes gave give given want wants wanted think thinks thought expected
    did does doing done having been being believe believes known according
    mr mrs ms dr per cent percent
    """.split()
)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*[A-Za-z0-9]|[A-Za-z]")


def document_frequencies(texts: Iterable[str]) -> tuple[Counter[str], int]:
    """How many of `texts` contain each lower-cased word, and how many texts there are."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        df.update({t.lower() for t in _TOKEN.findall(text)})
    return df, n


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return stop_words() | _WEAK


def _phrases(text: str) -> Iterable[tuple[str, tuple[str, ...], bool]]:
    """Runs of up to three content words in `text`: (verbatim span, lower words, capitalised)."""
    stop = _stop()
    run: list[re.Match[str]] = []

    def flush() -> Iterable[tuple[str, tuple[str, ...], bool]]:
        for size in (1, 2, 3):
            for i in range(len(run) - size + 1):
                part = run[i : i + size]
                span = text[part[0].start() : part[-1].end()]
                words = tuple(m.group().lower() for m in part)
                capital = all(m.group()[0].isupper() for m in part)
                yield span, words, capital

    last_end = 0
    for m in _TOKEN.finditer(text):
        word = m.group()
        gap = text[last_end : m.start()]
        broken = bool(run) and (not gap.isspace() or "\n" in gap)
        if broken:
            yield from flush()
            run = []
        if word.lower() in stop or len(word) < 3 or word.lower().endswith("ly"):
            yield from flush()
            run = []
        else:
            run.append(m)
        last_end = m.end()
    yield from flush()


def keyphrases(
    title: str,
    sentences: Iterable[str],
    df: Mapping[str, int],
    n_docs: int,
    limit: int = 4,
) -> tuple[str, ...]:
    """Up to `limit` keyphrases, best first, each a verbatim span of the title or a sentence.

    A phrase scores the inverse document frequency of its words (rare in this morning's stories
    means distinctive) times how often it occurs, with a bonus for the title and for names.
    A phrase inside one already chosen is skipped.
    """
    texts = [title, *sentences]
    counts: Counter[tuple[str, ...]] = Counter()
    spans: dict[tuple[str, ...], str] = {}
    bonus: dict[tuple[str, ...], float] = {}
    for k, text in enumerate(texts):
        for span, words, capital in _phrases(text):
            counts[words] += 1
            spans.setdefault(words, span)
            b = (1.5 if k == 0 else 1.0) * (1.3 if capital else 1.0)
            bonus[words] = max(bonus.get(words, 0.0), b)

    def idf(word: str) -> float:
        return math.log((1 + n_docs) / (1 + df.get(word, 0))) + 1

    scored = []
    for words, count in counts.items():
        rarity = sum(idf(w) for w in words) / len(words)
        # longer phrases say more, but only if they recur or are names
        length = 1 + 0.25 * (len(words) - 1)
        scored.append((rarity * length * bonus[words] * (1 + math.log(count)), words))
    scored.sort(key=lambda x: (-x[0], x[1]))
    chosen: list[tuple[str, ...]] = []
    for _, words in scored:
        if len(chosen) >= limit:
            break
        if any(_inside(words, c) or _inside(c, words) for c in chosen):
            continue
        chosen.append(words)
    return tuple(spans[w] for w in chosen)


def _inside(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    n = len(small)
    return any(big[i : i + n] == small for i in range(len(big) - n + 1))
