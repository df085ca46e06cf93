"""A signing ceremony told after the deal: "The agreement was signed by Minister X and Director
Y" restates the signing already reported ("Velatom and Sangara have signed ..."), so it is no
second fact; the officials who held the pen are not the parties."""

from __future__ import annotations

import re

from digest.model import Fact

_SIGN = re.compile(r"\bsign(?:s|ed|ing)?\b")
# "The agreement was signed", "The MoU was signed": the deal the story has already named.
_SIGNED_AGAIN = re.compile(r"^(?:(?:was|were|has been|had been) )?signed$")
_THE_DEAL = re.compile(
    r"^[Tt]he (?:[\w-]+ ){0,3}(?:agreement|accord|deal|document|documents|memorandum|MoU|pact|"
    r"contract|treaty|protocol|deals|agreements)\b"
)


def without_restated_signings(facts: list[Fact]) -> list[Fact]:
    """The facts without a signing of "the agreement" ("was signed by X and Y", "X and Y
    signed the power purchase deal on behalf of their organisations") that follows a fact
    whose verb is already "sign" in an earlier sentence."""
    out: list[Fact] = []
    for f in facts:
        earlier = any(
            _SIGN.search(g.action) is not None and g.sentence_index < f.sentence_index for g in out
        )
        if earlier and _SIGNED_AGAIN.match(f.action) and _THE_DEAL.match(f.object):
            continue
        out.append(f)
    return out
