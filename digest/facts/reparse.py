"""Repairs of parses the facts rules cannot read: a past tense taken for a participle, a
list of "to" clauses taken for a purpose clause, a hyphenated verb taken for three words."""

from __future__ import annotations

from typing import Any

Doc = Any


def participle_root(doc: Doc) -> Doc:
    """ "Marrowby Telecom, the largest operator in Estravel, promised to pay ...": the parser
    made the name the root and "promised" a participle modifying it. With no finite verb
    left, a participle after the apposition's comma that takes an object or a "to" clause
    (and has no agent) is the sentence's past-tense verb, and the name its subject."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or not root.tag_.startswith("NN"):
        return doc
    for v in root.children:
        if v.dep_ != "acl" or v.tag_ != "VBN" or v.i == 0 or doc[v.i - 1].text != ",":
            continue
        deps = {c.dep_ for c in v.children}
        if deps & {"agent", "nsubj", "nsubjpass", "auxpass"} or not deps & {"dobj", "xcomp"}:
            continue
        v.tag_ = "VBD"
        v.head = v
        v.dep_ = "ROOT"
        root.head = v
        root.dep_ = "nsubj"
        break
    return doc


def infinitive_list(doc: Doc) -> Doc:
    """ "committed to invest €9.5bn, to employ 1,400 people and to keep its research": the
    parser hung the second "to" clause on the first as a purpose clause; when an "and to"
    clause follows it, the clauses are a list, each coordinated with the first."""
    for a in doc:
        if a.dep_ != "advcl" or a.head.dep_ != "xcomp" or a.i <= a.head.i:
            continue
        to = [c for c in a.children if c.dep_ == "aux" and c.lower_ == "to"]
        if not to or to[0].i == 0 or doc[to[0].i - 1].text != ",":
            continue
        listed = any(
            c.dep_ == "conj" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)
            for c in a.children
        )
        if listed:
            a.dep_ = "conj"
    return doc


def split_subject(doc: Doc) -> Doc:
    """ "Talvania's opposition Civic Front said": the parser gave "said" two subjects, a noun
    and the name right after it; the noun describes the name. Two names with "and" between
    them are one subject of two."""
    for v in doc:
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if len(subjects) != 2:
            continue
        first, second = subjects
        if (
            first.tag_ in ("NN", "NNS")
            and second.tag_ in ("NNP", "NNPS")
            and first.i + 1 == second.left_edge.i
        ):
            first.head = second
            first.dep_ = "compound"
        elif any(
            t.lower_ == "and" and t.dep_ == "cc" for t in doc[first.i + 1 : second.left_edge.i]
        ) and all(t.tag_ in ("NNP", "NNPS") for t in (first, second)):
            # "The International Transport Workers' Federation (ITF) and the Joint
            # Negotiating Group ... agreed": two names joined by "and", one subject
            second.head = first
            second.dep_ = "conj"
    return doc


_VERB_PREFIXES = frozenset("co re pre de un".split())


def hyphenated_verb(doc: Doc) -> Doc:
    """ "declined to co-sponsor the draft": the parser hung "co", "-" and "sponsor" on the
    verb as three complements; the verb is "sponsor", the prefix and hyphen belong to it."""
    for k in range(len(doc) - 2):
        prefix, hyphen, verb = doc[k], doc[k + 1], doc[k + 2]
        if (
            prefix.lower_ in _VERB_PREFIXES
            and hyphen.text == "-"
            and not prefix.whitespace_
            and not hyphen.whitespace_
            and verb.tag_.startswith("VB")
            and prefix.head.i == verb.head.i
            and prefix.dep_ == verb.dep_
            and verb.head.i != verb.i
        ):
            for t in (prefix, hyphen):
                t.head = verb
                t.dep_ = "compound"
    return doc


# Words that open a clause but that the parser may take for a preposition.
_CLAUSE_OPENERS = frozenset("after before until once because".split())


def clause_after_preposition(doc: Doc) -> Doc:
    """ "The union agreed to end the strike, after the concession holder, Terminais SA,
    promised ...": the parser took "after" for a preposition and the holder for its object,
    and "promised" for a second verb of the union's (or left it with no subject). The holder
    is the subject of "promised", and "after" opens its clause."""
    if not any(t.lower_ in _CLAUSE_OPENERS for t in doc):
        return doc
    for v in doc:
        if not v.tag_.startswith("VB") or v.dep_ not in ("conj", "advcl"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
            continue
        head = v.head
        if not head.tag_.startswith("VB") or head.i > v.i:
            continue
        for p in doc[head.i + 1 : v.i]:
            if p.lower_ not in _CLAUSE_OPENERS:
                continue
            if p.dep_ == "mark" and p.head == v:
                pass  # "after" already opens the clause, its "object" is the subject
            elif v.dep_ != "conj" or p.dep_ != "prep" or head not in (p.head, *p.head.ancestors):
                continue
            obj = next((c for c in p.children if c.dep_ == "pobj"), None)
            if obj is None or not obj.tag_.startswith("NN"):
                continue
            gap = doc[obj.right_edge.i + 1 : v.left_edge.i]
            if len(gap) > 1 or any(t.text != "," for t in gap):
                continue
            if any(c.dep_ == "cc" and p.i < c.i < v.i for c in head.children):
                continue
            v.dep_, v.head = "advcl", head
            obj.dep_, obj.head = "nsubj", v
            p.dep_, p.head = "mark", v
            break
    return doc


def repair(doc: Doc) -> Doc:
    """All the repairs, in order (a pipeline component)."""
    return clause_after_preposition(
        hyphenated_verb(split_subject(infinitive_list(participle_root(doc))))
    )
