"""Tests of the nineteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "Minister of X and Y <name>"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Deputy Minister of Agriculture and Rural Development Nguyen Thanh Ha pledged to "
            "send 15 exporters to the fair in Sarvo.",
            "Nguyen Thanh Ha",
        ),
        (
            "Minister of Trade and Industry Kalem Osei pledged to open two trade offices in "
            "Vantria.",
            "Kalem Osei",
        ),
    ],
)
def test_a_ministers_two_part_portfolio_is_not_part_of_the_name(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


# ------------------------------------------------ "the Vietnamese side"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Valdoria and Kestrania held talks in Tarn on Monday. The Kestranian side pledged "
            "to open three consular offices in Valdorian cities.",
            "open",
            "Kestrania",
        ),
        (
            "Viet Nam and Chile signed a fruit protocol in Ha Noi. The Vietnamese delegation "
            "also pledged to send 15 exporters to a trade fair in Santiago.",
            "send",
            "Viet Nam",
        ),
    ],
)
def test_a_side_named_by_its_demonym_is_that_country(text, verb, actor):
    assert [row[0] for row in _rows(text, verb)] == [(actor,)]


# ------------------------------------------------ names, amounts and parties


def test_a_role_coordinated_with_a_name_takes_the_name_after_its_comma():
    text = (
        "Finance Minister Okonye Balewa and the visiting President of the Eastern Meridian "
        "Development Bank (EMDB), Dr Helga Sunnqvist, on Thursday signed loan agreements worth "
        "$275 million."
    )
    assert [row[0] for row in _rows(text, "sign")] == [("Okonye Balewa", "Helga Sunnqvist")]


def test_an_amount_after_a_currency_sign_the_parser_split_off():
    rows = _rows("Visayan Prime Properties will spend ₱4.2 billion on the new market.", "spend")
    assert len(rows) == 1 and rows[0][2].startswith("₱4.2 billion")


@pytest.mark.parametrize(
    "text",
    [
        "Gdańsk signed a contract for 30 trams with Baltic Rolling Stock on Monday.",
        "Gdańsk city hall on Monday signed a contract for 30 trams with Baltic Rolling Stock.",
    ],
)
def test_a_city_named_with_letters_outside_english_and_its_city_hall(text):
    assert [row[0] for row in _rows(text, "sign")] == [("Gdańsk",)]


def test_a_party_written_after_its_trade_is_the_counterparty():
    text = "Tarn signed a contract for 30 trams with the rail vehicle maker Baltic Rolling Stock."
    (fact,) = [f for f in extracted(text).facts if "sign" in f.action]
    assert fact.counterparty == "Baltic Rolling Stock"
    assert fact.object == "a contract for 30 trams"


def test_a_currency_word_outside_english_stays_with_its_number():
    text = "Gdańsk signed a 520 million złoty contract for 30 trams with Baltic Rolling Stock."
    (fact,) = [f for f in extracted(text).facts if "sign" in f.action]
    assert fact.quantity is not None and fact.quantity.number == "520 million złoty"


# ------------------------------------------------ names joined by "and", numbered bodies


def test_two_names_joined_by_and_are_two_when_the_first_is_named_alone():
    text = (
        "Corrigan Living and Eastmoor University have signed a 40-year agreement to build 1,800 "
        "student beds. Corrigan Living has committed to keeping 450 of the rooms at low rents. "
        "In return, the university will lease the land to Corrigan Living at a nominal rent."
    )
    rows = facts_of(text)
    assert [r[0] for r in rows if "lease" in r[1]] == [("Eastmoor University",)]
    assert [r[0] for r in rows if "signed" in r[1]] == [("Corrigan Living", "Eastmoor University")]


def test_one_company_with_a_trade_and_a_legal_form_stays_one():
    text = (
        "Sarvottam Steel and Power Ltd signed a memorandum of understanding with the state. "
        "Sarvottam Steel will build a plant at Kharda."
    )
    assert [r[0] for r in _rows(text, "signed")] == [("Sarvottam Steel and Power Ltd",)]


def test_a_body_numbered_after_its_name():
    text = (
        "The board of School District 23 has already approved a $48-million budget for the "
        "school. Northern Food Workers Local 418 voted to reject the offer."
    )
    rows = facts_of(text)
    assert [r[0] for r in rows] == [("School District 23",), ("Northern Food Workers Local 418",)]
    (budget,) = [f for f in extracted(text).facts if "approved" in f.action]
    assert budget.quantity is not None and budget.quantity.number == "$48-million"


# ------------------------------------------------ more names


def test_a_club_name_opening_the_sentence_keeps_its_first_word():
    text = (
        "Eastvale Rugby Club has signed a consent order with the Brannock Fair Trading Commission."
    )
    assert [r[0] for r in facts_of(text)] == [("Eastvale Rugby Club",)]


def test_a_role_noun_opening_the_sentence_is_no_part_of_the_name():
    text = 'Teacher Ann Roe said: "We will reopen the library in the spring."'
    assert [q.speaker for q in extracted(text).quotes] == ["Ann Roe"]


def test_a_single_word_portfolio_before_the_minister():
    text = (
        "Visiting Indonesian Minister of Communication Rahmat Wibisono pledged to train 40 "
        "Uzbek journalists in Jakarta."
    )
    assert [r[0] for r in facts_of(text)] == [("Rahmat Wibisono",)]


def test_the_producers_are_the_alliance_of_producers():
    text = (
        "Members of the Screen Performers Guild have voted to ratify a contract with the "
        "Alliance of Velorian Producers. Under the deal, the producers agreed to raise minimum "
        "pay by 15%."
    )
    assert [r[0] for r in _rows(text, "raise")] == [("Alliance of Velorian Producers",)]


# ------------------------------------------------ company forms and spokespeople


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Gravell Re will cover 70% of claims above $90 million.", "Gravell Re"),
        ("Marlo Re said it would cover 70% of the claims.", "Marlo Re"),
    ],
)
def test_a_reinsurer_keeps_its_re(text, actor):
    assert [r[0] for r in facts_of(text)] == [(actor,)]


def test_a_spokeswoman_of_a_firm_named_with_an_ampersand_speaks_for_it():
    text = '"We see no reason to change," a Thorne & Sable spokeswoman said.'
    assert [q.speaker for q in extracted(text).quotes] == ["Thorne & Sable"]


def test_a_secretary_of_state_for_a_portfolio_before_the_name():
    text = (
        "Secretary of State for Migration Rui Valadares said the quota was "
        "\u201ca modest but real contribution.\u201d"
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Rui Valadares"]


# ------------------------------------------------ parties of a titled person, titles alone


def test_a_party_owned_by_a_titled_leader_is_the_party():
    text = (
        "Prime Minister Liv Sandaker's Centre Party and the Northern Regions League voted "
        "against the motion."
    )
    assert [r[0] for r in facts_of(text)] == [("Centre Party", "Northern Regions League")]


def test_a_body_with_a_title_word_in_its_name_stays_whole():
    text = "The General Transport Workers' Union agreed not to call any strike this year."
    assert [r[0] for r in facts_of(text)] == [("General Transport Workers' Union",)]


def test_a_government_and_a_company_are_two_parties():
    text = (
        "The Daeryong Metropolitan Government and Kwangil Engineering & Construction signed "
        "a settlement on Monday."
    )
    assert [r[0] for r in facts_of(text)] == [
        ("Daeryong Metropolitan Government", "Kwangil Engineering & Construction")
    ]


def test_a_capitalised_title_alone_is_the_person_who_holds_it():
    text = (
        "Treasurer Ambrose Kettle spoke on Monday. The Treasurer said he would not raise the "
        "mining tax."
    )
    assert [r[0] for r in facts_of(text)] == [("Ambrose Kettle",)]


# ------------------------------------------------ signing for a body, plural possessives


def test_signing_for_a_body_is_no_fact_of_the_signer():
    text = (
        "The accord was signed in Rask. Ilse Marrowen signed for the Tessarine side and "
        "Ahmed ag Issouf signed on behalf of the movement."
    )
    assert [r for r in facts_of(text) if r[0] in (("Ilse Marrowen",), ("Ahmed ag Issouf",))] == []


def test_a_plural_possessive_with_a_curly_apostrophe_is_no_closing_quote():
    text = (
        "Brightwater Steel rejected the residents\u2019 demand that it close the plant\u2019s "
        "older sintering line."
    )
    assert [r[2] for r in facts_of(text)] == [
        "the residents\u2019 demand that it close the plant\u2019s older sintering line"
    ]


# ------------------------------------------------ Spanish and Portuguese bodies


def test_a_body_with_a_spanish_head_word_is_an_organisation_and_no_company():
    text = (
        "The council refused a casino licence to Fortuna Real S.A. on Wednesday. Mayor Esteban "
        "Quiroga-Lenz, whose Movimiento Vecinal Arvelense party holds six seats, had opposed "
        "the project. The company had offered to fund an addiction treatment clinic."
    )
    assert [r[0] for r in _rows(text, "fund")] == [("Fortuna Real S.A.",)]


def test_the_junta_is_the_junta_the_story_named():
    text = (
        "The Junta Vecinal de Cerro Colorado met on Saturday. Under the pact, the junta agreed "
        "to lift the blockade."
    )
    assert [r[0] for r in _rows(text, "lift")] == [("Junta Vecinal de Cerro Colorado",)]


def test_an_amount_is_never_the_counterparty():
    text = "The Ministry of Finance will release GH\u00a2420 million to the schools next week."
    facts = [f for f in extracted(text).facts if "release" in f.action]
    assert facts and all(not (f.counterparty or "")[:1].isdigit() for f in facts)
    assert all("420" not in (f.counterparty or "") for f in facts)
    assert [f.quantity.number for f in facts if f.quantity] == ["GH\u00a2420 million"]
