"""The other party of a commitment (agreed "with", handed "to", bought "from") and its amount."""

from __future__ import annotations

from digest.facts import lexicon as lx
from digest.facts.objects import TRANSFER, Found, is_money_pp
from digest.facts.phrases import party_name, prep_names
from digest.facts.quantity import quantity_in
from digest.facts.syntax import Token, child, children, lemma, np_tokens, span_text
from digest.model import Quantity

# "bought jets from Aerovance", "rejected bids from Ardmoor": the source is the counterparty.
_FROM_VERBS = frozenset("buy purchase acquire accept receive take reject refuse order".split())


def counterparty(
    verbs: list[Token], obj: Found, obj_head: Token | None, actors: tuple[str, ...]
) -> str | None:
    """The other named party: the recipient, agreed "with", handed "to", bought "from"."""
    content = verbs[0]
    lem = lemma(content)
    candidates: list[tuple[Token, bool]] = []
    if obj.recipient is not None:
        candidates.append((obj.recipient, True))
    for v in verbs:
        for p in children(v, "prep", "dative"):
            word = p.text.lower()
            pobj = child(p, "pobj")
            if pobj is None:
                continue
            if word == "with" or (word == "to" and lem in TRANSFER):
                candidates.append((pobj, word == "to"))
            elif word == "from" and lem in _FROM_VERBS:
                candidates.append((pobj, False))
    if obj_head is not None:
        for p in children(obj_head, "prep"):
            pobj = child(p, "pobj")
            if pobj is not None and p.text.lower() in ("to", "from", "with"):
                candidates.append((pobj, False))  # "a loan to Brenmoor Rovers"
        for t in obj.tokens:
            pobj = child(t, "pobj") if t.dep_ == "prep" and t.lower_ == "with" else None
            if pobj is not None and _nominal_path(t, obj_head):
                candidates.append((pobj, False))  # "a contract worth €310 million with Aurel"
    for tok, institution_ok in candidates:
        name = party_name(tok)
        if name is None and institution_ok and tok.text.lower() in lx.INSTITUTIONS:
            name = span_text(np_tokens(tok))  # "to a housing association"
        if name and any(c.isdigit() for c in name.split()[0]):
            continue  # "GH¢420", "Sh85": an amount the tagger took for a name
        if name and name not in actors and not any(name in a or a in name for a in actors):
            return name
    return None


def amount(v: Token, obj_toks: list[Token]) -> Quantity | None:
    """The number the object is about; else the amount of a change ("by 60 days") or the price
    ("for £3.4 million")."""
    q = quantity_in(obj_toks)
    if q is not None:
        return q
    if lemma(v) in lx.CHANGE_VERBS:
        for p in children(v, "prep"):
            if p.text.lower() in ("by", "to"):
                q = quantity_in(list(p.subtree)[1:], durations=True)
                if q is not None:
                    return q
    for p in children(v, "prep"):
        if p.text.lower() == "for" and is_money_pp(p):
            return quantity_in(list(p.subtree)[1:])
    return None


def _nominal_path(prep: Token, head: Token) -> bool:
    """Does the phrase hang on the object's noun through nouns and numbers only (not "a
    challenge it had filed with X", where it belongs to a clause of its own)?"""
    for a in prep.ancestors:
        if a.i == head.i:
            return True
        if a.tag_.startswith("VB") or a.dep_ in ("relcl", "acl"):
            return False
    return False


def without_counterparty(obj_toks: list[Token], party: str | None) -> list[Token]:
    """ "a 15-year contract with Kelmark Energi to deliver gas": the object without the phrase
    that names its counterparty ("a 15-year contract to deliver gas")."""
    if not party:
        return obj_toks
    for prep, _pobj, name in prep_names(obj_toks, ("with", "to")):
        if name == party:
            phrase = {u.i for u in prep.subtree}
            kept = [u for u in obj_toks if u.i not in phrase]
            return kept if any(u.is_alpha or u.like_num for u in kept) else obj_toks
    return obj_toks
