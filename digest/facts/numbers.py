"""Money, percentages, dates, times and counts as entity spans, by rules over the tokens."""

from __future__ import annotations

import re
from typing import Any

from digest.facts.dates import DAY_WORDS, WEEKDAYS
from digest.facts.quantity import FOREIGN_CURRENCY_WORDS, currency_code

Doc = Any
Token = Any

_CURRENCY_SIGNS = frozenset("$€£¥₹")
_CURRENCY_WORDS = (
    frozenset(
        """
    dollar dollars euro euros pound pounds yen yuan rupee rupees dinar dinars crown crowns
    krona kronor shilling shillings franc francs peso pesos rand naira ruble rubles rouble
    roubles lira won riyal dirham dirhams usd eur gbp cedi ringgit baht rupiah taka riyals
    """.split()
    )
    | FOREIGN_CURRENCY_WORDS
)
_SCALES = frozenset(
    "hundred thousand million billion trillion bn mln m k lakh lakhs crore crores".split()
)
_PERCENT = frozenset(["%", "percent", "pct"])
_DURATION = frozenset(
    "day days week weeks month months year years decade decades hour hours minute minutes".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_TIME_WORDS = frozenset("morning afternoon evening night midnight noon".split())
_SEASONS = frozenset("spring summer autumn fall winter season quarter".split())
_RELATIVE = frozenset("this next last previous coming past early late end".split())
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$",
    re.I,
)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def number_spans(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the money, percentages, dates, times and counts in the tokens,
    skipping positions in `taken`."""
    out: list[tuple[int, int, str]] = []
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        low = tok.lower_
        if i in taken:
            i += 1
            continue
        date = _date_at(doc, i)
        if date:
            out.append((i, date, "DATE"))
            i = date
            continue
        if low in _TIME_WORDS:
            start = i - 1 if i and doc[i - 1].lower_ in _RELATIVE | {"the"} else i
            out.append((start, i + 1, "TIME"))
            i += 1
            continue
        if _ORDINAL.match(tok.text):
            out.append((i, i + 1, "ORDINAL"))
            i += 1
            continue
        code = currency_code(doc, i)  # "Rs 35 billion", "Dh150", "SWD 500 million"
        glued = code and not (i + 1 < n and doc[i + 1].like_num)
        sign = (tok.text in _CURRENCY_SIGNS and i + 1 < n and doc[i + 1].like_num) or code
        if tok.like_num or sign:
            start = i
            j = i + 1 if sign and not glued else i
            while j + 1 < n:
                if doc[j + 1].like_num or doc[j + 1].lower_ in _SCALES:
                    j += 1  # "4.2 million", "1.5 billion"
                elif (
                    j + 2 < n
                    and doc[j + 1].text == "-"
                    and not doc[j].whitespace_
                    and not doc[j + 1].whitespace_
                    and doc[j + 2].lower_ in _SCALES
                    and (doc[j].like_num or doc[j].lower_ in _SCALES)
                ):
                    j += 2  # "$48-million", Canadian style
                else:
                    break
            label = "CARDINAL"
            if sign:
                label = "MONEY"
            if j + 1 < n and doc[j + 1].lower_ in _CURRENCY_WORDS:
                j += 1
                label = "MONEY"
            elif j + 1 < n and doc[j + 1].lower_ in _PERCENT:
                j += 1
                label = "PERCENT"
            elif j + 2 < n and doc[j + 1].lower_ == "per" and doc[j + 2].lower_ == "cent":
                j += 2
                label = "PERCENT"
            out.append((start, j + 1, label))
            i = j + 1
            continue
        i += 1
    return out


def _date_at(doc: Doc, i: int) -> int:
    """End of a date starting at token i ("on Friday", "March 4", "next year", "2027",
    "60 days", "five-year"), or 0."""
    n = len(doc)
    tok = doc[i]
    low = tok.lower_
    if low in WEEKDAYS or low in DAY_WORDS:
        return i + 1
    if low in _MONTHS and tok.text[:1].isupper() and (low != "may" or _month_context(doc, i)):
        if _first_name(doc, i):
            return 0  # "June Marchetti said", "April Dunne, the chair,"
        end = i + 1
        while end < n and (doc[end].like_num or doc[end].text == ","):
            if doc[end].text == "," and not (end + 1 < n and _YEAR.match(doc[end + 1].text)):
                break
            end += 1
        return end
    if _YEAR.match(tok.text) and tok.tag_ == "CD":
        return i + 1
    if (
        low in _RELATIVE
        and i + 1 < n
        and (doc[i + 1].lower_ in _DURATION or doc[i + 1].lower_ in _SEASONS)
    ):
        return i + 2  # "next year", "this summer"
    if tok.like_num and i + 1 < n:
        nxt = doc[i + 1]
        if nxt.lower_ in _DURATION:
            return i + 2  # "60 days", "three years"
        if nxt.text == "-" and i + 2 < n and doc[i + 2].lower_ in _DURATION:
            return i + 3  # "five-year"
    return 0


_BEFORE_DATES = frozenset(
    "in of on since until till by from to last next this early late mid".split()
)


def _first_name(doc: Doc, i: int) -> bool:
    """Is the month at i a first name: followed by a capitalised word that is no month or
    weekday, and not after a word that introduces a date ("in June Parliament ...")?"""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i else None
    if nxt is None or not nxt.is_alpha or not nxt.text[:1].isupper() or nxt.text.isupper():
        return False
    if nxt.lower_ in _MONTHS or nxt.lower_ in WEEKDAYS or nxt.tag_ not in ("NNP", "NNPS"):
        return False
    return prev is None or prev.lower_ not in _BEFORE_DATES


def _month_context(doc: Doc, i: int) -> bool:
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i else None
    return bool(
        (nxt is not None and nxt.like_num) or (prev is not None and prev.lower_ in ("in", "of"))
    )


def glued_scale(last: Any) -> Any | None:
    """The scale word glued to a number ("20" + "m" of "€20m"), when the parse left it out
    (the same scale words number_spans reads)."""
    doc = last.doc
    if not last.like_num or last.whitespace_ or last.i + 1 >= len(doc):
        return None
    nxt = doc[last.i + 1]
    return nxt if nxt.lower_ in _SCALES else None


def is_amount(tok: Token) -> bool:
    """Is the token a number or an amount of money ("$80 million", "4%")?"""
    return tok.like_num or tok.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")


def counted(tok: Token) -> bool:
    """An amount ("€60 million", "41.5p") or a counted noun ("6.40 florins")."""
    return (
        is_amount(tok)
        or tok.tag_ == "CD"  # "41.5p"
        or any(is_amount(c) for c in tok.children if c.dep_ == "nummod")
    )
