"""Courtesy titles are no part of a name: "Dr. Mariam Kabogo" is printed "Mariam Kabogo"."""

from __future__ import annotations

import re
from dataclasses import replace

from digest.model import Facts

COURTESY = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Hon|Cllr|Shri|Smt)\.?"  # before a name
_HONORIFIC = re.compile(rf"^{COURTESY}\s+(?=[A-Z])")


def strip_honorific(name: str) -> str:
    """The name without a leading courtesy title ("Mr. Garba" -> "Garba"); a substring of it."""
    return _HONORIFIC.sub("", name, count=1)


def without_honorifics(facts: Facts) -> Facts:
    """Facts whose actors, counterparties and quote speakers carry no courtesy title."""
    kept = []
    for f in facts.facts:
        actors = tuple(dict.fromkeys(strip_honorific(a) for a in f.actors))
        party = strip_honorific(f.counterparty) if f.counterparty else f.counterparty
        kept.append(replace(f, actors=actors, counterparty=party))
    quotes = tuple(
        replace(q, speaker=strip_honorific(q.speaker)) if q.speaker else q for q in facts.quotes
    )
    return Facts(tuple(kept), quotes, facts.entities, facts.degraded)
