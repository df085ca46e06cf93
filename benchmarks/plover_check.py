"""External check of commitment detection on the PLOVER gold-standard records (run-time read only).

Each PLOVER record is one hand-coded news sentence with an event category. A record is
"detected as agreed" when the facts extractor finds a positive-polarity commitment in it.
Reported: recall on AGREE+CONCEDE, precision of "agreed" over all categories, and the number of
REJECT records reported as agreed (target 0).

    python benchmarks/plover_check.py [--path PLOVER_GSR_CAMEO.txt] [--json] [-v]

The data lives outside the repository (../shared/data/plover_gsr/, CC BY-SA 4.0, OEDA) and is
never copied into it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT.parent / "shared" / "data" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
AGREED = frozenset({"AGREE", "CONCEDE"})

sys.path.insert(0, str(ROOT))


def load_records(path: Path) -> list[dict[str, Any]]:
    """The event records of the PLOVER GSR file (the DOCUMENT header dropped)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in data if r.get("event") and r["event"] != "DOCUMENT" and r.get("text")]


def to_article(record: dict[str, Any]):
    """One sentence as an Article (not run through clean: it would take the line as a headline)."""
    from digest.model import Article
    from digest.segment import sentences

    text = record["text"]
    return Article(
        id=Article.make_id(record["id"], text),
        source=record["id"],
        title="",
        text=text,
        sentences=sentences(text),
    )


def check(path: Path) -> dict[str, Any]:
    """Run the extractor on every record and compute the figures."""
    from digest.facts import extract_facts_many

    records = load_records(path)
    articles = [to_article(r) for r in records]
    start = time.perf_counter()
    results = list(extract_facts_many(articles))
    seconds = time.perf_counter() - start

    per_event: Counter[str] = Counter()
    detected: Counter[str] = Counter()
    rejects_agreed, missed, others = [], [], []
    for record, facts in zip(records, results, strict=True):
        event = record["event"]
        per_event[event] += 1
        positive = [f for f in facts.facts if f.polarity == "positive"]
        if positive:
            detected[event] += 1
            first = positive[0]
            shown = f"{record['id']}: {', '.join(first.actors)} | {first.action} | {first.object}"
            if event == "REJECT":
                rejects_agreed.append(shown)
            elif event not in AGREED:
                others.append(shown)
        elif event in AGREED:
            missed.append(f"{record['id']}: {record['text']}")

    gold_agreed = sum(per_event[e] for e in AGREED)
    hit_agreed = sum(detected[e] for e in AGREED)
    all_detected = sum(detected.values())
    return {
        "records": len(records),
        "agree_concede": gold_agreed,
        "recall": hit_agreed / gold_agreed if gold_agreed else None,
        "precision": hit_agreed / all_detected if all_detected else None,
        "detected_agreed": all_detected,
        "reject_reported_as_agreed": detected["REJECT"],
        "per_event": {
            e: {"records": n, "agreed": detected[e]} for e, n in sorted(per_event.items())
        },
        "reject_examples": rejects_agreed,
        "missed_agree": missed,
        "other_agreed": others,
        "seconds": round(seconds, 3),
    }


def _fmt(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.3f}"


def format_table(result: dict[str, Any], verbose: bool = False) -> str:
    """The figures as plain text; with `verbose`, the REJECT hits, missed AGREE records and
    other events reported as agreed."""
    lines = [
        f"PLOVER GSR: {result['records']} records, {result['agree_concede']} AGREE+CONCEDE",
        f"  recall (AGREE+CONCEDE detected as agreed)   {_fmt(result['recall'])}",
        f"  precision (agreed that are AGREE/CONCEDE)    {_fmt(result['precision'])}"
        f"   ({result['detected_agreed']} detected)",
        f"  REJECT records reported as agreed            {result['reject_reported_as_agreed']}",
        f"  extraction time                              {result['seconds']:.2f}s",
        "",
        f"  {'event':12}{'records':>8}{'agreed':>8}",
    ]
    for event, row in result["per_event"].items():
        lines.append(f"  {event:12}{row['records']:8d}{row['agreed']:8d}")
    if verbose:
        lines += ["", "REJECT reported as agreed:"] + [f"  {x}" for x in result["reject_examples"]]
        lines += ["", "AGREE/CONCEDE missed:"] + [f"  {x}" for x in result["missed_agree"]]
        lines += ["", "Other events reported as agreed:"] + [
            f"  {x}" for x in result["other_agreed"]
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=DEFAULT_PATH, help="PLOVER_GSR_CAMEO.txt")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list misses, REJECT hits and other events reported as agreed",
    )
    args = parser.parse_args(argv)
    if not args.path.is_file():
        print(
            f"{args.path}: PLOVER file not found; pass --path to PLOVER_GSR_CAMEO.txt",
            file=sys.stderr,
        )
        return 2
    result = check(args.path)
    if args.json:
        if not args.verbose:
            result = {
                k: v for k, v in result.items() if k not in {"reject_examples", "missed_agree"}
            }
        print(json.dumps(result, indent=2))
    else:
        print(format_table(result, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
