"""The verbatim invariant: every span the facts step prints is copied from the article."""

from __future__ import annotations

import logging
import re

from digest.model import Article, Fact, Facts, Quote

log = logging.getLogger(__name__)

_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return _SPACE.sub(" ", text).strip()


def source_text(article: Article) -> str:
    """The text spans are checked against: the body, or its sentences when there is no body."""
    body = article.text or " ".join(s.text for s in article.sentences)
    return normalize(body)


def fact_spans(fact: Fact) -> list[str]:
    """Spans of a fact that must be verbatim: actors, counterparty, the quantity's number."""
    spans = list(fact.actors)
    if fact.counterparty:
        spans.append(fact.counterparty)
    if fact.quantity is not None:
        spans.append(fact.quantity.number)
    return spans


def quote_spans(quote: Quote) -> list[str]:
    """Spans of a quote that must be verbatim: the words and the speaker."""
    return [quote.quote] + ([quote.speaker] if quote.speaker else [])


def enforce(article: Article, facts: Facts) -> Facts:
    """Drop every fact or quote with a span that is not a substring of the article."""
    source = source_text(article)

    def ok(spans: list[str], what: object) -> bool:
        for span in spans:
            if not span or normalize(span) not in source:
                log.debug("dropped (not verbatim: %r): %r", span, what)
                return False
        return True

    kept_facts = tuple(f for f in facts.facts if f.actors and ok(fact_spans(f), f))
    kept_quotes = tuple(q for q in facts.quotes if ok(quote_spans(q), q))
    return Facts(kept_facts, kept_quotes, facts.entities, facts.degraded)
