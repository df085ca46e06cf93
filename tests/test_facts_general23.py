"""Tests of the twenty-third round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _actors(text: str, verb: str) -> list[tuple[str, ...]]:
    return [row[0] for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "the government" of a country the tagger missed


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Brussels will release €4.2 billion in frozen funds to Lestria, after the government "
            "in Veranov pledged to restore the independence of the country's judicial council. "
            "A Commission spokesman said Brussels would withhold part of the money unless "
            "Lestria's parliament passed the new law. The justice minister said the government "
            "would submit the bill to parliament next week.",
            "submit",
            ("Lestria",),
        ),
        (
            "Editors in Daram said the government of Kessendor had agreed to abolish "
            "licensing. The government refused to review the cases of four journalists jailed "
            "last year.",
            "refused",
            ("Kessendor",),
        ),
    ],
)
def test_a_name_with_a_government_or_parliament_is_the_governments_country(text, verb, actor):
    assert _actors(text, verb) == [actor]


# ------------------------------------------------ "X Utilities and Energy Commission"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Westmark Utilities and Energy Commission on Thursday rejected Calloway "
            "Power's request to raise household electricity rates by 14%.",
            "rejected",
            ("Westmark Utilities and Energy Commission",),
        ),
        (
            "The Darsenian Media and Communications Commission said it would not pursue "
            "enforcement action against either company.",
            "pursue",
            ("Darsenian Media and Communications Commission",),
        ),
        (
            "The Finance Ministry and Energy Commission agreed to cap fuel prices.",
            "agreed",
            ("Finance Ministry", "Energy Commission"),
        ),
    ],
)
def test_a_remit_list_before_a_body_word_is_one_name(text, verb, actor):
    assert _actors(text, verb) == [actor]


# ------------------------------------------------ "Union of Process and Maintenance Technicians"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Union of Process and Maintenance Technicians voted on Sunday to continue the "
            "walkout.",
            "continue",
            ("Union of Process and Maintenance Technicians",),
        ),
        (
            "The Federation of Continental Athletics and Games voted 21-4 on Friday to award "
            "the 2031 Continental Games to Tarvossa.",
            "award",
            ("Federation of Continental Athletics and Games",),
        ),
    ],
)
def test_trades_and_sports_in_a_bodys_remit_list(text, verb, actor):
    assert _actors(text, verb) == [actor]


# ------------------------------------------------ a title word opening a body's name


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Premier Netball League of Corrimar will guarantee a minimum annual salary of "
            "42,000 crowns for all 96 contracted players.",
            "guarantee",
            ("Premier Netball League of Corrimar",),
        ),
        (
            "Premier Liv Sandaker of the Centre Party agreed to cut fuel duty by 5%.",
            "agreed",
            ("Liv Sandaker",),
        ),
    ],
)
def test_a_title_word_before_a_bodys_name_with_of_is_part_of_it(text, verb, actor):
    assert _actors(text, verb) == [actor]


# ------------------------------------------------ "Office of the Public Prosecutor for ..."


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Office of the Public Prosecutor for Economic and Organised Crime will drop 11 "
            "further charges of money laundering and fraud.",
            "drop",
            ("Office of the Public Prosecutor for Economic and Organised Crime",),
        ),
        (
            "The Office of the Presidential Adviser on Peace will pay each registered combatant "
            "a transition allowance.",
            "pay",
            ("Office of the Presidential Adviser on Peace",),
        ),
    ],
)
def test_an_office_of_an_officer_keeps_its_remit(text, verb, actor):
    assert _actors(text, verb) == [actor]


# ------------------------------------------------ "Cricket Australia"


def test_a_sport_before_a_country_is_its_governing_body():
    text = (
        "Cricket Australia and the Australian Cricketers' Association have agreed a new "
        "five-year memorandum of understanding. Cricket Australia will increase retainers for "
        "contracted women players by 25%."
    )
    assert _actors(text, "increase") == [("Cricket Australia",)]


# ------------------------------------------------ "an agreement on Friday to build ..."


def _objects(text: str, verb: str) -> list[str]:
    return [row[2] for row in facts_of(text) if verb in row[1]]


def test_a_deals_infinitive_after_a_time_phrase_is_its_terms():
    text = (
        "Grenmark Power and the state-owned Sorvik Grid signed an agreement on Friday to build "
        "a 140-kilometre transmission line to the Halla wind farms."
    )
    assert _objects(text, "signed") == [
        "an agreement to build a 140-kilometre transmission line to the Halla wind farms"
    ]


# ------------------------------------------------ "an offer from Grupo Meridiano"


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        (
            "Valdoria rejected a $1.9 billion offer from Grupo Meridiano for a controlling "
            "stake in the state telecoms company.",
            "rejected",
            "a $1.9 billion offer for a controlling stake in the state telecoms company",
        ),
        (
            "The authority refused a request from the Tanner Creek Alliance to add a fifth "
            "neighborhood to the plan.",
            "refused",
            "a request to add a fifth neighborhood to the plan",
        ),
        (
            "The Ministry of Defence rejected a request from Valtek Systems for a fourth "
            "deadline extension on its coastal radar contract.",
            "rejected",
            "a request for a fourth deadline extension on its coastal radar contract",
        ),
        (
            "FC Dravenna have signed striker Kofi Mensah-Larsen from Olympique Brevin for a "
            "club-record fee of €85 million, the league side announced on Friday.",
            "signed",
            "striker Kofi Mensah-Larsen for a club-record fee of €85 million",
        ),
        (
            "Plymouth City Council will borrow the money from the Public Works Loan Board.",
            "borrow",
            "the money",
        ),
        (
            "Mr Winchester said he would separate the state from both the Church of England "
            "and the Christian faith.",
            "separate",
            "the state from both the Church of England and the Christian faith",
        ),
        (
            "Kestria agreed to release 45 prisoners from Dravonia.",
            "release",
            "45 prisoners from Dravonia",
        ),
    ],
)
def test_who_a_thing_comes_from_is_no_part_of_it(text, verb, obj):
    assert _objects(text, verb) == [obj]


# ------------------------------------------------ "challenge the decision in the Supreme Court"


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        (
            "Friends of the Skerry said it would challenge the decision in the Supreme "
            "Administrative Court.",
            "challenge",
            "the decision",
        ),
        (
            "Movilia Urbana said it would take the case to the regional high court.",
            "take",
            "the case",
        ),
        (
            "Kestrel Bay Group said it would appeal the decision at the Victorian Civil and "
            "Administrative Tribunal.",
            "appeal",
            "the decision",
        ),
    ],
)
def test_where_a_dispute_is_taken_is_no_part_of_what_is_challenged(text, verb, obj):
    assert _objects(text, verb) == [obj]


# ------------------------------------------------ "pay the authority an annual fee"


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        (
            "Kelmar will pay the authority an annual fee of €22 million plus a levy.",
            "pay",
            "an annual fee of €22 million plus a levy",
        ),
        (
            "Gravel Live guaranteed the agency a minimum of 45 billion won.",
            "guaranteed",
            "a minimum of 45 billion won",
        ),
        (
            "Vyrenia promised to give 48 hours' notice of any naval exercise in the strait, a "
            "concession its admirals had resisted for years.",
            "give",
            "48 hours' notice of any naval exercise in the strait",
        ),
    ],
)
def test_the_thing_given_follows_whom_it_is_given_to(text, verb, obj):
    assert _objects(text, verb) == [obj]


# ------------------------------------------------ "at an emergency meeting", "in Paramaribo"


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        (
            "The Druvian Federation of Fishermen voted against the plan at an emergency "
            "meeting in Varne.",
            "voted",
            "the plan",
        ),
        (
            "Guyana and Suriname signed the agreement in Paramaribo in the presence of "
            "Caribbean Community officials.",
            "signed",
            "the agreement",
        ),
    ],
)
def test_the_occasion_and_place_of_a_decision_are_no_part_of_it(text, verb, obj):
    assert _objects(text, verb) == [obj]


# ------------------------------------------------ "Minister of Justice, Human Rights and ..."


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extracted(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The accord was signed for Sardovia by Minister of Justice, Human Rights and "
            "Constitutional Affairs Beatrix Olumide-Hart. Olumide-Hart said: “Nobody who "
            "steals from pensioners should be able to laugh at us.”",
            "Beatrix Olumide-Hart",
        ),
        (
            "Deputy Governor for Finance, Housing and Regional Planning Teodor Vashchenko-Lund "
            "said the executive would borrow up to €1.4 billion. “The waiting lists in this "
            "region are a moral failure,” Vashchenko-Lund said.",
            "Teodor Vashchenko-Lund",
        ),
    ],
)
def test_a_portfolio_list_before_a_name_is_no_part_of_it(text, speaker):
    assert _speakers(text) == [speaker]


# ------------------------------------------------ "the company" is no board, union or community


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Portline Terminals and the Maritime Union of Australia signed a four-year "
            "enterprise agreement on Friday. Under the deal, the company will raise wages by "
            "19% over the life of the agreement.",
            "raise",
            ("Portline Terminals",),
        ),
        (
            "The Sindicato dos Estivadores do Sul agreed on Thursday to end the strike that has "
            "paralysed Porto Alvarim since March 5, after the concession holder, Terminais "
            "Atlânticos & Logística SA, promised that there would be no compulsory "
            "redundancies. Under the deal, the company will rehire 45 workers dismissed in "
            "January.",
            "rehire",
            ("Terminais Atlânticos & Logística SA",),
        ),
        (
            "The National Investment Board approved a grant of €12 million for Halverson "
            "Laboratories on Monday. The company has agreed to keep at least 380 people "
            "employed at the site.",
            "keep",
            ("Halverson Laboratories",),
        ),
    ],
)
def test_the_company_is_not_a_union_a_board_or_a_community(text, verb, actor):
    assert _actors(text, verb) == [actor]
