"""Tests of the thirteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "the agency said": a government agency


def test_an_agency_that_says_it_will_act_is_an_actor_not_the_press():
    rows = _rows(
        "The Velmar Anti-Doping Agency, which could have challenged the deal, said it would "
        "not appeal the settlement.",
        "appeal",
    )
    assert rows == [
        (("Velmar Anti-Doping Agency",), "would not appeal", "the settlement", "negative")
    ]
    rows = _rows(
        "The agency said it would not publish the panel's scores for individual applicants.",
        "publish",
    )
    assert [r[0] for r in rows] == [("The agency",)]


def test_a_news_agency_reporting_a_plan_is_still_no_commitment():
    assert (
        _rows("The news agency said the Tarsk central bank would raise rates in May.", "raise")
        == []
    )
    assert _rows("The wire agency said Halvern Foods would cut 400 jobs next year.", "cut") == []


# ------------------------------------------------ names with a hyphened prefix


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Pan-Orvian Parliament agreed to send 40 observers to the vote.",
            "Pan-Orvian Parliament",
        ),
        (
            "The Trans-Kelvar Pipeline Company will pay 12 million dirams to the landowners.",
            "Trans-Kelvar Pipeline Company",
        ),
    ],
)
def test_a_name_opening_with_a_hyphened_prefix_is_one_name(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


# ------------------------------------------------ "would not be raising": the progressive


def test_a_progressive_after_a_modal_commits_like_the_plain_verb():
    rows = _rows(
        "Cllr Ama Dorsey said Harwick Council would not be selling the depot land this year.",
        "selling",
    )
    assert rows == [(("Harwick Council",), "would not be selling", "the depot land", "negative")]


def test_a_progressive_of_a_quiet_verb_or_a_forecast_stays_out():
    assert facts_of("The minister said she would be meeting the Velmar unions on Monday.") == []
    assert facts_of("Analysts said Tarsk bond yields would be rising by the summer.") == []


# ------------------------------------------------ "Labour MP Jane Orr": MP is a title


@pytest.mark.parametrize("title", ["MP", "MSP", "MEP", "MLA"])
def test_a_members_title_is_not_part_of_the_name(title):
    text = (
        f"Tarrant Rail agreed to reopen the Elmwick line. Labour {title} Dana Corliss said the "
        'deal was overdue. "It will be a tragedy if it slips again," Corliss said.'
    )
    quotes = [(q.speaker, q.quote) for q in extracted(text).quotes]
    assert quotes == [("Dana Corliss", "It will be a tragedy if it slips again")]


# ------------------------------------------------ trades that end companies' names


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Marlow Vance Homes told a packed meeting that the hall would be handed to the "
            "parish council. The developer also said it would make 35% of the homes affordable.",
            "make",
            "Marlow Vance Homes",
        ),
        (
            "Tessa Brovald Dairy has refused to join the farmers' price talks. The processor "
            "said it would not raise its October milk price.",
            "raise",
            "Tessa Brovald Dairy",
        ),
    ],
)
def test_a_name_ending_in_a_trade_is_a_company_a_description_can_stand_for(text, verb, actor):
    assert [row[0] for row in _rows(text, verb)] == [(actor,)]


def test_a_trade_word_still_opens_a_bodys_name_joined_by_and():
    rows = facts_of(
        "The Harrowgate Water and Sewer Authority has agreed to spend $310 million on new "
        "storage tunnels."
    )
    assert [row[0] for row in rows] == [("Harrowgate Water and Sewer Authority",)]


# ------------------------------------------------ "not vote against": the gold's polarity


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The Farmers' League said it would not vote against the Orsk loan.", "negative"),
        ("The Farmers' League voted against the Orsk loan on Tuesday.", "negative"),
        ("The Farmers' League agreed not to vote against the Orsk budget.", "positive"),
        ("The Farmers' League agreed to vote against the Orsk budget.", "negative"),
    ],
)
def test_a_vote_against_is_negative_and_a_promise_not_to_cast_one_positive(text, polarity):
    assert [row[3] for row in _rows(text, "vote")] == [polarity]


# ------------------------------------------------ "the municipalities of X and Y"


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "The municipalities of Sandvik and Hollsund have agreed to contribute DKK 60 "
            "million to the tunnel.",
            ("Sandvik", "Hollsund"),
        ),
        (
            "The governments of Darrovia and Kelsmark signed a return agreement on Monday.",
            ("Darrovia", "Kelsmark"),
        ),
    ],
)
def test_plural_bodies_of_named_places_stand_for_the_places(text, actors):
    assert [row[0] for row in facts_of(text)] == [actors]


# ------------------------------------------------ "The Minister for Health, Eimear Costigan,"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Minister for Health, Orla Brannigan, will cap parking charges at public "
            "hospitals at €10 a day.",
            "Orla Brannigan",
        ),
        (
            "A second amendment was rejected by the Minister of State for Heritage, Colm "
            "Tierney, who said it went too far.",
            "Colm Tierney",
        ),
    ],
)
def test_a_capitalised_title_with_a_name_in_apposition_is_that_person(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


# ------------------------------------------------ "ruled out of order": procedure


def test_ruling_a_question_out_of_order_is_procedure_not_a_refusal():
    assert (
        facts_of(
            "The Speaker, Tamsin Vale, ruled out of order a supplementary question from Deputy "
            "Rory Dunne on staff parking."
        )
        == []
    )
    rows = _rows(
        "Finance Minister Tamsin Vale ruled out any further cut to the fuel duty.", "ruled"
    )
    assert [(r[0], r[1], r[3]) for r in rows] == [(("Tamsin Vale",), "ruled out", "negative")]


def test_speaker_before_a_name_is_a_title():
    rows = facts_of("Speaker Lalita Ranganathan rejected their demand for a division.")
    assert [row[0] for row in rows] == [("Lalita Ranganathan",)]


# ------------------------------------------------ "Standing Committee on Health"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The Standing Committee on Health adopted the report by seven votes to four.",
            "Standing Committee on Health",
        ),
        (
            "The Senate Committee on Foreign Relations agreed to hold two days of hearings.",
            "Senate Committee on Foreign Relations",
        ),
    ],
)
def test_a_committee_named_with_on_keeps_its_whole_name(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


# ------------------------------------------------ currencies: ₹, ₺, K (kina) before a number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Tarsk government would set aside ₹1,200 crore for the fishermen.", "₹1,200 crore"),
        (
            "The Morobe Provincial Government would put K20 million into a landowners' fund.",
            "K20 million",
        ),
    ],
)
def test_a_currency_sign_before_a_number_is_money_never_a_counterparty(text, number):
    facts = extracted(text).facts
    assert [(f.counterparty, f.quantity.number if f.quantity else None) for f in facts] == [
        (None, number)
    ]


def test_a_k_and_a_number_without_a_scale_is_no_money():
    facts = extracted("Tarsk police will buy 40 K9 units from Halvern Systems.").facts
    assert [f.quantity.number for f in facts if f.quantity] == ["40"]


# ------------------------------------------------ press releases: wire datelines, tickers, "Inc."


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "KORVA, Ardania, Nov. 18, 2024 /PRNewswire/ -- Velstrom Pharma SE and the Ministry "
            "of Health of Ardania today signed an agreement for the supply of 4 million doses.",
            ("Velstrom Pharma SE", "Ministry of Health of Ardania"),
        ),
        (
            "SALDRA, Republic of Ostmark, March 04, 2025 (GLOBE NEWSWIRE) -- Ferrowyn Minerals "
            "Corp. and Castrell Battery Works GmbH have signed a binding offtake agreement.",
            ("Ferrowyn Minerals Corp.", "Castrell Battery Works GmbH"),
        ),
        (
            "Lumeris Cloud Inc. (NASDAQ: LMRS) and Ardent Freight Holdings (ASX: AFH) have "
            "agreed a five-year partnership.",
            ("Lumeris Cloud Inc.", "Ardent Freight Holdings"),
        ),
    ],
)
def test_a_press_releases_wire_dateline_and_tickers_are_never_actors(text, actors):
    assert [row[0] for row in facts_of(text)] == [actors]


def test_a_company_form_with_a_full_stop_makes_a_company():
    entities = extracted("Korrin Lumet Inc. has agreed to buy four cranes from Tessel.").entities
    assert ("Korrin Lumet Inc.", "organisation") in [(e.name, e.kind) for e in entities]


# ------------------------------------------------ "a spokesman for X said it/the group would"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Tarsk's Red Cross said it had sent 400 tents. A spokesman for the Marengan Red "
            "Cross said it would not open additional treatment centres this year.",
            "open",
            "Marengan Red Cross",
        ),
        (
            "The UN's Office for the Coordination of Humanitarian Affairs said the convoy had "
            "reached the town. Hassan Idrisi, a spokesman for the Free Nahr Brigades, said the "
            "group would guarantee the safety of UN staff inside the enclave.",
            "guarantee",
            "Free Nahr Brigades",
        ),
    ],
)
def test_a_spokesman_for_a_body_speaks_for_that_body(text, verb, actor):
    assert [row[0] for row in _rows(text, verb)] == [(actor,)]


def test_a_partys_spokesman_for_a_place_speaks_for_the_party():
    rows = _rows(
        "Joseph Vella, the Nationalist Party's spokesman for Gozo, said his party would not "
        "vote against the loan.",
        "vote",
    )
    assert [row[0] for row in rows] == [("Nationalist Party",)]


def test_the_words_joined_inside_a_ministrys_name_are_no_pair_of_parties():
    text = (
        "Memorandum of Understanding with Qalendra Ministry of Energy and Mines\n\n"
        "Brackwater Energy said it had entered into a memorandum with the Ministry of Energy "
        "and Mines of the Republic of Qalendra. The parties have not agreed on fiscal terms."
    )
    assert [row[0] for row in _rows(text, "agreed on")] != [("Energy", "Mines")]


def test_the_speaker_of_a_said_coordinated_with_another_verb_names_the_body():
    rows = _rows(
        "Talvor Water asked the state for help. Ostmere's finance minister, Lena Varga, "
        "welcomed the report but said the government would not cover any part of the deficit.",
        "cover",
    )
    assert [row[0] for row in rows] == [("Ostmere",)]


def test_a_speaker_who_leads_a_body_speaks_for_it():
    rows = _rows(
        "Annika Djurhuus, who leads the opposition Island Alliance, said her party would vote "
        "for a revised guarantee.",
        "vote",
    )
    assert [row[0] for row in rows] == [("Island Alliance",)]


# ------------------------------------------------ "has ruled out raising water tariffs"


def test_ruling_out_a_gerund_refuses_what_the_gerund_does():
    rows = _rows("The Tarsk Government has ruled out raising water tariffs on Gozo.", "ruled")
    assert rows == [
        (("Tarsk Government",), "has ruled out raising", "water tariffs on Gozo", "negative")
    ]


def test_not_ruling_out_a_gerund_is_no_fact():
    assert (
        facts_of("Velto's chief executive, Selim Haddou, did not rule out delaying the launch.")
        == []
    )


# ------------------------------------------------ "had not been consulted and would not sign"


def test_a_modal_verb_coordinated_with_a_passive_is_active():
    rows = _rows(
        "The Harrowgate Pensioners' Association said it had not been consulted and would not "
        "endorse the transfer.",
        "endorse",
    )
    assert rows == [
        (("Harrowgate Pensioners' Association",), "would not endorse", "the transfer", "negative")
    ]


def test_passing_a_cost_on_is_a_commitment_passing_the_bill_still_is():
    rows = _rows("Halloway Biologics would not pass on any rise in raw-material costs.", "pass")
    assert [(r[0], r[3]) for r in rows] == [(("Halloway Biologics",), "negative")]
    assert _rows("Halloway Biologics passed the ball to Tessel.", "pass") == []


# ------------------------------------------------ "declined to disclose the price"


def test_declining_to_disclose_a_named_thing_is_a_refusal():
    rows = _rows("Castlegate Pharma declined to disclose the discounted price.", "disclose")
    assert rows == [
        (("Castlegate Pharma",), "declined to disclose", "the discounted price", "negative")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Castlegate Pharma declined to comment.",
        "Castlegate Pharma declined to comment on the talks.",
        "Castlegate Pharma declined to say how much it paid.",
    ],
)
def test_declining_to_comment_or_say_refuses_nothing(text):
    assert facts_of(text) == []


# ------------------------------------------------ "comply with", "cooperate with", "walked away from"


@pytest.mark.parametrize(
    ("text", "action", "obj"),
    [
        (
            "The Tarsk Police Union said it would comply with the tribunal's ruling.",
            "would comply with",
            "the tribunal's ruling",
        ),
        (
            "Castlegate Bank said it would cooperate fully with the monitor.",
            "would cooperate with",
            "the monitor",
        ),
        (
            "The Tarsk Pilots Association said it had walked away from the talks.",
            "had walked away from",
            "the talks",
        ),
        (
            "Its lawyer said the Tarsk group would press ahead with the case.",
            "would press ahead with",
            "the case",
        ),
    ],
)
def test_verbs_whose_object_follows_a_preposition(text, action, obj):
    assert [(row[1], row[2]) for row in facts_of(text)] == [(action, obj)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tiraya Skyway Corp. agreed to pay P2.4 billion in upfront fees.", "P2.4 billion"),
        (
            "Aguas del Litoral pledged to pay a penalty of S/ 50,000 for each week of delay.",
            "S/ 50,000",
        ),
    ],
)
def test_pesos_and_soles_are_money(text, number):
    facts = extracted(text).facts
    assert [(f.counterparty, f.quantity.number) for f in facts] == [(None, number)]


def test_a_municipality_of_a_place_keeps_its_whole_name():
    rows = facts_of("The Municipality of San Eleuterio rejected the water company's request.")
    assert [row[0] for row in rows] == [("Municipality of San Eleuterio",)]


# ------------------------------------------------ the lead-in of a news-in-brief item


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Elections: Prime Minister Carla Nurell ruled out an early general election.",
            "Carla Nurell",
        ),
        (
            "Sava Networks — The Ostmark Communications Authority approved the purchase of the "
            "rural carrier Linkvale.",
            "Ostmark Communications Authority",
        ),
        ("Tony Brack — Tarsk's prime minister — agreed to host the talks.", "Tony Brack"),
    ],
)
def test_the_lead_in_of_a_brief_item_is_no_actor(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


# ------------------------------------------------ "committed to complete", "offered to publish"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ranvir Infraprojects has committed to complete the work within 30 months.", "complete"),
        ("Transport Minister Gareth Pell offered to publish quarterly figures.", "publish"),
    ],
)
def test_a_promise_to_complete_or_publish_commits(text, verb):
    assert len(_rows(text, verb)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Steel completed the work on its blast furnace in May.",
        "Halvern Steel will publish its quarterly results on Friday.",
    ],
)
def test_completing_work_or_publishing_results_alone_is_no_commitment(text):
    assert facts_of(text) == []


# ------------------------------------------------ "would ... unless": conditional, not a threat


def test_a_promise_unless_a_condition_is_met_is_a_conditional_commitment():
    facts = extracted(
        "Ridgemont Resources said it would withdraw the offer on Aug. 9 unless Vantor's "
        "directors agreed to open the company's books."
    ).facts
    assert [(f.actors, f.action, f.modality) for f in facts] == [
        (("Ridgemont Resources",), "would withdraw", "conditional")
    ]


def test_withdrawing_troops_unless_is_a_threat():
    assert (
        facts_of(
            "Tarsk announced that it will withdraw its peacekeeping force from Velmar unless the "
            "president arranged a ceasefire."
        )
        == []
    )


# ------------------------------------------------ subjects the parse lost


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Fondo Valtessa, the state-owned investment fund, had been approached about joining "
            "the rescue but declined to join the consortium.",
            "Fondo Valtessa",
        ),
        (
            "Germany, which took part in the talks as an observer, offered to send two "
            "minehunters and a survey ship to help search the seabed.",
            "Germany",
        ),
    ],
)
def test_a_subject_the_parse_hung_elsewhere_is_found(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


def test_allowing_something_to_be_done_has_the_passive_clause_as_object():
    rows = _rows(
        "But Pomelo refused to allow rival app stores to be installed on its phones.", "allow"
    )
    assert rows == [
        (
            ("Pomelo",),
            "refused to allow",
            "rival app stores to be installed on its phones",
            "negative",
        )
    ]


def test_a_law_is_never_the_one_who_commits():
    assert (
        facts_of("The Tarsk Road Safety Bill would allow breath tests to be used in court.") == []
    )
    assert facts_of("The Freedom of Information Act will cover Velmar and Tarsk.") == []


# ------------------------------------------------ "the police service", "Police Commissioner X said"


def test_the_service_stands_for_the_service_named_before():
    rows = _rows(
        "The Carrow Bay Police Service settled the lawsuit on Monday. Under the agreement, the "
        "police service will accept an independent monitor appointed by the ministry.",
        "accept",
    )
    assert [row[0] for row in rows] == [("Carrow Bay Police Service",)]


def test_a_bare_institution_word_before_a_role_names_no_body():
    rows = _rows(
        "Tarsk Fire Brigade agreed to the inquiry. Police Commissioner Ada Morrow said the "
        "service would not contest any part of the agreement in court.",
        "contest",
    )
    assert [row[0] for row in rows] != [("Police",)]


def test_it_after_saying_is_the_subject_of_the_clause_saying_hangs_on():
    rows = _rows(
        "The shipping group Nordvig Line refused to pay a €2 million fine over an oil spill in "
        "the Kattegat, saying it would contest the fine in court.",
        "contest",
    )
    assert [row[0] for row in rows] == [("Nordvig Line",)]


def test_a_unions_branch_keeps_its_whole_name():
    rows = _rows(
        "The union, the Hanbit Metal Workers' Branch, said its members would hold an eight-hour "
        "strike on Friday.",
        "hold",
    )
    assert [row[0] for row in rows] == [("Hanbit Metal Workers' Branch",)]


def test_he_said_the_lender_is_the_body_of_the_person_he_stands_for():
    rows = _rows(
        "Velmar Bank chief executive Tom Dunmore met analysts on Monday. Tarsk Foods, a "
        "customer, agreed to repay its loans early. He said the lender would not sell its dairy "
        "arm.",
        "sell",
    )
    assert [row[0] for row in rows] == [("Velmar Bank",)]


def test_both_sides_are_the_two_subjects_of_the_sentence_before():
    rows = _rows(
        "Under the accord, Mali agreed to pull its troops back 20 kilometres, while the Kerrow "
        "Liberation Front promised to hand over its heavy weapons. Both sides also pledged to "
        "free all detainees held for more than a year.",
        "free",
    )
    assert [row[0] for row in rows] == [("Mali", "Kerrow Liberation Front")]
