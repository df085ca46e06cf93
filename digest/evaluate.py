"""ROUGE evaluation of the summarisers over a JSON Lines dataset, and the pinned quality floors."""

from __future__ import annotations

import json
import logging
import math
import re
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from digest.errors import ConfigError, SourceError
from digest.model import Article
from digest.rank import DEFAULT_METHOD, Length, rank, rank_many

log = logging.getLogger(__name__)

SPLITS = ("dev", "test", "all")
METRICS = ("rouge1", "rouge2", "rougeLsum")
_NUMBER = re.compile(r"(\d+)\D*$")
THREE = Length(count=3)
# How references are scored (printed under every table). ROUGE-1/2 ignore line breaks;
# ROUGE-Lsum needs them, and BBC's `summary` string glues sentences ("$10.9bn.For the ...").
REFERENCE_NOTE = (
    "ROUGE F1 (rouge-score, stemmed) against the reference one sentence per line: its "
    "`summary_sentences` when given, else `summary` split into sentences."
)


@dataclass(frozen=True)
class Record:
    """One dataset article with its reference summary split into sentences."""

    id: str
    title: str
    text: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Row:
    """Scores of one method: mean ROUGE F1 (0-100) and articles per second (with splitting)."""

    method: str
    rouge1: float
    rouge2: float
    rougeLsum: float  # noqa: N815 - the rouge-score metric name
    articles_per_s: float | None
    reference: bool = False  # a reference row (lead, oracle), not a candidate


@dataclass(frozen=True)
class Report:
    """The result of `evaluate`: which data, which length, one row per method."""

    dataset: str
    split: str
    articles: int
    length: str
    rows: tuple[Row, ...]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data."""
        return asdict(self)

    def row(self, method: str) -> Row:
        """The row of one method."""
        for r in self.rows:
            if r.method == method:
                return r
        raise KeyError(method)


def split_of(record_id: str, line_number: int) -> str:
    """Say "dev" for an odd article number, "test" for an even one (the id's trailing number)."""
    m = _NUMBER.search(record_id)
    number = int(m.group(1)) if m else line_number
    return "dev" if number % 2 else "test"


def load_dataset(path: str | Path, split: str = "dev", limit: int | None = None) -> list[Record]:
    """Records of one split of a `{"id", "title", "text", "summary"}` JSON Lines file.

    `limit` keeps an evenly spaced subset of that many records (the same one every time).
    """
    from digest.segment import sentences

    if split not in SPLITS:
        raise ConfigError(f"unknown split {split!r}; use one of {', '.join(SPLITS)}")
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read the dataset ({exc.strerror or exc})") from exc
    records: list[Record] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            rid, text, summary = str(data["id"]), data["text"], data["summary"]
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise SourceError(
                f"{path}:{number}: not a dataset line ({exc}); "
                'each line must be a JSON object with "id", "title", "text", "summary"'
            ) from exc
        if split != "all" and split_of(rid, number) != split:
            continue
        given = data.get("summary_sentences")
        reference = tuple(given) if given else tuple(s.text for s in sentences(summary))
        records.append(Record(rid, data.get("title") or "", text, reference))
    if not records:
        raise SourceError(f"{path}: no articles in split {split!r}; check the file and --split")
    if limit is not None and 0 < limit < len(records):
        # An evenly spaced subset: deterministic, and it spans every topic of a sorted file.
        records = [records[i * len(records) // limit] for i in range(limit)]
    return records


def to_article(record: Record) -> Article:
    """An Article built from dataset text with `digest.segment` (the text is already clean)."""
    from digest.segment import sentences

    return Article(
        id=record.id,
        source=record.id,
        title=record.title,
        text=record.text,
        sentences=sentences(record.text),
    )


@lru_cache(maxsize=1)
def _scorer():
    try:
        from rouge_score import rouge_scorer
    except ImportError as exc:
        raise ConfigError(
            "evaluation needs the rouge-score package: pip install rouge-score"
        ) from exc
    return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)


def rouge(candidate: Sequence[str], reference: Sequence[str]) -> dict[str, float]:
    """ROUGE-1/2/Lsum F1 (0-100) of candidate sentences against reference sentences."""
    scores = _scorer().score("\n".join(reference), "\n".join(candidate))
    return {m: 100 * scores[m].fmeasure for m in METRICS}


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(zip(*(tokens[i:] for i in range(n)), strict=False))


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def oracle(article: Article, reference: Sequence[str], count: int) -> list[str]:
    """Greedy best `count` sentences by mean ROUGE-1/2 F1 against the reference."""
    tokenize = _scorer()._tokenizer.tokenize
    ref_tokens = tokenize(" ".join(reference))
    refs = [_ngrams(ref_tokens, 1), _ngrams(ref_tokens, 2)]
    ref_sizes = [max(1, sum(c.values())) for c in refs]
    grams = []
    for s in article.sentences:
        tokens = tokenize(s.text)
        grams.append((_ngrams(tokens, 1), _ngrams(tokens, 2)))
    chosen: list[int] = []
    current = [Counter(), Counter()]
    best_score = -1.0
    while len(chosen) < min(count, len(grams)):
        best = None
        for i, g in enumerate(grams):
            if i in chosen:
                continue
            value = 0.0
            for k in range(2):
                merged = current[k] + g[k]
                overlap = sum((merged & refs[k]).values())
                value += _f1(overlap, max(1, sum(merged.values())), ref_sizes[k])
            if best is None or value > best[0]:
                best = (value, i)
        if best is None or (chosen and best[0] <= best_score):
            break
        best_score, i = best
        chosen.append(i)
        current = [current[k] + grams[i][k] for k in range(2)]
    return [article.sentences[i].text for i in sorted(chosen)]


def evaluate(
    path: str | Path,
    split: str = "dev",
    methods: Sequence[str] | None = None,
    length: Length = THREE,
    ref_length: bool = False,
    limit: int | None = None,
) -> Report:
    """Score `methods` (default: all) on a dataset split, with Lead and the oracle as references.

    With `ref_length`, each article's summary has as many sentences as its reference.
    Articles per second include sentence splitting, measured once and shared by all rows, and
    ranking with `rank_many` (the batch path; the same summaries as `rank`).
    """
    from digest.rank import methods as available

    names = list(methods) if methods else list(available())
    unknown = [m for m in names if m not in available()]
    if unknown:
        raise ConfigError(f"unknown method(s) {', '.join(unknown)}; see `digest methods`")
    records = load_dataset(path, split, limit)
    for name in names:  # warm up lazy imports so they are not timed
        rank(to_article(records[0]), name, length)
    start = time.perf_counter()
    articles = [to_article(r) for r in records]
    split_time = time.perf_counter() - start
    lengths = [Length(count=max(1, len(r.reference))) if ref_length else length for r in records]
    rows = [_row(name, articles, records, lengths, split_time) for name in names]
    if "lead" not in names:
        rows.append(_row("lead", articles, records, lengths, split_time, reference=True))
    rows.append(_oracle_row(articles, records, lengths))
    return Report(
        dataset=Path(path).name,
        split=split,
        articles=len(records),
        length="reference length" if ref_length else str(length),
        rows=tuple(rows),
    )


def _row(name, articles, records, lengths, split_time, reference=False) -> Row:
    start = time.perf_counter()
    summaries = _rank_all(name, articles, lengths)
    elapsed = time.perf_counter() - start + split_time
    log.info("%s: %d articles in %.2f s", name, len(articles), elapsed)
    totals = Counter()
    for summary, record in zip(summaries, records, strict=True):
        totals.update(rouge([s.text for s in summary], record.reference))
    n = len(articles)
    return Row(
        method=name,
        **{m: totals[m] / n for m in METRICS},
        articles_per_s=n / elapsed if elapsed > 0 else None,
        reference=reference,
    )


def _rank_all(name: str, articles: list[Article], lengths: list[Length]) -> list:
    """`rank` of every article at its length, through `rank_many` (one call per length)."""
    by_length: dict[Length, list[int]] = {}
    for i, n in enumerate(lengths):
        by_length.setdefault(n, []).append(i)
    summaries: list = [()] * len(articles)
    for n, indexes in by_length.items():
        chosen = rank_many([articles[i] for i in indexes], name, n)
        for i, summary in zip(indexes, chosen, strict=True):
            summaries[i] = summary
    return summaries


def _oracle_row(articles, records, lengths) -> Row:
    totals = Counter()
    for article, record, n in zip(articles, records, lengths, strict=True):
        count = n.sentence_count(len(article.sentences)) or 3
        totals.update(rouge(oracle(article, record.reference, count), record.reference))
    n = len(articles)
    return Row("oracle", **{m: totals[m] / n for m in METRICS}, articles_per_s=None, reference=True)


def format_table(report: Report) -> str:
    """The report as a Markdown table, best first by ROUGE-2, reference rows marked."""
    lines = [
        f"{report.dataset}, {report.split} split, {report.articles} articles, {report.length}",
        REFERENCE_NOTE,
        "",
        "| method | R-1 | R-2 | R-Lsum | articles/s |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in sorted(report.rows, key=lambda r: (r.method == "oracle", -r.rouge2)):
        name = f"{r.method} (default)" if r.method == DEFAULT_METHOD else r.method
        if r.reference:
            name = f"*{name}*"
        speed = f"{r.articles_per_s:,.0f}" if r.articles_per_s else "—"
        lines.append(f"| {name} | {r.rouge1:.1f} | {r.rouge2:.1f} | {r.rougeLsum:.1f} | {speed} |")
    return "\n".join(lines)


# --- quality floors -----------------------------------------------------------------------

FLOOR_MARGIN = 0.5  # floors sit this far below the measured score (0-100): float and platform noise


def _round_down(value: float) -> float:
    return math.floor(value * 10) / 10


def load_floors(path: str | Path) -> dict[str, Any]:
    """The pinned floors file: where to measure and, per method, the lowest allowed scores."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the floors file ({exc})") from exc
    if not isinstance(data.get("floors"), dict):
        raise ConfigError(f'{path}: no "floors" object; see benchmarks/summary_floors.json')
    return data


def check_floors(report: Report, floors: dict[str, Any]) -> list[str]:
    """One message per score of the report that is below its pinned floor (empty: all pass)."""
    problems = []
    for method, metrics in sorted(floors["floors"].items()):
        try:
            row = report.row(method)
        except KeyError:
            continue
        for metric, floor in sorted(metrics.items()):
            value = getattr(row, metric)
            if value < floor:
                problems.append(f"{method} {metric} {value:.2f} is below its floor {floor:.1f}")
    return problems


def raised_floors(
    report: Report, floors: dict[str, Any], allow_lower: bool = False
) -> dict[str, Any]:
    """Floors updated from the report: raised where scores allow; lowering needs `allow_lower`.

    Raises ConfigError naming each floor that would go down when `allow_lower` is false.
    """
    updated = {k: v for k, v in floors.items() if k != "floors"}
    new_floors = {m: dict(v) for m, v in floors["floors"].items()}
    lowered = []
    for row in report.rows:
        if row.reference and row.method not in new_floors:
            continue
        current = new_floors.setdefault(row.method, {})
        for metric in METRICS:
            candidate = _round_down(getattr(row, metric) - FLOOR_MARGIN)
            old = current.get(metric)
            if old is not None and candidate < old:
                lowered.append(f"{row.method} {metric} {old:.1f} -> {candidate:.1f}")
                if not allow_lower:
                    continue
            current[metric] = candidate
    if lowered and not allow_lower:
        raise ConfigError(
            "refusing to lower floors (" + "; ".join(lowered) + "); "
            "pass --allow-lower-floors if this is deliberate"
        )
    updated["floors"] = new_floors
    return updated


def write_floors(path: str | Path, floors: dict[str, Any]) -> None:
    """Write a floors file (sorted keys, one trailing newline)."""
    Path(path).write_text(json.dumps(floors, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def run_gate(
    dataset: str | Path,
    floors_path: str | Path,
    update: bool = False,
    allow_lower: bool = False,
) -> tuple[Report, list[str]]:
    """Score the default method where the floors file says; return the report and any failures.

    The floors file fixes the split, the subset size and the summary length. With `update`
    the floors are rewritten from this run (raised freely; lowered only with `allow_lower`).
    """
    floors = load_floors(floors_path)
    methods = sorted({DEFAULT_METHOD, *floors["floors"]} - {"lead", "oracle"})
    report = evaluate(
        dataset,
        split=floors.get("split", "dev"),
        methods=methods,
        length=Length(count=int(floors.get("sentences", 3))),
        limit=floors.get("limit"),
    )
    if update:
        write_floors(floors_path, raised_floors(report, floors, allow_lower))
        return report, []
    problems = check_floors(report, floors)
    if DEFAULT_METHOD not in floors["floors"]:
        problems.append(
            f"no floors pinned for the default method {DEFAULT_METHOD!r}; "
            "run `digest eval DATASET --floors FILE --update-floors`"
        )
    return report, problems
