"""`digest eval` and `digest eval-facts`: the summarisers' ROUGE and the facts' precision."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from digest.cli_common import EXIT_OK, EXIT_SOME_FAILED, length_of, print_json
from digest.errors import ConfigError
from digest.factgold import SPLITS


def args_eval(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "dataset", metavar="DATASET.jsonl", help='lines of {"id", "title", "text", "summary"}'
    )
    p.add_argument(
        "--split",
        default="dev",
        choices=("dev", "test", "all"),
        help="odd article numbers are dev, even are test (default dev)",
    )
    p.add_argument("--methods", default=None, metavar="A,B", help="methods to score (default: all)")
    length = p.add_mutually_exclusive_group()
    length.add_argument("-n", default="3", metavar="N|P%", help="summary length (default 3)")
    length.add_argument(
        "--ref-length", action="store_true", help="as many sentences as each reference"
    )
    p.add_argument("--limit", type=int, default=None, help="an evenly spaced subset of N articles")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--floors",
        default=None,
        metavar="FILE",
        help="quality gate: score the default method as FILE says; exit 1 below a floor",
    )
    p.add_argument("--update-floors", action="store_true", help="with --floors: raise the floors")
    p.add_argument(
        "--allow-lower-floors",
        action="store_true",
        help="with --update-floors: also lower floors (or set DIGEST_ALLOW_LOWER_FLOORS=1)",
    )


def cmd_eval(args: argparse.Namespace) -> int:
    """Score the summarisers with ROUGE on a dataset, next to Lead and the oracle."""
    import os

    from digest.evaluate import evaluate, format_table, run_gate

    if args.floors:
        allow_lower = args.allow_lower_floors or os.environ.get("DIGEST_ALLOW_LOWER_FLOORS") == "1"
        report, problems = run_gate(args.dataset, args.floors, args.update_floors, allow_lower)
    else:
        methods = (
            [m.strip() for m in args.methods.split(",") if m.strip()] if args.methods else None
        )
        report = evaluate(
            args.dataset,
            split=args.split,
            methods=methods,
            length=length_of(args),  # unused with --ref-length
            ref_length=args.ref_length,
            limit=args.limit,
        )
        problems = []
    if args.json:
        print_json({**report.to_dict(), "below_floors": problems})
    else:
        print(format_table(report))
    for problem in problems:
        print(f"digest: quality gate: {problem}", file=sys.stderr)
    return EXIT_SOME_FAILED if problems else EXIT_OK


def args_eval_facts(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "gold", metavar="GOLD.jsonl", help="gold file, e.g. benchmarks/facts_gold/dev.jsonl"
    )
    p.add_argument(
        "--split",
        choices=SPLITS,
        help="score one part only",
    )
    p.add_argument("-v", "--details", action="store_true", help="list what was missed or invented")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def cmd_eval_facts(args: argparse.Namespace) -> int:
    """Score the facts extractor on a gold file: precision, recall, polarity, verbatim."""
    from digest.facteval import format_report, report_json, score

    path = Path(args.gold)
    if not path.is_file():
        raise ConfigError(f"{path}: no such gold file; try benchmarks/facts_gold/dev.jsonl")
    report = score(path, args.split)
    print(report_json(report, args.details) if args.json else format_report(report, args.details))
    return EXIT_OK
