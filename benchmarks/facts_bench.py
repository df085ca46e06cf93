"""Speed of the facts step against spaCy's full pipeline on the same ~400-word articles.

Run: python benchmarks/facts_bench.py [--articles N] [--corpus gold|bbc|both]

Corpora (one process, one thread; BLAS and OpenMP pinned to one thread before numpy loads):
- gold: the `examples/` texts and the facts gold set, each cut or repeated to about 400 words.
  Written to test the extractor, so nearly every sentence holds a commitment or a quote: the
  worst case for a step that parses only what can hold a fact.
- bbc: real news, BBC articles of 300-500 words read at run time from
  ../shared/data/bbc_news_summary.jsonl (skipped when absent; never copied into the repo).

Printed per corpus: articles/s of `extract_facts_many` (wall clock of the fastest of
--repeat runs, with the CPU time to show it ran on one core), the share of sentences parsed, and spaCy's full pipeline (as shipped:
all components, thinc's default BLAS) on the same texts; then the peak RSS of the facts step
(measured before the full pipeline is loaded) and of the whole run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc_news_summary.jsonl"


def gold_texts() -> list[str]:
    """The examples and gold articles, each cut or repeated (by paragraph) to ~400 words."""
    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))]
    for name in ("dev.jsonl", "test.jsonl"):
        path = ROOT / "benchmarks" / "facts_gold" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    out = []
    for t in texts:
        paras, count = [], 0
        for para in t.split("\n\n") * 8:
            paras.append(para)
            count += len(para.split())
            if count >= 400:
                break
        out.append("\n\n".join(paras))
    return out


def bbc_texts(limit: int) -> list[str]:
    """BBC news articles of 300-500 words, in file order."""
    if not BBC.exists():
        return []
    out = []
    with BBC.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            if 300 <= len(text.split()) <= 500:
                out.append(text)
                if len(out) >= limit:
                    break
    return out


def _articles(texts: list[str]):
    from digest.model import Article
    from digest.segment import sentences

    return [
        Article(id=str(i), source=str(i), title="", text=t, sentences=sentences(t))
        for i, t in enumerate(texts)
    ]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--corpus", choices=("gold", "bbc", "both"), default="both")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed runs per corpus; the fastest is reported"
    )
    args = parser.parse_args()

    from digest.facts import extract_facts_many, select_sentences
    from digest.facts.nlp import load_nlp, model_dir

    corpora: dict[str, list[str]] = {}
    if args.corpus in ("gold", "both"):
        texts = gold_texts()
        corpora["gold"] = (texts * (args.articles // len(texts) + 1))[: args.articles]
    if args.corpus in ("bbc", "both"):
        texts = bbc_texts(args.articles)
        if texts:
            corpora["bbc"] = texts
        else:
            print(f"bbc: {BBC} not found, skipped")

    load_nlp()
    rows = []
    for name, texts in corpora.items():
        articles = _articles(texts)
        extract_facts_many(articles[:5])  # warm up
        wall, cpu = float("inf"), 0.0
        for _ in range(max(1, args.repeat)):  # the machine may be shared: keep the fastest run
            w, c = time.perf_counter(), time.process_time()
            extract_facts_many(articles)
            w, c = time.perf_counter() - w, time.process_time() - c
            if w < wall:
                wall, cpu = w, c
        parsed = sum(len(select_sentences(a)) for a in articles)
        total = sum(len(a.sentences) for a in articles)
        words = sum(len(t.split()) for t in texts) / len(texts)
        rows.append((name, texts, len(articles) / wall, cpu / wall, parsed / total, words))
    facts_rss = _rss_mb()

    from spacy.util import load_model_from_path

    full = load_model_from_path(model_dir())
    for name, texts, rate, cpu_share, parsed_share, words in rows:
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            for _doc in full.pipe(texts, batch_size=64):
                pass
            best = min(best, time.perf_counter() - start)
        full_rate = len(texts) / best
        print(f"{name}: {len(texts)} articles, mean {words:.0f} words")
        print(f"  sentences parsed by the facts step  {parsed_share:6.0%}")
        print(
            f"  facts step                          {rate:6.1f} articles/s  (CPU/wall {cpu_share:.2f})"
        )
        print(f"  spaCy full pipeline                 {full_rate:6.1f} articles/s")
    print(f"peak RSS: facts step {facts_rss:.0f} MB, whole run {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
