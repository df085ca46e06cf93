"""`news` over many documents at once: the same scores as `news.score`, with numpy calls per batch.

Every sentence of the batch is one row of a sparse term-count matrix whose columns are
(document, term) pairs, so its product with itself is block-diagonal: each document's
sentence overlaps and nothing across documents. Per-document steps (maxima, the lead prior,
MMR picks) are segmented reductions over the rows. The arithmetic is element for element
the one `news.score` does; only sums of several terms may be added up in another order
(a last-bit difference, far below the six decimals `rank` keeps).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from digest.methods import Document, news
from digest.methods.news import _CUE, _PUNCT, _VOCAB, EXACT_PICKS, MAX_SENTENCES, WEIGHTS, Weights

BATCH = 256  # documents per batch: bounds the matrices (about 5,000 sentences)


def score_many(documents: Sequence[Document], weights: Weights = WEIGHTS) -> list[list[float]]:
    """`news.score` of every document (equal lists), computed a batch of documents at a time."""
    out: list[list[float]] = [[] for _ in documents]
    batch: list[int] = []
    for i, document in enumerate(documents):
        n = len(document.sentences)
        if n == 1 or n > MAX_SENTENCES:
            out[i] = news.score(document, weights)
        elif n > 1:
            batch.append(i)
            if len(batch) == BATCH:
                _score_batch(documents, batch, weights, out)
                batch = []
    if batch:
        _score_batch(documents, batch, weights, out)
    return out


def _score_batch(
    documents: Sequence[Document], batch: list[int], weights: Weights, out: list[list[float]]
) -> None:
    import numpy as np
    from scipy.sparse import csr_matrix

    _VOCAB.reset_if_full()
    docs = [documents[i] for i in batch]
    sizes = [len(d.sentences) for d in docs]
    texts = [s for d in docs for s in d.sentences]
    n = len(texts)
    # Headlines are tokenised with the sentences, as rows n, n+1, ... (one per document).
    rows, kind = _tokens(texts + [d.title for d in docs])
    headline = rows >= n
    title_rows, title_kind = rows[headline] - n, kind[headline]
    rows, kind = rows[~headline], kind[~headline]
    width = _VOCAB.next_id + 1
    doc_of = np.repeat(np.arange(len(docs)), sizes)  # document of each sentence
    starts = np.zeros(len(docs), dtype=np.int64)
    np.cumsum(sizes[:-1], out=starts[1:])
    words = np.bincount(rows, weights=kind != _PUNCT, minlength=n)
    cue = np.bincount(rows, weights=kind == _CUE, minlength=n) > 0
    content = kind >= 0
    # (sentence, term) pairs with their counts: the non-zeros of the count matrix, row-sorted.
    pair_keys = rows[content] * width + kind[content]
    if n * width < 2**31:  # 32-bit keys sort several times faster
        pair_keys = pair_keys.astype(np.int32)
    pairs, counts = np.unique(pair_keys, return_counts=True)
    pair_row, pair_term = np.divmod(pairs, width)
    column_keys = doc_of[pair_row] * width + pair_term  # one column per (document, term)
    columns, pair_col = np.unique(column_keys, return_inverse=True)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(pair_row, minlength=n), out=indptr[1:])
    matrix = csr_matrix((counts.astype(np.float64), pair_col, indptr), shape=(n, len(columns)))
    edges = (matrix @ matrix.T).tocsr()
    edge_row = np.repeat(np.arange(n), np.diff(edges.indptr))
    off = edges.indices != edge_row
    edge_row, edge_col, edge_val = edge_row[off], edges.indices[off], edges.data[off]
    norms = np.sqrt(np.bincount(pair_row, weights=counts.astype(np.float64) ** 2, minlength=n))
    terms = np.bincount(pair_row, weights=counts, minlength=n)
    scale = np.maximum(terms, 1.0) ** -weights.overlap_norm
    central = np.bincount(edge_row, weights=edge_val * scale[edge_col], minlength=n) * scale
    top = np.maximum.reduceat(central, starts)
    top[top == 0.0] = 1.0
    central *= np.maximum(words, 1.0) ** weights.length / (25.0**weights.length * top)[doc_of]
    full = words >= weights.min_words
    full |= ~np.logical_or.reduceat(full, starts)[doc_of]
    before = np.cumsum(full)
    before -= np.concatenate(([0], before[starts[1:] - 1]))[doc_of]
    prior = news._prior(weights)[np.maximum(before - 1, 0)]
    relevance = central + prior * full + weights.attribution * cue
    in_title = title_kind >= 0
    wanted = np.unique(title_rows[in_title] * width + title_kind[in_title])  # (document, term)
    if len(wanted) and len(columns):
        at = np.minimum(np.searchsorted(columns, wanted), len(columns) - 1)
        title_column = np.zeros(len(columns), dtype=bool)
        title_column[at[columns[at] == wanted]] = True  # the columns of headline terms
        hits = title_column[pair_col]
        shared = np.bincount(pair_row[hits], minlength=n)
        title_terms = np.bincount(wanted // width, minlength=len(docs))
        share = np.zeros(len(docs))
        np.divide(weights.headline, title_terms, out=share, where=title_terms > 0)
        relevance += shared * share[doc_of]
    relevance *= np.minimum(1.0, words / weights.min_words)
    norms = np.maximum(norms, 1e-9)
    similarity = edge_val / norms[edge_col] / norms[edge_row]
    scores = _mmr(relevance, edges.indptr, edge_row, edge_col, similarity, starts, sizes, weights)
    flat = scores.tolist()
    for i, start, size in zip(batch, starts.tolist(), sizes, strict=True):
        out[i] = flat[start : start + size]


def _mmr(relevance, indptr, edge_row, edge_col, similarity, starts, sizes, weights: Weights):
    """`news._mmr` of every document of the batch at once: the same picks and scores."""
    import numpy as np

    n = len(relevance)
    count = len(sizes)
    sizes = np.asarray(sizes)
    doc_of = np.repeat(np.arange(count), sizes)
    top = np.maximum.reduceat(relevance, starts)
    top[top == 0.0] = 1.0
    keep = 1.0 - weights.redundancy
    cost = (weights.redundancy * top)[doc_of]
    blocked = (2.0 * top)[doc_of]
    wanted = keep * relevance
    # The rows of the similarity matrix start where the off-diagonal entries of a row start.
    row_start = np.searchsorted(edge_row, np.arange(n + 1))
    penalty = np.zeros(n)
    left = np.ones(n, dtype=bool)
    scores = np.zeros(n)
    step = np.full(count, math.inf)
    for pick in range(min(int(sizes.max()), EXACT_PICKS)):
        active = sizes > pick
        gain = wanted - cost * penalty
        gain = np.where(penalty > weights.duplicate, gain - blocked, gain)
        gain[~left] = -math.inf
        best_gain = np.maximum.reduceat(gain, starts)
        at_best = np.flatnonzero((gain == best_gain[doc_of]) & left & active[doc_of])
        first = np.ones(len(at_best), dtype=bool)
        first[1:] = doc_of[at_best[1:]] != doc_of[at_best[:-1]]
        best = at_best[first]  # the earliest best sentence of each active document
        docs = doc_of[best]
        step[docs] = np.minimum(np.nextafter(step[docs], -math.inf), gain[best])
        scores[best] = step[docs]
        left[best] = False
        lo, hi = row_start[best], row_start[best + 1]
        span = hi - lo
        if span.sum():
            at = np.repeat(lo - np.cumsum(span) + span, span) + np.arange(span.sum())
            targets = edge_col[at]
            penalty[targets] = np.maximum(penalty[targets], similarity[at])
    rest = np.flatnonzero(left)
    if len(rest):
        gain = wanted[rest] - cost[rest] * penalty[rest]
        gain = np.where(penalty[rest] > weights.duplicate, gain - blocked[rest], gain)
        docs = doc_of[rest]
        order = np.lexsort((-gain, docs))  # stable: ties keep document order
        rest, gain, docs = rest[order], gain[order], docs[order]
        opens = np.ones(len(rest), dtype=bool)
        opens[1:] = docs[1:] != docs[:-1]
        previous = np.empty(len(rest))
        # step_k = min(nextafter(step_k-1), gain_k): iterate to the fixed point (ties chain).
        current = gain
        while True:
            previous[1:] = current[:-1]
            previous[opens] = step[docs[opens]]
            following = np.minimum(np.nextafter(previous, -math.inf), gain)
            if np.array_equal(following, current):
                break
            current = following
        scores[rest] = current
    return scores


def _tokens(texts: list[str]):
    """Sentence row and vocabulary id of every whitespace token (`str.split()`) of `texts`.

    One `split` of the joined texts gives the tokens, one `map` their ids; the sentence of
    each token comes from the texts read as code points (a token starts where whitespace
    ends), so no text is split on its own.
    """
    import numpy as np

    big = " ".join(texts)
    tokens = big.split()
    kind = np.fromiter(map(_VOCAB.__getitem__, tokens), np.int64, len(tokens))
    try:  # one byte per character: whitespace marked by bytes.translate
        space = np.frombuffer(big.encode("latin-1").translate(_LATIN_SPACE), dtype=bool)
    except UnicodeEncodeError:
        codes = np.frombuffer(big.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        space = np.take(_space_table(), codes, mode="clip")  # past the table: not whitespace
    opens = np.empty(len(space), dtype=bool)
    opens[:1] = True
    np.greater(space[:-1], space[1:], out=opens[1:])  # whitespace, then a token
    opens &= ~space
    starts = np.flatnonzero(opens)
    # The text of each character: count the texts that start at or before it.
    sizes = np.fromiter(map(len, texts), np.int64, len(texts))
    text_of = np.zeros(len(space) + 1, dtype=np.int32)
    text_of[np.cumsum(sizes[:-1] + 1)] = 1  # where texts 1.. start in `big`
    np.cumsum(text_of, out=text_of)
    rows = text_of[starts].astype(np.int64)
    if len(rows) != len(kind):  # cannot happen: both follow `str.isspace`
        raise RuntimeError("token bounds disagree with str.split()")
    return rows, kind


_LAST_SPACE = 0x3000  # no code point above this is whitespace to `str.split()`
_LATIN_SPACE = bytes(chr(c).isspace() for c in range(256))  # byte -> 1 for whitespace


@lru_cache(maxsize=1)
def _space_table():
    import numpy as np

    return np.array([chr(c).isspace() for c in range(_LAST_SPACE + 2)], dtype=bool)
