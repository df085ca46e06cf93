"""The lead baseline: the first sentences of the article, in order."""

from __future__ import annotations

from digest.methods import Document, Method


def score(document: Document) -> list[float]:
    """Earlier sentences score higher: 1.0 for the first, falling linearly towards 0."""
    n = len(document.sentences)
    return [1.0 - i / n for i in range(n)]


METHOD = Method("lead", "The first sentences of the article (Lead-N baseline).", score)
