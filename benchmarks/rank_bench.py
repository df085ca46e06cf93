"""Speed and memory of every summariser on the same articles, each in its own process.

    python benchmarks/rank_bench.py [DATASET.jsonl] [--split all|dev|test] [--limit N]
                                    [--methods a,b] [-n 3] [--json]

For each method a fresh Python process, pinned to one core with BLAS threads off, loads the
dataset (not timed), warms up on the first 20 articles (imports, caches; not timed), then:

1. splits every article into sentences with `digest.segment.sentences` and builds its
   `Article` (timed once: "split");
2. ranks the articles one at a time with `digest.rank.rank` (timed: "rank");
3. ranks them all with one `digest.rank.rank_many` call (timed: "rank_many"; methods
   without a batch scorer are scored one article at a time inside it).

Printed per method: articles/s including splitting, per article (split + rank) and batched
(split + rank_many), articles/s of ranking alone for both, and the process's peak RSS (the
whole run: dataset, articles, both passes). rank_many alone is also given in CPU time of
the process (`time.process_time`), steadier than the wall clock on a shared machine. Lead is
always included, so each figure reads as a ratio to it. The dataset defaults to the shared BBC News Summary file beside the checkout.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATASET = ROOT.parent / "shared" / "data" / "bbc_news_summary.jsonl"
WARMUP = 20


def _worker(dataset: str, split: str, limit: int | None, method: str, n: str) -> dict:
    if hasattr(os, "sched_setaffinity"):  # one core, for real (BLAS threads are off too)
        os.sched_setaffinity(0, {max(os.sched_getaffinity(0))})
    sys.path.insert(0, str(ROOT))
    from digest.evaluate import load_dataset
    from digest.model import Article
    from digest.rank import Length, rank, rank_many
    from digest.segment import sentences

    records = load_dataset(dataset, split, limit)
    length = Length.parse(n)
    warm = [
        Article(id=r.id, source=r.id, title=r.title, text=r.text, sentences=sentences(r.text))
        for r in records[:WARMUP]
    ]
    for article in warm:
        rank(article, method, length)
    rank_many(warm, method, length)
    start = time.perf_counter()
    articles = [
        Article(id=r.id, source=r.id, title=r.title, text=r.text, sentences=sentences(r.text))
        for r in records
    ]
    split_s = time.perf_counter() - start
    start = time.perf_counter()
    for article in articles:
        rank(article, method, length)
    rank_s = time.perf_counter() - start
    start, cpu = time.perf_counter(), time.process_time()
    rank_many(articles, method, length)
    many_s = time.perf_counter() - start
    many_cpu_s = time.process_time() - cpu
    return {
        "method": method,
        "articles": len(articles),
        "split_s": split_s,
        "rank_s": rank_s,
        "rank_many_s": many_s,
        "articles_per_s": len(articles) / (split_s + rank_s),
        "batch_articles_per_s": len(articles) / (split_s + many_s),
        "rank_articles_per_s": len(articles) / rank_s if rank_s else None,
        "rank_many_articles_per_s": len(articles) / many_s if many_s else None,
        "rank_many_cpu_articles_per_s": len(articles) / many_cpu_s if many_cpu_s else None,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv: list[str] | None = None) -> int:
    """Run every method in a subprocess and print one table (or JSON lines)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(DEFAULT_DATASET))
    parser.add_argument("--split", default="all", choices=("all", "dev", "test"))
    parser.add_argument("--limit", type=int, default=None, help="evenly spaced subset of N")
    parser.add_argument("--methods", default=None, help="comma-separated (default: all)")
    parser.add_argument("-n", default="3", help="summary length (default 3 sentences)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(args.dataset, args.split, args.limit, args.worker, args.n)))
        return 0
    if not Path(args.dataset).exists():
        print(f"rank_bench: {args.dataset}: no such dataset; pass its path", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from digest.rank import DEFAULT_METHOD, methods

    names = args.methods.split(",") if args.methods else list(methods())
    if "lead" not in names:
        names.insert(0, "lead")
    rows = []
    for name in names:
        cmd = [sys.executable, __file__, args.dataset, "--split", args.split, "-n", args.n]
        cmd += ["--worker", name] + (["--limit", str(args.limit)] if args.limit else [])
        env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}  # one core
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)
        if proc.returncode:
            print(f"rank_bench: {name} failed: {proc.stderr.strip()[-500:]}", file=sys.stderr)
            return 1
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if args.json:
            print(json.dumps(rows[-1]), flush=True)
    if not args.json:
        lead = next(r for r in rows if r["method"] == "lead")
        print(
            f"{rows[0]['articles']} articles ({args.split}), {args.n} sentences, one process each"
        )
        print()
        print(
            "| method | articles/s, rank_many (with splitting) | × Lead | articles/s, rank "
            "(with splitting) | × Lead | rank_many only | rank_many only, CPU | rank only "
            "| peak RSS MB |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for r in sorted(rows, key=lambda r: -r["batch_articles_per_s"]):
            name = f"{r['method']} (default)" if r["method"] == DEFAULT_METHOD else r["method"]
            print(
                f"| {name} | {r['batch_articles_per_s']:,.0f} | "
                f"{r['batch_articles_per_s'] / lead['batch_articles_per_s']:.2f} | "
                f"{r['articles_per_s']:,.0f} | "
                f"{r['articles_per_s'] / lead['articles_per_s']:.2f} | "
                f"{r['rank_many_articles_per_s']:,.0f} | "
                f"{r['rank_many_cpu_articles_per_s']:,.0f} | {r['rank_articles_per_s']:,.0f} | "
                f"{r['peak_rss_mb']:.0f} |"
            )
        print()
        print(
            f"splitting alone: {rows[0]['articles'] / lead['split_s']:,.0f} articles/s "
            "(in the lead process)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
