"""`digest run`: the cron job's command (fetch, build, write, email), its flags and exit codes."""

from __future__ import annotations

import argparse
import logging
import sys

from digest.cli_common import now_of, parse_date, report_failures
from digest.errors import ConfigError


def args_run(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        default="digest.toml",
        metavar="FILE",
        help="the TOML config file (default: digest.toml)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="write the briefing and the .eml that would be sent; send and remember nothing",
    )
    p.add_argument(
        "--no-send", action="store_true", help="write the files only; count the articles as sent"
    )
    p.add_argument(
        "--since", default=None, metavar="DATE", help="skip feed entries published before DATE"
    )
    p.add_argument(
        "--all", action="store_true", help="include articles already sent in an earlier run"
    )
    loud = p.add_mutually_exclusive_group()
    loud.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="say more"
    )
    loud.add_argument(
        "-q", "--quiet", action="store_true", default=argparse.SUPPRESS, help="only errors"
    )
    p.add_argument("--now", default=None, help=argparse.SUPPRESS)


def cmd_run(args: argparse.Namespace) -> int:
    """Fetch new articles from the config's sources, write the briefing and email it (cron)."""
    from digest.config import EXIT_CONFIG, load_config
    from digest.runner import RunOptions, run

    logging.getLogger("httpx").setLevel(logging.WARNING)  # not a line per request with -v
    try:
        config = load_config(args.config)
        since = None
        if args.since:  # local time unless a zone is given
            since = parse_date("--since", args.since, "2026-11-27").astimezone()
        options = RunOptions(
            dry_run=args.dry_run, no_send=args.no_send, since=since, include_sent=args.all
        )
        show = sys.stderr.isatty() and not args.quiet

        def progress(stage: str) -> None:
            if show:
                sys.stderr.write(f"\r\033[Kdigest: {stage}...")
                sys.stderr.flush()

        try:
            result = run(config, options, now_of(args), progress)
        finally:
            if show:
                sys.stderr.write("\r\033[K")
    except ConfigError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if result.outcome in ("locked", "mail-failed", "error"):
        print(f"digest: {result.message}", file=sys.stderr)
    report_failures(result.failures)
    return result.exit_code
