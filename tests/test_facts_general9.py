"""Tests of the ninth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")  # the model, or skip


@pytest.mark.parametrize(
    "text, actors",
    [
        (
            "Two splinter groups, Torva-Renewal and the Front for the Defence of the South, have "
            "rejected the accord.",
            ("Torva-Renewal", "Front for the Defence of the South"),
        ),
        (
            "The Centre for the Study of Tariffs said it would publish the review.",
            ("Centre for the Study of Tariffs",),
        ),
        (
            "The minister said the Ministry of Labour and Employment would set up a monitoring cell.",
            ("Ministry of Labour and Employment",),
        ),
        (
            "The Department of Trade and Industry said it would cut the duty.",
            ("Department of Trade and Industry",),
        ),
    ],
)
def test_names_run_on_through_for_the_and_departments_and(text, actors):
    facts = facts_of(text)
    assert [f[0] for f in facts] == [actors]


def test_a_title_before_a_name_after_an_organisation_is_still_a_title():
    facts = facts_of("The Ministry of Health Director Anna Berg agreed to cut the fees.")
    assert [f[0] for f in facts] == [("Anna Berg",)]


def test_a_bank_and_a_company_stay_two_names():
    facts = facts_of("The Bank of Ostmark and Veskar Bank agreed to buy the bonds.")
    assert [f[0] for f in facts] == [("Bank of Ostmark", "Veskar Bank")]


def test_acronym_in_brackets_extends_a_name_cut_before_in():
    result = extracted(
        "The Government of Sankar and the Movement for Unity and Renewal in the West (MURW) "
        "signed a peace agreement on Thursday. The MURW will hand over 3,000 rifles."
    )
    assert [f.actors for f in result.facts] == [
        ("Government of Sankar", "Movement for Unity and Renewal in the West"),
        ("Movement for Unity and Renewal in the West",),
    ]


def test_a_short_name_of_a_spelled_out_name_follows_it():
    # "Chambers" was a short name of "Trade Chambers", itself a cut of the full name
    result = extracted(
        "The Trade Chambers of Commerce (TCC) speaks for 90,000 firms. The Trade Chambers "
        'said: "We are deeply worried by the slowdown in orders." The Chambers said it would '
        "publish its survey."
    )
    assert [q.speaker for q in result.quotes] == ["Trade Chambers of Commerce"]
    kinds = {e.name: e.kind for e in result.entities}
    assert "Trade Chambers" not in kinds
    assert kinds["Trade Chambers of Commerce"] == "organisation"


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "The opposition Fuerza Llana bloc in Congress voted against the purchase.",
            "Fuerza Llana",
        ),
        ("The Civic Renewal party voted against the bill.", "Civic Renewal"),
    ],
)
def test_a_party_like_noun_is_acted_for_by_its_name(text, actor):
    facts = facts_of(text)
    assert [f[0] for f in facts] == [(actor,)]
