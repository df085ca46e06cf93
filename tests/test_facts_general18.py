"""Tests of the eighteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "did not say how it would ..."


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The Orrin school board had not identified how it would pay for the raises.", "pay"),
        (
            "Tarvel Ferries raised fares by 8%. It did not say how it would cover the shortfall.",
            "cover",
        ),
        (
            "Finance Minister Lars Okonjo challenged the Unity Party to say how it would pay for "
            "the rebate.",
            "pay",
        ),
        ("Senate leaders in Velsen have not said when they will take up the budget.", "take"),
        ("Marrow Bank gave no reason why it would close the branch in Tessby.", "close"),
    ],
)
def test_an_open_question_about_a_deed_is_no_commitment(text, verb):
    assert _rows(text, verb) == []


@pytest.mark.parametrize(
    ("text", "verb", "actors"),
    [
        # the same verbs without the question are commitments
        ("Tarvel Ferries said it would cover the shortfall.", "cover", ("Tarvel Ferries",)),
        # "when" that only dates the deed keeps it
        (
            "Tarvel Ferries said it would cover the shortfall when the subsidy ends in March.",
            "cover",
            ("Tarvel Ferries",),
        ),
        (
            "The Velsen Senate will take up the budget on Monday, its leaders said.",
            "take",
            ("Velsen Senate",),
        ),
    ],
)
def test_the_deed_itself_is_still_a_commitment(text, verb, actors):
    rows = _rows(text, verb)
    assert [r[0] for r in rows] == [actors]
