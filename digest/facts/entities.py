"""Named entities of an article: kinds, surname aliases, mention counts, and the resolution
context (who was mentioned where) that commitments and quotes use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from digest.facts.affiliations import record_affiliations
from digest.facts.aliases import (
    acronyms_in_brackets,
    clubs_by_their_town,
    first_word_names,
    first_words_alone,
    full_names_of_lone_surnames,
    names_to_be_given,
    short_names_in_brackets,
    short_names_of_organisations,
    surname,
    surnames_after_particles,
    surnames_opening_sentences,
    surnames_with_particles,
)
from digest.facts.context import KIND_OF_LABEL, Context, Mention
from digest.facts.dates import MONTHS, WEEKDAYS
from digest.facts.honorifics import COURTESY
from digest.facts.joined_names import split_joined_names
from digest.facts.lexicon import COMPANY_ABBREVIATIONS, COMPANY_NOUNS
from digest.facts.namewords import PORTFOLIO_WORDS, TITLES
from digest.facts.orgwords import organisation_word, public_body
from digest.facts.scan import name_finder
from digest.facts.subjects import modifier_mention, subject_mention, unparsed_subject_mention
from digest.facts.syntax import entity_of, ents, tokens
from digest.facts.titles import record_title
from digest.model import Entity, Sentence

# "Tasmania's minority government": the place is a state with a government
# "the government of Kessendor", "Lestria's parliament", "Qalendra's Energy Minister": the
# same, for a name the tagger did not call a place
_GOVERNMENT_OF = re.compile(
    r"\b([A-Z][a-z]+)['’]s (?:(?:[a-z-]+ ){0,2}government|parliament|cabinet|senate|"
    r"(?:[A-Z][a-z]+ )?Minister|(?:prime )?minister|central bank)\b"
    r"|\b[Gg]overnment of ([A-Z][a-z]+)\b"
)
# "the province of Calder", "the state of Kessa": a later "the province" is Calder
_PLACE_OF = re.compile(
    r"\bthe (province|state|county|region|municipality|emirate|territory) of "
    r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)"
)
# A company named after its trade: "the security company Corvane Secure", "miner Kalder Gold".
_TRADE_THEN_NAME = re.compile(r"\b(?P<noun>[a-z-]+) (?P<name>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)*)")
# Only nouns no person is called ("the club's owner John Kell", "developer Ansel Voigt",
# "broadcaster Priya Kaur-Bennett" are people).
_TRADES = frozenset(
    "company firm corporation insurer lender airline carrier utility miner manufacturer "
    "retailer supermarket grocer wholesaler refiner shipbuilder telco conglomerate".split()
)
_BODY_TRADES = frozenset("charity agency regulator watchdog union".split())
# Nouns said of any business ("her firm", "the group"): no one name's description.
_GENERIC = frozenset("company firm group owner".split())
_OUT_KIND = {"person": "person", "org": "organisation", "place": "place", "ambiguous": "other"}
_EXTRA_LABELS = {"EVENT": "event", "LAW": "other", "PRODUCT": "other", "WORK_OF_ART": "other"}
_STATE_OF = re.compile(
    r"^(?:Republic|Kingdom|State|Federation|Commonwealth|Principality|Sultanate|Emirate|"
    r"Federal Republic|People's Republic|Islamic Republic) of (.+)$"
)
_NOT_LAST = frozenset(
    "of and the for prime president minister trade foreign finance defence defense interior "
    "state deputy vice chief".split()
)
# ... but a department is named by its portfolio: "Ministry of Defence", "Department of State".
_BODY_OF = re.compile(
    r"\b(?:Ministry|Department|Office|Committee|Board|Agency|Secretariat|Bureau) (?:of|for) "
    r"(?:the )?(?:[A-Z][\w-]+ (?:and )?)*(?:Defen[cs]e|Finance|Trade|Interior|State)$"
)
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
# Names of days, months and holidays ("May" is also a name: left out).
_CALENDAR = MONTHS | WEEKDAYS | {"christmas", "easter", "ramadan", "new year"}
# Prepositions of place right before a name ("branches in Thirsk", "across Lincolnshire").
_PLACED = re.compile(
    r"\b(?:in|across|near|around|throughout|outside|inside)\s+(?:[A-Z][\w'.-]*,?\s+)*(?:and\s+)?$"
)
# The outlet a source spoke to ("told Mining Weekly", "in an interview with Reuters").
_TOLD = re.compile(r"\b(?:told|tells|telling|in an interview with)\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


# A lone capitalised description ("Lender", "Government", "Company") in a headline, a
# standfirst or a live-blog entry title is no name: "the lender" is the bank named in the story.
_DESCRIPTIONS = COMPANY_NOUNS | {"government", "regulator"}


def clean_name(text: str) -> str:
    """An entity name without a leading "the" or a possessive ending."""
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", text.strip())).strip()


def _usable(name: str) -> bool:
    last = name.split()[-1].lower() if name.split() else ""
    return (
        len(name) > 1
        and any(c.isupper() for c in name)
        and not name.isdigit()
        and (last not in _NOT_LAST or _BODY_OF.search(name) is not None)
        and name not in COMPANY_ABBREVIATIONS  # "the PSU" describes a company
        and name.lower() not in _DESCRIPTIONS  # "Lender says it will ...": a headline's noun
    )


_AFTER_HONORIFIC = rf"\b{COURTESY} "  # "Mr Menon Pillai" is the surname, not the name


def _whole_person_names(sentences: Sequence[Sentence], ctx: Context) -> None:
    """ "Bahadur Limbu" (tagged without the first of his names) and "Hari Bahadur Limbu": the
    one person, by the longer name, when the shorter never stands alone; not when the longer
    one has a title or portfolio in it ("Nordic Cooperation Ellen Strand-Aas") or opens a
    sentence ("Neighbor Gail Sorensen said")."""
    persons = [n for n, k in ctx.kinds.items() if k == "person" and " " in n]
    text = "\n".join(s.text for s in sentences)
    for short in persons:
        # also "Hilda Carrasco" of "Hilda Carrasco Mendoza" (a second surname)
        longer = [
            p
            for p in persons
            if p != short and (p.endswith(" " + short) or p.startswith(short + " "))
        ]
        if len(longer) != 1 or short in ctx.aliases:
            continue
        alone = (
            text.count(short)
            - text.count(longer[0])
            - len(re.findall(_AFTER_HONORIFIC + re.escape(short), text))
        )
        if alone > 0:
            continue
        extra = longer[0].replace(short, "", 1).split()
        if longer[0].startswith(short) and (
            re.search(re.escape(longer[0]) + r"['’]s\b", text)
            or any(ctx.kinds.get(w) in ("place", "ambiguous", "org") for w in extra)
        ):
            continue  # not "Ilena Drascu [Marvosa]'s first female prime minister"
        if (
            len(extra) <= 2
            and not any(s.text.startswith(longer[0]) for s in sentences)
            and not any(
                w.lower() in TITLES or w.lower() in PORTFOLIO_WORDS or organisation_word(w)
                for w in extra
            )
        ):
            ctx.aliases[short] = longer[0]
    for lone in [n for n, k in ctx.kinds.items() if k == "ambiguous" and " " not in n]:
        owners = [
            p
            for p in persons
            if p not in ctx.aliases
            and (surname(p) == lone or (p.count(" ") > 1 and p.split()[-2] == lone))
        ]  # (also "Carrasco", the first of two surnames: "Hilda Carrasco Mendoza")
        if len(owners) == 1 and lone not in ctx.aliases:
            ctx.aliases[lone] = owners[0]  # "Limbu" of "Hari Bahadur Limbu" (not parsed)


def build(sentences: Sequence[Sentence], docs: dict[int, Any]) -> tuple[Context, list[Entity]]:
    """The resolution context and the entity list of an article from its parsed sentences."""
    split_joined_names(docs)
    labels: dict[str, Counter] = {}
    for doc in docs.values():
        for ent in ents(doc):
            if ent.label_ in KIND_OF_LABEL or ent.label_ in _EXTRA_LABELS:
                name = clean_name(_with_owner(ent))
                if _usable(name):
                    labels.setdefault(name, Counter())[ent.label_] += 1

    ctx = Context()
    persons = [n for n, c in labels.items() if c.most_common(1)[0][0] == "PERSON"]
    surnames = Counter(surname(n) for n in persons if len(n.split()) > 1)
    for full in persons:
        parts = full.split()
        if len(parts) > 1 and surnames[surname(full)] == 1:
            ctx.aliases[surname(full)] = full
    for name, counts in labels.items():
        label = counts.most_common(1)[0][0]
        if label == "GPE":
            ctx.countries.add(name)
        if name in ctx.aliases:
            continue
        kind = KIND_OF_LABEL.get(label, "extra:" + _EXTRA_LABELS.get(label, "other"))
        if kind == "person" and len(name.split()) == 1:
            kind = "ambiguous"  # a lone capitalised word: a surname, or a place NER got wrong
        elif kind == "person" and organisation_word(name.split()[-1]):
            kind = "org"  # "Ostvik Aerospace", "Tillerman Home Stores": NER said a person
        ctx.kinds[name] = kind
    for s in sentences:
        for m in _PLACE_OF.finditer(s.text):
            place = ctx.canonical(m.group(2))
            if ctx.kinds.get(place, "place") in ("place", "ambiguous"):
                ctx.described.setdefault(m.group(1), []).append((s.index, m.start(), place))
        for m in _TRADE_THEN_NAME.finditer(s.text):
            name, noun = m.group("name"), m.group("noun")
            if noun in _TRADES and ctx.kinds.get(name) in ("person", "ambiguous"):
                ctx.kinds[name] = "org"  # "the private security company Corvane Secure"
            specific = noun in COMPANY_NOUNS and noun not in _GENERIC
            if (specific or noun in _BODY_TRADES) and name in ctx.kinds:
                # "Local charity Croeso Radnor ...": a later "the charity" is Croeso Radnor
                ctx.described.setdefault(noun, []).append((s.index, m.start(), name))
        for m in _GOVERNMENT_OF.finditer(s.text):
            place = m.group(1) or m.group(2)
            if ctx.kinds.get(place) in ("place", "ambiguous"):
                ctx.countries.add(place)  # "Tasmania's minority government": a state
                ctx.kinds[place] = "place"
    text = "\n".join(s.text for s in sentences)  # the article, one sentence a line
    full_names_of_lone_surnames(text, ctx)
    speakers = _speakers_of_unparsed(sentences, docs, ctx)
    pairs = _names_of_unparsed(sentences, docs, ctx)
    for name in ctx.kinds:
        m = _STATE_OF.match(name)
        if m and m.group(1) in ctx.kinds:
            ctx.aliases[name] = m.group(1)  # "Republic of Armenia" -> "Armenia"
    _public_bodies_without_owner(ctx)
    first_word_names(sentences, ctx)
    short_names_of_organisations(text, ctx)
    clubs_by_their_town(ctx)
    first_words_alone(text, ctx)
    acronyms_in_brackets(text, ctx)
    short_names_in_brackets(text, ctx)
    surnames_after_particles(ctx)
    surnames_with_particles(ctx)
    surnames_opening_sentences(sentences, ctx)
    _whole_person_names(sentences, ctx)
    for name in ctx.kinds:
        if name.lower() in _CALENDAR:
            ctx.kinds[name] = "extra:date"  # "March", "Christmas": never an actor
    for name in ctx.aliases:
        ctx.kinds.pop(name, None)
    for name in list(ctx.aliases):
        ctx.kinds.setdefault(ctx.canonical(name), "person")

    from digest.facts.quotes import quote_zones_of

    zones = quote_zones_of(sentences)
    for s in sentences:
        if s.index in docs:
            ctx.quote_zones[s.index] = zones.get(s.index, [])
    names = sorted(set(ctx.kinds) | set(ctx.aliases), key=len, reverse=True)
    if names:
        find = name_finder(names)
        for s in sentences:
            doc = docs.get(s.index)
            for start, found in find(s.text):
                name = ctx.canonical(found)
                if name != found and name.endswith(" " + found):
                    ctx.short_used.add(name)  # a surname alone ("Keller"), not "Nordnet"
                record_title(ctx, s.index, s.text, start, name)
                if ctx.kinds.get(name, "").startswith("extra:"):
                    ctx.add(Mention(s.index, start, name, "extra"))
                    continue
                quoted = any(a <= start < b for a, b in zones.get(s.index, ()))
                subject = (
                    subject_mention(doc, start, start + len(found))
                    or (s.index, name) in speakers
                    or (
                        doc is None
                        and unparsed_subject_mention(
                            s.text, start, len(found), bool(zones.get(s.index))
                        )
                    )
                )
                modifier = not subject and modifier_mention(doc, start, start + len(found))
                placed = _PLACED.search(s.text, 0, start) is not None
                told = _TOLD.search(s.text, 0, start) is not None
                mention = Mention(
                    s.index,
                    start,
                    name,
                    ctx.kind(name),
                    subject,
                    quoted=quoted,
                    placed=placed,
                    told=told,
                )
                ctx.add(replace(mention, modifier=modifier) if modifier else mention)
    _demonyms(sentences, ctx)
    for s_index, offset, names, subject in pairs:
        if all(n in ctx.kinds or n in ctx.aliases for n in names):
            ctx.add_group(s_index, offset, tuple(ctx.canonical(n) for n in names), subject)
    for s_index, doc in docs.items():
        _speakers_of_parsed(doc, ctx)
        _groups(doc, s_index, ctx)
        _descriptions(doc, s_index, ctx)
    ctx.finish()
    names_to_be_given(sentences, ctx)
    _description_subjects(docs, ctx)
    record_affiliations(sentences, ctx)
    return ctx, _entities(ctx)


def _description_subjects(docs: dict[int, Any], ctx: Context) -> None:
    """ "The company will raise pay": a description that is a subject is a (weak) subject
    mention of what it stands for, so "It also agreed ..." next can be checked against it."""
    from digest.facts.lexicon import INSTITUTIONS
    from digest.facts.syntax import child

    added = False
    for s_index in sorted(docs):
        for tok in tokens(docs[s_index]):
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ != "NN" or tok.ent_type_:
                continue
            det = child(tok, "det")
            if tok.lower_ not in INSTITUTIONS or det is None or det.lower_ != "the":
                continue
            names = ctx.resolve_description(tok.lower_, s_index, tok.idx)
            if names and len(names) == 1:
                ctx.add(Mention(s_index, tok.idx, names[0], ctx.kind(names[0]), True, weak=True))
                added = True
    if added:
        ctx.finish()


_DEMONYM = re.compile(r"\b[A-Z][a-z]{3,}(?:an|ian|i|ese|ic|ish|ean|ine|ite)s?\b")


def _demonyms(sentences: Sequence[Sentence], ctx: Context) -> None:
    """ "Ulmarian", "Veskari": a demonym of a place named in the article is a (weak) mention of
    that place, so "his government" after "Ulmarian Foreign Minister ..." finds Ulmaria."""
    places = [
        n
        for n, k in ctx.kinds.items()
        if k in ("place", "ambiguous", "org") and " " not in n and len(n) > 3
    ]
    if not places:
        return
    for s in sentences:
        for m in _DEMONYM.finditer(s.text):
            word = m.group(0)
            if word in ctx.kinds or word in ctx.aliases:
                continue
            for place in places:
                stem = place[:-1] if place[-1] in "aeiouy" else place
                if word.startswith(stem) and len(word) - len(place) <= 4:
                    ctx.kinds[place] = "place"  # a name with a demonym is a country or region
                    ctx.countries.add(place)
                    ctx.add(Mention(s.index, m.start(), place, "place", weak=True))
                    break


# Words before an armed group's name ("the rebel Northern Plains Movement") and what the story
# then calls its members ("the rebels will free 72 soldiers").
_ARMED = {
    "rebel": "rebels",
    "militant": "militants",
    "insurgent": "insurgents",
    "separatist": "separatists",
    "guerrilla": "guerrillas",
}


def _descriptions(doc: Any, s_index: int, ctx: Context) -> None:
    """ "The Yemeni government": a description with a proper modifier is a (weak) mention, so
    a later "the government" can mean it; "Sarvana Bank, the mid-sized lender": a later "the
    lender" is Sarvana Bank."""
    from digest.facts.actors import description_name
    from digest.facts.owners import board_owner

    for tok in tokens(doc):
        owner = board_owner(tok)
        if owner is not None and ctx.canonical(clean_name(owner)) in ctx.kinds:
            # "the board of trustees at X": a later "the board" is X
            name = ctx.canonical(clean_name(owner))
            ctx.described.setdefault("board", []).append((s_index, tok.idx, name))
        if tok.lower_ in _ARMED and tok.dep_ in ("amod", "compound") and tok.head.ent_type_:
            owner = entity_of(tok.head)  # "the rebel Northern Plains Movement": "the rebels"
            name = ctx.canonical(clean_name(owner.text)) if owner is not None else ""
            if owner is not None and owner.label_ == "ORG" and name in ctx.kinds:
                plural = _ARMED[tok.lower_]
                ctx.described.setdefault(plural, []).append((s_index, tok.idx, name))
        if tok.dep_ == "appos" and tok.tag_ in ("NN", "NNS") and tok.i > tok.head.i:
            owner = entity_of(tok.head)
            if owner is not None and owner.label_ in ("ORG", "GPE", "NORP", "PERSON"):
                name = ctx.canonical(clean_name(owner.text))
                if name in ctx.kinds:
                    ctx.described.setdefault(tok.lower_, []).append((s_index, tok.idx, name))
        if (
            tok.dep_ == "appos"
            and tok.head.tag_ == "NN"
            and tok.head.lower_ in COMPANY_NOUNS
            and tok.head.lower_ != "owner"  # an owner may be a person
        ):
            ent = entity_of(tok)
            name = ctx.canonical(clean_name(ent.text)) if ent is not None else ""
            comma = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
            if comma and tok.i > tok.head.i and ctx.kinds.get(name) == "person":
                ctx.kinds[name] = "org"  # "Teskar's grid operator, Nordnet Teskar,": a company
        if tok.tag_ != "NN" or tok.ent_type_ or tok.dep_ == "compound":
            continue  # "Scottish club Rangers": the club is Rangers, no description of its own
        name = description_name(tok)
        if name:
            ctx.kinds.setdefault(name, "org")
            subject = tok.dep_ in ("nsubj", "nsubjpass")
            ctx.add(Mention(s_index, tok.left_edge.idx, name, "org", subject, weak=True))


def _names_of_unparsed(
    sentences: Sequence[Sentence], docs: dict[int, Any], ctx: Context
) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """Names in sentences that were not parsed (kinds guessed from their words), so a pronoun,
    a demonym or "the two sides" can reach them; and the pairs "A and B" there."""
    from digest.facts.fallback import names_by_rule

    pairs = []
    for s in sentences:
        if s.index in docs:
            continue
        kinds, found = names_by_rule(s.text)
        for name, kind in kinds.items():
            name = clean_name(name)
            if name not in ctx.kinds and name not in ctx.aliases and _usable(name):
                ctx.kinds[name] = "ambiguous" if kind == "person" and " " not in name else kind
        for offset, names, subject in found:
            for n in names:  # "Brasso and Tenvia held talks": both are names
                if n not in ctx.kinds and n not in ctx.aliases and _usable(n):
                    ctx.kinds[n] = "ambiguous"
            pairs.append((s.index, offset, names, subject))
    return pairs


def _speakers_of_parsed(doc: Any, ctx: Context) -> None:
    """Names that are the subject of a speech verb ("Lund said ...")."""
    from digest.facts.lexicon import SAY
    from digest.facts.syntax import entity_of, kids, lemma

    for v in tokens(doc):
        if v.tag_.startswith("VB") and lemma(v) in SAY:
            for c in kids(v):
                ent = entity_of(c) if c.dep_ == "nsubj" else None
                if ent is not None:
                    ctx.speakers.add(ctx.canonical(clean_name(ent.text)))


def _speakers_of_unparsed(
    sentences: Sequence[Sentence], docs: dict[int, Any], ctx: Context
) -> set[tuple[int, str]]:
    """ "Charles Michel, the EU's top diplomat, said ..." in a sentence that was not parsed: the
    speaker is a person (and a subject) a later "he said" may mean."""
    from digest.facts.fallback import speaker_names

    found: set[tuple[int, str]] = set()
    for s in sentences:
        if s.index in docs:
            continue
        for name in speaker_names(s.text):
            found.add((s.index, name))
            ctx.speakers.add(name)
            if name not in ctx.kinds and name not in ctx.aliases:
                ctx.kinds[name] = "person"
                called = surname(name)
                if called != name and called not in ctx.kinds:
                    ctx.aliases.setdefault(called, name)
    return found


_OWNED = re.compile(r"^(?P<owner>[A-Z][\w-]*(?: [A-Z][\w-]*)*)['’]s (?P<body>[A-Z].+)$")


def _public_bodies_without_owner(ctx: Context) -> None:
    """ "Hallvard's Export Control Board", "Marrin's Finance Ministry": a state's body is
    named without the place that owns it, as the body's own name."""
    for name in list(ctx.kinds):
        m = _OWNED.match(name)
        if m is None or not public_body(m.group("body").split()):
            continue
        if ctx.kinds.get(m.group("owner"), "place") in ("place", "ambiguous"):
            ctx.kinds.setdefault(m.group("body"), ctx.kinds[name])
            ctx.aliases[name] = m.group("body")


def _with_owner(ent: Any) -> str:
    """ "Foreign Ministry" after "Mirenza's" is "Mirenza's Foreign Ministry"."""
    doc = ent.doc
    if ent.label_ == "ORG" and ent.start >= 2 and doc[ent.start - 1].tag_ == "POS":
        owner = doc[ent.start - 2]
        if owner.tag_ in ("NNP", "NNPS"):
            return doc[ent.start - 2 : ent.end].text
    return ent.text


def _groups(doc: Any, s_index: int, ctx: Context) -> None:
    from digest.facts.actors import listed_by_apposition
    from digest.facts.syntax import conjuncts, entity_of

    heads = sorted({t.head.i for t in tokens(doc) if t.dep_ == "conj"})
    for tok in (doc[i] for i in heads):
        if tok.dep_ == "conj":
            continue
        names = []
        listed = conjuncts(tok)
        whole = listed_by_apposition(tok.head) if tok.dep_ == "appos" else None
        if whole is not None and whole[1].i == tok.i:
            # "A (GNAT), the B (NAGRAT) and the C": the parse made the first name the head of
            # an apposition listing the others
            listed, tok = whole, tok.head
        for c in listed:
            ent = entity_of(c)
            if ent is None or ent.label_ not in KIND_OF_LABEL:
                names = []
                break
            names.append(ctx.canonical(clean_name(ent.text)))
        if (
            len(names) >= 3
            and ctx.kind(names[0]) in ("place", "ambiguous")
            and all(ctx.kind(n) == "org" for n in names[1:])
            and _comma_after(tok)
        ):
            # "groups in Jonglei State, the Ayod Youth Union and the Akobo Youth Association,":
            # the parse joined the place to the pair the apposition names
            names = names[1:]
        if len(names) >= 2 and all(n in ctx.kinds for n in names):
            ctx.add_group(s_index, tok.idx, tuple(names), tok.dep_ in ("nsubj", "nsubjpass"))


def _comma_after(tok: Any) -> bool:
    """Is the token followed by a comma?"""
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ","


def _entities(ctx: Context) -> list[Entity]:
    counts: Counter = Counter()
    first: dict[str, tuple[int, int]] = {}
    for m in ctx.mentions:
        if m.weak:
            continue
        counts[m.name] += 1
        first.setdefault(m.name, (m.sentence, m.offset))
    out = []
    for name, n in counts.items():
        kind = ctx.kinds.get(name, "ambiguous")
        kind = kind[6:] if kind.startswith("extra:") else _OUT_KIND.get(kind, "other")
        out.append(Entity(name=name, kind=kind, mentions=n))
    out.sort(key=lambda e: (-e.mentions, first[e.name]))
    return out
