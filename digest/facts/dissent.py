"""Dissent told in passing: "The plan passed by 27 votes to 12, with the Liberal Party voting
against." The party that voted against is a fact of its own, and what it voted against is the
measure the main clause passed, approved or rejected."""

from __future__ import annotations

from digest.facts.lexicon import TALLY_NOUNS
from digest.facts.objects import Found
from digest.facts.syntax import Token, child, lemma, np_tokens

# The verbs of the main clause whose subject is the measure: "The plan passed", "the motion failed".
_MEASURE_SUBJECT = frozenset("pass fail carry fall succeed".split())


def absolute_vote(v: Token) -> bool:
    """ "with the Liberal Party voting against (it)": a vote in an absolute clause after
    "with", with a subject of its own."""
    subj = child(v, "nsubj")
    if v.tag_ != "VBG" or lemma(v) != "vote" or v.head.lower_ != "with" or subj is None:
        return False
    return not subj.like_num and child(subj, "nummod") is None  # "with 61 lawmakers voting"


def voted_measure(v: Token) -> list[Token]:
    """What the dissenters voted against when the clause does not say: the object of the main
    verb ("approved the bill ..., with X voting against") or of the verb it voted to do, its
    passive subject ("The deal was ratified ..."), the subject of "passed"/"failed", or the
    noun a misparsed "The plan passed" hangs on."""
    main = v.head.head
    if not main.tag_.startswith("VB"):
        return []
    for dep in ("dobj", "nsubjpass"):
        found = child(main, dep)
        if found is not None:
            return [] if found.lower_ in TALLY_NOUNS else np_tokens(found)
    if lemma(main) == "vote":  # "voted 5-2 to approve the name change, with X voting against"
        for c in main.children:
            found = child(c, "dobj") if c.dep_ in ("xcomp", "advcl") else None
            if found is not None:
                return np_tokens(found)
    if lemma(main) in _MEASURE_SUBJECT:
        subj = child(main, "nsubj")
        if subj is not None:
            return np_tokens(subj)
        if main.dep_ == "acl" and main.head.tag_.startswith("NN"):
            return np_tokens(main.head)
    return []


def dissent_object(v: Token, found: Found) -> Found:
    """What the dissenters of `v` voted against: "it" as written (the main clause names the
    measure), else the measure when the clause stops at "against"."""
    prep = child(v, "prep")
    pobj = child(prep, "pobj") if prep is not None else None
    if prep is not None and pobj is not None and pobj.tag_ == "PRP":
        return Found([pobj], action_words=(prep.text,))
    if pobj is None and all(t.tag_ in ("IN", "RP") for t in found.tokens):
        measure = voted_measure(v)
        if measure:
            return Found(measure, action_words=tuple(t.text for t in found.tokens))
    return found
