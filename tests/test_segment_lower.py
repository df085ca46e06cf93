"""Articles written all in lower case split into the same sentences as their cased text."""

from __future__ import annotations

import pytest

from digest.segment import sentences
from digest.segment_lower import all_lower, capitalise_starts

CASED = (
    "The Harbour Board said on Monday it would sign the dredging contract. Mr. Okafor, the "
    "U.S. envoy, agreed to attend. Prices rose 3.5% in May! Then J. K. Brandt said the board "
    'had waited long enough. "Why now?" she asked. Nobody answered.\n\n'
    "The board will meet again on June 4. It expects the work to take two years."
)


def test_lower_cased_text_splits_like_the_cased_text():
    lowered = CASED.lower()
    got = sentences(lowered)
    want = sentences(CASED)
    assert [s.text for s in got] == [s.text.lower() for s in want]
    assert [s.paragraph for s in got] == [s.paragraph for s in want]
    assert len(got) == 8


def test_tokenised_lower_case_text_splits_at_lone_full_stops():
    text = (
        "-lrb- cnn -rrb- the ministry said on monday it would sign the deal . the u.s. envoy , "
        "mr. okafor , agreed . prices rose 3.5 % in may ."
    )
    got = [s.text for s in sentences(text)]
    assert got == [
        "-lrb- cnn -rrb- the ministry said on monday it would sign the deal .",
        "the u.s. envoy , mr. okafor , agreed .",
        "prices rose 3.5 % in may .",
    ]


def test_sentences_keep_the_original_characters():
    lowered = CASED.lower()
    for s in sentences(lowered):
        assert s.text in lowered.replace("\n\n", " ")
        assert s.text == s.text.lower()


@pytest.mark.parametrize(
    "text",
    [CASED, "short text. no capitals.", "ALL CAPS HEADLINE TEXT. " * 5],
)
def test_only_long_text_without_any_capital_is_treated(text):
    assert not all_lower(text)


def test_capitalise_starts_keeps_length_and_skips_abbreviations():
    paragraph = 'mr. smith met dr. jones. "why?" she asked. it ended. (st. ives)'
    shown = capitalise_starts(paragraph)
    assert len(shown) == len(paragraph)
    assert shown == 'mr. smith met dr. jones. "why?" she asked. It ended. (st. ives)'
