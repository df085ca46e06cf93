"""Tests of the fourteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ trades that end a company's name


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Tarrow Valley Coach Lines has agreed to hire the district's drivers. "
            "The company said it would keep the starting wage at $21 an hour.",
            "Tarrow Valley Coach Lines",
        ),
        (
            "Eastgate Fresh Market will close its Delling Street store next month. "
            "The company said it would offer jobs at its other stores to all 38 employees.",
            "Eastgate Fresh Market",
        ),
    ],
)
def test_lines_and_market_end_a_company_name(text, actor):
    rows = [r for r in facts_of(text) if r[1] in ("would keep", "would offer")]
    assert [r[0] for r in rows] == [(actor,)]


# ------------------------------------------------ a headline's lone noun is no name


def test_a_lone_capitalised_noun_in_an_entry_title_is_not_the_government():
    text = (
        "Tarvia had refused to change the signage law, which the Supreme Court struck down "
        "on Tuesday.\n\n11:42 a.m.\nGovernment won't appeal\n\n"
        "Justice Minister Ilse Vormann said the government would not appeal the ruling."
    )
    rows = _rows(text, "appeal")
    assert [r[0] for r in rows] == [("Tarvia",)]


# ------------------------------------------------ "the lender": the one company, however far back


def test_the_lender_is_the_one_company_named_even_many_sentences_back():
    text = (
        "Market towns lose their banks\n\nBy Harriet Coyle, Business Reporter\n\n"
        "Pennock & Wold Bank will close 41 branches across Yorkshire next year, it said. "
        'Shoppers in Thirsk were angry. "I don\'t do my banking on a phone," said Sarah '
        'Milburn, 67. "Where am I supposed to pay in my pension?" Campaigners said older '
        "customers would suffer most. Rob Tennant, who has run the Thirsk branch since 2009, said "
        'the decision had not been taken lightly. "Fewer than one in ten customers visit a branch," he '
        "said. Tennant said the lender would not reverse any of the closures."
    )
    rows = _rows(text, "reverse")
    assert [r[0] for r in rows] == [("Pennock & Wold Bank",)]


def test_the_company_stays_unnamed_when_the_story_keeps_naming_another():
    text = (
        "Metrovest buys up Calderbank insurer. Calderbank has sold its Harlow Life insurance "
        "arm to Metrovest for $11.5bn. Profit growth at Harlow Life has lagged. For Metrovest, "
        "the purchase gives it a larger network. Analysts were divided. One said the price was "
        "high. The company will pay between $1bn and $3bn in Metrovest stock."
    )
    rows = _rows(text, "pay")
    assert [r[0] for r in rows] in ([("The company",)], [("Metrovest",)], [])


# ------------------------------------------------ "the regulator" and "The Central Bank of X"


def test_the_regulator_is_the_authority_named_before():
    text = (
        "Three car lenders will repay customers under a scheme set by the Financial Conduct "
        "Authority of Caldria on Monday. Quaystone denied that it had broken any rules. "
        "The regulator rejected Quaystone's request to pay its share in instalments."
    )
    rows = _rows(text, "rejected")
    assert [r[0] for r in rows] == [("Financial Conduct Authority of Caldria",)]


def test_the_regulator_is_not_a_company_named_before():
    # guard: no regulating body named, "the regulator" stays as written
    text = (
        "Quaystone Loans denied that it had broken any rules. The regulator rejected "
        "Quaystone's request to pay its share in instalments."
    )
    rows = _rows(text, "rejected")
    assert [r[0] for r in rows] == [("The regulator",)]


def test_a_body_after_the_in_a_sentence_not_parsed_is_a_name():
    text = (
        "ZAHRAAN CITY, 5 May — The Central Bank of Zahraan has ordered all banks to cap "
        "monthly loan repayments at 40 per cent of salary.\n\n"
        "The regulator said it would exempt housing loans from the cap."
    )
    rows = _rows(text, "exempt")
    assert [r[0] for r in rows] == [("Central Bank of Zahraan",)]


# ------------------------------------------------ "the rebels", "the army" of a conflict story


def test_the_rebels_and_the_army_are_the_groups_named_before():
    text = (
        "The Torvane Defence Forces and the rebel Eastern Hills Movement have agreed to "
        "exchange 212 prisoners, officials said on Sunday.\n\n"
        "The agreement was signed by the army chief of staff and the movement's deputy "
        "commander at a closed session in the capital. Under its terms, the army will release "
        "140 detainees held at Bakumi military prison and the rebels will free 72 soldiers "
        "captured during the siege of Gashi."
    )
    assert [r[0] for r in _rows(text, "release")] == [("Torvane Defence Forces",)]
    assert [r[0] for r in _rows(text, "free")] == [("Eastern Hills Movement",)]


def test_the_rebels_stay_unnamed_when_no_group_was_called_rebel():
    # guard: a movement named without "rebel" is not who "the rebels" are
    text = (
        "The Eastern Hills Movement held a congress on Saturday.\n\n"
        "In the south, the rebels will free 72 soldiers captured during the siege of Gashi."
    )
    assert ("Eastern Hills Movement",) not in [r[0] for r in _rows(text, "free")]


# ------------------------------------------------ "both militias": the two named before


def test_both_militias_are_the_two_named_before():
    text = (
        "Clan elders have brokered a truce between the Harud and Wajeel militias, who have "
        "fought over water points near Garbahaan since July.\n\n"
        "Both militias agreed to withdraw their gunmen from the Buulo Madow wells."
    )
    assert [r[0] for r in _rows(text, "withdraw")] == [("Harud", "Wajeel")]


def test_both_clans_are_not_the_two_elders_who_signed():
    # guard: the pair named last are people; the clans are not them
    text = (
        "The land dispute between two clans in Rwabunyonyi was settled on Friday. "
        "The agreement was signed by Yonas Bagonza and Stephen Kaahwa.\n\n"
        "Both clans agreed to withdraw the court cases."
    )
    assert ("Yonas Bagonza", "Stephen Kaahwa") not in [r[0] for r in _rows(text, "withdraw")]


# ------------------------------------------------ "a group of donors led by X"


def test_a_group_led_by_a_named_body_is_that_body():
    text = (
        "Vennland's finance minister said the government would contribute $12 million, and a "
        "coalition of charities led by the Arden Relief Trust pledged a further $9 million."
    )
    assert [r[0] for r in _rows(text, "pledged")] == [("Arden Relief Trust",)]
    text = (
        "Marlow Trust Bank has accepted a takeover offer from Crestline Bank. A group of "
        "small shareholders led by the Ebora Investment Club voted against the deal."
    )
    assert [r[0] for r in _rows(text, "voted against")] == [("Ebora Investment Club",)]


# ------------------------------------------------ a name split at its curly apostrophe


def test_a_name_with_a_curly_apostrophe_stays_whole():
    text = (
        "Members of the Harbour Pilots’ Guild voted 812 to 344 to accept the offer, the union said."
    )
    assert [r[0] for r in _rows(text, "accept")] == [("Harbour Pilots’ Guild",)]


# ------------------------------------------------ a capitalised ordinal opens a name


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "A spokesman for the Fourth Army Region said the region would honour the truce.",
            "Fourth Army Region",
        ),
        (
            "The First Merchant Bank of Kessa said it would cut its fees.",
            "First Merchant Bank of Kessa",
        ),
    ],
)
def test_a_capitalised_ordinal_opens_an_organisation_name(text, actor):
    assert actor in {a for r in facts_of(text) for a in r[0]}


def test_an_ordinal_adverb_is_not_part_of_a_name():
    # guard: "First, the council ..." is an adverb, not a name
    rows = facts_of("First, Halvern Borough Council agreed to cut parking fees.")
    assert [r[0] for r in rows] == [("Halvern Borough Council",)]


# ------------------------------------------------ "the province" after "the province of X"


def test_the_province_is_the_one_named_as_the_province_of_x():
    text = (
        "About 38,000 nurses remain on strike across the province of Marrow.\n\n"
        "The province has offered raises of 4 per cent a year over three years."
    )
    assert [r[0] for r in _rows(text, "offered")] == [("Marrow",)]


# ------------------------------------------------ a passive in the simple present is a state


@pytest.mark.parametrize(
    "text",
    [
        "Prairie Public Radio is supported by listeners like you.",
        "RNS is approved by the Financial Conduct Authority as a Primary Information Provider.",
    ],
)
def test_a_simple_present_passive_is_no_commitment(text):
    assert facts_of(text) == []


def test_a_past_or_future_passive_still_commits():
    # guard: "was approved by" and "will be signed by" are events
    rows = facts_of("The budget was approved by Halvern Borough Council on Monday.")
    assert [r[0] for r in rows] == [("Halvern Borough Council",)]


# ------------------------------------------------ "two groups in X, the A and the B,"


def test_two_groups_named_in_apposition_after_a_place_are_the_pair():
    text = (
        "JUBA — Two armed youth groups in Lakes State, the Rumbek Youth Union and the Yirol "
        "Youth Association, on Friday signed a pact to end months of cattle raids."
    )
    rows = _rows(text, "signed")
    assert [r[0] for r in rows] == [("Rumbek Youth Union", "Yirol Youth Association")]


def test_a_list_of_places_keeps_its_first_place():
    # guard: "Kenya, Tanzania and Mozambique" is a list, not a place and a pair
    rows = facts_of("Kenya, Tanzania and Mozambique will rotate command of the force.")
    assert [r[0] for r in rows] == [("Kenya", "Tanzania", "Mozambique")]


# ------------------------------------------------ honorifics of state media


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "His Highness Sheikh Rashid bin Saif Al Kaabi pledged $400 million in loans to Mbera.",
            "Rashid bin Saif Al Kaabi",
        ),
        (
            "His Royal Highness Prince Talal bin Fahd accepted the invitation to visit Orsadia.",
            "Talal bin Fahd",
        ),
        ("H.E. Karim Bensaleh agreed to hold the next session in Veridia.", "Karim Bensaleh"),
    ],
)
def test_an_honorific_is_no_name(text, actor):
    assert [r[0] for r in facts_of(text)] == [(actor,)]


# ------------------------------------------------ buying rights is a deal done


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Lumora has acquired exclusive worldwide streaming rights to the anime Glass Harbor.",
            "has acquired",
        ),
        (
            "Pellwick Films picked up international rights to the documentary Iron Roads.",
            "picked up",
        ),
        ("Harrow & Lane has bought world English-language rights to the memoir.", "has bought"),
    ],
)
def test_acquiring_rights_is_a_commitment(text, action):
    assert [r[1] for r in facts_of(text)] == [action]


def test_buying_other_things_is_no_commitment():
    # guard: only rights are a deal done by buying them
    assert facts_of("Lumora has acquired a new office building in Harrow.") == []


# ------------------------------------------------ "Promoter X", "Streamer Y" open a sentence


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Promoter Harvest Moon Live said it would pay £200,000 into a fund.", "Harvest Moon Live"),
        ("Streamer Kestrelview will pay $2 million per episode of the series.", "Kestrelview"),
        ("Airline Skyvale will cut 300 jobs at its Harrow base.", "Skyvale"),
    ],
)
def test_a_trade_opening_the_sentence_is_not_part_of_the_name(text, actor):
    assert [r[0] for r in facts_of(text)] == [(actor,)]


# ------------------------------------------------ "Kelmari Prime Minister X ... his government"


def test_his_government_is_the_country_of_the_demonym_before_his_title():
    text = (
        "Orsadian President Dauren Tashkel held talks on Tuesday with visiting Kelmari Prime "
        "Minister Aziz Ben Harrak in Velmara. Tashkel said Orsadia would grant duty-free access "
        "to 120 categories of Kelmari farm goods. Orsadia's state energy company will supply gas "
        "to Kelmar.\n\n"
        "Ben Harrak, for his part, said his government would not impose new tariffs on "
        "Orsadian machinery."
    )
    assert [r[0] for r in _rows(text, "impose")] == [("Kelmar",)]


# ------------------------------------------------ "the district" of a US school system


def test_the_district_is_the_school_system_named_before():
    text = (
        "Harlan City Schools will cut 40 teaching posts, officials said. Superintendent "
        "Dr. Celeste Amari said the district would not close any of its nine elementary "
        "buildings next year."
    )
    assert [r[0] for r in _rows(text, "close")] == [("Harlan City Schools",)]


# ------------------------------------------------ bare "management" is the company's


def test_management_is_the_company_named_before():
    text = (
        "The Tarnwick Pilots Association said it had walked away from the talks with Corlan "
        "Air. Management balked at a proposal to cap monthly flying hours at 85, the union said."
    )
    assert [r[0] for r in _rows(text, "balked")] == [("Corlan Air",)]


# ------------------------------------------------ "her client": whose lawyer speaks


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Otto Renvik was convicted on Monday. Renvik's lawyer, Ines Marrow, said outside "
            "court that her client would appeal the verdict.",
            "Otto Renvik",
        ),
        (
            "The Harrow Water Defence Committee has settled its claim. The committee's lawyer, "
            "Javier Soto, said his clients would withdraw a separate criminal complaint.",
            "Harrow Water Defence Committee",
        ),
    ],
)
def test_the_client_of_a_lawyer_who_speaks_is_whose_lawyer_he_is(text, actor):
    rows = [r for r in facts_of(text) if r[1] in ("would appeal", "would withdraw")]
    assert [r[0] for r in rows] == [(actor,)]


def test_her_department_is_the_ministry_named_before():
    text = (
        "Nurses at Kelmar's public hospitals accepted a pay offer from the Ministry of Health "
        "on Friday. Health Minister Odile Farrant said her department would begin paying the "
        "new rates in the July pay round."
    )
    assert [r[0] for r in _rows(text, "paying")] == [("Ministry of Health",)]
