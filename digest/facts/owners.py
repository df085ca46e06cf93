"""Descriptions that name what they belong to: "the city of X", "the board of trustees at X",
"the leaders of A and B"."""

from __future__ import annotations

from digest.facts import lexicon as lx
from digest.facts.names import TITLES
from digest.facts.phrases import description_phrase, named_span
from digest.facts.syntax import (
    Token,
    child,
    children,
    conjuncts,
    entity_of,
    kids,
    np_tokens,
    span_text,
)

# "the city of X" is X; "the board of X" acts for X.
STANDS_FOR_OWNER = lx.PLACE_NOUNS | frozenset(
    "city town municipality county province region board government administration".split()
)


# Plurals that stand for the places or bodies named after them ("the municipalities of X and Y").
_PLURAL_OWNERS = frozenset(
    "boards governments administrations municipalities cities towns counties provinces regions "
    "states".split()
)


def of_name(tok: Token) -> tuple[str, ...] | None:
    """ "the city of X", "the board of X", "the government of X" stand for X; "the regional
    parliament of X", "the council of X" are that body of X, named with the place; "the
    boards of X and Y", "the governments of X and Y", "the municipalities of X and Y" stand for
    X and Y."""
    of = next((p for p in children(tok, "prep") if p.i == tok.i + 1 and p.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    if tok.lower_ in _PLURAL_OWNERS and tok.tag_ == "NNS":
        names = [named_span(c) for c in conjuncts(pobj)] if pobj is not None else []
        if len(names) == 1 and names[0] and names[0].count(" and ") == 1:
            # the tagger ran one entity over both: "the boards of Kelpie Homes and
            # Strathcarran Housing Association"
            names = names[0].split(" and ", 1)
        return tuple(n for n in names if n) if len(names) > 1 and all(names) else None
    if tok.lower_ not in lx.INSTITUTIONS or tok.tag_ != "NN":
        return None
    name = named_span(pobj) if pobj is not None else None
    if name is None or any(c.dep_ == "conj" for c in kids(pobj)) or led_by(tok, pobj):
        return None
    if tok.lower_ in STANDS_FOR_OWNER:
        return (name,)
    return (description_phrase(tok),)


_BOARD_MEMBERS = frozenset("trustees management directors governors supervisors".split())


def board_owner(tok: Token) -> str | None:
    """The school, trust or company a board runs: "the board of management of St Fintan's
    Community School", "the board of trustees at Te Awa Iti School", "the board of X"."""
    if tok.lower_ != "board" or tok.tag_ != "NN":
        return None
    preps = [p for p in children(tok, "prep") if p.lower_ in ("of", "at")]
    for p in list(preps):
        pobj = child(p, "pobj")
        if pobj is not None and pobj.lower_ in _BOARD_MEMBERS:
            preps += [q for q in children(pobj, "prep") if q.lower_ in ("of", "at")]
    for p in preps:
        pobj = child(p, "pobj")
        name = named_span(pobj) if pobj is not None else None
        if name and any(c.dep_ == "conj" for c in kids(pobj)):
            return None  # "the boards of X and Y": not one owner
        if name:
            return name
    return None


def led_by(tok: Token, pobj: Token) -> bool:
    """ "the government of Prime Minister Carla Ruiz-Obando": a government, not its leader."""
    ent = entity_of(pobj)
    if tok.lower_ not in ("government", "administration") or ent is None or ent.start == 0:
        return False
    return ent.label_ == "PERSON" and pobj.doc[ent.start - 1].lower_ in TITLES


_FROM_PEOPLE = frozenset(
    "councillors councilors lawmakers legislators deputies mps meps senators members "
    "delegates representatives ministers officials leaders negotiators envoys delegations".split()
)


def role_of(tok: Token) -> tuple[str, ...] | None:
    """ "the leaders of Sorvia and Pellan", "Members of the Harwick Nurses Union",
    "Councillors from the Renewal Party": the bodies named after the role."""
    low = tok.text.lower()
    if low not in lx.ROLE_NOUNS and low not in _FROM_PEOPLE:
        return None
    for p in children(tok, "prep"):
        if p.text.lower() != "of" and not (p.text.lower() == "from" and low in _FROM_PEOPLE):
            continue
        pobj = child(p, "pobj")
        if pobj is None:
            return None
        if led_by(tok, pobj):
            # "The government of Prime Minister X": which country's is for the reader to see
            return (span_text(list(tok.doc[np_tokens(tok)[0].i : pobj.right_edge.i + 1])),)
        names = [named_span(c) for c in conjuncts(pobj)]
        if names and all(names):
            return tuple(dict.fromkeys(n for n in names if n))
    return None
