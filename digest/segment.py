"""Sentences and words with no downloaded data; the tokenizer object that sumy is given."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from digest import segment_fast, segment_lower
from digest.model import Sentence
from digest.segment_fast import QUOTED_QUESTION_END as _QUOTED_QUESTION_END

log = logging.getLogger(__name__)

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACE = re.compile(r"\s+")

# Titles written with a full stop that nupunkt's model does not know ("Engr. Babatunde
# Olaleye-Grant", "Cllr. Judith Pask", "the Revd. Anne Lyle", "Alh. Musa Bello").
TITLE_ABBREVIATIONS = frozenset("engr cllr revd alh".split())
# Abbreviations that end with a period but rarely end a sentence in news text; used by the
# NLTK Punkt fallback, which has no trained model here (its model would need a download).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm maj gov sen rep rev hon pres
    engr cllr revd alh
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    inc corp co ltd llc plc bros dept univ assn est approx vs etc al fig no nos vol
    u.s u.k u.n e.u u.s.a d.c a.m p.m i.e e.g ph.d
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont
    neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)


def paragraphs(text: str) -> list[str]:
    """Split text at blank lines; each paragraph's inner whitespace collapsed to single spaces."""
    parts = text.split("\n\n")
    for part in parts:
        # printable: no whitespace but " " (every other str.isspace() character is a control
        # or separator character)
        if not (part.isprintable() and part and "  " not in part) or " " in (part[0], part[-1]):
            break
    else:  # already in shape: one blank line between paragraphs, single spaces between words
        return parts
    # str.split() splits at exactly the characters that `\s` matches, and it is much faster.
    return [b for b in (" ".join(x.split()) for x in _PARAGRAPH_BREAK.split(text)) if b]


def _nupunkt_model(nupunkt):
    """nupunkt's default model, knowing the titles above as abbreviations."""
    model = nupunkt.load_default_model()
    model._params.abbrev_types.update(TITLE_ABBREVIATIONS)
    return model


@lru_cache(maxsize=1)
def _tokenizer():
    """nupunkt's default tokenizer with the shortcuts below; None when only NLTK is available."""
    _sentence_splitter()
    try:
        import nupunkt

        tokenizer = _nupunkt_model(nupunkt)
        _add_fast_decisions(tokenizer)
        return tokenizer
    except Exception:  # pragma: no cover - exercised only without nupunkt
        return None


@lru_cache(maxsize=1)
def _span_splitter() -> Callable[[str], Iterable[tuple[int, int]]] | None:
    """nupunkt's raw sentence spans (start, stop) of a text; None when only NLTK is available."""
    tokenizer = _tokenizer()
    return None if tokenizer is None else _fast_spans(tokenizer)


# Texts on which the one-pass splitter is checked against nupunkt's spans at start-up.
_SELF_CHECK = (
    "Mr. Smith paid $2.3 billion. He left. It rose 3.5% in 2004. Then it fell.",
    'He said: "No." She agreed.\n\n"Why?" he asked. \u201cNow.\u201d The end!',
    "1. First item. (a). Second. U.S. officials met J. K. Rowling at 11 p.m. Monday.",
    "Wait... what? Yes . . . no. \u201cIs it?\u201d she asked. End.)\n\n. Odd start.",
    'He left. " Quote.\n\n" Closing.\n\n...and so on. Inc. and Co. fell. The No. 9 shirt.',
    "It rose on Monday.).\n\niv. Then it fell (by 2%.).\n\nSo it goes.).",
)


@lru_cache(maxsize=1)
def _paragraph_splitter() -> Callable[[list[str]], tuple[Sentence, ...]] | None:
    """`segment_fast`'s one-pass splitter, if it agrees with nupunkt's spans at start-up."""
    tokenizer, spans = _tokenizer(), _span_splitter()
    if tokenizer is None or spans is None:  # pragma: no cover - exercised only without nupunkt
        return None
    split = segment_fast.build(tokenizer, spans)
    if split is None:  # pragma: no cover - other nupunkt
        log.warning("nupunkt internals differ from what segment_fast expects; not using it")
        return None
    for text in _SELF_CHECK:
        paras = paragraphs(text)
        joined = "\n\n".join(paras)
        expected: list[Sentence] = []
        segment_fast.cut(joined, paras, spans(joined), expected)
        if split(paras) != tuple(expected):  # pragma: no cover - other nupunkt
            log.warning("segment_fast splits differ from nupunkt's; not using it")
            return None
    return split


# What nupunkt's boundary realignment can move: closing quotes and brackets that start a span.
_REALIGNABLE = frozenset("\"')]}\u201d\u2019\u00bb*")
_PROBES = (
    "".join(map(chr, range(33, 127))) + "\u2018\u2019\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026"
)


def _fast_spans(tokenizer) -> Callable[[str], Iterable[tuple[int, int]]]:
    """`tokenizer.span_tokenize`, skipping the realignment pass when it cannot change a span.

    Realignment only moves closing quotes or brackets at the start of a span to the span
    before; a text whose spans start with none of those is returned as nupunkt found it.
    Plain `span_tokenize` if nupunkt's internals differ from what this expects.
    """
    try:
        slices_of = tokenizer._slices_from_text
        realign = tokenizer._realign_boundaries
        moves = tokenizer._lang_vars.re_boundary_realignment.match
    except AttributeError:  # pragma: no cover - other nupunkt
        return tokenizer.span_tokenize
    if any(bool(moves(c + " ")) != (c in _REALIGNABLE) for c in _PROBES):  # pragma: no cover
        log.warning("nupunkt realigns other characters; using its span_tokenize")
        return tokenizer.span_tokenize

    def spans(text: str) -> list[tuple[int, int]]:
        slices = list(slices_of(text))
        if any(text[s.start : s.start + 1] in _REALIGNABLE for s in slices):
            slices = realign(text, slices)
        return [(s.start, s.stop) for s in slices if s.stop > s.start]

    return spans


# A candidate end "word." followed by whitespace: nupunkt's decision needs only that token and
# the next one, so its general path (tokenising the whole context again) is skipped.
_PLAIN_END = re.compile(r"[^\W_]+\.")


def _add_fast_decisions(tokenizer) -> None:
    """Wrap nupunkt's memoised candidate decision with shortcuts that give the same answers.

    `sentences` joins paragraphs with blank lines and cuts there, so a candidate followed by
    a paragraph break is a break whatever nupunkt would say. A plain "word." before
    whitespace is decided by nupunkt's own first- and second-pass rules on that token and the
    next. Anything else goes to nupunkt unchanged. Skipped (plain nupunkt) if its internals
    differ from what this expects.
    """
    try:
        from nupunkt.tokenizers.sentence_tokenizer import (
            _CLOSING_CHARS,
            _FP_BREAK,
            _check_is_initial,
            _derived,
        )

        signature, first_memo, context_memo, decide = tokenizer._decision_state()
        first_pass = tokenizer._first_pass_outcome
        second_pass = tokenizer._second_pass_outcome
        word_tokenize = tokenizer._lang_vars.word_tokenize
        collocation_starts = frozenset(first for first, _ in tokenizer._params.collocations)
    except (ImportError, AttributeError, TypeError, ValueError):  # pragma: no cover
        return
    get = context_memo.get
    closing = frozenset(_CLOSING_CHARS)
    # Closing marks that nupunkt's word tokenizer cuts off "word." ("said." + '"'): they are
    # transparent to its decision, so 'said."' is decided as "said." is.
    cut = "".join(sorted(c for c in closing if word_tokenize(f"ab.{c}")[:1] == ["ab."]))
    plain_end = re.compile(
        rf"([^\W_]+\.)[{re.escape(cut)}]*" if cut else _PLAIN_END.pattern
    ).fullmatch
    settled: dict[str, bool] = {}  # "word." that is a break whatever follows it

    def breaks_anyway(word: str) -> bool:
        # nupunkt's second pass of a first-pass break: only a collocation (typ, next type),
        # an initial or a number looks at the next token.
        typ = _derived(word)[1]
        typ = typ[:-1] if typ.endswith(".") and len(typ) > 1 else typ
        return not (_check_is_initial(word) or typ == "##number##" or typ in collocation_starts)

    def outcome_of(token: str) -> int:
        outcome = first_memo.get(token)
        if outcome is None:
            if len(first_memo) > 65536:
                first_memo.clear()
            outcome = first_memo[token] = first_pass(token)
        return outcome

    def contains_sentbreak(context: tuple[str, str]) -> bool:
        before, after = context
        if "\n" in after:
            return True
        result = get(context)
        if result is not None:
            return result
        if not after[:1].isspace():
            return decide(context)
        if settled.get(before):
            return True
        plain = plain_end(before)
        if plain is None:
            return decide(context)
        word = plain.group(1) if cut else before
        outcome = outcome_of(word)
        if not outcome:
            return False
        if outcome == _FP_BREAK and breaks_anyway(word):
            if len(settled) > 65536:
                settled.clear()
            settled[before] = True
            return True
        for token in word_tokenize(after):
            if not closing.issuperset(token):  # closing quotes and brackets are transparent
                return second_pass(word, outcome, token, outcome_of(token), False)
        return outcome == _FP_BREAK

    cases = (("Mr.", " Smith"), ("profits.", ' "The'), ("No.", " 9,"), ("U.S.", " The"))
    cases += (('said."', " The"), ("year.)", " It"), ("Jan.", " 5"), ("A.", " Smith"))
    for case in cases:
        if contains_sentbreak(case) != decide(case):  # pragma: no cover - other nupunkt
            log.warning("nupunkt decisions differ from the shortcut; using nupunkt alone")
            return
    tokenizer.__dict__["_decision_memo"] = (signature, first_memo, context_memo, contains_sentbreak)


@lru_cache(maxsize=1)
def _sentence_splitter() -> Callable[[str], list[str]]:
    try:
        import nupunkt

        model = _nupunkt_model(nupunkt)
        model.tokenize("Warm up. Load the model.")
        return lambda text: list(model.tokenize(text))
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
    """Split an article body into indexed sentences, paragraph by paragraph.

    The same sentences as `split_sentences` on each paragraph, found with one nupunkt call
    over the whole body (paragraphs joined by blank lines) and cut at paragraph breaks; plain
    paragraphs are split by `segment_fast` with nupunkt's decisions, giving the same result.
    Text with no capital letters at all is split as if its sentences started with one
    (`segment_lower`); the sentences keep the original text.
    """
    if segment_lower.all_lower(text):
        shown = "\n\n".join(map(segment_lower.capitalise_starts, paragraphs(text)))
        return tuple(Sentence(s.index, s.text.lower(), s.paragraph) for s in _sentences(shown))
    return _sentences(text)


def _sentences(text: str) -> tuple[Sentence, ...]:
    paras = paragraphs(text)
    spans = _span_splitter()
    if spans is None:  # pragma: no cover - exercised only without nupunkt
        return tuple(
            Sentence(i, s, p)
            for i, (p, s) in enumerate(
                (p, s) for p, para in enumerate(paras) for s in split_sentences(para)
            )
        )
    if not paras:
        return ()
    split = _paragraph_splitter()
    if split is not None:
        return split(paras)
    joined = "\n\n".join(paras)
    out: list[Sentence] = []
    segment_fast.cut(joined, paras, spans(joined), out)
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
