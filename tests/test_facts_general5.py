"""Tests of the fifth round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import facts_of

from digest.facts import extract_facts
from digest.model import Article
from digest.segment import sentences

pytestmark = pytest.mark.usefixtures("nlp")  # the model, or skip


def test_relative_pronoun_of_a_passive_is_its_antecedent():
    found = facts_of(
        "The settlement, which was adopted by the Northern Labour Court on Tuesday, "
        "was negotiated over four months."
    )
    assert (("Northern Labour Court",), "was adopted", "The settlement", "positive") in found
    assert all(f[2].lower() not in ("which", "that") for f in found)


def test_board_of_a_named_body_acts_for_the_body():
    found = facts_of("Lomax Mining's board rejected the takeover bid from Arden Metals.")
    assert [f[0] for f in found] == [("Lomax Mining",)]


def test_amount_antecedent_is_the_noun_it_measures():
    found = facts_of("Pellar Group made a bid of £1.3bn, which was rejected by the Varn Exchange.")
    assert (("Varn Exchange",), "was rejected", "a bid", "negative") in found


def test_dates_are_never_actors():
    found = facts_of(
        "Donor governments meeting at the Tavel Summit on Friday pledged a combined "
        "US$3.1 billion to a new fund. A draft text circulated on Thursday, which would "
        "have committed signatories to end coal use, was dropped."
    )
    actors = [f[0] for f in found]
    assert ("Donor governments",) in actors
    assert not any(a in (("Friday",), ("Thursday",)) for a in actors)


def test_courtesy_titles_are_stripped_from_actors_and_speakers():
    text = (
        "Headline of the day\n\n"
        '"The harvest was good," Dr. Selma Okoro said. Mrs Ada Lowe signed the lease.'
    )
    article = Article(id="t", source="t", title="", text=text, sentences=sentences(text))
    result = extract_facts(article)
    assert [q.speaker for q in result.quotes] == ["Selma Okoro"]
    assert [f.actors for f in result.facts] == [("Ada Lowe",)]
