"""Aliases and kinds read off how names recur in an article: short names of organisations,
organisations named by their first word, and the full names of lone surnames."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from digest.facts.context import Context
from digest.facts.lexicon import FUNCTION_WORDS, PAPER_NAMES
from digest.facts.namewords import DEMONYM, PARTICLES, PORTFOLIO_TITLES, TITLES
from digest.facts.scan import first_names_before
from digest.model import Sentence

_NOT_FIRST_NAME = frozenset(
    """
    The A An In On At And But For If As After Before While When Mr Mrs Ms Dr President Minister
    Prime Secretary General Governor Senator Judge Chancellor King Queen Prince Sir Lord Lady
    Spokesman Spokeswoman Chief Director Chairman Mayor Ambassador Envoy Commissioner Captain
    North South East West New Upper Lower Greater Saint St Port Fort Lake Mount Cape
    """.split()
)


def first_word_names(sentences: Sequence[Sentence], ctx: Context) -> None:
    """ "Metrolink Eastern" ... "Metrolink will pay": a name whose first word stands alone
    elsewhere (and its last word never does) is an organisation, not a person (people are
    named again by their surname)."""
    candidates = []
    for name, kind in ctx.kinds.items():
        parts = name.split()
        if (
            kind == "person"
            and len(parts) == 2
            and ctx.kinds.get(parts[0], "ambiguous") == "ambiguous"
            and parts[1].lower() not in PAPER_NAMES  # not the "Laurentide Herald" masthead
        ):
            candidates.append((name, parts[0], parts[1]))
    if not candidates:
        return
    text = " ".join(s.text for s in sentences)
    words = _WORDS.findall(text)
    needed = {w for _name, first, last in candidates for w in (first, last)}
    wanted_pairs = {(first, last) for _name, first, last in candidates}
    single = Counter(w for w in words if w in needed)
    pairs = Counter(p for p in zip(words, words[1:], strict=False) if p in wanted_pairs)
    for name, first, last in candidates:
        together = pairs[(first, last)]
        if single[first] > together and single[last] <= together:
            # "Finance Minister Ganbold Tserenpuntsag" ... "Ganbold said": a person named by
            # the first word of the name
            if not (_after_title(text, name) or _after_title(text, first)):
                ctx.kinds[name] = "org"
            ctx.aliases.setdefault(first, name)


_WORDS = re.compile(r"[\w'’-]+")


def _after_title(text: str, name: str) -> bool:
    """Is the name written somewhere right after a title ("Finance Minister X", "Ms X")?"""
    for m in re.finditer(rf"(\w+)\.? {re.escape(name)}\b", text):
        if m.group(1).lower() in TITLES - PORTFOLIO_TITLES:  # not "opposition Social Democrats"
            return True
    return False


def short_names_of_organisations(text: str, ctx: Context) -> None:
    """ "Brightwater" after "Brightwater Energy": a lone word that starts exactly one
    two-word organisation name is that organisation (not "Sarenne" of "Sarenne Bankers'
    Association", which may be a place; not "the SABC" beside "SABC Sport", an acronym
    written as a name of its own). `text` is the article's sentences, one per line."""
    orgs = [
        n
        for n, k in ctx.kinds.items()
        if k == "org" and len(n.split()) == 2 and n.split()[-1].lower() not in PAPER_NAMES
    ]  # "Laurentide" of a story is not the "Laurentide Herald" that printed it
    for name, kind in list(ctx.kinds.items()):
        if " " in name or kind not in ("ambiguous", "org") or name in ctx.aliases:
            continue
        if name.isupper() and re.search(rf"\b[Tt]he {re.escape(name)}\b(?! [A-Z])", text):
            continue
        owners = [o for o in orgs if o.split()[0] == name]
        if len(owners) == 1:
            ctx.aliases[name] = owners[0]


# The letters that make a town's name a club's ("Geelong Bay FC", "Kilkee Seafields RFC").
_CLUB_SUFFIXES = frozenset("FC AFC SC CF RFC RUFC FK SK".split())


def clubs_by_their_town(ctx: Context) -> None:
    """ "Geelong Bay also confirmed ..." after "Geelong Bay FC": a club is written without its
    letters, so the bare name, which the tagger takes for the place, is the club."""
    for name in list(ctx.kinds):
        parts = name.split()
        if len(parts) < 2 or parts[-1] not in _CLUB_SUFFIXES or ctx.kinds[name] != "org":
            continue
        town = " ".join(parts[:-1])
        if ctx.kinds.get(town) in ("place", "ambiguous") and town not in ctx.aliases:
            ctx.aliases[town] = name


# What follows a company's name when it is the subject: "Varnholt did not", "Varnholt said".
_VERB_AFTER = (
    "(?:said|says|did|does|has|have|had|is|was|will|would|also|agreed|declined|refused|"
    "added|told|confirmed|denied|plans|wants|could|can|may|must|should)"
)


def first_words_alone(text: str, ctx: Context) -> None:
    """ "Varnholt did not admit liability" after "Varnholt Chemicals": the first word of a
    company's two-word name, written alone before a verb or a comma in a sentence that was not
    parsed, is that company, when no other name starts with it and it is no known name itself."""
    from digest.facts.namewords import PLACE_WORDS
    from digest.facts.orgwords import organisation_word

    starts: dict[str, list[str]] = {}
    for n in ctx.kinds:
        parts = n.split()
        if len(parts) >= 2:
            starts.setdefault(parts[0], []).append(n)
    for first, names in starts.items():
        if len(names) != 1 or first in ctx.kinds or first in ctx.aliases:
            continue
        name = names[0]
        parts = name.split()
        if (
            ctx.kinds[name] != "org"
            or len(parts) != 2
            or not organisation_word(parts[1])
            or organisation_word(first)
            or first.lower() in PLACE_WORDS | TITLES | FUNCTION_WORDS
            or not first.isalpha()
            or re.fullmatch(DEMONYM, first)  # "European countries", "Palestinian officials"
        ):
            continue
        if re.search(rf"\b{re.escape(first)}(?: {_VERB_AFTER}\b|, which\b)", text):
            ctx.aliases[first] = name  # "Varnholt did not", "Varnholt, which"


def full_names_of_lone_surnames(text: str, ctx: Context) -> None:
    """ "Keller" (parsed) and "Marta Keller" (in a sentence not parsed): Keller is Marta Keller."""
    lone = [n for n, k in ctx.kinds.items() if k in ("ambiguous", "person") and " " not in n]
    # a word of an organisation or place name is no first name ("Varra Materials Varra ...")
    # nor is the last word of another name ("Varra Materials" ... "Materials Varra")
    taken: dict[str, set[str]] = {}  # word -> the names it belongs to
    for n, k in ctx.kinds.items():
        words = n.split() if k in ("org", "place") else n.split()[-1:] if " " in n else []
        for w in words:
            taken.setdefault(w, set()).add(n)
    for name in lone:
        if text.count(name) < 2:
            continue  # "Marta Keller" and "Keller": the name occurs at least twice
        for first, full in first_names_before(text, name):
            if taken.get(first, {full}) - {full}:
                continue
            if first not in _NOT_FIRST_NAME and first.lower() not in FUNCTION_WORDS:
                ctx.aliases[name] = full
                ctx.kinds[full] = "person"
                break


def surname(name: str) -> str:
    """The word a story calls a person by: the last, or the one before a given name written
    after it with a hyphen ("Ronald Fung Chi-keung" is Mr Fung)."""
    parts = name.split()
    if len(parts) > 2 and _GIVEN_AFTER.fullmatch(parts[-1]):
        return parts[-2]
    return parts[-1]


_GIVEN_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]{1,5}")


def surnames_opening_sentences(sentences: Sequence[Sentence], ctx: Context) -> None:
    """ "Blask was more cautious.": a sentence that opens with the surname of the one person
    of the story who has it (the name rules skip a capitalised first word)."""
    owners: dict[str, list[str]] = {}
    for name, kind in ctx.kinds.items():
        if kind == "person" and " " in name and name not in ctx.aliases:
            owners.setdefault(surname(name), []).append(name)
    openers = {m.group(1) for s in sentences if (m := _OPENING_NAME.match(s.text))}
    for word, names in owners.items():
        if len(names) == 1 and word in openers and word not in ctx.kinds:
            ctx.aliases.setdefault(word, names[0])


_OPENING_NAME = re.compile(r"^([A-Z][\w'’-]*)(?=,? [a-z])")


# the particles the name rules join with a hyphen ("al-Neyri"), so the two agree
_PARTICLE_PREFIX = re.compile(rf"^(?:{'|'.join(sorted(PARTICLES))})-", re.I)


def surnames_after_particles(ctx: Context) -> None:
    """ "Neyri" (of "al-Neyri" the parse cut) is Hamad al-Neyri, when one person has it."""
    owners: dict[str, list[str]] = {}
    for name, kind in ctx.kinds.items():
        parts = name.split()
        bare = _PARTICLE_PREFIX.sub("", parts[-1]) if len(parts) > 1 else parts[-1]
        if kind == "person" and bare != parts[-1]:
            owners.setdefault(bare, []).append(name)
    for bare, names in owners.items():
        if len(names) == 1 and ctx.kinds.get(bare) in ("ambiguous", "person", None):
            ctx.aliases.setdefault(bare, names[0])


# Particles that open a two-word surname ("Al Ketbi", "Ben Harrak", "van Dijk").
_SURNAME_PARTICLES = PARTICLES | {"ben", "abu"}


def surnames_with_particles(ctx: Context) -> None:
    """ "Al Ketbi" (or "Ms Al Suwaidi") is Saif Rashid Al Ketbi, when one person's name ends
    in it."""
    owners: dict[str, list[str]] = {}
    for name, kind in ctx.kinds.items():
        parts = name.split()
        if kind == "person" and len(parts) > 2 and parts[-2].lower() in _SURNAME_PARTICLES:
            owners.setdefault(" ".join(parts[-2:]), []).append(name)
        first = next((k for k, w in enumerate(parts) if k > 1 and w in PARTICLES), None)
        if kind == "person" and first is not None and first < len(parts) - 1:
            # "Ibáñez de la Fuente" of "Gustavo Ibáñez de la Fuente": the surname before
            # the particles with them
            owners.setdefault(" ".join(parts[first - 1 :]), []).append(name)
    for tail, names in owners.items():
        if (
            len(names) == 1
            and tail not in ctx.aliases
            and ctx.kinds.get(tail) != "place"  # NER may call "Ms Al Suwaidi" an org
        ):
            ctx.aliases[tail] = names[0]
            ctx.kinds.pop(tail, None)
            if ctx.aliases.get(tail.split()[-1]) == tail:
                ctx.aliases[tail.split()[-1]] = names[0]  # "Suwaidi" too


_TO_BE_CALLED = re.compile(
    r"\b(?:a|an|the) (?:(?:single|new|combined|merged|enlarged|joint) )+(?:[a-z-]+ )?"
    r"(?P<noun>[a-z]+),? "
    r"(?:to be|which will be|that will be) (?:called|named|known as) (?:the )?"
    r"(?P<name>[A-Z][\w'’&.-]*(?: (?:of |and |for )?[A-Z][\w'’&.-]*)*)"
)


def names_to_be_given(sentences: Sequence[Sentence], ctx: Context) -> None:
    """ "merge into a single trust, to be called Tarrow Valley Hospitals Trust": a later "the
    combined trust" or "the trust" is that name."""
    for s in sentences:
        for m in _TO_BE_CALLED.finditer(s.text):
            name = m.group("name")
            ctx.kinds.setdefault(name, "org")
            ctx.described.setdefault(m.group("noun"), []).append((s.index, m.start(), name))


def acronyms_in_brackets(text: str, ctx: Context) -> None:
    """ "the Food and Retail Workers' Union (FRWU)": the acronym in brackets after a name is
    that name wherever it stands alone; the name is the run of words before the bracket whose
    initials spell the acronym (so "Multimedia Authority" of a longer name is not taken)."""
    for name in [n for n in ctx.kinds if _ACRONYM.fullmatch(n) and n not in ctx.aliases]:
        for m in re.finditer(rf"\(\s*{re.escape(name)}\s*\)", text):
            before = text[max(0, m.start() - 200) : m.start()].rstrip()
            full = _spelled_by(name, before) or _initials_within(name, before, ctx)
            if full is not None:
                ctx.kinds.setdefault(full, "org")
                ctx.aliases[name] = full
                for part in [n for n in ctx.kinds if n != full and " " in n and _cut(full, n)]:
                    ctx.aliases[part] = full  # "Multimedia Authority", a name cut at its "and"
                break


def short_names_in_brackets(text: str, ctx: Context) -> None:
    """ "Corporación Minera Nacional del Altiplano (Cominal)": a one-word name in brackets
    right after an organisation's name, with the name's first letter, is that organisation
    (not "(Reuters)" after a company's name)."""
    orgs = [n for n, k in ctx.kinds.items() if k == "org" and " " in n]
    for m in _BRACKETED.finditer(text):
        short = m.group(1)
        if short not in ctx.kinds or short in ctx.aliases or _ACRONYM.fullmatch(short):
            continue
        if short in _AGENCIES:
            continue
        before = text[max(0, m.start() - 200) : m.start()].rstrip()
        full = next((o for o in orgs if before.endswith(o) and o[0] == short[0]), None)
        if full is not None:
            ctx.aliases[short] = full


_BRACKETED = re.compile(r"\(\s*([A-Z][\w'’-]*)\s*\)")


_AGENCIES = frozenset("Reuters Bloomberg AFP AP Xinhua Bernama Yonhap Kyodo Interfax".split())


def _initials_within(acronym: str, before: str, ctx: Context) -> str | None:
    """ "International Transport Workers' Federation (ITF)": an organisation named right
    before the bracket whose initials hold the acronym's letters in order, from its first
    word's to its last word's."""
    for name, kind in ctx.kinds.items():
        if kind != "org" or " " not in name or not before.endswith(name):
            continue
        initials = [w[0] for w in name.split() if w[:1].isupper()]
        if not initials or initials[0] != acronym[0] or initials[-1] != acronym[-1]:
            continue
        rest = iter(initials[1:-1])
        if all(letter in rest for letter in acronym[1:-1]):
            return name
    return None


def _spelled_by(acronym: str, before: str) -> str | None:
    """The words ending `before` whose capitalised initials are `acronym`, small linking
    words allowed between them ("Food and Retail Workers' Union" for FRWU)."""
    words = before.split()
    letters = list(acronym.replace("&", ""))
    k = len(words)
    while letters and k > 0:
        word = words[k - 1]
        k -= 1
        if word.lower() in _LINKING:
            continue
        if not word[:1].isupper() or word[0] != letters[-1]:
            return None
        letters.pop()
    if letters or k == len(words):
        return None
    return " ".join(words[k:])


def _cut(full: str, part: str) -> bool:
    """Is `part` the name `full` cut at a linking word: its end after "and" ("Multimedia
    Authority"), or its start before "in"/"of" ("Movement for Justice and Equality" of
    "... in the North")?"""
    if full.endswith(" " + part):
        return True
    rest = full[len(part) :].split() if full.startswith(part + " ") else []
    return bool(rest) and rest[0] in ("in", "of")


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
_LINKING = frozenset("and of for the in & de".split())
