"""Join our highlights with the BBC articles they summarise into a `digest eval` dataset.

    python benchmarks/highlights/join.py [--bbc PATH] [--out PATH]

`bbc_highlights.jsonl` holds only ids and highlights we wrote; the article text is read at run
time from the shared BBC News Summary file beside the checkout (never copied into the repo).
Each output line is `{"id", "title", "text", "summary", "summary_sentences"}`, so
`digest eval OUT --split dev|test` scores the summarisers against the highlights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BBC = HERE.parents[2] / "shared" / "data" / "bbc_news_summary.jsonl"


def join(highlights: Path, bbc: Path) -> list[dict]:
    """One dataset record per highlighted article, in the order of the highlights file."""
    wanted = [json.loads(line) for line in highlights.read_text("utf-8").splitlines() if line]
    articles = {}
    for line in bbc.read_text("utf-8").splitlines():
        record = json.loads(line)
        articles[record["id"]] = record
    missing = [h["id"] for h in wanted if h["id"] not in articles]
    if missing:
        raise SystemExit(f"{bbc}: no article for {', '.join(missing[:5])}; is it the BBC file?")
    return [
        {
            "id": h["id"],
            "title": articles[h["id"]]["title"],
            "text": articles[h["id"]]["text"],
            "summary": " ".join(h["highlights"]),
            "summary_sentences": h["highlights"],
        }
        for h in wanted
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=BBC)
    parser.add_argument("--highlights", type=Path, default=HERE / "bbc_highlights.jsonl")
    parser.add_argument("--out", type=Path, default=Path("out/highlights_eval.jsonl"))
    args = parser.parse_args(argv)
    if not args.bbc.exists():
        print(f"{args.bbc}: BBC News Summary file not found; pass --bbc PATH", file=sys.stderr)
        return 2
    records = join(args.highlights, args.bbc)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    print(f"{args.out}: {len(records)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
