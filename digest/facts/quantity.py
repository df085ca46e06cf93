"""Numbers in an object: the number as written, its unit and its value."""

from __future__ import annotations

import re
from typing import Any

from digest.model import Quantity

Token = Any

_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_WORDS.update(
    {
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "sixty": 60,
        "seventy": 70,
        "eighty": 80,
        "ninety": 90,
        "dozen": 12,
        "a": 1,
    }
)
_SCALE = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "mln": 1e6,
    "bln": 1e9,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
    "lakh": 1e5,  # South Asian: "Rs 5 lakh", "Rs 4,800 crore"
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_CURRENCY = "$€£¥₹"
# Currency words outside the usual few, shared with the number spans ("520 million złoty").
FOREIGN_CURRENCY_WORDS = frozenset(
    "złoty zloty zlotys forint forints koruna leu lei lev leva hryvnia hryvnias tenge lari manat "
    "kwacha birr cedis shekel shekels kyat dong riel kip guarani colones reais soles pula kina"
    "".split()
)
_CURRENCY_WORDS = FOREIGN_CURRENCY_WORDS | frozenset(
    "dollar dollars euro euros pound pounds yen pesos krona kronor kroner rupees naira shillings "
    "rand ringgit dirhams riyals francs yuan won baht lira rubles roubles dinars cedi taka rupiah"
    "".split()
)
_SKIP_LABELS = ("DATE", "TIME", "ORDINAL")
_APPROX = frozenset(
    "about around some nearly almost roughly approximately over under up to more than "
    "less than at least fewer".split()
)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$|^(?:first|second|third|fourth|fifth|tenth)$", re.I)
_NUMBER = re.compile(r"^[$€£¥₹]?\d[\d,]*(?:\.\d+)?[%]?$")
# A currency written before the number as a separate token ("US$ 1.1", "Rs 35", "KSh 240"), or
# glued to it ("N48.5", "Dh150"): part of the number as written, never dropped from it.
_CODES = (
    r"Rs\.?|Tk|KSh|Ksh|USh|TSh|Shs|Sh|Dh|RM|Rp|GH₵|GH¢|USD|EUR|GBP|INR|NGN|KES|UGX|TZS|GHS|PKR|BDT|AED|"
    r"ZAR|CHF|JPY|CNY|SEK|NOK|DKK|S/"
)
_PREFIX = re.compile(rf"^(?:[A-Z]{{1,3}}\$|[₦₱₩₵₹₺₴₽₫₸₾]|{_CODES})$")
_GLUED = re.compile(rf"^(?:[A-Z]{{1,3}}\$|[₦₱₩₵₹₺₴₽₫₸₾]|{_CODES}|N|R|K|P)\d[\d,]*(?:\.\d+)?$")


_SCALE_WORDS = frozenset("million billion trillion bn mln lakh lakhs crore crores".split())
_ISO_CODE = re.compile(r"^[A-Z]{3}$")


def currency_code(toks: list[Token], i: int) -> bool:
    """Is token i a currency written with a number: glued to it ("Dh150", "N48.5"), a known code
    before it ("Rs 35", "KSh 240") or three capitals before a number and a scale ("SWD 500
    million", not "FTSE 100")? Money, never a name. `toks` is the document's token list."""
    text = toks[i].text
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _GLUED.match(text):
        # "N95 masks", "R5", "K9 units", "P40": naira, rand, kina and pesos only with a scale
        return _prefix(text) not in ("N", "R", "K", "P") or (
            nxt is not None and nxt.lower_ in _SCALE_WORDS
        )
    if nxt is None or not nxt.like_num:
        return False
    if _PREFIX.match(text):
        return True
    after = toks[i + 2] if i + 2 < len(toks) else None
    return bool(_ISO_CODE.match(text)) and after is not None and after.lower_ in _SCALE_WORDS


def parse_value(text: str) -> float | None:
    """Numeric value of "32", "1,200", "$2.3 billion", "15%", "two", "2.3bn"; None if unclear."""
    t = text.lower().replace(",", "").strip(_CURRENCY + " ")
    t = t.replace("%", " ").replace("percent", " ").replace("per cent", " ")
    value: float | None = None
    scale = 1.0
    for part in re.findall(r"[a-z]+|\d+(?:\.\d+)?", t):
        if part[0].isdigit():
            if value is not None:
                return None
            value = float(part)
        elif part in _WORDS and value is None:
            value = float(_WORDS[part])
        elif part in _SCALE:
            scale *= _SCALE[part]
        elif part in _CURRENCY_WORDS or part in ("usd", "eur", "gbp"):
            continue
        else:
            break
    return value * scale if value is not None else None


_DURATIONS = frozenset("days weeks months years hours".split())


def quantity_in(toks: list[Token], durations: bool = False) -> Quantity | None:
    """The first number of an object span (not a date, time or ordinal), with its unit; with
    `durations`, "60 days" counts ("extend the ceasefire by 60 days"). In "from 30% to 38%"
    the number is where it goes, 38%."""
    start = _range_end(toks)
    for tok in toks[start:]:
        if durations and tok.like_num and tok.i + 1 < len(tok.doc):
            nxt = tok.doc[tok.i + 1]
            if nxt.text.lower() in _DURATIONS and parse_value(tok.text) is not None:
                return Quantity(number=tok.text, unit=nxt.text, value=parse_value(tok.text))
        if tok.ent_type_ in _SKIP_LABELS or _ORDINAL.match(tok.text) or _not_a_count(tok):
            continue
        if _GLUED.match(tok.text):  # "N48.5 billion", "Dh150 million"
            if not currency_code(_doc_tokens(tok.doc), tok.i):
                continue  # "N95 masks"
            number_toks = _bare_number(tok)
            number = tok.doc[number_toks[0].i : number_toks[-1].i + 1].text
            unit = _prefix(tok.text)
            value = parse_value(number[len(unit) :])
            if value is not None:
                return Quantity(number=number, unit=unit, value=value)
            continue
        if not (tok.like_num or tok.text in _CURRENCY) or tok.text.lower() == "a":
            continue
        if tok.text.lower() == "one" and tok.dep_ != "nummod":
            continue  # "one of the ...", but "one pre-season game" counts
        if tok.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL"):
            from digest.facts.syntax import entity_of

            ent = entity_of(tok)
            ent_toks = [t for t in ent if t.text.lower() not in _APPROX]
            number_toks = [t for t in ent_toks if t.i >= tok.i or t.text in _CURRENCY]
            if tok.ent_type_ in ("QUANTITY", "CARDINAL"):
                run = []
                for t in number_toks:  # "300 tonnes": the number is "300", the unit "tonnes"
                    if not (t.like_num or t.text.lower() in _SCALE):
                        break
                    run.append(t)
                number_toks = run
        elif tok.like_num:
            number_toks = _bare_number(tok)
        else:
            continue  # a currency sign the tagger left out: its number comes next
        if not number_toks:
            continue
        first = number_toks[0]
        prev = first.i - 1
        if prev >= 0 and currency_code(_doc_tokens(first.doc), prev):  # "Rs 35 billion"
            number_toks = [first.doc[prev], *number_toks]
        number = tok.doc[number_toks[0].i : number_toks[-1].i + 1].text
        value = parse_value(tok.doc[first.i : number_toks[-1].i + 1].text)
        if value is None:
            continue
        if number_toks[0].i < first.i:
            unit = number_toks[0].text
        else:
            unit = _unit(toks, number_toks, tok.ent_type_)
        return Quantity(number=number, unit=unit, value=value)
    return None


def _not_a_count(tok: Token) -> bool:
    """ "a one-time bonus", "a two-way deal": a number word made an adjective; "Terminal 4",
    "Route 66": a number in a name."""
    doc = tok.doc
    if (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not tok.whitespace_
        and doc[tok.i + 2].lower_ in _NOT_UNITS
    ):
        return True
    prev = doc[tok.i - 1] if tok.i > 0 else None
    return (
        prev is not None
        and prev.tag_ == "NNP"
        and prev.text[:1].isupper()
        and tok.text.isdigit()
        and tok.head.i == prev.i
    )


_NOT_UNITS = frozenset("time off way sided party stop size shot".split())


def _range_end(toks: list[Token]) -> int:
    """The position of the "to" of a "from X to Y" range in the span, past its "from" (0 when
    there is none)."""
    words = [t.lower_ for t in toks]
    if "from" not in words:
        return 0
    a = words.index("from")
    for b in range(a + 2, len(toks) - 1):
        if words[b] == "to" and any(t.like_num for t in toks[b + 1 : b + 4]):
            return b + 1 if any(t.like_num for t in toks[a + 1 : b]) else 0
    return 0


def _doc_tokens(doc: Any) -> list[Token]:
    from digest.facts.syntax import tokens

    return tokens(doc)


def _prefix(text: str) -> str:
    """The currency glued before a number ("N" of "N48.5", "Dh" of "Dh150")."""
    return re.match(r"\D*", text).group(0)


def _bare_number(tok: Token) -> list[Token]:
    """A number outside any entity, with a currency sign before it and scale words after it
    ("€ 6 million", "4.2 million")."""
    doc = tok.doc
    start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].text in _CURRENCY else tok.i
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].text.lower() in _SCALE:
        end += 1
    return list(doc[start : end + 1])


def _unit(toks: list[Token], number_toks: list[Token], label: str) -> str | None:
    text = " ".join(t.text for t in number_toks).lower()
    if label == "MONEY" or any(c in text for c in _CURRENCY):
        for sym in _CURRENCY:
            if sym in text:
                return sym
        for t in number_toks:
            if t.text.lower() in _CURRENCY_WORDS:
                return t.text
        return None
    if "%" in text or "percent" in text:
        return "%" if "%" in text else "percent"
    last = number_toks[-1]
    head = last.head if last.dep_ in ("nummod", "quantmod", "compound") else None
    if head is None or head.i <= last.i:
        return None
    ids = {t.i for t in toks}
    if head.i not in ids:
        return None
    return last.doc[last.i + 1 : head.i + 1].text or None
