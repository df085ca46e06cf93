"""Many Summaries -> one Briefing: each article becomes a story, in input order (for now)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from digest.model import Briefing, Failure, SourceRef, Story, Summary


def story_of(summary: Summary) -> Story:
    """The briefing item for one summarised article."""
    article = summary.article
    source = SourceRef(
        name=article.source_name,
        title=article.title,
        location=article.url or article.source,
        published=article.published,
    )
    return Story(
        id=article.id,
        title=article.title,
        section=article.section,
        sources=(source,),
        summary=summary.sentences,
        facts=summary.facts.facts,
        quotes=summary.facts.quotes,
        entities=summary.facts.entities,
        degraded=summary.facts.degraded,
        dateline=article.dateline,
    )


def assemble(
    summaries: Sequence[Summary],
    failures: Sequence[Failure],
    title: str,
    method: str,
    now: datetime,
) -> Briefing:
    """Put summarised articles and failures into a Briefing stamped with `now`."""
    return Briefing(
        title=title,
        generated_at=now.isoformat(timespec="seconds"),
        method=method,
        stories=tuple(story_of(s) for s in summaries),
        failures=tuple(failures),
    )
