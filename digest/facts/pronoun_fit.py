"""Whether a pronoun can stand for the speaker of the verb that governs it ("the ministry said
it would" yes; "it ..., spokeswoman Irma Tolk said" no)."""

from __future__ import annotations

from typing import Any

from digest.facts import lexicon as lx
from digest.facts.context import Context
from digest.facts.syntax import Token, entity_of, kids, np_tokens, span_text

_TITLE_NOUNS = frozenset(
    """
    spokesman spokeswoman spokesperson minister president secretary chief executive chairman
    chairwoman director governor senator judge mayor envoy ambassador commissioner leader
    negotiator coach manager founder official
    """.split()
)


def compatible_pronoun(pronoun: str, speaker: Token, ctx: Context) -> bool:
    """Can the pronoun stand for the speaker ("the ministry said it would", not "it ...,
    spokeswoman Irma Tolk said")?"""
    if speaker.tag_ == "PRP":  # "He added that it would": "it" is not "he"
        classes = (lx.PERSON_PRONOUNS, lx.THING_PRONOUNS, lx.GROUP_PRONOUNS)
        return any(pronoun in c and speaker.lower_ in c for c in classes)
    ent = entity_of(speaker)
    label = ent.label_ if ent is not None else None
    np = np_tokens(speaker)
    person = (
        label == "PERSON"
        or any(t.text.lower() in _TITLE_NOUNS for t in np if t.tag_ in ("NN", "NNS"))
        or ctx.kind(span_text(np)) == "person"
        or ctx.kind(speaker.text) == "person"
    )
    if pronoun in lx.PERSON_PRONOUNS:
        return person or (label is None and speaker.tag_ == "NNP")
    if person and pronoun in lx.THING_PRONOUNS and not _surely_person(speaker, ent, np, ctx):
        return True  # "Kestrel Sports said it would": a name only guessed to be a person
    if pronoun in lx.GROUP_PRONOUNS:
        # also a body named as a plural ("Corbel Partners said they would close ...")
        plural_name = (
            label == "ORG"
            and speaker.i == ent[-1].i
            and speaker.text.endswith("s")
            and not speaker.text.endswith("ss")
        )
        return (
            speaker.tag_ in ("NNS", "NNPS")
            or plural_name
            or any(c.dep_ == "conj" for c in kids(speaker))
        )
    return not person and speaker.tag_ not in ("NNS", "NNPS")


def _surely_person(speaker: Token, ent: Any, np: list[Token], ctx: Context) -> bool:
    """A person by more than the shape of the name: a title before it or in its phrase
    ("Minister", "spokeswoman"), or a surname the article uses alone."""
    from digest.facts.names import TITLES

    if any(t.text.lower() in _TITLE_NOUNS for t in np if t.tag_ in ("NN", "NNS")):
        return True
    start = ent.start if ent is not None else np[0].i
    if start > 0 and speaker.doc[start - 1].lower_ in TITLES:
        return True
    name = ctx.canonical(span_text(list(ent)) if ent is not None else span_text(np))
    return name in ctx.short_used
