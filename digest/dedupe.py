"""Near-duplicate and same-story detection across articles: MinHash LSH candidates, TF-IDF check."""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

log = logging.getLogger(__name__)

Method = Literal["hybrid", "tfidf", "minhash"]

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@dataclass(frozen=True)
class DedupeOptions:
    """How articles are judged to tell the same story.

    `hybrid` (default): MinHash LSH over each article's content words proposes candidate pairs
    in about linear time; a candidate pair is one story when it is a copy (at least
    `copy_threshold` of the shorter text's word 3-shingles are in the other) or reports the same
    event (TF-IDF cosine of the two texts at least `event_threshold`). `tfidf`: every pair's
    cosine against `event_threshold` (quadratic; for comparison). `minhash`: the MinHash
    Jaccard estimate of word 3-shingles against `copy_threshold`.
    """

    method: Method = "hybrid"
    copy_threshold: float = 0.7
    event_threshold: float = 0.85
    # Jaccard of content-word sets at which a pair is almost surely a candidate; lowered
    # with `event_threshold` (a looser event match needs looser candidates)
    lsh_threshold: float = 0.65
    num_perm: int = 128
    seed: int = 1

    def __post_init__(self) -> None:
        if self.method not in ("hybrid", "tfidf", "minhash"):
            raise ValueError(f"unknown dedupe method {self.method!r}; use hybrid, tfidf or minhash")
        for name in ("copy_threshold", "event_threshold", "lsh_threshold"):
            value = getattr(self, name)
            if not 0 < value <= 1:
                raise ValueError(f"dedupe {name} must be above 0 and at most 1, got {value}")


def group_duplicates(texts: Sequence[str], options: DedupeOptions | None = None) -> list[list[int]]:
    """Indices of `texts` grouped by story: each group sorted, groups ordered by first member.

    Every index is in exactly one group; a text with no duplicate is a group of one.
    """
    options = options or DedupeOptions()
    n = len(texts)
    if n == 0:
        return []
    pairs = similar_pairs(texts, options)
    return _components(n, pairs)


def similar_pairs(texts: Sequence[str], options: DedupeOptions) -> list[tuple[int, int]]:
    """Pairs (i < j) of texts that tell the same story, by `options.method`."""
    if len(texts) < 2:
        return []
    if options.method == "minhash":
        return _minhash_pairs(texts, options)
    matrix = _tfidf(texts)
    if options.method == "tfidf":
        return _all_pairs_cosine(matrix, options.event_threshold)
    candidates = _lsh_candidates([_content_words(t) for t in texts], options)
    return _verify(texts, matrix, candidates, options)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens of a text (letters and digits; an apostrophe suffix kept)."""
    return _TOKEN.findall(text.lower())


def _stop_words() -> frozenset[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return ENGLISH_STOP_WORDS


def _content_words(text: str) -> set[str]:
    stop = _stop_words()
    return {w for w in tokens(text) if len(w) > 2 and w not in stop}


def _shingles(text: str, size: int = 3) -> set[str]:
    words = tokens(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _tfidf(texts: Sequence[str]):
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(
        sublinear_tf=True, stop_words="english", token_pattern=_TOKEN.pattern, lowercase=True
    )
    try:
        return vectorizer.fit_transform(texts)  # rows are L2-normalised
    except ValueError:  # every text empty or only stop words
        from scipy.sparse import csr_matrix

        return csr_matrix((len(texts), 1))


def _all_pairs_cosine(matrix, threshold: float, chunk: int = 1000) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    transposed = matrix.T.tocsc()
    for start in range(0, matrix.shape[0], chunk):
        block = (matrix[start : start + chunk] @ transposed).tocoo()
        keep = (block.data >= threshold) & (block.row + start < block.col)
        rows = block.row[keep] + start
        pairs.extend(zip(rows.tolist(), block.col[keep].tolist(), strict=True))
        del block
    return sorted(set(pairs))


def _minhashes(sets: Sequence[set[str]], options: DedupeOptions):
    from datasketch import MinHash

    data = [[s.encode("utf-8") for s in sorted(items)] for items in sets]
    # crc32 is a C call and deterministic; datasketch mixes the value before permuting it
    return MinHash.bulk(data, num_perm=options.num_perm, seed=options.seed, hashfunc=zlib.crc32)


def _lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """Bands and rows so a pair at `threshold` Jaccard is a candidate with high probability."""
    best = (num_perm, 1)
    for rows in range(1, num_perm + 1):
        bands = num_perm // rows
        # probability that a pair at the threshold collides in at least one band
        if 1 - (1 - threshold**rows) ** bands >= 0.99:
            best = (bands, rows)
        else:
            break
    return best


def _lsh_candidates(sets: Sequence[set[str]], options: DedupeOptions) -> set[tuple[int, int]]:
    from datasketch import MinHashLSH

    threshold = min(options.lsh_threshold, max(0.2, options.event_threshold - 0.2))
    params = _lsh_params(threshold, options.num_perm)
    lsh = MinHashLSH(num_perm=options.num_perm, params=params)
    candidates: set[tuple[int, int]] = set()
    for i, mh in enumerate(_minhashes(sets, options)):
        if not sets[i]:
            continue
        for j in lsh.query(mh):
            candidates.add((j, i))
        lsh.insert(i, mh)
    return candidates


def _verify(
    texts: Sequence[str], matrix, candidates: set[tuple[int, int]], options: DedupeOptions
) -> list[tuple[int, int]]:
    import numpy as np

    if not candidates:
        return []
    pairs = np.array(sorted(candidates))
    cosines = np.empty(len(pairs))
    for start in range(0, len(pairs), 50_000):
        part = pairs[start : start + 50_000]
        rows = matrix[part[:, 0]].multiply(matrix[part[:, 1]])
        cosines[start : start + len(part)] = np.asarray(rows.sum(axis=1)).ravel()
    shingles: dict[int, set[str]] = {}
    out: list[tuple[int, int]] = []
    for (a, b), cosine in zip(pairs.tolist(), cosines.tolist(), strict=True):
        if cosine >= options.event_threshold:
            out.append((a, b))
            continue
        if cosine < options.copy_threshold / 2:
            continue  # a copy shares most of its words; skip the shingle check
        sa = shingles.get(a) or shingles.setdefault(a, _shingles(texts[a]))
        sb = shingles.get(b) or shingles.setdefault(b, _shingles(texts[b]))
        if sa and sb and len(sa & sb) / min(len(sa), len(sb)) >= options.copy_threshold:
            out.append((a, b))
    log.debug("%d candidate pairs, %d of one story", len(pairs), len(out))
    return out


def _minhash_pairs(texts: Sequence[str], options: DedupeOptions) -> list[tuple[int, int]]:
    from datasketch import MinHashLSH

    sets = [_shingles(t) for t in texts]
    hashes = _minhashes(sets, options)
    threshold = options.copy_threshold
    lsh = MinHashLSH(num_perm=options.num_perm, params=_lsh_params(threshold, options.num_perm))
    pairs: list[tuple[int, int]] = []
    for i, mh in enumerate(hashes):
        if not sets[i]:
            continue
        for j in lsh.query(mh):
            if hashes[j].jaccard(mh) >= threshold:
                pairs.append((j, i))
        lsh.insert(i, mh)
    return sorted(pairs)


def _components(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
