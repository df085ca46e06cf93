"""The command line: parse arguments, call one library function, print; errors -> exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from digest import cli_eval, cli_run
from digest.cli_common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    add_length_args,
    add_workers_arg,
    check_method_name,
    length_of,
    load_articles,
    now_of,
    print_json,
    report_failures,
)
from digest.errors import ConfigError, DigestError

log = logging.getLogger("digest")


# --- commands ------------------------------------------------------------------------------


def _args_build(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders; - reads stdin"
    )
    p.add_argument(
        "--out", default="out", help="folder to write briefing.md/.html/.json into (default: out)"
    )
    p.add_argument("--title", default="Briefing", help="the briefing's title")
    add_length_args(p)
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
    add_workers_arg(p)
    p.add_argument("--now", default=None, help=argparse.SUPPRESS)


def cmd_build(args: argparse.Namespace) -> int:
    """Build a briefing from article files into OUT/briefing.md, .html and .json."""
    from digest.assemble import AssembleOptions
    from digest.deliver import write_atomic
    from digest.pipeline import BuildOptions, build_briefing
    from digest.rank import DEFAULT_METHOD
    from digest.render import render

    method = args.method or DEFAULT_METHOD
    check_method_name(method)
    try:
        budget = AssembleOptions(max_stories=args.max_stories, max_words=args.max_words)
    except ValueError as exc:
        raise ConfigError(f"{exc}; leave the option out for no limit") from exc
    options = BuildOptions(
        title=args.title,
        method=method,
        length=length_of(args),
        facts=not args.no_facts,
        assemble=budget,
        workers=args.workers,
    )
    templates = Path(args.templates) if args.templates else None
    briefing = build_briefing(args.paths, options, now_of(args))
    out = Path(args.out)
    for fmt, name in (("md", "briefing.md"), ("html", "briefing.html"), ("json", "briefing.json")):
        write_atomic(out / name, render(briefing, fmt, templates))
    log.info("wrote %d stories to %s", len(briefing.stories), out)
    return report_failures(briefing.failures)


def _args_summarize(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders; - reads stdin"
    )
    add_length_args(p)
    p.add_argument("--json", action="store_true", help="one JSON object per article, one per line")


def cmd_summarize(args: argparse.Namespace) -> int:
    """Print the ranked sentences of each article."""
    from digest.rank import DEFAULT_METHOD, rank_many

    method = args.method or DEFAULT_METHOD
    check_method_name(method)
    length = length_of(args)
    articles, failures = load_articles(args.paths)
    for article, chosen in zip(articles, rank_many(articles, method, length), strict=True):
        if args.json:
            print_json(
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
    return report_failures(failures)


def _args_facts(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files or folders; - reads stdin"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per article, one per line")
    add_workers_arg(p)


def cmd_facts(args: argparse.Namespace) -> int:
    """Print who agreed to what, the quotes and the entities of each article."""
    from digest.model import to_dict
    from digest.parallel import facts_of

    articles, failures = load_articles(args.paths)
    for article, found in zip(articles, facts_of(articles, args.workers), strict=True):
        if args.json:
            print_json(
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
    return report_failures(failures)


def _args_methods(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print a JSON object name -> description")


def cmd_methods(args: argparse.Namespace) -> int:
    """List the summarisers available; the default is marked."""
    from digest.rank import DEFAULT_METHOD, methods

    available = methods()
    if args.json:
        print_json({"default": DEFAULT_METHOD, "methods": available})
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


# name -> (add arguments, run); a command's docstring is its help text.
COMMANDS: dict[
    str, tuple[Callable[[argparse.ArgumentParser], None], Callable[[argparse.Namespace], int]]
] = {
    "build": (_args_build, cmd_build),
    "summarize": (_args_summarize, cmd_summarize),
    "facts": (_args_facts, cmd_facts),
    "methods": (_args_methods, cmd_methods),
    "render": (_args_render, cmd_render),
    "run": (cli_run.args_run, cli_run.cmd_run),
    "eval": (cli_eval.args_eval, cli_eval.cmd_eval),
    "eval-facts": (cli_eval.args_eval_facts, cli_eval.cmd_eval_facts),
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
