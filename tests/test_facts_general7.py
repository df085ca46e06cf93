"""Tests of the seventh round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted

pytestmark = pytest.mark.usefixtures("nlp")  # the model, or skip


def test_acronym_pair_with_slash_is_one_name():
    facts = extracted(
        "Under the terms of a Protocol on Water Sharing, the Dravian cabinet and KDP/B have "
        "agreed to release 40 prisoners."
    ).facts
    assert [f.actors for f in facts] == [("Dravian cabinet", "KDP/B")]


def test_subject_lost_after_a_fronted_phrase_is_found():
    # the parser hangs "the Ostrevan government and FLN/R" on the fronted phrase
    facts = extracted(
        "With the signing of a Framework Accord on Border Crossings (FABC) in Tarvel, the "
        "Ostrevan government and FLN/R have agreed to open three border crossings."
    ).facts
    assert [(f.actors, f.action, f.object) for f in facts] == [
        (("Ostrevan government", "FLN/R"), "have agreed to open", "three border crossings")
    ]


def test_dateline_with_two_cities_is_never_an_actor():
    facts = extracted(
        "HALVIK/DORSET BAY, March 3 (Tidewire) - The Corran Development Bank said on Friday "
        "its staff had reached agreement with Ostrevia on a $1.2 billion loan."
    ).facts
    actors = {a for f in facts for a in f.actors}
    assert actors and not actors & {"HALVIK", "DORSET BAY", "HALVIK/DORSET BAY"}
