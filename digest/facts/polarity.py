"""Polarity and modality of a commitment: agreed or refused; asserted, future, conditional or
reported."""

from __future__ import annotations

from typing import Any

from digest.facts import lexicon as lx
from digest.facts.chains import Chain
from digest.facts.syntax import (
    Token,
    children,
    in_zones,
    is_negated,
    kids,
    lemma,
    say_governor,
    text_of_doc,
)

# "has undertaken not to close" promises; "vowed not to return", "decided not to" refuse
_PROMISE_NOT = frozenset("undertake promise pledge guarantee assure agree commit".split())


def polarity_of(chain: Chain, negative_subject: bool) -> str:
    """ "positive" or "negative": negations, refusal verbs and "vote against" each flip it."""
    negative = negative_subject or chain.refusal
    verbs = {v.i: v for v in (chain.top, chain.content, chain.control) if v is not None}
    promise = chain.control is not None and lemma(chain.control) in _PROMISE_NOT
    for v in verbs.values():
        if promise and v.i == chain.content.i != chain.control.i:
            continue  # "has undertaken not to close the terminal": a promise, positive
        if is_negated(v):
            negative = not negative
    if shares_negation(chain) or neither_nor(chain.top):
        negative = not negative  # "would not cut X or reduce Y", "would neither X nor Y"
    refusal = chain.control if chain.control is not None else chain.top
    if lemma(refusal) in lx.REFUSE or lemma(chain.content) in lx.REFUSE:
        negative = not negative
    vote = next(
        (v for v in (chain.content, chain.control) if v is not None and lemma(v) == "vote"), None
    )
    if vote is not None and any(p.text.lower() == "against" for p in children(vote, "prep")):
        # a vote against is a refusal, and "would not vote against" is still a "would not"
        # (the gold's rule: no double negatives); "agreed not to vote against" is a promise;
        # also "voted against accepting the donation"
        negative = not (promise and is_negated(chain.content))
    return "negative" if negative else "positive"


def neither_nor(v: Token) -> bool:
    """ "would neither recognise the decision nor lift the ban": both verbs refuse."""
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in kids(v)):
        return True
    return v.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < v.i for c in kids(v.head)
    )


def shares_negation(chain: Chain) -> bool:
    """A bare verb coordinated under a negated one shares its "not": "would not cut X or
    reduce Y", "did not sign or ratify it"; not "did not admit it but agreed to pay"."""
    head, v = chain.inherit, chain.top
    if head is None or v.dep_ != "conj" or v.tag_ != "VB" or is_negated(v):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in kids(v)):
        return False
    ccs = [c for c in kids(head) if c.dep_ == "cc" and c.i < v.i]
    return is_negated(head) and bool(ccs) and ccs[-1].lower_ in ("or", "and", "nor")


def modality_of(
    chain: Chain, modals: set[str], doc: Any, zones: list[tuple[int, int]], subj_verb: Token
) -> str:
    """ "conditional", "reported", "future" or "asserted", in that order of precedence."""
    verbs = [chain.top, chain.content, subj_verb]
    for v in verbs:
        for c in kids(v):
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.text.lower() in lx.CONDITION_MARKS for m in kids(c)
            ):
                return "conditional"
    if modals & lx.SPECULATIVE_AUX:
        return "conditional"
    if say_governor(subj_verb) is not None or in_zones(chain.top.idx, zones):
        return "reported"
    if "according to" in text_of_doc(doc).lower():
        return "reported"
    if chain.future or modals & lx.FUTURE_AUX:
        return "future"
    return "asserted"
