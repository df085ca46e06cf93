"""The command line: parse arguments, call one library function, print; errors -> exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from digest.errors import ConfigError, DigestError

log = logging.getLogger("digest")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


# --- helpers shared by commands ------------------------------------------------------------


def _now(args: argparse.Namespace) -> datetime:
    """The clock, injectable with --now for reproducible output."""
    if getattr(args, "now", None):
        try:
            value = datetime.fromisoformat(args.now)
        except ValueError as exc:
            raise ConfigError(
                f"--now {args.now!r}: not an ISO date; use e.g. 2026-11-27T07:00"
            ) from exc
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.now(UTC).astimezone()


def _length(args: argparse.Namespace):
    from digest.rank import Length

    if getattr(args, "words", None) is not None:
        if args.words < 1:
            raise ConfigError("--words must be a positive number of words, e.g. --words 80")
        return Length(words=args.words)
    try:
        return Length.parse(args.n)
    except ValueError as exc:
        raise ConfigError(f"-n {args.n!r}: {exc}") from exc


def _check_method(name: str) -> None:
    from digest.rank import check_method

    try:
        check_method(name)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc


def _report_failures(failures) -> int:
    for f in failures:
        print(f"digest: {f.source}: {f.message}", file=sys.stderr)
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False))


def _load_articles(paths: list[str]):
    from digest.pipeline import clean_all
    from digest.sources import load_paths

    docs, failures = load_paths(paths)
    articles, clean_failures = clean_all(docs)
    return articles, [*failures, *clean_failures]


def _add_length_args(p: argparse.ArgumentParser) -> None:
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


# --- commands ------------------------------------------------------------------------------


def _args_build(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders; - reads stdin"
    )
    p.add_argument(
        "--out", default="out", help="folder to write briefing.md/.html/.json into (default: out)"
    )
    p.add_argument("--title", default="Briefing", help="the briefing's title")
    _add_length_args(p)
    p.add_argument(
        "--templates",
        default=None,
        metavar="DIR",
        help="a folder of templates overriding the built-in ones",
    )
    p.add_argument(
        "--max-stories", type=int, default=None, metavar="N", help="at most N stories in full"
    )
    p.add_argument(
        "--max-words", type=int, default=None, metavar="W", help="at most W summary words in all"
    )
    p.add_argument("--no-facts", action="store_true", help="skip the facts step (faster)")
    _add_workers_arg(p)
    p.add_argument("--now", default=None, help=argparse.SUPPRESS)


def _workers(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return int(value)


def _add_workers_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--workers",
        type=_workers,
        default=None,
        metavar="N",
        help="processes for the facts step (default: one per core; 1 for this process only)",
    )


def cmd_build(args: argparse.Namespace) -> int:
    """Build a briefing from article files into OUT/briefing.md, .html and .json."""
    from digest.assemble import AssembleOptions
    from digest.deliver import write_atomic
    from digest.pipeline import BuildOptions, build_briefing
    from digest.rank import DEFAULT_METHOD
    from digest.render import render

    method = args.method or DEFAULT_METHOD
    _check_method(method)
    try:
        budget = AssembleOptions(max_stories=args.max_stories, max_words=args.max_words)
    except ValueError as exc:
        raise ConfigError(f"{exc}; leave the option out for no limit") from exc
    options = BuildOptions(
        title=args.title,
        method=method,
        length=_length(args),
        facts=not args.no_facts,
        assemble=budget,
        workers=args.workers,
    )
    templates = Path(args.templates) if args.templates else None
    briefing = build_briefing(args.paths, options, _now(args))
    out = Path(args.out)
    for fmt, name in (("md", "briefing.md"), ("html", "briefing.html"), ("json", "briefing.json")):
        write_atomic(out / name, render(briefing, fmt, templates))
    log.info("wrote %d stories to %s", len(briefing.stories), out)
    return _report_failures(briefing.failures)


def _args_summarize(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders; - reads stdin"
    )
    _add_length_args(p)
    p.add_argument("--json", action="store_true", help="one JSON object per article, one per line")


def cmd_summarize(args: argparse.Namespace) -> int:
    """Print the ranked sentences of each article."""
    from digest.rank import DEFAULT_METHOD, rank

    method = args.method or DEFAULT_METHOD
    _check_method(method)
    length = _length(args)
    articles, failures = _load_articles(args.paths)
    for article in articles:
        chosen = rank(article, method, length)
        if args.json:
            _print_json(
                {
                    "source": article.source,
                    "title": article.title,
                    "method": method,
                    "sentences": [
                        {"index": s.index, "text": s.text, "score": s.score} for s in chosen
                    ],
                }
            )
        else:
            print(f"# {article.title}  ({article.source})")
            for s in chosen:
                print(f"- {s.text}")
            print()
    return _report_failures(failures)


def _args_facts(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders; - reads stdin"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per article, one per line")
    _add_workers_arg(p)


def cmd_facts(args: argparse.Namespace) -> int:
    """Print who agreed to what, the quotes and the entities of each article."""
    from digest.model import to_dict
    from digest.parallel import facts_of

    articles, failures = _load_articles(args.paths)
    for article, found in zip(articles, facts_of(articles, args.workers), strict=True):
        if args.json:
            _print_json(
                {
                    "source": article.source,
                    "title": article.title,
                    "degraded": found.degraded,
                    "facts": to_dict(found.facts),
                    "quotes": to_dict(found.quotes),
                    "entities": to_dict(found.entities),
                }
            )
            continue
        print(f"# {article.title}  ({article.source})" + ("  [degraded]" if found.degraded else ""))
        for f in found.facts:
            whom = f" / with {f.counterparty}" if f.counterparty else ""
            print(
                f"- {' and '.join(f.actors)} | {f.action} | {f.object}{whom} [{f.polarity}, {f.modality}]"
            )
        for q in found.quotes:
            print(f'- {q.speaker or "(unknown)"}: "{q.quote}"')
        if found.entities:
            print(
                "- entities: "
                + ", ".join(f"{e.name} ({e.kind}, {e.mentions})" for e in found.entities)
            )
        print()
    return _report_failures(failures)


def _args_methods(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print a JSON object name -> description")


def cmd_methods(args: argparse.Namespace) -> int:
    """List the summarisers available; the default is marked."""
    from digest.rank import DEFAULT_METHOD, methods

    available = methods()
    if args.json:
        _print_json({"default": DEFAULT_METHOD, "methods": available})
        return EXIT_OK
    width = max(map(len, available))
    for name, description in available.items():
        mark = "*" if name == DEFAULT_METHOD else " "
        print(f"{mark} {name:<{width}}  {description}")
    return EXIT_OK


def _args_render(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "briefing", metavar="BRIEFING.json", help="a briefing.json written by `digest build`"
    )
    p.add_argument(
        "--format",
        default="html",
        choices=("md", "html", "json"),
        help="output format (default html)",
    )
    p.add_argument(
        "--templates",
        default=None,
        metavar="DIR",
        help="a folder of templates overriding the built-in ones",
    )
    p.add_argument(
        "-o", "--output", default=None, metavar="FILE", help="write here instead of stdout"
    )


def cmd_render(args: argparse.Namespace) -> int:
    """Re-render a briefing.json as Markdown, HTML or JSON."""
    from digest.deliver import write_atomic
    from digest.model import Briefing
    from digest.render import render

    path = Path(args.briefing)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        briefing = Briefing.from_dict(data)
    except FileNotFoundError as exc:
        raise ConfigError(
            f"{path}: no such file; pass the briefing.json that `digest build` wrote"
        ) from exc
    except (ValueError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"{path}: not a briefing.json ({exc}); rebuild it with `digest build`"
        ) from exc
    text = render(briefing, args.format, Path(args.templates) if args.templates else None)
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _args_run(p: argparse.ArgumentParser) -> None:
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
        if args.since:
            try:
                since = datetime.fromisoformat(args.since)
            except ValueError as exc:
                raise ConfigError(
                    f"--since {args.since!r}: not a date; use e.g. 2026-11-27"
                ) from exc
            since = since if since.tzinfo else since.astimezone()
        options = RunOptions(
            dry_run=args.dry_run, no_send=args.no_send, since=since, include_sent=args.all
        )
        show = sys.stderr.isatty() and not args.quiet

        def progress(stage: str) -> None:
            if show:
                sys.stderr.write(f"\r\033[Kdigest: {stage}...")
                sys.stderr.flush()

        try:
            result = run(config, options, _now(args), progress)
        finally:
            if show:
                sys.stderr.write("\r\033[K")
    except ConfigError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    if result.outcome in ("locked", "mail-failed", "error"):
        print(f"digest: {result.message}", file=sys.stderr)
    _report_failures(result.failures)
    return result.exit_code


def _args_eval(p: argparse.ArgumentParser) -> None:
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
            length=_length(args),  # unused with --ref-length
            ref_length=args.ref_length,
            limit=args.limit,
        )
        problems = []
    if args.json:
        _print_json({**report.to_dict(), "below_floors": problems})
    else:
        print(format_table(report))
    for problem in problems:
        print(f"digest: quality gate: {problem}", file=sys.stderr)
    return EXIT_SOME_FAILED if problems else EXIT_OK


def _args_eval_facts(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "gold", metavar="GOLD.jsonl", help="gold file, e.g. benchmarks/facts_gold/dev.jsonl"
    )
    p.add_argument("--split", choices=("dev", "test"), help="score one part only")
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


# name -> (add arguments, run); a command's docstring is its help text.
COMMANDS: dict[
    str, tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = {
    "build": (_args_build, cmd_build),
    "summarize": (_args_summarize, cmd_summarize),
    "facts": (_args_facts, cmd_facts),
    "methods": (_args_methods, cmd_methods),
    "render": (_args_render, cmd_render),
    "run": (_args_run, cmd_run),
    "eval": (_args_eval, cmd_eval),
    "eval-facts": (_args_eval_facts, cmd_eval_facts),
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command."""
    from digest import __version__

    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn a day's news articles into a briefing you can read in two minutes.",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="say what is happening")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="only errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (add_arguments, run) in COMMANDS.items():
        doc = (run.__doc__ or "").strip()
        p = sub.add_parser(name, help=doc, description=doc)
        add_arguments(p)
        p.set_defaults(func=run)
    return parser


def _configure_logging(args: argparse.Namespace) -> None:
    level = logging.INFO if args.verbose else logging.ERROR if args.quiet else logging.WARNING
    logging.basicConfig(level=level, format="digest: %(message)s", stream=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `digest` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    _configure_logging(args)
    try:
        return args.func(args)
    except ConfigError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", EXIT_USAGE)
    except DigestError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", EXIT_SOME_FAILED)
    except KeyboardInterrupt:
        print("digest: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
