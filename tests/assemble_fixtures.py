"""Articles and summaries for the assemble tests, built from tests/data/assemble (no other stage)."""

from __future__ import annotations

from pathlib import Path

from digest.model import Article, Fact, Facts, Quote, ScoredSentence, Summary
from digest.segment import sentences

DATA = Path(__file__).parent / "data" / "assemble"


def article(name: str, section: bool = True) -> Article:
    """Parse a fixture: headline, `Key: value` header lines, a blank line, the body."""
    lines = (DATA / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    title = lines[0]
    meta: dict[str, str] = {}
    k = 1
    while k < len(lines) and lines[k].strip():
        key, _, value = lines[k].partition(":")
        meta[key.strip().lower()] = value.strip()
        k += 1
    text = "\n".join(lines[k:]).strip()
    source = f"tests/data/assemble/{name}.txt"
    return Article(
        id=Article.make_id(source, text),
        source=source,
        title=title,
        text=text,
        sentences=sentences(text),
        source_name=meta.get("source"),
        published=meta.get("published"),
        section=meta.get("section") if section else None,
    )


def summary(
    name: str,
    picks: tuple[int, ...] = (0, 1, 2),
    facts: Facts | None = None,
    section: bool = True,
) -> Summary:
    """A summary that chose sentences `picks`, scored higher for earlier sentences."""
    a = article(name, section)
    chosen = tuple(
        ScoredSentence(index=i, text=a.sentences[i].text, score=1.0 / (1 + i)) for i in picks
    )
    return Summary(article=a, method="lead", sentences=chosen, facts=facts or Facts())


def release_fact(sentence_index: int, sentence: str, action: str = "will release") -> Fact:
    """Azerbaijan releasing 32 servicemen, as an article of the exchange story would state it."""
    return Fact(
        actors=("Azerbaijan",),
        action=action,
        object="32 Armenian servicemen",
        counterparty=None,
        polarity="positive",
        modality="future",
        quantity=None,
        sentence_index=sentence_index,
        sentence=sentence,
    )


def exchange_summaries() -> list[Summary]:
    """The wire report, a lightly edited copy and an independent rewrite of the same event."""
    wire = article("exchange_wire")
    copy = article("exchange_copy")
    rewrite = article("exchange_rewrite")
    quote = Quote(
        speaker="Tigran Halstyan",
        quote="This is a step toward lasting peace in the South Caucasus",
        sentence_index=2,
    )
    free = Fact(
        actors=("Armenia",),
        action="will free",
        object="2 Azerbaijani soldiers",
        counterparty=None,
        polarity="positive",
        modality="future",
        quantity=None,
        sentence_index=1,
        sentence=wire.sentences[1].text,
    )
    return [
        summary(
            "exchange_wire",
            (0, 1, 2),
            Facts(facts=(release_fact(1, wire.sentences[1].text), free), quotes=(quote,)),
        ),
        summary(
            "exchange_copy",
            (0, 1, 3),
            Facts(facts=(release_fact(1, copy.sentences[1].text),), quotes=(quote,)),
        ),
        summary(
            "exchange_rewrite",
            (0, 1, 3),
            Facts(facts=(release_fact(0, rewrite.sentences[0].text),)),
        ),
    ]


def other_summaries(section: bool = True) -> list[Summary]:
    """Stories that must stay apart from the exchange: same country, football, a chip plant."""
    return [summary(n, section=section) for n in ("armenia_budget", "cup_final", "chip_plant")]
