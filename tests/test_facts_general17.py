"""Tests of the seventeenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

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


# ------------------------------------------------ a state's body is named without its owner


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Hallvard's Export Control Board has refused to grant a licence to Brenning Naval "
            "Yards. It would not reconsider the decision, the board said.",
            "would not reconsider",
            "Export Control Board",
        ),
        (
            "Marrin’s Finance Ministry would not inject fresh capital into Orsolan, a spokesman "
            "said.",
            "would not inject",
            "Finance Ministry",
        ),
        (
            "Sundria’s Ministry of Defence rejected a request from Valtek Systems for a fourth "
            "deadline extension.",
            "rejected",
            "Ministry of Defence",
        ),
    ],
)
def test_a_states_body_is_named_without_the_place_that_owns_it(text, verb, actor):
    assert [r[0] for r in _rows(text, verb)] == [(actor,)]


def test_a_company_with_an_owner_of_unknown_kind_keeps_it():
    # guard: the gold names a company with its country as often as without; only public
    # bodies lose an owner that may not be a place
    text = "Kelmark's Halvern Group had turned down an offer from Nile Textiles."
    assert [r[0] for r in _rows(text, "turned down")] == [("Kelmark's Halvern Group",)]


# ------------------------------------------------ "A, B and C" read as A with an apposition


@pytest.mark.parametrize(
    ("text", "verb", "actors"),
    [
        (
            "Councilors Jun Abrenica, Mila Catapang and Rodel Yap voted against the measure.",
            "voted against",
            ("Jun Abrenica", "Mila Catapang", "Rodel Yap"),
        ),
        (
            "The Liberal Party, the Social Democrats and the Left Greens voted for Ness.",
            "voted for",
            ("Liberal Party", "Social Democrats", "Left Greens"),
        ),
        (
            "Councillors Bryce McGillivray, Dianne Rowe, Pita Manihera and Colin Frost voted "
            "against the levy.",
            "voted against",
            ("Bryce McGillivray", "Dianne Rowe", "Pita Manihera", "Colin Frost"),
        ),
    ],
)
def test_a_list_of_three_names_is_every_actor(text, verb, actors):
    assert [r[0] for r in _rows(text, verb)] == [actors]


def test_a_name_with_a_described_apposition_is_one_actor():
    # guard: an apposition that describes the name is no second actor
    text = "Halvern Group, the parent of Osprey and Kelso, agreed to buy the mill."
    assert [r[0] for r in _rows(text, "agreed")] == [("Halvern Group",)]


# ------------------------------------------------ "would publish its data": a promise


def test_a_promise_to_publish_data_is_a_fact():
    text = (
        "Varnholt Chemicals agreed to pay $4 million to Dunmere. In a statement, the company "
        "said it would replace the storage tanks at the plant by the end of next year and "
        "would publish its discharge data every quarter."
    )
    assert [(r[0], r[2]) for r in _rows(text, "publish")] == [
        (("Varnholt Chemicals",), "its discharge data")
    ]


def test_data_released_is_an_announcement():
    # guard: without a modal or a promise, publishing results is news, not a commitment
    text = "Varnholt Chemicals released its annual results on Thursday."
    assert _rows(text, "released") == []


# ------------------------------------------------ what a side argues would happen


def test_what_is_argued_would_happen_is_no_commitment():
    text = (
        "The MMA had proposed a three-year cap on dividends, but Brenna Water rejected it, "
        "arguing that it would raise its cost of borrowing."
    )
    assert _rows(text, "would raise") == []


def test_a_vote_told_in_the_arguers_own_clause_stays():
    # guard: "X, which voted against ..., had argued that ...": the vote is X's own fact
    text = (
        "Oakfield Asset Management, which voted against the pay package, had argued that the "
        "award rewarded Feeny for a merger."
    )
    assert [r[0] for r in _rows(text, "voted against")] == [("Oakfield Asset Management",)]


# ------------------------------------------------ "the government" of the one country named


_CONCESSION = (
    "A consortium of Orvento Infra and Pellacor Capital signed a concession contract on Monday "
    "to build the Ruvane motorway, the largest public-private partnership in Castrelia's "
    "history. The consortium will invest €1.2 billion in the 142-km road. The concession runs "
    "for 30 years. Tolls may rise no faster than inflation. Analysts called the forecasts "
    "optimistic. Transport Minister Alba Quirós said the government had rejected the bidders' "
    "request for a longer term."
)


def test_the_government_is_the_one_country_named_however_far_back():
    assert [r[0] for r in _rows(_CONCESSION, "had rejected")] == [("Castrelia",)]


def test_the_government_of_a_story_with_two_countries_is_not_guessed():
    # guard: with Castrelia and Portugal both named far back, neither is "the government"
    text = _CONCESSION.replace("Castrelia's history", "Castrelia's and Portugal's history")
    assert [r[0] for r in _rows(text, "had rejected")] == [("the government",)]


# ------------------------------------------------ "X's cabinet" acts as X


def test_a_councils_cabinet_is_the_council():
    text = "The funding for the wetlands was approved by Herefordshire Council's cabinet last week."
    assert [r[0] for r in _rows(text, "approved")] == [("Herefordshire Council",)]


# ------------------------------------------------ a body a source told is still "the department"


def test_the_department_is_the_department_a_source_told():
    text = (
        "The private security company Corvane Secure has refused to renew its contract to run "
        "the Halden Moor centre. The firm, which has managed the centre since 2016, told the "
        "Department for Borders in a letter last month that it would not bid for the new "
        "contract unless the fee was raised. The department rejected that condition."
    )
    assert [r[0] for r in _rows(text, "rejected")] == [("Department for Borders",)]


# ------------------------------------------------ "the security company Corvane Secure"


def test_a_name_after_its_trade_is_a_company_that_it_stands_for():
    text = (
        "The private security company Corvane Secure has refused to renew its contract. "
        "Corvane's chief executive, Fiona Lasker, said the company would continue to run two "
        "smaller holding facilities."
    )
    assert [r[0] for r in _rows(text, "would continue")] == [("Corvane Secure",)]


def test_a_person_after_a_trade_people_have_stays_a_person():
    # guard: "developer Ansel Voigt" is a property developer, not a company
    text = "The property developer Ansel Voigt had agreed to inject his own money."
    found = extracted(text)
    assert ("Ansel Voigt", "person") in [(e.name, e.kind) for e in found.entities]


# ------------------------------------------------ "the Korsic yard Baltine Werft ... the yard"


def test_a_description_is_the_name_introduced_after_that_trade():
    text = (
        "Ardmark Naval Systems will build the frigates. The minister said the government had "
        "turned down a rival offer from the Korsic yard Baltine Werft because the yard had "
        "refused to guarantee spare parts for more than ten years."
    )
    assert [r[0] for r in _rows(text, "refused")] == [("Baltine Werft",)]


# ------------------------------------------------ "Corbel Partners said they would"


def test_they_is_a_body_named_as_a_plural():
    text = (
        "Fennick's went into administration in May. Corbel Partners said they would close the "
        "remaining 19 stores by the end of July."
    )
    assert [r[0] for r in _rows(text, "would close")] == [("Corbel Partners",)]


# ------------------------------------------------ a place and its demonym are no pair


def test_the_two_sides_are_not_a_place_and_its_own_demonym():
    text = (
        "Corlandia would ease visa rules for Temeshi students if Temesh agreed to take back its "
        "nationals, Corlandian Foreign Minister Beatrix Halloway said on Sunday.\n\nTemesh has "
        "so far refused to sign a readmission agreement. Its officials say they cannot verify "
        "the identity of many of the people Corlandia wants to deport, and they have accused "
        "Corlandian police of using excessive force.\n\nThe two sides did agree to set up a "
        "joint working group on identity checks."
    )
    assert all(set(r[0]) != {"Corlandia", "Corlandian"} for r in _rows(text, "set up"))


# ------------------------------------------------ "the authorities" are the state


def test_the_authorities_are_the_country_named_before():
    text = (
        "Daklong's government and the Rongsai National Council signed a ceasefire on Monday. "
        "A government spokesman said the authorities would reopen the Rongsai valley road to "
        "traders."
    )
    assert [r[0] for r in _rows(text, "reopen")] == [("Daklong",)]


# ------------------------------------------------ "The developer behind ..." named next


def test_a_lead_description_is_the_company_named_next():
    text = (
        "LEEDS — The developer behind a 19-storey apartment block in Leeds has signed a legally "
        "binding undertaking to remove flammable cladding from the building.\n\nAshbury Kerr "
        "Developments said it would fund the £11.5 million cost of the works."
    )
    assert [r[0] for r in _rows(text, "has signed")] == [("Ashbury Kerr Developments",)]


def test_a_description_after_a_named_company_is_not_the_next_one():
    # guard: with a company named before, "the company" is never looked for further on
    text = (
        "Astrand Beverages reported higher sales. The company would invest €18m in a new "
        "canning line.\n\nThe Brewery Workers' Union said it welcomed the plan."
    )
    assert [r[0] for r in _rows(text, "would invest")] == [("Astrand Beverages",)]


# ------------------------------------------------ "Both institutions" are the pair


def test_both_institutions_are_the_pair_named_before():
    text = (
        "The Kessling Gallery and the Sabrecourt Museum of Art have agreed a two-year loan of "
        "the bronze. Both institutions signed the loan agreement on Friday."
    )
    assert [r[0] for r in _rows(text, "signed")] == [
        ("Kessling Gallery", "Sabrecourt Museum of Art")
    ]


# ------------------------------------------------ "the Sabrecourt museum": the museum named


def test_a_first_word_and_a_lowercase_noun_are_the_body_named_so():
    text = (
        "The Kessling Gallery has agreed to lend the bronze to the Sabrecourt Museum of Art for "
        "two years. The Sabrecourt museum will cover insurance and the cost of a courier."
    )
    assert [r[0] for r in _rows(text, "will cover")] == [("Sabrecourt Museum of Art",)]


def test_a_demonyms_government_is_not_an_association_named_with_it():
    # guard: "the Welsh government" is no "Welsh Local Government Association"
    text = (
        "The Welsh Local Government Association welcomed the plan. The Welsh government agreed "
        "to extend its school meals scheme."
    )
    assert ("Welsh Local Government Association",) not in [r[0] for r in _rows(text, "extend")]
