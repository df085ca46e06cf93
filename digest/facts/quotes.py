"""Quotes: spans between double quotes (straight or curly), and who said them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from digest.facts.context import Context
from digest.facts.descriptions import AGE, SPEAKER_ROLES
from digest.facts.lexicon import (
    ANNOUNCEMENT_OBJECTS,
    GROUP_NOUNS,
    GROUP_PEOPLE,
    INSTITUTIONS,
    NON_ACTORS,
    QUOTE_FRAMING,
    QUOTE_JUDGING,
    ROLE_NOUNS,
    SAY,
    SPOKESPEOPLE,
)
from digest.facts.names import TITLES
from digest.facts.subjects import subject_of
from digest.facts.syntax import (
    ACTOR_LABELS,
    QUOTE_MARK,
    child,
    entity_of,
    in_zones,
    kids,
    lemma,
    np_tokens,
    span_text,
    tokens,
)
from digest.facts.titles import titled_person
from digest.model import Quote, Sentence

_FRAMING = QUOTE_FRAMING | QUOTE_JUDGING
MIN_WORDS = 3  # shorter quoted fragments ("delighted", "tangible") are scare quotes, not quotes
_OPEN_OK = re.compile(r"[\s(\[{—–-]")
_WORD = re.compile(r"\w+")
_TRAIL = " ,;:—–-"


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage of a paragraph: its text and the sentences it starts and ends in."""

    text: str
    first: int  # sentence index of the opening mark
    last: int  # sentence index of the closing mark (or of the paragraph end)
    para_start: int  # character offsets in the paragraph text
    para_end: int
    paragraph: int


def paragraph_texts(sentences: Sequence[Sentence]) -> list[tuple[int, str, list[tuple[int, int]]]]:
    """Each paragraph's text (its sentences joined by spaces) with the offset of each sentence."""
    out: list[tuple[int, str, list[tuple[int, int]]]] = []
    for s in sentences:
        if not out or out[-1][0] != s.paragraph:
            out.append((s.paragraph, "", []))
        para, text, offsets = out[-1]
        if text:
            text += " "
        offsets.append((s.index, len(text)))
        out[-1] = (para, text + s.text, offsets)
    return out


def find_quotes(sentences: Sequence[Sentence], min_words: int = MIN_WORDS) -> list[QuoteSpan]:
    """Quoted passages of at least `min_words` words, paragraph by paragraph, in reading order."""
    spans: list[QuoteSpan] = []
    for para, text, offsets in paragraph_texts(sentences):
        if '"' not in text and "“" not in text and "”" not in text:
            continue
        for start, end in _pairs(text):
            body = text[start + 1 : end]
            stripped = body.strip().rstrip(_TRAIL).strip()
            if len(_WORD.findall(stripped)) < min_words:
                continue
            first = _sentence_at(offsets, start)
            last = _sentence_at(offsets, max(start, end - 1))
            spans.append(QuoteSpan(stripped, first, last, start, end, para))
    return spans


def _pairs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start: int | None = None
    for m in QUOTE_MARK.finditer(text):  # only quote marks change the state
        i, ch = m.start(), m.group()
        if ch == "“" or (ch == '"' and start is None):
            if start is None and (i == 0 or _OPEN_OK.match(text[i - 1]) or ch == "“"):
                start = i
        elif ch in '”"' and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(text)))  # a quote that goes on in the next paragraph
    return out


def _sentence_at(offsets: list[tuple[int, int]], pos: int) -> int:
    index = offsets[0][0]
    for s_index, start in offsets:
        if start <= pos:
            index = s_index
    return index


# ---------------------------------------------------------------- speakers


SpeakerFinder = Callable[[int, list[tuple[int, int]]], str | None]


def attribute(
    spans: list[QuoteSpan],
    sentences: Sequence[Sentence],
    speaker_in: SpeakerFinder,
) -> list[Quote]:
    """Give each quote a speaker: the speech verb beside it, else (for a quote standing alone)
    the speaker introduced by the sentence before ("... he said:"), the speaker of the quote
    just before, or the subject of the speech verb just before."""
    by_index = {s.index: s for s in sentences}
    zones = _zones_by_sentence(spans, sentences)
    quotes: list[Quote] = []
    last_speaker: tuple[int, str] | None = None
    for span in spans:
        speaker = None
        for s in range(span.first, span.last + 1):
            speaker = speaker_in(s, zones.get(s, []))
            if speaker:
                break
        alone = all(
            _quote_only(by_index[s].text, zones.get(s, []))
            for s in range(span.first, span.last + 1)
            if s in by_index
        )
        if speaker is None and alone:
            prev = by_index.get(span.first - 1)
            if prev is not None and prev.text.rstrip().endswith(":"):
                speaker = speaker_in(prev.index, zones.get(prev.index, []))
            if speaker is None and last_speaker and last_speaker[0] >= span.first - 2:
                speaker = last_speaker[1]
            if speaker is None and prev is not None:
                speaker = speaker_in(prev.index, zones.get(prev.index, []))
        if speaker:
            last_speaker = (span.last, speaker)
            quotes.append(Quote(speaker=speaker, quote=span.text, sentence_index=span.first))
    return quotes


def spokesperson_finder(
    finder: SpeakerFinder, sentences: Sequence[Sentence], ctx: Context
) -> SpeakerFinder:
    """`finder`, but a quote that "she said" or "the spokesman said" right after "A
    spokeswoman for X said ..." is X's (the spokesperson speaks for X, as when named in the
    same sentence)."""
    by_index = {s.index: s for s in sentences}

    def find(s_index: int, zones: list[tuple[int, int]]) -> str | None:
        s = by_index.get(s_index)
        prev = by_index.get(s_index - 1)
        if s is not None and prev is not None and _BARE_SPEAKER.match(_outside(s.text, zones)):
            m = _SPOKESPERSON_FOR.search(prev.text)
            if m:
                body = _BODY_END.sub("", m.group("body"))
                if body[:1].isupper():
                    return ctx.canonical(body)
                named = ctx.resolve_description(body, s_index, 0)
                # "A spokeswoman for the ministry said ...": the ministry, or no one we can
                # name (not whoever "she" would otherwise be)
                return named[0] if named and len(named) == 1 else None
        return finder(s_index, zones)

    return find


def _outside(text: str, zones: list[tuple[int, int]]) -> str:
    """`text` with its quoted parts blanked (same length)."""
    chars = list(text)
    for a, b in zones:
        chars[a:b] = [" "] * (b - a)
    return "".join(chars)


# a quote's attribution and nothing more: '"...," she said.', '"...," the spokesman added.'
_BARE_SPEAKER = re.compile(
    r"^\W*(?:he|she|the spokes(?:man|woman|person))\s+(?:said|added)\W*$", re.IGNORECASE
)
_SPOKESPERSON_FOR = re.compile(
    r"\b[Aa]n?\s+spokes(?:man|woman|person)\s+for\s+(?:the\s+)?(?P<body>[A-Z][\w'’.&-]*"
    r"(?:\s+(?:of|and|for|the|&|[A-Z][\w'’.&-]*))*|[a-z]+)\s+(?:said|told|confirmed)\b"
)
_BODY_END = re.compile(r"(?:\s+(?:of|and|for|the|&))+$")


def quote_zones_of(sentences: Sequence[Sentence]) -> dict[int, list[tuple[int, int]]]:
    """Character ranges of each sentence that lie inside quotation marks."""
    return _zones_by_sentence(find_quotes(sentences, min_words=1), sentences)


def _quote_only(text: str, zones: list[tuple[int, int]]) -> bool:
    """Is the sentence nothing but quoted words (so its speaker comes from around it)?"""
    return len(_WORD.findall(_outside(text, zones))) == 0


def _zones_by_sentence(
    spans: list[QuoteSpan], sentences: Sequence[Sentence]
) -> dict[int, list[tuple[int, int]]]:
    """Quote zones of each sentence in that sentence's own character offsets."""
    out: dict[int, list[tuple[int, int]]] = {}
    for para, _text, offsets in paragraph_texts(sentences):
        bounds = []
        for k, (s_index, start) in enumerate(offsets):
            end = offsets[k + 1][1] - 1 if k + 1 < len(offsets) else 10**9
            bounds.append((s_index, start, end))
        for span in spans:
            if span.paragraph != para:
                continue
            for s_index, start, end in bounds:
                a, b = max(span.para_start, start), min(span.para_end + 1, end)
                if a < b:
                    out.setdefault(s_index, []).append((a - start, b - start))
    return out


def parsed_speaker_finder(docs: dict[int, Any], ctx: Context, fallback: SpeakerFinder):
    """A SpeakerFinder over parsed sentences; sentences not parsed go to `fallback`."""

    def find(s_index: int, zones: list[tuple[int, int]]) -> str | None:
        doc = docs.get(s_index)
        if doc is None:
            return fallback(s_index, zones)
        verbs = [
            t
            for t in tokens(doc)
            if t.tag_.startswith("VB")
            and (lemma(t) in SAY or (lemma(t) in _FRAMING and _frames(t, zones)))
            and not any(a <= t.idx < b for a, b in zones)
            and not _infinitive(t)  # "said that for the minister to claim ... is spin"
        ]
        says = [v for v in verbs if lemma(v) in SAY]
        if says:
            # "The NCC rejected that offer as "too little", its chairwoman said": who says it;
            # but not "X said ..., and its chief executive, Y, accused the regulator of "..."",
            # a clause of its own
            verbs = [v for v in verbs if lemma(v) not in QUOTE_JUDGING or _coordinated(v, says)]
        according = (
            [t for t in tokens(doc) if t.lower_ == "according" and t.nbor(1).lower_ == "to"]
            if len(doc) > 1
            else []
        )
        if zones:
            centre = zones[0][0]
            verbs.sort(key=lambda t: abs(t.idx - centre))
        for v in verbs:
            # not a subject inside the quote ("“..., someone who will run ...,” said X")
            subj = next(
                (c for c in kids(v) if c.dep_ == "nsubj" and not in_zones(c.idx, zones)), None
            )
            if subj is None and v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp", "conj"):
                subj = child(_main_verb(v), "nsubj")  # "Quist ruled out a sale, saying ..."
            elif subj is None and zones and _person_before(v) is not None:
                # '"...," the council's chief executive, Maribel Osterfeld, said': the parse
                # hung the role on a verb inside the quote
                subj = _person_before(v)
            elif subj is None and v.dep_ == "conj" and v.head.tag_.startswith("VB"):
                subj = subject_of(v.head, doc)  # "X welcomed the targets but said ..."
                if subj is not None and entity_of(subj) is None and subj.tag_ != "PRP":
                    continue  # "the decision was taken ... and said": no speaker named
            if subj is not None and subj.tag_ in ("WP", "WDT") and v.dep_ == "relcl":
                subj = _antecedent(v.head, subj)  # "Nadia Fenwick, an economist, who said"
            whose = child(subj, "poss") if subj is not None else None
            if whose is not None and whose.tag_ == "WP$":
                subj = subject_of(v, doc)  # "the European Union, whose foreign policy chief said"
            if subj is not None and subj.tag_ == "PRP" and lemma(v) in QUOTE_FRAMING:
                continue  # "a technology it described as ...": the speech verb says who
            if subj is not None and _thing(subj):
                # "after the 3-1 win ..., Brisa's coach, Ramón Estevez, said": no win speaks
                subj = _person_before(v) or subj
            if subj is not None:
                name = _speaker_name(subj, s_index, ctx)
                if name:
                    return name
        for a in according:
            pobj = child(a.nbor(1), "pobj")
            if pobj is not None:
                return _speaker_name(pobj, s_index, ctx)
        return None

    return find


def _infinitive(verb: Any) -> bool:
    """ "said that for the minister to claim ... was spin": a speech verb in a "for ... to"
    clause, which no one used here."""
    to = verb.doc[verb.i - 1] if verb.i > 0 else None
    if to is None or to.tag_ != "TO" or to.head.i != verb.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in kids(verb))


def _coordinated(verb: Any, says: list[Any]) -> bool:
    """Is `verb` a clause coordinated with a speech verb ("said ..., and Y accused ..."),
    rather than what the speech verb reports?"""
    ids = {s.i for s in says}
    v = verb
    while v.head.i != v.i:
        if v.dep_ != "conj":
            return False
        v = v.head
        if v.i in ids:
            return True
    return False


def _antecedent(noun: Any, pronoun: Any) -> Any:
    """What a relative pronoun stands for: for "who", the person the phrase it hangs on is
    about ("Nadia Fenwick, an economist at Sandhurst Bank, who"), else the noun itself."""
    if pronoun.lower_ == "who":
        for t in [noun, *noun.ancestors][:5]:
            ent = entity_of(t)
            if ent is not None and ent.label_ == "PERSON":
                return t
            if t.dep_ not in ("pobj", "prep", "appos", "compound"):
                break
    return noun


def _trailing_person(tok: Any) -> str | None:
    """A person named after a description at the end of its clause, which the parse did not
    hang on it as an apposition ("said the commission's chair, Davor Ilkan.")."""
    doc, j = tok.doc, tok.right_edge.i
    if doc[j].text != ",":
        j += 1
    if j + 1 >= len(doc) or doc[j].text != "," or tok.tag_.startswith("NNP"):
        return None
    k = j + 1
    while k < len(doc) - 1 and doc[k].lower_ in TITLES:
        k += 1  # "said the board's chair, Professor Idris Kallum."
    ent = entity_of(doc[k])
    if ent is None or ent.label_ != "PERSON" or ent.start != k:
        return None
    return ent.text if ent.end == len(doc) or doc[ent.end].is_punct else None


def _named_before_verb(tok: Any) -> str | None:
    """ "Group Chief Executive of the Halden Bank of Commerce and Industry, Ravi Menon, said":
    the person between commas right before the verb, after the title and its body."""
    doc, verb = tok.doc, tok.head
    if tok.lower_ not in TITLES or not tok.text[:1].isupper() or verb.i < tok.i + 4:
        return None
    k = verb.i - 1
    if doc[k].text != "," or k < 2:
        return None
    ent = entity_of(doc[k - 1])
    if ent is None or ent.label_ != "PERSON" or ent.end != k or doc[ent.start - 1].text != ",":
        return None
    phrase = {t.i for t in tok.subtree}
    return ent.text if all(i in phrase for i in range(tok.i, ent.start - 1)) else None


def _named_after_title(ent: Any) -> str | None:
    """The person named right after a run of titles the tagger took for a name ("High
    Commissioner, Tomas Ekwall,", "Atty. Benjie Soliman"); None when the run is a name."""
    if not all(t.lower_.rstrip(".") in TITLES or t.lower_ == "high" for t in ent):
        return None
    doc, k = ent.doc, ent.end
    if k < len(doc) and doc[k].text in (",", "."):
        k += 1
    after = entity_of(doc[k]) if k < len(doc) else None
    if after is not None and after.label_ == "PERSON" and after.start == k:
        return after.text
    return None


def _officer_after_remit(tok: Any) -> str | None:
    """ "Minister of Foreign Affairs, International Trade and Worship Gustavo Alcorta said",
    "Director of Investigations at the Brellian Tennis Integrity Unit Sandrine Obuya said":
    the person at the end of a portfolio list or body the parse hung on the title."""
    if tok.lower_ not in TITLES or not tok.text[:1].isupper():
        return None
    # also two titles, the remit on the second: "Treasurer and Minister for Advanced ... X"
    titles = [tok, *(c for c in kids(tok) if c.dep_ == "conj" and c.lower_ in TITLES)]
    if not any(child(t, "prep") is not None for t in titles):
        return None
    ent = entity_of(tok.right_edge)
    if ent is None or ent.label_ != "PERSON" or ent.end != tok.right_edge.i + 1:
        return None
    between = tok.doc[tok.i + 1 : ent.start]
    if all(t.tag_.startswith("NNP") or t.lower_ in _PORTFOLIO_LINKS for t in between):
        return ent.text
    return None


_PORTFOLIO_LINKS = frozenset([",", "and", "&", "of", "for", "the", "at"])
# what a person writes: "Kok's report said" is Kok speaking
_WRITINGS = ANNOUNCEMENT_OBJECTS | frozenset(
    "letter letters filing filings release website memo note post submission study survey".split()
)
# who speak for someone else: "X's spokesman said" is X speaking
_ADVOCATES = SPOKESPEOPLE | frozenset("lawyer lawyers attorney attorneys counsel solicitor".split())


# unnamed people who speak for the body they are "at" or "from"
_GROUP_VOICES = frozenset(
    "analysts economists strategists campaigners researchers experts officials analyst "
    "economist strategist researcher official".split()
)
_STATEMENTS = frozenset("statement communique communiqué".split())
# "the 47-year-old former legislator said": the person named before, described
_THE_AGED = re.compile(r"^the\s+(?:\d+|[a-z]+)-year-old\b", re.I)


def _with_remit(tok: Any, words: list[Any]) -> list[Any]:
    """A title's words with the short "for" phrase of its remit after it ("Portugal's
    Secretary of State [for Energy]", "the city's alderman [for port affairs]")."""
    remit = next((c for c in kids(tok) if c.dep_ == "prep" and c.lower_ == "for"), None)
    if tok.lower_ not in TITLES or remit is None or remit.right_edge.i - remit.i > 3:
        return words
    return [t for t in words if t.i < remit.i] + list(tok.doc[remit.i : remit.right_edge.i + 1])


def _within(tok: Any, top: Any) -> bool:
    """Is `tok` `top` or below it in the parse (False when `top` is None)?"""
    return top is not None and (tok.i == top.i or top in tok.ancestors)


def _thing(tok: Any) -> bool:
    """A common noun that names no one who could speak ("the 3-1 win")."""
    low = tok.lower_
    return (
        tok.tag_ in ("NN", "NNS")
        and entity_of(tok) is None
        and low not in SPEAKER_ROLES
        and low not in INSTITUTIONS
        and low not in TITLES
        and low not in ROLE_NOUNS
        and low not in NON_ACTORS
        and low not in GROUP_NOUNS
        and low not in GROUP_PEOPLE
        and not low.endswith(("er", "ers", "ist", "ists", "or", "ors", "ian", "ians"))
    )


def _person_before(verb: Any) -> Any:
    """The last token of a person named just before the verb ("..., Ramón Estevez, said")."""
    k = verb.i - 1
    if k >= 0 and verb.doc[k].text == ",":
        k -= 1
    ent = entity_of(verb.doc[k]) if k >= 0 else None
    return verb.doc[k] if ent is not None and ent.label_ == "PERSON" else None


def _main_verb(v: Any) -> Any:
    """The verb of the main clause above `v` (its root)."""
    while v.dep_ != "ROOT" and v.head.i != v.i:
        v = v.head
    return v


def _frames(verb: Any, zones: list[tuple[int, int]]) -> bool:
    """Is a quote the verb's complement ("called the deal "a luxury ...""): one starts after
    it, within its clause?"""
    end = verb.right_edge.idx + len(verb.right_edge.text)
    return any(verb.idx < a < end for a, _b in zones)


def _speaker_name(tok: Any, s_index: int, ctx: Context) -> str | None:
    low = tok.text.lower()
    if tok.tag_ == "PRP":
        if low in ("he", "she", "it"):
            names = ctx.resolve_pronoun(low, s_index, tok.idx)
            return names[0] if names else None
        return None
    head_ent = entity_of(tok)
    if head_ent is not None and head_ent.label_ == "PERSON":
        named = _named_after_title(head_ent)
        if named is not None:
            return ctx.canonical(named)  # "Meridia's High Commissioner, Tomas Ekwall, told"
        return ctx.canonical(head_ent.text)  # "Veskari Prime Minister Tavo Renk"
    appositions = [c for c in kids(tok) if c.dep_ == "appos"]
    appositions += [g for c in appositions for g in kids(c) if g.dep_ == "appos"]
    for appos in appositions:  # also "Her main rival, the party's deputy leader Kasimir Tal,"
        ent = entity_of(appos)
        if ent is not None and ent.label_ == "PERSON":
            return ctx.canonical(ent.text)  # "its coach, Marco Bellini,"
    trailing = _trailing_person(tok) or _officer_after_remit(tok) or _named_before_verb(tok)
    if trailing is not None:
        return ctx.canonical(trailing)
    if low in SPOKESPEOPLE:
        mods = (
            c
            for c in kids(tok)
            if (c.dep_ in ("compound", "nmod") and c.tag_ == "NNP")
            or (c.dep_ == "amod" and c.text[:1].isupper())  # "A Cominal spokesman"
        )
        for mod in mods:  # (nmod: "a Thorne & Sable spokeswoman")
            ent = entity_of(mod)
            if ent is not None and ent.label_ in ACTOR_LABELS and ent.label_ != "NORP":
                return ctx.canonical(ent.text)  # "a PCL spokesperson"
            if ctx.kind(ctx.canonical(mod.text)) == "org":
                return ctx.canonical(mod.text)  # "A Cominal spokesman", the tagger's no name
        for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("for", "of")):
            body = child(prep, "pobj")
            if body is not None:
                return _speaker_name(body, s_index, ctx)  # "A spokesperson for the Authority"
    if low in _GROUP_VOICES:
        for prep in (c for c in kids(tok) if c.dep_ == "prep" and c.lower_ in ("at", "from")):
            body = child(prep, "pobj")
            ent = entity_of(body) if body is not None else None
            if ent is not None and ent.label_ in ("ORG", "PERSON"):
                return ctx.canonical(ent.text)  # "Analysts at Bayt Capital said"
    # a person named in the phrase, but not the owner of who speaks: "Nagasaki's governor" (a
    # place the tagger took for a person) speaks for himself, as "X's spokesman", "X's lawyer"
    # and "Kok's report" do not
    owner = child(tok, "poss") if low not in _ADVOCATES and low not in _WRITINGS else None
    for t in np_tokens(tok):
        ent = entity_of(t)
        if ent is not None and ent.label_ == "PERSON" and not _within(t, owner):
            return ctx.canonical(ent.text)
    ent = entity_of(tok)
    if ent is not None and ent.label_ in ACTOR_LABELS and ent.label_ != "NORP":
        return ctx.canonical(ent.text)
    np = np_tokens(tok)
    titled = titled_person(tok, s_index, ctx)
    if titled is not None:
        # "the minister said" after "Agriculture Minister Grace Mwansa-Teri"; "the Governor
        # said" after "Governor Dr Kwabena Asante-Mensah"
        return titled[0]
    if tok.tag_.startswith("NNP") and tok.text[:1].isupper():  # not "the bishop" tagged NNP
        named = _named_after_title(tok.doc[tok.i : tok.i + 1])
        if named is not None:
            return ctx.canonical(named)  # "said Atty. X"
        return ctx.canonical(span_text(_with_remit(tok, np)))  # "Mr Sheikh": a known surname
    if low in _STATEMENTS and child(tok, "det") is not None and child(tok, "poss") is None:
        # "the statement said": the body that issued it, the one a later "it" would be; not
        # when two parties were acting together just before (a joint statement)
        if ctx.group(s_index, tok.idx):
            return span_text(np)
        names = ctx.resolve_pronoun("it", s_index, tok.idx)
        return names[0] if names and len(names) == 1 else None
    if AGE.search(span_text(np)) or _THE_AGED.match(span_text(np)):
        names = ctx.resolve_pronoun("he", s_index, tok.idx)  # "The 71-year-old said"
        return names[0] if names else None
    resolved = ctx.resolve_description(low, s_index, tok.idx)
    if resolved and len(resolved) == 1:
        return resolved[0]
    core = [t for t in np if not (t.dep_ == "prep" or t.i > tok.i)]
    if not core:
        return None
    text = span_text(_with_remit(tok, core))
    return ctx.canonical(text) if text in ctx.aliases else text  # "Kostas" tagged as a noun
