"""Two names the name rules joined with "and" into one ("Corrigan Living and Eastmoor
University"), split again when the story names the first of them on its own."""

from __future__ import annotations

from typing import Any

from digest.facts.orgwords import LEGAL_FORMS, organisation_word
from digest.facts.syntax import ents

Doc = Any


def split_joined_names(docs: dict[int, Doc]) -> None:
    """Split each name "A and B" of the article's parsed sentences in two where A, of two
    words or more, or both A and B, are names elsewhere in the article on their own (not
    "Food and Drug Administration", "Argyll and Bute Council")."""
    alone: dict[str, str] = {}
    for doc in docs.values():
        for ent in ents(doc):
            if not any(t.lower_ == "and" for t in ent):
                alone.setdefault(ent.text, ent.label_)
    for doc in docs.values():
        spans = ents(doc)
        out = []
        for ent in spans:
            out.extend(_split(doc, ent, alone))
        if len(out) != len(spans):
            doc.ents = out
            doc.user_data["digest_ent_list"] = out
            doc.user_data.pop("digest_ents", None)  # the token index, rebuilt on next use


def _split(doc: Doc, ent: Any, alone: dict[str, str]) -> list[Any]:
    ands = [t.i for t in ent if t.lower_ == "and"]
    if len(ands) != 1 or ent.label_ not in ("ORG", "PERSON", "GPE"):
        return [ent]
    k = ands[0]
    left, right = doc[ent.start : k], doc[k + 1 : ent.end]
    if not len(left) or not len(right) or left.text not in alone:
        return [ent]
    if right.text not in alone and (len(left) < 2 or right[-1].lower_.rstrip(".") in LEGAL_FORMS):
        return [ent]  # "Sarvottam Steel and Power Ltd": one company, however often shortened
    from spacy.tokens import Span

    right_label = alone.get(right.text) or (
        "ORG" if organisation_word(right[-1].text) else ent.label_
    )
    return [
        Span(doc, left.start, left.end, label=alone[left.text]),
        Span(doc, right.start, right.end, label=right_label),
    ]
