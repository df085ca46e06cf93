"""Commitments from a parsed sentence: who agreed to, pledged or refused what, with whom."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from digest.facts import lexicon as lx
from digest.facts.context import Context
from digest.facts.quantity import quantity_in
from digest.facts.syntax import (
    ACTOR_LABELS,
    Token,
    child,
    children,
    conjuncts,
    entity_of,
    in_zones,
    is_negated,
    is_verb,
    lemma,
    modal_words,
    np_tokens,
    quote_zones,
    say_governor,
    span_text,
)
from digest.model import Fact

log = logging.getLogger(__name__)

_TRANSFER = frozenset(
    "release hand transfer pay sell offer give deliver supply provide send return grant donate "
    "lend extend free".split()
)
_PREP_OBJECT = {
    "agree": ("to", "on", "upon"),
    "commit": ("to",),
    "recommit": ("to",),
    "consent": ("to",),
    "vote": ("for", "against", "on"),
    "settle": ("on",),
    "decide": ("on", "against"),
}
_PASS_OBJECTS = frozenset(
    "bill law budget resolution motion measure amendment legislation act decree package".split()
)
_FINITE = ("VBD", "VBZ", "VBP")
_PARTICLES = frozenset("over down up back out".split())
_QUOTE_MARKS = frozenset(['"', "“", "”"])
_CUT_PREPS = frozenset("amid despite following after before during since until via because".split())
_CUT_WORDS = frozenset(', ; : ( — – -- "'.split() + ["“", "”"])


@dataclass
class _Chain:
    top: Token  # carries subject, auxiliaries, negation
    content: Token  # carries the object
    control: Token | None = None  # "agreed" in "agreed to exchange"
    inherit: Token | None = None  # conjunct head whose subject/auxiliaries apply
    future: bool = False


def extract_commitments(doc: Any, sentence_index: int, ctx: Context) -> list[Fact]:
    """Facts of one parsed sentence (a spaCy Doc of exactly that sentence)."""
    zones = quote_zones(doc.text)
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for chain in _chains(doc):
        try:
            fact = _fact(chain, doc, sentence_index, ctx, zones)
        except Exception as exc:  # a rule must never sink the article
            log.debug("commitment rule failed on sentence %d: %s", sentence_index, exc)
            fact = None
        if fact is None:
            continue
        key = (fact.actors, fact.action.lower(), fact.object.lower())
        if key not in seen:
            seen.add(key)
            facts.append(fact)
    return facts


def _chains(doc: Any) -> list[_Chain]:
    chains: list[_Chain] = []
    used: set[int] = set()
    for v in doc:
        if not is_verb(v) or lemma(v) not in lx.CONTROL:
            continue
        x = next((c for c in v.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
        if x is None:
            continue
        used.update((v.i, x.i))
        chains.append(_Chain(top=v, content=x, control=v))
        for c in _verb_conjuncts(x):
            used.add(c.i)
            chains.append(_Chain(top=v, content=c, control=v, inherit=x))
    for v in doc:
        if v.i in used or not is_verb(v):
            continue
        lem = lemma(v)
        head = v.head
        if v.dep_ == "xcomp" and head.text.lower() in lx.FUTURE_ADJ:
            chains.append(_Chain(top=head, content=v, future=True))
            continue
        inherit = None
        if v.dep_ == "conj" and head.tag_.startswith("VB") and not _own_subject(v):
            inherit = head
        if lem in lx.COMMIT or lem in lx.REFUSE:
            chains.append(_Chain(top=v, content=v, inherit=inherit))
        elif lem not in lx.NOT_COMMIT and lem not in lx.SAY:
            carrier = inherit if inherit is not None and not modal_words(v) else v
            if modal_words(carrier) & (lx.FUTURE_AUX | lx.SPECULATIVE_AUX):
                chains.append(_Chain(top=v, content=v, inherit=inherit))
    return chains


def _verb_conjuncts(v: Token) -> list[Token]:
    out = []
    for c in v.children:
        if c.dep_ == "conj" and c.tag_.startswith("VB") and not _own_subject(c):
            out.append(c)
            out.extend(_verb_conjuncts(c))
    return out


def _own_subject(v: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)


# ---------------------------------------------------------------- one fact


def _fact(chain: _Chain, doc: Any, sidx: int, ctx: Context, zones) -> Fact | None:
    top, content = chain.top, chain.content
    carrier = chain.inherit if chain.inherit is not None else top
    # the subject-bearing verb of a conjunct chain is the head of the coordination
    subj_verb = carrier if chain.control is None else top
    if chain.control is None and chain.inherit is not None:
        subj_verb = chain.inherit
    modals = modal_words(top) | modal_words(content)
    if chain.inherit is not None and not modal_words(content):
        modals |= modal_words(chain.inherit)
    if not _is_clause(subj_verb, modals) or _hypothetical(subj_verb) or _hypothetical(top):
        return None
    if doc.text.rstrip(" \"'”’").endswith("?"):
        return None

    lem_content = lemma(content)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in subj_verb.children)
    obj_toks: list[Token] = []
    if passive:
        agent = child(content, "agent") or child(subj_verb, "agent")
        pobj = child(agent, "pobj") if agent is not None else None
        if pobj is None:
            return None
        actors = _actor_names(pobj, doc, sidx, ctx, None)
        target = child(subj_verb, "nsubjpass")
        if target is not None and content.i == subj_verb.i:
            obj_toks = _object_tokens(target)
    else:
        subj = _subject(subj_verb, doc)
        if subj is None:
            return None
        actors = _actor_names(subj, doc, sidx, ctx, subj_verb)
    if not actors:
        return None

    if not obj_toks:
        obj_toks = _object(content)
    obj_head = _head_of(obj_toks)
    if obj_head is not None and obj_head.ent_type_ in ("DATE", "TIME"):
        return None  # "agreed on Friday"
    if not _fits(lem_content, obj_head, chain):
        return None
    if not obj_toks and chain.control is None:
        return None

    polarity = _polarity(chain)
    modality = _modality(chain, modals, doc, zones, subj_verb)
    action = _action(chain, subj_verb, doc)
    counterparty = _counterparty(chain, obj_head, actors)
    return Fact(
        actors=actors,
        action=action,
        object=span_text(obj_toks),
        counterparty=counterparty,
        polarity=polarity,
        modality=modality,
        quantity=quantity_in(obj_toks) or _by_amount(content),
        sentence_index=sidx,
        sentence=doc.text,
    )


def _is_clause(v: Token, modals: set[str]) -> bool:
    """A finite clause (or one with a real auxiliary), not "the deal signed on Monday"."""
    if v.tag_ in _FINITE:
        return True
    return bool(modals - {"to"})


def _hypothetical(v: Token) -> bool:
    """ "if Togo agrees ...", "whether it will sign ...": the clause is a condition or a question."""
    return any(c.dep_ == "mark" and c.text.lower() in lx.HYPOTHETICAL_MARKS for c in v.children)


def _subject(v: Token, doc: Any) -> Token | None:
    subj = child(v, "nsubj")
    if subj is not None:
        if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
            return v.head
        return subj
    if v.dep_ == "relcl" and v.head.tag_.startswith("NN"):
        return None
    return _left_subject(v, doc)


def _left_subject(v: Token, doc: Any) -> Token | None:
    """Repair a parse that lost the subject: a proper noun right before "will release"."""
    first = min([c.i for c in v.children if c.dep_ in ("aux", "neg") and c.i < v.i] + [v.i])
    if first == 0 or not any(c.tag_ == "MD" for c in v.children) and v.tag_ not in _FINITE:
        return None
    prev = doc[first - 1]
    if prev.tag_ in ("NNP", "NNPS") or (prev.tag_ == "PRP" and prev.text.lower() != "i"):
        return prev
    return None


def _actor_names(
    subj: Token, doc: Any, sidx: int, ctx: Context, verb: Token | None
) -> tuple[str, ...]:
    names: list[str] = []
    for tok in conjuncts(subj):
        resolved = _actor(tok, doc, sidx, ctx, verb)
        if resolved is None:
            return ()
        names.extend(n for n in resolved if n not in names)
    return tuple(names)


def _actor(tok: Token, doc: Any, sidx: int, ctx: Context, verb: Token | None):
    offset = tok.idx
    low = tok.text.lower()
    if tok.tag_ in ("PRP", "PRP$"):
        if low in ("i", "we", "you", "me", "us"):
            return None
        gov = say_governor(verb) if verb is not None else None
        if gov is not None:
            speaker = child(gov, "nsubj")
            if speaker is not None and speaker.i != tok.i and _compatible(low, speaker, ctx):
                return _actor(speaker, doc, sidx, ctx, gov)
        return ctx.resolve_pronoun(low, sidx, offset)
    ent = entity_of(tok)
    np = np_tokens(tok)
    if any(t.tag_ in ("NNP", "NNPS") for t in np if t.dep_ == "poss"):
        return (span_text(np),)  # "Togo's parliament", "Togo's Foreign Ministry"
    if ent is not None and ent.label_ in ACTOR_LABELS and ent.label_ != "NORP":
        return (ctx.canonical(ent.text),)
    if tok.tag_ in ("NNP", "NNPS"):
        return (span_text(np),)
    for appos in children(tok, "appos"):
        named = _named(appos)
        if named:
            return (ctx.canonical(named),)  # "its agriculture minister, Lena Sorova,"
    if not tok.tag_.startswith("NN") or low in lx.NON_ACTORS:
        return None
    resolved = ctx.resolve_description(low, sidx, offset)
    if resolved:
        return resolved
    if low in lx.INSTITUTIONS:
        return (span_text(np),)
    return None


def _compatible(pronoun: str, speaker: Token, ctx: Context) -> bool:
    ent = entity_of(speaker)
    label = ent.label_ if ent is not None else None
    if pronoun in lx.PERSON_PRONOUNS:
        return label == "PERSON" or (label is None and speaker.tag_ == "NNP")
    if pronoun in lx.GROUP_PRONOUNS:
        return speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    return label != "PERSON" and speaker.tag_ not in ("NNS", "NNPS")


# ---------------------------------------------------------------- object and the rest


def _object(v: Token) -> list[Token]:
    dobj = child(v, "dobj")
    if dobj is not None:
        toks = _object_tokens(dobj)
        after = v.doc[toks[-1].i + 1] if toks and toks[-1].i + 1 < len(v.doc) else None
        if (
            after is not None
            and after.head.i == v.i
            and after.dep_ == "prep"
            and after.text.lower() in ("on", "of", "for", "from", "into")
        ):
            toks = toks + _trim(list(after.subtree), after)  # "cut tariffs | on steel"
        return toks
    preps = _PREP_OBJECT.get(lemma(v), ())
    for p in children(v, "prep"):
        if p.text.lower() in preps:
            pobj = child(p, "pobj", "pcomp")
            if pobj is not None:
                return _object_tokens(pobj)
    attr = child(v, "attr", "oprd")
    if attr is not None:
        return _object_tokens(attr)
    for p in children(v, "prep"):
        if p.text.lower() in _PARTICLES and p.i == v.i + 1 and child(p, "pobj") is not None:
            return _object_tokens(child(p, "pobj"))  # "hand over 15 soldiers" parsed as a prep
        if p.text.lower() not in ("with", "by", "in", "on", "at", "after", "before", "during"):
            toks = [t for t in p.subtree]
            return _trim(toks, p)
    return []


def _object_tokens(head: Token) -> list[Token]:
    return _trim(list(head.subtree), head)


def _trim(toks: list[Token], head: Token) -> list[Token]:
    """Cut an object at the first comma or dash after its head, at a circumstance ("on the basis
    of", "amid") and before a new clause ("... servicemen and Armenia will release ...")."""
    out: list[Token] = []
    for t in toks:
        if t.i > head.i and (t.text in _CUT_WORDS or t.dep_ == "advcl"):
            break
        if t.i > head.i and t.dep_ == "prep" and _circumstance(t):
            break
        if t.dep_ == "cc" and _starts_clause(t):
            break
        out.append(t)
    while out and (out[-1].is_punct or out[-1].dep_ == "cc"):
        out.pop()
    while out and (out[0].is_punct or out[0].text in _CUT_WORDS):
        if out[0].text in _QUOTE_MARKS and sum(t.text in _QUOTE_MARKS for t in out) % 2 == 0:
            break
        out.pop(0)
    marks = [t for t in out if t.text in _QUOTE_MARKS]
    if len(marks) % 2:
        if out and out[0].text in _QUOTE_MARKS:
            out.pop(0)
        elif out and out[-1].text in _QUOTE_MARKS:
            out.pop()
    return out


def _circumstance(prep: Token) -> bool:
    word = prep.text.lower()
    if word in _CUT_PREPS:
        return True
    nxt = prep.doc[prep.i + 1 : prep.i + 3].text.lower()
    return word in ("on", "in") and nxt in ("the basis", "the grounds", "order to", "line with")


def _starts_clause(cc: Token) -> bool:
    doc = cc.doc
    for t in doc[cc.i + 1 : cc.i + 7]:
        if t.tag_ == "MD" or (t.tag_ in _FINITE and t.dep_ != "amod"):
            return True
        if not (t.tag_.startswith("NN") or t.tag_ in ("DT", "POS", "JJ", "PRP")):
            return False
    return False


def _by_amount(v: Token):
    """ "cut tariffs by 15%": the amount of a change."""
    for p in children(v, "prep"):
        if p.text.lower() in ("by", "to"):
            q = quantity_in(list(p.subtree)[1:])
            if q is not None:
                return q
    return None


def _head_of(toks: list[Token]) -> Token | None:
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return None


def _fits(lem: str, obj_head: Token | None, chain: _Chain) -> bool:
    """Verb-specific checks: "reached a deal" yes, "reached the border" no."""
    word = obj_head.text.lower() if obj_head is not None else ""
    if lem == "reach":
        return word in lx.REACH_OBJECTS
    if lem == "pass":
        return word in _PASS_OBJECTS
    if lem in ("release", "issue", "publish"):
        return word not in lx.ANNOUNCEMENT_OBJECTS
    return True


def _polarity(chain: _Chain) -> str:
    negative = False
    verbs = {v.i: v for v in (chain.top, chain.content, chain.control) if v is not None}
    for v in verbs.values():
        if is_negated(v):
            negative = not negative
    refusal = chain.control if chain.control is not None else chain.top
    if lemma(refusal) in lx.REFUSE or lemma(chain.content) in lx.REFUSE:
        negative = not negative
    vote = chain.content if lemma(chain.content) == "vote" else None
    if vote is not None and any(p.text.lower() == "against" for p in children(vote, "prep")):
        negative = not negative
    return "negative" if negative else "positive"


def _modality(chain: _Chain, modals: set[str], doc: Any, zones, subj_verb: Token) -> str:
    verbs = [chain.top, chain.content, subj_verb]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.text.lower() in lx.CONDITION_MARKS for m in c.children
            ):
                return "conditional"
    if modals & lx.SPECULATIVE_AUX:
        return "conditional"
    if say_governor(subj_verb) is not None or in_zones(chain.top.idx, zones):
        return "reported"
    if "according to" in doc.text.lower():
        return "reported"
    if chain.future or modals & lx.FUTURE_AUX:
        return "future"
    if chain.control is not None and lemma(chain.control) in lx.FUTURE_CONTROL:
        return "future"
    return "asserted"


def _action(chain: _Chain, subj_verb: Token, doc: Any) -> str:
    top, content = chain.top, chain.content
    subj = child(subj_verb, "nsubj", "nsubjpass")
    floor = subj.i if subj is not None and subj.i < top.i else -1
    lead = [
        c.i
        for c in top.children
        if c.dep_ in ("aux", "auxpass", "neg") and floor < c.i < top.i and c.text != "to"
    ]
    if chain.inherit is not None and not lead and chain.control is None:
        # "... will release X and [will] support Y": borrow the modal of the first conjunct
        borrowed = [c.text for c in chain.inherit.children if c.tag_ == "MD"]
        words = borrowed + [content.text]
        return " ".join(words + _particles(content))
    start = min(lead + [top.i])
    if content.i > top.i and (chain.inherit is None or chain.control is None):
        end = content.i
        text = doc[start : end + 1].text
    elif content.i == top.i:
        text = doc[start : top.i + 1].text
    else:
        text = doc[start : top.i + 1].text + " to " + content.text
    return " ".join([text] + _particles(content))


def _particles(v: Token) -> list[str]:
    out = [c.text for c in v.children if c.dep_ == "prt"]
    nxt = v.doc[v.i + 1] if v.i + 1 < len(v.doc) else None
    if (
        nxt is not None
        and nxt.dep_ == "prep"
        and nxt.text.lower() in _PARTICLES
        and nxt.head.i == v.i
        and child(v, "dobj") is None
    ):
        out.append(nxt.text)
    if lemma(v) in ("vote", "agree", "commit", "recommit", "consent"):
        for p in children(v, "prep"):
            if p.text.lower() in _PREP_OBJECT.get(lemma(v), ()):
                out.append(p.text)
                break
    return out


def _counterparty(chain: _Chain, obj_head: Token | None, actors: tuple[str, ...]) -> str | None:
    places = [chain.content, chain.top] + ([obj_head] if obj_head is not None else [])
    if chain.control is not None:
        places.append(chain.control)
    for v in places:
        for p in children(v, "prep"):
            word = p.text.lower()
            if word == "with" or (word == "to" and lemma(chain.content) in _TRANSFER):
                pobj = child(p, "pobj")
                name = _named(pobj) if pobj is not None else None
                if name and name not in actors:
                    return name
        dative = child(v, "dative")
        if dative is not None:
            name = _named(dative)
            if name and name not in actors:
                return name
    return None


def _named(tok: Token) -> str | None:
    ent = entity_of(tok)
    if ent is not None and ent.label_ in ACTOR_LABELS and ent.label_ != "NORP":
        return ent.text
    if tok.tag_ in ("NNP", "NNPS"):
        return span_text(np_tokens(tok))
    return None
