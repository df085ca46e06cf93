"""General reasons a verb group that looks like a commitment is none (speculation, habit, no content)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from digest.facts import lexicon as lx
from digest.facts.phrases import named_span, prep_names
from digest.facts.syntax import Token, child, is_negated, kids, lemma, say_governor

# "could cut", "may raise", "can veto": speculation or ability, not a commitment.
MAYBE_AUX = frozenset("could might may can ca".split())
# What a refusal must not be about: "declined to comment" refuses no concrete thing.
NO_CONTENT = frozenset(
    """
    comment say speak elaborate disclose confirm discuss reveal specify identify name answer
    respond detail speculate divulge
    """.split()
)
# Verbs that after "will/would" describe an effect or a forecast, not an act the subject
# undertakes ("will mark the end of an era", "would ensure a seamless transition").
EFFECT = frozenset(
    """
    mark spell rank ensure bolster involve prove point indicate require penalise penalize
    inherit succeed testify encourage outstrip appear cause enable lead hurt harm damage
    dominate outpace outperform represent signal trigger spark fuel undermine worsen employ drive
    control push dent
    """.split()
)
# Adverbs that make the statement a report or a guess ("will reportedly reject", "will
# probably raise"): not the actor's own commitment.
# Guesses void any verb; hearsay only a forecast ("has reportedly agreed" still reports a deal).
GUESSES = frozenset("possibly probably perhaps maybe presumably likely conceivably".split())
HEARSAY = frozenset("reportedly allegedly apparently supposedly reputedly".split())
# Speakers whose "X would ..." is a report or a forecast about others, not a commitment.
MEDIA = frozenset(
    "newspaper newspapers paper papers media report reports reporters journalists press "
    "wire magazine daily broadcaster".split()
)
# "the news agency said": an agency is the press only when a news word says so ("the agency
# said it would not publish the scores" is a government agency, as is "the World Anti-Doping
# Agency").
NEWS_WORDS = frozenset("news press wire".split())
# What hangs on these is denied or hearsay ("denied reports that it had agreed").
DENY = frozenset("deny dismiss refute rebut".split())
RUMOUR = frozenset(
    "report reports rumour rumours rumor rumors speculation claims suggestions".split()
)
# A correction note restates what an earlier version wrongly said: no facts of its own.
_CORRECTION = re.compile(
    r"^\W*(?:correction|clarification|editor'?s note)\b|\ban earlier version of this\b", re.I
)
# Present-tense verbs that describe what a body habitually does ("banks offer services"),
# not a commitment made now; only "agree"-like verbs keep the present ("Togo agrees to ...").
_HABIT_OK = frozenset(
    "agree refuse reject vow pledge promise decline reconfirm reaffirm recommit commit undertake".split()
)


_SENTENCE_END = frozenset(".!?:;\"'”’)…")


def speculative(modals: set[str]) -> bool:
    """ "could cut 45,000 jobs": a modal of possibility without will/would."""
    return bool(modals & MAYBE_AUX) and not modals & lx.FUTURE_AUX


def counterfactual(top: Token, content: Token) -> bool:
    """ "would have paid", "would have refused to renew": what would have happened, not what
    anyone undertakes."""
    for v in (top, content):
        words = [c.lower_ for c in kids(v) if c.dep_ == "aux"]
        if any(w in ("would", "could", "might", "should") for w in words) and "have" in words:
            return v.tag_ == "VBN"
    return False


def empty_refusal(content: Token) -> bool:
    """ "declined to comment", "refused to say": no concrete thing is refused ("declined to
    disclose the price", "would not name the manufacturer" refuse a named thing)."""
    if lemma(content) not in NO_CONTENT:
        return False
    obj = child(content, "dobj")
    return obj is None or obj.tag_ not in ("NN", "NNS", "NNP", "NNPS")


# Nouns whose "that" clause is a guess or a report, not anyone's commitment ("bets that the
# central bank will raise rates", "fears that the plant would close").
EXPECTATION_NOUNS = frozenset(
    """
    bet bets expectation expectations hope hopes fear fears speculation concern concerns worry
    worries rumour rumours rumor rumors prediction predictions forecast forecasts belief
    assumption suggestion suggestions sign signs talk doubt doubts
    """.split()
)


def expected(v: Token) -> bool:
    """Does the clause hang on a noun of expectation ("bets that X will raise rates")?"""
    for t in [v, *v.ancestors]:
        if t.dep_ in ("acl", "ccomp", "relcl") and t.head.lower_ in EXPECTATION_NOUNS:
            return True
        if t.dep_ == "ROOT":
            return False
    return False


def effect_verb(content: Token, explicit: bool) -> bool:
    """ "will mark the end of an era": an effect, unless the verb itself commits."""
    return not explicit and lemma(content) in EFFECT


def scheduled_event(content: Token, explicit: bool) -> bool:
    """ "The tribunal will hold a hearing on the settlement": a step of procedure on a date;
    "would hold ministers to account": a stance. Neither is a commitment ("would hold talks",
    "will hold a 40% stake", "would hold monthly open meetings", "promised to hold a hearing"
    are)."""
    if explicit or lemma(content) not in ("hold", "host"):
        return False
    doc = content.doc
    if any(
        t.lower_ == "account" and t.i > 0 and doc[t.i - 1].lower_ == "to" for t in content.subtree
    ):
        return True  # "would hold ministers to account": a stance, not a promise to anyone
    obj = next((c for c in kids(content) if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    press = obj.lower_ == "conference" and any(c.lower_ in ("news", "press") for c in kids(obj))
    return press or obj.lower_ in _OCCASIONS  # "will host a news conference", "a reception"


# Occasions a body holds or hosts on a date: a diary entry, no promise to anyone.
_OCCASIONS = frozenset("hearing hearings briefing reception ceremony gala dinner rally".split())


def habitual(top: Token, control: Token | None, modals: set[str]) -> bool:
    """ "Islamic banks offer services", "MCI offers internet services": a present-tense
    description of what the subject does, not a commitment."""
    if modals or top.tag_ not in ("VBZ", "VBP"):
        return False
    if lemma(top) in _HABIT_OK or (control is not None and lemma(control) in _HABIT_OK):
        return False
    return not any(c.dep_ == "neg" for c in kids(top))


def bare_endorsement(top: Token, content: Token, control: Token | None) -> bool:
    """ "Members backed the deal", "she supported higher pay", "has backed Lindgren": a stance
    or a vote already counted, not a commitment; "would back", "has agreed to back" commit."""
    if control is not None or lemma(content) not in ("back", "support") or top.i != content.i:
        return False
    obj = next((c for c in kids(content) if c.dep_ == "dobj"), None)
    if obj is not None and obj.ent_type_ == "PERSON":
        return True  # "The deputies' association has backed Lindgren": a person, no deal
    return not any(c.dep_ in ("aux", "auxpass") for c in kids(top))


def hedged(verbs: list[Token], explicit: bool) -> bool:
    """ "will probably raise", "will almost certainly raise": a guess; "will reportedly
    build": a report of a plan (but "has reportedly agreed" reports a deal)."""
    hedges = GUESSES if explicit else GUESSES | HEARSAY
    for v in verbs:
        for c in kids(v):
            if c.dep_ != "advmod":
                continue
            if c.lower_ in hedges:
                return True
            if c.lower_ == "certainly" and any(a.lower_ == "almost" for a in kids(c)):
                return True
    return False


def third_party_report(subj_verb: Token, explicit: bool) -> bool:
    """ "analysts said the bank would raise rates", "the newspaper reported the club will ...":
    what others forecast of an actor is not the actor's commitment (a deal they report,
    "has agreed to ..., a newspaper said", still is)."""
    say = say_governor(subj_verb) if not explicit else None
    if say is None:
        return False
    speaker = child(say, "nsubj")
    if speaker is None:
        return False
    low = speaker.lower_
    if speaker.tag_ in ("NNP", "NNPS") and low in lx.PAPER_NAMES:
        return True  # "The Sunday Times and The Sunday Telegraph say they will oppose"
    if low in ("agency", "agencies"):
        return any(c.lower_ in NEWS_WORDS for c in kids(speaker) if c.dep_ in ("compound", "amod"))
    return low in lx.NON_ACTORS or low in MEDIA


def correction_note(text: str) -> bool:
    """ "Correction, Jan 21: An earlier version of this article said ...": page furniture."""
    return _CORRECTION.search(text) is not None


def lists_and_headings(texts: dict[int, str]) -> set[int]:
    """The sentences that are a bulleted list or a line without a full stop (related-link
    headlines, section labels: "Almira reject second bid as talks stall"), when the article
    has sentences that end properly (a one-line text without a full stop is its own story)."""
    out = set()
    for index, text in texts.items():
        text = text.strip()
        if "•" in text or not text or text[-1] not in _SENTENCE_END:
            out.add(index)
    return out if len(out) < len(texts) else {i for i in out if "•" in texts[i]}


def standing_passive(verb: Token) -> bool:
    """ "is supported by listeners", "RNS is approved by the FCA": a passive in the simple
    present, no other auxiliary, says how things stand, not what was agreed."""
    aux = [c for c in kids(verb) if c.dep_ in ("aux", "auxpass")]
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBZ", "VBP")


def negated_refusal(chain: Any) -> bool:
    """ "did not rule out a strike", "has not rejected the offer": no refusal, no commitment
    ("did not refuse to pay the fee" does commit to the payment)."""
    if chain.control is not None:
        return False
    refusal = chain.refusal or lemma(chain.top) in lx.REFUSE
    return refusal and is_negated(chain.top)


def _clause_heads(verb: Token) -> Iterator[tuple[str, Token]]:
    """The heads above a verb up to its clause's root: (the dependency below it, the head)."""
    node = verb
    while node.dep_ not in ("ROOT", "advcl", "conj") and node.head.i != node.i:
        yield node.dep_, node.head
        node = node.head


def denied_or_rumoured(verb: Token) -> bool:
    """ "The airline denied reports that it had secretly agreed to ...": a denied or rumoured
    clause is not a commitment (a clause added to it, "though it refused ...", may be)."""
    return any(
        (a.tag_.startswith("VB") and lemma(a) in DENY)
        or (a.tag_.startswith("NN") and a.lower_ in RUMOUR)
        for _, a in _clause_heads(verb)
    )


def argued(verb: Token) -> bool:
    """ "voted against the bill, arguing that it would cost jobs": what a side argues would
    happen is its reason, not anyone's commitment."""
    # a ccomp: what is argued, not who argues ("X, which voted ...")
    return any(
        dep == "ccomp" and a.tag_.startswith("VB") and lemma(a) == "argue"
        for dep, a in _clause_heads(verb)
    )


_ASKED = lx.SAY | frozenset("know decide specify disclose indicate identify ask".split())


def embedded_question(verb: Token) -> bool:
    """ "did not say how it would cover the shortfall", "have not said when they will take up
    the budget": an open question about the deed, not a commitment to it."""
    wh = [c for c in kids(verb) if c.tag_ == "WRB" and c.dep_ == "advmod" and c.i < verb.i]
    if any(c.lower_ in ("how", "why") for c in wh):
        return True
    asked = verb.dep_ in ("ccomp", "advcl") and lemma(verb.head) in _ASKED
    return asked and any(c.lower_ == "when" for c in wh)


def alternative(v: Token) -> bool:
    """ "retire the credits rather than sell them": the verb after "rather than" is what the
    subject will not do, nor a refusal either."""
    if v.dep_ != "conj":
        return False
    if v.i >= 2 and v.doc[v.i - 2].lower_ == "rather" and v.doc[v.i - 1].lower_ == "than":
        return True  # "... by the end of 2026 rather than refit it": "than" hung elsewhere
    ccs = [c for c in kids(v.head) if c.dep_ == "cc" and c.i < v.i]
    return bool(ccs) and ccs[-1].lower_ == "than"  # not "..., and that it would cut"


# What one party puts to another: the party that makes it does not reject or accept it.
_PROPOSALS = frozenset(
    "offer offers proposal proposals request requests bid bids demand demands".split()
)


def own_proposal(actors: tuple[str, ...], obj_head: Token | None, ctx: Any) -> bool:
    """ "Marcus Albee rejected Albee's offer": the actor is the one who made the offer, so the
    actor is wrong (the parse or a pronoun gave the other side's name)."""
    if obj_head is None or obj_head.lower_ not in _PROPOSALS:
        return False
    owner = child(obj_head, "poss")
    if owner is None or owner.tag_ not in ("NNP", "NNPS"):
        return False
    name = named_span(owner)
    return name is not None and ctx.canonical(name) in {ctx.canonical(a) for a in actors}


def actor_as_other_party(actors: tuple[str, ...], obj_toks: list[Token], ctx: Any) -> bool:
    """ "Lusen would suspend a 2019 agreement on police cooperation with Lusen": the actor is
    also the other party named in the object, so the actor is wrong."""
    names = {ctx.canonical(a) for a in actors}
    return any(
        pobj.tag_ in ("NNP", "NNPS") and ctx.canonical(name) in names
        for _prep, pobj, name in prep_names(obj_toks, ("with", "to", "from"))
    )
