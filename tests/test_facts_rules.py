"""Tests of the general precision and recall rules of the facts step (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")  # the model, or skip


def test_speculation_habits_and_empty_refusals_give_no_facts():
    text = (
        "Dravik Steel could cut 3,000 jobs next year. "
        "Olvane Bank may raise its offer for Pexley. "
        "Marsh Lane Lenders offer loans to small farms across Tarsonia. "
        "Quorra Foods declined to comment on the talks. "
        "The Velm Rail merger will mark the end of an era for the region."
    )
    assert facts_of(text) == []


def test_guesses_and_forecasts_of_others_give_no_facts():
    text = (
        "The Central Bank of Ostrel will almost certainly raise rates in May. "
        "Analysts said Brevik Motors would close its Ulm plant. "
        "Brevik Motors has reportedly agreed to sell its truck unit, a newspaper said."
    )
    found = facts_of(text)
    assert len(found) == 1  # a reported deal stays; the forecasts go
    assert found[0][0] == ("Brevik Motors",) and "agreed to sell" in found[0][1]


def test_quoted_words_are_a_quote_not_a_fact():
    text = '"We are going to build it anyway," said Tomas Reln, the mayor of Varsk.'
    assert facts_of(text) == []


def test_denials_corrections_and_negated_refusals_give_no_facts():
    text = (
        "Korvel Air denied reports that it had agreed to a 9% rise for its pilots. "
        "The Norrin Drivers' Union did not rule out a strike in June. "
        "Correction: an earlier version of this article said Korvel Air had agreed to hire "
        "300 pilots."
    )
    assert facts_of(text) == []


def test_phrasal_refusals_and_commitments():
    found = facts_of(
        "Korvel Air ruled out any change to rosters. "
        "The Pellan City Council signed off on a ten-year contract with Avra Water. "
        "The Tessic Farmers' Guild balked at the new levy."
    )
    views = {(a, act, pol) for a, act, _obj, pol in found}
    assert (("Korvel Air",), "ruled out", "negative") in views
    assert (("Pellan City Council",), "signed off on", "positive") in views
    assert (("Tessic Farmers' Guild",), "balked at", "negative") in views


def test_a_promise_not_to_act_is_positive_a_vow_not_to_is_a_refusal():
    found = facts_of(
        "Harlow Shipping has undertaken not to close the Frisk terminal. "
        "Mirela Ost vowed not to return the disputed islands."
    )
    polarity = {a[0]: pol for a, _act, _obj, pol in found}
    assert polarity == {"Harlow Shipping": "positive", "Mirela Ost": "negative"}


def test_a_month_or_a_nationality_is_never_an_actor():
    found = facts_of(
        "Trevane Motors said on Friday that it had lost money in March. "
        "Last month, it signed a supply deal with Ulvar. "
        "The 29-year-old Ostrelian has signed a three-year contract with Brammer City."
    )
    assert all(a not in {("March",), ("Ostrelian",)} for a, *_rest in found)
    found = facts_of("Trevane Motors agreed to cut prices in March. Last month, it signed a deal.")
    assert (("Trevane Motors",), "signed") in {(a, act) for a, act, *_rest in found}


def test_past_agreement_on_what_both_parties_will_do():
    found = facts_of(
        "Ministers of Sorvia and Pellan agreed on Monday that their countries would reopen "
        "the border crossing."
    )
    assert found and found[0][3] == "positive" and found[0][1].startswith("agreed")
    assert facts_of("Analysts agree that the truce will hold.") == []


def test_gapped_second_actor_shares_the_verb_group():
    found = facts_of(
        "Marrowland and Quessia met donors in Telvo. Marrowland, the host, will give "
        "$250 million over two years and Quessia $90 million."
    )
    views = {(a, act, obj) for a, act, obj, _pol in found}
    assert (("Marrowland",), "will give", "$250 million over two years") in views
    assert (("Quessia",), "will give", "$90 million") in views
    found = facts_of(
        "Under the accord, Pardova will keep 55% of the catch and Lisken the rest. "
        "Lisken welcomed it."
    )
    views = {(a, obj) for a, _act, obj, _pol in found}
    assert views == {(("Pardova",), "55% of the catch"), (("Lisken",), "the rest")}


def test_give_commits_only_with_a_sum_or_a_share_but_keeping_something_open_commits():
    assert facts_of("Marrowland will give a speech at the summit.") == []
    # writers count "would keep its stores open" as a commitment (gold dev and a fresh batch)
    found = facts_of("Marrowland will keep its embassy in Telvo open.")
    assert [(a, act) for a, act, _obj, _pol in found] == [(("Marrowland",), "will keep")]


def test_present_be_to_infinitive_is_a_decided_plan():
    found = facts_of("The Harrow Fund is to finance 40 new clinics in Dessa.")
    assert [(a, act) for a, act, _obj, _pol in found] == [(("Harrow Fund",), "is to finance")]
    assert facts_of("The aim is to finance 40 new clinics.") == []
    assert facts_of("Dessa is to meet Harrow Fund officials on Monday.") == []
    assert facts_of("The unions claim Dessa Motors is to close the Brell plant.") == []


def test_completing_a_deal_commits_completing_a_task_does_not():
    found = facts_of("Tarvin Mills said it had completed its takeover of Odell Grain.")
    assert [(a, act) for a, act, _obj, _pol in found] == [(("Tarvin Mills",), "had completed")]
    assert facts_of("Tarvin Mills completed the survey of its depots.") == []


@pytest.mark.parametrize(
    ("sentence", "number", "unit"),
    [
        ("The bank pledged a US$1.1 billion loan to the city.", "US$1.1 billion", "US$"),
        ("The ministry will transfer Rs 35 billion to the fund.", "Rs 35 billion", "Rs"),
        ("The union offered N48.5 billion to the doctors.", "N48.5 billion", "N"),
        ("The university declined a Dh150 million donation.", "Dh150 million", "Dh"),
        ("Owners will pay Tk 2,000 to each worker.", "Tk 2,000", "Tk"),
        ("Harlen will cancel 300 million krona of debt.", "300 million krona", "krona"),
        ("They agreed to pay €48 million.", "€48 million", "€"),
    ],
)
def test_a_currency_before_or_after_the_number_stays_in_it(nlp, sentence, number, unit):
    from digest.facts.quantity import quantity_in

    found = quantity_in(list(nlp(sentence)))
    assert found is not None and (found.number, found.unit) == (number, unit)


def test_model_names_are_no_money(nlp):
    from digest.facts.quantity import quantity_in

    found = quantity_in(list(nlp("The hospital will buy N95 masks for 40 wards.")))
    assert found is not None and found.number == "40"
