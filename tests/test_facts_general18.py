"""Tests of the eighteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

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


# ------------------------------------------------ "pay Velde Holdings, ..., a break fee"


@pytest.mark.parametrize(
    ("text", "verb", "obj", "party"),
    [
        (
            "Fennick said it would pay Orbis's owner, the Marrenburg-registered Velde Holdings, "
            "a break fee of 120 million lira.",
            "pay",
            "a break fee of 120 million lira",
            "Velde Holdings",
        ),
        (
            "The Lessandran government said it would grant Anton Belevic, 61, a residence permit.",
            "grant",
            "a residence permit",
            "Anton Belevic",
        ),
        (
            "Judge Harriet Lomax refused to award Boyce Kettering, the law firm that led the "
            "case, the 22% fee it had requested.",
            "award",
            "the 22% fee it had requested",
            "Boyce Kettering",
        ),
    ],
)
def test_the_thing_given_after_a_named_recipient_and_its_apposition(text, verb, obj, party):
    rows = [f for f in extracted(text).facts if verb in f.action]
    assert [(f.object, f.counterparty) for f in rows] == [(obj, party)]


def test_a_second_object_after_a_plural_recipient_is_the_thing_offered():
    text = (
        "Greyfriars Homes will offer tenants in those blocks a temporary move to a hotel or "
        "another flat while the work is carried out."
    )
    assert [r[2] for r in _rows(text, "offer")] == ["a temporary move to a hotel or another flat"]


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        # one apposition describes the recipient: the recipient stays the object
        ("Harriet Lomax refused to pay Boyce Kettering, the law firm.", "pay", "Boyce Kettering"),
        # an apposition that comments on the deed is no thing given
        (
            "Uruguay offered two transport helicopters on condition that the mission pay for "
            "fuel and maintenance, a sticking point that delayed a similar offer two years ago.",
            "offered",
            "two transport helicopters",
        ),
        (
            "Kelmora Dairies has agreed to pay 41 cents per litre for milk, a rise of 4 cents.",
            "pay",
            "41 cents per litre for milk",
        ),
    ],
)
def test_no_thing_given_without_a_named_recipient_before_it(text, verb, obj):
    assert [r[2][: len(obj)] for r in _rows(text, verb)] == [obj]


# ------------------------------------------------ "Geelong Bay" of "Geelong Bay FC"


def test_a_club_written_without_its_letters_is_the_club():
    text = (
        "Geelong Bay FC captain Marcus Tiller has turned down a new contract. Geelong Bay also "
        "confirmed that defender Luka Brajic had agreed an extension, and the club said it "
        "would offer contracts to three academy players."
    )
    assert [r[0] for r in _rows(text, "offer")] == [("Geelong Bay FC",)]


def test_a_town_with_no_club_of_its_name_stays_a_place():
    text = (
        "Geelong Bay council voted to sell the site. The Marlin Rowing Club said it would "
        "offer lessons to three schools."
    )
    assert [r[0] for r in _rows(text, "offer")] == [("Marlin Rowing Club",)]


# ------------------------------------------------ "Harcourt Lane director Sam Whitcombe"


def test_a_name_with_a_director_is_an_organisation_its_officer_speaks_for():
    text = (
        "AUCKLAND — Developer Harcourt Lane has agreed to pay for a $38 million stormwater "
        "upgrade in Northcote.\n\nHarcourt Lane director Sam Whitcombe said the company would "
        "also set aside 10 per cent of the homes for rent, but would not accept a cap on sale "
        "prices."
    )
    rows = [r for r in facts_of(text) if "set" in r[1] or "accept" in r[1]]
    assert [r[0] for r in rows] == [("Harcourt Lane",), ("Harcourt Lane",)]


def test_a_players_manager_does_not_make_the_player_a_company():
    text = (
        "Geelong Bay FC captain Marcus Tiller has turned down a new contract. Marcus Tiller's "
        "manager, Stacey Orr, said the club had offered too little. Tiller's agent Ben Kell "
        "said Tiller would not sign the contract."
    )
    assert [r[0] for r in _rows(text, "sign")] == [("Marcus Tiller",)]


# ------------------------------------------------ "The tax would raise $2.1 billion"


@pytest.mark.parametrize(
    "text",
    [
        "The Resource Rent Tax would raise about $2.1 billion over four years, he said.",
        "The Velsen Accord will cut tariffs on steel by 15%.",
    ],
)
def test_a_tax_or_an_accord_is_no_actor(text):
    assert facts_of(text) == []


def test_a_pension_scheme_s_trustees_are_actors():
    text = (
        "The trustees of the Harrowgate Engineering Pension Scheme have agreed a £1.9bn buyout "
        "with Ashcombe Life."
    )
    assert len(_rows(text, "agreed")) == 1


# ------------------------------------------------ "Brenn made no such offer himself"


def test_no_offer_made_is_no_commitment():
    text = "Tirnau could still join later, but Viktor Brenn made no such offer himself."
    assert _rows(text, "made") == []


def test_an_offer_made_is_still_one():
    text = "Germany made the largest single pledge, 900 million euros."
    assert [r[0] for r in _rows(text, "made")] == [("Germany",)]


# ------------------------------------------------ "the largest undertaking it had accepted"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The Marrenland Environment Agency said it was the largest undertaking it had "
            "accepted from a water company.",
            "accepted",
        ),
        ("Vastmoor said it was the biggest settlement the ministry has reached.", "reached"),
    ],
)
def test_a_superlative_a_clause_describes_is_a_record_not_a_deal(text, verb):
    assert _rows(text, verb) == []


def test_a_plain_relative_clause_on_an_offer_still_counts():
    text = "Varnholt rejected the offer, which Rostova Athletic had made on Friday."
    assert len(_rows(text, "rejected")) == 1


# ------------------------------------------------ "said X would ... but would not ..."


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Ganore declined to lift its ban. Mr. Ibrahim Sule Garba said his government would "
            "review the vehicle ban “within six months” but would not make any promise on it "
            "before then.",
            ("Ganore",),
        ),
        (
            "Kliq chief executive Marcos Teixeira said the company would review the fees "
            "“within six months” but would not make any promise on it before then.",
            ("Kliq",),
        ),
    ],
)
def test_a_second_would_clause_hung_on_said_goes_on_with_the_reported_subject(text, actors):
    assert [r[0] for r in _rows(text, "make")] == [actors]


def test_a_speaker_s_own_refusal_after_said_stays_the_speaker_s():
    text = "Marcos Teixeira said the plan was “sound in every way” but would not make any promise."
    assert [r[0] for r in _rows(text, "make")] == [("Marcos Teixeira",)]


def test_rejecting_speculation_is_a_denial_not_a_refusal():
    text = "Ed Balls rejected speculation that Gordon Brown was considering becoming Foreign Secretary."
    assert _rows(text, "rejected") == []


def test_congratulations_offered_are_a_courtesy_not_a_commitment():
    text = "Tony Blair offered his congratulations to the couple. John Howard sent his best wishes."
    assert facts_of(text) == []


# ------------------------------------------------ "the parties", "councils", "companies"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Talks in Vessel ended late on Friday. The parties have not agreed on fiscal terms.",
            "agreed",
        ),
        (
            "Regulators met the industry on Monday. Companies will publish a safety framework.",
            "publish",
        ),
        ("The offer opens on Monday. The promoters would not pledge any fresh shares.", "pledge"),
    ],
)
def test_several_parties_no_one_named_give_no_actor(text, verb):
    assert _rows(text, verb) == []


def test_councils_just_named_together_are_those_councils():
    text = (
        "The municipal councils of Bar Elias, Saadnayel and Qab Elias have signed an agreement "
        "with the Cedar Relief Alliance. The councils will waive the permits normally required."
    )
    rows = _rows(text, "waive")
    assert [set(r[0]) for r in rows] == [{"Bar Elias", "Saadnayel", "Qab Elias"}]


def test_a_plural_with_its_own_modifier_stays_as_written():
    text = "Donor governments pledged a combined US$4.2 billion for the reconstruction of Marovia."
    assert [r[0] for r in _rows(text, "pledged")] == [("Donor governments",)]


# ------------------------------------------------ "the company" nothing resolved


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Local farmers' leaders demanded compensation for families who graze cattle on the "
            "land. Officials said the company had agreed to hire at least 200 local people.",
            "hire",
        ),
        ("Officials met in the capital on Monday. The state will extend the concession.", "extend"),
    ],
)
def test_an_unresolved_the_company_or_the_state_gives_no_actor(text, verb):
    assert _rows(text, verb) == []


def test_the_company_named_before_is_still_resolved():
    text = (
        "Harrow Crest Minerals lost its licence on Monday. The company said it would not hand "
        "over its equipment to the Ministry of Mines."
    )
    assert [r[0] for r in _rows(text, "hand")] == [("Harrow Crest Minerals",)]


@pytest.mark.parametrize(
    "text",
    [
        "Michael Howard will host a news conference at the party's London HQ.",
        "The Queen will also host a reception for holocaust survivors at St James's Palace.",
    ],
)
def test_an_occasion_hosted_is_a_diary_entry_not_a_commitment(text):
    assert facts_of(text) == []


def test_talks_held_are_still_a_commitment():
    text = "Marrow Bank said it would hold talks with the union on Monday."
    assert [r[1] for r in facts_of(text)] == ["would hold"]


def test_unveiling_plans_is_an_announcement_not_a_commitment():
    text = "Aston Martin will unveil the Vantage at the Geneva motor show on Tuesday."
    assert facts_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sandra Howard is to play a leading role in the Conservative election campaign.",
        "The UK would play its part, the minister said.",
        "Jacques Chirac will miss an address by the prime minister on Friday.",
    ],
)
def test_a_role_played_or_an_event_missed_is_no_commitment(text):
    assert facts_of(text) == []


def test_a_match_agreed_to_be_played_is_still_one():
    text = "Deportivo Almira agreed to play a pre-season friendly at the Estadio del Puerto."
    assert [r[1] for r in facts_of(text)] == ["agreed to play"]
