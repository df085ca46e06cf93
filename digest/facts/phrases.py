"""The text an actor is printed as: an entity's name within its noun phrase, the name a token
belongs to, a description with the place or body it belongs to."""

from __future__ import annotations

from typing import Any

from digest.facts.namewords import IN_HEADS
from digest.facts.orgwords import ROMANCE_HEADS, company_suffix
from digest.facts.syntax import (
    ACTOR_LABELS,
    Token,
    child,
    children,
    entity_of,
    np_tokens,
    span_text,
)

_POSTMOD_PREPS = frozenset("at from of in for with".split())
_DETERMINERS = frozenset("the its their his her our a an".split())


def entity_name(ent: Any, tok: Token) -> str:
    """An entity's text within the noun phrase of `tok` (an entity the tagger ran across a
    comma or "and" is cut back), without a leading "the"; verbatim."""
    if any(t.dep_ == "cc" and t.lower_ in ("and", "&") for t in ent[1:-1]):
        toks = list(ent)  # one name across "and" ("Food and Drug Administration")
        return span_text(toks[1:] if toks[0].lower_ == "the" else toks)
    ids = {t.i for t in np_tokens(tok)}
    inside = [t for t in ent if t.i in ids]
    toks = inside if inside and inside[-1].i - inside[0].i + 1 == len(inside) else list(ent)
    if (
        inside
        and inside[-1].i + 1 < ent.end
        and (
            tok.doc[inside[-1].i + 1].lower_ in ("for", "on")
            or (inside[-1].lower_ in IN_HEADS and tok.doc[inside[-1].i + 1].lower_ == "in")
        )
    ):
        # "the opposition Forum for Change", "the Standing Committee on Health", "the Reformed
        # Church in Kastrelia": the name runs on past the phrase
        toks = list(ent)
    if inside and len(inside) < len(ent) and ent[0].lower_ in ROMANCE_HEADS:
        toks = list(ent)  # "Alianza por la Libertad y el Progreso": the parse split the name
    if inside and all(company_suffix(t.text) for t in inside):
        toks = list(ent)  # "Marlo [Re] said": the parse hung the name on its company form
    rest = tok.doc[inside[-1].i + 1 : ent.end] if inside else []
    if len(rest) and all(t.text.isdigit() or company_suffix(t.text) for t in rest):
        toks = list(ent)  # "School District 23": a numbered body, the number after its head
    if inside and inside[-1].i + 1 < ent.end and not inside[-1].whitespace_:
        toks = list(ent)  # "Grain Co-operative": the parse split the name at its hyphen
    if inside and inside[-1].i + 1 < ent.end and tok.doc[inside[-1].i + 1].dep_ == "appos":
        toks = list(ent)  # "Councilmember Priya Halvorsen": the parse made the surname an
        # apposition of the first name
    if inside and inside[0].i > ent.start and tok.doc[inside[0].i - 1].text in ("'", "’"):
        toks = list(ent)  # "Transit Workers’ Guild": the parse split the name at its apostrophe
    text = span_text(toks)
    return text[4:] if text[:4].lower() == "the " and len(text) > 4 else text


def named_span(tok: Token) -> str | None:
    """The name `tok` belongs to (an actor-like entity or a proper-noun phrase), if any."""
    ent = entity_of(tok)
    if ent is not None and ent.label_ in ACTOR_LABELS and ent.label_ != "NORP":
        return entity_name(ent, tok)
    if tok.tag_ in ("NNP", "NNPS"):
        return span_text(np_tokens(tok))
    return None


def party_name(tok: Token) -> str | None:
    """The name of a party written as a name, or as a trade and then the name without a comma
    ("the rail vehicle maker Baltic Rolling Stock", "the developer Baltic Homes")."""
    name = named_span(tok)
    if name is not None or tok.tag_ != "NN":
        return name
    appos = child(tok, "appos")
    if appos is None or appos.left_edge.i != tok.i + 1:
        return None
    return named_span(appos)


def description_phrase(tok: Token) -> str:
    """A description as an actor: its noun phrase and the place or body it belongs to
    ("Nurses at Carrow Health", "Senators from the right-wing opposition"), no determiner."""
    toks = np_tokens(tok)
    for p in children(tok, "prep"):
        if p.i != toks[-1].i + 1 or p.text.lower() not in _POSTMOD_PREPS:
            continue
        if child(p, "pobj") is None:
            break
        stop = {s.i for c in p.subtree if c.dep_ in ("relcl", "acl", "appos") for s in c.subtree}
        for t in p.subtree:
            if t.i in stop or t.text in ",;:(" or t.i != toks[-1].i + 1:
                break
            toks.append(t)
        break
    while len(toks) > 1 and toks[0].text.lower() in _DETERMINERS:
        toks = toks[1:]
    return span_text(toks)


def prep_names(toks: list[Token], words: tuple[str, ...]) -> list[tuple[Token, Token, str]]:
    """(preposition, its object, the name) for each "with X", "to X" ... among `toks` whose
    object belongs to a name ("a deal with Kelmark Energi")."""
    out = []
    for t in toks:
        pobj = child(t, "pobj") if t.dep_ == "prep" and t.lower_ in words else None
        name = party_name(pobj) if pobj is not None else None
        if name is not None:
            out.append((t, pobj, name))
    return out
