"""Helpers shared by the tests of the facts rules: the facts of a short invented text."""

from __future__ import annotations

from digest.facts import extract_facts
from digest.model import Article, Facts
from digest.segment import sentences


def extracted(text: str) -> Facts:
    """What the facts step finds in `text`, given as an article body under a headline."""
    text = "Headline of the day\n\n" + text
    article = Article(id="t", source="t", title="", text=text, sentences=sentences(text))
    return extract_facts(article)


def facts_of(text: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    """(actors, action, object, polarity) of each fact found in `text`."""
    return [(f.actors, f.action, f.object, f.polarity) for f in extracted(text).facts]
