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


@pytest.mark.parametrize(
    "text",
    [
        "Neither Talvania nor Mereth has agreed to the border plan.",
        "Neither the Orsk Medical Union nor the Velan government has agreed to independent arbitration.",
    ],
)
def test_neither_nor_subject_refuses(text):
    facts = facts_of(text)
    assert [f[3] for f in facts] == ["negative"]


def test_pledged_not_to_is_a_promise():
    facts = facts_of("Quintara Networks has pledged not to bundle the routers with its software.")
    assert [(f[1], f[3]) for f in facts] == [("has pledged not to bundle", "positive")]


def test_the_consortium_is_the_firms_just_named():
    result = extracted(
        "Brightline Renewables and Fjell Kraft have signed a contract with Comhar Power. Under "
        "the terms, the consortium will pay €2 million a year into a community fund."
    )
    assert [f.actors for f in result.facts][-1] == ("Brightline Renewables", "Fjell Kraft")


def test_a_named_consortium_is_not_the_last_pair():
    result = extracted(
        "Halden Bank and Orly Bank lent the money. The Sarrow Cable Consortium rejected the "
        "request. The consortium will pay €2 million a year into a community fund."
    )
    assert [f.actors for f in result.facts][-1] != ("Halden Bank", "Orly Bank")


def test_terms_of_a_contract_after_an_apposition_belong_to_it():
    facts = facts_of(
        "Brightline Renewables has signed a contract with Comhar Power, the state buyer, to "
        "supply power from a wind farm off Wexford."
    )
    assert [f[2] for f in facts] == [
        "a contract with Comhar Power to supply power from a wind farm off Wexford"
    ]


@pytest.mark.parametrize(
    "text, actor",
    [
        (
            "Friends of the Marsh, an environmental group, said it would challenge the permit.",
            "Friends of the Marsh",
        ),
        (
            "East Plains Grain Co-operative will ship at least 150,000 tonnes of wheat.",
            "East Plains Grain Co-operative",
        ),
    ],
)
def test_friends_of_and_co_operative_names(text, actor):
    facts = facts_of(text)
    assert [f[0] for f in facts] == [(actor,)]


def test_a_name_in_apposition_to_a_company_noun_is_an_organisation():
    # "Nordal Varsk" looks like a person's name; the operator it names says "it would not"
    result = extracted(
        "Varsk grid operator agrees to connect solar park\n\n"
        "VELGRAD — Varsk's transmission system operator, Nordal Varsk, has agreed to connect "
        "the 800-megawatt Dunmore solar park to the national grid by the end of 2026, ending a "
        "two-year dispute with the project's developer, Solvane Energia.\n\n"
        "Under the connection agreement, which was signed in Velgrad on Wednesday by both "
        "companies, Solvane will pay €62 million towards a new substation at Kerrow.\n\n"
        '"We waited two years for a date, and now we have one," said Ilka Brandt-Morin, '
        "Solvane's managing director.\n\n"
        "Nordal Varsk said it would not guarantee the connection date if permits were held up "
        "by court challenges.\n\n"
        "The Office for Energy Markets, Varsk's regulator, approved the agreement on Thursday "
        "and ordered Nordal to publish its full queue of pending connection requests."
    )
    refusal = [f for f in result.facts if f.polarity == "negative"]
    assert [f.actors for f in refusal] == [("Nordal Varsk",)]
    assert {e.name: e.kind for e in result.entities}["Nordal Varsk"] == "organisation"


def test_them_as_object_stays_as_written():
    facts = facts_of(
        "Unison said its members had rejected the offer and that it would ballot them on "
        "strike action in January."
    )
    assert ("would ballot", "them on strike action") in [(f[1], f[2]) for f in facts]


def test_a_hyphenated_place_adjective_is_no_name_of_the_description():
    result = extracted(
        "The Estovian government has signed a contract with Verrin Labs for vaccines. Under "
        "the contract, the Swiss-based manufacturer will deliver 2.4 million doses a year."
    )
    assert [f.actors for f in result.facts][-1] == ("Verrin Labs",)


def test_a_name_used_by_its_acronym_is_no_person_for_it():
    # a short form that is not the surname ("ESC") does not make the name a person's
    result = extracted(
        "The peace deal was mediated by the East Savanna Community (ESC) after 14 months of "
        "talks, and the rebels will hand over 4,500 rifles. The ESC said it would deploy 300 "
        "unarmed monitors to verify the disarmament."
    )
    assert [f.actors for f in result.facts if f.action == "would deploy"] == [
        ("East Savanna Community",)
    ]
