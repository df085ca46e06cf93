"""Commitments from a parsed sentence: who agreed to, pledged or refused what, with whom."""

from __future__ import annotations

import logging
from typing import Any

from digest.facts import guards
from digest.facts import lexicon as lx
from digest.facts.actors import actor_names
from digest.facts.chains import Chain, find_chains
from digest.facts.context import Context
from digest.facts.dates import is_date
from digest.facts.dissent import absolute_vote, dissent_object
from digest.facts.gapping import Gap, find_gaps, gapped_facts
from digest.facts.objects import (
    Found,
    find_object,
    head_of,
    is_time,
    object_tokens,
    text_of,
)
from digest.facts.parties import amount, counterparty, without_counterparty
from digest.facts.polarity import modality_of, neither_nor, polarity_of, shares_negation
from digest.facts.relatives import antecedent_phrase
from digest.facts.subjects import negated_subject, subject_of
from digest.facts.syntax import (
    Token,
    child,
    children,
    entity_of,
    in_zones,
    is_negated,
    kids,
    lemma,
    modal_words,
    np_tokens,
    quote_zones,
    text_of_doc,
    tokens,
)
from digest.model import Fact

log = logging.getLogger(__name__)

_PASS_OBJECTS = frozenset(
    "bill law budget resolution motion measure amendment legislation act decree package".split()
)
# What a business passes on to its customers: "would not pass the cost on to passengers".
_PASSED_ON = frozenset("cost costs increase increases rise rises savings charge charges".split())
# Names of laws and texts: never an actor ("the Road Safety Bill would allow ...").
_LAWS = frozenset(
    "Bill Act Law Treaty Directive Regulation Regulations Ordinance Code Tax Levy Tariff "
    "Agreement Accord Pact Protocol Charter".split()
)
_FINITE = ("VBD", "VBZ", "VBP")
_PARTICLES = frozenset("over down up back out off".split())
# What a business makes by itself, not for anyone: "would not make any money", "made a loss".
_OUTCOMES = frozenset("money profit profits loss losses return returns".split())
# Courtesies a leader offers: "offered his congratulations" promises nothing.
_COURTESIES = frozenset(
    "congratulations condolences sympathy sympathies greetings thanks wishes regards respects".split()
)
_FUTURE = frozenset(["will", "would", "'ll"])
_DEMONSTRATIVES = frozenset("this that these those what whatever which".split())


def extract_commitments(doc: Any, sentence_index: int, ctx: Context) -> list[Fact]:
    """Facts of one parsed sentence (a spaCy Doc of exactly that sentence)."""
    if guards.correction_note(text_of_doc(doc)):
        return []  # "Correction: an earlier version of this article said ..."
    zones = ctx.quote_zones.get(sentence_index)  # quotes over sentences, from the article
    if zones is None:
        zones = quote_zones(text_of_doc(doc))
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for chain in find_chains(doc):
        gaps: list[Gap] = []
        try:
            fact = _fact(chain, doc, sentence_index, ctx, zones, gaps)
            more = gapped_facts(fact, gaps, chain.content, sentence_index, ctx) if fact else []
        except Exception as exc:  # a rule must never sink the article
            log.debug("commitment rule failed on sentence %d: %s", sentence_index, exc)
            fact, more = None, []
        if fact is None:
            continue
        for f in [fact, *more]:
            key = (f.actors, f.action.lower(), f.object.lower())
            if key not in seen:
                seen.add(key)
                facts.append(f)
    return facts


def _coercive(chain: Chain, obj_head: Token | None) -> bool:
    """ "would tighten the blockade", "will extend the curfew": a measure against others."""
    if chain.control is not None and lemma(chain.control) in lx.AGREEMENT_CONTROL:
        return False
    lem = lemma(chain.content)
    if lem in lx.COERCE:
        return not is_negated(chain.content)  # "would not impose volume caps" refuses one
    restriction = obj_head is not None and obj_head.lower_ in lx.RESTRICTIONS
    return restriction and lem in ("extend", "expand", "maintain", "keep", "renew")


# ---------------------------------------------------------------- one fact


def _fact(chain: Chain, doc: Any, sidx: int, ctx: Context, zones, gaps: list[Gap]) -> Fact | None:
    """The fact of one verb group; gapped second actors ("and Tavessa $150 million") are
    appended to `gaps` and cut from the object."""
    top, content = chain.top, chain.content
    subj_verb = top
    if chain.control is None and chain.inherit is not None:
        subj_verb = chain.inherit
    modals = modal_words(top) | modal_words(content)
    if chain.inherit is not None and not modal_words(content):
        modals |= modal_words(chain.inherit)
    if not _is_clause(subj_verb, modals) or any(
        _hypothetical(v) for v in (subj_verb, top, content)
    ):
        return None
    agreed_that = chain.control is not None and chain.content.dep_ == "ccomp"
    if (modals & lx.DEONTIC_AUX and not agreed_that) or _under_threat(subj_verb):
        return None  # "Libya must hand over ...", "warned that police will ..."
    if guards.expected(top):
        return None  # "reviving bets that the central bank will raise rates"
    if guards.counterfactual(top, content):
        return None  # "would have paid $14 million" under a deal the judge threw out
    if guards.speculative(modals) or guards.empty_refusal(content):
        return None  # "could cut 45,000 jobs", "declined to comment"
    if guards.effect_verb(content, chain.explicit) or guards.habitual(top, chain.control, modals):
        return None  # "will mark the end of an era", "banks offer services"
    if guards.scheduled_event(content, chain.explicit):
        return None  # "will hold a hearing on the settlement"
    if guards.bare_endorsement(top, content, chain.control):
        return None  # "Members backed the deal": a stance, not a commitment
    if guards.hedged([top, content, subj_verb], chain.explicit) or guards.third_party_report(
        subj_verb, chain.explicit
    ):
        return None  # "will reportedly reject", "analysts said the bank would ..."
    if guards.denied_or_rumoured(subj_verb):
        return None  # "denied reports that it had secretly agreed to ..."
    if guards.argued(subj_verb):
        return None  # "rejected it, arguing that it would raise their cost of borrowing"
    if guards.embedded_question(subj_verb) or guards.embedded_question(content):
        return None  # "did not say how it would cover the shortfall"
    if guards.alternative(content) or guards.alternative(top):
        return None  # "would retire the credits rather than sell them on"
    failure = chain.control is not None and lemma(chain.control) == "fail"
    if failure and lemma(content) not in lx.FAIL_CONTENT:
        return None  # "failed to pay the workers": a failure, not a refusal
    if top.dep_ == "relcl" and top.head.lower_ in ("time", "times", "occasion"):
        return None  # "the first time the authority has blocked a deal": a record, not a fact
    if top.dep_ == "relcl" and any(c.tag_ == "JJS" for c in kids(top.head)):
        return None  # "the largest undertaking it had accepted from a water company": a record
    if _pending(top) or _pending(content):
        return None  # "has not yet passed", "has yet to sign": still open, not refused
    if text_of_doc(doc).rstrip(" \"'”’").endswith("?"):
        return None

    lem_content = lemma(content)
    passive = not chain.stative and any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(subj_verb))
    # "it had not been consulted and would not sign the agreement": the second verb shares the
    # subject of a passive, not its voice
    active_conj = passive and subj_verb.i != top.i and top.tag_ == "VB" and bool(modal_words(top))
    passive = passive and not active_conj
    found = Found([])
    negative_subject = False
    if passive:
        if lem_content in ("take", "make"):
            return None  # "the final decision will be taken by politicians": who decides, no deal
        if guards.standing_passive(subj_verb):
            return None  # "This station is supported by listeners like you": a state, no event
        agent = child(content, "agent") or child(subj_verb, "agent")
        pobj = child(agent, "pobj") if agent is not None else None
        if pobj is None or pobj.like_num or pobj.lower_ in lx.TALLY_NOUNS:
            return None  # "was rejected by 29 votes to 19": a tally, not who rejected it
        actors = actor_names(pobj, sidx, ctx, None, explicit=True)
        target = child(subj_verb, "nsubjpass")
        if target is not None and target.tag_ in ("WDT", "WP") and content.i == subj_verb.i:
            phrase = antecedent_phrase(target)  # "the accord, which was signed by ..."
            if phrase is None:
                return None
            found = Found(phrase)
        elif target is not None and content.i == subj_verb.i:
            found = Found(object_tokens(target))
            root = _nominal_root(doc, target)
            if root is not None:
                found = Found(np_tokens(root))
    else:
        subj = child(top, "nsubjpass") if chain.stative else None
        subj = child(subj_verb, "nsubjpass") if active_conj else subj
        subj = subj if subj is not None else subject_of(subj_verb, doc)
        bound = _bound_party(chain)
        subj = bound if bound is not None else subj  # "the deal commits the company to fund"
        if subj is None:
            return None
        quoted = in_zones(top.idx, zones) or (
            chain.control is not None and in_zones(chain.control.idx, zones)
        )  # the Crown was "ready to proceed"
        if quoted and not (in_zones(subj.idx, zones) and _quoted_name(subj)):
            # the army "will not leave ...", "We are going to get him," she said: quoted words
            # are a quote, not a fact; a quoted statement whose subject is a name or the
            # parties ("The two companies have agreed on ...") still commits
            return None  # her government had "offered everything": quoted words, not a deal
        actors = actor_names(subj, sidx, ctx, subj_verb, chain.explicit)
        negative_subject = negated_subject(subj)
    if not actors or all(a.split()[-1] in _LAWS for a in actors):
        return None  # "the Road Safety Bill would allow ...": what a law does, no one's promise

    if not found.tokens:
        found = find_object(content)
    if absolute_vote(content):
        found = dissent_object(content, found)  # "The plan passed ..., with X voting against"
    particle = _leading_particle(content, found)
    if particle is not None:
        found.tokens = [t for t in found.tokens if t.i != particle.i]
    obj_toks = found.tokens
    if not passive:
        gaps.extend(find_gaps(content, obj_toks))
    if gaps:  # "will give $400 million and Tavessa $150 million": the object ends at "and"
        cut = min(g.cut for g in gaps)
        obj_toks = [t for t in obj_toks if t.i < cut]
        if found.core is not None:
            found.core = [t for t in found.core if t.i < cut]
    obj_head = head_of(obj_toks)
    if guards.own_proposal(actors, obj_head, ctx) or guards.actor_as_other_party(
        actors, obj_toks, ctx
    ):
        return None  # "Albee rejected Albee's offer", "Lusen ... cooperation with Lusen"
    if is_time(obj_head):
        return None  # "agreed on Friday"
    if not _fits(lem_content, obj_head, chain) or _coercive(chain, obj_head):
        return None
    if not obj_toks and chain.control is None:
        return None
    bare = all(t.tag_ in ("IN", "TO", "RP") for t in obj_toks)  # "will pay | for"
    if bare and lem_content not in lx.INTRANSITIVE_COMMIT:
        return None  # "refused to allow", "promised to build": what, the fact cannot say

    if lem_content == "sign" and obj_toks and obj_toks[0].lower_ in ("for", "on", "behalf"):
        return None  # "Ilse Marrowen signed for the Tessarine side": who signed, not what
    if guards.negated_refusal(chain):
        return None  # "did not rule out a strike": neither a refusal nor a commitment
    polarity = polarity_of(chain, negative_subject)
    if polarity == "positive" and _ultimatum(chain, subj_verb, obj_head):
        return None  # "will withdraw its peacekeepers unless ...": a threat of force
    modality = modality_of(chain, modals, doc, zones, subj_verb)
    action = _action(chain, subj_verb, doc, found.action_words, particle)
    verbs = [content, top] + ([chain.control] if chain.control is not None else [])
    party = counterparty(verbs, found, obj_head, actors)
    return Fact(
        actors=actors,
        action=action,
        object=text_of(without_counterparty(obj_toks, party)),
        counterparty=party,
        polarity=polarity,
        modality=modality,
        quantity=amount(content, found.core if found.core is not None else obj_toks),
        sentence_index=sidx,
        sentence=text_of_doc(doc),
    )


def _quoted_name(subj: Token) -> bool:
    if subj.tag_ in ("NNP", "NNPS") or subj.ent_type_ in ("ORG", "GPE", "PERSON"):
        return True
    return subj.tag_ == "NNS" and child(subj, "nummod", "det") is not None  # "the two countries"


def _nominal_root(doc: Any, target: Token) -> Token | None:
    """ "A settlement between X and customers who said they switched supplier was approved by
    ...": the parser found no main verb (the root is a noun) and took a bare noun of the
    relative clause for the passive subject; the sentence's first noun phrase is the subject."""
    root = next((t for t in tokens(doc) if t.dep_ == "ROOT"), None)
    if root is None or not root.tag_.startswith("NN") or root.i >= target.i:
        return None
    if target.tag_ != "NN" or child(target, "det", "poss") is not None:
        return None
    return root


def _leading_particle(v: Token, found: Found) -> Token | None:
    """ "hand over 15 soldiers" with "over" parsed into the object: it belongs to the verb."""
    if not found.tokens or v.i + 1 >= len(v.doc):
        return None
    nxt = v.doc[v.i + 1]
    if (
        nxt.text.lower() in _PARTICLES
        and nxt.tag_ in ("RB", "RP", "IN")
        and found.tokens[0].i == nxt.i
        and len(found.tokens) > 1
        and child(nxt, "pobj") is None
        and not _up_to_amount(nxt)
    ):
        return nxt
    return None


def _pending(v: Token) -> bool:
    return any(c.lower_ == "yet" and c.dep_ == "advmod" for c in kids(v))


def _under_threat(v: Token) -> bool:
    """Hangs on a threat ("warned that ...") or a belief ("was confident that ...")."""
    for a in v.ancestors:
        if a.tag_.startswith("VB") and lemma(a) in lx.THREAT_SAY | lx.BELIEF:
            return True
        if a.tag_.startswith("VB") and lemma(a) in lx.SAY:
            return False  # the nearest governing verb decides: "telling reporters that ..."
        if a.tag_ == "JJ" and a.lower_ in lx.BELIEF:
            return True
    return False


def _ultimatum(chain: Chain, subj_verb: Token, obj_head: Token | None) -> bool:
    """ "will withdraw its peacekeeping force from Chad unless ...": a threat of force, not a
    conditional promise ("would withdraw the offer unless", "would hold a strike ballot
    unless" are conditional commitments)."""
    if obj_head is None or obj_head.lower_ not in lx.FORCES:
        return False
    for v in (chain.top, chain.content, subj_verb):
        for c in children(v, "advcl"):
            if any(m.dep_ == "mark" and m.text.lower() == "unless" for m in kids(c)):
                return True
    return False


def _is_clause(v: Token, modals: set[str]) -> bool:
    """A finite clause (or one with a real auxiliary), not "the deal signed on Monday"; a
    past participle with its own active subject is a past tense the tagger missed ("Ostrand,
    in turn, committed to ...")."""
    if v.tag_ in _FINITE:
        return True
    if v.tag_ == "VBN" and child(v, "nsubj") is not None and not modals:
        return True
    if absolute_vote(v):
        return True  # "..., with the Liberal Party voting against"
    return bool(modals - {"to"})


def _hypothetical(v: Token) -> bool:
    """ "if Togo agrees ...", "whether it will sign ..., which would ...": the clause is a
    condition or a question, or hangs on one."""
    for t in [v, *v.ancestors]:
        if any(c.dep_ == "mark" and c.text.lower() in lx.HYPOTHETICAL_MARKS for c in kids(t)):
            return True
        if t.head.lower_ == "long" and any(c.dep_ == "mark" and c.lower_ == "as" for c in kids(t)):
            return True  # "as long as the buyer promised no redundancies": a condition
    return False


def _fits(lem: str, obj_head: Token | None, chain: Chain) -> bool:
    """Verb-specific checks: "reached a deal" yes, "reached the border" no."""
    word = obj_head.text.lower() if obj_head is not None else ""
    if word in _DEMONSTRATIVES and obj_head is not None and not list(obj_head.children):
        return False  # "signed that", "this was rejected by": what, the fact cannot say
    if obj_head is not None and any(c.lower_ == "how" for c in obj_head.children):
        return False  # "declined to say how much it planned to spend": a question
    if lem == "rule" and chain.control is not None and lemma(chain.control) in lx.REFUSE:
        return False  # "declined to rule out a rise": no commitment either way
    if lem in ("run", "stretch", "span") and word in lx.DISTANCE_UNITS:
        return False  # "a line which would run 9.4 miles": where it goes, not a promise
    if lem in ("reach", "strike"):
        return word in lx.REACH_OBJECTS  # "struck a deal", not "struck the town"
    if lem == "pass":
        # "passed the bill"; "would not pass the cost on to passengers" (a charge passed on)
        passed_on = any(c.lower_ == "on" and c.dep_ in ("prt", "prep") for c in kids(chain.content))
        return word in _PASS_OBJECTS or (passed_on and word in _PASSED_ON)
    promised = chain.control is not None and lemma(chain.control) in lx.CONTROL
    if lem == "complete":  # "completed the takeover"; "has committed to complete the work"
        return word in lx.COMPLETE_OBJECTS or promised
    if lem == "block":
        return word in lx.BLOCK_OBJECTS  # "blocked the takeover", not "blocked the road"
    if lem in ("release", "issue", "publish"):
        # "released its results": an announcement; "promised to publish a full impact study"
        # ... and "would publish its discharge data every quarter": a promise to publish, but
        # "will publish its quarterly results on Friday": a date in the diary
        future = bool(modal_words(chain.top) & _FUTURE) and not _on_a_day(chain.content)
        return word not in lx.ANNOUNCEMENT_OBJECTS or promised or future
    if lem == "commit":
        return word not in lx.MISDEEDS  # "committed an anti-doping violation": no pledge
    light = lem in lx.LIGHT_VERBS and word in lx.COMMIT_NOUNS and obj_head is not None
    if light and any(c.dep_ == "det" and c.lower_ == "no" for c in kids(obj_head)):
        return False  # "Brenn made no such offer himself": none made (not a refusal)
    if lem in ("take", "make", "reach") and word in ("decision", "decisions"):
        return False  # "would take a final decision in March": the decision is still to come
    if lem in ("reject", "rebuff") and word in lx.CLAIM_OBJECTS:
        return False  # "rejected that argument": a denial, not a refusal
    if lem == "concede":  # "conceded to demands", not "conceded the match"
        return obj_head is not None and obj_head.head.text.lower() == "to"
    if lem == "play" and word in ("role", "part"):
        return False  # "is to play a leading role in the campaign": a part, not a promise
    if lem == "miss":
        return False  # "Jacques Chirac will miss an address": an absence, not a promise
    if word in _COURTESIES:
        return False  # "Tony Blair offered his congratulations": a courtesy, not a deal
    if lem == "make" and word in _OUTCOMES:
        return False  # "would not make any money on the project": an outcome, not a promise
    if lem == "call" and child(chain.content, "prt") is None:
        return word in lx.CALLED  # "would call a strike", not "would call it a betrayal"
    if lem == "show":  # a broadcaster "will show 240 matches", not "the numbers will show it"
        dobj = child(chain.content, "dobj")
        return obj_head is not None and (dobj is None or dobj.tag_ not in ("PRP", "DT"))
    return True


def _on_a_day(v: Token) -> bool:
    """Does the verb happen "on Friday", "on 3 March"?"""
    for p in children(v, "prep"):
        pobj = child(p, "pobj") if p.lower_ == "on" else None
        if pobj is not None and is_date(pobj):
            return True
    return False


def _action(
    chain: Chain, subj_verb: Token, doc: Any, extra: tuple[str, ...], particle: Token | None
) -> str:
    top, content = chain.top, chain.content
    subj = child(subj_verb, "nsubj", "nsubjpass")
    floor = subj.i if subj is not None and subj.i < top.i else -1
    lead = [
        c.i
        for c in kids(top)
        if c.dep_ in ("aux", "auxpass", "neg")
        and floor < c.i < top.i
        and c.text != "to"
        and entity_of(c) is None  # "Companhia ... do Estado [do] Itaperu will": part of a name
    ]
    tail = _particles(content) + ([particle.text] if particle is not None else []) + list(extra)
    if chain.inherit is not None and not lead and chain.control is None:
        # "... will release X and [will] support Y": borrow the modal of the first conjunct
        borrowed = [c.text for c in kids(chain.inherit) if c.tag_ == "MD"]
        if shares_negation(chain):  # "would not cut X or [would not] reduce Y", "did not"
            borrowed = [c.text for c in kids(chain.inherit) if c.dep_ in ("aux", "neg")]
        elif neither_nor(chain.top):
            borrowed.append("not")  # "would neither recognise X nor [would not] lift Y"
        return " ".join(borrowed + [content.text] + tail)
    start = min(lead + [top.i])
    if _bound_party(chain) is not None:
        text = doc[start : top.i + 1].text + " to " + content.text  # "commits to fund"
    elif content.i > top.i and (chain.inherit is None or chain.control is None):
        text = doc[start : content.i + 1].text
    elif content.i == top.i:
        text = doc[start : top.i + 1].text
    else:
        text = doc[start : top.i + 1].text + " to " + content.text
    return " ".join([text] + tail)


def _particles(v: Token) -> list[str]:
    out = [c.text for c in kids(v) if c.dep_ == "prt"]
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    if (
        nxt is not None
        and nxt.dep_ == "prep"
        and nxt.text.lower() in _PARTICLES
        and nxt.head.i == v.i
        and child(v, "dobj") is None
        and not _up_to_amount(nxt)
    ):
        out.append(nxt.text)
    return out


def _bound_party(chain: Chain) -> Token | None:
    """ "The settlement commits the company to fund a plant": the party a deal commits."""
    control = chain.control
    if control is None or lemma(control) != "commit":
        return None
    obj = child(control, "dobj")
    return obj if obj is not None and obj.i < chain.content.i else None


def _up_to_amount(word: Token) -> bool:
    """ "allow up to 400 observers": "up to" bounds a number, it is no particle."""
    doc = word.doc
    after = doc[word.i + 2] if word.i + 2 < len(doc) else None
    return word.lower_ == "up" and doc[word.i + 1].lower_ == "to" and bool(after and after.like_num)
