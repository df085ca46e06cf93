"""Descriptions as actors ("the club" of a manager, "his side", "the infirmary") and those naming no one."""

from __future__ import annotations

import re

from digest.facts import lexicon as lx
from digest.facts.context import Context
from digest.facts.names import TITLES
from digest.facts.orgwords import organisation_noun, organisation_word
from digest.facts.owners import STANDS_FOR_OWNER
from digest.facts.phrases import named_span
from digest.facts.quantity import parse_value
from digest.facts.subjects import speaker_of
from digest.facts.syntax import (
    Token,
    child,
    children,
    entity_of,
    kids,
    lemma,
    np_tokens,
    say_governor,
    span_text,
)

# Role nouns of people who speak for a body ("Redmarsh manager X", "the movement's chief
# negotiator"): what they call "the club" or "his side" is that body.
SPEAKER_ROLES = frozenset(
    """
    manager coach director executive officer chairman chairwoman chair president secretary
    minister spokesman spokeswoman spokesperson negotiator leader head chief founder owner
    governor commissioner ambassador envoy official representative general captain ceo
    chairperson cfo coo
    """.split()
)
# Descriptions a member uses for their own body.
OWN_BODY = lx.INSTITUTIONS | frozenset(["side"])
_GOVERNMENT_NOUNS = lx.PLACE_NOUNS | frozenset(["government", "ministry", "cabinet"])
# "The 23-year-old": a person the story named before, described by age.
AGE = re.compile(r"\b(?:\d+|[a-z]+)-year-old$", re.I)
_GROUP_DETS = frozenset("both neither".split())
# A body made of the parties just named ("the consortium", "the coalition").
_COLLECTIVES = frozenset("consortium coalition partners partnership".split())
# Plurals for the several parties of a deal, never a name's own description ("the parties",
# "the companies", "councils").
_DEAL_PLURALS = frozenset(
    "parties companies councils partners promoters firms governments ministries committees".split()
)
# Nouns for the parties of a deal ("both governments", "neither delegation").
# Groups of people that make a deal as one ("both militias", "neither clan").
_KIN_GROUPS = frozenset("militia faction clan tribe".split())
_PARTY_NOUNS = (
    lx.GROUP_NOUNS
    | lx.INSTITUTIONS
    | _KIN_GROUPS
    | frozenset(["side", "delegation", "institution"])
)


def speaker_body(tok: Token, sidx: int, ctx: Context, verb: Token | None) -> tuple[str, ...] | None:
    """ "Redmarsh manager Greta Brandt said the club would not sell ...": the body a
    description stands for when the speaker of the clause speaks for a named body; None when
    the description is not "the"/"his"/"her" + a body noun, or the speaker names no body."""
    low = tok.lower_
    members = low == "members" and not kids(tok)  # "Its president said members would"
    if (low not in OWN_BODY and not members) or verb is None:
        return None
    det = child(tok, "det", "poss")
    if not members and (det is None or det.lower_ not in ("the", "his", "her", "their", "our")):
        return None
    gov = say_governor(verb)
    if gov is not None and any(
        a.i != gov.i and a.tag_.startswith("VB") and child(a, "nsubj") is not None
        for a in _between(verb, gov)
    ):
        return None  # "X told reporters that the commander had assured him the group would"
    # also "X described the charge as ... and said his party would"
    speaker = speaker_of(gov, tok.doc) if gov is not None else None
    if speaker is None or speaker.i == tok.i:
        return None
    for role in [speaker, *children(speaker, "appos")]:
        body = _body_of(role, sidx, ctx)
        if body and _fits(low, body, ctx):
            return (body,)
        if body == "":
            return ()  # the speaker names a body we cannot place: no guess
    ent = entity_of(speaker)
    name = ctx.canonical(ent.text if ent is not None else speaker.text)
    if speaker.lower_ in ("he", "she"):
        person = ctx.resolve_pronoun(speaker.lower_, sidx, speaker.idx)
        name = person[0] if person and len(person) == 1 else name  # "She said her government"
    body = ctx.affiliations.get(name) or _affiliation_of_short_name(name, ctx)
    if body and _fits(low, body, ctx):
        return (body,)  # "Dunmore told analysts the company would": Halvane's chief executive
    return None


_LAWYERS = frozenset("lawyer lawyers attorney attorneys counsel solicitor barrister".split())


def lawyers_client(tok: Token, verb: Token | None) -> Token | None:
    """ "Vaskel's lawyer, Ines Marrow, said her client would appeal": whose lawyer speaks
    ("Vaskel's", "His", "The committee's"), for "her client" / "his clients"; None otherwise."""
    if tok.lower_ not in ("client", "clients"):
        return None
    owner = child(tok, "poss")
    if owner is None or owner.tag_ != "PRP$":
        return None
    gov = say_governor(verb) if verb is not None else None
    speaker = speaker_of(gov, tok.doc) if gov is not None else None
    if speaker is None:
        return None
    roles = [speaker, *children(speaker, "appos")]
    if speaker.dep_ == "appos":
        roles.append(speaker.head)  # "Ines Marrow" in apposition to "Vaskel's lawyer"
    role = next((r for r in roles if r.lower_ in _LAWYERS), None)
    return child(role, "poss") if role is not None else None


def _affiliation_of_short_name(name: str, ctx: Context) -> str | None:
    """The body of "Ben Harrak" when the story introduced "Aziz Ben Harrak" (one such name)."""
    bodies = {b for person, b in ctx.affiliations.items() if person.endswith(" " + name)}
    return bodies.pop() if len(bodies) == 1 else None


def _between(verb: Token, gov: Token) -> list[Token]:
    """The verbs that govern `verb` below the speech verb `gov`."""
    out = []
    for a in verb.ancestors:
        if a.i == gov.i:
            break
        out.append(a)
    return out


def spoken_for(role: Token, sidx: int, ctx: Context) -> str | None:
    """The body a spokesperson speaks for, named after the role: "a spokesman for the Free
    Nahr Brigades", "A spokesperson for the health ministry" (the ministry named before)."""
    if role.lower_ not in lx.SPOKESPEOPLE or child(role, "poss") is not None:
        return None  # "the Nationalist Party's spokesman for Gozo" speaks for the party
    for_ = next((p for p in children(role, "prep") if p.lower_ == "for"), None)
    pobj = child(for_, "pobj") if for_ is not None else None
    if pobj is None or child(pobj, "conj") is not None:
        return None
    name = named_span(pobj)
    if name is not None:
        return ctx.canonical(name)
    if pobj.lower_ in lx.INSTITUTIONS and child(pobj, "det") is not None:
        names = ctx.resolve_description(pobj.lower_, sidx, pobj.idx, loose=False)
        return names[0] if names and len(names) == 1 else None
    return None


_LEADS = frozenset("lead head chair run".split())


def _led_body(person: Token, ctx: Context) -> str | None:
    """The body a speaker leads, said in a clause on the speaker: "Annika Djurhuus, who leads
    the opposition Island Alliance, said her party would ..."."""
    for rel in children(person, "relcl"):
        obj = child(rel, "dobj")
        if lemma(rel) in _LEADS and obj is not None and child(obj, "conj") is None:
            name = named_span(obj)
            return ctx.canonical(name) if name else None
    return None


def _body_of(role: Token, sidx: int, ctx: Context) -> str | None:
    """The body named inside a speaker phrase: "Redmarsh [manager]", "the movement's [chief
    negotiator]", "Belmoran [Trade Minister]", "its [leader]", "a spokesman for X"."""
    spoken = spoken_for(role, sidx, ctx) or _led_body(role, ctx)
    if spoken:
        return spoken
    np = np_tokens(role)
    first_role = next((t.i for t in np if t.lower_ in SPEAKER_ROLES), None)
    if first_role is None:
        return None
    for t in np:
        if t.i == role.i or t.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        if t.lower_ in TITLES or t.i > first_role:
            continue  # "Head [coach]"; the speaker's own name after the role
        if t.tag_ in ("PRP$",) and t.lower_ in ("its", "their"):
            names = ctx.resolve_pronoun("it" if t.lower_ == "its" else "they", sidx, t.idx)
            return names[0] if names and len(names) == 1 else None
        mention = ctx.mention_at(sidx, t.idx)
        if mention is not None:
            place = ctx.place_of_demonym(mention)
            if place:
                return place  # "Belmoran [Trade Minister]"
            longer = [
                n
                for n in ctx.kinds
                if n.startswith(mention + " ") and organisation_word(n.rsplit(" ", 1)[-1])
            ]
            if len(longer) == 1:
                return longer[0]  # "Lotus Coast [chief executive]"
            if " " not in mention and organisation_noun(mention):
                return ctx.org_holding(mention) or mention  # "Union [president]"
            return mention
        if t.tag_ in ("NN", "NNS") and t.dep_ == "poss" and t.lower_ in lx.INSTITUTIONS:
            names = ctx.resolve_description(t.lower_, sidx, t.idx)  # "the movement's"
            return names[0] if names and len(names) == 1 else None
        if role.doc[first_role].lower_ == "minister" and t.i < first_role:
            continue  # "Police [Minister]": a portfolio, not a body
        if t.text[:1].isupper() and t.i < first_role and t.lower_ not in TITLES:
            owners = [n for n in ctx.kinds if n.split()[0] == t.text and " " in n]
            if len(owners) == 1:
                return owners[0]  # "Castor [manager]" of "Castor Athletic"
            pre = [u for u in np if t.i <= u.i < first_role]
            if pre[-1].lower_ in lx.INSTITUTIONS:
                # "Council [leader]" of "Oakhollow Borough Council", "Workers' council [chief]"
                names = ctx.resolve_description(pre[-1].lower_, sidx, t.idx, loose=False)
                if names and len(names) == 1:
                    return names[0]
                # unresolved, "Workers' council [chief]" and "City [Manager]" name a body;
                # "Police [Commissioner]" alone names none
                alone = len(pre) == 1 and pre[0].lower_ not in STANDS_FOR_OWNER
                return "" if alone else span_text(pre)
            return ""  # "Trelish [Trade Minister]": a body, but not one the article names
    return None


def _fits(noun: str, body: str, ctx: Context) -> bool:
    """ "his government" is a country's, "the club" an organisation's."""
    kind = ctx.kind(body)
    if noun in _GOVERNMENT_NOUNS:
        return kind in ("place", "ambiguous") or noun == "ministry"
    return kind != "person"


def group_description(tok: Token, sidx: int, ctx: Context) -> tuple[str, ...] | None:
    """See _group_description; a pair that is a place and its own demonym ("Corlandia",
    "Corlandian") is no pair."""
    group = _group_description(tok, sidx, ctx)
    if not group:
        return group
    kept = tuple(n for n in group if ctx.place_of_demonym(n) not in group)
    return kept if len(kept) >= 2 or len(group) < 2 else ()


def _group_description(tok: Token, sidx: int, ctx: Context) -> tuple[str, ...] | None:
    """ "Both governments signed", "Neither delegation agreed", "the two airlines will": the
    two parties of the last coordinated pair of actors, or () (the fact is then dropped, not
    printed unresolved); None when `tok` is no such group."""
    det = child(tok, "det", "predet")
    count = child(tok, "nummod")
    if det is not None and det.lower_ == "the" and tok.lower_ in _COLLECTIVES:
        group = ctx.group(sidx, tok.idx, window=6)  # "the consortium": the firms just named
        if group is not None and len(group) >= 2 and not _named_collective(tok, ctx):
            return group
        return None
    if det is not None and det.lower_ == "the" and tok.tag_ == "NNS" and count is not None:
        if count.lower_ != "two":
            # "the five lenders": the five named just before or after, else a reader cannot tell
            return numbered_group(tok, sidx, ctx) or ()
        group = ctx.group(sidx, tok.idx, window=50)  # "the two airlines": the last pair named
        return _pair(tok, sidx, ctx) if group is None else (group if len(group) == 2 else ())
    bare = det is None or det.lower_ == "the"
    plural = tok.tag_ == "NNS" and tok.lower_ in _DEAL_PLURALS and count is None
    if bare and plural and child(tok, "compound") is None:  # not "Donor governments pledged"
        # "the parties have not agreed on fiscal terms", "Councils will waive the permits":
        # the bodies just named together, else a reader cannot tell who (no actor)
        group = ctx.group(sidx, tok.idx, window=6)
        return group if group is not None and len(group) >= 2 else ()
    if det is None or det.lower_ not in _GROUP_DETS:
        return None
    noun = tok.lower_
    if noun not in _PARTY_NOUNS and noun.rstrip("s") not in _PARTY_NOUNS:
        return None  # "both candidates": people, not the parties of a deal
    group = ctx.group(sidx, tok.idx, window=50)  # the two parties stay the two parties
    kin = noun.rstrip("s") in _KIN_GROUPS
    if kin and group is not None and any(ctx.kind(n) == "person" for n in group):
        return ()  # "Both clans" are not the two elders who signed for them
    return _pair(tok, sidx, ctx) if group is None else (group if len(group) == 2 else ())


# Groups the nearest pair of names would often get wrong: countries (a sentence names cities,
# rivers and regions beside them) and parties (political ones, not a deal's).
_NO_PAIR = frozenset(
    "government governments country countries nation nations party parties".split()
)


def _pair(tok: Token, sidx: int, ctx: Context) -> tuple[str, ...]:
    """The pair a "both/neither/the two" group of bodies means when no coordination named it:
    the two organisations in the nearest sentence before that names any; () when none, more,
    or the group is of countries or parties."""
    if tok.lower_ in ("side", "sides"):  # the two sides of a conflict: a state and a group
        pair = ctx.subject_pair(sidx)
        if pair:
            return pair
    if tok.lower_ in _NO_PAIR:
        return ()
    return ctx.pair_named(sidx, tok.idx, {"org", "ambiguous"}) or ()


def numbered_group(tok: Token, sidx: int, ctx: Context) -> tuple[str, ...] | None:
    """A plural with a count stands for the names listed in that number: "the five lenders"
    for the last five named in the sentences before; "Two Norwegian biathletes ... Ingrid
    Solvik and Henrik Bakke accepted" or "Two board members ..., Lorcan Tabb and Inés Varga,"
    for the list after it in its own sentence or the subjects of the next two. None when no
    list has exactly that many."""
    count = child(tok, "nummod")
    if count is None or tok.tag_ != "NNS":
        return None
    n = parse_value(count.text)
    if n is None or not 2 <= n <= 20:
        return None
    exact = [g for g in ctx.groups if len(g[2]) == n]
    det = child(tok, "det")
    if det is not None and det.lower_ == "the":
        before = [g for g in exact if (g[0], g[1]) < (sidx, tok.idx) and g[0] >= sidx - 6]
        if before:
            return before[-1][2]
    after = [
        g
        for g in exact
        if (g[0], g[1]) > (sidx, tok.idx) and (g[0] == sidx or (g[0] <= sidx + 2 and g[3]))
    ]
    return after[0][2] if after else None


def _named_collective(tok: Token, ctx: Context) -> bool:
    """Does a name in the article end in the collective noun ("Sarrow Cable Consortium")?"""
    return bool(_names_ending(tok.lower_, ctx))


def _names_ending(noun: str, ctx: Context) -> set[str]:
    """The article's names of two words or more whose last word is `noun`."""
    return {ctx.canonical(n) for n in ctx.kinds if " " in n and n.lower().split()[-1] == noun}


def name_by_last_word(tok: Token, ctx: Context) -> tuple[str, ...] | None:
    """ "the infirmary", "the creamery": the one name in the article that ends in that noun."""
    det = child(tok, "det")
    if det is None or det.lower_ != "the" or tok.tag_ != "NN" or len(np_tokens(tok)) != 2:
        return None
    names = _names_ending(tok.lower_, ctx)
    return (names.pop(),) if len(names) == 1 else None


def body_of_members(tok: Token, ctx: Context) -> tuple[str, ...] | None:
    """ "importers would not accept ...", "the owners would not sign": the one organisation
    the article names after those people ("Karachi Tea Importers' Forum", "Faravik Pelagic
    Owners' Association"); None when none or more than one does."""
    det = child(tok, "det")
    if tok.tag_ != "NNS" or (det is not None and det.lower_ != "the") or len(np_tokens(tok)) > 2:
        return None
    forms = {tok.lower_, tok.lower_[:-1]}  # "creditors" also in "Official Creditor Committee"
    names = {
        ctx.canonical(n)
        for n, kind in ctx.kinds.items()
        if kind == "org"
        and " " in n
        and forms
        & {w.lower().rstrip("'’").removesuffix("'s").removesuffix("’s") for w in _member_words(n)}
    }
    return (names.pop(),) if len(names) == 1 else None


def _member_words(name: str) -> list[str]:
    """The words of a body's name that may say who its members are: all but its head
    ("Karachi Tea [Importers'] Forum"), and those after "of" ("Alliance of Velorian
    [Producers]")."""
    words = name.split()
    return words if "of" in words[1:-1] else words[:-1]


def in_own_modifier(tok: Token, names: tuple[str, ...]) -> bool:
    """ "the government, which owns 35% of AeroLys,": a description is not the name its own
    relative clause or apposition mentions (unless the clause names it: "to be called X")."""
    extra = [
        t
        for t in tok.subtree
        if t.i != tok.i and t.head.i == tok.i and t.dep_ != "det" and not _naming(t)
    ]
    text = " ".join(span_text(list(t.subtree)) for t in extra)
    return any(name in text for name in names)


def _naming(clause: Token) -> bool:
    """ "to be called X", "known as X": a clause that gives the description its name."""
    return clause.lower_ in ("called", "named", "known") and clause.dep_ in ("relcl", "acl")


def unnamed(tok: Token) -> bool:
    """A description no name stands behind: indefinite ("an armed group", "a company") or
    owned by a person ("his members", "her clients") when nothing resolved it."""
    det = child(tok, "det", "poss")
    if det is None:
        return False
    if det.lower_ in ("his", "her", "their"):
        return tok.tag_ == "NNS"  # but "their union" stays: the body of those just named
    return det.lower_ in ("a", "an", "another")
