"""Helpers over a spaCy parse: noun-phrase spans, verb chains, clause boundaries, quote zones."""

from __future__ import annotations

import re
from typing import Any

from digest.facts.lexicon import NEGATIONS, SAY, base_lemma, verb_lemma
from digest.facts.namewords import TITLES

Token = Any  # spacy.tokens.Token (spaCy is imported lazily)

SUBJ = ("nsubj", "nsubjpass", "csubj")
ACTOR_LABELS = frozenset("PERSON ORG GPE NORP LOC FAC".split())
_NP_LEFT = frozenset("det compound amod nummod poss case nmod quantmod npadvmod".split())
_QUOTES = '"“”'
QUOTE_MARK = re.compile(f"[{_QUOTES}]")  # a double quote mark, straight or curly


def is_verb(tok: Token) -> bool:
    """A verb that heads a clause (not an auxiliary)."""
    return tok.tag_.startswith("VB") and tok.dep_ not in ("aux", "auxpass")


def lemma(tok: Token) -> str:
    """Verb lemma from our own table (the spaCy lemmatizer is not loaded, for speed); a base
    form ("extend", "send") is kept as it is."""
    if tok.tag_ in ("VB", "VBP"):
        return base_lemma(tok.text)
    return verb_lemma(tok.text)


def tokens(doc: Any) -> list[Token]:
    """The tokens of a document as one list, built once per document."""
    toks = doc.user_data.get("digest_tokens")
    if toks is None:
        toks = list(doc)
        doc.user_data["digest_tokens"] = toks
    return toks


def text_of_doc(doc: Any) -> str:
    """The text of a document, joined once (`doc.text` joins every token on each access)."""
    text = doc.user_data.get("digest_text")
    if text is None:
        text = doc.text
        doc.user_data["digest_text"] = text
    return text


def ents(doc: Any) -> list[Any]:
    """The entity spans of a document, built once (each `doc.ents` builds them anew)."""
    spans = doc.user_data.get("digest_ent_list")
    if spans is None:
        spans = list(doc.ents)
        doc.user_data["digest_ent_list"] = spans
    return spans


def kids(tok: Token) -> list[Token]:
    """The children of a token, from a per-document table built once (spaCy makes a new Token
    object for every child on every walk)."""
    doc = tok.doc
    table = doc.user_data.get("digest_kids")
    if table is None:
        from spacy.attrs import HEAD

        table = [[] for _ in range(len(doc))]
        # head offsets from one array (`t.head` makes a new Token for every token)
        offsets = doc.to_array(HEAD).view("int64").tolist() if len(doc) else []
        for i, t in enumerate(tokens(doc)):
            if offsets[i]:
                table[i + offsets[i]].append(t)
        doc.user_data["digest_kids"] = table
    return table[tok.i]


def children(tok: Token, *deps: str) -> list[Token]:
    """Children of `tok` with one of the given dependency labels."""
    return [c for c in kids(tok) if c.dep_ in deps]


def child(tok: Token, *deps: str) -> Token | None:
    """First child of `tok` with one of the given dependency labels."""
    for c in kids(tok):
        if c.dep_ in deps:
            return c
    return None


def auxes(verb: Token) -> list[Token]:
    """Auxiliaries, negations and adverbs left of a verb, in order ("will not also")."""
    return [
        c
        for c in kids(verb)
        if c.i < verb.i and c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.text != "to"
    ]


def modal_words(verb: Token) -> set[str]:
    """Lower-cased auxiliaries of a verb ("will", "could", "has")."""
    return {c.text.lower().replace("’", "'") for c in kids(verb) if c.dep_ in ("aux", "auxpass")}


def is_negated(verb: Token) -> bool:
    """Does the verb carry "not", "n't", "never" or "no longer"?"""
    return any(
        c.dep_ == "neg"
        or c.text.lower().replace("’", "'") in NEGATIONS
        or (c.lower_ == "longer" and any(n.lower_ == "no" for n in kids(c)))
        for c in kids(verb)
        if c.dep_ in ("neg", "advmod", "aux") and c.i < verb.i + 2
    )


def _proper_head(head: Token, pobj: Token) -> bool:
    """A name's head before "of <Name>": a proper noun, or a capitalised noun the tagger ran
    into one organisation's name with it ("The Chapter of Holmcaster Cathedral")."""
    if head.tag_.startswith("NNP"):
        return True
    return (
        head.tag_ == "NN"
        and head.text[:1].isupper()
        and head.ent_type_ == "ORG"
        and pobj.ent_type_ == "ORG"
        and pobj.ent_iob_ != "B"
    )


def np_tokens(head: Token) -> list[Token]:
    """The core noun phrase of `head`: determiners, modifiers, compounds, possessors, plus
    "of <Name>" ("Republic of Armenia"); no relative clauses or appositions."""
    keep = {head.i}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in kids(t):
            if c.i < head.i and c.dep_ in _NP_LEFT:
                for s in c.subtree:
                    keep.add(s.i)
            elif (
                t.i == head.i and c.dep_ == "prep" and c.text.lower() == "of" and c.i == head.i + 1
            ):
                pobj = child(c, "pobj")
                if pobj is not None and pobj.tag_.startswith("NNP") and _proper_head(head, pobj):
                    keep.add(c.i)
                    keep.update(s.i for s in np_tokens(pobj))
    toks = [head.doc[i] for i in range(min(keep), max(keep) + 1)]
    # the blanked dateline ("        The government") is no part of the phrase
    while (
        toks
        and (toks[0].is_punct or toks[0].is_space or toks[0].tag_ == "XX")
        and toks[0].i != head.i
    ):
        toks.pop(0)
    while toks and toks[-1].is_punct and toks[-1].i != head.i:
        toks.pop()
    return toks


def span_text(toks: list[Token]) -> str:
    """Text of a contiguous token run, as written."""
    if not toks:
        return ""
    doc = toks[0].doc
    return doc[toks[0].i : toks[-1].i + 1].text


def conjuncts(head: Token) -> list[Token]:
    """`head` and the nouns coordinated with it ("Ghana and Togo" -> Ghana, Togo)."""
    ent = entity_of(head)
    out = _nested_names(head, ent) if ent is not None else [head]
    for c in kids(head):
        if c.dep_ == "conj" and c.tag_.startswith(("NN", "PRP")):
            # a conjunct inside the same name is not another actor ("Sports & Entertainment")
            inside = ent is not None and ent.start <= c.i < ent.end
            out.extend(conjuncts(c)[1:] if inside else conjuncts(c))
    return out


_NAME_LABELS = frozenset(["ORG", "PERSON", "GPE"])


def _nested_names(head: Token, ent: Any) -> list[Token]:
    """Names the parse folded into the phrase of the last one ("Norrvik Securities and
    Baltica Partners have agreed", read as "[Norrvik Securities and Baltica] Partners"): the
    last token of each, then `head`. Only when names and "and" or commas fill the phrase."""
    if ent.label_ not in _NAME_LABELS or ent.end - 1 != head.i or len(ent) < 2:
        return [head]
    doc = head.doc
    inside = {t.i for t in head.subtree}
    found: list[Token] = []
    k, joined = _before_titles(doc, ent.start - 1, inside), False
    while k > 0 and doc[k].text in (",", "and", "&") and k in inside:
        joined = joined or doc[k].text != ","
        before = entity_of(doc[k - 1])
        if before is None or before.label_ not in _NAME_LABELS or before.start not in inside:
            return [head]
        if len(before) < 2:
            return [head]  # "Food and Drug Administration": one name the tagger split
        found.insert(0, doc[k - 1])
        k = _before_titles(doc, before.start - 1, inside)
    if (
        not found
        or not joined
        or (k >= 0 and k in inside and doc[k].dep_ != "det" and not doc[k].is_space)
    ):
        return [head]
    return [*found, head]


def _before_titles(doc: Any, k: int, inside: set[int]) -> int:
    """The position before the capitalised titles that end at k ("Health Minister X and
    [Deputy Prime Minister] Y")."""
    while k >= 0 and k in inside and doc[k].lower_ in TITLES and doc[k].text[:1].isupper():
        k -= 1
    return k


def entity_of(tok: Token) -> Any | None:
    """The named entity span `tok` belongs to, if any (an index per document, built once)."""
    if not tok.ent_type_:
        return None
    doc = tok.doc
    index = doc.user_data.get("digest_ents")
    if index is None:
        index = {t: ent for ent in ents(doc) for t in range(ent.start, ent.end)}
        doc.user_data["digest_ents"] = index
    return index.get(tok.i)


def say_governor(verb: Token) -> Token | None:
    """The speech verb this clause is reported under ("Armenia said it will ..."), if any."""
    for t in verb.ancestors:
        if t.tag_.startswith("VB") and lemma(t) in SAY:
            return t
    return None


def quote_zones(text: str) -> list[tuple[int, int]]:
    """Character ranges inside double quotes in one sentence (an unclosed quote runs to the end)."""
    zones: list[tuple[int, int]] = []
    start: int | None = None
    for m in QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if start is None and ch != "”":
            start = i
        elif start is not None and ch != "“":
            zones.append((start, i + 1))
            start = None
    if start is not None:
        zones.append((start, len(text)))
    return zones


def in_zones(idx: int, zones: list[tuple[int, int]]) -> bool:
    """Is character offset `idx` inside one of the zones?"""
    return any(a <= idx < b for a, b in zones)


def hyphen_tail(head: Token) -> Token:
    """The last part of a hyphenated word the parse split into siblings ("re", "-",
    "election"), or `head` itself."""
    doc, k = head.doc, head.i
    while (
        k + 2 < len(doc)
        and not doc[k].whitespace_
        and doc[k + 1].text == "-"
        and not doc[k + 1].whitespace_
        and doc[k + 2].head.i == head.head.i
        and doc[k + 2].dep_ == head.dep_
    ):
        k += 2
    return doc[k]


def possessive(tok: Token) -> bool:
    """A possessive ending; the tagger reads a curly one ("Residents’ Forum") as a quote mark."""
    if tok.tag_ == "POS" or (tok.dep_ == "case" and tok.text in ("’", "'", "’s")):
        return True
    # "Supporters’ Trust" tagged as a closing quote: glued to a plural, a space after
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.text == "’"
        and prev is not None
        and not prev.whitespace_
        and prev.lower_.endswith("s")
        and bool(tok.whitespace_)
    )
