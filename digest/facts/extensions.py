"""Parts of an object the parse hung on the verb: a second coordinated object, an amount
phrase, a to-infinitive, a direction ("send staff | back to the hills"), what the verb's
phrases add ("monitor the handover | with 20 observers")."""

from __future__ import annotations

import re

from digest.facts import lexicon as lx
from digest.facts import objects as ob
from digest.facts.numbers import is_amount
from digest.facts.phrases import named_span
from digest.facts.syntax import Token, child, children, kids, lemma

_DIRECTIONS = frozenset("back home".split())
_TO_PLACE = frozenset("to into from".split())
_MOVE_VERBS = frozenset("send bring return move take withdraw pull deploy fly ship".split())
_MODIFIER_PREPS = frozenset("with to in at on into for between across over".split())
_PARTY_PREPS = frozenset("with to from for".split())
_SPANS_OF_TIME = frozenset(
    "winter summer spring autumn season seasons year years month months week weeks day days "
    "period term rest meantime decade decades holiday holidays".split()
)
_NOT_WHAT = frozenset("return exchange bid effort attempt order response protest".split())
_PARTY_LABELS = frozenset(["ORG", "PERSON", "GPE"])


def coordinated(v: Token, toks: list[Token]) -> list[Token]:
    """ "offered 5% this year and 4% next year": a second object the parse hung on the verb."""
    if not toks:
        return []
    extra: list[Token] = []
    for c in children(v, "conj"):
        if c.tag_.startswith("NN") and c.i > toks[-1].i:
            extra = list(v.doc[toks[-1].i + 1 : c.right_edge.i + 1])
            break
    if any(t.tag_ == "MD" for t in extra):
        return []  # "and would ring-fence 5% ...": a second verb the parse took for a noun
    stops = (i for i, t in enumerate(extra) if t.text in ob._BREAKS or t.text in ob._QUOTE_MARKS)
    return extra[: next(stops, len(extra))]


# Verbs whose "for" + duration is the amount of the change ("extend the truce for 90 days").
_EXTEND = frozenset("extend prolong renew lengthen".split())
_YEAR = re.compile(r"(?:19|20)\d\d")


def _by_year(p: Token) -> bool:
    """ "by 2030": a deadline."""
    pobj = child(p, "pobj")
    return p.lower_ == "by" and pobj is not None and bool(_YEAR.fullmatch(pobj.text))


def amount_phrase(v: Token, toks: list[Token]) -> list[Token]:
    """ "cut tariffs [on steel] by 15%": the "by" or "to" phrase of a change verb after its
    object, past other phrases of the verb."""
    end = toks[-1].i
    passed: list[Token] = []  # the phrases between the object and the amount
    for p in children(v, "prep"):
        if p.i <= end or child(p, "pobj") is None:
            continue
        if p.i != end + 1:
            break
        pobj = child(p, "pobj")
        # "and to clear mines" hung on the phrase is another commitment, not part of it
        drop = {u.i for c in kids(p) if c.dep_ in ("cc", "conj") for u in c.subtree}
        if p.lower_ == "for" and (is_amount(pobj) or any(map(is_amount, kids(pobj)))):
            if lemma(v) in _EXTEND:
                return passed + [t for t in p.subtree if t.i not in drop]  # "for another 90 days"
            return passed  # "cap tariffs at 31 cents for the next 18 months": how long, a time
        if p.text.lower() in ("by", "to", "from"):
            if _YEAR.fullmatch(pobj.text) or not (
                is_amount(pobj) or pobj.lower_ in ob._FRACTIONS or any(map(is_amount, kids(pobj)))
            ):
                if p.lower_ == "from":
                    end = p.right_edge.i  # "from Lagos", a place: on to "by 15%"
                    passed += list(p.subtree)
                    continue
                return []  # "by the end of next year", "by 2026": a deadline, not an amount
            # "from 37.5 hours to 36"; "by 15%"
            drop |= {
                u.i
                for t in p.subtree
                if t.dep_ == "prep" and t.i != p.i and (ob._time_pp(t) or _by_year(t))
                for u in t.subtree
            }
            return passed + [t for t in p.subtree if t.i not in drop]
        end = p.right_edge.i  # "with Omel", before "by 30 days"
        if not ob._time_pp(p) and not named_span(pobj):  # not the party: "with Omel"
            passed += list(p.subtree)  # "cut Turkcell's stake | in the network | from 70% to 49%"
    return []


def infinitive_after(v: Token, toks: list[Token]) -> list[Token]:
    """A to-infinitive right after the object ("a treaty [on Monday] to share the waters") is
    part of what was agreed; the parse often hangs it on the verb. After an amount it is a
    purpose ("$80 million to rebuild the port"), not part of the object."""
    head = ob.head_of(toks)
    if not toks or head is None or is_amount(head) or is_amount(toks[-1]):
        return []  # also "pay the company up to A$420 million | to keep the units open"
    end = toks[-1].i
    deal = head.lower_ in _AGREEMENTS
    for p in children(v, "prep") + (children(head, "prep") if deal else []):
        if p.i == end + 1 and ob._time_pp(p):
            end = p.right_edge.i  # skip "on Monday" (the verb's, or the deal's in the parse)
    if deal:
        end = _after_apposition(toks[-1], end)  # "a contract with X, the state buyer, | to"
    # "signed an agreement on Friday to build ...": the parse may hang it on the deal
    for c in children(v, "advcl", "xcomp") + (children(head, "acl") if deal else []):
        aux = child(c, "aux")
        if c.tag_ == "VB" and aux is not None and aux.text.lower() == "to" and aux.i == end + 1:
            clause = ob.trim(list(c.subtree), c)
            return clause if clause and clause[-1].i != c.i else []  # not a bare "to go"
    return []


# Nouns of a deal whose terms a following to-infinitive gives.
_AGREEMENTS = frozenset(
    "contract deal agreement accord treaty pact memorandum protocol arrangement".split()
)


def _after_apposition(last: Token, end: int) -> int:
    """The comma closing an apposition of the object's last noun ("with Comhar Power, the
    state buyer,"), else `end`."""
    doc = last.doc
    if end != last.i or end + 1 >= len(doc) or doc[end + 1].text != ",":
        return end
    appos = [c for c in last.children if c.dep_ == "appos" and c.i > end]
    if not appos:
        return end
    close = appos[0].right_edge.i + 1
    return close if close < len(doc) and doc[close].text == "," else end


def direction(v: Token, toks: list[Token]) -> list[Token]:
    """ "send staff [back to the eastern hills]", "bring the soldiers [home]": where a verb of
    moving sends its object is part of what was promised or refused."""
    if not toks or lemma(v) not in _MOVE_VERBS or toks[-1].i + 1 >= len(v.doc):
        return []
    after = v.doc[toks[-1].i + 1]
    if after.lower_ not in _DIRECTIONS or after.head.i != v.i:
        return []
    out = [after]
    nxt = v.doc[after.i + 1] if after.i + 1 < len(v.doc) else None
    if (
        nxt is not None
        and nxt.dep_ == "prep"
        and nxt.lower_ in _TO_PLACE
        and nxt.head.i in (v.i, after.i)
        and child(nxt, "pobj") is not None
        and not ob._time_pp(nxt)
    ):
        out += ob.trim(list(nxt.subtree), nxt)
    return out


def distance_phrase(v: Token, toks: list[Token]) -> list[Token]:
    """ "withdraw its artillery | 20 kilometres from the border", "pull its mortars | 15
    kilometres back from the river": how far, right after the object."""
    if not toks:
        return []
    doc, end = v.doc, toks[-1].i
    if (
        end + 2 >= len(doc)
        or not doc[end + 1].like_num
        or doc[end + 2].lower_ not in lx.DISTANCE_UNITS
    ):
        return []
    unit = doc[end + 2]
    out = [doc[end + 1], unit]
    k = unit.i + 1
    if k < len(doc) and doc[k].lower_ in ("back", "away"):
        out.append(doc[k])
        k += 1
    if k < len(doc) and doc[k].lower_ == "from" and child(doc[k], "pobj") is not None:
        out += [t for t in doc[k].subtree]
    return out


def verb_phrases_after(v: Token, toks: list[Token]) -> list[Token]:
    """ "monitor the handover | with a team of 20 observers", "move staff | to civilian
    lines": phrases of the verb right after the object that say more of what was agreed; not
    a time, a circumstance, a named party (the counterparty) or a price."""
    if not toks:
        return []
    out: list[Token] = []
    end = toks[-1].i
    for p in children(v, "prep"):
        if p.i <= end:
            continue
        pobj = child(p, "pobj")
        if p.i != end + 1 or pobj is None or p.lower_ not in _MODIFIER_PREPS:
            break
        price = ob.is_money_pp(p) and p.lower_ != "at"  # "cap tariffs | at 31 cents a kWh"
        if ob._time_pp(p) or ob._circumstance(p) or price or named_span(pobj):
            break
        if pobj.lower_ in _SPANS_OF_TIME:
            break  # "over the winter", "for the rest of the season"
        if pobj.tag_ in ("PRP", "WDT", "WP") or pobj.lower_ in _NOT_WHAT:
            break  # "in return for a promise": a condition; "in a bid to": a purpose
        if p.lower_ == "to" and lemma(v) in ob.TRANSFER:
            break  # "sell the club | to a consortium": the buyer, not what is sold
        labels = {t.ent_type_ for t in p.subtree}
        if labels & {"DATE", "TIME"} or (p.lower_ in _PARTY_PREPS and labels & _PARTY_LABELS):
            break  # "for the rest of the year"; "to the Lagan Valley Hospice appeal"
        phrase = ob.trim(list(p.subtree), p)
        if not phrase or phrase[-1].i != p.right_edge.i:
            break
        out += phrase
        end = p.right_edge.i
    return out
