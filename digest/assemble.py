"""Many Summaries -> one Briefing: same story merged, stories ranked, sectioned and cut to length."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from urllib.parse import urlparse

from digest.dedupe import DedupeOptions
from digest.model import Briefing, Failure, Story, Summary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AssembleOptions:
    """How stories are merged, ordered and cut to length.

    `source_weights` maps a source name ("Reuters"), a host ("example.com") or a path prefix to
    a weight (default 1.0); matching ignores case. `max_stories`/`max_words` (summary words)
    bound the briefing; stories past the budget go to `Briefing.more_stories`.
    """

    max_stories: int | None = None
    max_words: int | None = None
    top_stories: int = 5
    source_weights: Mapping[str, float] = field(default_factory=dict)
    dedupe: DedupeOptions = field(default_factory=DedupeOptions)
    merge: bool = True
    redundancy: float = 0.5  # word-overlap cosine at which two sentences say the same thing
    keyphrases: int = 4
    sections: bool = True
    max_facts: int | None = 6  # per story in the briefing (`digest facts` lists every one)
    max_quotes: int | None = 4

    def __post_init__(self) -> None:
        for name in ("max_stories", "max_words", "max_facts", "max_quotes"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"{name} must be at least 1, got {value}")
        if self.top_stories < 0:
            raise ValueError(f"top_stories must be 0 or more, got {self.top_stories}")
        if not 0 < self.redundancy <= 1:
            raise ValueError(f"redundancy must be above 0 and at most 1, got {self.redundancy}")


def assemble(
    summaries: Sequence[Summary],
    failures: Sequence[Failure],
    title: str,
    method: str,
    now: datetime,
    options: AssembleOptions | None = None,
) -> Briefing:
    """Put summarised articles and failures into a Briefing stamped with `now`.

    Articles telling the same story become one Story listing every source; stories are ranked
    (sources carrying them, weight of their facts, recency, source weights), grouped into
    sections (in order of their best story), cut to `max_stories`/`max_words` with the rest in
    `more_stories`, and the best few are named in `top_stories`.
    """
    options = options or AssembleOptions()
    stories = build_stories(summaries, now, options)
    ranked = sorted(stories, key=lambda s: (-s.score, s.id))
    kept, more = _budget(ranked, options)
    order, sections = _reading_order(kept)
    return Briefing(
        title=title,
        generated_at=now.isoformat(timespec="seconds"),
        method=method,
        stories=tuple(order),
        failures=tuple(failures),
        top_stories=tuple(s.id for s in kept[: options.top_stories]),
        sections=tuple(sections),
        more_stories=tuple(more),
    )


def build_stories(
    summaries: Sequence[Summary], now: datetime, options: AssembleOptions
) -> list[Story]:
    """Stories from summaries: merged by story, scored, sectioned, with keyphrases; input order."""
    from digest.merge import merge

    if not summaries:
        return []
    weight = _weigher(options.source_weights)
    groups = _groups(summaries, options)
    stories: list[Story] = []
    group_texts: list[str] = []
    for group in groups:
        members = sorted(group, key=lambda i: (-weight(summaries[i]), i))
        story = merge([summaries[i] for i in members], weight, options.redundancy)
        story = replace(story, score=_score(story, [summaries[i] for i in members], now, weight))
        stories.append(story)
        group_texts.append(" ".join(_text(summaries[i]) for i in members))
    if options.sections:
        from digest.sections import assign_sections

        names = assign_sections(group_texts, [s.section for s in stories])
        stories = [replace(s, section=n) for s, n in zip(stories, names, strict=True)]
    if options.keyphrases:
        stories = _with_keyphrases(stories, group_texts, options.keyphrases)
    return [shortlist(s, options.max_facts, options.max_quotes) for s in stories]


_MODALITY_WEIGHT = {"asserted": 1.0, "future": 1.0, "reported": 0.5, "conditional": 0.5}


def shortlist(story: Story, max_facts: int | None, max_quotes: int | None) -> Story:
    """Keep the facts and quotes a reader needs most (in their order) so a story stays short:
    facts the summary states, with numbers, refusals and firm commitments first; quotes of
    several speakers, whole sentences first."""
    summary_sources = story.summary_sources or (0,) * len(story.summary)
    in_summary = {(src, s.index) for src, s in zip(summary_sources, story.summary, strict=False)}

    def fact_weight(i: int) -> float:
        f = story.facts[i]
        first_source = story.fact_sources[i][0] if story.fact_sources else 0
        return (
            1.5 * ((first_source, f.sentence_index) in in_summary)
            + _MODALITY_WEIGHT.get(f.modality, 0.5)
            + (f.quantity is not None)
            + 0.5 * (f.polarity == "negative")
            + 0.25 * (f.counterparty is not None)
        )

    facts = _best(len(story.facts), max_facts, lambda i, _chosen: fact_weight(i))

    def quote_weight(i: int, chosen: list[int]) -> float:
        q = story.quotes[i]
        repeated = sum(story.quotes[j].speaker == q.speaker for j in chosen)
        return (len(q.quote.split()) >= 6) + (q.speaker is not None) - repeated

    quotes = _best(len(story.quotes), max_quotes, quote_weight)
    return replace(
        story,
        facts=tuple(story.facts[i] for i in facts),
        fact_sources=tuple(story.fact_sources[i] for i in facts) if story.fact_sources else (),
        quotes=tuple(story.quotes[i] for i in quotes),
        quote_sources=tuple(story.quote_sources[i] for i in quotes) if story.quote_sources else (),
    )


def _best(n: int, limit: int | None, weight) -> list[int]:
    """Indices of the `limit` best items, picked greedily (earlier wins ties), in order."""
    if limit is None or n <= limit:
        return list(range(n))
    chosen: list[int] = []
    for _ in range(limit):
        rest = [i for i in range(n) if i not in chosen]
        chosen.append(max(rest, key=lambda i: (weight(i, chosen), -i)))
    return sorted(chosen)


def _text(summary: Summary) -> str:
    return f"{summary.article.title}\n\n{summary.article.text}"


def _groups(summaries: Sequence[Summary], options: AssembleOptions) -> list[list[int]]:
    if not options.merge or len(summaries) < 2:
        return [[i] for i in range(len(summaries))]
    from digest.dedupe import group_duplicates

    groups = group_duplicates([_text(s) for s in summaries], options.dedupe)
    merged = sum(len(g) - 1 for g in groups)
    if merged:
        log.info("%d articles merged into stories they repeat", merged)
    return groups


def source_key(summary: Summary) -> str:
    """The name a source is weighed and counted by: its source line, else host, else path."""
    article = summary.article
    if article.source_name:
        return article.source_name.strip().lower()
    if article.url:
        return urlparse(article.url).netloc.lower().removeprefix("www.")
    return article.source.lower()


def _weigher(weights: Mapping[str, float]):
    table = {k.strip().lower(): float(v) for k, v in weights.items()}

    def weight(summary: Summary) -> float:
        if not table:
            return 1.0
        article = summary.article
        keys = [source_key(summary)]
        if article.url:
            host = urlparse(article.url).netloc.lower().removeprefix("www.")
            keys += [host, ".".join(host.split(".")[-2:])]
        for key in keys:
            if key in table:
                return table[key]
        location = article.source.lower()
        prefixes = [k for k in table if location.startswith(k)]
        return table[max(prefixes, key=len)] if prefixes else 1.0

    return weight


def _score(story: Story, members: Sequence[Summary], now: datetime, weight) -> float:
    """What a reader would put first: coverage, facts, recency, all on one scale."""
    by_source: dict[str, float] = {}
    for s in members:
        by_source[source_key(s)] = max(by_source.get(source_key(s), 0.0), weight(s))
    coverage = sum(by_source.values())
    fact_weight = sum(
        1.0 + 0.5 * (f.quantity is not None) + 0.5 * (f.counterparty is not None)
        for f in story.facts
    ) + 0.25 * len(story.quotes)
    recency = _recency(members, now)
    return round(2.0 * math.log1p(coverage) + math.log1p(fact_weight) + recency, 6)


def _recency(members: Sequence[Summary], now: datetime) -> float:
    """1.0 for news of this hour, halving every 24 hours; 0.5 when no date is known."""
    ages = []
    for s in members:
        when = _parse_date(s.article.published)
        if when is not None:
            if when.tzinfo is None or now.tzinfo is None:
                when, ref = when.replace(tzinfo=None), now.replace(tzinfo=None)
            else:
                ref = now
            ages.append(max(0.0, (ref - when).total_seconds() / 3600))
    if not ages:
        return 0.5
    return 0.5 ** (min(ages) / 24)


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _with_keyphrases(stories: list[Story], texts: Sequence[str], limit: int) -> list[Story]:
    from digest.keyphrases import document_frequencies, keyphrases

    df, n = document_frequencies(texts)
    return [
        replace(s, keyphrases=keyphrases(s.title, [x.text for x in s.summary], df, n, limit))
        for s in stories
    ]


def story_words(story: Story) -> int:
    """Words a story costs in the briefing: its summary sentences."""
    return sum(len(x.text.split()) for x in story.summary)


def _budget(ranked: list[Story], options: AssembleOptions) -> tuple[list[Story], list[Story]]:
    """Best stories that fit `max_stories` and `max_words`; everything from the first misfit on
    goes to "more stories" (the briefing never skips a story to squeeze in a lower one)."""
    kept: list[Story] = []
    used = 0
    for k, story in enumerate(ranked):
        words = story_words(story)
        full = options.max_stories is not None and len(kept) >= options.max_stories
        too_long = options.max_words is not None and kept and used + words > options.max_words
        if full or too_long:
            return kept, ranked[k:]
        kept.append(story)
        used += words
    return kept, []


def _reading_order(kept: list[Story]) -> tuple[list[Story], list[str]]:
    """Stories grouped by section, sections in order of their best story, best first within."""
    sections: list[str] = []
    for story in kept:  # kept is best first
        name = story.section or ""
        if name not in sections:
            sections.append(name)
    order = sorted(kept, key=lambda s: sections.index(s.section or ""))  # stable: best first
    return order, [s for s in sections if s]
