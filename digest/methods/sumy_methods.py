"""sumy's summarisers, fed our own tokenizer and document, with per-sentence scores."""

from __future__ import annotations

import logging
import warnings
from functools import cache, lru_cache
from typing import Any

from digest.methods import Document, Method

log = logging.getLogger(__name__)

# Words that mark a sentence as page furniture or low news value (Edmundson's stigma words).
STIGMA_WORDS = frozenset(
    """
    advertisement advert sponsored subscribe subscription newsletter click cookie cookies
    copyright rights reserved photo photograph caption credit getty images file share
    tweet follow comment comments login sign register download app oops error
    """.split()
)


class _Ratings:
    """Mixin that makes a sumy summariser return every sentence's rating instead of the best.

    Every sumy summariser ends with `return self._get_best_sentences(sentences, count,
    rating, ...)`, where `rating` is a dict or a callable; replacing that one step gives
    each method's own scores through one generic path.
    """

    @staticmethod
    def _get_best_sentences(sentences, count, rating, *args, **kwargs):  # noqa: ARG004
        if isinstance(rating, dict):
            return tuple(float(rating.get(s, 0.0)) for s in sentences)
        return tuple(float(rating(s, *args, **kwargs)) for s in sentences)


@lru_cache(maxsize=1)
def _stemmer():
    from sumy.nlp.stemmers import Stemmer

    return Stemmer("english")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


@lru_cache(maxsize=1)
def _tokenizer():
    from digest.segment import Tokenizer

    return Tokenizer()


@cache
def _rated_class(module: str, name: str) -> type:
    import importlib

    base = getattr(importlib.import_module(f"sumy.summarizers.{module}"), name)
    return type(f"Rated{name}", (_Ratings, base), {})


def _sumy_document(document: Document) -> Any:
    """sumy's document model built straight from our sentences (no sumy parser, no NLTK data)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    tokenizer = _tokenizer()
    paragraphs: list[Any] = []
    if document.title.strip():
        paragraphs.append(Paragraph([Sentence(document.title, tokenizer, is_heading=True)]))
    current: list[Any] = []
    last = None
    for text, para in zip(document.sentences, document.paragraphs, strict=True):
        if current and para != last:
            paragraphs.append(Paragraph(current))
            current = []
        current.append(Sentence(text, tokenizer))
        last = para
    if current:
        paragraphs.append(Paragraph(current))
    return ObjectDocumentModel(paragraphs)


def _content_words(text: str) -> list[str]:
    stop = _stop_words()
    return [w for w in (t.lower() for t in _tokenizer().to_words(text)) if w not in stop]


def _build(module: str, name: str, document: Document) -> Any:
    cls = _rated_class(module, name)
    if name == "EdmundsonSummarizer":
        summarizer = cls(_stemmer())
        bonus = _content_words(document.title)
        if not bonus:  # no usable headline: the article's most frequent content words
            from collections import Counter

            counts = Counter(w for s in document.sentences for w in _content_words(s))
            bonus = [w for w, _ in counts.most_common(10)]
        summarizer.bonus_words = bonus or ["news"]
        summarizer.stigma_words = STIGMA_WORDS
        summarizer.null_words = _stop_words()
        return summarizer
    summarizer = cls(_stemmer())
    summarizer.stop_words = _stop_words()
    return summarizer


def _scorer(module: str, name: str):
    def score(document: Document) -> list[float]:
        sumy_document = _sumy_document(document)
        summarizer = _build(module, name, document)
        with warnings.catch_warnings():
            # LSA warns when a short article has fewer distinct words than sentences.
            warnings.simplefilter("ignore")
            ratings = summarizer(sumy_document, len(document.sentences))
        if len(ratings) != len(document.sentences):
            # sumy returns () when nothing is left to rate (e.g. only stop words).
            log.debug("%s rated no sentences; falling back to document order", name)
            return [0.0] * len(document.sentences)
        return list(ratings)

    score.__name__ = f"score_{module}"
    return score


_SPECS = (
    ("edmundson", "edmundson", "EdmundsonSummarizer",
     "sumy Edmundson: cue, title and location words; headline words as bonus words."),
    ("kl", "kl", "KLSummarizer",
     "sumy KL-Sum: greedily keeps the summary's word distribution close to the article's."),
    ("lexrank", "lex_rank", "LexRankSummarizer",
     "sumy LexRank: eigenvector centrality on a thresholded TF-IDF cosine graph."),
    ("lsa", "lsa", "LsaSummarizer",
     "sumy LSA: sentences weighted by their latent topics (SVD of the term matrix)."),
    ("luhn", "luhn", "LuhnSummarizer",
     "sumy Luhn: clusters of significant (frequent) words in a sentence."),
    ("reduction", "reduction", "ReductionSummarizer",
     "sumy Reduction: sum of word-overlap edges to every other sentence."),
    ("sumbasic", "sum_basic", "SumBasicSummarizer",
     "sumy SumBasic: greedy by average word probability, squaring used words."),
    ("textrank", "text_rank", "TextRankSummarizer",
     "sumy TextRank: PageRank over a word-overlap sentence graph."),
)  # fmt: skip

METHODS = tuple(Method(name, desc, _scorer(module, cls)) for name, module, cls, desc in _SPECS)
