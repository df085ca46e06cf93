"""What was agreed or refused: the object of a commitment verb, its counterparty and amount."""

from __future__ import annotations

from dataclasses import dataclass

from digest.facts import extensions as ext
from digest.facts import lexicon as lx
from digest.facts.numbers import counted, glued_scale, is_amount
from digest.facts.phrases import named_span
from digest.facts.syntax import (
    Token,
    child,
    children,
    entity_of,
    hyphen_tail,
    kids,
    lemma,
    np_tokens,
)

PREP_OBJECT = {
    "agree": ("to", "on", "upon"),
    "commit": ("to",),
    "recommit": ("to",),
    "consent": ("to",),
    "vote": ("for", "against"),  # "will vote on the bill": a decision still to come
    "settle": ("on",),
    "decide": ("on", "against"),
    "concede": ("to",),
    "sign": ("on",),  # "signed off on the terms"
    "balk": ("at",),
    "baulk": ("at",),
    "walk": ("from",),  # "walked away from the talks"
    "deal": ("with",),  # "refused to deal with any union"
    "improve": ("on", "upon"),  # "refused to improve on an offer of 7%"
    "pay": ("for",),  # "will pay for the new stand"
    "intervene": ("in",),  # "will not intervene in the talks"
    "participate": ("in",),
    "invest": ("in",),  # "will invest in new trains"
    "comply": ("with",),  # "would comply with the tribunal's ruling"
    "press": ("with",),  # "would press ahead with the case"
    "cooperate": ("with",),  # "would cooperate fully with the monitor"
}
TRANSFER = frozenset(
    "release hand transfer pay sell offer give deliver supply provide send return grant donate "
    "lend extend free loan".split()
)
# "supply Uzbekistan with electricity": the named object is the recipient.
_PROVIDE = frozenset("supply provide furnish equip present arm".split())
_PARTICLES = frozenset("over down up back out off".split())
# Verbs that take a recipient and a thing ("pay Velde Holdings a break fee").
_GIVE = frozenset("give grant award pay offer lend hand promise send owe allot".split())
_OCCASIONS = frozenset(
    "meeting meetings session sessions ceremony conference summit gathering presence".split()
)
_FROM_ARGUMENT = frozenset(
    "separate exclude exempt protect shield remove bar ban free release withdraw detach recall "
    "pull evacuate expel".split()
)
_GIVE_TWO = _GIVE | {"guarantee"}  # verbs with two objects, the recipient first
_INVEST = frozenset("invest spend put inject plough plow sink".split())
_QUOTE_MARKS = frozenset(['"', "“", "”"])
_CUT_PREPS = frozenset("amid despite following after before during since until via because".split())
_BREAKS = frozenset([",", ";", ":", "(", "—", "–", "--"])
_TIME_LABELS = ("DATE", "TIME")
# Phrases that never say what was agreed ("settled without admitting wrongdoing").
_NOT_COMPLEMENT_PREPS = frozenset(
    "with by in on at after before during without despite amid under".split()
)
_FAVOUR = frozenset("favour favor support".split())
_FINITE = ("VBD", "VBZ", "VBP")
_OBJ_PRONOUNS = frozenset("it this".split())  # "them" stays as written ("ballot them")
_FRACTIONS = frozenset("half third quarter two-thirds".split())


@dataclass
class Found:
    """An object: its tokens (in order, maybe with gaps), the words added to the action ("in
    favour of"), and the recipient the verb names ("pay Castellan ...")."""

    tokens: list[Token]
    action_words: tuple[str, ...] = ()
    recipient: Token | None = None
    core: list[Token] | None = None  # the object before an appended infinitive (for amounts)


def find_object(v: Token) -> Found:
    """The object of verb `v`: a direct object, a prepositional or clausal complement, or the
    noun a relative clause hangs on ("an offer the union turned down")."""
    found = _direct(v)
    if found is None:
        found = _complement(v)
    if found is None and lemma(v) in lx.ASPECTUAL:
        ger = child(v, "xcomp")  # "to keep brewing at the Quay Street site"
        if ger is not None and ger.tag_ == "VBG" and ger.i > v.i:
            found = Found(object_tokens(ger))
    if found is None:
        return Found([])
    toks = found.tokens
    if toks and lemma(v) in lx.CHANGE_VERBS:
        toks = toks + ext.amount_phrase(v, toks)  # "cut tariffs | by 15%"
    toks = toks + ext.distance_phrase(v, toks)  # "withdraw its artillery | 20 km from the border"
    toks = toks + ext.verb_phrases_after(v, toks)  # "monitor the handover | with 20 observers"
    found.core = toks
    toks = toks + ext.infinitive_after(v, toks)  # "signed a treaty | to share the waters"
    if lemma(v) in _LITIGATE:
        # "challenge the decision [in the Supreme Court]", "take the case [to the high court]":
        # where a dispute goes is no part of what is challenged
        away = {u.i for t in toks if _forum(t) for u in t.subtree}
        toks = [t for t in toks if t.i not in away]
    found.tokens = sorted(set(toks), key=lambda t: t.i)
    return found


_LITIGATE = frozenset("challenge appeal contest take bring refer fight".split())
_FORUMS = frozenset("court courts tribunal arbitration arbitrator ombudsman".split())


def _forum(prep: Token) -> bool:
    """ "in the Supreme Administrative Court", "to international arbitration"."""
    pobj = child(prep, "pobj") if prep.dep_ == "prep" else None
    return (
        pobj is not None and prep.lower_ in ("in", "at", "to", "before") and pobj.lower_ in _FORUMS
    )


def _direct(v: Token) -> Found | None:
    dobjs = children(v, "dobj")
    if not dobjs:
        return None
    recipient = None
    dative = child(v, "dative")
    if dative is not None:
        recipient = child(dative, "pobj") if dative.tag_ == "IN" else dative
    if len(dobjs) > 1 and dobjs[0].tag_ == "$":  # "transfer Rs | 35 billion": one amount
        dobjs = dobjs[1:]
    second_end = None
    if len(dobjs) > 1:  # "pay Castellan up to €6 million" parsed as two objects
        named = [d for d in dobjs if named_span(d)]
        if named and len(named) < len(dobjs):
            recipient = named[0]
            dobjs = [d for d in dobjs if d not in named]
        elif not named and not is_amount(dobjs[0]) and counted(dobjs[1]):
            amount = object_tokens(dobjs[-1])  # "pay nurseries | 6.40 florins an hour"
            second_end = amount[-1].i if amount else None
        elif (
            not named
            and lemma(v) in _GIVE_TWO
            and not is_amount(dobjs[0])
            and dobjs[1].left_edge.i == dobjs[0].right_edge.i + 1  # not "…, a concession its"
        ):
            # "pay the authority an annual fee", "guaranteed the agency a minimum of 45
            # billion won": the thing given, after whom it is given to
            recipient, dobjs = dobjs[0], dobjs[1:]
    dobj = dobjs[0]
    if lemma(v) in _GIVE:
        given = _thing_after_recipient(dobj, dobjs)
        if given is not None:
            recipient, dobj = given  # "grant Belevic, 61, a residence permit"
    second = next(
        (c for c in kids(v) if c.dep_ in ("ccomp", "npadvmod", "oprd") and c.tag_ in ("NN", "NNS")),
        None,
    )
    if second is not None and second.i == dobj.right_edge.i + 1 and named_span(dobj):
        recipient, dobj = dobj, second  # "charge the University of Eastmere | rent for the site"
    if lemma(v) == "vote" and (dobj.like_num or dobj.lower_ in lx.TALLY_NOUNS):
        return None  # "voted 31 to 17 in favour of the plan": the tally is no object
    if dobj.tag_ in ("WDT", "WP") and dobj.lower_ == "that":
        return Found([])  # "a shot that regulators approved": a description, not a decision
    if dobj.lower_ == "which" and v.dep_ == "relcl" and v.head.tag_.startswith("NN"):
        return Found(object_tokens(v.head))  # "a 3% rise, which the union rejected"
    if lemma(v) == "take" and dobj.lower_ == "part":  # "take part in talks"
        into = next(
            (p for p in kids(v) + kids(dobj) if p.lower_ == "in" and child(p, "pobj")), None
        )
        if into is not None:
            return Found(object_tokens(child(into, "pobj")), (dobj.text, into.text))
    if named_span(dobj) and lemma(v) in _PROVIDE:
        with_p = next((p for p in children(v, "prep") if p.text.lower() == "with"), None)
        pobj = child(with_p, "pobj") if with_p is not None else None
        if pobj is not None:
            return Found(object_tokens(pobj), recipient=dobj)  # "supply Uzbekistan with ..."
    if dobj.text.lower() in _OBJ_PRONOUNS:
        antecedent = _antecedent(v, dobj)
        if antecedent is not None:
            return Found(object_tokens(antecedent), recipient=recipient)
    toks = object_tokens(dobj)
    if second_end is not None and toks and second_end > toks[-1].i:
        toks = toks + list(v.doc[toks[-1].i + 1 : second_end + 1])
    if toks and toks[0].i > 0 and toks[0].doc[toks[0].i - 1].tag_ == "$":
        toks = [toks[0].doc[toks[0].i - 1], *toks]  # "Rs 35 billion", the currency first
    lead = toks[0] if toks else None
    if (
        lead is not None
        and lead.dep_ in ("nmod", "compound")
        and named_span(lead)
        and any(t.like_num for t in toks[1:3])
    ):
        recipient = lead  # "pay Mozambique 4.2 million euros"
        toks = [t for t in toks if t.i > lead.i]
    toks = toks + ext.coordinated(v, toks)
    nxt = toks[-1].i + 1 if toks else len(v.doc)
    if nxt < len(v.doc) and _from_body(v.doc[nxt]) and lemma(v) not in _FROM_ARGUMENT:
        nxt = max(_from_words(v.doc[nxt])) + 1  # "signed X [from Olympique Brevin] | for a fee"
    after = v.doc[nxt] if nxt < len(v.doc) else None
    if (
        after is not None
        and after.head.i == v.i
        and after.dep_ == "prep"
        and (
            after.text.lower() in ("on", "of", "for", "from", "into", "towards", "toward")
            or (after.text.lower() == "in" and lemma(v) in _INVEST)  # "invest €3m | in a plant"
        )
        and not _time_pp(after)
        and not (after.text.lower() == "for" and is_money_pp(after))
    ):
        added = trim(list(after.subtree), after)  # "cut tariffs | on steel"
        if _from_body(after) and lemma(v) not in _FROM_ARGUMENT:
            # "borrow the money [from the Public Works Loan Board]", "signed X [from Olympique
            # Brevin] for a fee of €85 million" (not "separate the state from the Church")
            away = _from_words(after)
            added = [t for t in added if t.i not in away]
        toks = toks + added
    return Found(toks + ext.direction(v, toks), recipient=recipient)


def _thing_after_recipient(dobj: Token, dobjs: list[Token]) -> tuple[Token, Token] | None:
    """What is given when the parse took the recipient for the object: a second object ("offer
    tenants in those blocks | a temporary move"), or the last of two appositions after it ("pay
    Orbis's owner, the ... Velde Holdings, | a break fee", "award Boyce Kettering, the law firm
    that led the case, | the 22% fee")."""
    if len(dobjs) == 2 and dobjs[1].tag_ in ("NN", "NNS") and not counted(dobjs[1]):
        first, second = dobjs
        between = first.doc[first.i : second.left_edge.i]
        recipient = first.tag_ in ("NNS", "NNP", "NNPS") and not is_amount(first)
        if recipient and not any(t.text in (",", ";", "-", "—") for t in between):
            return first, second  # not "offered two helicopters on condition ..., a point"
    chain: list[Token] = []
    node = dobj
    while True:
        nxt = [c for c in kids(node) if c.dep_ == "appos" and c.i > node.i]
        chain.extend(nxt)
        if not nxt:
            break
        node = nxt[-1]
    if len(chain) < 2:
        return None  # "pay Kettering, the law firm": one apposition describes the recipient
    named = next((t for t in (dobj, chain[0]) if t.tag_ in ("NNP", "NNPS")), None)
    if named is None:
        return None  # "pay 41 cents per litre, ..., a rise of 4 cents": no named recipient
    thing = chain[-1]
    lead = thing.left_edge
    if thing.tag_ not in ("NN", "NNS") or lead.lower_ not in ("a", "an", "the"):
        return None
    return named, thing  # "Orbis's owner, the ... Velde Holdings,": Velde Holdings


def _complement(v: Token) -> Found | None:
    noun = child(v, "xcomp")
    if (
        noun is not None
        and noun.tag_ in ("NN", "NNS")
        and noun.i == v.i + 1
        and child(noun, "dobj")
    ):
        return Found(trim(list(noun.subtree), noun))  # "waive [booking] fees", read as a clause
    # a fronted phrase ("Under the deal, X will pay for ...") is no complement
    preps = [p for p in children(v, "prep") if p.i > v.i and not _time_pp(p)]
    words = {p.i: (p.text,) for p in preps}
    for adv in children(v, "advmod"):
        if adv.lower_ in ("away", "ahead"):  # "walked away from the talks", "press ahead with"
            for p in children(adv, "prep"):
                preps.append(p)
                words[p.i] = (adv.text, p.text)
            for p in children(v, "prep"):
                if p.i > adv.i:
                    words[p.i] = (adv.text, p.text)  # the parse hung "with" on the verb
    wanted = PREP_OBJECT.get(lemma(v), ())
    for p in preps:
        pobj = child(p, "pobj", "pcomp")
        if p.text.lower() in wanted and pobj is not None:
            return Found(_pronoun_or_np(v, pobj), words[p.i])
    for p in preps:  # "voted in favour of the text"
        pobj = child(p, "pobj")
        if p.text.lower() == "in" and pobj is not None and pobj.text.lower() in _FAVOUR:
            of = next((c for c in children(pobj, "prep") if c.text.lower() == "of"), None)
            target = child(of, "pobj") if of is not None else None
            if target is not None:
                return Found(_pronoun_or_np(v, target), (p.text, pobj.text, of.text))
    if lemma(v) in lx.PROMISE_THAT:
        for c in children(v, "ccomp"):
            mark = child(c, "mark")
            if mark is not None and mark.text.lower() == "that":
                return Found(trim(list(c.subtree), c))  # "promised that no jobs would go"
    for c in children(v, "ccomp"):  # "allow farmers to harvest", "hand back [boats seized]"
        small_clause = child(c, "mark") is None and child(c, "nsubj", "nsubjpass") is not None
        if c.i > v.i and small_clause and lemma(v) not in lx.SAY and c.tag_.startswith("VB"):
            return Found(trim(list(c.subtree), c))
    attr = child(v, "attr", "oprd")
    if attr is not None:
        return Found(object_tokens(attr))
    if lemma(v) == "make":
        for c in children(v, "ccomp"):
            if c.tag_ == "JJ" and child(c, "nsubj") is not None:
                return Found(trim(list(c.subtree), c))  # "make its buses free"
    for p in preps:
        pobj = child(p, "pobj")
        if p.text.lower() in _PARTICLES and p.i == v.i + 1 and pobj is not None:
            return Found(object_tokens(pobj))  # "hand over 15 soldiers" parsed as a prep
        if lemma(v) == "vote" and pobj is not None and pobj.like_num:
            continue  # "voted 31 to 11 in favour": the tally is no object
        if p.text.lower() not in _NOT_COMPLEMENT_PREPS:
            return Found(trim(list(p.subtree), p))
    if v.dep_ == "relcl" and v.head.tag_.startswith("NN"):
        subj = child(v, "nsubj")
        that = any(c.lower_ == "that" and c.i < v.i for c in kids(v))  # restrictive: no fact
        if subj is not None and subj.tag_ not in ("WDT", "WP") and not that:
            return Found(np_tokens(v.head))  # "an offer the federation turned down"
    return None


def _pronoun_or_np(v: Token, tok: Token) -> list[Token]:
    if tok.text.lower() in _OBJ_PRONOUNS:
        antecedent = _antecedent(v, tok)
        if antecedent is not None:
            return object_tokens(antecedent)
    return object_tokens(tok)


def _antecedent(v: Token, pronoun: Token) -> Token | None:
    """What "it" stands for: the object or subject of a governing or coordinated verb before
    it ("opposed the tax and would challenge it", "failed after members voted against it")."""
    reported = False  # has the way up passed a clause that a verb reports or asks about?
    for a in [v, *v.ancestors]:
        if a.i != v.i and any(c.dep_ == "ccomp" and c.i <= v.i <= c.right_edge.i for c in kids(a)):
            reported = True
        if not a.tag_.startswith("VB"):
            continue
        if a.i == v.i or reported:
            # not the one who speaks or asks: "Her office said she would sign it", "Members
            # asked how the city would pay for it"
            deps: tuple[str, ...] = ("dobj",)
        else:
            deps = ("dobj", "nsubjpass", "nsubj")
        for dep in deps:
            for c in children(a, dep):
                if (
                    c.i < pronoun.i
                    and c.tag_ in ("NN", "NNS")
                    and c.i != pronoun.i
                    and c.ent_type_ != "PERSON"
                ):
                    return c
    return None


def object_tokens(head: Token) -> list[Token]:
    """The trimmed subtree of an object head, up to the first gap (a part the parse hung on
    it across a time phrase of the verb: "an agreement [on Thursday] that ...")."""
    tail = hyphen_tail(head)
    toks = list(head.subtree)
    scale = glued_scale(toks[-1]) if toks else None
    if scale is not None:
        toks.append(scale)  # "€20m" with the "m" read as a verb
    if tail.i != head.i:  # "the re-election of X", the parse's three siblings made one
        toks = sorted({*toks, *head.doc[head.i : tail.i + 1], *tail.subtree}, key=lambda t: t.i)
    for k in range(1, len(toks)):
        if toks[k].i != toks[k - 1].i + 1 and toks[k].i > tail.i:
            toks = toks[:k]
            break
    return trim(toks, head)


def trim(toks: list[Token], head: Token) -> list[Token]:
    """Cut an object at a comma or dash after its head (unless an apposition gives its amount),
    at a time phrase ("on Friday"), at a circumstance ("amid", "on the basis of"), at an
    adverbial clause, and before a new clause ("... and Armenia will release ...")."""
    end = len(toks)
    quoted = False
    for k, t in enumerate(toks):
        if t.text in _QUOTE_MARKS:
            closes = [u for u in toks[k + 1 : k + 8] if u.text in _QUOTE_MARKS]
            if quoted or closes:
                quoted = not quoted  # a short quoted word inside the object is kept
                continue
        if t.i <= head.i:
            continue
        glued = t.text in ("–", "—") and not t.whitespace_ and not t.nbor(-1).whitespace_
        cut = (
            t.text in _BREAKS
            and not glued  # "the Orsk–Velna railway": a dash inside a name
            and not _amount_apposition(toks, k, head)
            and not _list_comma(toks, k, head)
        ) or t.text in _QUOTE_MARKS
        if t.dep_ == "relcl" and t.head.dep_ == "pobj" and t.head.i != head.i:
            cut = True  # "the money into a fund [that will refund ...]": a further description
            k = min(k, next((j for j, u in enumerate(toks) if u.i == t.left_edge.i), k))
        if t.dep_ == "relcl" and t.head.i == head.i and _which_clause(t):
            cut = True  # "the strike [which grounded bus services]": said of it, not agreed
            k = min(k, next((j for j, u in enumerate(toks) if u.i == t.left_edge.i), k))
        # not "boats seized in March", not "$30 million over two years"
        time = _time_pp(t) and not t.head.tag_.startswith("VB") and not is_amount(t.head)
        if t.dep_ == "advcl" or (t.dep_ == "prep" and (_circumstance(t) or time)):
            cut = True
            k = min(k, next((j for j, u in enumerate(toks) if u.i == t.left_edge.i), k))
        if t.dep_ == "cc" and _starts_clause(t):
            cut = True
        if t.head.i == head.i and _spent_on(t) and is_amount(head):
            # "$38 million [to settle a class action]": what an amount is for is no part of
            # what was agreed
            cut = True
            k = min(k, next((j for j, u in enumerate(toks) if u.i == t.left_edge.i), k))
        if cut:
            end = k
            break
    # "a $1.9 billion offer [from Grupo Meridiano]", "a request [from X] to add ...": who it
    # came from is the counterparty, no part of the thing
    moved = head.dep_ == "dobj" and lemma(head.head) in _FROM_ARGUMENT  # "recall X from Y"
    away = {
        u
        for t in toks
        if t.head.i == head.i and _from_body(t) and not moved
        for u in _from_words(t)
    }
    out = [t for t in toks[:end] if t.i not in away]
    while out and (out[-1].is_punct and out[-1].text != "%" or out[-1].dep_ == "cc"):
        if out[-1].text in _QUOTE_MARKS and sum(t.text in _QUOTE_MARKS for t in out) % 2 == 0:
            break
        out.pop()
    while out and (out[0].is_punct or out[0].text in _BREAKS):
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


def _spent_on(t: Token) -> bool:
    """Does `t` open what an amount is for, an infinitive ("to settle a class action")? (Not
    "towards a new terminal": the gold keeps that as often as it drops it.)"""
    return (
        t.dep_ in ("acl", "relcl")
        and t.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(t))
    )


def _list_comma(toks: list[Token], k: int, head: Token) -> bool:
    """ "the robots, sensors and software": a comma between coordinated nouns of the head."""
    if toks[k].text != "," or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    members = {head.i} | {c.i for c in head.subtree if c.dep_ == "conj" and c.head.i == head.i}
    while nxt.dep_ != "conj" and nxt.head.i != nxt.i and nxt.head.i > nxt.i:
        nxt = nxt.head  # from a modifier up to the noun it modifies
    if nxt.dep_ != "conj" or nxt.head.i not in members or not nxt.tag_.startswith("NN"):
        return False
    return any(c.dep_ == "cc" for c in head.subtree if c.i > nxt.i)  # the list ends with "and"


def _amount_apposition(toks: list[Token], k: int, head: Token) -> bool:
    """ "the largest single pledge, $300 million over three years": a comma before an
    apposition of the head that holds an amount does not end the object."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None or head.like_num or head.ent_type_ in ("MONEY", "PERCENT", "CARDINAL"):
        return False
    for t in toks[k + 1 : k + 6]:
        if t.dep_ == "appos" and t.head.i == head.i:
            span = [u for u in t.subtree]
            if any(u.dep_ in ("relcl", "acl") for u in span):
                return False  # "its rights, a decision that will cut its stake to 7%": a comment
            return span[0].i == nxt.i and any(
                u.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") for u in span
            )
    return False


def _time_pp(prep: Token) -> bool:
    pobj = child(prep, "pobj")
    return pobj is not None and pobj.ent_type_ in _TIME_LABELS and prep.text.lower() != "by"


def _from_body(prep: Token) -> bool:
    """Is the phrase "from" and an organisation's or a person's name, the party a thing comes
    from ("from Orchard Systems", "from Whitfield"), not a place ("from Kestria")?"""
    pobj = child(prep, "pobj")
    return prep.lower_ == "from" and pobj is not None and pobj.ent_type_ in ("ORG", "PERSON")


def _from_words(prep: Token) -> set[int]:
    """ "from" and the name after it, without a phrase the parse hung on the name that
    belongs to the thing ("a request from X [for a fourth deadline extension]")."""
    pobj = child(prep, "pobj")
    kept = {u.i for c in kids(pobj) if c.dep_ == "prep" and c.i > pobj.i for u in c.subtree}
    return {prep.i} | {u.i for u in pobj.subtree if u.i not in kept}


def is_money_pp(prep: Token) -> bool:
    """Is the phrase a price ("for £3.4 million")?"""
    pobj = child(prep, "pobj")
    return pobj is not None and pobj.ent_type_ == "MONEY"


def _circumstance(prep: Token) -> bool:
    word = prep.text.lower()
    if word in _CUT_PREPS:
        return True
    pobj = child(prep, "pobj")
    if word in ("at", "in") and pobj is not None and pobj.lower_ in _OCCASIONS:
        return True  # "voted against the plan [at an emergency meeting]", "in the presence of"
    if (
        word == "in"
        and pobj is not None
        and pobj.ent_type_ in ("GPE", "LOC", "FAC")
        and prep.head.dep_ == "dobj"
        and lemma(prep.head.head) == "sign"
    ):
        return True  # "signed the agreement [in Paramaribo]": where, not what
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


def head_of(toks: list[Token]) -> Token | None:
    """The token of a span whose head lies outside it."""
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return None


def text_of(toks: list[Token]) -> str:
    """Text of tokens in order; a gap in the run becomes one space."""
    if not toks:
        return ""
    parts = [toks[0].text]
    for prev, t in zip(toks, toks[1:], strict=False):
        gap = t.i != prev.i + 1
        parts.append((" " if gap or prev.whitespace_ else "") + t.text)
    return "".join(parts)


def is_time(tok: Token | None) -> bool:
    """Is the token a date or time ("agreed on Friday")? Not a span that measures what follows
    it ("to fund two years of credit monitoring")."""
    if tok is None or tok.ent_type_ not in _TIME_LABELS or entity_of(tok) is None:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" and child(c, "pobj") for c in kids(tok))


def _which_clause(clause: Token) -> bool:
    """Does a relative clause open with "which" ("which grounded ...", "under which ...")?"""
    first = clause.left_edge
    if first.lower_ == "which":
        return True
    return first.tag_ == "IN" and first.i + 1 < len(first.doc) and first.nbor().lower_ == "which"
