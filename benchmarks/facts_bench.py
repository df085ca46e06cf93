"""Speed of the facts step against spaCy's full pipeline on the same ~400-word articles.

Run: python benchmarks/facts_bench.py [--articles N]. Articles are the `examples/` texts and the
facts gold set, cut or repeated to about 400 words; one process, one thread.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    texts = [p.read_text() for p in sorted((ROOT / "examples").glob("*.txt"))]
    for name in ("dev.jsonl", "test.jsonl"):
        path = ROOT / "benchmarks" / "facts_gold" / name
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    out = []
    for t in texts:
        words = t.split()
        while len(words) < 400:
            words += t.split()
        paras, count = [], 0
        for para in t.split("\n\n") * 8:
            paras.append(para)
            count += len(para.split())
            if count >= 400:
                break
        out.append("\n\n".join(paras))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args()

    from digest.facts import extract_facts_many, select_sentences
    from digest.facts.nlp import load_nlp, model_dir
    from digest.model import Article
    from digest.segment import sentences

    texts = _texts()
    texts = (texts * (args.articles // len(texts) + 1))[: args.articles]
    articles = [
        Article(id=str(i), source=str(i), title="", text=t, sentences=sentences(t))
        for i, t in enumerate(texts)
    ]
    words = sum(len(t.split()) for t in texts)
    load_nlp()
    extract_facts_many(articles[:5])  # warm up

    start = time.perf_counter()
    extract_facts_many(articles)
    facts_s = time.perf_counter() - start
    parsed = sum(len(select_sentences(a)) for a in articles)
    total = sum(len(a.sentences) for a in articles)

    from spacy.util import load_model_from_path

    full = load_model_from_path(model_dir())
    start = time.perf_counter()
    for _ in full.pipe(texts, batch_size=64):
        pass
    full_s = time.perf_counter() - start

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {len(articles)}, mean words {words / len(articles):.0f}")
    print(f"sentences parsed by the facts step: {parsed}/{total} ({parsed / total:.0%})")
    print(f"facts step:          {len(articles) / facts_s:7.1f} articles/s")
    print(f"spaCy full pipeline: {len(articles) / full_s:7.1f} articles/s")
    print(f"peak RSS {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
