"""facts.scan gives what the article-specific regexes it replaces would give."""

from __future__ import annotations

import random
import re

from digest.facts.scan import first_names_before, name_finder

NAMES = [
    "Veskar",
    "Veskari",
    "Tolmany",
    "Ada Kiel",
    "Kiel",
    "Orlen Gate",
    "Orlen",
    "K-Mart",
    "U.N.",
]
WORDS = [
    "the",
    "said",
    "-",
    "pre",
    "and",
    "Marta",
    "Ada",
    "J.",
    "Keller",
    "\n",
    "\t",
    " ",
    "'s",
    ",",
]


def _random_text(rng: random.Random) -> str:
    parts = [rng.choice(NAMES + WORDS) for _ in range(rng.randint(1, 25))]
    return "".join(p + rng.choice(["", " ", "  ", "-", "\n", "."]) for p in parts)


def test_name_finder_equals_the_alternation_regex():
    rng = random.Random(7)
    names = sorted(NAMES, key=len, reverse=True)
    regex = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")
    find = name_finder(names)
    for _ in range(3000):
        text = _random_text(rng)
        assert find(text) == [(m.start(), m.group(0)) for m in regex.finditer(text)], text


def test_first_names_before_equals_the_per_name_regex():
    rng = random.Random(11)
    for _ in range(3000):
        text = _random_text(rng)
        for name in ("Keller", "Kiel", "Orlen Gate"):
            regex = re.compile(rf"\b([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?)[ \t]+{re.escape(name)}\b")
            expected = [(m.group(1), m.group(0)) for m in regex.finditer(text)]
            assert list(first_names_before(text, name)) == expected, (text, name)
