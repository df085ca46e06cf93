"""Who made a commitment: the subject (or passive agent) of a clause, resolved to names."""

from __future__ import annotations

import re
from typing import Any

from digest.facts import lexicon as lx
from digest.facts.context import Context
from digest.facts.dates import is_date
from digest.facts.descriptions import (
    AGE,
    body_of_members,
    group_description,
    in_own_modifier,
    lawyers_client,
    name_by_last_word,
    numbered_group,
    speaker_body,
    unnamed,
)
from digest.facts.members import bare_members_body, counts_the_names, members_body
from digest.facts.names import TITLES
from digest.facts.namewords import DEMONYM
from digest.facts.orgwords import organisation_noun, public_body
from digest.facts.owners import STANDS_FOR_OWNER, board_owner, of_name, role_of
from digest.facts.phrases import description_phrase, entity_name, named_span
from digest.facts.pronouns import pronoun_actor
from digest.facts.syntax import (
    ACTOR_LABELS,
    Token,
    child,
    children,
    conjuncts,
    entity_of,
    hyphen_tail,
    kids,
    np_tokens,
    span_text,
)
from digest.facts.titles import TITLE_WORDS, titled_person

_DEMONYM = re.compile(rf"{DEMONYM}$")
_AGENT_PLURAL = re.compile(r"(?:er|or|ist|ian|ant|ent|eer)s$")
# People who act for a body: "its staff reached agreement", "their negotiators signed".
_STAFF = frozenset("staff negotiators officials directors management executives members".split())
# Nouns a party's name modifies ("the Fuerza Costera bloc"): the name is the actor.
_PARTY_HEADS = frozenset("bloc faction caucus party".split())
_NOT_PARTY = frozenset(["NORP", "GPE", "LOC"])
# The organs that act for their owner: "the State Bank's board approved" is the State Bank,
# "Harnmark's delegation has agreed" is Harnmark.
_ORGANS = frozenset("board directors management delegation committee cabinet".split())
# The organs by which a party or another organisation decides: "the party's own leadership",
# "Labour's two councillors" (and a "party council", not a diocese's council).
_PARTY_ORGANS = frozenset(
    "leadership executive conference congress councillors councilors deputies lawmakers "
    "legislators mps senators".split()
)
# Parties named by one word that also opens a title or portfolio ("Labour's two councillors").
_PARTY_NAMES = frozenset("labour labor".split())
# The people who act for the body that names them: "Board members agreed", "council members".
_MEMBERS = frozenset("members directors trustees".split())
# What a place's government is called: "Marenka's government" acts as Marenka.
_GOVERNS = frozenset("government administration".split())
# Nouns a state's own negotiators are called by with its demonym ("the Vietnamese side").
_DEMONYM_SIDES = frozenset("side delegation".split())
# Bodies a story may never name but describe: "the ruling coalition", "the governing party".
_RULING = frozenset("coalition alliance bloc junta".split())


def _misattached_name(tok: Token) -> Token | None:
    """The name right after a coordinated description that the parse hung on the first
    conjunct ("X's government and iron ore miner [Ferrox Resources]"), if any."""
    if tok.dep_ != "conj" or tok.tag_ not in ("NN", "NNS") or tok.i + 1 >= len(tok.doc):
        return None
    nxt = tok.doc[tok.i + 1]
    name = nxt if nxt.dep_ == "appos" else nxt.head if nxt.head.dep_ == "appos" else None
    if name is None or name.head.i != tok.head.i or name.left_edge.i != tok.i + 1:
        return None
    return name


def listed_by_apposition(tok: Token) -> list[Token] | None:
    """ "Jun Abrenica, Mila Catapang and Rodel Yap voted": a list of three or more names the
    parse read as a name with a coordinated apposition; each name, in order."""
    if tok.tag_ not in ("NNP", "NNPS") or child(tok, "conj") is not None:
        return None
    for app in children(tok, "appos"):
        if app.tag_ not in ("NNP", "NNPS") or tok.doc[app.left_edge.i - 1].text != ",":
            continue
        listed = conjuncts(app)
        last = listed[-1] if len(listed) > 1 else None
        if last is None or tok.doc[last.left_edge.i - 1].lower_ != "and":
            continue
        if all(t.tag_ in ("NNP", "NNPS") for t in listed):
            return [tok, *listed]
    return None


def actor_names(
    subj: Token, sidx: int, ctx: Context, verb: Token | None, explicit: bool
) -> tuple[str, ...]:
    """Names of the actors a subject stands for; empty when one of them cannot be named.

    `explicit` says the verb itself commits (agree, pledge, reject ...): then a plain plural
    description ("Donors pledged") may stand as its own actor.
    """
    names: list[str] = []
    toks = listed_by_apposition(subj) or conjuncts(subj)
    first = _name_before_and(subj) if len(toks) == 1 else None
    if first is not None:
        names.append(ctx.canonical(first))  # "Dorvik Athletic and FC Sarnow voted"
    if counts_the_names(toks):
        toks = toks[1:]  # "Two fertiliser importers, Agrivance and Tembo Inputs, have agreed"
    shared = _split_names(toks)
    for tok in toks:
        tok = _misattached_name(tok) or tok
        ent = entity_of(tok)
        if ent is not None and ent.start in shared:
            if shared[ent.start] != tok.i:
                continue  # "Rask Athletic and SK Morvena": the parse made "SK" and "Morvena"
                # two conjuncts of one name
            words = [t for t in ent if t.lower_ != "the"]
            resolved = (ctx.canonical(span_text(words)),)
        else:
            resolved = _actor(tok, sidx, ctx, verb, explicit)
        if not resolved:
            return ()
        names.extend(n for n in resolved if n not in names)
    if any((", " in n and not _LISTED_REMIT.match(n)) or " - " in n or " – " in n for n in names):
        return ()  # "the council's secretary-general, Hedda Morrow, and ...": no name
    return tuple(names)


def _name_before_and(subj: Token) -> str | None:
    """ "Dorvik Athletic and FC Sarnow voted against": the name that opens the clause before
    "and" and the subject's name, which the parse hung on the subject as modifiers."""
    doc, ent = subj.doc, entity_of(subj)
    if ent is None or ent.start < 3 or doc[ent.start - 1].lower_ != "and":
        return None
    before = entity_of(doc[ent.start - 2])
    if before is None or before.end != ent.start - 1 or before.label_ not in ("ORG", "PERSON"):
        return None
    if ent.label_ != before.label_ or not (before.start == 0 or doc[before.start - 1].is_punct):
        return None
    if not all(t.i == subj.i or t.head.i >= before.start for t in doc[before.start : ent.end]):
        return None
    return before.text


# A body's name with a list of its remit ("Ministry of Youth, Sport and Digital Affairs",
# "Communications, Media and Postal Authority").
_LISTED_REMIT = re.compile(
    r"^[A-Z][\w'’ ]* of [A-Z][\w ]*(?:, [A-Z][\w ]*)+ (?:and|&) [A-Z][\w ]*$"
    r"|^[A-Z]\w*(?:, [A-Z]\w*)+ (?:and|&)(?: [A-Z]\w*)* (?:Authority|Commission|Council|Board)$"
)


def _split_names(toks: list[Token]) -> dict[int, int]:
    """The names the parse split into several conjuncts: entity start -> its first conjunct."""
    seen: dict[int, list[int]] = {}
    for tok in toks:
        ent = entity_of(tok)
        if ent is not None and ent.label_ in ("ORG", "PERSON"):
            seen.setdefault(ent.start, []).append(tok.i)
    return {start: ids[0] for start, ids in seen.items() if len(ids) > 1}


def _body_by_first_word(tok: Token, ctx: Context) -> str | None:
    """ "Sabrecourt museum", "the Kessling gallery": the one organisation whose name starts
    with the capitalised word and holds the noun ("Sabrecourt Museum of Art")."""
    if tok.tag_ != "NN" or not tok.text.islower() or tok.lower_ not in lx.INSTITUTIONS:
        return None
    if tok.lower_ in _GOVERNS:
        return (
            None  # "the Welsh government" is Wales's, not the "Welsh Local Government Association"
        )
    words = [c for c in kids(tok) if c.dep_ == "compound"]
    if len(words) != 1 or words[0].tag_ != "NNP" or not words[0].text[:1].isupper():
        return None
    return ctx.org_of_first_word(words[0].text, holding=tok.text.title())


def _lead_description(tok: Token, det: Token, sidx: int, ctx: Context) -> bool:
    """ "The developer behind a 19-storey block has signed ...": "the" + a trade in a story that
    has named no organisation before it, so the name can only come after."""
    return (
        det.lower_ == "the"
        and ctx.resolve_description(tok.lower_, sidx, tok.idx) is None
        and not ctx.any_body_before(sidx, tok.idx)
    )


def _actor(tok: Token, sidx: int, ctx: Context, verb: Token | None, explicit: bool):
    if tok.i < tok.doc.user_data.get("digest_dateline", 0):
        return None  # a line in capitals ("FOR IMMEDIATE RELEASE"): no actor
    low = tok.text.lower()
    if is_date(tok):
        return None  # "Friday pledged": the parse took the date for the subject
    if any(c.dep_ == "det" and c.tag_ == "WDT" for c in kids(tok)):
        return None  # "on which country would house the centres": a question, no one
    if tok.tag_ in ("PRP", "PRP$"):
        return pronoun_actor(tok, sidx, ctx, verb, explicit)
    if tok.text in lx.COMPANY_ABBREVIATIONS and child(tok, "det", "poss") is not None:
        return ctx.resolve_description("company", sidx, tok.idx)  # "the PSU", "this PSU"
    tail = hyphen_tail(tok)
    if tail.i != tok.i and any(c.dep_ == "appos" for c in kids(tail)):
        tok = tail  # "Tessellate's co-founders, Nadia Qureshi and Ben Okafor," split at "-"
    if tok.i > 0 and tok.doc[tok.i - 1].text == "(" and tok.text in ctx.aliases:
        return (ctx.canonical(tok.text),)  # "the Arvenian Footballers' Union (AFU)", the parse
        # hung on the acronym in brackets: the name it stands for
    ent = entity_of(tok)
    np = np_tokens(tok)
    owners = [t for t in np if t.dep_ == "poss" and t.tag_ in ("NNP", "NNPS")]
    listed = numbered_group(tok, sidx, ctx) if child(tok, "det") is None else None
    if listed and (ent is None or ent.label_ == "CARDINAL"):
        return listed  # "Two biathletes ... Ingrid Solvik and Henrik Bakke accepted"
    named = ent is not None and ent.label_ in ACTOR_LABELS and ent.label_ != "NORP"
    appositive = _appositive_names(tok, ctx) if owners and not named else None
    if appositive:
        return appositive  # "Orvalia's interior minister, Selma Drovic,"
    if owners and not (named and all(ent.start <= t.i < ent.end for t in owners)):
        if low in _ORGANS and len(owners) == 1 and not named:
            return _actor(owners[0], sidx, ctx, verb, explicit)  # "the Bank's board": the Bank
        compound = child(tok, "compound")
        party_council = low == "council" and compound is not None and compound.lower_ == "party"
        if (low in _PARTY_ORGANS or party_council) and len(owners) == 1 and not named:
            body = _actor(owners[0], sidx, ctx, verb, explicit)
            if body and all(ctx.kind(b) == "org" or b.lower() in _PARTY_NAMES for b in body):
                return body  # "The Green Union's party council", "Labour's two councillors"
        if (
            (low in _GOVERNS or low in _DEMONYM_SIDES)
            and len(owners) == 1
            and ctx.kind(_owner_name(owners[0])) == "place"
        ):
            # "Marenka's government", "Vellan's delegation": Marenka, Vellan
            return (ctx.canonical(_place_phrase(owners[0])),)
        if low == "union" and not named:
            union = ctx.resolve_description(low, sidx, tok.idx)
            if union:
                return union  # "Kelmark's largest nursing union": the union the story names
        kinds = {ctx.kind(_owner_name(o)) for o in owners}
        if named and kinds == {"person"} and ent.label_ == "ORG":
            return (ctx.canonical(entity_name(ent, tok)),)  # "Liv Sandaker's Centre Party"
        if named and (
            (_distinctive(ent) and kinds == {"place"})
            or (public_body([t.text for t in ent]) and kinds <= {"place", "ambiguous"})
        ):
            return (ctx.canonical(entity_name(ent, tok)),)  # "Talvania's opposition Civic Front"
        return (span_text(np),)  # "Togo's parliament", "Togo's Foreign Ministry"
    if (
        _DEMONYM.match(tok.text)
        and not organisation_noun(tok.text)  # "The Roman Catholic Diocese of Kellmarsh"
        and (tok.ent_type_ == "NORP" or child(tok, "det") is not None)
    ):
        return None  # "the 24-year-old Uruguayan has signed": a person by nationality, unnamed
    if named:
        return (ctx.canonical(entity_name(ent, tok)),)  # also "Tessa Farmers' Union"
    if AGE.search(span_text(np)):
        return ctx.resolve_pronoun("he", sidx, tok.idx)  # "The 23-year-old"
    det = child(tok, "det")
    if det is not None and det.lower_ in ("a", "an") and low in _LED_GROUPS:
        leader = _group_leader(tok, ctx)
        if leader is not None:
            return leader  # "a group of donors led by the Lindholm Foundation pledged"
    if (
        det is not None
        and low in lx.COMPANY_NOUNS | {"group"}
        and (det.lower_ in ("a", "an") or _lead_description(tok, det, sidx, ctx))
        and not any(c.dep_ == "appos" for c in kids(tok))  # "A rival company, Bramble Mills,"
    ):
        # a lead that names the body later: "A Queensland coal miner has agreed to pay ..."
        named = ctx.named_next(sidx, {"org", "ambiguous"})
        if named is not None:
            return named
    if det is not None and det.lower_ in ("a", "an") and _one_person(low):
        # ... or the person: "A philanthropist who grew up in Eastmere has pledged £12 million.
        # Dame Patricia Lowther, 71, ... will give the money"
        named = ctx.named_next(sidx, {"person"})
        if named is not None:
            return named
    party = _party_name(tok) if tok.text in _PARTY_HEADS else None
    if tok.lower_ == "group" and party is None:
        named_group = _party_name(tok)
        if named_group is not None and " " in named_group and ctx.kind(named_group) == "org":
            party = named_group  # "the four-member Independent Alliance group" on a council
    if party is not None:
        return (ctx.canonical(party),)  # "The opposition Fuerza Costera bloc in Congress"
    if tok.text[:1].isupper() and tok.tag_ in ("NNP", "NNPS", "JJ"):
        # (not "the diocese" the tagger called a proper noun)
        appositive = _appositive_names(tok, ctx) if low in TITLES else None
        if appositive:
            return appositive  # "The Minister for Health, Eimear Costigan,": she, not a title
        titled = titled_person(tok, sidx, ctx)
        if titled is not None:
            return titled  # "The Treasurer" after "Treasurer Ambrose Kettle"
        return (ctx.canonical(span_text(np)),)
    appositive = _appositive_names(tok, ctx)
    if appositive:
        return appositive  # "its agriculture minister, Lena Sorova,"; "the two rebels, A and B,"
    if tok.text[:1].isupper() and not kids(tok) and tok.text not in ctx.kinds:
        short = ctx.org_of_first_word(tok.text)
        if short is not None:
            return (short,)  # "Hanbit will prepay", "Wahat will sell": a company's first word
    if not tok.tag_.startswith("NN"):
        return None
    named_body = _body_by_first_word(tok, ctx)
    if named_body is not None:
        return (named_body,)  # "the Sabrecourt museum will cover": the Sabrecourt Museum of Art
    titled = titled_person(tok, sidx, ctx)
    if titled is not None:
        return titled  # "the president" after "President Dmitar Oslo"
    client = lawyers_client(tok, verb)
    if client is not None:
        return _actor(client, sidx, ctx, verb, explicit)  # "her client": whose lawyer spoke
    if low == "management" and all(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
        resolved = ctx.resolve_description("company", sidx, tok.idx)
        if resolved:
            return resolved  # "management promised no compulsory redundancies": the company's
    if low == "ministers" and not kids(tok):
        resolved = ctx.resolve_description("government", sidx, tok.idx)
        if resolved:
            return resolved  # "Ministers said they would fund": the government named before
    body = bare_members_body(tok, sidx, ctx, verb)
    if body:
        return body  # "Its president said members would", "Councillors voted against"
    if low in lx.NON_ACTORS and not (low in lx.ROLE_NOUNS and _proper_modifier(tok)):
        return None  # "Analysts agree", but "A Russian official offered"
    if tok.text[:1].isupper() and (tok.text in ctx.kinds or tok.text in ctx.aliases):
        return (ctx.canonical(tok.text),)  # a name the tagger took for a noun ("Kessing will")
    country = _country_by_demonym(tok, ctx)
    if country is not None:
        return (country,)  # "the Vietnamese side": Viet Nam
    if low == "hall" and tok.tag_ == "NN":
        city = _city_hall(tok, sidx, ctx)
        if city is not None:
            return city  # "Gdańsk city hall signed": the city
    of_names = role_of(tok)
    if of_names:
        return of_names  # "the leaders of Sorvia and Pellan"
    group = group_description(_boards_of(tok) or tok, sidx, ctx)
    if group is not None:
        return group or None  # "Both governments", "Neither delegation"; unresolved: no actor
    owner = child(tok, "poss")
    staff = owner is not None and owner.lower_ in ("its", "their") and low in _STAFF
    if owner is not None and owner.tag_ == "PRP$" and (low in lx.INSTITUTIONS or staff):
        # "his government": the government of the person (or body) the pronoun stands for
        resolved = speaker_body(tok, sidx, ctx, verb)
        if resolved is not None:
            return resolved or None  # () when the speaker's body is named but unknown
        resolved = ctx.resolve_description(low, sidx, tok.idx)
        if resolved:
            return resolved
        if owner.lower_ in ("its", "their"):
            resolved = pronoun_actor(owner, sidx, ctx, verb, explicit)
            if resolved:
                return resolved  # "its board": the company's
    described_owner = owner is not None and owner.tag_ == "NN" and owner.lower_ in lx.INSTITUTIONS
    if (low in _ORGANS or low == "members") and described_owner:
        resolved = ctx.resolve_description(owner.lower_, sidx, owner.idx)
        if resolved:
            return resolved  # "the orchestra's management", "the association's members"
    if tok.lower_ in STANDS_FOR_OWNER:
        owned = of_name(tok)
        if owned:
            return owned  # "the Gulf state of Qaradan" is Qaradan, whoever speaks for it
    organ = child(tok, "compound")
    if low in _MEMBERS and organ is not None and organ.lower_ in lx.INSTITUTIONS:
        resolved = ctx.resolve_description(organ.lower_, sidx, organ.idx, loose=False)
        if resolved:
            return resolved  # "Board members also agreed": the Northmoor Health Board
    if low == "members":
        body = members_body(tok, organ, sidx, ctx)
        if body:
            return body  # "AFU members voted", "Members of the players' association voted"
    if _proper_modifier(tok):
        return (description_phrase(tok),)  # "The Yemeni government", "European boats"
    body = speaker_body(tok, sidx, ctx, verb)
    if body is not None:
        return body or None  # "Redmarsh manager X said the club would", "... his side would"
    resolved = ctx.resolve_description(low, sidx, tok.idx, loose=False)
    if resolved:
        return resolved  # "the authority" after "Norlandic Competition Authority"
    resolved = ctx.resolve_description(low, sidx, tok.idx)
    if resolved and not in_own_modifier(tok, resolved):
        return resolved
    named = name_by_last_word(tok, ctx)
    if named is not None:
        return named  # "the infirmary" after "Eastmere Royal Infirmary"
    if unnamed(tok):
        return None  # "An armed group released", "his clients would": a reader cannot tell who
    owner_name = board_owner(tok)
    if owner_name is not None:
        return (ctx.canonical(owner_name),)  # "The board of trustees at Te Awa Iti School"
    owned = of_name(tok) if tok.lower_ not in STANDS_FOR_OWNER else None  # those were tried
    if owned is not None:
        return owned  # "the regional parliament of Harlen", "the boards of X and Y"
    if np and np[0].tag_ == "PRP$":
        return None  # "her government", "his party", still unresolved: a reader cannot tell whose
    if len(np) == 2 and np[0].lower_ == "the" and (low in lx.COMPANY_NOUNS or low in _ANY_OF):
        return None  # "the company", "the state" that nothing resolved: which, no one can tell
    if (low in lx.INSTITUTIONS and low != "owner") or _is_maker(low):
        return (span_text(np),)  # not an unresolved "the owner": whose, a reader cannot tell
    if low == "members" and any(c.dep_ == "compound" and c.lower_ == "union" for c in kids(tok)):
        return ctx.resolve_description("union", sidx, tok.idx)  # "Union members ratified"
    if tok.tag_ == "NNS" and (explicit or _people(low)):
        body = body_of_members(tok, ctx) if _people(low) else None
        if body is not None:
            return body  # "importers would not accept" after "Karachi Tea Importers' Forum"
        if not explicit and not any(c.dep_ in _NARROWING for c in kids(tok)):
            return None  # "lenders would waive fees", "Buyers will pay 40 per cent": which ones,
            # a reader cannot tell, and no commitment verb says they committed
        return (description_phrase(tok),)  # "Players agreed", "Nurses at Carrow Health voted"
    return None


# Bodies a story has many of (a state among a country's, a department among a government's):
# unresolved, "the state" names none of them.
_ANY_OF = frozenset("state department".split())


# What narrows a plural description to a group a reader can tell ("Nurses at Carrow Health",
# "the striking drivers", "Tea importers"); bare "lenders", "plants" are anyone.
_NARROWING = frozenset("det prep compound amod nmod poss nummod".split())


# Unnamed groups that a named body leads ("a group of donors led by X", "a coalition of
# charities led by X"): the leader is who the story can name.
_LED_GROUPS = frozenset("group coalition alliance delegation bloc".split())


def _group_leader(tok: Token, ctx: Context) -> tuple[str, ...] | None:
    """The named body in "a group of donors led by the Lindholm Foundation" (the parse may
    hang "led" on "donors")."""
    of = next((p for p in children(tok, "prep") if p.lower_ == "of"), None)
    members = child(of, "pobj") if of is not None else None
    heads = [tok] if members is None else [tok, members]
    for acl in (a for h in heads for a in children(h, "acl")):
        agent = child(acl, "agent") if acl.lower_ == "led" else None
        pobj = child(agent, "pobj") if agent is not None else None
        name = named_span(pobj) if pobj is not None and child(pobj, "conj") is None else None
        if name:
            return (ctx.canonical(name),)
    return None


def _boards_of(tok: Token) -> Token | None:
    """ "the boards of both banks" act for both banks: the plural the boards belong to."""
    if tok.lower_ not in ("boards", "managements") or tok.tag_ != "NNS":
        return None
    of = next((p for p in children(tok, "prep") if p.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None
    return pobj if pobj is not None and pobj.tag_ == "NNS" else None


def _place_phrase(owner: Token) -> str:
    """A place with the capitalised words the parse hung on it ("Upper Austria", not the
    country the ruler found inside it)."""
    words = [c for c in owner.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    return span_text([*words, owner]) if words else _owner_name(owner)


def _owner_name(owner: Token) -> str:
    ent = entity_of(owner)
    return ent.text if ent is not None else owner.text


def _distinctive(ent: Any) -> bool:
    """Does a name say which body it is by itself ("Civic Front"), not only what kind
    ("Foreign Ministry", "Finance Ministry" need their country)?"""
    return any(
        t.is_alpha
        and t.text[:1].isupper()
        and t.lower_ not in TITLES
        and not organisation_noun(t.text)
        for t in ent
    )


def _appositive_names(tok: Token, ctx: Context) -> tuple[str, ...] | None:
    """The names in apposition to a description, all of them when coordinated ("the
    pipeline's operator, Belmar Gas Transit, and Kostrava's grid company, Kostranet,")."""
    for appos in children(tok, "appos"):
        if child(appos, "nummod") is not None:
            continue  # "Members of the Harbour Workers Union, Local 17,": a numbered branch
        if any(c.i + 1 == appos.left_edge.i for c in children(tok, "conj")):
            continue  # "X's government and iron ore miner Ferrox Resources": the miner's name
        if any(c.dep_ in ("acl", "relcl") and tok.i < c.i < appos.i for c in kids(tok)):
            continue  # "The state government, represented by the Commissioner, Engr. X,"
        named = [named_span(c) or _own_appositive(c) or _family(c) for c in conjuncts(appos)]
        if named and all(named):
            return tuple(dict.fromkeys(ctx.canonical(n) for n in named if n))
    between = _name_between_commas(tok)
    if between is not None:
        return (ctx.canonical(between),)
    if tok.lower_ in TITLES and tok.lower_ != "members":  # "Members ..., Local 17,": a union
        person = _person_after_comma(tok)
        if person is not None:
            return (ctx.canonical(person),)
    return None


def _name_between_commas(tok: Token) -> str | None:
    """ "the concession holder, Terminais Atlânticos & Logística SA, promised": a name
    between commas, right before the verb, that the parse joined to the description as a
    conjunct (no "and" outside the name, so it is not a list)."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "," or child(tok, "det") is None:
        return None
    ent = entity_of(doc[tok.i + 2])
    if ent is None or ent.start != tok.i + 2 or ent.label_ not in ACTOR_LABELS:
        return None
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return None
    after = doc[ent.end + 1]
    verb = tok.head
    if not (after.i == verb.i or (after.head.i == verb.i and after.dep_ in ("aux", "advmod"))):
        return None
    if not any(c.dep_ == "conj" and ent.start <= c.i < ent.end for c in kids(tok)):
        return None
    if any(c.dep_ == "cc" and not ent.start <= c.i < ent.end for c in kids(tok)):
        return None
    return ent.text


def _family(tok: Token) -> str | None:
    """ "the owners, the Hamburg-based Behrens family,": a family named by its surname."""
    if tok.lower_ != "family":
        return None
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
    return span_text([*names, tok]) if names else None


def _own_appositive(tok: Token) -> str | None:
    """The name in apposition to a description coordinated with a name."""
    appos = child(tok, "appos")
    return named_span(appos) if appos is not None else None


def _person_after_comma(role: Token) -> str | None:
    """ "Parcelo's managing director in Selvania, Ruben Aske,": the person the parse hung
    on the role's own phrase instead of on the role."""
    doc = role.doc
    for t in role.subtree:
        if t.i <= role.i + 1 or doc[t.i - 1].text != ",":
            continue
        ent = entity_of(t)
        if t.dep_ in ("relcl", "acl"):
            return None
        if ent is not None and ent.label_ == "PERSON" and ent.start == t.i:
            return entity_name(ent, doc[ent.end - 1])
    if role.dep_ == "conj":
        # "Minister X and the President of the bank, Dr Y,": Y hung on X, right after the role
        for t in children(role.head, "appos"):
            comma = t.left_edge.i - 1
            ent = entity_of(t)
            if (
                comma == role.right_edge.i + 1
                and doc[comma].text == ","
                and ent is not None
                and ent.label_ == "PERSON"
            ):
                return entity_name(ent, doc[ent.end - 1])
    return None


def _party_name(tok: Token) -> str | None:
    """The name a party-like noun is named by ("the Fuerza Costera bloc"), not a nationality
    ("the Yemeni faction")."""
    for c in kids(tok):
        if c.dep_ == "compound" and c.i < tok.i and c.text[:1].isupper():
            ent = entity_of(c)
            if ent is not None and ent.label_ in ACTOR_LABELS and ent.label_ not in _NOT_PARTY:
                return entity_name(ent, tok)
    return None


def _city_hall(tok: Token, sidx: int, ctx: Context) -> tuple[str, ...] | None:
    """ "Gdańsk city hall", "the town hall": the city (or town) whose administration it is,
    named before "city" or else the one the story named last; None for other halls."""
    parts = [c for c in kids(tok) if c.dep_ == "compound" and c.i < tok.i]
    if not parts or parts[-1].lower_ not in ("city", "town") or parts[-1].i != tok.i - 1:
        return None
    place = [c for c in kids(parts[-1]) + parts[:-1] if c.dep_ == "compound" and c.i < tok.i - 1]
    if place:
        name = span_text(sorted(place, key=lambda t: t.i))
        return (ctx.canonical(name),) if name[:1].isupper() else None
    return ctx.resolve_description(parts[-1].lower_, sidx, tok.idx)


def _country_by_demonym(tok: Token, ctx: Context) -> str | None:
    """ "The Vietnamese side", "the Kestranian delegation": the country of the article its
    demonym is formed from; None for other descriptions."""
    if tok.lower_ not in _DEMONYM_SIDES or tok.tag_ != "NN":
        return None
    det = child(tok, "det")
    mods = [c for c in kids(tok) if c.dep_ in ("amod", "compound")]
    if det is None or det.lower_ != "the" or len(mods) != 1 or not _DEMONYM.match(mods[0].text):
        return None
    place = ctx.place_of_demonym(mods[0].text)
    return ctx.canonical(place) if place and ctx.kind(place) == "place" else None


def _proper_modifier(tok: Token) -> bool:
    """ "Yemeni government", "Houthi movement", "European boats", "the Halloran family": a
    description named by a proper adjective or noun, which stands as a name when nothing
    earlier resolves it."""
    low = tok.text.lower()
    if not (low in lx.INSTITUTIONS or low in lx.ROLE_NOUNS or tok.tag_ == "NNS" or low == "family"):
        return False
    for t in np_tokens(tok):
        if t.i >= tok.i or not t.text[:1].isupper() or t.dep_ == "poss":
            continue
        if "-" in t.text or _before_hyphen(t):
            continue  # "the Swiss-based manufacturer", "the Hong Kong-listed group": where it
            # sits, not who it is
        if t.ent_type_ in ("NORP", "GPE", "ORG") or (t.i > 0 and t.tag_ in ("NNP", "NNPS", "JJ")):
            return True
    return False


def _before_hyphen(t: Token) -> bool:
    """Does the run of capitalised words from `t` end glued to a hyphen ("Hong Kong-listed")?"""
    doc, j = t.doc, t.i
    while j + 1 < len(doc) and doc[j].whitespace_ and doc[j + 1].text[:1].isupper():
        j += 1
    return not doc[j].whitespace_ and j + 1 < len(doc) and doc[j + 1].text == "-"


def description_name(tok: Token) -> str | None:
    """The name-like description an institution noun heads ("Yemeni government"), if any."""
    if tok.dep_ == "appos":
        return None  # "Helixon, the Swiss biotech company,": the name is the mention
    det = child(tok, "det")
    if det is not None and det.lower_ in ("a", "an", "another"):
        return None  # "the arm of a British group": some group, never named
    if tok.text.lower() in lx.INSTITUTIONS and _proper_modifier(tok):
        return description_phrase(tok)
    if (
        tok.lower_ in _RULING
        and det is not None
        and det.lower_ == "the"
        and any(c.dep_ in ("amod", "compound") and c.i < tok.i for c in kids(tok))
    ):
        return description_phrase(tok)  # "the ruling coalition", "the opposition alliance"
    return None


_ONE_PERSON = frozenset(
    "businessman businesswoman billionaire tycoon donor benefactor entrepreneur leader official "
    "representative delegate negotiator".split()
)


def _one_person(noun: str) -> bool:
    """A noun for one person: a title, a role, an agent in -ist ("philanthropist")."""
    return noun in TITLE_WORDS or noun in _ONE_PERSON or (noun.endswith("ist") and len(noun) > 5)


def _people(plural: str) -> bool:
    return plural in lx.GROUP_PEOPLE or bool(_AGENT_PLURAL.search(plural))


def _is_maker(word: str) -> bool:
    return word.endswith("maker") and len(word) > 6  # carmaker, planemaker, drugmaker
