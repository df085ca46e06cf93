"""Facts without spaCy: regular expressions for names, commitments and speakers (degraded)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from digest.facts import lexicon as lx
from digest.facts.context import Context, Mention
from digest.facts.names import PARTICLES, TITLES, remit_word
from digest.facts.namewords import CAPITALS, PLACE_WORDS, PORTFOLIO_WORDS
from digest.facts.orgwords import ABBREVIATED, organisation_noun, organisation_word, trade_word
from digest.facts.quantity import parse_value
from digest.facts.quotes import attribute, find_quotes
from digest.facts.syntax import QUOTE_MARK
from digest.model import Entity, Fact, Quantity, Quote, Sentence

_CAP = rf"[{re.escape(CAPITALS)}][\w'’.-]*"  # also "Áine", "Øystein", "Ōtarewa"
_PARTICLE = "|".join(sorted(PARTICLES))  # "Ahmed ag Issouf", "Dirk van Dijk"
_NAME = rf"(?:the\s+)?{_CAP}(?:\s+(?:of\s+(?:the\s+)?|(?:{_PARTICLE})[\s-]+)?{_CAP})*"
_TITLES = re.compile(
    r"(?:President|Minister|spokesman|spokeswoman|Secretary|Chancellor|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|"
    r"chief|director|CEO|chairman|chairwoman|Governor|Senator|Judge|General|King|Queen)\s+$"
)
_STOP_CAPS = frozenset(
    "The A An In On At And But For It He She They We This That These Those If As After Before "
    "While When Neither Either Both Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)
_CONTROL_RE = "|".join(sorted(lx.verb_forms(lx.CONTROL - {"threaten"}), key=len))
_COMMIT_RE = re.compile(
    rf"(?P<actors>{_NAME}(?:(?:,\s+|\s+and\s+){_NAME})*)\s+"
    rf"(?P<action>(?:(?:has|have|had|did|does|do)\s+)?(?:not\s+|never\s+)?(?:also\s+)?"
    rf"(?:(?P<control>{_CONTROL_RE})\s+to\s+(?P<v2>[a-z]+)"
    rf"|(?P<modal>will|would|shall)\s+(?:not\s+)?(?:also\s+)?(?P<v1>[a-z]+)))"
    r"\s+(?P<object>[^,.;:\"“”()]+)"
)
_SAID_IT = re.compile(rf"(?P<name>{_NAME})\s+(?:said|says|announced|stated)\s+(?:that\s+)?it\s+")
_NUMBER = re.compile(
    r"[$€£]?\d[\d,]*(?:\.\d+)?(?:\s+(?:million|billion|trillion))?%?"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred)\b"
)
_CLAUSE_CUT = re.compile(
    rf"\s+(?:and|but|while|as)\s+(?:{_NAME}|it|they)\s+(?:will|would|has|have)\b"
)
_SAY_RE = "said|says|added|told|stated|announced|wrote|noted"
# "said Halvane's chief executive, Priya Dunmore": the person, not the body before the role
# ... also "said the group's chairman, Dmitar Solvik", "said the Comets’ owner, Gareth Pryce-Jones"
_OWNER = rf"(?:the\s+)?(?:{_CAP}(?:\s+{_CAP})*|[a-z]+)(?:'s|’s|(?<=s)['’])"
_ROLE_OF = rf"(?:{_OWNER}\s+(?:(?:[a-z-]+\s+){{0,2}}[a-z-]+,?\s+)?)?"
# "said VFF general secretary Hanne Ostrova", "said GroenLinks group leader Sanne de Wit": a
# body's name, its role words, then the person
_ROLES = "secretary|leader|executive|director|chairman|chairwoman|chair|president|spokesman|"
_ROLES += "spokeswoman|spokesperson|manager|coach|officer|head|founder|commissioner|counsel"
_BODY_ROLE = rf"(?:the\s+)?{_CAP}(?:\s+{_CAP})*\s+(?:[a-z-]+\s+)?(?:{_ROLES})\s+"
_SPEAKER_AFTER = re.compile(
    rf"^[\s,]*(?P<who>{_NAME}|he|she)\s+(?:{_SAY_RE})\b"
    rf"|^[\s,]*(?:{_SAY_RE})\s+{_BODY_ROLE}(?P<who3>{_NAME})"
    rf"|^[\s,]*(?:{_SAY_RE})\s+{_ROLE_OF}(?P<who2>{_NAME})"
)
_SPEAKER_BEFORE = re.compile(rf"(?P<who>{_NAME}|he|she)\s+(?:{_SAY_RE})(?:\s+that)?[\s,:]*$")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from digest.facts.nlp import country_patterns

    return frozenset(p["pattern"] for p in country_patterns())


def _organisation_name(name: str) -> bool:
    """ "Ministry of Finance", "Tarrant Basin Resources", "Harrow & Pike": a word of the name
    ends organisations' names (orgwords), or it has an ampersand."""
    words = [re.sub(r"(?:['’]s?|[.,;:])+$", "", w) for w in name.split()]
    return "&" in words or any(w == "Government" or organisation_noun(w) for w in words)


def _kind(name: str, text_before: str) -> str:
    bare = re.sub(r"^the\s+", "", name)
    if bare in _countries() or name in _countries():
        return "place"
    head = (strip_titles(bare) or bare).partition(" of ")[0]
    if _organisation_name(head):
        return "org"  # "Tarrant Basin Resources", "Bank of Ostmark"; not "Chief Executive X"
        # nor "Marco Bellini of the University of Turin"
    if len(bare.split()) > 1 and bare.split()[-1].lower() in PLACE_WORDS:
        return "place"  # "Frances Street", "Lake Imre": not a person for a later "she"
    if _TITLES.search(text_before) or len(name.split()) in (2, 3) and not name.startswith("the "):
        return "person"
    return "ambiguous"


def _names(sentences: Sequence[Sentence]) -> Context:
    ctx = Context()
    found: Counter = Counter()
    for s in sentences:
        for m in re.finditer(_NAME, s.text):
            name = m.group(0)
            if name.split()[0] in _STOP_CAPS and len(name.split()) == 1:
                continue
            name = re.sub(r"^(?:The|the)\s+", "", name) if name.split()[0] in ("The",) else name
            found[name] += 1
            kind = _kind(name, s.text[: m.start()])
            ctx.kinds.setdefault(name, kind)
            subject = bool(
                re.match(r"\s+(?:has |have |will |would |said|says|agreed)", s.text[m.end() :])
            )
            ctx.add(Mention(s.index, m.start(), name, ctx.kinds[name], subject))
    for name, kind in list(ctx.kinds.items()):
        if kind == "person" and len(name.split()) > 1:
            ctx.aliases.setdefault(name.split()[-1], name)
    ctx.finish()
    return ctx


def extract(sentences: Sequence[Sentence]) -> tuple[list[Fact], list[Quote], list[Entity]]:
    """Facts, quotes and entities of an article by rules alone."""
    ctx = _names(sentences)
    facts: list[Fact] = []
    for s in sentences:
        facts.extend(_facts(s, ctx))
    speaker_in = speaker_finder(sentences, ctx)
    quotes = attribute(find_quotes(sentences), sentences, speaker_in)
    counts = Counter(m.name for m in ctx.mentions)
    kinds = {"person": "person", "org": "organisation", "place": "place"}
    entities = [
        Entity(name=n, kind=kinds.get(ctx.kinds.get(n, ""), "other"), mentions=c)
        for n, c in counts.most_common()
    ]
    return facts, quotes, entities


def speaker_finder(sentences: Sequence[Sentence], ctx: Context):
    """A quote's speaker by patterns ("...," he said / Name said: "...")."""
    by_index = {s.index: s for s in sentences}

    def speaker_in(s_index: int, zones: list[tuple[int, int]]) -> str | None:
        s = by_index.get(s_index)
        if s is None:
            return None
        for a, b in zones:
            m = _SPEAKER_AFTER.match(s.text[b:])
            if m:
                group = next(g for g in ("who", "who3", "who2") if m.group(g))
                who = _minister_name(s.text, b + m.start(group), b + m.end(group))
                return _who(who, s_index, a, ctx)
            m = _SPEAKER_BEFORE.search(s.text[:a])
            if m:
                who = _minister_name(s.text, m.start("who"), m.end("who"))
                return _who(who, s_index, a, ctx)
        if not zones:
            m = re.search(rf"(?P<who>{_NAME}|he|she)\s+(?:{_SAY_RE})\b", s.text)
            if m:
                return _who(m.group("who"), s_index, m.start(), ctx)
        return None

    return speaker_in


def _who(word: str, s_index: int, offset: int, ctx: Context) -> str | None:
    if word.lower() in ("he", "she"):
        names = ctx.resolve_pronoun(word, s_index, offset)
        return names[0] if names else None
    name = strip_titles(word)
    if name.split()[-1].lower() in TITLES:
        # no name after the titles: the description is the speaker ("the Agriculture
        # Cabinet Secretary told"), not its last words
        name = re.sub(r"^(?:the|The)\s+", "", word)
    if name.endswith(".") and not re.search(r"\b[A-Z]\.$", name):
        name = name[:-1]  # "... said Anika Borell." ends the sentence, not the name
    person, _body = _person_of(name)
    return ctx.canonical(person or name)  # "Petra Voss of the Sarn Basin Institute": Voss


def _person_of(name: str) -> tuple[str, str]:
    """ "Sofia Brandt of Kessler Equity" -> the person and the body she speaks for; ("", "")
    when the words before "of" are no person's name ("Bank of the West", "Chief of Staff")."""
    person, of, body = name.partition(" of ")
    if (
        of
        and len(person.split()) >= 2
        and strip_titles(person) == person
        and not _organisation_name(person)
    ):
        return person, body
    return "", ""


def strip_titles(name: str) -> str:
    """ "Veskari Prime Minister Tavo Renk" -> "Tavo Renk": the name without the titles and the
    nationality before them."""
    words = name.split()
    k = 1 if len(words) > 2 and words[0].lower() == "the" and words[1].lower() in TITLES else 0
    while k < len(words) - 1 and (
        words[k].lower().strip(".") in TITLES
        or (k + 1 < len(words) - 1 and words[k + 1].lower() in TITLES and words[k][:1].isupper())
    ):
        k += 1
    while k and k < len(words) - 1 and words[k].lower() in ("of", "the", "at", "for"):
        k += 1  # "Chief Executive of Varra": the title's complement is not the name
    last = max(
        (j for j, w in enumerate(words[:-2]) if w.lower().strip(".") in _TITLES_BEFORE_NAME),
        default=-1,
    )
    person = words[last + 1 :]
    if (
        last >= k
        and len(person) <= 3
        and not any(organisation_word(w) for w in person)
        and all(w[:1].isupper() and w.lower() not in TITLES for w in person)
    ):
        # "Caprock Regional Health CEO Dr. [Alan Whitcomb]", "Minister of State [Devika Rao]":
        # a person's name after the last title of a longer run
        return " ".join(person)
    return " ".join(words[k:]) if k else name


# Titles a person's name may follow in a run ("Minister of State [Devika Rao]").
_TITLES_BEFORE_NAME = TITLES | {"state"}


_NAMED_SPEAKER = re.compile(
    rf"(?P<who>{_CAP}(?:\s+{_CAP}){{1,5}})(?:,[^,\"“”]{{1,80}},)?\s+(?:{_SAY_RE})\b"
)


def speaker_names(text: str) -> list[str]:
    """Person names that speak in a sentence ("Charles Michel, the EU's top diplomat, said"),
    titles dropped; two or three words, no organisation word."""
    out = []
    bodies = _remit_lists(text)  # not "[Digital Rights] said" of "Office of ... and Digital Rights"
    for m in _NAMED_SPEAKER.finditer(text):
        if any(start < m.start() < end for start, end in bodies):
            continue
        name = strip_titles(_without_portfolio(m.group("who"), text[: m.start("who")]))
        owner = _PERSON_OF.search(text[: m.start("who")])
        if owner is not None:
            name = owner.group("who")  # "Sofia Brandt of Kessler Equity said": the person
        words = name.split()
        if (
            2 <= len(words) <= 3
            and not any(organisation_word(w) for w in words)
            and words[0] not in _STOP_CAPS
        ):
            out.append(name)
    return out


_PERSON_OF = re.compile(rf"(?P<who>{_CAP}(?:\s+{_CAP}){{1,2}})\s+of\s+$")
# The open portfolio of a minister before a name run: "Minister of Culture, Sport and ".
# (also "Attorney General for", "Commissioner for", "Joint Committee on")
_MINISTER_OF = (
    r"\b(?:Minister|Secretary|General|Commissioner|Committee)(?:\s+of\s+State)?\s+(?:of|for|on)\s+"
)
_PORTFOLIO_OPEN = re.compile(rf"{_MINISTER_OF}(?:{_CAP},?\s+)+and\s+$")
_MINISTER_LIST = re.compile(
    rf"(?:{_CAP}\s+)*?{_MINISTER_OF}(?:{_CAP},?\s+)+and\s+(?P<rest>{_CAP}(?:\s+{_CAP})*)"
)
_PORTFOLIO_LIST = re.compile(rf"{_MINISTER_OF}(?:{_CAP},\s+)+$")


def _minister_name(text: str, start: int, end: int) -> str:
    """The name a speaker pattern found at text[start:end], or the minister's name when the
    pattern stopped inside a portfolio list ("[Minister of Culture], Heritage and Media Ondrej
    Palvik", "Minister of Culture, Sport and [Youth Affairs Halvard Brenn]")."""
    who = text[start:end]
    if _PORTFOLIO_OPEN.search(text[:start]):
        return _without_portfolio(who, text[:start])
    m = _MINISTER_LIST.match(text, start)
    if m:
        return _without_portfolio(m.group("rest"), text[: m.start("rest")])
    return who


def _without_portfolio(name: str, before: str) -> str:
    """ "Minister of Culture, Sport and [Youth Affairs Halvard Brenn]": the minister's name
    without the end of the portfolio."""
    if not _PORTFOLIO_OPEN.search(before):
        return name
    words = name.split()
    k = 0
    while k < len(words) - 2 and words[k].lower() in PORTFOLIO_WORDS:
        k += 1
    return " ".join(words[k:])


# "Transport and Allied Workers’ Federation", "Adum Traders and Shop Owners Association": one
# name, when the words after "and" end in an organisation word and those before have none.
_JOINED = re.compile(rf"{_CAP}(?:\s+{_CAP})?\s+and\s+{_CAP}(?:\s+{_CAP}){{0,3}}")


# "Office of Data Protection and Digital Rights": a body, "of", and a list of its remit
_REMIT_LIST = re.compile(
    rf"{_CAP}(?:\s+{_CAP})*\s+of\s+(?:the\s+)?(?P<list>{_CAP}(?:,?\s+{_CAP})*\s+(?:and|&)\s+"
    rf"{_CAP}(?:\s+{_CAP}){{0,2}})(?!\s+{_CAP})"
)


def _remit_lists(text: str) -> list[tuple[int, int]]:
    """Spans of bodies named with a remit list after "of" (see _REMIT_LIST): every item's
    last word a remit word, and nothing but remit words after the "and"."""
    out = []
    for m in _REMIT_LIST.finditer(text):
        head = text[m.start() : m.start("list")].split()
        items = re.split(r",?\s+(?:and|&)\s+|,\s+", m.group("list"))
        tail = items[-1].split()
        if (
            any(organisation_noun(w) for w in head)
            and all(remit_word(i.split()[-1].lower()) for i in items)
            and all(remit_word(w.lower()) for w in tail)
        ):
            skip = len(head[0]) + 1 if head[0] == "The" else 0  # "The Federation of ..."
            out.append((m.start() + skip, m.end()))
    return out


def _joined_names(text: str) -> list[tuple[int, int]]:
    """Spans of names joined by "and" (see _JOINED)."""
    out = []
    for m in _JOINED.finditer(text):
        first, _, rest = m.group(0).partition(" and ")
        last = rest.split()[-1].rstrip("’'")
        words = first.split()
        if words[0] in _STOP_CAPS or any(organisation_noun(w) and not trade_word(w) for w in words):
            continue  # "Veskar Bank and Tolmany Bank" are two
        if any(w.isupper() and len(w) > 1 for w in m.group(0).split()):
            continue  # "UPS and Deutsche Post", "BBC One and BBC News": names of their own
        if organisation_noun(last) and not last.isupper():
            out.append((m.start(), m.end()))
    return out


_OF_NAME = re.compile(rf"{_CAP}\s+of\s+(?:the\s+)?$")  # "Ministry of [A and B]"
_PAIR = re.compile(rf"(?P<a>{_CAP}(?:\s+{_CAP})*)\s+and\s+(?P<b>{_CAP}(?:\s+{_CAP})*)")


def _body_after_the(words: list[str]) -> bool:
    """ "The Central Bank of Zahraan": after "the", a body's whole name (an organisation word
    in it, no title word inside as in "The Northern Health Board", no stop word first)."""
    name = " ".join(words)
    return (
        any(map(organisation_noun, words))
        and words[0] not in _STOP_CAPS
        and strip_titles(name) == name
    )


def names_by_rule(text: str) -> tuple[dict[str, str], list[tuple[int, tuple[str, ...], bool]]]:
    """Names of a sentence that was not parsed, with a kind guessed from their words (country,
    organisation word, title), and the pairs "A and B" (offset, names, at the start)."""
    kinds: dict[str, str] = {}
    remit = _remit_lists(text)
    joined = _joined_names(text) + remit
    for start, end in joined:
        kinds.setdefault(text[start:end], "org")
    for m in re.finditer(_NAME, text):
        if any(start <= m.start() < end for start, end in joined) or any(
            m.start() < start < m.end() for start, _end in remit
        ):
            continue  # a part of "Transport and Allied Workers’ Federation" (or "the" before
            # "Office of Data Protection and Digital Rights")
        name = m.group(0)
        words = name.split()
        if words[0] in ("the", "The") and len(words) > 2 and organisation_noun(words[1]):
            name, words = " ".join(words[1:]), words[1:]  # "the Department of Education"
        elif words[0] in ("the", "The") and len(words) > 2 and _body_after_the(words[1:]):
            name, words = " ".join(words[1:]), words[1:]  # "The Central Bank of Zahraan"
        if (
            words[0] in _STOP_CAPS
            or words[0] in ("the", "The")
            or m.start() == 0
            and len(words) == 1
        ):
            continue  # a capitalised first word is most often not a name
        if re.search(r"-[a-z]", name):
            continue  # "European-made"
        name = _without_full_stop(_without_portfolio(name, text[: m.start()]))
        person, body = _person_of(name)
        if person and not re.match(r"(?:the|The)\s", body):
            # "Sofia Brandt of Kessler Equity": a person and the body she speaks for
            kinds.setdefault(person, "person")
            kinds.setdefault(body, "org")
            continue
        bare = re.sub(rf"^(?:{_PARTICLE})\s+", "", strip_titles(name))  # "Mr da Silva": Silva
        kinds.setdefault(bare, _kind(name, text[: m.start()]))
    pairs = []
    for m in _PAIR.finditer(text):
        if any(start <= m.start() < end for start, end in joined):
            continue
        a, b = m.group("a"), m.group("b")
        if _OF_NAME.search(text[: m.start()]) or _PORTFOLIO_LIST.search(text[: m.start()]):
            continue  # "the Ministry of Energy and Mines": one name, not two parties; also
            # "Minister of Culture, [Sport and Youth Affairs Halvard Brenn]"
        if a.split()[0] not in _STOP_CAPS and b.split()[0] not in _STOP_CAPS:
            pairs.append((m.start(), (a, _without_full_stop(b)), m.start() == 0))
    return kinds, pairs


def _without_full_stop(name: str) -> str:
    """A name without the sentence's full stop ("Rimal Airports."); "U.S.", "Halden Co." and
    "Lumeris Inc." keep their own."""
    return name if _KEEPS_STOP.search(name) else name.rstrip(".")


# Names whose full stop is their own: initials, company forms, "Jr.", "St.".
_FORMS = "|".join(sorted(w.capitalize() for w in ABBREVIATED.values()))
_KEEPS_STOP = re.compile(rf"\b(?:[A-Z]|{_FORMS}|Jr|Sr|St)\.$")


def quote_speaker_by_rule(text: str) -> bool:
    """Does a pattern name the speaker of the quotes of this sentence ("..., he said", "Name
    said: ...")? Then the sentence needs no parse for its quotes."""
    zones = [(q.para_start, q.para_end) for q in find_quotes([Sentence(0, text)])]
    for a, b in zones:
        if _SPEAKER_AFTER.match(text[b + 1 :]) or _SPEAKER_BEFORE.search(text[:a]):
            return True
    marks = [m.end() for m in QUOTE_MARK.finditer(text)]
    rest = text[marks[-1] :] if marks and not zones else ""
    if re.search(rf"\b(?:{_SAY_RE})\b", rest):
        # the end of a quote opened in an earlier sentence, said by someone after it ('...
        # priority," managing director Vikram Ranjit said'): the pattern must name the speaker
        return bool(_SPEAKER_AFTER.match(rest))
    return not zones


def _facts(s: Sentence, ctx: Context) -> list[Fact]:
    out = []
    for m in _COMMIT_RE.finditer(s.text):
        verb = m.group("v2") or m.group("v1")
        lem = lx.verb_lemma(verb)
        control = m.group("control")
        if lem in lx.NOT_COMMIT or lem in lx.SAY:
            continue
        if control is None and lem not in lx.COMMIT:
            continue
        actors_text = m.group("actors")
        actors = tuple(a for a in re.split(r",\s+|\s+and\s+", actors_text) if a)
        if any(a.split()[0] in _STOP_CAPS and len(a.split()) == 1 for a in actors):
            continue
        obj = _CLAUSE_CUT.split(m.group("object"))[0].strip()
        obj = re.split(r"\s+(?:if|unless|by|after|before|because)\s+", obj)[0].strip()
        action = m.group("action")
        negative = bool(re.search(r"\b(?:not|never)\b", action))
        if control and lx.verb_lemma(control) in lx.REFUSE:
            negative = not negative
        modality = "future" if m.group("modal") else "asserted"
        if re.search(r"\b(?:said|says|announced|told)\b", s.text[: m.start()]):
            modality = "reported"
        if re.search(r"\b(?:if|unless)\b", s.text[m.end() - len(m.group("object")) :]):
            modality = "conditional"
        out.append(
            Fact(
                actors=actors,
                action=action,
                object=obj,
                counterparty=None,
                polarity="negative" if negative else "positive",
                modality=modality,
                quantity=_quantity(obj),
                sentence_index=s.index,
                sentence=s.text,
            )
        )
    for m in _SAID_IT.finditer(s.text):
        rest = s.text[m.end() :]
        inner = re.match(
            r"(?P<action>(?:will|would)\s+(?:not\s+)?(?:also\s+)?(?P<v>[a-z]+))\s+(?P<object>[^,.;:]+)",
            rest,
        )
        if not inner or lx.verb_lemma(inner.group("v")) in lx.NOT_COMMIT:
            continue
        obj = _CLAUSE_CUT.split(inner.group("object"))[0].strip()
        negative = " not " in f" {inner.group('action')} "
        out.append(
            Fact(
                actors=(ctx.canonical(m.group("name")),),
                action=inner.group("action"),
                object=obj,
                counterparty=None,
                polarity="negative" if negative else "positive",
                modality="reported",
                quantity=_quantity(obj),
                sentence_index=s.index,
                sentence=s.text,
            )
        )
    return out


def _quantity(obj: str) -> Quantity | None:
    m = _NUMBER.search(obj)
    if not m:
        return None
    value = parse_value(m.group(0))
    if value is None:
        return None
    rest = obj[m.end() :].split()
    unit = " ".join(rest[:3]) if rest and not any(c in m.group(0) for c in "$€£%") else None
    return Quantity(number=m.group(0), unit=unit or None, value=value)
