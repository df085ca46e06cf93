"""ROUGE of the `news` ranker under other weights, on one or more datasets, in one table.

    python benchmarks/weights_sweep.py DATASET.jsonl [DATASET2.jsonl ...] [--split dev]
        [--set lead=0,0.1,0.2,0.4] [--set position=0.1,0.3] [-n 3]

Every combination of the `--set` values is scored (the other weights keep their defaults in
`digest.methods.news.Weights`). Printed per dataset and combination: ROUGE-1/2/Lsum F1 and
the share of summaries that keep the article's first sentence. Used to read the trade-off
between references that reward centrality (BBC's extracts) and references that reward the
lead (human-written highlights, see `benchmarks/highlights/`) before a default changes.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from dataclasses import fields, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digest.evaluate import METRICS, load_dataset, rouge, to_article  # noqa: E402
from digest.methods.news import WEIGHTS, Weights  # noqa: E402
from digest.methods.news_batch import score_many  # noqa: E402
from digest.rank import Length, _distinct, _pick  # noqa: E402


def _parse_set(values: list[str]) -> dict[str, list[float]]:
    names = {f.name: f.type for f in fields(Weights)}
    grid: dict[str, list[float]] = {}
    for item in values:
        name, _, numbers = item.partition("=")
        if name not in names or not numbers:
            raise SystemExit(f"--set {item!r}: use NAME=V1,V2 with NAME one of {', '.join(names)}")
        cast = int if names[name] in (int, "int") else float
        grid[name] = [cast(v) for v in numbers.split(",")]
    return grid


def sweep(path: str, split: str, variants: list[Weights], count: int) -> list[dict]:
    """Mean ROUGE F1 (0-100) and first-sentence share of each weight variant on one split."""
    records = load_dataset(path, split)
    articles = [to_article(r) for r in records]
    prepared = [_distinct(a) for a in articles]
    documents = [d for unique, d in prepared if unique]
    length = Length(count=count)
    rows = []
    for weights in variants:
        scored = iter(score_many(documents, weights))
        totals: Counter = Counter()
        first = 0
        for article, record, (unique, _) in zip(articles, records, prepared, strict=True):
            summary = _pick("news", unique, next(scored), length, len(article.sentences))
            first += bool(summary) and summary[0].index == 0
            totals.update(rouge([s.text for s in summary], record.reference))
        n = len(records)
        rows.append({m: totals[m] / n for m in METRICS} | {"first": first / n, "n": n})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("datasets", nargs="+")
    parser.add_argument("--split", default="dev", choices=("dev", "test", "all"))
    parser.add_argument("--set", action="append", default=[], metavar="NAME=V1,V2")
    parser.add_argument("-n", type=int, default=3, help="sentences per summary (default 3)")
    args = parser.parse_args(argv)
    grid = _parse_set(args.set)
    combos = [dict(zip(grid, values, strict=True)) for values in itertools.product(*grid.values())]
    variants = [replace(WEIGHTS, **combo) for combo in combos] or [WEIGHTS]
    labels = [", ".join(f"{k}={v}" for k, v in c.items()) or "defaults" for c in combos] or [
        "defaults"
    ]
    for path in args.datasets:
        rows = sweep(path, args.split, variants, args.n)
        print(
            f"\n{Path(path).name}, split {args.split}, {rows[0]['n']} articles, {args.n} sentences"
        )
        print("| weights | R-1 | R-2 | R-Lsum | first sentence kept |")
        print("|---|---:|---:|---:|---:|")
        for label, row in zip(labels, rows, strict=True):
            print(
                f"| {label} | {row['rouge1']:.1f} | {row['rouge2']:.1f} | "
                f"{row['rougeLsum']:.1f} | {row['first']:.0%} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
