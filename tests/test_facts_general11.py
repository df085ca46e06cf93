"""Tests of the eleventh round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _actors(text: str, verb: str) -> set[tuple[str, ...]]:
    return {a for a, action, _, _ in facts_of(text) if verb in action}


# ------------------------------------------------ a counted plural and the names it counts


def test_a_counted_plural_is_the_list_the_next_sentence_makes_its_subject():
    text = (
        "Three regional lenders have agreed to refinance the Halvard toll road.\n\n"
        "Brenna Savings, Ostmark Bank and Coastway Credit will each take a third of the loan."
    )
    assert ("Brenna Savings", "Ostmark Bank", "Coastway Credit") in _actors(
        text, "have agreed to refinance"
    )


def test_the_counted_plural_means_the_list_of_that_many_before_it():
    text = (
        "Brenna Savings, Ostmark Bank and Coastway Credit signed the loan last year.\n\n"
        "The three lenders have agreed to refinance the Halvard toll road."
    )
    assert _actors(text, "have agreed to refinance") == {
        ("Brenna Savings", "Ostmark Bank", "Coastway Credit")
    }


def test_a_counted_plural_is_not_a_list_of_another_count_or_a_later_non_subject():
    # guard: the next sentence's pair is not the subject, so the two are not Velm and Ostra
    text = (
        "The motion failed after two member states voted against it.\n\n"
        "Nine countries backed the text, which was drafted by Velm and Ostra."
    )
    assert ("Velm", "Ostra") not in _actors(text, "voted against")


# ------------------------------------------------ "the city" of a city named only in its bodies


@pytest.mark.parametrize(
    "body, said, place",
    [
        (
            "the Marrow Falls City Council",
            "the city will hire 40 more firefighters",
            "Marrow Falls",
        ),
        (
            "the Pell County Board of Supervisors",
            "the county will hire 40 more firefighters",
            "Pell County",
        ),
    ],
)
def test_the_city_named_only_in_its_council_is_the_place(body, said, place):
    text = (
        f"The contract was approved by {body} on Tuesday by 5 votes to 2.\n\n"
        f"Under the agreement, {said} by next June."
    )
    assert _actors(text, "will hire") == {(place,)}


# ------------------------------------------------ "the club" paragraphs after the lead named it


_LEAD = (
    "Kilbrack Harriers RFC has signed a 20-year lease with Dunmore County Council for the old "
    "showgrounds.\n\n"
    "The lease was approved at a meeting on Monday night.\n\n"
    "Residents had raised concerns about parking on match days.\n\n"
    "Councillor Aine Doyle said it was good news for the town.\n\n"
    "The new pavilion will be finished next spring.\n\n"
)


def test_a_description_far_from_any_name_is_the_company_the_lead_named():
    text = _LEAD + "The club said it would provide stewards for all home fixtures."
    assert _actors(text, "would provide") == {("Kilbrack Harriers RFC",)}


def test_a_description_far_from_any_name_is_not_a_lead_naming_someone_else():
    # guard: the lead names the seller and the buyer; "the company" may be either
    text = (
        "Morvane Holdings has sold its insurance arm to Pellidor for $2bn.\n\n"
        "The deal was announced on Monday.\n\n"
        "Analysts had expected a higher price.\n\n"
        "The arm had sales of $5bn last year.\n\n"
        "Its staff were told on Friday.\n\n"
        "The council will also pay the first instalment.\n\n"
        "The company will pay between $1bn and $3bn in shares."
    )
    assert ("Morvane Holdings",) not in _actors(text, "will pay")


# ------------------------------------------------ names that open with an accented capital


@pytest.mark.parametrize("name", ["Ōtarewa District Council", "Łęczna Town Council"])
def test_a_name_opening_with_an_accented_or_macron_capital_is_whole(name):
    text = f"{name} has agreed to fund the bus route until July."
    assert _actors(text, "has agreed to fund") == {(name,)}


# ------------------------------------------------ a place's government is the place


def test_a_places_government_acts_as_the_place():
    text = (
        "Marvola's government and the Halden Creditor Committee agreed on Wednesday to "
        "restructure $2.1 billion of bilateral loans."
    )
    assert _actors(text, "to restructure") == {("Marvola", "Halden Creditor Committee")}


def test_a_companys_government_affairs_unit_is_not_the_company():
    # guard: the owner must be a place
    text = "Pellam Steel's government relations office has agreed to publish its lobbying spend."
    assert ("Pellam Steel",) not in _actors(text, "has agreed to publish")


# ------------------------------------------------ a board stands for what it runs


def test_a_board_of_trustees_is_the_school_it_runs_then_and_later():
    text = (
        "The board of trustees at Kereru Valley School has agreed to keep composite classes "
        "next year.\n\n"
        "Board chair Hemi Pohatu said the roll had grown to 212.\n\n"
        "The board would not introduce a cap on enrolments this year, he said."
    )
    assert _actors(text, "has agreed to keep") == {("Kereru Valley School",)}
    assert _actors(text, "would not introduce") == {("Kereru Valley School",)}


def test_the_boards_of_two_trusts_are_not_one_owner():
    # guard
    text = "The boards of Elmfield Trust and Dunmore Trust have approved the merger."
    assert ("Elmfield Trust",) not in _actors(text, "have approved")


# ------------------------------------------------ saints' names in the names of bodies


def test_a_saints_possessive_stays_inside_the_name_of_a_body():
    board = (
        "The board of management of St Brigid's Community School has refused to reverse its "
        "decision to make blazers compulsory."
    )
    assert _actors(board, "has refused") == {("St Brigid's Community School",)}
    shop = (
        "A charity shop that has raised money for St Aldhelm's Hospice will close after the "
        "owner declined to renew its lease.\n\nThe hospice said it would keep its warehouse open."
    )
    assert _actors(shop, "would keep") == {("St Aldhelm's Hospice",)}


# ------------------------------------------------ the counterparty is not repeated in the object


def _fact(text: str, verb: str):
    return next(f for f in extracted(text).facts if verb in f.action)


def test_the_object_leaves_out_the_phrase_that_names_the_counterparty():
    fact = _fact(
        "The Pellan Dairy Board signed a five-year contract with Kelmark Foods to supply milk "
        "to its plants.",
        "signed",
    )
    assert (fact.object, fact.counterparty) == (
        "a five-year contract to supply milk to its plants",
        "Kelmark Foods",
    )


def test_a_counterparty_after_the_price_of_the_contract():
    fact = _fact(
        "The Valdorian Space Agency has signed a contract worth €310 million with Aurel Launch "
        "Systems.",
        "has signed",
    )
    assert (fact.object, fact.counterparty) == (
        "a contract worth €310 million",
        "Aurel Launch Systems",
    )


@pytest.mark.parametrize(
    "text, verb, obj",
    [
        # a body named inside a clause of the object is not the counterparty
        (
            "Meridex Pharma agreed to withdraw a separate challenge it had filed with the Patent "
            "Appeal Board.",
            "agreed to withdraw",
            "a separate challenge it had filed with the Patent Appeal Board",
        ),
        # "from" stays in the object: where the ambassador comes back from
        (
            "Corvinia said it would recall its ambassador from Santo Miral.",
            "would recall",
            "its ambassador from Santo Miral",
        ),
    ],
)
def test_phrases_that_name_no_counterparty_stay_in_the_object(text, verb, obj):
    assert _fact(text, verb).object == obj


def test_a_described_state_of_a_named_place_is_the_place():
    text = "The Gulf state of Qaradan has offered to pay for six air-defence batteries."
    assert _actors(text, "has offered") == {("Qaradan",)}


def test_a_speaker_described_by_age_is_the_person_named_before():
    found = extracted(
        "Life member Doug Kereama spoke against the sale.\n\n"
        'The 71-year-old said he would keep campaigning "until the club buys it back".'
    )
    assert [(q.speaker, q.quote) for q in found.quotes] == [
        ("Doug Kereama", "until the club buys it back")
    ]


# ------------------------------------------------ a month that is a first name


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"That was not a hard choice," June Halloran said.', "June Halloran"),
        ('"We will pay in full," said April Dunmore, the chair.', "April Dunmore"),
    ],
)
def test_a_month_before_a_surname_is_a_first_name(text, speaker):
    assert [q.speaker for q in extracted("Marta Halloran gave the land.\n\n" + text).quotes] == [
        speaker
    ]


def test_a_month_after_in_stays_a_date():
    # guard
    facts = facts_of("In June Parliament agreed to cut the fuel levy by 5%.")
    assert [a for a, *_ in facts] == [("Parliament",)]


# ------------------------------------------------ nobody rejects their own offer


def test_a_party_does_not_reject_its_own_offer(nlp):
    from digest.facts.context import Context
    from digest.facts.guards import own_proposal

    doc = nlp("Whitcombe rejected Albee's offer as a rounding error.")
    offer = next(t for t in doc if t.text == "offer")
    assert own_proposal(("Albee",), offer, Context())  # the parse gave the proposer: dropped
    assert not own_proposal(("Whitcombe",), offer, Context())


def test_a_party_rejects_the_other_sides_offer():
    # guard
    text = "Dana Whitcombe rejected Albee's offer on Tuesday."
    assert _actors(text, "rejected") == {("Dana Whitcombe",)}


def test_the_actor_is_not_also_the_other_party_in_the_object(nlp):
    from digest.facts.context import Context
    from digest.facts.guards import actor_as_other_party

    doc = nlp("It would suspend a 2019 agreement on police cooperation with Lusen.")
    obj = [t for t in doc if t.i >= 3 and t.text != "."]
    assert actor_as_other_party(("Lusen",), obj, Context())
    assert not actor_as_other_party(("Corvan",), obj, Context())


def test_a_quote_framed_by_a_coordinated_clause_belongs_to_that_clauses_speaker():
    found = extracted(
        "Kestrel Mobile said it would not bid for more than two blocks unless the authority "
        "cut the reserve price, and its chief executive, Halim Sorra, accused the regulator of "
        '"designing an auction for two players".'
    )
    assert [(q.speaker, q.quote) for q in found.quotes] == [
        ("Halim Sorra", "designing an auction for two players")
    ]


# ------------------------------------------------ first names the tagger takes for function words


@pytest.mark.parametrize(
    "text, speaker",
    [
        ('"We will not sell," May Halvorsen said.', "May Halvorsen"),
        ('"It is a setback," Per Aukland said.', "Per Aukland"),
    ],
)
def test_a_first_name_that_is_also_a_function_word(text, speaker):
    found = extracted(text)
    assert [q.speaker for q in found.quotes] == [speaker]
    assert speaker in [e.name for e in found.entities]


@pytest.mark.parametrize(
    "said, speaker",
    [
        ("said the Honourable Commissioner Halima Danjuma-Cole.", "Halima Danjuma-Cole"),
        ("said Comrade Boma Tamuno-West.", "Boma Tamuno-West"),
        ("said Alhaji Musiliu Akande-Pryce.", "Musiliu Akande-Pryce"),
    ],
)
def test_west_african_titles_are_not_part_of_the_name(said, speaker):
    found = extracted(f'"The traders have lost everything," {said}')
    assert [q.speaker for q in found.quotes] == [speaker]


# ------------------------------------------------ titles with a full stop


def test_a_title_with_a_full_stop_neither_ends_the_sentence_nor_joins_the_name():
    from digest.segment import sentences

    text = (
        "The council's chairman, Engr. Musa Bello-Tade, said the council would suspend the "
        "levy. Cllr. Judith Pask agreed."
    )
    assert len(sentences(text)) == 2
    found = extracted(text)
    assert "Musa Bello-Tade" in [e.name for e in found.entities]
    assert "Dr. Nadia Kessler" not in [
        e.name
        for e in extracted("Dr. Nadia Kessler said the institute would publish the data.").entities
    ]


def test_a_name_after_a_participle_clause_is_not_the_bodys_apposition():
    text = (
        "Lagos State Government officials met the union on Monday.\n\n"
        "The state government, represented by the Honourable Commissioner for Transportation, "
        "Engr. Babatunde Olaleye-Grant, agreed to suspend the new park levy for six months."
    )
    assert ("Babatunde Olaleye-Grant",) not in _actors(text, "agreed to suspend")


def test_a_title_alone_is_no_speaker():
    found = extracted(
        "Leaders of the market met on Monday.\n\nThe Honourable Commissioner for Commerce and "
        "Industry, Mrs Halima Danjuma-Cole, who visited the market in the afternoon, described "
        'the incident as "a tragedy for the whole state".'
    )
    assert [q.speaker for q in found.quotes] == ["Halima Danjuma-Cole"]
    assert "Commissioner" not in [e.name for e in found.entities]


def test_a_party_named_like_a_portfolio_stays_a_name():
    # guard: "Labour" is also a title word ("Labour Minister")
    found = extracted("Labour said it would cut the levy by 5% if it won the election.")
    assert "Labour" in [e.name for e in found.entities]


def test_a_federal_government_of_a_place_is_a_body_the_government_can_mean():
    text = (
        "The union suspended its strike a day after the Federal Government of Morundi signed a "
        "revised agreement with it.\n\n"
        "Under the deal, the government agreed to release ₦180 billion for public universities."
    )
    assert _actors(text, "agreed to release") == {("Federal Government of Morundi",)}


@pytest.mark.parametrize(
    "text, number",
    [
        ("Kyabazi Sugar Works will pay Shs42 billion to the outgrowers.", "Shs42 billion"),
        ("The assembly agreed to cut the stall fee to GH₵50 a month.", "GH₵50"),
    ],
)
def test_east_and_west_african_currencies_are_money(text, number):
    quantities = [f.quantity.number for f in extracted(text).facts if f.quantity]
    assert quantities == [number]


def test_a_regions_government_is_the_whole_region_name():
    text = "Upper Austria's state government offered €4 million from its technology fund."
    assert _actors(text, "offered") == {("Upper Austria",)}


def test_the_boards_of_both_banks_are_the_two_banks():
    text = (
        "Tellheim Bank and Marrenfeld Bank agreed on Friday to merge.\n\n"
        "The boards of both banks have promised to keep every branch open until 2028."
    )
    assert _actors(text, "have promised") == {("Tellheim Bank", "Marrenfeld Bank")}


def test_the_state_of_a_place_is_the_place_whoever_speaks_for_it():
    text = (
        "Dollart Werft, the loss-making shipyard in Emden, met its banks on Friday.\n\n"
        "Hanover/Emden – The state of Lower Saxony will provide €60 million in guarantees to "
        "the yard, state premier Hauke Rademacher said on Monday."
    )
    assert _actors(text, "will provide") == {("Lower Saxony",)}


def test_a_dateline_not_in_capitals_is_no_actor():
    from digest.facts.dateline import dateline_end

    def end(text, nlp):
        return dateline_end(list(nlp.make_doc(text)))

    from digest.facts.nlp import load_nlp

    nlp = load_nlp()
    assert end("Hanover/Emden – The state will pay.", nlp) == 4
    assert end("Ghana – the country that agreed first – will pay.", nlp) == 0  # guard


def test_a_place_that_only_names_a_body_in_the_lead_is_no_rival_company():
    text = (
        "KALTENBRUCK, 14 March – Brauckmann Werkzeugbau, the family-owned toolmaker from the "
        "Vellmark hills, has agreed with the Kaltenbruck works council to guarantee all 2,300 "
        "jobs at its main plant until the end of 2029.\n\n"
        "In return, the works council agreed to forgo this year's Christmas bonus.\n\n"
        "The deal was reached late on Wednesday.\n\n"
        "Talks had lasted eleven hours.\n\n"
        "Staff were told on Thursday morning.\n\n"
        "“Nobody in this family wanted to be the generation that closed Kaltenbruck,” "
        "said Henrike Brauckmann, the chief executive.\n\n"
        "The company will invest €85 million in two automated machining lines at the site over "
        "the next four years, it said."
    )
    assert _actors(text, "will invest") == {("Brauckmann Werkzeugbau",)}


def test_owners_in_apposition_with_a_family_are_the_family():
    text = (
        "In return, the owners, the Hamburg-based Behrens family, agreed to inject a further "
        "€25 million of their own capital."
    )
    assert _actors(text, "agreed to inject") == {("Behrens family",)}


def test_a_state_government_named_so_is_the_government_meant_later():
    text = (
        "IKORODE, Kwale State — The transport union called off its strike in Ikorode after an "
        "agreement with the Kwale State Government late on Wednesday.\n\n"
        "The state government agreed to suspend the park levy for six months."
    )
    assert _actors(text, "agreed to suspend") == {("Kwale State Government",)}


def test_a_which_clause_says_something_of_the_object_and_is_not_part_of_it():
    fact = _fact(
        "The transport union has called off the strike which grounded bus services across the "
        "city since Monday.",
        "called off",
    )
    assert fact.object == "the strike"


def test_an_under_which_clause_is_not_part_of_the_contract_signed():
    fact = _fact(
        "The National Library has signed a contract with Parallax Archive Systems under which "
        "the firm will digitise two million pages.",
        "has signed",
    )
    assert (fact.object, fact.counterparty) == ("a contract", "Parallax Archive Systems")


def test_a_pattern_found_speaker_may_open_with_any_capital():
    from digest.facts.fallback import speaker_names

    assert speaker_names("Ōrewa Tipene said the council would pay.") == ["Ōrewa Tipene"]
