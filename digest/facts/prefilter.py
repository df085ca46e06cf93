"""Which sentences are worth a parse: cheap word-level cues of a commitment, no spaCy."""

from __future__ import annotations

import re
from functools import lru_cache

from digest.facts import lexicon as lx

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_MODALS = frozenset("will would shall 'll wo could".split())
# Words between a modal and its verb ("will not also release").
_ADVERBS = frozenset(
    """
    not n't also now then still only soon immediately never jointly formally probably likely
    eventually quickly further again finally initially first no longer gradually fully partly
    """.split()
)
# A verb form right after one of these is a noun ("an offer", "the release of").
_NOUN_LEFT = frozenset(
    """
    a an the this that these those its their his her our my your no any some every each another
    new first final latest second formal joint of for in on at by with from under after before
    without against about into over s
    """.split()
)
_DETERMINERS = frozenset("a an the this that these those its their his her our".split())


@lru_cache(maxsize=1)
def _forms() -> tuple[frozenset[str], frozenset[str]]:
    """(past forms, base and -s forms) of the verbs that commit or refuse by themselves."""
    lemmas = lx.COMMIT | lx.CONTROL | lx.REFUSE | lx.PROMISE_THAT | lx.CONCEDE_VERBS
    past, base = set(), set()
    for form in lx.verb_forms(frozenset(lemmas)):
        if form.endswith("ing"):
            continue  # a gerund does not commit ("the signing ceremony")
        lemma = lx.verb_lemma(form)
        if form.endswith("ed") or (form != lemma and not form.endswith("s")):
            past.add(form)
        else:
            base.add(form)
    return frozenset(past), frozenset(base)


@lru_cache(maxsize=1)
def _quiet_verbs() -> frozenset[str]:
    """Forms of verbs that never commit after "will" ("will be", "will meet", "would say");
    "give" can ("will give Tanzania a grant"), "increase" with an object and "destroy" with
    weapons ("will destroy its stockpile")."""
    verbs = (lx.NOT_COMMIT | lx.SAY) - {"give", "destroy"} - lx.CHANGES_WITH_OBJECT
    return frozenset(lx.verb_forms(verbs) | {"be", "have", "'ve"})


@lru_cache(maxsize=1)
def _phrasal_forms() -> frozenset[tuple[str, str]]:
    """(verb form, particle) of the phrasal verbs that commit or refuse ("ruled", "out")."""
    pairs = lx.PHRASAL_REFUSE | lx.PHRASAL_COMMIT | lx.PHRASAL_CONCEDE
    return frozenset(
        (form, prt) for verb, prt in pairs for form in lx.verb_forms(frozenset({verb}))
    )


def commitment_cue(text: str) -> bool:
    """Could this sentence state a commitment or a refusal? True on a past form of a
    commitment verb ("agreed", "rejected"), a base form used as a verb ("will sign", "to
    offer"), a modal before a verb that can commit ("would cut", not "would be"), readiness
    ("willing to"), "set to", or "turned down"."""
    words = _WORD.findall(text.lower().replace("’", "'"))
    past, base = _forms()
    quiet = _quiet_verbs()
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in past or w in base:
            if nxt == "that" and lx.verb_lemma(w) in ("agree", "decide") and w not in past:
                continue  # "Analysts agree that ...": an opinion ("agreed that they would" may not be)
            if w in past or prev not in _NOUN_LEFT:
                return True
        elif w in _MODALS:
            j = i + 1
            while j < len(words) and words[j] in _ADVERBS:
                j += 1
            verb = words[j] if j < len(words) else ""
            after = words[j + 1] if j + 1 < len(words) else ""
            if verb == "be" and after in lx.READY_ADJ:
                return True
            if verb == "be" and after.endswith("ing") and after not in quiet:
                return True  # "would not be raising fares", "will be selling the land"
            if verb and verb not in quiet:
                return True
            negated = any(words[k] in ("not", "never", "n't") for k in range(i + 1, j))
            if negated and lx.verb_lemma(verb) in lx.REFUSABLE:
                return True  # "would not use its veto"
        elif w in lx.READY_ADJ or w in lx.FUTURE_ADJ or lx.verb_lemma(w) in lx.INTENTIONS:
            if nxt == "to" and i + 2 < len(words) and words[i + 2] not in _DETERMINERS:
                return True
        elif w in ("is", "are") and nxt == "to" and i + 2 < len(words):
            if words[i + 2] not in quiet and words[i + 2] not in _DETERMINERS:
                return True  # "the bank is to fund ...": a decided plan
        elif (w, nxt) in _phrasal_forms():  # "turned down", "ruled out", "signed off"
            return True
    if any(w in ("award", "awards", "awarded") for w in words):
        return any(w in lx.AWARD_OBJECTS for w in words)  # "awarded the franchise to"
    return "rights" in words and any(w in _rights_verbs() for w in words)


@lru_cache(maxsize=1)
def _rights_verbs() -> frozenset[str]:
    """Forms of the verbs that buy rights ("acquired ... rights", "picked up ... rights")."""
    phrasal = frozenset(verb for verb, _prt in lx.PHRASAL_ACQUIRE)
    return frozenset(lx.verb_forms(lx.ACQUIRE | phrasal))
