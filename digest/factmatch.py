"""Matching rules of the facts evaluation: name normalisation, aliases, token F1, head verbs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from digest.model import Fact, Quote

OBJECT_F1 = 0.5  # objects overlap when content-word token F1 reaches this
QUOTE_F1 = 0.8  # quotes match when token F1 reaches this
MIN_QUOTE_WORDS = 3  # shorter quoted fragments ("delighted") are neither annotated nor scored

# Function words (articles, prepositions, pronouns, auxiliaries, conjunctions, common
# adverbs); objects are compared without them. Number words and negators are kept: "two
# factories" and "no compulsory redundancies" carry the content.
STOP_WORDS = frozenset(
    """
    a an the and or but nor of to in on at by for with from into onto over under about as than
    that this these those which who whom whose what its it their them they his her he she our
    we us your you my i me be is are was were been being has have had do does did will would
    shall should can could may might must also all any some each both such so then there here
    up out off per via upon within without between among after before during until while
    above below across along around behind beneath beside besides beyond down inside near
    outside past since through throughout toward towards underneath against onto amid
    because if unless whether once when where how why very too only just even ever again
    further other own same more most itself themselves ourselves
    """.split()
)

# Auxiliaries, negators and adverbs skipped when looking for the head verb of an action.
_NOT_HEAD = frozenset(
    """
    will would shall should can could may might must has have had is are was were be been
    being do does did not n't never no also to jointly formally finally unanimously already
    still then now later again each both all further so far yet just ever
    """.split()
)

# Verbs that end in -ly; other -ly words before the head verb are adverbs ("formally agreed").
_LY_VERBS = frozenset("supply apply reply rally ally comply multiply fly rely tally".split())

_IRREGULAR = {
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "won": "win",
    "held": "hold",
    "met": "meet",
    "sent": "send",
    "kept": "keep",
    "drew": "draw",
    "drawn": "draw",
    "struck": "strike",
    "undertook": "undertake",
    "began": "begin",
    "begun": "begin",
    "led": "lead",
    "left": "leave",
    "brought": "bring",
    "spent": "spend",
    "lent": "lend",
    "froze": "freeze",
    "frozen": "freeze",
    "chose": "choose",
    "chosen": "choose",
    "rose": "rise",
    "fell": "fall",
    "wrote": "write",
    "written": "write",
    "stood": "stand",
    "sought": "seek",
    "fought": "fight",
}

_TOKEN = re.compile(r"[a-z0-9]+(?:[.,'’][a-z0-9]+)*%?")
_SPACE = re.compile(r"\s+")
_ACTOR_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s*&\s*)")


# ---------------------------------------------------------------- text helpers


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.porter import PorterStemmer

    return PorterStemmer()


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A deterministic lemma stand-in: irregular verbs mapped, then Porter's suffix stripping."""
    word = word.lower()
    word = _IRREGULAR.get(word, word)
    return _stemmer().stem(word)


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; possessive 's and curly apostrophes removed."""
    text = text.lower().replace("’", "'")
    out = []
    for tok in _TOKEN.findall(text):
        if tok.endswith("'s"):
            tok = tok[:-2]
        if tok:
            out.append(tok)
    return out


def token_f1(a: Sequence[str], b: Sequence[str]) -> float:
    """Bag-of-tokens F1 of two token lists (1.0 when both are empty)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    remaining: dict[str, int] = {}
    for t in b:
        remaining[t] = remaining.get(t, 0) + 1
    common = 0
    for t in a:
        if remaining.get(t, 0) > 0:
            remaining[t] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def content_tokens(text: str) -> list[str]:
    """Stemmed tokens of `text` without stop words (how objects are compared)."""
    return [stem(t) for t in tokens(text) if t not in STOP_WORDS]


def object_f1(gold: str, predicted: str) -> float:
    """Content-word token F1 between two objects."""
    return token_f1(content_tokens(gold), content_tokens(predicted))


def object_with_quantity(fact: Fact) -> str:
    """The object as a reader sees the row: with the "how many" column when it is not in it."""
    q = fact.quantity
    if q is None or q.number in fact.object:
        return fact.object
    return " ".join(x for x in (fact.object, q.number, q.unit) if x)


def quote_f1(gold: str, predicted: str) -> float:
    """Token F1 between two quotes (all words, no stemming)."""
    return token_f1(tokens(gold), tokens(predicted))


def head_verb(action: str) -> str | None:
    """Stem of the first word of `action` that is not an auxiliary, negator or adverb."""
    for tok in tokens(action):
        if tok in _NOT_HEAD or (tok.endswith("ly") and tok not in _LY_VERBS):
            continue
        return stem(tok)
    return None


def head_verb_found(gold_action: str, pred_action: str, pred_object: str) -> bool:
    """Does the gold head verb occur in the predicted action, or start the predicted object?"""
    head = head_verb(gold_action)
    if head is None:
        return True
    if head in {stem(t) for t in tokens(pred_action)}:
        return True
    start = head_verb(pred_object)
    return start == head


def normalize_name(name: str) -> str:
    """Case-folded name without a leading "the", possessive ending or edge punctuation."""
    name = normalize_space(name.replace("’", "'")).lower()
    name = re.sub(r"^the\s+", "", name)
    name = re.sub(r"'s?$", "", name)
    return name.strip(" .,;:\"'()[]")


class Aliases:
    """Maps every spelling of a name in one article to its canonical form."""

    def __init__(self, table: dict[str, list[str]] | None = None) -> None:
        self._map: dict[str, str] = {}
        for canonical, aliases in (table or {}).items():
            key = normalize_name(canonical)
            self._map[key] = key
            for alias in aliases:
                self._map[normalize_name(alias)] = key

    def canonical(self, name: str | None) -> str | None:
        """The canonical key of a name (the normalised name itself when it has no alias)."""
        if name is None:
            return None
        norm = normalize_name(name)
        return self._map.get(norm, norm)

    def actor_set(self, actors: Iterable[str]) -> frozenset[str]:
        """Canonical keys of a list of actors; "A and B" is split unless it is a known name."""
        out: set[str] = set()
        for actor in actors:
            norm = normalize_name(actor)
            if norm in self._map or not _ACTOR_SPLIT.search(norm):
                out.add(self._map.get(norm, norm))
                continue
            for part in _ACTOR_SPLIT.split(norm):
                if part:
                    out.add(self.canonical(part) or part)
        return frozenset(out)


# ---------------------------------------------------------------- matching


def fact_matches(
    gold: Fact, pred: Fact, aliases: Aliases, *, check_polarity: bool = True
) -> float | None:
    """Object F1 when `pred` matches `gold` (issue 4 rules), else None."""
    if aliases.actor_set(gold.actors) != aliases.actor_set(pred.actors):
        return None
    if check_polarity and gold.polarity != pred.polarity:
        return None
    if not head_verb_found(gold.action, pred.action, pred.object):
        return None
    f1 = object_f1(object_with_quantity(gold), object_with_quantity(pred))
    return f1 if f1 >= OBJECT_F1 else None


def quote_matches(gold: Quote, pred: Quote, aliases: Aliases) -> float | None:
    """Quote token F1 when speaker and words match, else None."""
    if aliases.canonical(gold.speaker) != aliases.canonical(pred.speaker):
        return None
    f1 = quote_f1(gold.quote, pred.quote)
    return f1 if f1 >= QUOTE_F1 else None


def greedy_match(
    gold: Sequence[Any], pred: Sequence[Any], matcher: Callable[[Any, Any], float | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best-scoring candidate pairs first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = matcher(g, p)
            if s is not None:
                candidates.append((-s, i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return sorted(pairs)
