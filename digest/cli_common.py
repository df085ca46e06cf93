"""What the command-line modules share: the clock, lengths, JSON output, exit codes."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import Any

from digest.errors import ConfigError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def parse_date(flag: str, value: str, example: str) -> datetime:
    """An ISO date or date-time given to `flag` (maybe without a time zone)."""
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ConfigError(f"{flag} {value!r}: not an ISO date; use e.g. {example}") from exc


def now_of(args: argparse.Namespace) -> datetime:
    """The clock, injectable with --now for reproducible output (UTC unless a zone is given)."""
    if getattr(args, "now", None):
        value = parse_date("--now", args.now, "2026-11-27T07:00")
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC).astimezone()


def length_of(args: argparse.Namespace):
    from digest.rank import Length

    if getattr(args, "words", None) is not None:
        if args.words < 1:
            raise ConfigError("--words must be a positive number of words, e.g. --words 80")
        return Length(words=args.words)
    try:
        return Length.parse(args.n)
    except ValueError as exc:
        raise ConfigError(f"-n {args.n!r}: {exc}") from exc


def check_method_name(name: str) -> None:
    from digest.rank import check_method

    try:
        check_method(name)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc


def report_failures(failures) -> int:
    for f in failures:
        print(f"digest: {f.source}: {f.message}", file=sys.stderr)
    return EXIT_SOME_FAILED if failures else EXIT_OK


def print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def load_articles(paths: list[str]):
    from digest.pipeline import clean_all
    from digest.sources import load_paths

    docs, failures = load_paths(paths)
    articles, clean_failures = clean_all(docs)
    return articles, [*failures, *clean_failures]


def add_length_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "-m",
        "--method",
        default=None,
        help="summariser (default: the news ranker; see `digest methods`)",
    )
    p.add_argument(
        "-n",
        default="3",
        metavar="N|P%",
        help="sentences per article: a count (3) or a ratio (20%%)",
    )
    p.add_argument(
        "--words",
        type=int,
        default=None,
        metavar="W",
        help="a word budget per article instead of -n",
    )


def workers_arg(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def add_workers_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers",
        type=workers_arg,
        default=None,
        metavar="N",
        help="processes for the facts step (default: one per core; 1 for this process only)",
    )
