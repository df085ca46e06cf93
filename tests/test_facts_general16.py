"""Tests of the sixteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ a count set off before the names it counts


@pytest.mark.parametrize(
    ("text", "verb", "actors"),
    [
        (
            "Two private millers, Brana Mills and Zelenko Flour, will match the board's price.",
            "will match",
            ("Brana Mills", "Zelenko Flour"),
        ),
        (
            "Morlanda's two biggest medicine wholesalers, Pharvia and Kessler Distribution, have "
            "agreed to hold eight weeks of supply.",
            "have agreed to hold",
            ("Pharvia", "Kessler Distribution"),
        ),
    ],
)
def test_a_counted_description_set_off_before_its_names_is_not_another_actor(text, verb, actors):
    assert [r[0] for r in _rows(text, verb)] == [actors]


def test_a_description_coordinated_with_a_name_stays_an_actor():
    text = "Two seed merchants and Halvard Agri have agreed to hold prices until December."
    assert all("Halvard Agri" not in r[0] or len(r[0]) > 1 for r in _rows(text, "agreed"))


# ------------------------------------------------ bare "members" are the body the speaker leads


def test_members_are_the_body_whose_officer_speaks():
    text = (
        "Teachers in Calder walked out on Monday. The Calder Teachers' Federation represents "
        "9,000 staff. Its president, Malik Osei, said members would suspend the strike during "
        "exams."
    )
    assert [r[0] for r in _rows(text, "would suspend")] == [("Calder Teachers' Federation",)]


# ------------------------------------------------ a refusal hung on a reported "there were"


def test_a_refusal_after_said_there_were_is_the_speakers():
    text = "Westmark said there were no plans to do so but refused to give a written guarantee."
    assert [r[0] for r in _rows(text, "refused to give")] == [("Westmark",)]


# ------------------------------------------------ "will add" with an object commits


@pytest.mark.parametrize(
    ("text", "verb", "obj"),
    [
        (
            "Transmeridia will add a third daily service to Pomery, its chief commercial "
            "officer, Hana Brevik, said.",
            "will add",
            "a third daily service",
        ),
        (
            "Savanna said it would add two weekly flights on its Nairobi-Lisbon route from "
            "October.",
            "would add",
            "two weekly flights on its Nairobi-Lisbon route",
        ),
    ],
)
def test_will_add_with_an_object_is_a_commitment(text, verb, obj):
    assert [r[2] for r in _rows(text, verb)] == [obj]


def test_added_that_is_still_a_speech_verb():
    text = (
        "Corvex Air cut two routes on Monday. The minister added that the airline would keep "
        "all 40 routes to the islands."
    )
    assert [r[1] for r in facts_of(text) if "keep" in r[1]] == ["would keep"]


# ------------------------------------------------ awarding a contract is a deal done


def test_awarding_a_franchise_is_a_commitment():
    text = (
        "The Ministry of Infrastructure of Pellonia has awarded the ten-year Harrowdale "
        "regional rail franchise to Westmark Rail."
    )
    rows = _rows(text, "awarded")
    assert [(r[0], r[2]) for r in rows] == [
        (
            ("Ministry of Infrastructure of Pellonia",),
            "the ten-year Harrowdale regional rail franchise",
        )
    ]


def test_a_court_awarding_damages_is_no_commitment():
    text = "The High Court awarded damages of $2 million to the fishermen on Tuesday."
    assert _rows(text, "awarded") == []


# ------------------------------------------------ "gave an undertaking to the court that it ..."


def test_it_in_an_undertaking_is_who_gave_it_not_the_court():
    text = (
        "The Kalpur Metropolitan Corporation on Monday gave an undertaking to the high court "
        "that it would not demolish any of the 640 stalls."
    )
    rows = facts_of(text)
    assert [(r[0], r[1]) for r in rows] == [
        (("Kalpur Metropolitan Corporation",), "would not demolish")
    ]


def test_an_undertaking_by_an_unnamed_giver_is_not_the_courts():
    text = (
        "A Gazipur dyeing factory has given an undertaking to the High Court that it will stop "
        "discharging untreated effluent into the Turag river within 45 days."
    )
    assert all(r[0] != ("High Court",) for r in facts_of(text))


# ------------------------------------------------ an acronym in brackets the parse hung on


def test_a_name_with_its_acronym_in_brackets_is_the_name():
    text = (
        "The Arvenian Women's League (AWL) and the Arvenian Footballers' Union (AFU) signed "
        "the competition's first collective bargaining agreement on Friday."
    )
    actors = [r[0] for r in _rows(text, "signed")]
    assert actors == [("Arvenian Women's League", "Arvenian Footballers' Union")]


# ------------------------------------------------ the members of a named body are that body


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Arvenian Footballers' Union (AFU) represents 300 players. AFU members voted by "
            "164 votes to nine to accept the terms last week.",
            "to accept",
            "Arvenian Footballers' Union",
        ),
        (
            "The Nordhaven Basketball Players Association agreed the deal. Members of the "
            "players' association voted 211-34 on Sunday to ratify the agreement.",
            "to ratify",
            "Nordhaven Basketball Players Association",
        ),
    ],
)
def test_members_of_a_named_body_are_the_body(text, verb, actor):
    assert [r[0] for r in _rows(text, verb)] == [(actor,)]


# ------------------------------------------------ a party's organs and its council group


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "The Green Union joined talks in May. The Green Union's party council approved the "
            "agreement on Sunday.",
            "approved",
            "Green Union",
        ),
        (
            "The four-member Independent Alliance group agreed to back his minority "
            "administration.",
            "agreed to back",
            "Independent Alliance",
        ),
    ],
)
def test_a_party_acts_through_its_council_and_its_group(text, verb, actor):
    assert [r[0] for r in _rows(text, verb)] == [(actor,)]


# ------------------------------------------------ "committed to X-ing ... and to Y-ing"


def test_a_second_gerund_after_committed_to_is_its_own_fact():
    text = (
        "Westmark Rail won the franchise. Westmark has committed to replacing the entire fleet "
        "of 46 diesel trains by 2031 and to running half-hourly services on the Harrowdale line "
        "from December 2027."
    )
    assert [r[1] for r in facts_of(text) if r[1].startswith("has committed")] == [
        "has committed to replacing",
        "has committed to running",
    ]


# ------------------------------------------------ "Ministry of Defence" is a name


def test_the_ministry_is_the_ministry_of_defence_named_before():
    text = (
        "KORMA — Sundria’s Ministry of Defence on Thursday rejected a request from Valtek "
        "Systems for a fourth deadline extension.\n\nOnly four of the 12 radars have been "
        "installed.\n\nThe ministry said it would also claw back $41 million in advance payments."
    )
    # the place that owns it is dropped as the gold drops it (test_facts_general17)
    assert [r[0] for r in _rows(text, "claw")] == [("Ministry of Defence",)]


def test_a_ministry_named_by_its_portfolio_is_an_entity():
    text = "The Ministry of Finance said it would cut the fuel levy by 5% from March."
    assert "Ministry of Finance" in [e.name for e in extracted(text).entities]


# ------------------------------------------------ a South Asian wire dateline without a dash


def test_a_dated_wire_credit_without_a_dash_is_no_actor():
    text = (
        "Indrapuri, Sep 18 (NNS) State-owned Dakshin Urja Nigam Ltd said on Wednesday its board "
        "had approved the formation of a joint venture with Malwara Power Distribution Company."
    )
    assert [r[0] for r in _rows(text, "approved")] == [("Dakshin Urja Nigam Ltd",)]


def test_a_dated_wire_credit_before_a_dash_still_opens_the_sentence():
    text = (
        "SALDRA, Ostmark, March 3 (Reuters) - Ferrowyn Mining Corp and Castrell Battery Works have "
        "signed a binding offtake agreement."
    )
    assert [r[0] for r in _rows(text, "signed")] == [
        ("Ferrowyn Mining Corp", "Castrell Battery Works")
    ]


# ------------------------------------------------ "Steel and Power Ltd" is one company


def test_a_trade_and_a_legal_form_after_and_close_one_name():
    text = "Sarvottam Steel and Power Ltd signed a memorandum of understanding on Friday."
    assert [r[0] for r in _rows(text, "signed")] == [("Sarvottam Steel and Power Ltd",)]


def test_two_named_companies_joined_by_and_stay_two():
    text = "Tata Steel and Reliance Power Ltd signed the deal on Friday."
    assert [r[0] for r in _rows(text, "signed")] == [("Tata Steel", "Reliance Power Ltd")]


# ------------------------------------------------ members and councillors of the body named


def test_members_are_the_organisation_that_says_what_they_will_do():
    text = (
        "The University Lecturers' Association (ULA) balloted its members. The ULA said members "
        "would clear the backlog of around 4,000 scripts within four weeks."
    )
    assert [r[0] for r in _rows(text, "would clear")] == [("University Lecturers' Association",)]


def test_bare_councillors_are_the_council_named():
    text = (
        "Harwick County Council met on Tuesday. Councillors voted against an opposition "
        "amendment that would have extended free transport."
    )
    assert [r[0] for r in _rows(text, "voted against")] == [("Harwick County Council",)]


# ------------------------------------------------ "said VFF general secretary Hanne Ostrova"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The rules are clear and they apply to every club," said VFF general secretary '
            "Hanne Ostrova.",
            "Hanne Ostrova",
        ),
        (
            '"Utrecht is growing, and we cannot keep saying no," said GroenLinks group leader '
            "Sanne de Wit, who is expected to become alderman.",
            "Sanne de Wit",
        ),
    ],
)
def test_the_speaker_after_a_body_and_its_role_is_the_person(text, speaker):
    assert [q.speaker for q in extracted(text).quotes] == [speaker]


# ------------------------------------------------ ranks and courtesy titles


def test_a_military_rank_is_no_part_of_the_speakers_name():
    text = (
        'Admiral Oona Restig told a conference that the boats would retire. "After that, we '
        'are a navy with no eyes under water," she said.'
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Oona Restig"]


def test_the_minister_is_the_minister_named_with_shri():
    text = (
        "The Centre will infuse Rs 12,500 crore into four banks, Finance Minister Shri Devraj "
        "Mahapatra announced on Monday. The minister declined to disclose the list of wilful "
        "defaulters."
    )
    assert [r[0] for r in _rows(text, "declined")] == [("Devraj Mahapatra",)]


# ------------------------------------------------ "Varnholt did not admit liability"


def test_the_first_word_of_a_company_alone_is_the_company():
    text = (
        "Varnholt Chemicals has agreed to pay €14 million to the Lower Selva Water Board.\n\n"
        "The water board had sought €22 million. Its chair, Pieter Hollum, said the lower "
        "figure reflected the cost of a trial.\n\n"
        '"We would rather have the money in the river than in the lawyers\' pockets," Hollum '
        "said.\n\n"
        "Varnholt did not admit liability. In a statement, the company said it would replace "
        "the storage tanks at the plant by the end of next year."
    )
    assert [r[0] for r in _rows(text, "would replace")] == [("Varnholt Chemicals",)]


# ------------------------------------------------ "ministers from Kenya, Uganda and Tanzania"


def test_ministers_from_countries_are_the_countries():
    text = (
        "Fisheries ministers from Kenya, Uganda and Tanzania agreed on Friday to ban undersized "
        "gillnets on Lake Victoria."
    )
    assert [r[0] for r in _rows(text, "to ban")] == [("Kenya", "Uganda", "Tanzania")]


# ------------------------------------------------ a bare plural without a commitment verb


def test_bare_lenders_that_would_waive_fees_are_no_actor():
    text = "The regulator said lenders would waive early-settlement fees for customers."
    assert _rows(text, "waive") == []


def test_bare_donors_that_pledged_stay_an_actor():
    text = "Donors pledged $1.1 billion for the reconstruction of the port on Tuesday."
    assert [r[0] for r in _rows(text, "pledged")] == [("Donors",)]


# ------------------------------------------------ destroying weapons under a treaty


def test_destroying_a_stockpile_is_a_commitment_and_destroying_a_city_is_not():
    treaty = "Under the treaty, Lorvena will destroy its stockpile of about 86,000 mines."
    threat = "The general said his army would destroy the city if the rebels did not surrender."
    assert [r[2] for r in _rows(treaty, "will destroy")] == ["its stockpile of about 86,000 mines"]
    assert facts_of(threat) == []


# ------------------------------------------------ a signing ceremony after the signing


def test_the_officials_who_signed_a_deal_already_reported_are_no_second_fact():
    text = (
        "Velatom and Sangara have signed an agreement to build a nuclear research reactor.\n\n"
        "The document was signed in Novograd by Velatom Director General Alexei Korneyev and "
        "Energy Minister Aminata Kone."
    )
    assert [r[1] for r in facts_of(text)] == ["have signed"]


def test_a_signing_that_is_the_first_report_of_the_deal_stays():
    text = (
        "Aldermark and Quessa have agreed to set up a currency swap line.\n\n"
        "The agreement was signed by Henrike Saal and Ruben Ostrava in Quessa City."
    )
    assert "was signed" in [r[1] for r in facts_of(text)]


def test_officials_who_signed_the_deal_for_their_organisations_are_no_second_fact():
    text = (
        "The Bangladesh Power Development Board has signed a power purchase agreement with "
        "Teesta Solar Park Limited.\n\n"
        "BPDB Chairman Anisur Rahman and Teesta Solar's Managing Director Shafiqul Chowdhury "
        "signed the power purchase deal on behalf of their organisations."
    )
    assert [r[1] for r in facts_of(text)] == ["has signed"]


# ------------------------------------------------ what an amount is for


def test_an_amount_ends_before_what_it_is_for():
    text = (
        "Greyfriars Homes has pledged £1.8 million to fix damp and mould in 212 flats on the "
        "Fenmoor estate."
    )
    assert [r[2] for r in _rows(text, "pledged")] == ["£1.8 million"]


def test_an_agreement_keeps_what_it_is_to_do():
    text = "Halvern Ports signed an agreement to share a 42-kilometre hydrogen pipeline."
    assert [r[2] for r in _rows(text, "signed")] == [
        "an agreement to share a 42-kilometre hydrogen pipeline"
    ]


def test_the_maasai_particle_ole_stays_inside_the_name():
    text = (
        'The conservancy signed the leases on Monday. "Our grandfathers grazed here before '
        "there were lodges,\" said Joseph ole Kipeen, the association's chairman."
    )
    assert [q.speaker for q in extracted(text).quotes] == ["Joseph ole Kipeen"]
