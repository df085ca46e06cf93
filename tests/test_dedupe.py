"""Tests of same-story detection: copies grouped, different stories apart, every method."""

from __future__ import annotations

import pytest
from assemble_fixtures import DATA, article

from digest.dedupe import DedupeOptions, group_duplicates, similar_pairs

NAMES = [
    "exchange_wire",
    "armenia_budget",
    "exchange_copy",
    "cup_final",
    "exchange_rewrite",
    "chip_plant",
]


def texts() -> list[str]:
    out = []
    for name in NAMES:
        a = article(name)
        out.append(f"{a.title}\n\n{a.text}")
    return out


def test_fixture_folder_exists():
    assert (DATA / "exchange_wire.txt").is_file()


@pytest.mark.parametrize("method", ["hybrid", "tfidf", "minhash"])
def test_a_lightly_edited_copy_is_grouped_with_its_original(method):
    threshold = {"copy_threshold": 0.5} if method == "minhash" else {}
    groups = group_duplicates(texts(), DedupeOptions(method=method, **threshold))
    assert [0, 2] in groups
    assert sorted(i for g in groups for i in g) == list(range(len(NAMES)))
    # the budget story is about Armenia too, and stays alone
    assert [1] in groups


def test_groups_are_sorted_and_ordered_by_first_member():
    groups = group_duplicates(texts())
    assert groups == sorted(groups, key=lambda g: g[0])
    assert all(g == sorted(g) for g in groups)


def test_same_event_rewrite_joins_only_below_its_cosine():
    loose = group_duplicates(texts(), DedupeOptions(event_threshold=0.5))
    assert [0, 2, 4] in loose
    strict = group_duplicates(texts(), DedupeOptions(event_threshold=0.9))
    assert [4] in strict


def test_unrelated_texts_make_no_pairs():
    assert similar_pairs(texts()[3:4] + texts()[5:6], DedupeOptions()) == []


def test_exact_copies_of_short_texts_are_grouped():
    short = ["Rovers win the cup.", "Norvale builds a plant in Ohio.", "Rovers win the cup."]
    assert group_duplicates(short) == [[0, 2], [1]]


def test_empty_and_single_inputs():
    assert group_duplicates([]) == []
    assert group_duplicates(["only one"]) == [[0]]
    assert group_duplicates(["", "", "the of and"]) == [[0], [1], [2]]


def test_results_do_not_depend_on_the_run():
    assert group_duplicates(texts()) == group_duplicates(texts())


@pytest.mark.parametrize(
    "options",
    [
        {"method": "cosine"},
        {"copy_threshold": 0},
        {"event_threshold": 1.5},
        {"lsh_threshold": -0.1},
    ],
)
def test_bad_options_are_refused(options):
    with pytest.raises(ValueError):
        DedupeOptions(**options)
