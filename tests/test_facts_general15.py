"""Tests of the fifteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "it" is no place named only as a destination


def test_it_is_not_a_place_named_inside_the_last_object():
    text = (
        "The Hellwig group works council, chaired by Dagmar Strobl, said it would not sign any "
        "agreement that included the relocation to Brno. It also rejected a €40 million fund "
        "that management had offered in September."
    )
    assert all(r[0] != ("Brno",) for r in _rows(text, "rejected"))


def test_it_is_still_the_country_that_was_the_subject():
    text = (
        "Kessara signed the accord with Dravonia on Monday. "
        "It also agreed to reopen the border crossing at Ulm."
    )
    assert [r[0] for r in _rows(text, "agreed to reopen")] == [("Kessara",)]


# ------------------------------------------------ the names of church bodies


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Not everyone was persuaded. The House of Laity rejected an amendment that would "
            "have kept the largest schools in church hands.",
            "rejected",
            "House of Laity",
        ),
        (
            "The Sisters of the Holy Rood will transfer patronage of the schools to the Shannon "
            "Schools Trust from September.",
            "will transfer",
            "Sisters of the Holy Rood",
        ),
    ],
)
def test_a_church_body_named_with_of_is_one_name(text, verb, actor):
    assert [r[0] for r in _rows(text, verb)] == [(actor,)]


def test_church_in_a_country_is_one_name():
    text = (
        "The Reformed Church in Kastrelia voted on Saturday to transfer 38 of its primary "
        "schools to the education ministry."
    )
    assert [r[0] for r in _rows(text, "transfer")] == [("Reformed Church in Kastrelia",)]


def test_general_opens_the_name_of_a_synod_or_assembly():
    text = (
        "The General Assembly of the Presbyterian Church of Caledra voted on Tuesday to sell "
        "the church's shares in companies that make weapons."
    )
    assert [r[0] for r in _rows(text, "sell")] == [
        ("General Assembly of the Presbyterian Church of Caledra",)
    ]


# ------------------------------------------------ a surname with its particle


def test_a_surname_with_al_is_the_full_name():
    text = (
        '"Cornerstone demand tells us that long-term money understands value," said Layla Al '
        "Suwaidi, chief executive of Wahat Utilities. Ms Al Suwaidi ruled out increasing the "
        "size of the offering, saying the company wanted an orderly aftermarket."
    )
    assert [r[0] for r in _rows(text, "ruled out")] == [("Layla Al Suwaidi",)]


def test_a_quote_of_al_ketbi_is_saif_rashid_al_ketbi():
    text = (
        "The announcement was made by Dr Saif Rashid Al Ketbi, chairman of the Madhar Free "
        'Trade Zone Authority. "We want the zone to be the place where a company builds its '
        'first warehouse, not its third," Dr Al Ketbi said.'
    )
    assert {q.speaker for q in extracted(text).quotes} == {"Saif Rashid Al Ketbi"}


# ------------------------------------------------ a wire agency's credit is no actor


@pytest.mark.parametrize("credit", ["(Bloomberg) --", "(Reuters) -", "(AP) —"])
def test_a_wire_agency_in_brackets_opening_the_story_is_no_actor(credit):
    text = (
        f"{credit} Veldra’s coalition government agreed to extend a cap on household gas "
        "prices at 11 cents per kilowatt-hour until the end of March."
    )
    assert [r[0] for r in _rows(text, "agreed to extend")] == [("Veldra",)]


# ------------------------------------------------ the outlet a source spoke to


def test_the_company_is_not_the_outlet_its_chief_spoke_to():
    text = (
        "Sarvenia’s government and Ferrox Resources have signed a revised mining convention, "
        "the mines minister announced on Thursday.\n\n"
        "The miner said it would begin construction of the railway within six months of "
        "Parliament ratifying the convention. A date for the vote has not yet been set.\n\n"
        "Ferrox CEO Darius Menk told Mining Weekly that the company had not agreed to a "
        "government request to build a pellet plant in the country."
    )
    assert [r[0] for r in _rows(text, "had not agreed")] == [("Ferrox Resources",)]


# ------------------------------------------------ "A and <trade> <Name>"


def test_a_described_second_actor_is_named_by_the_name_after_its_trade():
    text = (
        "Sarvenia’s government and iron ore miner Ferrox Resources have signed a revised "
        "mining convention for the Mount Ilvar project."
    )
    assert [r[0] for r in _rows(text, "signed")] == [("Sarvenia", "Ferrox Resources")]


# ------------------------------------------------ "the diocese", "the synod", "the parish"


def test_the_diocese_is_the_diocese_named_before():
    text = (
        "The Roman Catholic Diocese of Kellmarsh has agreed to join the national redress "
        "scheme.\n\n"
        "Bishop Caspar Oyelowo-Brandt said the diocese would contribute €6.5 million to the "
        "scheme's fund over five years.\n\n"
        "The scheme's chair said Kellmarsh was the ninth religious body to join.\n\n"
        "But the diocese has refused to release survivors from confidentiality clauses."
    )
    rows = [r for r in facts_of(text) if r[1] in ("would contribute", "has refused to release")]
    assert [r[0] for r in rows] == [("Roman Catholic Diocese of Kellmarsh",)] * 2


def test_the_hospice_board_is_the_hospice():
    text = (
        "The Castellane Foundation said it would not consider a fresh application from Kelby "
        "Children's Hospice before 2027.\n\n"
        "The hospice's board of trustees said it would press ahead with construction."
    )
    assert [r[0] for r in _rows(text, "press ahead")] == [("Kelby Children's Hospice",)]


# ------------------------------------------------ "X Holding Chairperson Y said the group would"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Kuzeykapı consortium is led by Taşkın Holding and Rimal Airports. Taşkın "
            "Holding Chairperson Selin Taşkın said the group would fund its share of the "
            "investment from its own balance sheet.",
            "would fund",
            "Taşkın Holding",
        ),
        (
            "The Kuzeykapı consortium is led by Taşkın Holding and Rimal Airports. Rimal "
            "Airports CEO Sultan Al Habsi said the company would second 120 operations staff "
            "from its Gulf hubs.",
            "would second",
            "Rimal Airports",
        ),
    ],
)
def test_the_company_of_a_chief_named_with_it(text, verb, actor):
    assert [r[0] for r in _rows(text, verb)] == [(actor,)]


# ------------------------------------------------ the sentence's full stop is no part of a name


def test_a_name_closing_a_sentence_that_was_not_parsed_loses_the_full_stop():
    text = (
        "Sales rose in Germany and Norway. "
        "Exports to Lumeris Inc. and Halden Co. fell in Mexico and Burma."
    )
    names = {e.name for e in extracted(text).entities}
    assert {"Norway", "Burma", "Lumeris Inc.", "Halden Co."} <= names
    assert not {"Norway.", "Burma."} & names


# ------------------------------------------------ a company called by its first word


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Kestrel Lithium has signed a deal with Hanbit Materials. "
            "Hanbit will prepay $85mn for the first deliveries.",
            "will prepay",
            "Hanbit Materials",
        ),
        (
            "Two funds have agreed to buy shares in the initial public offering of Wahat "
            "Utilities, the state-owned water and power company said on Monday.\n\n"
            "Wahat will sell 1.5 billion shares on the Qasr Securities Exchange.",
            "will sell",
            "Wahat Utilities",
        ),
    ],
)
def test_the_first_word_of_a_company_name_is_the_company(text, verb, actor):
    assert [r[0] for r in _rows(text, verb)] == [(actor,)]


def test_diocese_is_no_demonym():
    text = (
        "The Roman Catholic Diocese of Kellmarsh has agreed to join the national redress "
        "scheme for survivors of institutional abuse."
    )
    assert [r[0] for r in _rows(text, "agreed to join")] == [
        ("Roman Catholic Diocese of Kellmarsh",)
    ]


def test_the_chapter_is_the_cathedral_chapter_named_before():
    text = (
        "The Chapter of Holmcaster Cathedral has agreed to sell the Deanery Close site to a "
        "housing trust.\n\n"
        "The dean, the Very Rev. Dr Simeon Achterberg, said the chapter had turned down two "
        "higher bids from commercial developers."
    )
    assert [r[0] for r in _rows(text, "turned down")] == [("Chapter of Holmcaster Cathedral",)]


# ------------------------------------------------ "the bishop said", "the chairman said"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bishop Caspar Oyelowo-Brandt said the diocese would contribute €6.5 million to "
            'the fund.\n\n"Those agreements were entered into freely, with legal advice on both '
            'sides," the bishop said.',
            "Caspar Oyelowo-Brandt",
        ),
        (
            "The agreement was signed by group chairman Hisham El-Sawaf and vice-chairman "
            'Ayman Farid.\n\n"We have been in this business since 1962, and we have never sold '
            'a share," the chairman said.',
            "Hisham El-Sawaf",
        ),
    ],
)
def test_a_title_alone_speaks_for_the_one_person_given_it(text, speaker):
    assert [q.speaker for q in extracted(text).quotes] == [speaker]


# ------------------------------------------------ people named by their first name


def test_a_minister_called_by_first_name_stays_a_person():
    text = (
        "Mongolia will impose a 20% windfall tax on coal export revenue, Finance Minister "
        "Ganbold Tserenpuntsag said on Monday.\n\n"
        "The government would not extend the levy to copper producers, Ganbold told a news "
        "conference.\n\n"
        "It also pledged to keep the price of coal sold to domestic power plants capped."
    )
    assert [r[0] for r in _rows(text, "pledged")] == [("Mongolia",)]


def test_ms_and_a_first_name_is_a_woman_who_speaks():
    text = (
        "District chief Somkiat Chanprasert said the office would waive stall rents for six "
        'months. "Nobody wants to push people off the pavement," Mr Somkiat said.\n\n'
        "The vendors' association, led by noodle seller Jintana Wongsuwan, rejected the offer. "
        "Ms Jintana said the association would accept the move only if no new vendors came.\n\n"
        '"We have sold here since my mother\'s time," she said.'
    )
    quotes = {q.quote[:12]: q.speaker for q in extracted(text).quotes}
    assert quotes["We have sold"] == "Jintana Wongsuwan"


def test_coal_ends_a_company_name():
    text = (
        "Mongolia will impose a windfall tax on coal exports from January, Finance Minister "
        "Ganbold Tserenpuntsag said on Monday.\n\n"
        '"Coal companies have earned extraordinary profits on the back of extraordinary '
        'prices," Ganbold said.\n\n'
        "Khangai Coal, the country's largest exporter, said it would pay the levy without "
        "raising prices."
    )
    assert [r[0] for r in _rows(text, "would pay")] == [("Khangai Coal",)]


def test_board_members_are_the_board_named_before():
    text = (
        "The Northmoor Health Board has approved plans for a £48 million cancer treatment "
        "centre at Tarrowby General Hospital.\n\n"
        "Board members also agreed to transfer £3 million from the capital reserve to pay for "
        "design work."
    )
    assert [r[0] for r in _rows(text, "agreed to transfer")] == [("Northmoor Health Board",)]


# ------------------------------------------------ what a measure would do is no promise


@pytest.mark.parametrize("verb", ["deter", "hurt", "undermine", "discourage"])
def test_what_a_body_says_a_levy_would_do_is_no_commitment(verb):
    text = (
        "The Veldran Offshore Association, which had urged the government to scrap the levy, "
        f"said it would {verb} investment in new fields."
    )
    assert _rows(text, verb) == []


# ------------------------------------------------ "committed to keeping", "voted against accepting"


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Brennik Motors committed to keeping the plant in Lantria for at least 15 years.",
            (("Brennik Motors",), "committed to keeping", "the plant", "positive"),
        ),
        (
            "The Harlsey Food Bank Network has voted against accepting a £250,000 donation "
            "from LuckyMarten.",
            (
                ("Harlsey Food Bank Network",),
                "has voted against accepting",
                "a £250,000 donation from LuckyMarten",
                "negative",
            ),
        ),
    ],
)
def test_a_gerund_after_commit_to_or_vote_against_is_the_action(text, row):
    assert facts_of(text) == [row]
