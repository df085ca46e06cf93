"""Tests of the sixth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted

pytestmark = pytest.mark.usefixtures("nlp")  # the model, or skip


def test_currency_codes_are_money_never_parties():
    facts = extracted(
        "Velmora Holdings agreed to transfer Rs 35 billion to a pension fund. "
        "Tarvik Telecom will fund the mast network with a KRV 700 million bond. "
        "Ostrel Foods offered to pay Dh150 million for the mill."
    ).facts
    names = {n for f in facts for n in (*f.actors, f.counterparty) if n}
    assert not names & {"Rs", "KRV", "Dh150"}
    numbers = {f.quantity.number for f in facts if f.quantity}
    assert {"Rs 35 billion", "KRV 700 million", "Dh150 million"} <= numbers


def test_name_with_lower_case_particle_is_one_name():
    result = extracted(
        "Tahar ag Mellouk, who leads the Coalition of the Dunes, signed the accord on Sunday. "
        '"We will hold them to every line," Mellouk said. '
        "The talks were also attended by Pieter van Amstel."
    )
    speakers = {q.speaker for q in result.quotes}
    assert speakers == {"Tahar ag Mellouk"}
    names = {e.name for e in result.entities}
    assert {"Tahar ag Mellouk", "Pieter van Amstel"} <= names
    assert "Amstel" not in names


def test_government_of_a_country_keeps_its_whole_name():
    result = extracted(
        "The Government of Valdoria and the Ostmark Workers Union signed a wage pact on Friday."
    )
    actors = {a for f in result.facts for a in f.actors}
    assert "Government of Valdoria" in actors
    assert "Government" not in actors
    kinds = {e.name: e.kind for e in result.entities}
    assert kinds.get("Government of Valdoria") == "organisation"
