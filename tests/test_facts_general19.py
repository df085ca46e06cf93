"""Tests of the nineteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ "Minister of X and Y <name>"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Deputy Minister of Agriculture and Rural Development Nguyen Thanh Ha pledged to "
            "send 15 exporters to the fair in Sarvo.",
            "Nguyen Thanh Ha",
        ),
        (
            "Minister of Trade and Industry Kalem Osei pledged to open two trade offices in "
            "Vantria.",
            "Kalem Osei",
        ),
    ],
)
def test_a_ministers_two_part_portfolio_is_not_part_of_the_name(text, actor):
    assert [row[0] for row in facts_of(text)] == [(actor,)]


# ------------------------------------------------ "the Vietnamese side"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "Valdoria and Kestrania held talks in Tarn on Monday. The Kestranian side pledged "
            "to open three consular offices in Valdorian cities.",
            "open",
            "Kestrania",
        ),
        (
            "Viet Nam and Chile signed a fruit protocol in Ha Noi. The Vietnamese delegation "
            "also pledged to send 15 exporters to a trade fair in Santiago.",
            "send",
            "Viet Nam",
        ),
    ],
)
def test_a_side_named_by_its_demonym_is_that_country(text, verb, actor):
    assert [row[0] for row in _rows(text, verb)] == [(actor,)]
