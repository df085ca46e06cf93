"""Tests of the fifteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

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
