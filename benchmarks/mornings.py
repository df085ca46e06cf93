"""Synthetic news "mornings" from the BBC News Summary set: articles plus lightly edited copies."""

from __future__ import annotations

import json
import random
import re
import tempfile
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "bbc_news_summary.jsonl"
SOURCES = ("BBC", "Reuters", "AP", "AFP", "UPI", "Guardian", "Times", "Bloomberg")
# A BBC pair is an edited copy of one story when this share of the shorter text's characters
# lies in blocks that difflib matches in the longer one (one text is mostly inside the other).
NEAR_COPY_RATIO = 0.8


@dataclass(frozen=True)
class Item:
    """One article of a morning and the story it belongs to (the ground truth)."""

    key: str  # unique in the morning
    bbc_id: str
    topic: str
    title: str
    text: str
    source_name: str
    story: str  # ground-truth story label
    edited: bool = False


@dataclass
class Morning:
    """A list of articles with ground truth."""

    items: list[Item] = field(default_factory=list)


@lru_cache(maxsize=1)
def load() -> list[dict]:
    """The BBC records (read from the shared folder at run time, never copied)."""
    with DATA.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@lru_cache(maxsize=1)
def story_labels() -> dict[str, str]:
    """`_story_labels`, cached in the temp folder (it takes about a minute to compute)."""
    stat = DATA.stat()
    cache = (
        Path(tempfile.gettempdir()) / f"digest-bbc-stories-{stat.st_size}-{int(stat.st_mtime)}.json"
    )
    if cache.exists():
        return json.loads(cache.read_text())
    labels = _story_labels()
    cache.write_text(json.dumps(labels))
    return labels


def _story_labels() -> dict[str, str]:
    """BBC id -> story label: listed duplicates and near copies (overlap >= NEAR_COPY_RATIO) share one.

    Near copies are found independently of the code under test: TF-IDF cosine >= 0.5 only
    proposes pairs, the character-level difflib overlap decides.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    recs = load()
    parent = {r["id"]: r["id"] for r in recs}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for r in recs:
        for d in r["duplicates"]:
            union(r["id"], d)
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [r["text"] for r in recs]
    )
    sims = (matrix @ matrix.T).tocoo()
    for a, b, v in zip(sims.row, sims.col, sims.data, strict=True):
        if (
            a < b
            and v >= 0.5
            and find(recs[a]["id"]) != find(recs[b]["id"])
            and _overlap(recs[a]["text"], recs[b]["text"]) >= NEAR_COPY_RATIO
        ):
            union(recs[a]["id"], recs[b]["id"])
    return {r["id"]: find(r["id"]) for r in recs}


def _overlap(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return sum(m.size for m in matcher.get_matching_blocks()) / max(1, min(len(a), len(b)))


def listed_labels() -> dict[str, str]:
    """BBC id -> story label using only the dataset's `duplicates` field (identical texts)."""
    labels = {}
    for r in load():
        labels[r["id"]] = min([r["id"], *r["duplicates"]])
    return labels


_SAYS = re.compile(r"\bsaid\b")


def edit(record: dict, rng: random.Random) -> tuple[str, str]:
    """A lightly edited copy: a changed headline, a dropped paragraph, small wording changes."""
    title = record["title"]
    paras = record["text"].split("\n\n")
    choice = rng.randrange(3)
    if choice == 0:
        title = rng.choice(("UPDATE 1-", "Analysis: ", "Latest: ", "WRAPUP ")) + title
    elif choice == 1:
        first = paras[0].split()
        title = " ".join(first[: min(len(first), rng.randint(6, 10))]).rstrip(",.;:")
    else:
        words = title.split()
        if len(words) > 3:
            del words[rng.randrange(len(words))]
        title = " ".join(words)
    # drop one paragraph that holds at most a fifth of the words (a light edit, not a rewrite)
    total = sum(len(p.split()) for p in paras)
    small = [i for i in range(1, len(paras)) if len(paras[i].split()) <= total / 5]
    if small:
        del paras[rng.choice(small)]
    text = "\n\n".join(paras)
    text = _SAYS.sub("says", text, count=rng.randint(0, 2))
    return title, text


def morning(size: int, seed: int, copy_share: float = 0.25) -> Morning:
    """`size` articles: distinct BBC articles, and edited copies of about `copy_share` of them.

    Articles are drawn without replacement from the 2,225 records; when `size` is larger than
    that can hold, every record is used and copies make up the rest.
    """
    rng = random.Random(seed)
    recs = load()
    labels = story_labels()
    n_orig = min(len(recs), max(1, round(size / (1 + copy_share))))
    originals = rng.sample(recs, n_orig)
    out = Morning()
    for k, r in enumerate(originals):
        out.items.append(
            Item(
                key=f"o{k}",
                bbc_id=r["id"],
                topic=r["topic"],
                title=r["title"],
                text=r["text"],
                source_name=rng.choice(SOURCES),
                story=labels[r["id"]],
            )
        )
    k = 0
    while len(out.items) < size:
        r = rng.choice(originals)
        title, text = edit(r, rng)
        out.items.append(
            Item(
                key=f"c{k}",
                bbc_id=r["id"],
                topic=r["topic"],
                title=title,
                text=text,
                source_name=rng.choice(SOURCES),
                story=labels[r["id"]],
                edited=True,
            )
        )
        k += 1
    rng.shuffle(out.items)
    return out


def pair_scores(groups: list[list[int]], truth: list[str]) -> tuple[float, float, int, int]:
    """Pairwise precision and recall of predicted groups against true story labels."""
    predicted = set()
    for g in groups:
        for i, a in enumerate(g):
            for b in g[i + 1 :]:
                predicted.add((min(a, b), max(a, b)))
    by_story: dict[str, list[int]] = {}
    for i, s in enumerate(truth):
        by_story.setdefault(s, []).append(i)
    actual = set()
    for members in by_story.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                actual.add((a, b))
    hit = len(predicted & actual)
    precision = hit / len(predicted) if predicted else 1.0
    recall = hit / len(actual) if actual else 1.0
    return precision, recall, len(predicted), len(actual)
