"""Verb groups that may commit: "agreed to exchange", "will release", "turned down", "is willing to"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from digest.facts import lexicon as lx
from digest.facts.numbers import counted
from digest.facts.phrases import named_span
from digest.facts.subjects import left_subject
from digest.facts.syntax import (
    Token,
    auxes,
    child,
    children,
    is_negated,
    kids,
    lemma,
    modal_words,
    tokens,
)


@dataclass
class Chain:
    """A verb group that may commit: the verb with the subject, the one with the object."""

    top: Token  # carries subject, auxiliaries, negation
    content: Token  # carries the object
    control: Token | None = None  # "agreed" in "agreed to exchange"
    inherit: Token | None = None  # conjunct head whose subject/auxiliaries apply
    future: bool = False
    explicit: bool = False  # the verb itself commits or refuses (not just "will ...")
    refusal: bool = False  # "turned down"
    stative: bool = False  # "is willing to", "is committed to": the subject is not an agent


def _rights_bought(v: Token) -> bool:
    """Does the verb buy rights ("acquired North American distribution rights")?"""
    if lemma(v) not in lx.ACQUIRE and _phrasal(v) not in lx.PHRASAL_ACQUIRE:
        return False
    obj = child(v, "dobj")
    return obj is not None and obj.lower_ == "rights"


def _awarded(v: Token) -> bool:
    """Does the verb award a contract ("has awarded a five-year contract worth €96 million")?"""
    obj = child(v, "dobj")
    return lemma(v) == "award" and obj is not None and obj.lower_ in lx.AWARD_OBJECTS


def find_chains(doc: Any) -> list[Chain]:
    """The verb groups of a sentence that may state a commitment or a refusal."""
    chains: list[Chain] = []
    used: set[int] = set()
    toks = tokens(doc)
    verbs = [t for t in toks if t.tag_.startswith("VB") and t.dep_ not in ("aux", "auxpass")]
    for adj in toks:
        if adj.lower_ not in lx.READY_ADJ or not _predicative(adj):
            continue
        x = _ready_action(adj)
        if x is None:
            continue
        x = _aspect_complement(x)  # "is committed to continue reforming the tax system"
        top = adj.head if adj.dep_ == "acomp" and adj.head.tag_.startswith("VB") else adj
        used.update((adj.i, x.i, top.i))
        chains.append(Chain(top=top, content=x, control=adj, explicit=True, stative=True))
        for c in _verb_conjuncts(x) if x.tag_ == "VBG" else []:
            used.add(c.i)  # "has committed to replacing the fleet ... and to running ..."
            chains.append(
                Chain(top=top, content=c, control=adj, inherit=x, explicit=True, stative=True)
            )
    for v in verbs:
        x = _agreed_that(v) if v.i not in used else None
        if x is not None:  # "officials agreed that their countries should cooperate"
            used.update((v.i, x.i))
            chains.append(Chain(top=v, content=x, control=v, explicit=True))
    for v in verbs:
        if v.i in used or lemma(v) not in lx.CONTROL:
            continue
        x = next((c for c in kids(v) if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
        x = x if x is not None else _split_infinitive(v) or _gerund_after(v)
        if x is None or _pledged_amount(v, x):
            continue
        used.update((v.i, x.i))
        x = _aspect_complement(x)
        chains.append(Chain(top=v, content=x, control=v, explicit=True))
        for c in _verb_conjuncts(x):
            used.add(c.i)
            chains.append(Chain(top=v, content=c, control=v, inherit=x, explicit=True))
    for v in verbs:
        if v.i in used:
            continue
        lem = lemma(v)
        head = v.head
        if v.dep_ == "xcomp" and (head.text.lower() in lx.FUTURE_ADJ or _be_to(v)):
            chains.append(Chain(top=head, content=v, future=True))
            continue
        inherit = None
        if (
            v.dep_ == "conj"
            and head.tag_.startswith("VB")
            and head.dep_ != "acl"  # "X, balloted separately, voted": not a clause to share
            and not _own_subject(v)
        ):
            inherit = _fronted_report(v) or _modal_partner(v) or head
            if v.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "ccomp":
                # "X said the club would keep prices ..., and promised that": the finite verb
                # goes with "said", not under "would"
                inherit = head.head
        if _phrasal(v) in lx.PHRASAL_REFUSE:  # "turned down", "was voted down"
            gerund = next((c for c in kids(v) if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
            if gerund is not None and not is_negated(v):
                # "has ruled out raising water tariffs": what is refused ("did not rule out
                # delaying" refuses nothing, see guards.negated_refusal)
                used.add(gerund.i)
                chains.append(
                    Chain(
                        top=v,
                        content=gerund,
                        control=v,
                        inherit=inherit,
                        explicit=True,
                        refusal=True,
                    )
                )
                continue
            chains.append(Chain(top=v, content=v, inherit=inherit, explicit=True, refusal=True))
        elif (
            lem in lx.COMMIT
            or lem in lx.REFUSE
            or _phrasal(v) in lx.PHRASAL_COMMIT
            or _concession(v)
            or (lem in lx.LIGHT_VERBS and _light_object(v))  # "made a pledge"
            or _rights_bought(v)  # "has acquired the streaming rights": a rights deal done
            or _awarded(v)  # "has awarded the rail franchise to Westmark Rail"
        ):
            chains.append(Chain(top=v, content=v, inherit=inherit, explicit=True))
        elif (
            lem not in lx.NOT_COMMIT
            or _changes_object(v)
            or _disarms(v)
            or _gives_to(v)
            or (lem in lx.REFUSABLE and is_negated(v))  # "would not use its power to"
        ) and (lem not in lx.SAY or _changes_object(v)):
            carrier = inherit if inherit is not None and not modal_words(v) else v
            if carrier is not v and v.tag_ != "VB":
                continue  # "will remove the duty on rolled steel": a modal needs a base form
            if modal_words(carrier) & _FORECAST_AUX:
                # "would stop buying gas": the gerund carries the object
                content = _aspect_complement(v) if carrier is v else v
                chains.append(Chain(top=v, content=content, inherit=inherit))
    return chains


def _split_infinitive(v: Token) -> Token | None:
    """ "voted 6-1 on Monday night to approve the contract": the tally or the date between
    them made the parse hang "to approve" on "voted" as a clause of purpose; it is the
    infinitive "voted" controls. Only a tally, a share or a date may stand between."""
    x = next((c for c in kids(v) if c.dep_ == "advcl" and c.tag_ == "VB"), None)
    if x is None or x.i < v.i or child(x, "nsubj") is not None:
        return None
    to = x.doc[x.i - 1]
    if to.lower_ != "to" or to.dep_ != "aux":
        return None
    between = [c for c in kids(v) if v.i < c.i < x.i]
    return x if between and all(_tally_or_date(c) for c in between) else None


# The prepositions a controlling verb takes before a gerund ("committed to keeping the plant",
# "voted against accepting the donation").
_GERUND_PREPS = {"commit": ("to",), "vote": ("against", "for"), "agree": ("to",)}


def _gerund_after(v: Token) -> Token | None:
    """ "committed to keeping", "voted against accepting": the gerund the verb controls
    through its preposition, when the gerund has an object of its own."""
    for p in children(v, "prep"):
        ger = child(p, "pcomp")
        if (
            p.lower_ in _GERUND_PREPS.get(lemma(v), ())
            and p.i == v.i + 1
            and ger is not None
            and ger.tag_ == "VBG"
            and any(map(_takes_object, kids(ger)))
        ):
            return ger
    return None


def _tally_or_date(tok: Token) -> bool:
    """ "6-1", "88 to 54", "by 71%", "on Tuesday night", ",": what may come between a vote
    and its infinitive."""
    if tok.dep_ == "punct" or tok.like_num:
        return True
    if tok.dep_ == "npadvmod" and any(t.like_num for t in tok.subtree):
        return True
    if tok.dep_ != "prep":
        return False
    words = [t for t in tok.subtree if t.i != tok.i]
    return bool(words) and all(
        t.like_num
        or t.ent_type_ in ("DATE", "TIME", "PERCENT", "CARDINAL")
        or t.is_punct
        or t.lower_ in ("to", "night", "evening", "morning", "afternoon")
        for t in words
    )


def _pledged_amount(v: Token, x: Token) -> bool:
    """ "pledged a combined $140m to fund the police component": the amount is what is
    pledged, the "to" clause its purpose (the verb commits by itself, with that object)."""
    obj = child(v, "dobj")
    if lemma(v) == "vote":
        return False  # "voted 31 to 4 on Friday to approve": a tally, not an amount
    return obj is not None and obj.i < x.i and counted(obj) and lemma(v) in lx.COMMIT


_SHARED = frozenset("their our both two".split())
# Modals under which a verb may state a future act ("would stop buying gas", "could cut").
_FORECAST_AUX = lx.FUTURE_AUX | lx.SPECULATIVE_AUX
# Modals of what the parties agreed they would do ("agreed that they should cooperate").
_AGREED_AUX = lx.FUTURE_AUX | frozenset(["should"])


def _modal_partner(v: Token) -> Token | None:
    """ "Lusen would allow prosecutors to question Melk and would freeze $3.2 million": a
    conjunct with its own modal goes with the nearest verb above that has one, not with the
    bare "question" the parse coordinated it with. That verb, or None."""
    if not _has_modal(v) or _has_modal(v.head):
        return None
    for a in v.head.ancestors:
        if not a.tag_.startswith("VB") or lx.verb_lemma(a.text) in lx.SAY:
            return None
        if _has_modal(a):
            return a
    return None


def _fronted_report(v: Token) -> Token | None:
    """ "It will buy back shares, the finance chief told analysts, and will cut spending":
    the parse coordinated "will cut" with the speech verb; it shares the reported clause's
    subject. That clause, or None."""
    say = v.head
    if lx.verb_lemma(say.text) not in lx.SAY or not _has_modal(v):
        return None
    if say.dep_ == "conj" and say.head.i < say.i and say.head.tag_.startswith("VB"):
        return say.head  # the parse's other reading: the speech verb coordinated with it
    fronted = next((c for c in children(say, "ccomp") if c.i < say.i), None)
    if fronted is not None:
        return fronted
    # "X said his government would review the ban but would not make any promise": the
    # reported clause before it, when it has a modal and a subject of its own
    reported = [c for c in children(say, "ccomp") if say.i < c.i < v.i]
    if reported and _has_modal(reported[-1]) and child(reported[-1], "nsubj") is not None:
        return reported[-1]
    return None


def _agreed_that(v: Token) -> Token | None:
    """ "agreed that their countries should cooperate", "agreed that they would meet": a
    past agreement on what the agreeing parties themselves will do (not "Analysts agree that
    the truce is fragile": present, and about something else)."""
    if lemma(v) != "agree" or v.tag_ not in ("VBD", "VBN"):
        return None
    for c in children(v, "ccomp"):
        if not any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c)):
            continue
        if not modal_words(c) & _AGREED_AUX:
            continue
        subj = child(c, "nsubj")
        if subj is None:
            continue
        if subj.lower_ in ("they", "we") or any(k.lower_ in _SHARED for k in kids(subj)):
            return c
    return None


def _aspect_complement(x: Token) -> Token:
    """ "agreed to stop charging fees", "would continue to pay for": the verb after an
    aspectual verb carries the object."""
    if lemma(x) not in lx.ASPECTUAL:
        return x
    ger = next(
        (c for c in kids(x) if c.dep_ in ("xcomp", "ccomp") and c.tag_ in ("VBG", "VB")), None
    )
    if ger is None or ger.i < x.i or not any(map(_takes_object, kids(ger))):
        return x  # "to keep brewing at the site": no object of its own, the gerund is it
    return ger


def _takes_object(c: Token) -> bool:
    """A direct object, a particle, or a preposition that completes the verb ("pay for")."""
    return c.dep_ in ("dobj", "prt") or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)


_OBJECT_PREPS = frozenset("for to on with into from off".split())


def _predicative(adj: Token) -> bool:
    """ "is prepared to", "would be ready to"; not "the army prepared to resume shelling"."""
    if adj.dep_ == "acomp":
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in kids(adj))


def _concession(v: Token) -> bool:
    """ "lifted a night curfew", "called off the strike": a restriction relaxed."""
    if lemma(v) not in lx.CONCEDE_VERBS and _phrasal(v) not in lx.PHRASAL_CONCEDE:
        return False
    dobj = child(v, "dobj")
    if dobj is None:
        return False
    of = next((p for p in children(dobj, "prep") if p.lower_ == "of"), None)
    pobj = child(of, "pobj") if of is not None else None  # "a state of emergency"
    return dobj.lower_ in lx.RESTRICTIONS or (pobj is not None and pobj.lower_ in lx.RESTRICTIONS)


def _ready_action(adj: Token) -> Token | None:
    """The action of "willing to send", "committed to opening"."""
    x = next((c for c in kids(adj) if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if x is not None:
        return x
    for p in children(adj, "prep"):
        pcomp = child(p, "pcomp")
        if p.text.lower() == "to" and pcomp is not None and pcomp.tag_ == "VBG":
            return pcomp
    return None


def _be_to(v: Token) -> bool:
    """ "the bank is to fund the rebuilding": present "be" + to-infinitive, a decided plan
    (not "was to", not "the aim is to", which has no actor, nor "is to meet")."""
    head = v.head
    if v.tag_ != "VB" or lemma(head) != "be" or head.tag_ not in ("VBZ", "VBP"):
        return False
    if lemma(v) in lx.NOT_COMMIT or lemma(v) in lx.SAY:
        return False
    to = v.doc[v.i - 1] if v.i > 0 else None
    if to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head.i != v.i:
        return False
    subj = child(head, "nsubj")
    if head.i != v.i - 2 or subj is None or auxes(head):
        return False
    if any(c.dep_ == "parataxis" and lemma(c) in lx.SAY for c in kids(head)):
        return False  # "X is to cut its forecast, the newspaper reported": hearsay
    if head.dep_ not in ("ccomp", "acl", "relcl", "pcomp", "xcomp"):
        return True  # a main clause, or one joined by "while", "and"
    gov = head.head
    # "the firm said it is to relocate": the speaker's own plan; not "the unions claim Fiat is to"
    return lemma(gov) in ("say", "announce", "confirm") and subj.tag_ == "PRP"


def _gives_to(v: Token) -> bool:
    """ "will give Tanzania a grant": give with a named recipient is a transfer, not "give a
    speech"; "will give $400 million", "will keep 60% of the flow": a sum or a share given or
    kept is a pledge."""
    if lemma(v) not in ("give", "keep"):
        return False
    dobjs = children(v, "dobj")
    if any(d.ent_type_ in ("MONEY", "PERCENT") for d in dobjs):
        return True
    if lemma(v) != "give":
        return False
    return child(v, "dative") is not None or (len(dobjs) > 1 and any(named_span(d) for d in dobjs))


def _phrasal(v: Token) -> tuple[str, str] | None:
    prt = next(
        (
            c
            for c in kids(v)
            if c.dep_ == "prt"
            or (c.dep_ == "advmod" and c.lower_ == "away")
            or (c.dep_ == "prep" and c.lower_ == "down" and c.i == v.i + 1)
        ),
        None,
    )  # "turned down", "walked away from", "voted down a proposal" (parsed as a preposition)
    if prt is None:
        return None
    doc = prt.doc
    if prt.lower_ == "out" and prt.i + 2 < len(doc) and doc[prt.i + 2].lower_ == "order":
        return None  # "ruled out of order a question": a chair's procedural ruling, no refusal
    return (lemma(v), prt.text.lower())


def _light_object(v: Token) -> bool:
    """ "made a pledge", "gave a guarantee": a light verb with a commitment noun."""
    dobj = child(v, "dobj")
    if dobj is None or dobj.text.lower() not in lx.COMMIT_NOUNS:
        return False
    # "gave an undertaking to the court that it would not demolish the stalls": the clause
    # says what was promised and is the fact
    return not any(promised_clause(c) for c in kids(dobj))


def promised_clause(v: Token) -> bool:
    """Is `v` the "that" clause of a promise noun ("an undertaking that it would not ...")?"""
    return (
        v.dep_ in ("acl", "ccomp")
        and v.head.lower_ in lx.COMMIT_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(v))
    )


def _disarms(v: Token) -> bool:
    """ "will destroy its stockpile of about 86,000 mines": destroying weapons under a deal."""
    obj = child(v, "dobj")
    return lemma(v) == "destroy" and obj is not None and obj.lower_ in lx.DISARM_OBJECTS


def _changes_object(v: Token) -> bool:
    """ "would not increase the price": a change made to something is a commitment; "fees
    will increase" (no object) is a forecast."""
    return lemma(v) in lx.CHANGES_WITH_OBJECT and child(v, "dobj") is not None


def _verb_conjuncts(v: Token) -> list[Token]:
    """Infinitives coordinated with `v` ("agreed to exchange ... and to extend ...")."""
    out = []
    for c in kids(v):
        if c.dep_ == "conj" and c.tag_ == "VB" and not _own_subject(c):
            out.append(c)
            out.extend(_verb_conjuncts(c))
        elif v.tag_ == "VBG" and c.dep_ == "conj":
            # "committed to replacing the fleet ... and to running half-hourly services"
            ger = child(c, "pcomp") if c.tag_ in ("IN", "TO") else c
            if ger is not None and ger.tag_ == "VBG" and not _own_subject(ger):
                out.append(ger)
                out.extend(_verb_conjuncts(ger))
    return out


def _own_subject(v: Token) -> bool:
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(v)):
        return True
    # "Veskar will release X and Tolmany will hand over Y", with Tolmany parsed into the object
    return left_subject(v, v.doc) is not None and _has_modal(v)


def _has_modal(v: Token) -> bool:
    """Does the verb carry a modal of its own ("would freeze")?"""
    return any(c.tag_ == "MD" for c in kids(v))
