"""Tests of the seventeenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "..., with X voting against"


@pytest.mark.parametrize(
    ("text", "actors", "obj"),
    [
        (
            "Parliament approved the bill at its first reading on Thursday by 112 votes to 87, "
            "with the opposition Liberal Party voting against.",
            ("Liberal Party",),
            "the bill",
        ),
        (
            "The council met in Velsen on Monday. The plan passed by 27 votes to 12, with the "
            "Liberal Party voting against.",
            ("Liberal Party",),
            "The plan",
        ),
        (
            "The Spokane City Council voted 5-2 on Monday to approve the name change, with "
            "council members Rhea Voss and Aaron Delacroix voting against.",
            ("Rhea Voss", "Aaron Delacroix"),
            "the name change",
        ),
        (
            "The accord was approved by 211 votes to 97, with the nationalist Patria Libera "
            "party voting against it en bloc.",
            ("Patria Libera",),
            "it",
        ),
    ],
)
def test_a_party_voting_against_in_passing_is_a_refusal_of_the_measure(text, actors, obj):
    assert _rows(text, "voting against") == [(actors, "voting against", obj, "negative")]


@pytest.mark.parametrize(
    "text",
    [
        "The motion received 52 votes in favour, short of the 66 required, with 61 lawmakers "
        "voting against and seven abstaining.",
        "The deal was ratified by the union's members on Friday, with 214 voting in favour and "
        "31 against.",
    ],
)
def test_a_count_of_voters_is_no_dissenting_party(text):
    # guard: without the count check, "61 lawmakers" was printed as a party
    assert _rows(text, "voting") == []


# ------------------------------------------------ "the boards of A and B", one entity over both


def test_the_boards_of_two_names_the_tagger_ran_together_are_both_parties():
    text = (
        "The boards of Kelpie Homes and Strathcarran Housing Association have voted "
        "unanimously to approve a merger."
    )
    rows = _rows(text, "approve")
    assert [r[0] for r in rows] == [("Kelpie Homes", "Strathcarran Housing Association")]
