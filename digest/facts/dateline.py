"""The dateline that opens a news sentence ("OSLOVIK, 14 May 2025 –"): where, not who."""

from __future__ import annotations

from typing import Any

Token = Any

_DASHES = frozenset(["—", "–", "-", "--"])
_NEWSWIRE = "newswire"


def dateline_end(toks: list[Token]) -> int:
    """End of a dateline that opens the sentence ("OSLOVIK, 14 May 2025 –", "KORSBURG,
    Veldania (AP) —", "RAJGANJ:", "KORVA, Ardania, Nov. 18, 2024 /PRNewswire/ --"), or of the
    lead-in of a news-in-brief item: a place in capitals, maybe a country, a date and an
    agency or newswire, then a dash (or, in capitals, a colon). Its names are where the story
    was filed, never actors. 0 when there is none."""
    first = toks[0].text if toks else ""
    if first == "(":
        return _agency_end(toks)
    if len(first) < 3 or not first.isalpha() or not first[:1].isupper():
        return 0
    rubric = _rubric_end(toks)
    if rubric:
        return rubric
    capitals = first.isupper()
    for k, t in enumerate(toks[1:16], start=1):
        if t.text in _DASHES:
            if capitals or _marked(toks[1:k], toks[k + 1 : k + 2]):
                return k + 1
            return 0
        after = toks[k + 1 : k + 2]
        if (
            t.text == ")"
            and after
            and after[0].text not in _DASHES
            and _dated_credit(toks[1 : k + 1])
        ):
            # wire copy in South Asia: "New Delhi, Sep 18 (PTI) State-owned ..."; no dash
            return k + 1 if after[0].text[:1].isupper() else 0
        if t.text == ":":  # South Asian papers: "RAJGANJ:", "SONAPUR, Feb 9:"
            after = toks[k + 1 : k + 2]
            return k + 1 if capitals and after and after[0].text[:1].isupper() else 0
        if not (
            t.text[:1].isupper()
            or t.like_num
            or t.text in ",.()/"  # "NOUAKCHOTT/IJMUIDEN"
            or (capitals and t.lower_ in ("of", "de", "del"))  # "SALDRA, Republic of Ostmark,"
            or _NEWSWIRE in t.lower_  # "/PRNewswire/ --", "(GLOBE NEWSWIRE) --"
        ):
            return 0
    return 0


def _agency_end(toks: list[Token]) -> int:
    """End of a wire agency's credit opening the sentence ("(Bloomberg) --", "(Reuters) -"):
    one to three capitalised words in brackets, then a dash; 0 when there is none."""
    for k, t in enumerate(toks[1:5], start=1):
        if t.text == ")":
            dashes = 0
            while k + 1 + dashes < len(toks) and toks[k + 1 + dashes].text in _DASHES:
                dashes += 1
            return k + 1 + dashes if k > 1 and dashes else 0
        if not t.text[:1].isupper():
            return 0
    return 0


def _dated_credit(run: list[Token]) -> bool:
    """Does the run end in a date and an agency in brackets (", Sep 18 (PTI)")?"""
    opening = max((i for i, t in enumerate(run) if t.text == "("), default=-1)
    agency = run[opening + 1 : -1]
    return (
        opening >= 2
        and run[opening - 1].like_num
        and 1 <= len(agency) <= 3
        and all(t.text[:1].isupper() for t in agency)
    )


def _marked(run: list[Token], after: list[Token]) -> bool:
    """A dateline not in capitals ("Hanover/Emden –", "Lagos, 4 May –") shows itself by a
    slash between places or a date, and a sentence that starts after the dash."""
    starts = bool(after) and after[0].text[:1].isupper()
    return starts and any(t.text == "/" or t.like_num for t in run)


def blank_dateline(doc: Any, make_doc: Any) -> Any:
    """The sentence `doc` (tokenized, not yet parsed) with its opening dateline turned into
    spaces, so the parser reads it as it would without one ("ANDRAVA, 3 July — The
    government agreed", where the place was taken for a subject); same length, so every
    offset into the sentence still holds. `doc` itself when there is no dateline."""
    toks = list(doc)
    end = dateline_end(toks)
    if not end or end >= len(toks):
        return doc
    cut = toks[end].idx
    return make_doc(" " * cut + doc.text[cut:])


def _rubric_end(toks: list[Token]) -> int:
    """End of the lead-in of an item in a news-in-brief column ("Banking — Shareholders of
    Axmoor Bank voted ...", "Elections: Prime Minister Carlo Nurelli ruled out ..."): one to
    three capitalised words, a dash or colon, then a capitalised word; not a name set off by a
    pair of dashes ("Tony Blair — Britain's prime minister — said"), not a speaker's colon
    before a quote. 0 when there is none."""
    for k, t in enumerate(toks[1:4], start=1):
        if t.text in ("—", "–", ":"):
            after = toks[k + 1] if k + 1 < len(toks) else None
            if after is None or not after.text[:1].isupper() or not after.is_alpha:
                return 0
            if t.text != ":" and any(u.text == t.text for u in toks[k + 1 :]):
                return 0  # "Tony Blair — Britain's prime minister — said": an aside
            return k + 1
        if not (t.is_alpha and t.text[:1].isupper()):
            return 0
    return 0
