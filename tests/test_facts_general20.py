"""Tests of the twentieth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _actors(text: str, verb: str) -> list[tuple[str, ...]]:
    return [row[0] for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "The Chapter of X", "the Registry of X"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Chapter of Holmcaster Cathedral has agreed to sell the Deanery Close site to "
            "a housing trust.",
            "sell",
            "Chapter of Holmcaster Cathedral",
        ),
        (
            "Northgate Credit Union agreed to take over the lender. The transfer was approved "
            "by the Registry of Mutual Societies on Friday.",
            "approved",
            "Registry of Mutual Societies",
        ),
    ],
)
def test_a_body_named_with_of_keeps_its_whole_name(text, verb, actor):
    assert _actors(text, verb) == [(actor,)]


# ------------------------------------------------ "Union president X said the union would"


def test_a_short_head_before_a_role_is_the_body_named_in_full():
    text = (
        "The Farmworkers' Union of Lindhaven refused to endorse the scheme on Monday. Union "
        "president Greta Halvorsen said the union would not sign the sector's code of conduct."
    )
    assert _actors(text, "sign") == [("Farmworkers' Union of Lindhaven",)]


# ------------------------------------------------ "The Green Bloc's five deputies"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Marvonian government lost a confidence vote on Tuesday. The Green Bloc's "
            "five deputies voted against the government.",
            "voted",
            "Green Bloc",
        ),
        (
            "Two parties formed a pact on Harwick County Council. Labour's two councillors "
            "have agreed to support the pact.",
            "support",
            "Labour",
        ),
    ],
)
def test_a_partys_legislators_act_for_the_party(text, verb, actor):
    assert _actors(text, verb) == [(actor,)]


# ------------------------------------------------ "Minister of A, B and C <name>"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Deputy Minister of Culture, Sport and Youth Affairs Halvard Brenn said: “We have "
            "listened to the clubs.”",
            "Halvard Brenn",
        ),
        (
            "“We have heard the message,” said Deputy Minister of Culture, Heritage and Media "
            "Ondrej Palvik.",
            "Ondrej Palvik",
        ),
        (
            "“We would cut fees if we could,” Provincial Minister for Finance, Infrastructure "
            "and Regional Cohesion Margit Haldersen said.",
            "Margit Haldersen",
        ),
        (
            "Minister of Foreign Affairs, International Trade and Worship Gustavo Alcorta "
            "said: “We will sign it this year.”",
            "Gustavo Alcorta",
        ),
        (
            "“This is a rescue, not a sale,” said Secretary of State for Treasury and Public "
            "Holdings Carolina Meireles Prata.",
            "Carolina Meireles Prata",
        ),
        (
            "“We will not sell the rights,” said Minister of State for Youth, Sport and "
            "Digital Affairs Tanvi Osei.",
            "Tanvi Osei",
        ),
    ],
)
def test_a_ministers_portfolio_list_is_not_part_of_the_speakers_name(text, speaker):
    assert [q.speaker for q in extracted(text).quotes] == [speaker]


# ------------------------------------------------ "Union of Journalists and Editors"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Kessendor Union of Journalists and Editors would challenge the act in court.",
            "Kessendor Union of Journalists and Editors",
        ),
        (
            "The Ministry of Youth, Sport and Digital Affairs said it would waive the 8% "
            "broadcast levy.",
            "Ministry of Youth, Sport and Digital Affairs",
        ),
        (
            "The Department of Housing, Local Government and Heritage would not intervene in "
            "the sale.",
            "Department of Housing, Local Government and Heritage",
        ),
        (
            "The Amalgamated Union of Transport and General Workers would not accept any cut "
            "to crew sizes.",
            "Amalgamated Union of Transport and General Workers",
        ),
    ],
)
def test_a_bodys_remit_listed_after_of_is_part_of_its_name(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


def test_two_names_after_of_stay_two_parties():
    text = "The Bank of Ostmark and Veskar agreed to swap currencies worth $2 billion."
    assert [row[0] for row in facts_of(text)] == [("Bank of Ostmark", "Veskar")]


# ------------------------------------------------ "Ministerio de Trabajo y Economía Social"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Ministerio de Economía y Hacienda said it would protect cash transfers to the "
            "poorest 1.2 million households.",
            "Ministerio de Economía y Hacienda",
        ),
        (
            "The Consejo de Pueblos del Salar de Uyuma rejected the agreement on Friday.",
            "Consejo de Pueblos del Salar de Uyuma",
        ),
        (
            "The Confederación de la Producción y del Comercio refused to back the bill.",
            "Confederación de la Producción y del Comercio",
        ),
        (
            "The Alianza por la Libertad y el Progreso voted against the bill.",
            "Alianza por la Libertad y el Progreso",
        ),
        (
            "The Confederación General del Trabajo rejected the job cuts.",
            "Confederación General del Trabajo",
        ),
        (
            "The Unión de Trabajadores Portuarios y Afines refused to endorse the award.",
            "Unión de Trabajadores Portuarios y Afines",
        ),
    ],
)
def test_a_spanish_or_portuguese_bodys_name_runs_through_its_small_words(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


# ------------------------------------------------ titles before a speaker's name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We listened, and we got this one wrong,” Caprock Regional Health CEO Dr. Alan "
            "Whitcomb said in a written statement.",
            "Alan Whitcomb",
        ),
        (
            "“Platforms that operate here must follow our law,” Minister of State Devika Rao "
            "told reporters.",
            "Devika Rao",
        ),
        (
            "“Good roads are the cheapest security any country can buy,” Meridia's High "
            "Commissioner, Tomas Ekwall, told the signing ceremony.",
            "Tomas Ekwall",
        ),
        (
            "“We cannot promise a freeze when costs are moving,” said Atty. Benjie Soliman, "
            "Tiraya's legal counsel.",
            "Benjie Soliman",
        ),
    ],
)
def test_a_speakers_titles_are_not_the_speaker(text, speaker):
    assert [q.speaker for q in extracted(text).quotes] == [speaker]


# ------------------------------------------------ names that run on past a country


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The National Union of Metalworkers of South Africa has signed a wage agreement "
            "with the utility.",
            "National Union of Metalworkers of South Africa",
        ),
        (
            "Tamrose & Sons Construction Nigeria Ltd has promised to complete the project by "
            "March.",
            "Tamrose & Sons Construction Nigeria Ltd",
        ),
    ],
)
def test_a_country_inside_a_bodys_name_stays_in_it(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


def test_a_name_word_the_parser_took_for_an_auxiliary_is_no_part_of_the_action():
    text = (
        "The Companhia de Saneamento Básico do Estado do Itaperu (Sabitu) will invest R$4.2 "
        "billion over the next four years."
    )
    assert [(row[0], row[1]) for row in facts_of(text)] == [
        (("Companhia de Saneamento Básico do Estado do Itaperu",), "will invest")
    ]


def test_three_named_bodies_listed_after_the_first_are_one_group():
    text = (
        "The Ghana National Association of Teachers (GNAT), the National Association of "
        "Graduate Teachers (NAGRAT) and the Coalition of Concerned Teachers (CCT-GH) said in "
        "a joint statement that their members would return to the classroom on Monday."
    )
    assert [row[0] for row in facts_of(text)] == [
        (
            "Ghana National Association of Teachers",
            "National Association of Graduate Teachers",
            "Coalition of Concerned Teachers",
        )
    ]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "Rask Athletic and SK Morvena voted against the deal, arguing that later kick-off "
            "times would hurt attendances.",
            ("Rask Athletic", "SK Morvena"),
        ),
        (
            "The Court of Arbitration for Sport rejected an appeal by the World Anti-Doping "
            "Agency.",
            ("Court of Arbitration for Sport",),
        ),
    ],
)
def test_a_name_the_parse_split_stays_whole(text, actors):
    assert [row[0] for row in facts_of(text)] == [actors]


def test_the_county_after_its_county_council_is_the_council():
    text = (
        "Dunmere County Council and the Amalgamated Union of Transport and Municipal Workers "
        "agreed a 6.5% pay rise for drivers. Under the agreement, the county will also pay a "
        "one-off £750 bonus to each worker."
    )
    assert [row[0] for row in facts_of(text)] == [
        ("Dunmere County Council", "Amalgamated Union of Transport and Municipal Workers"),
        ("Dunmere County Council",),
    ]
