"""Tests of the eighth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")  # the model, or skip


def test_dateline_place_parsed_as_a_second_subject_is_skipped():
    # the parse gives "agreed" two subjects: the dateline's "KORVIA" and "government"
    facts = facts_of(
        "KORVIA, 3 July — The government of Ostmark agreed on Wednesday to provide €2.7bn in "
        "grants to a chip maker."
    )
    assert [(f[0], f[1]) for f in facts] == [(("Ostmark",), "agreed on Wednesday to provide")]


def test_family_named_by_its_surname_is_an_actor():
    facts = facts_of("The Trelawny family has agreed to sell Dunmere Athletic to a consortium.")
    assert [(f[0], f[1], f[2]) for f in facts] == [
        (("Trelawny family",), "has agreed to sell", "Dunmere Athletic")
    ]


@pytest.mark.parametrize(
    "text, actors",
    [
        (
            "Tolvan Capital and Brisk Partners have agreed to underwrite the share issue.",
            ("Tolvan Capital", "Brisk Partners"),
        ),
        (
            "KELSO — Brae Valley Building Society and Tarn Vale Building Society have agreed "
            "to combine their businesses.",
            ("Brae Valley Building Society", "Tarn Vale Building Society"),
        ),
    ],
)
def test_names_the_parse_folds_into_one_phrase_are_each_actors(text, actors):
    facts = facts_of(text)
    assert [f[0] for f in facts] == [actors]


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "The Oil and Allied Trades Union said it would ballot its members on strikes.",
            "Oil and Allied Trades Union",
        ),
        (
            "The Department for Industry and Trade said it would not offer a rescue package.",
            "Department for Industry and Trade",
        ),
        (
            "The Front for Justice and Equality agreed to hand over 4,500 rifles.",
            "Front for Justice and Equality",
        ),
    ],
)
def test_names_with_and_after_a_leading_the_or_a_for_stay_whole(text, actor):
    assert [f[0] for f in facts_of(text)] == [(actor,)]


def test_two_bodies_after_and_stay_two():
    facts = facts_of("The Council and Finance Ministry agreed to fund the new bridge.")
    assert all(len(f[0]) != 1 or " and " not in f[0][0] for f in facts)


def test_the_two_airlines_are_the_pair_named_before():
    facts = facts_of(
        "Korva Air and Lotus Coast Airlines joined the Skyway alliance on Monday. Under the "
        "terms, the two airlines will share lounges with the other members."
    )
    assert [(f[0], f[1]) for f in facts] == [(("Korva Air", "Lotus Coast Airlines"), "will share")]


def test_the_five_lenders_are_no_actor():
    facts = facts_of(
        "Sarvan Bank was rescued on Sunday. Under the plan, the five lenders pledged to keep "
        "all 212 branches open."
    )
    assert facts == []


def test_a_lone_demonstrative_object_is_no_fact():
    facts = facts_of(
        "Halvard Retail made a bid for the grocer. However, this was rejected by the Brannock "
        "board. The energy ministry signed that on Monday."
    )
    assert facts == []
