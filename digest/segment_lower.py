"""Sentence starts for text written all in lower case, so that the splitter can see them.

Some datasets and feeds lower-case whole articles ("-lrb- cnn -rrb- the ministry said ...").
The sentence splitter reads a capital letter after a full stop as the sign of a new sentence;
without capitals it glues sentences together (on lower-cased BBC articles, one sentence in
eight). `capitalise_starts` upper-cases the first letter after each likely sentence end; the
caller splits that text and lower-cases the sentences again, which gives back the original
text exactly, because the original has no capital letters at all.
"""

from __future__ import annotations

import re

# A token that ends a sentence: "earlier." or a lone "." (tokenised text), with closing
# quotes or brackets after it ("said.'", ". ''"), then space and a lower-case letter.
_END = re.compile(r"(\S*?)([.?!]+)((?:''|[\"'\u201d\u2019)\]])*)(\s+)(?=[a-z])")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")  # "j", "u.s", "e.g"
_MIN_LETTERS = 40  # shorter texts (a headline, a caption) are left as they are


def all_lower(text: str) -> bool:
    """True when the text has words but not a single capital letter."""
    # islower(): at least one cased character and none upper case, without copying the text
    return text.islower() and sum(c.isalpha() for c in text[:2000]) >= _MIN_LETTERS


def capitalise_starts(paragraph: str) -> str:
    """The paragraph with the first letter after each likely sentence end upper-cased.

    Not a sentence end: an abbreviation or initial before the full stop ("mr. smith",
    "u.s. officials", "j. smith"), and a quoted question or exclamation ('"why?" she asked'),
    which the splitter keeps in one sentence anyway. Lengths and positions are unchanged.
    """
    from digest.segment import ABBREVIATIONS  # here: segment imports this module

    chars = list(paragraph)
    for m in _END.finditer(paragraph):
        word, marks, closing = m.group(1).lstrip("([{\"'`\u201c\u2018"), m.group(2), m.group(3)
        if marks == "." and (word in ABBREVIATIONS or _INITIALS.fullmatch(word)):
            continue
        if marks[-1] in "?!" and closing:
            continue
        chars[m.end()] = chars[m.end()].upper()
    return "".join(chars)
