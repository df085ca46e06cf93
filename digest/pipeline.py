"""The one place where the stages are chained: sources -> clean -> rank + facts -> assemble."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from digest.errors import DigestError
from digest.model import Article, Briefing, Facts, Failure, RawDocument, ScoredSentence, Summary

if TYPE_CHECKING:  # imported lazily at run time to keep `import digest` light
    from digest.assemble import AssembleOptions
    from digest.rank import Length

log = logging.getLogger(__name__)


def _default_method() -> str:
    from digest.rank import DEFAULT_METHOD

    return DEFAULT_METHOD


def _default_length() -> Length:
    from digest.rank import Length

    return Length(count=3)


@dataclass(frozen=True)
class BuildOptions:
    """What a briefing is built with; one small value instead of many keyword arguments."""

    title: str = "Briefing"
    method: str = field(default_factory=_default_method)
    length: Length = field(default_factory=_default_length)
    facts: bool = True
    assemble: AssembleOptions | None = None  # None: its defaults
    workers: int | None = None  # processes for the facts step; None: one per core


def clean_one(doc: RawDocument) -> Article | Failure:
    """Clean one document; what cannot be cleaned comes back as a Failure saying why."""
    from digest.clean import clean

    try:
        return clean(doc)
    except DigestError as exc:
        return Failure(doc.source, str(exc))
    except Exception as exc:  # a bug must not cost the other articles
        log.exception("unexpected error cleaning %s", doc.source)
        return Failure(doc.source, f"could not be cleaned ({exc}); please report it")


def clean_all(docs: Sequence[RawDocument]) -> tuple[list[Article], list[Failure]]:
    """Clean every document; one that cannot be cleaned becomes a Failure, the others go on."""
    articles: list[Article] = []
    failures: list[Failure] = []
    for doc in docs:
        result = clean_one(doc)
        (failures if isinstance(result, Failure) else articles).append(result)
    return articles, failures


def summarize_all(
    articles: Sequence[Article], options: BuildOptions
) -> tuple[list[Summary], list[Failure]]:
    """Rank each article's sentences and (if asked) extract its facts."""
    from digest.rank import rank, rank_many

    facts: list[Facts]
    if options.facts and articles:
        from digest.parallel import facts_of

        facts = facts_of(articles, options.workers)
    else:
        facts = [Facts() for _ in articles]
    ranked: list[tuple[ScoredSentence, ...] | Failure]
    try:
        ranked = list(rank_many(articles, options.method, options.length))
    except ValueError:
        raise  # an unknown method is a usage error for the whole run
    except Exception:  # find the article that fails; the others are ranked one by one
        log.warning("batch ranking failed; ranking the articles one at a time")
        ranked = []
        for article in articles:
            try:
                ranked.append(rank(article, options.method, options.length))
            except Exception as exc:
                log.exception("unexpected error ranking %s", article.source)
                ranked.append(Failure(article.source, f"could not be summarised ({exc})"))
    summaries: list[Summary] = []
    failures: list[Failure] = []
    for article, chosen, article_facts in zip(articles, ranked, facts, strict=True):
        if isinstance(chosen, Failure):
            failures.append(chosen)
        else:
            summaries.append(Summary(article, options.method, chosen, article_facts))
    return summaries, failures


def digest_articles(
    articles: Sequence[Article],
    options: BuildOptions,
    now: datetime,
    failures: Sequence[Failure] = (),
) -> Briefing:
    """Turn cleaned articles into a Briefing; failures of any stage are listed in it."""
    from digest.assemble import assemble

    summaries, rank_failures = summarize_all(articles, options)
    all_failures = [*failures, *rank_failures]
    return assemble(summaries, all_failures, options.title, options.method, now, options.assemble)


def digest_documents(
    docs: Sequence[RawDocument],
    options: BuildOptions,
    now: datetime,
    failures: Sequence[Failure] = (),
) -> Briefing:
    """Turn loaded documents into a Briefing; failures of any stage are listed in it."""
    articles, clean_failures = clean_all(docs)
    return digest_articles(articles, options, now, [*failures, *clean_failures])


def build_briefing(paths: Sequence[str], options: BuildOptions, now: datetime) -> Briefing:
    """Build a briefing from files and folders (`-` for stdin)."""
    from digest.sources import load_paths

    docs, failures = load_paths(paths)
    return digest_documents(docs, options, now, failures)
