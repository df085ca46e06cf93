"""The subject of a clause, also one a misparse lost, and whether it negates ("Neither side");
whether a name's mention is a subject or a modifier."""

from __future__ import annotations

import re
from typing import Any

from digest.facts import lexicon as lx
from digest.facts.dates import is_date
from digest.facts.names import TITLES
from digest.facts.syntax import Token, child, children, entity_of, kids

_FINITE = ("VBD", "VBZ", "VBP")
_NEG_DETS = frozenset("neither no".split())


def subject_of(v: Token, doc: Any) -> Token | None:
    """The subject of a verb: its nsubj, the antecedent of "which", a proper noun the parse
    lost, or the subject of the verb it is coordinated with."""
    subj = child(v, "nsubj")
    if subj is not None:
        if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            # "Quarnia, which will supply": only a clause set off by a comma is asserted; "a
            # fund that will refund" restricts its noun and commits no one
            comma = subj.i > 0 and doc[subj.i - 1].text == ","
            return v.head if comma and _antecedent_ok(v.head) else None
        whose = child(subj, "poss")
        if whose is not None and whose.tag_ == "WP$":
            # "the Midwives' Association, whose members accepted": the body whose members act
            comma = v.dep_ == "relcl" and whose.i > 0 and doc[whose.i - 1].text == ","
            return v.head if comma and _antecedent_ok(v.head) else None
        return subj
    if v.dep_ == "relcl" and v.head.tag_.startswith("NN"):
        return None
    csubj = child(v, "csubj")
    if csubj is not None and csubj.tag_ == "VBG" and child(csubj, "nsubj") is not None:
        owner = child(csubj, "nsubj")
        named = child(csubj, "dobj")
        if child(owner, "case") is not None and named is not None and named.tag_ == "NNP":
            return named  # "Orvanda's governing National Renewal Party and ... have agreed"
        return owner  # "Donor governments meeting in X pledged": a misparse
    left = left_subject(v, doc)
    if left is not None:
        return left
    head = v.head
    if (
        v.dep_ == "conj"
        and v.tag_ in _FINITE
        and head.dep_ == "acl"
        and head.head.dep_ == "ROOT"
        and head.head.tag_.startswith("NN")
    ):
        return head.head  # "Members of X, balloted separately, voted against": a misparse
    if v.dep_ == "conj" and v.head.tag_.startswith("VB") and v.head.i < v.i:
        shared = subject_of(v.head, doc)  # "Kyrgyzstan ... was not part of it and has refused to"
        if shared is None and v.tag_ in _FINITE:
            # "Fondo Valtessa ... had been approached about joining but declined to join"
            shared = child(v.head, "nsubjpass")
        if shared is None and v.tag_ in _FINITE and _expletive_report(v.head):
            # "Westmark said there were no plans to do so but refused to give": the parse hung
            # "refused" on the reported "there were"; its subject is the speaker's
            shared = subject_of(v.head.head, doc)
        return shared
    if (
        v.dep_ == "acl"
        and v.tag_ in ("VBD", "VBZ")
        and head.dep_ == "ROOT"
        and head.tag_ in ("NNP", "NNPS")
    ):
        return head  # "Germany, which took part in the talks, offered to send": a misparse
    return None


def _expletive_report(v: Token) -> bool:
    """Is `v` a reported "there is/were" ("said there were no plans")?"""
    return v.dep_ == "ccomp" and child(v, "expl") is not None and v.head.tag_.startswith("VB")


def speaker_of(say: Token, doc: Any) -> Token | None:
    """Who speaks with a speech verb: its subject, the subject it shares with a verb it is
    coordinated with ("X welcomed the ruling but said ..."), or that of the clause a "saying"
    hangs on ("X refused to pay the fine, saying ...")."""
    speaker = child(say, "nsubj")
    if speaker is None and say.dep_ == "conj":
        return subject_of(say, doc)
    if speaker is None and say.tag_ == "VBG" and say.dep_ == "advcl":
        return subject_of(say.head, doc)
    return speaker


def _antecedent_ok(noun: Token) -> bool:
    """ "Quarnia, which will supply": a named or institutional antecedent, not "a state of
    emergency, which would release"."""
    if is_date(noun):
        return False  # "a draft circulated on Thursday, which would have committed"
    if entity_of(noun) is not None or noun.tag_ in ("NNP", "NNPS"):
        return True
    of = [p for p in children(noun, "prep") if p.text.lower() == "of"]
    return noun.text.lower() in lx.INSTITUTIONS and not of


def left_subject(v: Token, doc: Any) -> Token | None:
    """Repair a parse that lost the subject: a proper noun right before "will release"."""
    first = min([c.i for c in kids(v) if c.dep_ in ("aux", "neg") and c.i < v.i] + [v.i])
    finite = v.tag_ in _FINITE or any(
        c.tag_ == "MD" or c.dep_ == "aux" and c.lower_ in ("have", "has", "had") for c in kids(v)
    )  # "will release", "released", "have agreed"
    if first == 0 or not finite:
        return None
    prev = doc[first - 1]
    if is_date(prev):
        return None  # "the summit on Friday pledged": a date is never the subject
    if prev.tag_ in ("NNP", "NNPS") or (prev.tag_ == "PRP" and prev.text.lower() != "i"):
        head = prev.head
        if (
            prev.dep_ == "conj"
            and head.tag_.startswith("NN")
            and _no_comma(doc, head.i, prev.i)
            and _opens_clause(doc, head.left_edge.i)
        ):
            return head  # "With the signing of X, the government and SPLM/A have agreed"
        return prev
    return None


def _no_comma(doc: Any, start: int, end: int) -> bool:
    return all(doc[k].text != "," for k in range(start + 1, end))


def _opens_clause(doc: Any, i: int) -> bool:
    """Does the phrase starting at token `i` open the sentence or follow a comma?"""
    return i == 0 or doc[i - 1].text == ","


def negated_subject(subj: Token) -> bool:
    """ "Neither side agreed", "No country signed", "Neither X nor Y has agreed": the subject
    itself negates the clause."""
    return any(
        (c.dep_ == "det" and c.lower_ in _NEG_DETS)
        or (c.dep_ == "preconj" and c.lower_ == "neither")
        or (c.dep_ == "cc" and c.lower_ == "nor")
        for c in kids(subj)
    )


# ---------------------------------------------------------------- mentions


def _span(doc: Any, start: int, end: int) -> Any:
    """The parsed span of characters start..end of a sentence (None: not parsed, or no tokens)."""
    return None if doc is None else doc.char_span(start, end, alignment_mode="expand")


def modifier_mention(doc: Any, start: int, end: int) -> bool:
    """ "the US firm", "a Kelvarian-owned bank": the name modifies a common noun, so a later
    "it" or "the firm" means the noun's referent, not the name."""
    span = _span(doc, start, end)
    if span is None:
        return False
    root = span.root
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and root.head.i > root.i
        and root.head.tag_ in ("NN", "NNS")
        and root.head.i not in range(span.start, span.end)
    )


def subject_mention(doc: Any, start: int, end: int) -> bool:
    """Is the name at these offsets a subject, or the name a described subject is given
    ("Kastmark's chief negotiator, Oleg Tavrin, struck a cautious note")?"""
    span = _span(doc, start, end)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "of":  # "The government of Castria said"
        root = root.head.head
    head = root.head
    return root.dep_ in ("nsubj", "nsubjpass") or (
        head.dep_ in ("nsubj", "nsubjpass")
        and (root.dep_ == "conj" or (root.dep_ == "appos" and _described(head)))
    )


def _described(head: Any) -> bool:
    """Is the subject a description ("the association's president", "The Minister of
    Health"), not a name ("John McCain, a Republican senator,")?"""
    return not head.ent_type_ or head.lower_ in TITLES


# "Her Zaraqi counterpart, Idris Moulay, was blunter": a description, then the name and a verb
_DESCRIBED_BEFORE = re.compile(r"^[A-Z][^,\"“”]{0,60}, (?:[A-Z][\w.]*\s){0,4}$")
_VERB_AFTER = re.compile(r"^, [a-z]")
_NEXT_WORD = re.compile(r"^(?:, \d{1,3},)?(?:, |\s+)([a-z]+)\b")  # also past an age: "Ure, 71,"
_TITLED_BEFORE = re.compile(
    r"^[A-Z][^,.;:\"“”]{0,60}\b(?P<title>[A-Za-z]+)\.? (?:(?:Mr|Mrs|Ms|Dr|Cllr|Hon)\.? )?$"
)
_WORD_AFTER = re.compile(r"^ (?!(?:of|and|for|in|at|on|to|with)\b)[a-z]+\b")
_TITLES_ONLY = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame)\.? )?$")


def _titles_only(before: str) -> bool:
    """Is what opens the sentence before a name nothing, a courtesy title or capitalised
    titles ("Mayor ", "Prime Minister ", "Governor Dr ")?"""
    if _TITLES_ONLY.match(before):
        return True
    words = before.split()
    return (
        bool(words)
        and before.endswith(" ")
        and all(w[:1].isupper() and w.rstrip(".").lower() in TITLES for w in words)
    )


def _title_after(after: str) -> bool:
    """Do the words after a name go on to a title ("[Fianna Fáil] group leader Cllr X",
    "[Labour] party deputy leader"), so the name only qualifies it?"""
    for word in re.findall(r"[\w'’-]+", after)[:3]:
        if not word.islower() or _clause_word(word):
            return False
        if word in TITLES:
            return True
    return False


def _clause_word(word: str) -> bool:
    """A small word or a past form that a name's modifiers do not have ("by", "headed")."""
    return word in lx.FUNCTION_WORDS or word in _VERB_FORMS or word.endswith("ed")


_VERB_FORMS = frozenset("said says told has had is was will would".split())


def unparsed_subject_mention(text: str, start: int, length: int, quoted: bool) -> bool:
    """In a sentence not parsed: does it open with the name ("Melk, who has lived there,
    denies"; in a sentence with a quote only before a comma: not 'X is "...", he said'), or
    is the name the one a described subject is given?"""
    after = text[start + length :]
    if _titles_only(text[:start]) and not (quoted and not after.startswith(", ")):
        word = _NEXT_WORD.match(after)  # not "Kastmark's chief negotiator", not "Federal
        if word is None or word.group(1) in TITLES:  # Reserve chairman X"
            return False
        return not _title_after(after)  # not "Fianna Fáil group leader Cllr X"
    if _DESCRIBED_BEFORE.match(text[:start]) and _VERB_AFTER.match(after):
        return True
    # "Fianna Fáil group leader Cllr Donal Hegarty defended ...": a title right before
    titled = _TITLED_BEFORE.match(text[:start])
    return bool(
        titled
        and titled.group("title").lower() in TITLES
        and _WORD_AFTER.match(after)
        and not any(  # not "A bench headed by Chief Justice X also directed"
            _clause_word(w) for w in re.findall(r"[\w'’-]+", text[:start]) if w.islower()
        )
    )
