"""Entities by rules over the tagger's proper nouns and numbers: names (person, organisation,
place, nationality), money, percentages, dates and counts. About a hundred times cheaper than
spaCy's statistical NER, and no worse on invented names, which NER guesses at anyway."""

from __future__ import annotations

import re
from typing import Any

from digest.facts.dateline import dateline_end
from digest.facts.lexicon import FUNCTION_WORDS
from digest.facts.namewords import (
    DEPARTMENTS,
    FOR_HEADS,
    IN_HEADS,
    ON_HEADS,
    PARTICLES,
    PLACE_WORDS,
    PORTFOLIO_TAIL,
    PORTFOLIO_TITLES,
    PORTFOLIO_WORDS,
    STATE_HEADS,
    TITLES,
)
from digest.facts.numbers import number_spans
from digest.facts.orgwords import (
    LEGAL_FORMS,
    ROMANCE_HEADS,
    ROMANCE_LINKS,
    company_suffix,
    organisation_noun,
    organisation_word,
    trade_word,
)
from digest.facts.quantity import currency_code
from digest.facts.syntax import possessive

Doc = Any
Token = Any

_LOCATIVE = frozenset("in at from near to into across outside inside via".split())
_DEMONYM = re.compile(r"(?:an|ian|i|ese|ic|ish|ean|ine|ite)s?$")
_WORD = re.compile(r"^\w[\w'’.-]*$")


def _capitalised(text: str) -> bool:
    """A capitalised word, also with an accented or macron capital ("Ōtarewa", "Łódź")."""
    return text[:1].isupper() and text[:1].isalpha() and bool(_WORD.match(text))


_LINKS = frozenset(["of", "de", "&"])
_FIRST_NAME_WORDS = frozenset(["Per", "May", "Will"])
# Title words that are never a name by themselves ("The Chairman of ...", "Chief (Mrs)"), unlike
# portfolios and parties that are also titles ("Labour", "Trade", "Independent").
_TITLE_ONLY = TITLES - PORTFOLIO_TITLES


def tag_entities(doc: Doc) -> Doc:
    """Set `doc.ents` by rules, keeping the entities already there (the country ruler's)."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    toks = list(doc)  # one Token object per position (indexing a Doc makes a new one each time)
    words = [t.text for t in toks if t.is_alpha]
    # a line in capitals ("FOR IMMEDIATE RELEASE") is a heading or boilerplate: no names
    dateline = len(toks) if len(words) > 1 and all(w.isupper() for w in words) else 0
    dateline = dateline or dateline_end(toks)
    ruled = [ent for ent in doc.ents if ent.start >= dateline]
    taken = {i for ent in ruled for i in range(ent.start, ent.end)} | set(range(dateline))
    found = number_spans(toks, taken)
    taken.update(i for start, end, _label in found for i in range(start, end))
    for start, _end, label in found:
        if label == "MONEY" and currency_code(toks, start):
            # "Rs 35 billion", "Dh150": the tagger's proper noun is a currency, never a name
            glued = any(ch.isdigit() for ch in toks[start].text)
            toks[start].tag_ = "CD" if glued else "$"  # "Rs", "₱" a sign; "Dh150" a number
    found += _names(toks, taken)
    found = _numbered_bodies(toks, found, ruled)
    # "France Telecom", "Ghana Airways": a country name opening an organisation's name
    by_end = {ent.end: ent for ent in ruled if ent.label_ == "GPE"}
    for k, (start, end, label) in enumerate(found):
        country = by_end.get(start) if label == "ORG" else None
        if country is not None:
            found[k] = (country.start, end, label)
            ruled.remove(country)
    # "Reserve Bank of Australia", "Bank Indonesia": a country closing an organisation's name
    by_start = {ent.start: ent for ent in ruled if ent.label_ == "GPE"}
    for k, (start, end, label) in enumerate(found):
        if end == start + 1 and toks[start].lower_ in _SPORTS and end in by_start:
            found[k] = (start, by_start[end].end, "ORG")  # "Cricket Australia", "Rugby Canada"
            ruled.remove(by_start.pop(end))
            continue
        if label != "ORG" or end >= len(toks):
            continue
        of = toks[end].lower_ == "of"
        # also "National Union of Metalworkers of South Africa": a body's name with its "of"
        if not (_org_word(toks[end - 1]) or (of and _of_name(toks, start, end))):
            continue
        country = by_start.pop(end + 1 if of else end, None)
        if country is not None:
            found[k] = (start, country.end, label)
            ruled.remove(country)
    found = _with_local_arm(toks, found)
    spans = [(e.start, e.end, e.label_) for e in ruled] + found
    found += _remit_runs_on(toks, spans) + _hyphenated_given_names(toks, spans)
    # "Fourth Army Region", "First National Bank of Kessa": a capitalised ordinal opens the name
    ordinal_ends = {
        end
        for start, end, label in found
        if label == "ORDINAL" and end == start + 1 and toks[start].tag_ == "NNP"
    }
    opened = {start for start, _end, label in found if label == "ORG" and start in ordinal_ends}
    found = [
        (start - 1 if start in opened else start, end, label)
        for start, end, label in found
        if not (label == "ORDINAL" and end in opened)
    ]
    spans = filter_spans(ruled + [Span(doc, s, e, label=label) for s, e, label in found])
    doc.ents = spans
    # what syntax.ents and syntax.entity_of read (doc.ents builds every span anew on each access)
    doc.user_data["digest_tokens"] = toks
    doc.user_data["digest_dateline"] = dateline
    doc.user_data["digest_ent_list"] = spans
    doc.user_data["digest_ents"] = {t: ent for ent in spans for t in range(ent.start, ent.end)}
    return doc


# A sport's name before a country's is its governing body ("Cricket Australia").
_SPORTS = frozenset(
    "cricket rugby football netball tennis hockey basketball swimming athletics cycling "
    "rowing golf sailing volleyball triathlon gymnastics softball baseball".split()
)


# ---------------------------------------------------------------- names


def _names(doc: Doc, taken: set[int]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    n = len(doc)
    i = 0
    while i < n:
        if i in taken or not _proper(doc, i):
            i += 1
            continue
        j, for_at = i, None
        while j + 1 < n and j + 1 not in taken:
            nxt = doc[j + 1]
            if _proper(doc, j + 1):
                j += 1
            elif company_suffix(nxt.text) and not (j + 2 < n and _proper(doc, j + 2)):
                j += 1  # "Gravell Re", the tagger's preposition
            elif (
                possessive(nxt)
                and j + 2 < n
                and j + 2 not in taken
                and _proper(doc, j + 2)
                and (
                    _org_word(doc[j + 2])
                    or (nxt.text in ("'", "’") and _org_run_after(doc, j + 2, taken))
                )  # not "the Bank's Monetary Policy Committee": the Bank's committee
                and not _titled_person(doc, i, j)  # "Prime Minister Liv Sandaker's Centre Party"
            ):
                j += 2  # "Sarenne Bankers' Association", "Employees' Pension Fund"
            elif (
                possessive(nxt)
                and j == i + 1
                and doc[i].text in ("St", "St.", "Saint")
                and j + 2 < n
                and j + 2 not in taken
                and _proper(doc, j + 2)
            ):
                j += 2  # "St Fintan's Community School", "St Ebba's Hospice"
            elif (
                possessive(nxt)
                and j + 3 < n
                and doc[j + 2].lower_ == "and"
                and not {j + 2, j + 3} & taken
                and _proper(doc, j + 3)
                and _org_name_ahead(doc, j + 3, taken)
            ):
                j += 3  # "the Dockers' and Harbour Workers' Union"
            elif _hyphen_name(doc, j) and j + 2 not in taken:
                j += 2  # "Alicia Navarro-Pike", "SNPL-Lys"
            elif _town_particle(doc, j) and not {j + 2, j + 3, j + 4} & taken:
                j += 4  # "Stoke-on-Trent City Council", "Newcastle-upon-Tyne"
            elif (
                nxt.text in PARTICLES
                and j + 2 < n
                and j + 2 not in taken
                and _proper(doc, j + 2)
                and not any(_org_word(t) for t in doc[i : j + 1])
            ):
                j += 2  # "Ahmed ag Issouf", "Dirk van Dijk", "Maria dos Santos"
            elif (
                nxt.text in PARTICLES
                and j + 3 < n
                and doc[j + 2].text in PARTICLES
                and not {j + 2, j + 3} & taken
                and _proper(doc, j + 3)
                and not any(_org_word(t) for t in doc[i : j + 1])
            ):
                j += 3  # "Gustavo Ibáñez de la Fuente", "Joost van der Berg"
            elif (
                nxt.text in PARTICLES
                and j + 3 < n
                and not nxt.whitespace_
                and doc[j + 2].text == "-"
                and not doc[j + 2].whitespace_
                and not {j + 2, j + 3} & taken
                and _proper(doc, j + 3)
            ):
                j += 3  # "Hamad al-Neyri"
            elif (
                nxt.lower_ == "in"
                and doc[j].lower_ in IN_HEADS
                and j + 2 < n
                and j + 2 not in taken
                and _proper(doc, j + 2)
            ):
                j += 2  # "Church in Wales", "Reformed Church in Kastrelia": one body's name
            elif _joins_name(doc, i, j, taken):
                j += 2  # "Food and Drug Administration", "Ridgeline Sports & Entertainment"
            elif (
                nxt.lower_ in _LINKS
                and j + 2 < n
                and j + 2 not in taken
                and _proper(doc, j + 2)
                and any(
                    _org_word(t) or t.lower_ in PLACE_WORDS or t.lower_ in STATE_HEADS
                    for t in doc[i : j + 1]
                )
            ):
                j += 2  # "Republic of Kelvaria", "Bank of Ostmark"
                if nxt.lower_ == "of" and (listed := _common_of(doc, j)):
                    j = listed  # "Union of Journalists and Editors", "Ministry of Youth, Sport.."
                elif nxt.lower_ == "of" and doc[j - 2].lower_ in DEPARTMENTS:
                    for_at = j  # "Ministry of Labour and Employment"
            elif (
                (nxt.lower_ == "for" and doc[j].lower_ in FOR_HEADS)
                or (nxt.lower_ == "on" and doc[j].lower_ in ON_HEADS)
                or (nxt.lower_ in ("for", "on") and _office_of_officer(doc, i, j))
            ) and _for_name(doc, j, taken):
                # "Forum for Change", "Centre for Peace", "Front for the Defence of the North",
                # "Standing Committee on Health", "Commission on Human Rights"
                j += _for_name(doc, j, taken)
                for_at = j
            elif (
                for_at is not None
                and nxt.lower_ == "and"
                and j + 2 < n
                and j + 2 not in taken
                and _proper(doc, j + 2)
            ):
                j += 2  # "Movement for Justice and Equality", "Department for Business and Trade"
            elif linked := _romance_link(doc, i, j, taken):
                j = linked  # "Sindicato dos [Estivadores] do Sul"
            elif (
                nxt.lower_ == "of"
                and _the_name(doc, j, taken)
                and not (doc[j + 3].text.isupper() and len(doc[j + 3].text) <= 3)  # "of the US"
                and any(_org_word(t) for t in doc[i : j + 1])
            ):
                j += 3  # "International Committee of the Red Cross", "Ministry of the Interior"
            else:
                break
        split = _person_after_body(doc, i, j)
        if split is not None:
            out.extend(_label_run(doc, i, split))  # the body, then its officer
            out.extend(_label_run(doc, split, j + 1))
        else:
            out.extend(_label_run(doc, i, j + 1))
        i = j + 1
    return out


def _office_of_officer(doc: Doc, i: int, j: int) -> bool:
    """Is the run "Office of the <officer>", whose remit may follow ("Office of the Public
    Prosecutor [for Economic and Organised Crime]", "Office of the Presidential Adviser [on
    Peace]")?"""
    return (
        doc[i].lower_ == "office"
        and j >= i + 3
        and doc[i + 1].lower_ == "of"
        and doc[i + 2].lower_ == "the"
    )


def _person_after_body(doc: Doc, i: int, j: int) -> int | None:
    """ "Secretary-General of the [Union of Professional Basketball Players] Henrik
    Asgaard-Nilo", "Director of Investigations at the [Brellian Tennis Integrity Unit] Sandrine
    Obuya": a title's body, then the officer's two-word name, run together; where the name
    starts."""
    if j - i < 3 or i < 3 or doc[i - 1].lower_ != "the" or doc[i - 2].lower_ not in ("of", "at"):
        return None
    if not any(t.lower_ in TITLES for t in doc[max(0, i - 8) : i - 2]):
        return None
    words, k = [], j
    while k > i and len(words) < 2:
        start = k - 2 if doc[k - 1].text == "-" and not doc[k - 1].whitespace_ else k
        words.append(doc[start : k + 1])  # "Asgaard-Nilo" one word
        k = start - 1
    before = doc[k]
    if len(words) < 2 or k <= i or not before.text[:1].isupper():
        return None
    if not (before.lower_.endswith("s") or _org_word(before)):
        return None
    for word in words:
        for t in word:
            low = t.lower_
            if t.text == "-":
                continue
            if not _capitalised(t.text) or _org_word(t) or low in TITLES or remit_word(low):
                return None
            if low in PLACE_WORDS or low in STATE_HEADS:
                return None
    return k + 1


def _romance_link(doc: Doc, i: int, j: int, taken: set[int]) -> int:
    """The next name word of a Spanish or Portuguese body's name run on past its small words
    ("Sindicato dos [Estivadores]", "Ministerio de Trabajo y [Economía]", "Comisión de Medio
    Ambiente, [Recursos] Naturales y Pueblos Indígenas"); 0 when the run is no such name."""
    if not any(t.lower_ in ROMANCE_HEADS for t in doc[i : j + 1]):
        return 0
    n, k = len(doc), j + 1
    if doc[k].text == ",":
        # a list inside the name only when it closes with "y" / "e" and a name word
        m = k
        while m + 1 < n and (doc[m].text == "," and _proper(doc, m + 1)):
            m += 1
            while m + 1 < n and _proper(doc, m + 1):
                m += 1
            m += 1
        if not (m + 1 < n and doc[m].lower_ in ("y", "e") and _proper(doc, m + 1)):
            return 0
        return k + 1 if not ({k, k + 1} & taken) else 0
    m = k
    while m < n and m - k < 2 and doc[m].lower_ in ROMANCE_LINKS and doc[m].text.islower():
        m += 1
    if m == k or m >= n or set(range(k, m + 1)) & taken or not doc[m].text[:1].isupper():
        return 0
    return m


def _with_local_arm(
    toks: list[Token], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """ "Tamrose & Sons Construction Nigeria Ltd": a company's name runs on through the country
    of its local arm and the arm's legal form ("Nigeria Ltd" is no second company)."""
    orgs = {s: e for s, e, label in found if label == "ORG"}
    arms, out = set(), []
    for s, e, label in found:
        arm_end = orgs.get(e) if label == "ORG" else None
        legal = arm_end is not None and toks[arm_end - 1].lower_.rstrip(".") in LEGAL_FORMS
        if (
            arm_end is not None
            and arm_end - e == 2
            and (legal or company_suffix(toks[arm_end - 1].text))
        ):
            out.append((s, arm_end, label))
            arms.add(e)
        else:
            out.append((s, e, label))
    return [f for f in out if not (f[0] in arms and f[2] == "ORG" and f[1] - f[0] == 2)]


def _remit_runs_on(
    toks: list[Token], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Bodies' names the tagger cut at the "and" of a remit list, whole (the longer span wins
    over the pieces of `spans`): "[Office of Data Protection] and [Digital Rights]", "[Ministry
    of Fisheries], Oceans and Coastal Communities", "[Union of Cereal] and Pulse Producers of
    Kelsland", "[United Food] and Processing Workers Local 412", "[Brenholt Transport] &
    Mobility", "Communications, Media and [Postal Authority]"."""
    out = []
    for start, e, label in spans:
        if label != "ORG":
            continue
        end = _remit_end(toks, start, e)
        if end:
            out.append((start, end, "ORG"))
        opening = _remit_start(toks, start, e)
        if opening is not None:
            out.append((opening, e, "ORG"))
    return out


def _remit_end(toks: list[Token], start: int, e: int) -> int:
    """The end of a body's name that goes on past the tagger's span at `e` with its remit
    list; 0 when it does not."""
    n = len(toks)
    k = e
    while k + 1 < n and toks[k].text == "," and _common(toks, k + 1):
        k += 2  # ", Oceans"
        while k < n and _common(toks, k):
            k += 1
    if k + 1 >= n or toks[k].lower_ not in ("and", "&"):
        return 0
    if toks[k].text == "&" and k == e:  # "Brenholt Transport & Mobility": one name
        m = k + 1
        while m < n and m < k + 4 and _proper(toks, m):
            m += 1
        return m if m > k + 1 and not (m < n and _proper(toks, m)) else 0
    m = k + 1
    if m + 1 < n and _proper(toks, m) and not _common(toks, m) and _common(toks, m + 1):
        m += 1  # "[Pulse] Producers"
    first = m
    while m < n and _common(toks, m) and not _numbered_at(toks, m):
        m += 1
    if m == first:
        return 0
    trade = _trade_plural(toks[m - 1].lower_)  # "... and Processing Workers"
    if _numbered_at(toks, m):
        m += 2  # "Local 412"
    elif m + 1 < n and toks[m].lower_ == "of" and _proper(toks, m + 1):
        m += 1  # "of Kelsland"
        while m < n and _proper(toks, m):
            m += 1
    elif m < n and _proper(toks, m):
        return 0  # "... and Industry Minister Ana Ruiz"
    left = toks[start:e]
    if not any(t.lower_ == "of" for t in left) and _org_word(left[-1]):
        return 0  # "Halvern Group and Osprey Workers": two bodies
    if not any(t.lower_ == "of" for t in left) and not trade:
        return 0
    return m


def _hyphenated_given_names(
    toks: list[Token], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A person's name that goes on with a given name written with a hyphen and a small
    letter ("Yoon [Bo-ra]", "Ronald Fung [Chi-keung]"), which the tagger leaves out."""
    out = []
    n = len(toks)
    for start, e, label in spans:
        if (
            label == "PERSON"
            and e + 2 < n
            and toks[e].text[:1].isupper()
            and toks[e].is_alpha
            and toks[e + 1].text == "-"
            and not toks[e].whitespace_
            and not toks[e + 1].whitespace_
            and toks[e + 2].text.islower()
            and toks[e + 2].is_alpha
            and len(toks[e + 2].text) <= 5
            and toks[e - 1].whitespace_
            and (toks[e + 2].whitespace_ or e + 3 >= n or toks[e + 3].text != "-")
        ):  # (not "Jamiat Ulema-e-Islam")
            out.append((start, e + 3, label))
    return out


def _numbered_at(toks: list[Token], m: int) -> bool:
    """Does a numbered body's word and its number stand at m ("Local 412")?"""
    return m + 1 < len(toks) and toks[m].lower_ in _NUMBERED and toks[m + 1].like_num


def _remit_start(toks: list[Token], start: int, e: int) -> int | None:
    """ "Communications, Media and [Postal Authority]": where a body's name opens with a remit
    list before the tagger's span; None when it does not."""
    if start < 2 or toks[start - 1].lower_ != "and" or not _org_word(toks[e - 1]):
        return None
    if not _common(toks, start) or not _common(toks, start - 2):
        return None
    j = start - 2
    while j > 0 and _common(toks, j - 1):
        j -= 1
    while j > 1 and toks[j - 1].text == "," and _common(toks, j - 2):
        j -= 2
        while j > 0 and _common(toks, j - 1):
            j -= 1
    return None if j > 0 and _proper(toks, j - 1) else j


def _of_name(toks: list[Token], start: int, end: int) -> bool:
    """Is the run an organisation's name with "of" in it ("National Union of Metalworkers")?"""
    words = toks[start:end]
    return any(t.lower_ == "of" for t in words) and any(_org_word(t) for t in words)


def _common_of(doc: Doc, j: int) -> int:
    """The last token of a list of common words after an organisation's "of" at j - 1
    ("Union of [Journalists and Editors]", "Ministry of [Youth, Sport and Digital Affairs]",
    "Bank of [Commerce and Industry]"); 0 when the word at j is a name, not a common word
    ("Bank of Ostmark and Veskar": two bodies), or no list follows. (A word the tagger already
    took for a name of its own, "Workers", is one of the list.)"""
    k, n = j, len(doc)
    if not _common(doc, j) and not (j + 1 < n and _proper(doc, j) and _qualifies(doc, j + 1)):
        return 0  # (one word may qualify the first of the list, "[Paddy] Farmers and ...", or
        # be it, "[Dairy] and Livestock Cooperatives", when the rest of the list is common)
    if not any(_org_word(t) for t in doc[max(0, j - 4) : j - 1]):
        return 0
    while k + 1 < n and _common(doc, k + 1):
        k += 1  # "Local Government"
    while k + 2 < n and (doc[k + 1].text == "," or doc[k + 1].lower_ in ("and", "&")):
        if k + 3 < n and not _common(doc, k + 2) and _proper(doc, k + 2) and _common(doc, k + 3):
            k += 1  # "and [Pulse] Producers"
        elif not _common(doc, k + 2):
            return 0
        last = doc[k + 1].text != ","
        k += 2
        while k + 1 < n and _common(doc, k + 1):
            k += 1
        if last:
            # not "... and Industry Minister Ana Ruiz": the list ends the body's name
            return 0 if k + 1 < n and _proper(doc, k + 1) else k
    return 0


def _qualifies(doc: Doc, k: int) -> bool:
    """After the first word of a remit list: a common word, or the list's "and" or comma."""
    return _common(doc, k) or doc[k].text == "," or doc[k].lower_ in ("and", "&")


def _common(toks: list[Token], k: int) -> bool:
    """A capitalised common word of a body's remit ("Journalists", "Commerce", "Sport")."""
    tok = toks[k]
    if not tok.text[:1].isupper() or not (_proper(toks, k) or tok.tag_ in ("NN", "NNS")):
        return False
    return remit_word(tok.lower_)


def remit_word(low: str) -> bool:
    """A word of a body's remit, lower-cased ("journalists", "sport", "rights")."""
    if low.endswith("s") and low[:-1] in PORTFOLIO_WORDS:
        return True  # "Enterprises", "Communications"
    return low in PORTFOLIO_WORDS or low in _REMIT_WORDS or _trade_plural(low)


# Words of a body's remit beyond the portfolios ("Union of Transport and General Workers").
_REMIT_WORDS = frozenset(
    """
    general allied commerce arbitration sport arts sciences letters crafts trades workers
    government employees editors journalists writers translators authors traders women men teachers
    doctors nurses farmers fishermen miners drivers dockers musicians actors artists engineers
    municipal industrial commercial clerical maritime postal distributive rights oceans
    communities media tribes clans deputies logistics shipping lecturers principals utilities
    athletics games
    """.split()
)


def _trade_plural(low: str) -> bool:
    """ "Journalists", "Producers", "Importers": people by their trade."""
    return len(low) > 5 and low.endswith(("ers", "ists", "ors", "ants", "ents", "men", "ians"))


def _the_name(doc: Doc, j: int, taken: set[int]) -> bool:
    """After the link at j + 1, does "the" and a name word not a country follow ("of the Red
    Cross", "for the Defence")?"""
    return (
        j + 3 < len(doc)
        and doc[j + 2].lower_ == "the"
        and not {j + 2, j + 3} & taken
        and _proper(doc, j + 3)
        and doc[j + 3].ent_type_ != "GPE"
    )


def _for_name(doc: Doc, j: int, taken: set[int]) -> int:
    """How many tokens the "for" at j + 1 and the name word after it take: 2 ("for Change"),
    3 ("for the Defence"), 0 when no name follows."""
    if j + 2 < len(doc) and j + 2 not in taken and _proper(doc, j + 2):
        return 2
    return 3 if _the_name(doc, j, taken) else 0


def _org_run_after(doc: Doc, k: int, taken: set[int]) -> bool:
    """Do the proper words from k (three at most) end in an organisation word ("Party",
    "Pension Fund")?"""
    end = k
    while end + 1 < min(len(doc), k + 3) and end + 1 not in taken and _proper(doc, end + 1):
        end += 1
    return any(_org_word(doc[m]) for m in range(k, end + 1))


def _org_name_ahead(doc: Doc, k: int, taken: set[int]) -> bool:
    """Do the proper words from k, possessives allowed ("Harbour Workers' Union"), reach an
    organisation word within five tokens?"""
    for m in range(k, min(len(doc), k + 5)):
        if m in taken or not (_proper(doc, m) or possessive(doc[m])):
            return False
        if _org_word(doc[m]):
            return True
    return False


# Bodies whose names open with "All" (not "All Halden Bank staff"): unions, parties, fronts.
_ALL_BODIES = frozenset("federation association union congress party council league front".split())


def _all_body(toks: list[Token], k: int) -> bool:
    """Do the proper words from k (possessives allowed) reach one of _ALL_BODIES?"""
    for m in range(k, min(len(toks), k + 5)):
        if toks[m].lower_ in _ALL_BODIES and toks[m].text[:1].isupper():
            return True
        if not (toks[m].tag_ in ("NNP", "NNPS") or possessive(toks[m])):
            return False
    return False


_TOWN_PARTICLES = frozenset("on upon under le la les sur en de in by".split())


def _town_particle(toks: list[Token], i: int) -> bool:
    """Is token i glued to "-on-Trent", "-upon-Tyne", "-sur-Mer" (a town's name)?"""
    if i + 4 >= len(toks) or toks[i].whitespace_:
        return False
    dash1, word, dash2, nxt = toks[i + 1 : i + 5]
    glued = not (dash1.whitespace_ or word.whitespace_ or dash2.whitespace_)
    return (
        glued
        and dash1.text == "-"
        and dash2.text == "-"
        and word.lower_ in _TOWN_PARTICLES
        and nxt.text[:1].isupper()
    )


_NAME_PREFIXES = frozenset("Anti Pan Trans Inter Non Intra Sub".split())


def _hyphen_name(toks: list[Token], i: int) -> bool:
    """Is token i joined by a bare hyphen to a capitalised word ("Navarro-Pike", "SNPL-Lys")?"""
    if i + 2 >= len(toks) or toks[i + 1].text != "-" or toks[i].whitespace_:
        return False
    nxt = toks[i + 2]
    if toks[i].text == "Co" and nxt.lower_ in ("operative", "op"):
        return toks[i + 1].whitespace_ == ""  # "West Plains Grain Co-operative"
    if toks[i].text in _NAME_PREFIXES:
        # "World Anti-Doping Agency", "Pan-African Parliament", whatever the tagger made of
        # the word after the hyphen
        return toks[i + 1].whitespace_ == "" and _capitalised(nxt.text)
    return (
        toks[i + 1].whitespace_ == ""
        and nxt.text[:1].isupper()
        and (nxt.tag_ in ("NNP", "NNPS") or (nxt.tag_ == "NN" and _capitalised(nxt.text)))
    )  # (also "Okonjo-[Reyes]" opening a sentence, the second part read as a noun)


def _joins_name(doc: Doc, i: int, j: int, taken: set[int]) -> bool:
    """Does the "and" or "&" after the proper words i..j join one name? "&" between proper
    words always does ("Sports & Entertainment"); "and" does when the words after it end in an
    organisation word (not an acronym) and those before it have none ("Food and Drug
    Administration", "Argyll and Bute Council"), not "Ghana and Togo", "Fiat and GM" or
    "Veskar Bank and Tolmany Bank"."""
    n = len(doc)
    word = doc[j + 1].lower_
    if word not in ("and", "&") or j + 2 >= n or j + 2 in taken or not _proper(doc, j + 2):
        return False
    if word == "&":
        return True
    if j - i > 2 or (j > i and doc[j].lower_ in _REGIONS):
        return False  # (not "[Aomura Prefecture] and Tsubaki Electric Power & Gas Co")
    k, owned = j + 2, False
    while k + 1 < n and k + 1 not in taken:
        if _proper(doc, k + 1):
            k += 1
        elif possessive(doc[k + 1]) and k + 2 < n and _proper(doc, k + 2):
            k, owned = k + 2, True
        else:
            break
    if j - i == 2 and (k - j > 3 or owned):
        return False  # "New Hollis Water and Sewer Authority": a short second part only
    if (
        k == j + 3
        and doc[k].lower_.rstrip(".") in LEGAL_FORMS - {"co"}
        and organisation_word(doc[j + 2].text)
    ):
        return True  # "Sarvottam Steel and Power Ltd": a trade and a legal form, no second name
    if _remit_list_body(doc, i, j, k):
        return True  # "Westmark Utilities and Energy Commission": one body's remit list
    single = i == j and (owned or (i > 0 and doc[i - 1].lower_ == "the" and k - j > 3))
    if doc[j].lower_ in STATE_HEADS and organisation_word(doc[k].text):
        return False  # "The Daeryong Metropolitan Government and Kwangil Engineering & Co"
    if any(_org_word(t) and not trade_word(t.text) for t in doc[i : j + 1]) and not single:
        return False  # but "Brewery and Distillery Workers' Union", "the Steel and Allied
        # Trades Union" are one
    return organisation_noun(doc[k].text)  # a word, not an acronym: "Rover and SAIC" are two


def _remit_list_body(doc: Doc, i: int, j: int, k: int) -> bool:
    """Is "and" at j + 1 inside a remit list that a body word at k ends, after one name word:
    "Westmark [Utilities and Energy] Commission", "Darsenian [Media and Communications]
    Commission"? (Not "the Finance Ministry and Energy Commission": a body word before "and".)"""
    return (
        j == i + 1
        and k > j + 2
        and remit_word(doc[j].lower_)
        and all(remit_word(doc[m].lower_) for m in range(j + 2, k))
        and organisation_noun(doc[k].text)
        and not remit_word(doc[k].lower_)
    )


# A region's word that ends a name of its own ("Aomura Prefecture"), unlike a harbour's or a
# river's ("Calvenna Harbour and Waterways Authority").
_REGIONS = frozenset("prefecture province region governorate".split())


def _proper(toks: list[Token], i: int) -> bool:
    """Is token i a word of a name? (`toks` is the document's token list: indexing a Doc
    makes a new Token each time.)"""
    tok = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    tag, text = tok.tag_, tok.text
    if nxt is not None and nxt.text == "-" and nxt.whitespace_ == "":
        if _town_particle(toks, i):
            if _capitalised(text):
                return True  # "Stoke-on-Trent", whatever the tagger made of "Stoke"
        elif not _hyphen_name(toks, i):
            return False  # "European-made", "Houthi-held"; not "Navarro-Pike"
        elif _capitalised(text) and toks[i + 2].tag_ in ("NNP", "NNPS"):
            return True  # "[Okonjo]-Reyes described": a surname's first part read as a noun
    if text == "All" and nxt is not None and _all_body(toks, i + 1):
        return True  # "All ASNL Employees' Federation", "All Progressives Congress"
    if text in _FIRST_NAME_WORDS and tag in ("IN", "MD") and nxt is not None:
        # "Per Aukland", "May Halvorsen": a first name the tagger took for a function word
        return nxt.tag_ in ("NNP", "NNPS") and _capitalised(nxt.text) and not nxt.text.isupper()
    if text == "Friends" and nxt is not None and nxt.lower_ == "of":
        return True  # "Friends of the Skerry", an organisation
    if (
        tag == "NNS"
        and text[:1].isupper()
        and nxt is not None
        and possessive(nxt)
        and i + 2 < len(toks)
        and _org_word(toks[i + 2])
        and toks[i + 2].text[:1].isupper()
    ):
        return True  # "the hard-left Workers’ Alliance", not "Workers' council"
    if (
        tag in ("NN", "NNS")
        and text[:1].isupper()
        and i > 0
        and toks[i - 1].tag_ in ("NNP", "NNPS")
        and organisation_noun(text)
    ):
        return True  # "Pennine Events’ director": the tagger took "Events" for a plain plural
    if tag in ("NNP", "NNPS"):
        return _capitalised(text) or text.isupper()
    if (
        tag == "NN"
        and _capitalised(text)
        and i > 1
        and possessive(toks[i - 1])
        and toks[i - 2].tag_ in ("NNP", "NNPS")
        and organisation_noun(text)
    ):
        return True  # "Citizens' [List]", "Farmers' [Union]": a name's last word read as a noun
    if (
        _capitalised(text)
        and tok.lower_ in ROMANCE_HEADS
        and nxt is not None
        and nxt.lower_ in ROMANCE_LINKS
        and nxt.text.islower()
        and i + 2 < len(toks)
        and _capitalised(toks[i + 2].text)
    ):
        return True  # "Yacimientos de Litio y ...": a Spanish body's first word, not a plural
    if (
        tag == "VBZ"
        and i > 0
        and text[:1].isupper()
        and toks[i - 1].tag_ in ("NNP", "NNPS")
        and nxt is not None
        and nxt.tag_ in ("NNP", "NNPS")
    ):
        return True  # "Rennick Wanderers Supporters' Trust": a name word read as a verb
    if (
        tag == "NN"
        and i == 0
        and tok.dep_ == "compound"
        and nxt is not None
        and i < tok.head.i <= i + 3
        and all(toks[k].tag_ in ("NNP", "NNPS") for k in range(i + 1, tok.head.i + 1))
        and (tok.head.i == i + 1 or _org_word(toks[tok.head.i]))  # not "Headteacher Ann Roe"
        and tok.lower_ not in TITLES
    ):
        return True  # "Castor Athletic signed", "Eastvale Rugby Club has": a name's first word
    if tag == "NN" and _capitalised(text) and not text.isascii() and tok.lower_ not in TITLES:
        return True  # "Gdańsk signed ...": a letter no English noun has, a name
    if tag == "NN" and i == 0 and text[:1].isupper() and tok.dep_ == "nsubj":
        from digest.facts.lexicon import SAY, verb_lemma

        return verb_lemma(tok.head.text) in SAY  # "Lund said ...": a name, not a noun
    if tag == "NN" and i > 0 and text[:1].isupper():
        prev = toks[i - 1]
        # an unknown name the tagger took for a noun ("with Omel"), not a sentence start after
        # an opening quote ("“Nobody ...")
        return tok.lower_ not in TITLES and not prev.is_punct
    if tag != "JJ" or not _capitalised(text) or "-" in text:
        return False  # not "European-made"
    if _org_word(tok) or (nxt is not None and _capitalised(nxt.text) and _org_word(nxt)):
        return True  # "Dorvik Athletic and FC Sarnow": a club's name the tagger read as adjectives
    return bool(_DEMONYM.search(tok.lower_)) or (nxt is not None and nxt.tag_ in ("NNP", "NNPS"))


def _org_word(tok: Token) -> bool:
    return organisation_word(tok.text)


def _label_run(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Split a run of proper words into a nationality, titles (dropped) and a name; label it."""
    out: list[tuple[int, int, str]] = []
    toks = list(doc[start:end])
    if len(toks) == 1 and toks[0].lower_ in TITLES and end < len(doc) and doc[end].lower_ == "for":
        return out  # "Minister [for Enterprise ...]": a title, no name
    titled = False
    # "Veskari Prime Minister Tavo Renk": a nationality, titles, then the name
    # a title word inside an organisation's name is none ("Movement for Justice and Equality",
    # "Front for the Defence of the North")
    inside = next(
        (
            k
            for k, t in enumerate(toks[:-1])
            if _org_word(t) and toks[k + 1].lower_ in ("for", "of", "on")
        ),
        None,
    )  # "Senate Committee [on] Foreign Relations": the organisation word before the link
    last_title = max(
        (
            k
            for k, t in enumerate(toks[:-1])
            if (t.lower_ in TITLES or (t.text.endswith(".") and t.lower_[:-1] in TITLES))
            and toks[k + 1].lower_ != "and"
            and not (t.lower_ == "general" and _org_word(toks[k + 1]))  # "General Synod of .."
            and not (t.lower_ == "general" and k > 0 and toks[k - 1].lower_ in ROMANCE_HEADS)
            # "Confederación General del Trabajo", "Asamblea General de Accionistas"
            and (
                inside is None
                or k <= inside
                or toks[k - 1].lower_ not in ("for", "of", "on", "the", "and", ",")
            )
            # "Medical Education Accreditation Council of Ostravia": a portfolio word before
            # the body's own word is part of its name
            and not (inside is not None and k < inside and t.lower_ in PORTFOLIO_WORDS)
        ),
        default=-1,
    )
    # "Premier Netball League of Corrimar": a title word opening a body's name is none
    if last_title >= 0 and not _org_word(toks[-1]) and not (inside and last_title < inside):
        if last_title > 0 and _nationality(toks[0], loose=True):
            out.append((toks[0].i, toks[0].i + 1, "NORP"))
        titled = True
        toks = toks[last_title + 1 :]
        while toks and toks[0].text == "-":
            toks = toks[1:]  # the hyphen of "Secretary[-]General" after its first title
    while toks and (toks[0].lower_ in FUNCTION_WORDS or toks[0].lower_ in _LINKS):
        if len(toks) > 1 and toks[1].text == "-" and not toks[0].whitespace_:
            break  # "Up-Country Plantation Workers' Front"
        if toks[0].text == "All" and _all_body(doc, toks[0].i + 1):
            break  # "All ASNL Employees' Federation", "All Progressives Congress"
        toks = toks[1:]  # "About Varra Materials" (a heading), "[Chief Executive] of Varra"
    if (
        last_title < 0
        and start > 1
        and doc[start - 1].lower_ in ("for", "of")
        and doc[start - 2].lower_ in TITLES
        and len(toks) > 2
        and not any(_org_word(t) for t in toks)
    ):
        # "Minister for [Enterprise] Ciarán Foley": the portfolio, then her; "President of
        # [Altynstan] Bakhtiyar Osmonov": the country, then him
        toks = toks[1:]
        while len(toks) > 2 and (toks[0].lower_ in PORTFOLIO_TAIL or toks[1].lower_ == "and"):
            toks = toks[1:] if toks[0].lower_ in PORTFOLIO_TAIL else toks[2:]
    if _after_portfolio(doc, start):
        # "Minister of Agriculture and [Rural Development Nguyen Thanh Ha]": the rest of
        # the portfolio, then the minister
        while len(toks) > 2 and (
            toks[0].lower_ in PORTFOLIO_WORDS
            or (len(toks) > 3 and toks[1].lower_ in PORTFOLIO_WORDS)
        ):
            toks = toks[1:]  # also "[Constitutional] Affairs Beatrix Olumide-Hart"
        if all(t.lower_ in PORTFOLIO_WORDS for t in toks) or (
            len(toks) == 2 and toks[-1].lower_ in PORTFOLIO_WORDS and not _org_word(toks[0])
        ):
            return out  # also "Minister for [Advanced Education], Skills and ..."
    if not toks or all(t.lower_.rstrip(".") in _TITLE_ONLY for t in toks):
        return out  # "The Chairman of ...", "Chief (Mrs) ...": titles only, no name
    described = _opening_trade(doc, toks)
    if described:
        toks = toks[1:]  # "Developer Harcourt Lane has agreed ...": a company called by its trade
    s, e = toks[0].i, toks[-1].i + 1
    if start > 0 and doc[start - 1].lower_ in TITLES and doc[start - 1].tag_ == "NN":
        titled = True  # "coach Marco Bellini", "spokeswoman Irma Tolk"
    words = [t.lower_ for t in toks]
    if (
        described
        or any(_org_word(t) for t in toks)
        or "&" in words  # "Harrow & Pike Tobacco"
        or (len(toks) > 2 and words[0] in STATE_HEADS)
        or (len(toks) > 3 and words[1] in STATE_HEADS and words[2] == "of")
        or (len(toks) > 1 and words[-1] in STATE_HEADS)  # "Lagos State Government"
        or (words[0] in ROMANCE_HEADS and any(w in ROMANCE_LINKS for w in words[1:-1]))
    ):  # "Câmara Municipal de Santa Olaia"
        label = "ORG"  # "Government of Sankara", "Federal Government of Morundi"
    elif words[-1] in PLACE_WORDS or words[0] in PLACE_WORDS:
        label = "LOC"
    elif len(toks) == 1 and _nationality(toks[0]):
        label = "NORP"
    elif titled or len(toks) in (2, 3):
        label = "PERSON"
    elif start > 0 and doc[start - 1].lower_ in _LOCATIVE:
        label = "GPE"
    else:
        label = "PERSON"  # a lone unknown name: read as ambiguous by the resolution context
    out.append((s, e, label))
    return out


# Bodies numbered after their name ("School District 23", "Teamsters Local 120").
_NUMBERED = frozenset("district local ward precinct division lodge chapter branch".split())


def _numbered_bodies(toks: list[Token], found: list[tuple[int, int, str]], ruled: list[Any]):
    """A name ending in a numbered body's word, and the number after it: one name (the
    tagger's span of the number, in `ruled`, is dropped)."""
    numbers = {s: e for s, e, label in found if label == "CARDINAL" and e == s + 1}
    numbers.update({e.start: e.end for e in ruled if e.label_ == "CARDINAL" and len(e) == 1})
    out, merged = [], set()
    for start, end, label in found:
        number_end = numbers.get(end)
        if (
            label in ("ORG", "PERSON")
            and number_end is not None
            and toks[end - 1].lower_ in _NUMBERED
            and toks[end].text.isdigit()
            and len(toks[end].text) <= 4
            and not (len(toks[end].text) == 4 and toks[end].text[:2] in ("19", "20"))
        ):
            out.append((start, number_end, "ORG"))
            merged.add(end)
            ruled[:] = [e for e in ruled if e.start != end]
        else:
            out.append((start, end, label))
    return [(s, e, label) for s, e, label in out if not (label == "CARDINAL" and s in merged)]


def _titled_person(doc: Doc, i: int, j: int) -> bool:
    """Are the proper words i..j a title and then a name ("Prime Minister Liv Sandaker"), not
    titles alone ("Prime Minister's Office")?"""
    words = [doc[k].lower_ for k in range(i, j + 1)]
    if words[0] not in _TITLE_ONLY or words[0] == "general":  # "General Transport Workers'"
        return False
    rest = words[next((k for k, w in enumerate(words) if w not in TITLES), len(words)) :]
    return bool(rest) and not any(
        organisation_word(doc[i + len(words) - len(rest) + k].text) for k in range(len(rest))
    )


def _after_portfolio(doc: Doc, start: int) -> bool:
    """Does a run start inside a minister's portfolio: "Minister of [Agriculture]",
    "Secretary for Trade and [Industry ...]"?"""
    k = start - 1
    if k > 1 and doc[k].lower_ in ("and", ",") and remit_word(doc[k - 1].lower_):
        k -= 2  # "Minister of Culture, Sport and [Youth Affairs Halvard Brenn]"
        while k > 1 and (
            remit_word(doc[k].lower_)
            or doc[k].lower_ in (",", "and")
            or (doc[k].text[:1].isupper() and remit_word(doc[k + 1].lower_))
        ):  # also "Minister for [Advanced] Education, Skills and [Training X]", "Minister of
            # Justice, [Human] Rights and [Constitutional Affairs X]"
            k -= 1
    if (
        k >= 3
        and doc[k].lower_ == "for"
        and " ".join(t.lower_ for t in doc[k - 3 : k])
        in ("secretary of state", "minister of state")
    ):
        return True  # "Secretary of State for [Migration Rui Valadares]"
    return k > 0 and doc[k].lower_ in ("of", "for", "on") and doc[k - 1].lower_ in _PORTFOLIO_OF


# Titles and bodies written before a portfolio: "Minister of", "Attorney General for",
# "Commissioner for", "Joint Committee on".
_PORTFOLIO_OF = frozenset(
    "minister secretary general commissioner committee mayor director member governor".split()
)


def _opening_trade(doc: Doc, toks: list[Token]) -> bool:
    """Does the run open its sentence with a trade written with a capital only because it
    opens it ("Developer Harcourt Lane", "Miner Tarrant Resources", "Carmaker Velto")?"""
    first = toks[0]
    at_start = first.i == 0 or doc[first.i - 1].text in ("—", "–", "-", "--", ":")
    low = first.lower_
    trade = low in _TRADES or (low.endswith("maker") and len(low) > 6)
    return len(toks) > 1 and at_start and trade


# Trades that open a sentence before a company's name but rarely a name itself (not "Bank",
# "Network", "University", which open "Network Rail" or "University College Dublin").
_TRADES = frozenset(
    """
    developer builder housebuilder miner retailer insurer lender manufacturer producer supplier
    broadcaster publisher brewer shipper shipbuilder grocer distributor exporter importer refiner
    processor wholesaler conglomerate operator carrier promoter streamer exhibitor airline telco
    startup start-up
    """.split()
)


def _nationality(tok: Token, loose: bool = False) -> bool:
    """ "Veskari", "Yemeni", "European": a capitalised adjective, or a demonym-like word."""
    if tok.tag_ == "JJ":
        return True
    return (tok.tag_ == "NNPS" or loose) and bool(_DEMONYM.search(tok.lower_))
