"""Article-wide memory for the facts step: who was mentioned where, and what "it" or "he" means."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from digest.facts.honorifics import strip_honorific
from digest.facts.lexicon import COMPANY_NOUNS, GROUP_NOUNS, INSTITUTIONS, PLACE_NOUNS
from digest.facts.orgwords import ROMANCE_NAMES_OF

_BLOC_NOUNS = frozenset("bloc alliance coalition".split())  # not "union": a trade union
# Last words of the names of trade unions ("the union" may be any of them).
_LABOUR_WORDS = frozenset("union unions association federation guild alliance workers".split())
# the members a union is "of"
_MEMBERS = frozenset(
    """
    teachers lecturers workers employees players doctors nurses pilots drivers journalists
    farmers miners dockers seafarers engineers musicians actors artists writers editors
    physicians midwives firefighters footballers cricketers athletes officers staff
    """.split()
)

_PUBLIC_BODIES = frozenset(
    """
    council ministry parliament party court committee authority commission government assembly
    senate congress agency department police army cabinet office board
    ministerio partido movimiento movimento junta cámara comunidad
    """.split()
)


def _public_body(name: str) -> bool:
    """ "Pellingford Borough Council", "Ministry of Health": a public body, not a company."""
    words = name.lower().split()
    head = _head_before_of(words)  # "Supreme Court of X"
    return bool(words) and any(w in _PUBLIC_BODIES for w in [words[0], words[-1], *head])


def _head_before_of(words: list[str]) -> list[str]:
    """The word before a name's "of" ("court" of "Supreme Court of X"), if it has one."""
    return words[: words.index("of")][-1:] if "of" in words[1:] else []


def _labour_body(name: str) -> bool:
    """ "Food and Retail Workers' Union", "Pilots' Association": a trade union's name."""
    words = name.lower().split()
    if len(words) > 2 and words[0] in _LABOUR_WORDS and words[1] == "of":
        # "Association of University Teachers and Lecturers", "Union of ... Players"
        return words[-1] in _MEMBERS
    if words and words[0] in _ROMANCE_UNIONS:
        return True  # "Sindicato dos Estivadores do Sul"
    if _head_before_of(words) == ["union"] and words[0] != "credit":
        return True  # "Maritime Union of Australia"
    return words[-1] in _LABOUR_WORDS and words[-2:] != ["credit", "union"]


_ROMANCE_UNIONS = frozenset("sindicato sindicat syndicat sindikat".split())


KIND_OF_LABEL = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
# "Tucson City Council": the place a body of a city, town or county is named after
_PLACE_IN_NAME = re.compile(
    r"^(?P<place>[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*?) (?P<noun>City|Town|County|Borough) [A-Z]"
)
# Descriptions whose body the story names with other words: "the regulator" (after "Financial
# Conduct Authority of X"), "the army" (after "Kessara Defence Forces"), "her department" (after
# "the Ministry of Health"), "the district" (a US school system, "Duluth Public Schools") stand
# for the nearest name these patterns find.
_FORCES_NAME = r"\b(?:army|armed forces|defen[cs]e forces)\b"
_SERVICE_NAMES = {
    "regulator": (
        r"\b(?:authority|commission|regulator|regulatory|ombudsman|supervisor|supervisory"
        r"|central bank|reserve bank|monetary)\b"
    ),
    "army": _FORCES_NAME,
    "military": _FORCES_NAME,
    "department": r"\b(?:ministry|department)\b",
    "district": r"\b(?:schools|school district)\b",
}
_WINDOW = 4  # how many sentences back a pronoun may reach
# Places the tagger calls countries that have no government ("Europe would open talks").
_REGIONS = frozenset(
    "Europe Africa Asia America Americas Antarctica Oceania Caribbean Balkans Gulf".split()
    + ["Middle East", "Latin America", "North America", "South America", "East Africa"]
)


@dataclass(frozen=True)
class Mention:
    """A named actor at a position: (sentence index, character offset in that sentence)."""

    sentence: int
    offset: int
    name: str
    kind: str  # person, org, place, ambiguous
    subject: bool = False
    weak: bool = False  # a demonym or a description: helps resolution, not an entity mention
    quoted: bool = False  # inside quotation marks: not what a pronoun outside them means
    modifier: bool = False  # modifies a common noun ("US firm"): the firm is meant, not the US
    placed: bool = False  # after "in", "across", "near" ...: where, most likely not who
    told: bool = False  # "told Mining Weekly": the outlet a source spoke to, never meant later


@dataclass
class Context:
    """Mentions and groups of named actors of one article, in reading order."""

    mentions: list[Mention] = field(default_factory=list)
    groups: list[tuple[int, int, tuple[str, ...], bool]] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # "Miller" -> "Matthew Miller"
    countries: set[str] = field(default_factory=set)  # places with a government or a demonym
    speakers: set[str] = field(default_factory=set)  # names that "said" something
    short_used: set[str] = field(default_factory=set)  # names also written short ("Keller")
    # person -> the organisation the story introduced them with ("Halvane's chief executive")
    affiliations: dict[str, str] = field(default_factory=dict)
    # "Sarvana Bank, the mid-sized lender": description head -> (sentence, offset, name)
    described: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    # title word -> (sentence, offset, person) where the person is written after it
    titled: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    quote_zones: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # by sentence

    def add(self, m: Mention) -> None:
        """Record a mention (kept sorted by position)."""
        self.mentions.append(m)

    def add_group(self, sentence: int, offset: int, names: tuple[str, ...], subject: bool) -> None:
        """Record coordinated actors ("Ghana and Togo") that "they" may later mean."""
        if len(set(names)) >= 2:
            self.groups.append((sentence, offset, names, subject))

    def finish(self) -> None:
        """Sort what was recorded; call once after all sentences were added."""
        self.mentions.sort(key=lambda m: (m.sentence, m.offset, not m.subject))
        self.groups.sort(key=lambda g: (g[0], g[1]))

    def canonical(self, name: str) -> str:
        """The full form of a name ("Miller" -> "Matthew Miller"), through a short form of a
        short form ("Chambers" -> "British Chambers" -> "British Chambers of Commerce")."""
        bare = strip_honorific(name)
        if bare != name and name not in self.aliases and bare in self.aliases:
            name = bare  # "Mr Sheikh": the Sheikh of "Tariq Mehmood Sheikh"
        for _ in range(4):  # a chain is short; a loop (never made) cannot hang
            full = self.aliases.get(name, name)
            if full == name:
                break
            name = full
        return name

    def kind(self, name: str) -> str:
        """person, org, place or ambiguous."""
        return self.kinds.get(self.canonical(name), "ambiguous")

    def _before(self, sentence: int, offset: int, window: int, told: bool = False) -> list[Mention]:
        """Mentions before a position, nearest first; one a source "told" only when `told`."""
        out = [
            m
            for m in self.mentions
            if sentence - window <= m.sentence
            and (m.sentence < sentence or (m.sentence == sentence and m.offset < offset))
            and not m.quoted
            and not m.modifier
            and (told or not m.told)
        ]
        out.reverse()  # nearest first
        return out

    def _nearest(
        self,
        sentence: int,
        offset: int,
        kinds: set[str],
        test=None,
        window: int = _WINDOW,
        told: bool = False,
    ) -> str | None:
        before = self._before(sentence, offset, window, told)
        ok = [m for m in before if self.kind(m.name) in kinds and (test is None or test(m))]
        if not ok:
            return None
        # a subject mention wins over a nearer non-subject one from the same or next sentence
        subject = next((m for m in ok if m.subject), None)
        if subject is not None and subject.sentence >= ok[0].sentence - 1:
            return self.canonical(subject.name)
        return self.canonical(ok[0].name)

    def place_of_demonym(self, word: str) -> str | None:
        """ "Belmoran" -> "Belmora": the place of the article a demonym is formed from."""
        for place, kind in self.kinds.items():
            if kind == "person" or len(place) <= 3 or place == word:
                continue
            joined = place
            if " " in place:  # "Viet Nam" -> "Vietnamese"
                if kind != "place" or place.count(" ") > 1:
                    continue
                first, second = place.split(" ")
                joined = first + second.lower()
            stem = joined[:-1] if joined[-1] in "aeiouy" else joined
            if word.startswith(stem) and 0 < len(word) - len(joined) <= 4:
                return place
        return None

    def previous_subject(self, sentence: int, offset: int) -> str | None:
        """The organisation or place that is the last subject before a position, within the
        previous sentence."""
        for m in self._before(sentence, offset, 1):
            if m.subject and self.kind(m.name) in ("org", "place", "ambiguous"):
                return self.canonical(m.name)
        return None

    @staticmethod
    def only_earlier(
        noted: list[tuple[int, int, str]], sentence: int, offset: int
    ) -> tuple[str, ...] | None:
        """The one name noted before this position (in `described` or `titled`); None when
        none or more than one was."""
        names = {n for s, off, n in noted if s < sentence or (s == sentence and off < offset)}
        return (names.pop(),) if len(names) == 1 else None

    def org_of_first_word(self, word: str, holding: str | None = None) -> str | None:
        """ "Hanbit" of "Hanbit Materials": the one organisation whose name starts with this
        word (and has the word `holding` in it, if given); None when none or several do."""
        owners = {
            n
            for n, k in self.kinds.items()
            if k == "org"
            and n.split(" ", 1)[0] == word
            and (holding is None or holding in n.split())
        }
        owners.discard(word)
        return owners.pop() if len(owners) == 1 else None

    def org_holding(self, word: str) -> str | None:
        """ "Union president X said the union would": the one organisation of two words or more
        whose name holds this capitalised head word ("Farmworkers' Union of Lindhaven"); None
        when none or several do."""
        owners = {
            self.canonical(n)
            for n, k in self.kinds.items()
            if k == "org" and " " in n and word in n.replace("'", " ").replace("’", " ").split()
        }
        owners.discard(word)
        return owners.pop() if len(owners) == 1 else None

    def mention_at(self, sentence: int, offset: int) -> str | None:
        """The name mentioned at exactly this position (a demonym gives its place), if any."""
        for m in self.mentions:
            if m.sentence == sentence and m.offset == offset and m.kind != "extra":
                return self.canonical(m.name)
        return None

    def group(
        self, sentence: int, offset: int, window: int = _WINDOW + 2
    ) -> tuple[str, ...] | None:
        """The last coordinated actors before a position (subjects preferred)."""
        before = [
            g
            for g in self.groups
            if sentence - window <= g[0]
            and (g[0] < sentence or (g[0] == sentence and g[1] < offset))
        ]
        for g in reversed(before):
            if g[3]:
                return g[2]
        return before[-1][2] if before else None

    def resolve_pronoun(self, word: str, sentence: int, offset: int) -> tuple[str, ...] | None:
        """Actors a pronoun stands for: he/she -> nearest person, it -> nearest org or place,
        they -> the last group of actors."""
        w = word.lower()
        if w in ("he", "she", "him", "her", "his"):
            # a person, or a lone name that speaks ("Lund said"), before any other lone name
            name = self._nearest(
                sentence,
                offset,
                {"person", "ambiguous"},
                test=lambda m: (
                    self.kind(m.name) == "person"
                    or (m.name in self.speakers and self.kind(m.name) != "org")
                ),
                window=6,
            ) or self._nearest(sentence, offset, {"person", "ambiguous"}, window=6)
            if name and self.kind(name) != "person":
                # "Mayor Ingrid Solheim said the council and Brevik had agreed ... she said":
                # a lone name that speaks elsewhere is not her, when a person is the subject
                # of that same sentence
                before = self._before(sentence, offset, 6)
                last = next((m for m in before if self.canonical(m.name) == name), None)
                person = next(
                    (
                        m
                        for m in before
                        if last is not None
                        and m.sentence == last.sentence
                        and m.subject
                        and self.kind(m.name) == "person"
                    ),
                    None,
                )
                if person is not None:
                    name = self.canonical(person.name)
            return (name,) if name else None
        if w in ("it", "its"):
            # a place stands for "it" only as a subject: "the relocation to Brno. It also
            # rejected ..." is the body that spoke, not Brno
            name = self._nearest(
                sentence,
                offset,
                {"org", "place", "ambiguous"},
                test=lambda m: m.subject or self.kind(m.name) != "place",
            )
            return (name,) if name else None
        if w in ("they", "them", "their"):
            return self.group(sentence, offset)
        return None

    def _labour_body(self, sentence: int, offset: int) -> tuple[str, ...] | None:
        """ "the union": the one union, association or federation named in the last sentences
        or, in a lead that names it later ("The union representing pilots ... The Castrevian
        Airline Pilots' Association said"), in the next two."""

        def labour(m: Mention) -> bool:
            return _labour_body(m.name)

        before = self._nearest(sentence, offset, {"org", "ambiguous"}, test=labour, window=6)
        if before:
            return (before,)
        after = {
            self.canonical(m.name)
            for m in self.mentions
            if sentence <= m.sentence <= sentence + 2 and labour(m) and not m.quoted
        }
        return (after.pop(),) if len(after) == 1 else None

    def pair_named(
        self, sentence: int, offset: int, kinds: set[str], window: int = _WINDOW
    ) -> tuple[str, ...] | None:
        """ "Transborva ... and the Estreli gas producer EstrelGas have settled ... The two
        companies agreed": the two names of these kinds in the nearest earlier sentence that
        names any; None when that sentence names one (and no earlier one two) or more than two."""
        for s in range(sentence, max(-1, sentence - window - 1), -1):
            names = self._names_in(
                s,
                lambda m: not (m.weak or m.quoted or m.modifier) and self.kind(m.name) in kinds,
                before=offset if s == sentence else None,
            )
            if len(names) == 2:
                return tuple(names)
            if len(names) > 2:
                return None
        return None

    def subject_pair(self, sentence: int, window: int = 3) -> tuple[str, ...] | None:
        """ "Vauda agreed to pull its troops back, while the KLF promised to hand over its
        weapons. Both sides also pledged ...": the two subjects (not people) of the nearest
        earlier sentence with any; None when it has one or more than two."""
        for s in range(sentence - 1, max(-1, sentence - window - 1), -1):
            names = self._names_in(
                s,
                lambda m: m.subject and not (m.weak or m.quoted) and self.kind(m.name) != "person",
            )
            if len(names) == 2:
                return tuple(names)
            if names:
                return None
        return None

    def _names_in(self, sentence: int, keep, before: int | None = None) -> list[str]:
        """The distinct canonical names of a sentence's mentions (before an offset, if given)
        that `keep` accepts, in order."""
        names: list[str] = []
        for m in self.mentions:
            if m.sentence == sentence and (before is None or m.offset < before) and keep(m):
                name = self.canonical(m.name)
                if name not in names:
                    names.append(name)
        return names

    def named_next(self, sentence: int, kinds: set[str]) -> tuple[str, ...] | None:
        """ "A Queensland coal miner has agreed to pay ... Tarrant Basin Resources said": the
        one body of these kinds that is a subject in the next sentence, if only one."""
        after = {
            self.canonical(m.name)
            for m in self.mentions
            if m.sentence == sentence + 1
            and m.subject
            and not (m.weak or m.quoted)
            and self.kind(m.name) in kinds
        }
        return (after.pop(),) if len(after) == 1 else None

    def resolve_description(
        self, head: str, sentence: int, offset: int, loose: bool = True
    ) -> tuple[str, ...] | None:
        """Actors a description stands for: "the ministry" -> the nearest earlier ministry,
        "the company" -> the nearest organisation (only when `loose`), "the two countries" ->
        the last group."""
        h = head.lower()
        if h in GROUP_NOUNS or h == "side":
            return self.group(sentence, offset)
        named_as = self.only_earlier(self.described.get(h, []), sentence, offset)
        if named_as:
            return named_as  # "the fund" after "X, the sovereign wealth fund,"
        maker = h.endswith("maker") and len(h) > 6  # "the carmaker", "the planemaker"
        if h not in INSTITUTIONS and not maker and h not in _SERVICE_NAMES:
            return None
        # the head of the name: "the city" is not "Tucson City Council", "the ministry" is
        # the "Ministry of Finance"
        pattern = rf"\b{re.escape(h)}(?:$|\s+(?:of|for|de)\b)"
        if h in ROMANCE_NAMES_OF:
            pattern += rf"|^(?:{ROMANCE_NAMES_OF[h]})\s"  # "the club": "Clube Desportivo ..."
        named = self._named_with(pattern, sentence, offset)
        if named:
            return (named,)
        if h in _SERVICE_NAMES:  # "the regulator", "the army", "her department", "the district"
            named = self._named_with(_SERVICE_NAMES[h], sentence, offset)
            if named:
                return (named,)
        if not loose:
            return None
        if h == "union":
            return self._labour_body(sentence, offset)
        if h == "authorities":
            h = "government"  # "the authorities released 40 detainees": the state
        if h in PLACE_NOUNS or h == "government":
            name = (
                self._nearest(sentence, offset, {"place"}, test=lambda m: m.name in self.countries)
                or self._nearest(sentence, offset, {"place"}, test=lambda m: m.subject)
                or self._nearest(sentence, offset, {"ambiguous"}, test=lambda m: m.subject)
                or self._nearest(sentence, offset, {"place"})
                or (self._only_country(sentence, offset) if h == "government" else None)
            )
        elif h in COMPANY_NOUNS or h in _BLOC_NOUNS or maker:
            # "the company" is not the council or the ministry named last
            public_ok = h not in COMPANY_NOUNS

            def fits(m: Mention) -> bool:
                # an organisation, or a name the story made the subject ("Tillerman will close")
                if not public_ok and (_public_body(m.name) or _labour_body(self.canonical(m.name))):
                    return False  # "the company" is never the court, the council or a union
                if m.weak and self.kind(m.name) != "org":
                    return False  # nor the city a description ("the city") just stood for
                return self.kind(m.name) == "org" or m.subject

            name = (
                self._nearest(
                    sentence, offset, {"org"}, test=lambda m: m.subject and fits(m), window=1
                )
                or self._nearest(sentence, offset, {"org", "ambiguous"}, test=fits)
                or (self._lead_body(sentence, offset, fits) if h in COMPANY_NOUNS else None)
                or (self._only_body(sentence, offset, fits) if h in COMPANY_NOUNS else None)
            )
        else:
            name = None
        if not name:
            # the last resort, a name the noun only modifies: "the city" of "Hamilton City
            # Council" is Hamilton, "the county" of "Pell County Sheriff's Office" Pell County
            name = self._named_with(rf"\b{re.escape(h)}\b", sentence, offset)
            name = _place_of(name, h) if name else None
        return (name,) if name else None

    def any_body_before(self, sentence: int, offset: int) -> bool:
        """Has the story named an organisation, or a name of unknown kind, before here?"""
        return any(
            self.kind(m.name) in ("org", "ambiguous")
            for m in self._before(sentence, offset, sentence + 1, told=True)
        )

    def _only_country(self, sentence: int, offset: int) -> str | None:
        """The one country the story has named before, however far back ("Castrelia's
        history" in the lead; "the government" five sentences on); None when it named two."""
        named = {
            self.canonical(m.name)
            for m in self.mentions
            if (m.sentence < sentence or (m.sentence == sentence and m.offset < offset))
            and m.name in self.countries
            and m.name not in _REGIONS
        }
        return named.pop() if len(named) == 1 else None

    def _lead_body(self, sentence: int, offset: int, fits) -> str | None:
        """A local story's company, club or school, named as the subject of its lead and not
        since: "Kilkee Seafields RFC has signed ... The club said it would provide stewards";
        None when the lead's first subject is another name (or not a company that fits) or the
        lead names another company too."""
        lead = next((m for m in self.mentions if m.subject and not m.quoted), None)
        if lead is None or lead.sentence > 1 or (lead.sentence, lead.offset) >= (sentence, offset):
            return None
        if self.kind(lead.name) != "org" or not fits(lead) or _public_body(lead.name):
            return None
        rivals = [
            m
            for m in self.mentions
            if m.sentence == lead.sentence
            and not (m.modifier or m.weak)
            and self.canonical(m.name) != self.canonical(lead.name)
            and self.kind(m.name) in ("org", "ambiguous")
            and not _public_body(m.name)
        ]
        return None if rivals else self.canonical(lead.name)  # "X sold its arm to Y": which?

    def _only_body(self, sentence: int, offset: int, fits) -> str | None:
        """The one company the story has named before, however far back: "Tennant said the
        lender would ..." a dozen sentences after "Pennine & Wold Bank" and only people since;
        a shorter form of the name ("Pennine & Wold") is the same company. None when two
        companies fit."""
        before = [
            m
            for m in self._before(sentence, offset, window=sentence + 1)
            if self.kind(m.name) in ("org", "ambiguous") and not _public_body(m.name)
        ]
        names = {self.canonical(m.name) for m in before if fits(m)}
        longest = max(names, key=len, default=None)
        if longest is None or any(not longest.startswith(n) for n in names):
            return None  # another company fits
        # a rival too: a name of unknown kind used twice, or in the company's first sentence
        # ("sold its arm to Pellidor"), unless written as a place ("branches in Thirsk")
        first = min(m.sentence for m in before if longest.startswith(self.canonical(m.name)))
        unknown = [m for m in before if self.kind(m.name) == "ambiguous" and not m.placed]
        seen = Counter(self.canonical(m.name) for m in unknown)
        if any(seen[self.canonical(m.name)] > 1 or m.sentence == first for m in unknown):
            return None
        return longest if self.kind(longest) == "org" else None

    def _named_with(self, pattern: str, sentence: int, offset: int) -> str | None:
        """The nearest earlier name (of a body or place) that the pattern finds."""
        word = re.compile(pattern, re.I)
        return self._nearest(
            sentence,
            offset,
            {"org", "place", "ambiguous"},
            test=lambda m: bool(word.search(m.name)),
            window=50,
            told=True,  # "told the Department for Borders ... The department rejected"
        )


def _place_of(name: str, noun: str) -> str:
    """ "the city" named only in "Tucson City Council" is Tucson; "the county" named only in
    "Pell County Sheriff's Office" is Pell County; other names stay whole."""
    m = _PLACE_IN_NAME.match(name)
    if m is None or m.group("noun").lower() != noun:
        return name
    if noun == "county" and name.endswith(" County Council"):
        return name  # "the county will pay" after "Dunmere County Council": the council
    return m.group("place") + ("" if noun in ("city", "town") else " " + m.group("noun"))
