"""Sentences and words with no downloaded data; the tokenizer object that sumy is given."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache

from digest.model import Sentence

log = logging.getLogger(__name__)

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACE = re.compile(r"\s+")

# Abbreviations that end with a period but rarely end a sentence in news text; used by the
# NLTK Punkt fallback, which has no trained model here (its model would need a download).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    inc corp co ltd llc plc bros dept univ assn est approx vs etc al fig no nos vol
    u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g ph.d
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)


def paragraphs(text: str) -> list[str]:
    """Split text at blank lines; each paragraph's inner whitespace collapsed to single spaces."""
    out = []
    for block in _PARAGRAPH_BREAK.split(text.strip()):
        block = _SPACE.sub(" ", block).strip()
        if block:
            out.append(block)
    return out


@lru_cache(maxsize=1)
def _sentence_splitter() -> Callable[[str], list[str]]:
    try:
        import nupunkt

        nupunkt.sent_tokenize("Warm up. Load the model.")
        return nupunkt.sent_tokenize
    except Exception as exc:  # pragma: no cover - exercised only without nupunkt
        log.warning("nupunkt unavailable (%s); using NLTK Punkt with built-in abbreviations", exc)
        return _nltk_splitter()


def _nltk_splitter() -> Callable[[str], list[str]]:
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params).tokenize


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences (nupunkt; NLTK Punkt with our abbreviations as fallback)."""
    return _rejoin_attributions(paragraph, [s.strip() for s in _sentence_splitter()(paragraph)])


# '"Is this the end?" she asked.' is one sentence: a piece that starts in lower case right after
# a quoted question or exclamation continues it.
_QUOTED_QUESTION_END = re.compile(r"[?!][\"'”’]$")


def _rejoin_attributions(paragraph: str, pieces: list[str]) -> list[str]:
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        if not piece:
            continue
        start = paragraph.find(piece, cursor)
        if start < 0:  # the splitter changed the text; keep its piece as it is
            out.append(piece)
            spans.append((-1, -1))
            continue
        end = start + len(piece)
        cursor = end
        if (
            out
            and spans[-1][0] >= 0
            and piece[0].islower()
            and _QUOTED_QUESTION_END.search(out[-1])
        ):
            spans[-1] = (spans[-1][0], end)
            out[-1] = paragraph[spans[-1][0] : end]
            continue
        out.append(piece)
        spans.append((start, end))
    return out


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split an article body into indexed sentences, paragraph by paragraph."""
    out: list[Sentence] = []
    for p_index, para in enumerate(paragraphs(text)):
        for s in split_sentences(para):
            out.append(Sentence(index=len(out), text=s, paragraph=p_index))
    return tuple(out)


@lru_cache(maxsize=1)
def _word_tokenizer():
    from nltk.tokenize import TreebankWordTokenizer

    return TreebankWordTokenizer()


_WORDISH = re.compile(r"\w")


def words(sentence: str) -> list[str]:
    """Words of a sentence (NLTK Treebank rules, no data), punctuation-only tokens dropped."""
    return [w for w in _word_tokenizer().tokenize(sentence) if _WORDISH.search(w)]


class Tokenizer:
    """The tokenizer sumy is handed instead of its own, which needs downloaded NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of a paragraph."""
        return tuple(split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Words of a sentence."""
        return tuple(words(sentence))
