"""Dates and times are never actors: "on Friday, donors pledged" is the donors' pledge."""

from __future__ import annotations

from digest.facts.syntax import Token

WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# No "may": capitalised, it is as often the modal opening a sentence (names.py checks context).
MONTHS = frozenset(
    "january february march april june july august september october november december".split()
)
DAY_WORDS = frozenset("today yesterday tomorrow tonight weekend".split())


def is_date(tok: Token) -> bool:
    """Is the token a weekday, a month, "yesterday" or part of a date or time entity?"""
    low = tok.lower_
    if low in WEEKDAYS or low in DAY_WORDS:
        return True
    if low in MONTHS and tok.text[:1].isupper():
        return True
    return tok.ent_type_ in ("DATE", "TIME") and not tok.like_num
