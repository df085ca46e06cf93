"""Relative pronouns ("which", "that", "who") stand for their antecedent noun phrase."""

from __future__ import annotations

from digest.facts.syntax import Token, np_tokens

_RELATIVE_TAGS = ("WDT", "WP")


def antecedent(tok: Token | None) -> Token | None:
    """The noun a relative pronoun stands for ("the accord, which was signed by ...": the
    accord), or None when `tok` is no relative pronoun of a relative clause on a noun."""
    if tok is None or tok.tag_ not in _RELATIVE_TAGS:
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or not clause.head.tag_.startswith(("NN", "PRP")):
        return None
    noun = clause.head
    of = noun.head
    amount = noun.text[:1].isdigit() or any(c.tag_ == "$" for c in noun.children)
    amount = amount or noun.ent_type_ in ("MONEY", "CARDINAL", "PERCENT")
    if amount and noun.dep_ == "pobj" and of.lower_ == "of" and of.head.tag_.startswith("NN"):
        return of.head  # "a bid of £1.3bn, which was rejected": the bid
    return noun


def antecedent_phrase(tok: Token | None) -> list[Token] | None:
    """The core noun phrase a relative pronoun stands for, without its relative clause."""
    noun = antecedent(tok)
    return np_tokens(noun) if noun is not None else None
