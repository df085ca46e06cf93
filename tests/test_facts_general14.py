"""Tests of the fourteenth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

pytestmark = pytest.mark.usefixtures("nlp")


def _rows(text: str, verb: str) -> list[tuple[tuple[str, ...], str, str, str]]:
    return [row for row in facts_of(text) if verb in row[1]]


# ------------------------------------------------ trades that end a company's name


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Tarrow Valley Coach Lines has agreed to hire the district's drivers. "
            "The company said it would keep the starting wage at $21 an hour.",
            "Tarrow Valley Coach Lines",
        ),
        (
            "Eastgate Fresh Market will close its Delling Street store next month. "
            "The company said it would offer jobs at its other stores to all 38 employees.",
            "Eastgate Fresh Market",
        ),
    ],
)
def test_lines_and_market_end_a_company_name(text, actor):
    rows = [r for r in facts_of(text) if r[1] in ("would keep", "would offer")]
    assert [r[0] for r in rows] == [(actor,)]


# ------------------------------------------------ a headline's lone noun is no name


def test_a_lone_capitalised_noun_in_an_entry_title_is_not_the_government():
    text = (
        "Tarvia had refused to change the signage law, which the Supreme Court struck down "
        "on Tuesday.\n\n11:42 a.m.\nGovernment won't appeal\n\n"
        "Justice Minister Ilse Vormann said the government would not appeal the ruling."
    )
    rows = _rows(text, "appeal")
    assert [r[0] for r in rows] == [("Tarvia",)]
