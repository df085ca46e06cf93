"""`digest run`: fetch what is new, build the briefing, write it, email it, remember it."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from digest.config import Config, ConfigFileError
from digest.errors import DigestError
from digest.model import Article, Briefing, Failure, RawDocument
from digest.state import EXIT_TEMPFAIL, LockHeld, RunLock, State, article_keys, lock_path

log = logging.getLogger(__name__)

EXIT_OK, EXIT_SOME_FAILED = 0, 1

Progress = Callable[[str], None]


@dataclass(frozen=True)
class RunOptions:
    """The flags of one run."""

    dry_run: bool = False  # write files and the .eml; send nothing, remember nothing
    no_send: bool = False  # write files only; the articles count as delivered
    since: datetime | None = None  # skip feed entries published before this
    include_sent: bool = False  # --all: take articles already sent, too


@dataclass(frozen=True)
class RunResult:
    """How a run ended: the exit code and what it did."""

    exit_code: int
    outcome: str  # sent, written, dry-run, nothing-new, mail-failed, locked
    message: str = ""
    articles: int = 0
    files: tuple[Path, ...] = ()
    failures: tuple[Failure, ...] = ()
    eml: Path | None = None


@dataclass(frozen=True)
class _Candidate:
    doc: RawDocument
    keys: tuple[str, ...]
    article: Article

    @property
    def article_id(self) -> str:
        return self.article.id

    @property
    def title(self) -> str:
        return self.article.title


def run(
    config: Config, options: RunOptions, now: datetime, progress: Progress | None = None
) -> RunResult:
    """One run of the cron job; see RunResult. Raises ConfigFileError (exit 78) on bad config.

    Articles are marked sent only after the mail server accepted the message (or, with
    --no-send or no [email] recipients, after the files were written), so a run that fails
    part-way leaves them for the next run.
    """
    sending = bool(config.email.to) and not options.no_send and not options.dry_run
    if sending and config.email.username and not config.email.password:
        raise ConfigFileError(
            f"[email] username is {config.email.username!r} but DIGEST_SMTP_PASSWORD is not "
            "set; export it in the job's environment (see README)"
        )
    state_path = config.state_path
    try:
        with RunLock(lock_path(state_path)), State(state_path) as state:
            run_id = state.start_run(now)
            try:
                result = _run(config, options, now, state, run_id, progress or _quiet)
            except DigestError as exc:
                result = RunResult(getattr(exc, "exit_code", EXIT_SOME_FAILED), "error", str(exc))
            except BaseException as exc:
                state.finish_run(run_id, now, exit_code=70, outcome="crashed", message=repr(exc))
                raise
            state.finish_run(
                run_id,
                datetime.now(now.tzinfo),
                exit_code=result.exit_code,
                outcome=result.outcome,
                articles=result.articles,
                failures=[(f.source, f.message) for f in result.failures],
                message=result.message,
            )
            return result
    except LockHeld as exc:
        return RunResult(EXIT_TEMPFAIL, "locked", str(exc))


def _quiet(_stage: str) -> None:
    pass


def _run(
    config: Config,
    options: RunOptions,
    now: datetime,
    state: State,
    run_id: int,
    progress: Progress,
) -> RunResult:
    progress("fetching sources")
    docs_keys, failures = _load(config, options, now, state)
    progress(f"cleaning {len(docs_keys)} documents")
    candidates = _new_articles(docs_keys, state, options, failures)
    if not candidates:
        message = "no new articles; nothing to send"
        log.info(message)
        code = EXIT_SOME_FAILED if failures else EXIT_OK
        return RunResult(code, "nothing-new", message, failures=tuple(failures))

    progress(f"summarising {len(candidates)} articles")
    briefing = _build(config, [c.article for c in candidates], failures, now)
    included = _included(briefing, candidates)
    progress("writing files")
    files = _write_files(config, briefing, now)
    code = EXIT_SOME_FAILED if briefing.failures else EXIT_OK
    common = {"articles": len(included), "files": files, "failures": briefing.failures}

    if options.dry_run:
        eml = None
        if config.email.to:
            eml = files[0].with_suffix(".eml")
            from digest.deliver import write_eml

            write_eml(eml, _message(config, briefing, files, now))
        return RunResult(code, "dry-run", f"dry run: wrote {files[0].name}", eml=eml, **common)

    if config.email.to and not options.no_send:
        from digest.deliver import MailNotSent, send

        progress("sending email")
        try:
            send(_message(config, briefing, files, now), config.email)
        except MailNotSent as exc:
            log.error("%s; the briefing is in %s and will be sent by the next run", exc, files[0])
            return RunResult(EXIT_TEMPFAIL, "mail-failed", str(exc), **common)
        outcome = "sent"
    else:
        outcome = "written"
    state.mark_sent(((c.keys, c.title) for c in included), run_id, now)
    log.info("%s %d articles (%s)", outcome, len(included), files[0])
    return RunResult(code, outcome, f"{outcome} {len(included)} articles", **common)


def _load(
    config: Config, options: RunOptions, now: datetime, state: State
) -> tuple[list[tuple[RawDocument, tuple[str, ...]]], list[Failure]]:
    """Every document the sources give, with the keys known before cleaning (guid, URL)."""
    known = (lambda _keys: False) if options.include_sent else state.known
    out: list[tuple[RawDocument, tuple[str, ...]]] = []
    failures: list[Failure] = []
    web = [s for s in config.sources if s.kind != "path"]
    if web:
        from digest.web import Fetcher, collect

        with Fetcher(config.http) as fetcher:
            items, web_failures = collect(web, fetcher, state, known, now, options.since)
        out += [(item.doc, item.keys) for item in items]
        failures += web_failures
    paths = [str(config.resolve(s.location)) for s in config.sources if s.kind == "path"]
    if paths:
        from digest.sources import load_paths

        docs, path_failures = load_paths(paths)
        out += [(doc, ()) for doc in docs]
        failures += path_failures
    if not config.sources:
        log.warning("no [[sources]] in the config; add feeds, urls or paths")
    return out, failures


def _new_articles(
    docs_keys: Sequence[tuple[RawDocument, tuple[str, ...]]],
    state: State,
    options: RunOptions,
    failures: list[Failure],
) -> list[_Candidate]:
    """Clean each document to know its content hash; keep those not sent and not repeated."""
    from digest.pipeline import clean_one

    candidates: list[_Candidate] = []
    seen: set[str] = set()
    for doc, keys in docs_keys:
        article = clean_one(doc)
        if isinstance(article, Failure):
            failures.append(article)
            continue
        all_keys = (*keys, *article_keys(text=article.text))
        if seen.intersection(all_keys):
            log.debug("%s: same article as another source in this run; skipped", doc.source)
            continue
        if not options.include_sent and state.known(all_keys):
            log.debug("%s: already sent; skipped", doc.source)
            continue
        seen.update(all_keys)
        candidates.append(_Candidate(doc, all_keys, article))
    return candidates


def _build(
    config: Config, articles: Sequence[Article], failures: Sequence[Failure], now: datetime
) -> Briefing:
    from digest.assemble import AssembleOptions
    from digest.pipeline import BuildOptions, digest_articles
    from digest.rank import DEFAULT_METHOD, Length, check_method

    method = config.briefing.method or DEFAULT_METHOD
    try:
        check_method(method)
    except ValueError as exc:
        raise ConfigFileError(f"[briefing] method: {exc}") from exc
    options = BuildOptions(
        title=config.briefing.title,
        method=method,
        length=Length(count=config.briefing.sentences),
        facts=config.briefing.facts,
        assemble=AssembleOptions(
            max_stories=config.briefing.max_stories,
            max_words=config.briefing.max_words,
            source_weights=config.source_weights,
        ),
        workers=config.briefing.workers,
    )
    return digest_articles(articles, options, now, failures)


def _included(briefing: Briefing, candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """The candidates this briefing delivers: all but those that failed in the pipeline.

    An article merged into another story, or left out as a near-copy, counts as delivered
    too; otherwise it would come back, alone, in the next run.
    """
    refs = [ref for story in (*briefing.stories, *briefing.more_stories) for ref in story.sources]
    ids = {ref.article_id for ref in refs if ref.article_id}
    locations = {ref.location for ref in refs}
    failed = {f.source for f in briefing.failures}
    out = []
    for c in candidates:
        if c.article_id in ids or (c.doc.url or c.doc.source) in locations:
            out.append(c)
        elif c.doc.source not in failed:
            log.info("%s: not in the briefing (merged or dropped); counted as sent", c.doc.source)
            out.append(c)
    return out


def _write_files(config: Config, briefing: Briefing, now: datetime) -> tuple[Path, ...]:
    """{date}-briefing.md/.html/.json (-2, -3... for a later run the same day) and latest.*."""
    from digest.deliver import write_atomic
    from digest.render import render

    out = config.out_dir
    stem = f"{now.date().isoformat()}-briefing"
    n = 1
    while any((out / f"{stem}{'' if n == 1 else f'-{n}'}.{ext}").exists() for ext in _FORMATS):
        n += 1
    stem = stem if n == 1 else f"{stem}-{n}"
    files = []
    for fmt in _FORMATS:
        text = render(briefing, fmt, config.templates)
        files.append(write_atomic(out / f"{stem}.{fmt}", text))
        write_atomic(out / f"latest.{fmt}", text)
    return tuple(files)


_FORMATS = ("md", "html", "json")


def _message(config: Config, briefing: Briefing, files: Sequence[Path], now: datetime):
    """The email: the Markdown file's text, and HTML fitted under the size limit."""
    from digest.deliver import build_message, fit_html
    from digest.render import render

    html, moved = fit_html(
        briefing,
        lambda b: render(b, "html", config.templates),
        config.email.max_html_kb * 1024,
    )
    if moved:
        log.info("%d stories only linked in the email", moved)
    text = files[0].read_text(encoding="utf-8")
    return build_message(briefing, text, html, config.email, now)
