"""General reasons a verb group that looks like a commitment is none (speculation, habit, no content)."""

from __future__ import annotations

from digest.facts import lexicon as lx
from digest.facts.syntax import Token, kids, lemma

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
    dominate outpace outperform represent signal trigger spark fuel undermine worsen
    """.split()
)
# Present-tense verbs that describe what a body habitually does ("banks offer services"),
# not a commitment made now; only "agree"-like verbs keep the present ("Togo agrees to ...").
_HABIT_OK = frozenset(
    "agree refuse reject vow pledge promise decline reconfirm reaffirm recommit commit undertake".split()
)


def speculative(modals: set[str]) -> bool:
    """ "could cut 45,000 jobs": a modal of possibility without will/would."""
    return bool(modals & MAYBE_AUX) and not modals & lx.FUTURE_AUX


def empty_refusal(content: Token) -> bool:
    """ "declined to comment", "refused to say": no concrete thing is refused."""
    return lemma(content) in NO_CONTENT


def effect_verb(content: Token, explicit: bool) -> bool:
    """ "will mark the end of an era": an effect, unless the verb itself commits."""
    return not explicit and lemma(content) in EFFECT


def habitual(top: Token, control: Token | None, modals: set[str]) -> bool:
    """ "Islamic banks offer services", "MCI offers internet services": a present-tense
    description of what the subject does, not a commitment."""
    if modals or top.tag_ not in ("VBZ", "VBP"):
        return False
    if lemma(top) in _HABIT_OK or (control is not None and lemma(control) in _HABIT_OK):
        return False
    return not any(c.dep_ == "neg" for c in kids(top))
