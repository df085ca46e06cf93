"""Gapped commitments: "X will give $400 million and Y $150 million" is also Y's pledge."""

from __future__ import annotations

from dataclasses import dataclass, replace

from digest.facts.actors import actor_names
from digest.facts.context import Context
from digest.facts.numbers import counted
from digest.facts.objects import text_of
from digest.facts.parties import amount
from digest.facts.phrases import named_span
from digest.facts.syntax import Token, child, children, kids
from digest.model import Fact

_REST = frozenset("rest remainder balance".split())


@dataclass
class Gap:
    """A second actor and its object sharing the verb group of a first fact."""

    name: Token  # "Tavessa"
    cut: int  # index of the "and" before the name: the first object ends before it
    obj: list[Token]  # "$150 million", "the rest"


def find_gaps(content: Token, obj_toks: list[Token]) -> list[Gap]:
    """The clear shapes only: "..., and NAME <amount>" coordinated with the verb, and
    "<share> ... and NAME the rest" after a share as object. NAME must be a proper name right
    after "and"; the second object an amount or "the rest/remainder"."""
    gaps: list[Gap] = []
    for g in children(content, "conj"):
        if g.i <= content.i or not _name_after_and(g):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in kids(g)):
            continue  # "and Quessia will pay ...": a clause of its own
        d = next((c for c in kids(g) if c.dep_ in ("dobj", "appos") and c.i > g.i), None)
        if d is None or d.left_edge.i != g.i + 1 or not (counted(d) or _rest(d)):
            continue
        obj = [t for t in d.subtree if not t.is_punct or t.i < d.i]
        gaps.append(Gap(g, g.i - 1, obj))
    gaps += _by_gaps(content)
    if not obj_toks:
        return gaps
    share = next((t for t in obj_toks if t.dep_ == "dobj" and t.head.i == content.i), None)
    if share is None or not counted(share):
        return gaps
    for r in children(share, "appos"):
        det = r.doc[r.i - 1] if r.i > 0 else None
        if r.lower_ not in _REST or det is None or det.lower_ != "the" or det.head.i != r.i:
            continue
        g = r.doc[det.i - 1] if det.i > 0 else None
        if g is None or not _name_after_and(g):
            continue
        gaps.append(Gap(g, g.i - 1, [det, r]))
    return gaps


def _by_gaps(content: Token) -> list[Gap]:
    """ "cut its output by 300,000 bpd and the United Arab Emirates by 150,000 bpd": the parse
    hangs the second name on the first amount and the second "by" on the verb."""
    bys = [
        p for p in children(content, "prep") if p.lower_ == "by" and child(p, "pobj") is not None
    ]
    if len(bys) < 2 or not all(counted(child(p, "pobj")) for p in bys[:2]):
        return []
    first, second = bys[0], bys[1]
    for name in children(child(first, "pobj"), "conj"):
        start = name.left_edge.i
        and_tok = name.doc[start - 1] if start > 0 else None
        if and_tok is None or and_tok.lower_ != "and" or not name.text[:1].isupper():
            continue
        if name.i < second.i:
            return [Gap(name, and_tok.i, list(second.subtree))]
    return []


def _name_after_and(g: Token) -> bool:
    """A capitalised word right after "and" ("and Lisken the rest" may be tagged a verb; the
    article must then know it as a name, see `gapped_facts`)."""
    return g.i > 0 and g.text[:1].isupper() and g.doc[g.i - 1].lower_ == "and"


def _rest(d: Token) -> bool:
    return d.lower_ in _REST and child(d, "det") is not None and child(d, "det").lower_ == "the"


def gapped_facts(
    fact: Fact, gaps: list[Gap], content: Token, sidx: int, ctx: Context
) -> list[Fact]:
    """One fact per gap: the gap's actor, the same action, the gap's object."""
    out: list[Fact] = []
    for gap in gaps:
        if gap.name.tag_ in ("NNP", "NNPS"):
            name = named_span(gap.name)
            actors = actor_names(gap.name, sidx, ctx, None, explicit=True)
            if not name or len(actors) != 1 or ctx.canonical(name) != actors[0]:
                continue  # the name must be an actor the article names, not a guess
        elif not ctx.kinds.get(gap.name.text, "extra").startswith("extra"):
            actors = (ctx.canonical(gap.name.text),)  # "and Lisken the rest", mis-tagged
        else:
            continue
        if actors == fact.actors:
            continue
        out.append(
            replace(
                fact,
                actors=actors,
                object=text_of(gap.obj),
                counterparty=None,
                quantity=amount(content, gap.obj),
            )
        )
    return out
