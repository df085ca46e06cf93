"""Immutable data model of the pipeline; every type round-trips through plain dicts (JSON)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Kind = Literal["text", "html"]


@dataclass(frozen=True)
class RawDocument:
    """What a source produced, before cleaning: bytes decoded to text, plus what we know of it."""

    source: str  # a path or URL, as the user named it
    text: str
    kind: Kind = "text"
    url: str | None = None
    title: str | None = None  # a title the source already gave (feed entry, HTML <title>)
    published: str | None = None  # ISO date or date string the source gave
    section: str | None = None  # feed category, when a feed gives one
    warnings: tuple[str, ...] = ()  # e.g. "invalid UTF-8 replaced"


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article; its identity is (article id, index), never its text."""

    index: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Article:
    """A cleaned article: headline, metadata and body text split into sentences."""

    id: str
    source: str
    title: str
    text: str  # cleaned body, paragraphs separated by blank lines
    sentences: tuple[Sentence, ...] = ()
    source_name: str | None = None  # "UPI", "Reuters"
    dateline: str | None = None  # "Dec. 8"
    published: str | None = None
    url: str | None = None
    section: str | None = None
    warnings: tuple[str, ...] = ()

    @staticmethod
    def make_id(source: str, text: str) -> str:
        """A stable id from where the article came from and what it says."""
        digest = hashlib.sha1(f"{source}\0{text}".encode()).hexdigest()
        return digest[:12]


@dataclass(frozen=True)
class ScoredSentence:
    """A sentence chosen by a summariser, with its score; kept in document order."""

    index: int
    text: str
    score: float


@dataclass(frozen=True)
class Quantity:
    """A number and its unit, as written in the source ("32" + "Armenian military servicemen")."""

    number: str  # verbatim, e.g. "32", "$2.3 billion", "15%"
    unit: str | None = None
    value: float | None = None  # parsed numeric value when it is unambiguous


@dataclass(frozen=True)
class Fact:
    """A commitment: who agreed (or refused) to do what, with whom, how many."""

    actors: tuple[str, ...]
    action: str
    object: str
    counterparty: str | None
    polarity: Literal["positive", "negative"]
    modality: Literal["asserted", "future", "conditional", "reported"]
    quantity: Quantity | None
    sentence_index: int
    sentence: str


@dataclass(frozen=True)
class Quote:
    """Words someone said, verbatim, and who said them."""

    speaker: str | None
    quote: str
    sentence_index: int


@dataclass(frozen=True)
class Entity:
    """A named thing in an article and how often it is mentioned."""

    name: str
    kind: str  # person, place, organisation, ...
    mentions: int


@dataclass(frozen=True)
class Facts:
    """Everything the facts step found in one article."""

    facts: tuple[Fact, ...] = ()
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    degraded: bool = False


@dataclass(frozen=True)
class Summary:
    """One article with its ranked sentences and its facts."""

    article: Article
    method: str
    sentences: tuple[ScoredSentence, ...]
    facts: Facts = field(default_factory=Facts)


@dataclass(frozen=True)
class SourceRef:
    """Where one article of a story came from."""

    name: str | None
    title: str
    location: str  # URL or path
    published: str | None = None
    article_id: str | None = None  # Article.id of the merged article


@dataclass(frozen=True)
class Story:
    """One item of the briefing: an article, or several articles about the same event."""

    id: str
    title: str
    section: str | None
    sources: tuple[SourceRef, ...]
    summary: tuple[ScoredSentence, ...]
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...]
    entities: tuple[Entity, ...]
    degraded: bool = False
    dateline: str | None = None
    keyphrases: tuple[str, ...] = ()  # verbatim phrases from the title and summary
    score: float = 0.0  # ranking score (sources, facts, recency, source weights)
    # Parallel to summary / facts / quotes: which `sources` (indices) each one comes from.
    summary_sources: tuple[int, ...] = ()
    fact_sources: tuple[tuple[int, ...], ...] = ()
    quote_sources: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class Failure:
    """A source that could not be used, and what to do about it."""

    source: str
    message: str  # what went wrong and what to do; shown after the source, never repeating it

    def __post_init__(self) -> None:
        # Errors raised deep down name their file ("x.txt: empty file; ..."), which is right for
        # an exception on its own; in a Failure the source is already there.
        prefix = f"{self.source}: "
        if self.message.startswith(prefix):
            object.__setattr__(self, "message", self.message[len(prefix) :])


@dataclass(frozen=True)
class Briefing:
    """The whole briefing: stories in reading order and the sources that failed."""

    title: str
    generated_at: str  # ISO 8601
    method: str
    stories: tuple[Story, ...]
    failures: tuple[Failure, ...] = ()
    top_stories: tuple[str, ...] = ()  # ids of the opening "top stories", best first
    sections: tuple[str, ...] = ()  # section names in reading order (stories are grouped so)
    more_stories: tuple[Story, ...] = ()  # stories over the length budget, best first

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the `briefing.json` contract)."""
        return to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        """Rebuild a Briefing from `to_dict` output (e.g. a loaded `briefing.json`)."""
        return from_dict(cls, data)


def to_dict(obj: Any) -> Any:
    """Turn a model object (or tuple of them) into plain JSON data; tuples become lists."""
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: to_dict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, tuple | list):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


_NESTED: dict[type, dict[str, type]] = {}


def _nested_types() -> dict[type, dict[str, type]]:
    if not _NESTED:
        _NESTED.update(
            {
                Article: {"sentences": Sentence},
                Fact: {"quantity": Quantity},
                Facts: {"facts": Fact, "quotes": Quote, "entities": Entity},
                Summary: {"article": Article, "sentences": ScoredSentence, "facts": Facts},
                Story: {
                    "sources": SourceRef,
                    "summary": ScoredSentence,
                    "facts": Fact,
                    "quotes": Quote,
                    "entities": Entity,
                },
                Briefing: {"stories": Story, "failures": Failure, "more_stories": Story},
            }
        )
    return _NESTED


def _freeze(value: Any) -> Any:
    """Nested JSON lists back to tuples (e.g. `Story.fact_sources`)."""
    return tuple(_freeze(v) for v in value) if isinstance(value, list) else value


def from_dict(cls: type, data: dict[str, Any]) -> Any:
    """Inverse of `to_dict` for the model types; lists become tuples, unknown keys are ignored."""
    nested = _nested_types().get(cls, {})
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        sub = nested.get(f.name)
        if isinstance(value, list):
            value = tuple(from_dict(sub, v) if sub else _freeze(v) for v in value)
        elif sub is not None and isinstance(value, dict):
            value = from_dict(sub, value)
        kwargs[f.name] = value
    return cls(**kwargs)


__all__ = [
    "Article",
    "Briefing",
    "Entity",
    "Fact",
    "Facts",
    "Failure",
    "Quantity",
    "Quote",
    "RawDocument",
    "ScoredSentence",
    "Sentence",
    "SourceRef",
    "Story",
    "Summary",
    "from_dict",
    "to_dict",
]
