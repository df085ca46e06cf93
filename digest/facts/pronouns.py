"""What a pronoun subject stands for ("the ministry said it would", "His lawyer said he")."""

from __future__ import annotations

from digest.facts import lexicon as lx
from digest.facts.chains import promised_clause
from digest.facts.context import Context
from digest.facts.descriptions import spoken_for
from digest.facts.pronoun_fit import compatible_pronoun
from digest.facts.subjects import speaker_of
from digest.facts.syntax import Token, child, children, kids, say_governor


def pronoun_actor(tok: Token, sidx: int, ctx: Context, verb: Token | None, explicit: bool):
    """What a pronoun subject stands for: the person whose lawyer speaks ("His lawyer said
    he"), the body an officer speaks for ("The union's president ... said it"), the speaker
    ("the ministry said it would"), else the nearest fitting name."""
    from digest.facts.actors import _actor, actor_names  # the speaker is an actor too

    low = tok.text.lower()
    if low in ("i", "we", "you", "me", "us", "my", "our", "your", "his", "her"):
        return None
    if tok.tag_ == "PRP$":
        low = {"its": "it", "their": "they"}.get(low, low)
    gov = say_governor(verb) if verb is not None else None
    if gov is not None:
        speaker = speaker_of(gov, tok.doc)  # also "X refused to pay, saying it would contest it"
        owner = child(speaker, "poss") if speaker is not None else None
        if (
            low == "it"
            and owner is not None
            and owner.tag_ in ("NN", "NNP")
            and speaker.lower_ in _SPOKES_ROLES
            and any(c.dep_ == "appos" for c in kids(speaker))
        ):
            # "The union's president, Nadia Olsk, said it would not": the body she speaks for
            body = _actor(owner, sidx, ctx, gov, explicit)
            if body:
                return body
        if low in ("it", "they") and speaker is not None and speaker.i != tok.i:
            for role in [speaker, *children(speaker, "appos")]:
                body = spoken_for(role, sidx, ctx)
                if body:
                    return (body,)  # "A spokesman for the Marengan Red Cross said it would"
        if owner is not None and _POSSESSIVE_OF.get(owner.lower_) == low:
            # "His lawyer said he would not seek asylum": "he" is whose lawyer, not the lawyer
            return ctx.resolve_pronoun(low, sidx, owner.idx)
        if speaker is not None and speaker.i != tok.i and compatible_pronoun(low, speaker, ctx):
            said = _actor(speaker, sidx, ctx, gov, explicit)
            if said and low == "they" and child(speaker, "conj") is not None:
                said = actor_names(speaker, sidx, ctx, gov, explicit) or said  # "A and B said they"
            if said and speaker.i > tok.i and low in lx.THING_PRONOUNS:
                # "It also agreed to ..., the union said": "it" may go back to the last
                # subject instead; two different bodies make it ambiguous: no actor
                before = ctx.previous_subject(sidx, tok.idx)
                if before is not None and before not in said:
                    return None
            return said
    giver = _promise_giver(tok)
    if giver is not None:
        # "A dyeing factory has given an undertaking to the High Court that it will stop":
        # "it" is who gave the undertaking, not the court it was given to
        if not compatible_pronoun(low, giver, ctx):
            return None
        return _actor(giver, sidx, ctx, giver.head, explicit)
    first = _first_conjunct_subject(tok)
    if first is not None and compatible_pronoun(low, first, ctx):
        # "Brightwater agreed to a review, but it refused to sell"; "A and B agreed ..., and
        # they will not close"
        names = actor_names if child(first, "conj") is not None else _actor
        said = names(first, sidx, ctx, first.head, explicit)
        if said and all(n[:1].isupper() for n in said):
            return said
    return ctx.resolve_pronoun(low, sidx, tok.idx)


def _promise_giver(tok: Token) -> Token | None:
    """The subject of "gave/made an undertaking (to X) that it would ...", for the pronoun
    subject of the "that" clause."""
    verb = tok.head
    if tok.dep_ != "nsubj" or not promised_clause(verb):
        return None
    noun = verb.head
    if noun.dep_ != "dobj" or not noun.head.tag_.startswith("VB"):
        return None
    giver = child(noun.head, "nsubj")
    return giver if giver is not None and giver.tag_ not in ("PRP", "WP", "WDT", "EX") else None


def _first_conjunct_subject(tok: Token) -> Token | None:
    """The named subject of the clause a pronoun's clause is coordinated with ("Brightwater
    agreed to ..., but it refused ..."), when the pronoun is the subject of the second."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "conj" or not verb.head.tag_.startswith("VB"):
        return None
    first = child(verb.head, "nsubj")
    return first if first is not None and first.tag_ not in ("PRP", "WP", "WDT", "EX") else None


_POSSESSIVE_OF = {"his": "he", "her": "she", "its": "it", "their": "they"}
# Roles that speak for the body that owns them ("the union's president").
_SPOKES_ROLES = frozenset(
    "president chairman chairwoman chair spokesman spokeswoman spokesperson director head "
    "leader secretary executive officer".split()
)
