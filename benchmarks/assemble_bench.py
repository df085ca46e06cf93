"""Benchmark of the assemble stage on synthetic BBC mornings: duplicates, sections, speed, memory.

Usage: python benchmarks/assemble_bench.py [--mornings 5] [--size 500] [--no-pipeline] [--no-scaling]

Reads ../shared/data/bbc_news_summary.jsonl at run time (never copied into the repo). Mornings
mix BBC articles with lightly edited copies of a quarter of them (changed headline, one short
paragraph dropped, "said" -> "says", another source name); the ground truth groups each copy
with its original, the dataset's listed duplicates, and BBC pairs whose texts overlap >= 80%
(difflib; see benchmarks/mornings.py).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mornings import DATA, Morning, listed_labels, morning, pair_scores  # noqa: E402

from digest.model import Article, RawDocument, ScoredSentence, Summary  # noqa: E402

NOW = datetime(2005, 3, 1, 7, 0, tzinfo=UTC)


def articles_of(m: Morning) -> list[Article]:
    """The morning's items as cleaned articles (no feed section: topics must be found)."""
    from digest.segment import sentences

    return [
        Article(
            id=item.key,
            source=f"bbc/{item.key}.txt",
            title=item.title,
            text=item.text,
            sentences=sentences(item.text),
            source_name=item.source_name,
        )
        for item in m.items
    ]


def lead_summaries(articles: list[Article], count: int = 3) -> list[Summary]:
    """Summaries of the first sentences, scored by position (cheap; for scaling runs)."""
    return [
        Summary(
            a,
            "lead",
            tuple(
                ScoredSentence(s.index, s.text, 1.0 / (1 + s.index)) for s in a.sentences[:count]
            ),
        )
        for a in articles
    ]


def ranked_summaries(articles: list[Article]) -> list[Summary]:
    """Summaries by the default ranker (`digest.rank.rank_many`)."""
    from digest.rank import DEFAULT_METHOD, Length, rank_many

    ranked = rank_many(articles, DEFAULT_METHOD, Length(count=3))
    return [Summary(a, DEFAULT_METHOD, r) for a, r in zip(articles, ranked, strict=True)]


def texts_of(m: Morning) -> list[str]:
    return [f"{i.title}\n\n{i.text}" for i in m.items]


def duplicates(seeds: list[int], size: int) -> list[tuple]:
    """Pairwise precision/recall of same-story groups, per method, over several mornings."""
    from digest.dedupe import DedupeOptions, group_duplicates

    methods = {
        "hybrid (default)": DedupeOptions(),
        "hybrid, event 0.6": DedupeOptions(event_threshold=0.6),
        "tfidf cosine 0.85": DedupeOptions(method="tfidf", event_threshold=0.85),
        "minhash 3-shingles 0.5": DedupeOptions(method="minhash", copy_threshold=0.5),
    }
    listed = listed_labels()
    rows = []
    for name, options in methods.items():
        p, r, ps, t, pairs = [], [], [], [], 0
        for seed in seeds:
            m = morning(size, seed)
            texts = texts_of(m)
            start = time.perf_counter()
            groups = group_duplicates(texts, options)
            t.append(time.perf_counter() - start)
            precision, recall, _, actual = pair_scores(groups, [i.story for i in m.items])
            # strict: only copies we made and the dataset's listed duplicates count as one story
            strict = [f"{listed[i.bbc_id]}" for i in m.items]
            ps.append(pair_scores(groups, strict)[0])
            p.append(precision)
            r.append(recall)
            pairs += actual
        rows.append(
            (
                name,
                statistics.mean(p),
                min(p),
                statistics.mean(r),
                min(r),
                statistics.mean(ps),
                pairs // len(seeds),
                statistics.mean(t),
            )
        )
    return rows


def grouping(seeds: list[int], size: int) -> list[tuple]:
    """NMI and purity of sections (no feed categories) against BBC's five topics."""
    from sklearn.metrics import normalized_mutual_info_score

    from digest.assemble import AssembleOptions, build_stories

    rows = []
    for seed in seeds:
        m = morning(size, seed)
        topic = {i.key: i.topic for i in m.items}
        summaries = lead_summaries(articles_of(m))
        start = time.perf_counter()
        stories = build_stories(summaries, NOW, AssembleOptions(keyphrases=0))
        elapsed = time.perf_counter() - start
        truth = [topic[s.sources[0].article_id] for s in stories]
        found = [s.section for s in stories]
        nmi = normalized_mutual_info_score(truth, found)
        by_section: dict[str, list[str]] = {}
        for t, f in zip(truth, found, strict=True):
            by_section.setdefault(f, []).append(t)
        purity = sum(max(v.count(x) for x in set(v)) for v in by_section.values()) / len(truth)
        rows.append((seed, len(stories), len(by_section), nmi, purity, elapsed))
    return rows


def pipeline_times(size: int, seed: int) -> dict[str, float]:
    """Seconds per stage for one morning through the real stages, and the HTML size."""
    from digest.assemble import assemble
    from digest.deliver import fit_html, inline_css
    from digest.parallel import facts_of, plan
    from digest.pipeline import clean_all
    from digest.rank import DEFAULT_METHOD, Length, rank_many
    from digest.render import render

    m = morning(size, seed)
    docs = [
        RawDocument(source=f"bbc/{i.key}.txt", text=f"{i.title}\n\n{i.text}", kind="text")
        for i in m.items
    ]
    out: dict[str, float] = {}
    start = time.perf_counter()
    articles, failures = clean_all(docs)
    out["clean"] = time.perf_counter() - start
    start = time.perf_counter()
    ranked = rank_many(articles, DEFAULT_METHOD, Length(count=3))
    out["rank"] = time.perf_counter() - start
    # The default: one process per core, each loading spaCy itself (counted here).
    start = time.perf_counter()
    facts = facts_of(articles)
    out[f"facts, {plan(len(articles), None)} processes (incl. spaCy load)"] = (
        time.perf_counter() - start
    )
    summaries = [
        Summary(a, DEFAULT_METHOD, r, f) for a, r, f in zip(articles, ranked, facts, strict=True)
    ]
    start = time.perf_counter()
    briefing = assemble(summaries, failures, "Morning", DEFAULT_METHOD, NOW)
    out["assemble"] = time.perf_counter() - start
    start = time.perf_counter()
    html = render(briefing, "html")
    md = render(briefing, "md")
    out["render md+html"] = time.perf_counter() - start
    out["total"] = sum(out.values())
    out["stories"] = len(briefing.stories)
    out["more stories"] = len(briefing.more_stories)
    out["html KB"] = len(inline_css(html).encode()) / 1024
    out["md KB"] = len(md.encode()) / 1024
    fitted, moved = fit_html(briefing, lambda b: render(b, "html"), 100 * 1024)
    out["email html KB (fit to 100 KB)"] = len(fitted.encode()) / 1024
    out["stories moved by fit"] = moved
    out["end to end: `digest build` of the files, s"] = build_seconds(docs)
    return out


def build_seconds(docs: list[RawDocument]) -> float:
    """Wall clock of the command a user runs (interpreter start, reading the files, every
    stage, writing md, html and json), on the morning written out as text files."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        for k, doc in enumerate(docs):
            (inbox / f"{k:04d}.txt").write_text(doc.text, encoding="utf-8")
        command = [sys.executable, "-m", "digest", "build", str(inbox), "--out", f"{tmp}/out"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        return time.perf_counter() - start


def child(task: str, size: int) -> None:
    """Run one measurement in this (fresh) process and print it as JSON."""
    from digest.assemble import AssembleOptions, build_stories
    from digest.dedupe import group_duplicates

    m = morning(size, seed=7, copy_share=3.5)
    texts = texts_of(m)
    summaries = lead_summaries(articles_of(m)) if task == "assemble" else None
    group_duplicates(texts[:50])  # imports and warm-up outside the clock
    start = time.perf_counter()
    if task == "dedupe":
        groups = group_duplicates(texts)
        precision, recall, _, _ = pair_scores(groups, [i.story for i in m.items])
        extra = {"groups": len(groups), "precision": precision, "recall": recall}
    else:
        stories = build_stories(summaries, NOW, AssembleOptions())
        extra = {"stories": len(stories)}
    seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "max_rss_mb": rss, **extra}))


def measure(task: str, size: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", task, str(size)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def table(title: str, header: list[str], rows: list[list]) -> None:
    cells = [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[k]) for r in cells)) for k, h in enumerate(header)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mornings", type=int, default=5)
    parser.add_argument("--size", type=int, default=500)
    parser.add_argument("--no-pipeline", action="store_true")
    parser.add_argument("--no-scaling", action="store_true")
    parser.add_argument("--child", nargs=2, metavar=("TASK", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    if not DATA.exists():
        sys.exit(f"{DATA} not found: this benchmark needs the shared BBC data")
    seeds = list(range(1, args.mornings + 1))
    rows = duplicates(seeds, args.size)
    table(
        f"Same-story detection, {len(seeds)} mornings of {args.size} articles (targets P >= 0.98, R >= 0.95)",
        ["method", "P mean", "P min", "R mean", "R min", "P strict", "true pairs", "s/morning"],
        [list(r) for r in rows],
    )
    rows = grouping(seeds, args.size)
    table(
        "Sections vs BBC topics, no feed categories (target NMI >= 0.7)",
        ["seed", "stories", "sections", "NMI", "purity", "build_stories s"],
        [list(r) for r in rows],
    )
    print(f"mean NMI {statistics.mean(r[3] for r in rows):.3f}, min {min(r[3] for r in rows):.3f}")
    if not args.no_pipeline:
        times = pipeline_times(args.size, seed=1)
        table(
            f"All stages, one morning of {args.size} articles (target < 15 s; email HTML <= 100 KB)",
            ["stage", "value"],
            [[k, v] for k, v in times.items()],
        )
    if not args.no_scaling:
        rows = []
        base = None
        for task in ("dedupe", "assemble"):
            for size in (1000, 10000):
                r = measure(task, size)
                if size == 1000:
                    base = r["seconds"]
                ratio = r["seconds"] / base if base else 0.0
                rows.append(
                    [
                        task,
                        size,
                        r["seconds"],
                        ratio,
                        r["max_rss_mb"],
                        r.get("precision", ""),
                        r.get("recall", ""),
                    ]
                )
        table(
            "Scaling (fresh process each; 1 original : 3.5 edited copies; targets < 12x, < 1 GB)",
            ["stage", "articles", "seconds", "x vs 1k", "max RSS MB", "P", "R"],
            rows,
        )


if __name__ == "__main__":
    main()
