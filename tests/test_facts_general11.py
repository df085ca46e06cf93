"""Tests of the eleventh round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

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
