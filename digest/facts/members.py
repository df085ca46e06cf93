"""Members, councillors and counted groups as actors: the body whose members act ("AFU members
voted", "Its president said members would", "Councillors voted against"), and a count set off
before the names it counts ("Two private millers, Brana Mills and Zelenko Flour,")."""

from __future__ import annotations

from digest.facts import lexicon as lx
from digest.facts.context import Context
from digest.facts.descriptions import speaker_body
from digest.facts.phrases import named_span
from digest.facts.quantity import parse_value
from digest.facts.subjects import speaker_of
from digest.facts.syntax import Token, child, children, kids, say_governor

# People who vote as the body they sit on: bare "Councillors voted" is the council named.
_BODY_PEOPLE = {"councillors": "council", "councilors": "council", "trustees": "board"}


def bare_members_body(tok: Token, sidx: int, ctx: Context, verb: Token | None):
    """Bare "members" in a clause a body's officer or the body itself reports ("Its
    president, Malik Osei, said members would suspend the strike", "The ULA said members
    would"), and bare "Councillors" / "Trustees": the body; None when there is none."""
    if kids(tok):
        return None
    low = tok.lower_
    if low == "members":
        return speaker_body(tok, sidx, ctx, verb) or _speaking_body(tok, sidx, ctx, verb)
    if low in _BODY_PEOPLE:
        return ctx.resolve_description(_BODY_PEOPLE[low], sidx, tok.idx, loose=False)
    return None


def _speaking_body(tok: Token, sidx: int, ctx: Context, verb: Token | None):
    """The organisation that says what its members will do ("The ULA said members would")."""
    gov = say_governor(verb) if verb is not None else None
    speaker = speaker_of(gov, tok.doc) if gov is not None else None
    if speaker is None or speaker.i == tok.i or speaker.tag_ in ("PRP", "PRP$"):
        return None
    from digest.facts.actors import _actor  # the speaker is an actor too

    names = _actor(speaker, sidx, ctx, gov, True)
    return names if names and all(ctx.kind(n) == "org" for n in names) else None


def counts_the_names(toks: list[Token]) -> bool:
    """Is the first conjunct a counted plural whose count is the names set off after it
    ("Two fertiliser importers, Agrivance and Tembo Inputs,", "Kestria's two biggest
    wholesalers, Medvia and Norlund Distribution,"), the parse's conjuncts of it?"""
    head, rest = toks[0], toks[1:]
    count = child(head, "nummod")
    if count is None or head.tag_ != "NNS" or not rest or head.i + 1 >= len(head.doc):
        return False
    if head.doc[head.i + 1].text != "," or parse_value(count.text) != len(rest):
        return False
    return all(t.tag_ in ("NNP", "NNPS") and t.i > head.i for t in rest)


def members_body(tok: Token, organ: Token | None, sidx: int, ctx: Context):
    """The organisation whose members vote: named before "members" ("AFU members") or after
    "of" ("Members of the players' association", "members of Unite")."""
    if organ is not None and organ.tag_ in ("NNP", "NNPS"):
        name = ctx.canonical(organ.text)
        return (name,) if ctx.kind(name) == "org" else None
    of = next((p for p in children(tok, "prep") if p.i == tok.i + 1 and p.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    if pobj is None or child(pobj, "conj") is not None:
        return None
    name = named_span(pobj)
    if name is not None:
        name = ctx.canonical(name)
        return (name,) if ctx.kind(name) == "org" else None
    if pobj.lower_ in lx.INSTITUTIONS:
        return ctx.resolve_description(pobj.lower_, sidx, pobj.idx, loose=False)
    return None
