"""Tests of the fourth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")  # the model, or skip


def test_and_or_ampersand_inside_an_organisation_name_is_one_actor():
    found = facts_of(
        "The Dock and Harbour Workers' Federation has rejected the latest pay offer. "
        "Brightwell Leisure & Events will pay for the new pier."
    )
    assert [f[0] for f in found] == [
        ("Dock and Harbour Workers' Federation",),
        ("Brightwell Leisure & Events",),
    ]


def test_and_between_two_names_still_gives_two_actors():
    found = facts_of(
        "Norvany Bank and Pellacia Union agreed to swap 30 prisoners. "
        "Ostrel Mining and KMC have agreed to merge their rail units."
    )
    assert [f[0] for f in found] == [("Norvany Bank", "Pellacia Union"), ("Ostrel Mining", "KMC")]


def test_whose_members_act_for_the_body_before_the_relative_clause():
    found = facts_of(
        "A second union, the Ferry Pilots' Guild, whose members accepted the offer on Tuesday, "
        "said it would not join the strike."
    )
    assert (("Ferry Pilots' Guild",), "accepted", "the offer", "positive") in found
    assert not any("whose" in " ".join(f[0]) for f in found)


def test_indefinite_or_person_owned_descriptions_are_not_printed_as_actors():
    text = (
        "A local company agreed to repair the bridge. "
        "Sophie Brandt, a lawyer for the villagers, said her clients would drop the complaint. "
        "Harwell Mining Group, the Tarvenian mining company, said on Monday it would pay "
        "$2 million to the fund. The company will also build a new school."
    )
    assert [f[0] for f in facts_of(text)] == [("Harwell Mining Group",)] * 2


def test_institution_of_a_name_stands_for_the_name_or_is_named_with_it():
    found = facts_of(
        "The board of Quillmoor Textiles has rejected a takeover offer from Dunhaven Capital. "
        "The town council of Wexcombe approved a budget of £40 million on Tuesday."
    )
    assert [f[0] for f in found] == [("Quillmoor Textiles",), ("town council of Wexcombe",)]


def test_vote_tallies_are_neither_actor_nor_object():
    found = facts_of(
        "The amendment was rejected by 22 votes to 19. "
        "Councillors at Halbury Town Council voted 28 to 9 in favour of the new bus depot."
    )
    assert found == [
        (
            ("Councillors at Halbury Town Council",),
            "voted in favour of",
            "the new bus depot",
            "positive",
        )
    ]


def test_a_fronted_phrase_is_not_the_object_and_a_direction_is_part_of_it():
    found = facts_of(
        "Under the agreement, Kelso Rail will pay for the new signals. "
        "Mercy Without Borders said it would not send doctors back to the northern valleys."
    )
    assert [f[2] for f in found] == ["the new signals", "doctors back to the northern valleys"]


def test_saying_one_will_not_use_seek_or_hold_is_a_refusal():
    found = facts_of(
        "Hollin Bank said it would not use its veto on the sale. "
        "Vardy Airways will not seek damages from the airport. "
        "Prices will not keep rising, the bank said."
    )
    assert found == [
        (("Hollin Bank",), "would not use", "its veto on the sale", "negative"),
        (("Vardy Airways",), "will not seek", "damages from the airport", "negative"),
    ]


def test_a_description_is_not_the_name_in_its_own_relative_clause():
    text = (
        "Velmar said on Monday it would buy Dunmore Air. "
        "Ilse Varga said the government, which owns 30% of Velmar, would not sell its stake."
    )
    refusals = [f for f in facts_of(text) if f[3] == "negative"]
    assert refusals and all(f[0] != ("Velmar",) for f in refusals)


def test_blocking_a_deal_is_a_refusal_blocking_a_road_or_a_record_is_not():
    found = facts_of(
        "The Norvik Competition Authority on Thursday blocked the planned takeover of Selby Air. "
        "Farmers blocked the road to the port. "
        "It is the first time the authority has blocked a merger since 2009."
    )
    assert found == [
        (
            ("Norvik Competition Authority",),
            "blocked",
            "the planned takeover of Selby Air",
            "negative",
        )
    ]


def test_a_modal_aspect_verb_takes_the_object_of_its_gerund():
    found = facts_of(
        "Brannel Water said it would stop charging fees for late payment. "
        "Prices will start rising next year."
    )
    assert found == [
        (("Brannel Water",), "would stop charging", "fees for late payment", "positive")
    ]


def test_hyphenated_names_stay_whole_and_a_shared_subject_is_the_speaker():
    found = facts_of(
        "Judge Marta Kessel-Órban rejected the objections of two former employees. "
        "Fennick Air agreed to buy Velm Air. "
        "The cabin crew union UCV-Fen welcomed the deal but said it would not accept job cuts."
    )
    assert [f[0] for f in found] == [("Marta Kessel-Órban",), ("Fennick Air",), ("UCV-Fen",)]


def test_related_link_lists_and_headings_give_no_facts():
    text = (
        "Dunmore Town agreed to sign the striker on Friday.\n\n"
        "Related coverage\n\n"
        "• Dunmore agree fee for Ostia striker • Ostia reject second Dunmore bid\n\n"
        "Ostia reject third Dunmore bid as talks stall"
    )
    assert [f[1] for f in facts_of(text)] == ["agreed to sign"]


def test_the_company_is_not_a_council_or_a_road_number():
    text = (
        "Harwick Borough Council approved plans for 900 homes near the A419 on Tuesday. "
        "Dellow Homes agreed to pay £4 million towards a new bridge over the A419. "
        "The company also promised that the bridge would open before the first homes."
    )
    actors = [f[0] for f in facts_of(text)]
    assert len(actors) == 3 and actors[-1] not in (("Harwick Borough Council",), ("A419",))


def test_the_coalition_goes_back_to_the_ruling_coalition_not_to_the_last_party():
    text = (
        "The Greens agreed to back the budget after talks with the ruling coalition. "
        "The Liberal Alliance voted against it. "
        "Under the deal, the coalition will freeze rail fares until 2027."
    )
    found = facts_of(text)
    assert found[-1][:2] == (("ruling coalition",), "will freeze")


def test_quoted_readiness_is_a_quote_and_up_to_bounds_a_number():
    found = facts_of(
        'Prosecutor Ann Dorsey told the court the Crown was "ready to proceed". '
        "Velmark said it would allow up to 300 monitors to visit the prisons."
    )
    assert found == [
        (("Velmark",), "would allow", "up to 300 monitors to visit the prisons", "positive")
    ]


def test_a_deal_that_commits_a_party_makes_that_party_the_actor():
    found = facts_of(
        "Ravel Foods agreed on Monday to settle the case. "
        "The settlement also commits Ravel Foods to fund a new clinic in the town."
    )
    assert found[-1] == (
        ("Ravel Foods",),
        "commits to fund",
        "a new clinic in the town",
        "positive",
    )


def test_its_staff_act_for_the_body():
    found = facts_of(
        "The Northern Development Fund said on Friday its staff had agreed to lend Orvany "
        "$2 billion over three years."
    )
    assert [f[0] for f in found] == [("Northern Development Fund",)]


def test_the_noun_a_name_ends_in_stands_for_it_and_a_named_first_object_is_the_recipient():
    found = facts_of(
        "Halden Royal Infirmary will host the new clinic. "
        "The hospital's chief executive, Dr Ana Kell, said the infirmary would not charge the "
        "University of Eastmere rent for the site."
    )
    assert found[-1] == (
        ("Halden Royal Infirmary",),
        "would not charge",
        "rent for the site",
        "negative",
    )


def test_an_estimate_of_what_something_will_do_is_no_commitment():
    text = (
        "The Harrow Line was approved on Monday. "
        "City staff estimate the line will carry 9,000 riders a day by 2031."
    )
    assert all(f[1] != "will carry" for f in facts_of(text))
