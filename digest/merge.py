"""Several summarised articles about one story -> one Story: every source, one summary, merged facts."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

from digest.model import Entity, Fact, Quote, ScoredSentence, SourceRef, Story, Summary

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """English stop words (scikit-learn's list) plus reporting verbs that carry no content."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS | {"said", "says", "told", "according", "just", "like"}


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text` without stop words."""
    stop = stop_words()
    return [w for w in _WORD.findall(text.lower()) if w not in stop]


def source_ref(summary: Summary) -> SourceRef:
    """Where one summarised article came from."""
    article = summary.article
    return SourceRef(
        name=article.source_name,
        title=article.title,
        location=article.url or article.source,
        published=article.published,
        article_id=article.id,
    )


def merge(
    summaries: Sequence[Summary],
    weight: Callable[[Summary], float] = lambda s: 1.0,
    redundancy: float = 0.5,
) -> Story:
    """One Story from summaries of the same story; the first summary leads (title, id).

    The summary takes the best sentences across the articles (scores normalised per article and
    multiplied by `weight`), chosen by maximal marginal relevance, as many as the longest
    article summary plus one per further article (two at most); a sentence whose word overlap
    (cosine) with one already chosen reaches `redundancy` is the same fact said twice and is
    left out. Facts with the same actors, action, object and polarity are one row (the first
    article's sentence), quotes with the same words one quote; each lists its sources.
    """
    if not summaries:
        raise ValueError("merge needs at least one summary")
    lead = summaries[0]
    article = lead.article
    if len(summaries) == 1:
        summary = lead.sentences
        summary_sources = tuple(0 for _ in summary)
    else:
        summary, summary_sources = _select_sentences(summaries, weight, redundancy)
    facts, fact_sources = _merge_facts(summaries)
    quotes, quote_sources = _merge_quotes(summaries)
    return Story(
        id=article.id,
        title=article.title,
        section=_majority_section(summaries),
        sources=tuple(source_ref(s) for s in summaries),
        summary=summary,
        facts=facts,
        quotes=quotes,
        entities=_merge_entities(summaries),
        degraded=any(s.facts.degraded for s in summaries),
        dateline=article.dateline,
        summary_sources=summary_sources,
        fact_sources=fact_sources,
        quote_sources=quote_sources,
    )


def _majority_section(summaries: Sequence[Summary]) -> str | None:
    sections = [s.article.section for s in summaries if s.article.section]
    if not sections:
        return None
    counts = Counter(sections)
    best = max(counts.values())
    return next(s for s in sections if counts[s] == best)  # ties: the earliest article's


def _vector(text: str) -> dict[str, float]:
    counts = Counter(content_words(text))
    norm = math.sqrt(sum(v * v for v in counts.values())) or 1.0
    return {w: v / norm for w, v in counts.items()}


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two normalised word vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _select_sentences(
    summaries: Sequence[Summary], weight: Callable[[Summary], float], redundancy: float
) -> tuple[tuple[ScoredSentence, ...], tuple[int, ...]]:
    # Candidate identity is (article position, sentence index), never the text.
    candidates: list[tuple[float, int, ScoredSentence]] = []
    for pos, s in enumerate(summaries):
        if not s.sentences:
            continue
        top = max(x.score for x in s.sentences)
        by_rank = sorted(range(len(s.sentences)), key=lambda i: -s.sentences[i].score)
        for r, i in enumerate(by_rank):
            x = s.sentences[i]
            relevance = x.score / top if top > 0 else 1.0 / (1 + r)
            # the lead article's sentences win ties, so the story reads from one voice
            candidates.append((relevance * weight(s) + (0.01 if pos == 0 else 0.0), pos, x))
    # each further article may add one new sentence (two at most), if it says something new
    target = max(len(s.sentences) for s in summaries) + min(2, len(summaries) - 1)
    vectors = {(pos, x.index): _vector(x.text) for _, pos, x in candidates}
    chosen: list[tuple[int, ScoredSentence]] = []
    remaining = sorted(candidates, key=lambda c: (-c[0], c[1], c[2].index))
    while remaining and len(chosen) < target:
        best_i, best_value = -1, -math.inf
        for i, (relevance, pos, x) in enumerate(remaining):
            overlap = max(
                (similarity(vectors[(pos, x.index)], vectors[(p, y.index)]) for p, y in chosen),
                default=0.0,
            )
            if overlap >= redundancy:
                continue
            value = 0.7 * relevance - 0.3 * overlap
            if value > best_value:
                best_i, best_value = i, value
        if best_i < 0:
            break  # everything left repeats what is already chosen
        _, pos, x = remaining.pop(best_i)
        chosen.append((pos, x))
    chosen.sort(key=lambda c: (c[0], c[1].index))
    return tuple(x for _, x in chosen), tuple(pos for pos, _ in chosen)


def _norm(text: str | None) -> str:
    return " ".join(w for w in _WORD.findall((text or "").lower()) if w not in _DETERMINERS)


def fact_key(fact: Fact) -> tuple:
    """What makes two facts the same row: actors, action, object and polarity, normalised."""
    actors = frozenset(_norm(a) for a in fact.actors)
    return (actors, _norm(fact.action), _norm(fact.object), fact.polarity)


def _merge_facts(
    summaries: Sequence[Summary],
) -> tuple[tuple[Fact, ...], tuple[tuple[int, ...], ...]]:
    facts: list[Fact] = []
    sources: list[list[int]] = []
    index: dict[tuple, int] = {}
    for pos, s in enumerate(summaries):
        for fact in s.facts.facts:
            key = fact_key(fact)
            if key in index:
                if pos not in sources[index[key]]:
                    sources[index[key]].append(pos)
                continue
            index[key] = len(facts)
            facts.append(fact)
            sources.append([pos])
    return tuple(facts), tuple(tuple(x) for x in sources)


def _merge_quotes(
    summaries: Sequence[Summary],
) -> tuple[tuple[Quote, ...], tuple[tuple[int, ...], ...]]:
    quotes: list[Quote] = []
    keys: list[str] = []
    sources: list[list[int]] = []
    for pos, s in enumerate(summaries):
        for quote in s.facts.quotes:
            key = _norm(quote.quote)
            # the same words, or one quote cut from the other, are one quote
            same = next(
                (i for i, k in enumerate(keys) if key and (key == k or key in k or k in key)),
                None,
            )
            if same is not None:
                if pos not in sources[same]:
                    sources[same].append(pos)
                continue
            quotes.append(quote)
            keys.append(key)
            sources.append([pos])
    return tuple(quotes), tuple(tuple(x) for x in sources)


def _merge_entities(summaries: Sequence[Summary]) -> tuple[Entity, ...]:
    merged: dict[tuple[str, str], Entity] = {}
    for s in summaries:
        for e in s.facts.entities:
            key = (e.name.lower(), e.kind)
            old = merged.get(key)
            merged[key] = (
                e if old is None else Entity(old.name, old.kind, old.mentions + e.mentions)
            )
    return tuple(sorted(merged.values(), key=lambda e: (-e.mentions, e.name)))
