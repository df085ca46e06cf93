"""The facts step: commitments (who agreed to what), quotes and entities of each article."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from digest.facts.dateline import blank_dateline
from digest.facts.tickers import blank_tickers
from digest.model import Article, Facts

log = logging.getLogger(__name__)

_QUOTE_MARKS = ('"', "“", "”")


def needs_parse(text: str) -> bool:
    """Can this sentence hold a commitment, or a quote whose speaker no pattern finds? (a
    cheap filter before parsing)"""
    from digest.facts.fallback import quote_speaker_by_rule
    from digest.facts.prefilter import commitment_cue

    if commitment_cue(text):
        return True
    return any(q in text for q in _QUOTE_MARKS) and not quote_speaker_by_rule(text)


def select_sentences(article: Article) -> list[int]:
    """Indices of the sentences worth parsing: possible commitments, quotes whose speaker
    needs the parse, and the sentence before a quote that stands alone (it may name the
    speaker)."""
    chosen: set[int] = set()
    for s in article.sentences:
        if needs_parse(s.text):
            chosen.add(s.index)
            if s.text.lstrip()[:1] in _QUOTE_MARKS and s.index > 0:
                chosen.add(s.index - 1)
    return sorted(chosen)


def extract_facts(article: Article) -> Facts:
    """Commitments, quotes and entities of one article (see `extract_facts_many`)."""
    return extract_facts_many([article])[0]


CHUNK = 32  # articles parsed together: full spaCy batches, peak memory well under 400 MB


def extract_facts_many(articles: Sequence[Article]) -> list[Facts]:
    """Facts of many articles, in the same order, parsing their sentences in spaCy batches
    (a chunk of articles at a time, so memory does not grow with the number of articles).

    Uses the verified spaCy model; when it cannot load, rules without spaCy give the facts and
    each result says `degraded=True`. Every printed span is checked to be verbatim.
    """
    from digest.facts.nlp import load_nlp

    nlp = load_nlp() if articles else None
    if nlp is None:
        return [_degraded(a) for a in articles]
    out: list[Facts] = []
    for start in range(0, len(articles), CHUNK):
        out.extend(_chunk(nlp, articles[start : start + CHUNK]))
    return out


def _chunk(nlp: Any, originals: Sequence[Article]) -> list[Facts]:
    from digest.facts.single_quotes import with_double_marks

    articles = [with_double_marks(a) for a in originals]
    jobs: list[tuple[int, int]] = []
    texts: list[str] = []
    for a_index, article in enumerate(articles):
        by_index = {s.index: s.text for s in article.sentences}
        for s_index in select_sentences(article):
            jobs.append((a_index, s_index))
            texts.append(by_index[s_index])
    parsed: list[dict[int, Any]] = [{} for _ in articles]
    try:
        # sentences of similar length batched together parse faster (less padding)
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        # tokenized once here; a sentence with a dateline is re-made without it
        # (and a ticker in brackets blanked: "Lumeris Cloud Inc. (NASDAQ: LMRS) and ...")
        made = (blank_dateline(nlp.make_doc(blank_tickers(texts[k])), nlp.make_doc) for k in order)
        docs = nlp.pipe(made, batch_size=256)
        for k, doc in zip(order, docs, strict=True):
            a_index, s_index = jobs[k]
            parsed[a_index][s_index] = doc
    except Exception as exc:  # a spaCy failure must not stop the briefing
        log.warning("spaCy failed (%s); facts use rules without spaCy (degraded)", exc)
        return [_degraded(a) for a in originals]
    out = []
    for original, article, docs in zip(originals, articles, parsed, strict=True):
        try:
            out.append(_checked(original, article, _from_parse(article, docs)))
        except Exception as exc:
            log.warning("facts of %s fell back to rules (%s)", article.source, exc)
            out.append(_degraded(original))
    return out


def _from_parse(article: Article, docs: dict[int, Any]) -> Facts:
    from digest.facts import entities, fallback
    from digest.facts.commitments import extract_commitments
    from digest.facts.guards import lists_and_headings
    from digest.facts.quotes import (
        attribute,
        find_quotes,
        parsed_speaker_finder,
        spokesperson_finder,
    )
    from digest.facts.signing import without_restated_signings

    ctx, ents = entities.build(article.sentences, docs)
    junk = lists_and_headings({s.index: s.text for s in article.sentences})
    facts = []
    for s_index in sorted(docs):
        if s_index not in junk:
            facts.extend(extract_commitments(docs[s_index], s_index, ctx))
    facts = without_restated_signings(facts)
    no_parse = fallback.speaker_finder(article.sentences, ctx)
    finder = spokesperson_finder(parsed_speaker_finder(docs, ctx, no_parse), article.sentences, ctx)
    quotes = attribute(find_quotes(article.sentences), article.sentences, finder)
    return Facts(tuple(facts), tuple(quotes), tuple(ents), degraded=False)


def _degraded(original: Article) -> Facts:
    from digest.facts import fallback
    from digest.facts.single_quotes import with_double_marks

    article = with_double_marks(original)
    facts, quotes, ents = fallback.extract(article.sentences)
    return _checked(original, article, Facts(tuple(facts), tuple(quotes), tuple(ents), True))


def _checked(original: Article, read: Article, found: Facts) -> Facts:
    """What the facts step found in `read` (the article with ‘…’ read as “…”), with the
    article's own quotation marks back, honorifics off and every span checked verbatim."""
    from digest.facts import verbatim
    from digest.facts.honorifics import without_honorifics
    from digest.facts.single_quotes import restore

    return verbatim.enforce(original, without_honorifics(restore(found, original, read)))


__all__ = ["extract_facts", "extract_facts_many", "needs_parse", "select_sentences"]
