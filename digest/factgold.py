"""The hand-annotated facts gold set: read its JSONL file, and make its texts into Articles."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.errors import SourceError
from digest.model import Article, Fact, Quantity, Quote, RawDocument

# The parts of benchmarks/facts_gold/: dev is tuned on, test was looked at early, the holdouts
# never (each written by other writers, scored without reading its errors).
SPLITS = ("dev", "test", "holdout", *(f"holdout{k}" for k in range(2, 30)))


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article of the gold set."""

    id: str
    split: str
    title: str
    text: str
    facts: tuple[Fact, ...]
    quotes: tuple[Quote, ...]
    aliases: dict[str, list[str]]
    invented: bool = False


def _gold_fact(d: dict[str, Any]) -> Fact:
    q = d.get("quantity")
    quantity = Quantity(number=q["number"], unit=q.get("unit")) if q else None
    return Fact(
        actors=tuple(d["actors"]),
        action=d["action"],
        object=d["object"],
        counterparty=d.get("counterparty"),
        polarity=d["polarity"],
        modality=d["modality"],
        quantity=quantity,
        sentence_index=-1,
        sentence=d.get("sentence", ""),
    )


def load_gold(path: Path, split: str | None = None) -> list[GoldArticle]:
    """Read a gold JSONL file (one article per line), keeping only `split` when given."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SourceError(
            f"{path}: cannot read gold file ({exc.strerror}); check the path"
        ) from exc
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            art = GoldArticle(
                id=d["id"],
                split=d["split"],
                title=d["title"],
                text=d["text"],
                facts=tuple(_gold_fact(f) for f in d["facts"]),
                quotes=tuple(Quote(q["speaker"], q["quote"], -1) for q in d["quotes"]),
                aliases=d.get("aliases", {}),
                invented=bool(d.get("invented", False)),
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise SourceError(
                f"{path}:{n}: not a gold article ({exc!r}); see benchmarks/facts_gold/README.md"
            ) from exc
        if split is None or art.split == split:
            out.append(art)
    return out


def to_article(gold: GoldArticle) -> Article:
    """The Article the pipeline makes of the gold text (cleaned like any scraped page)."""
    from digest.clean import clean

    return clean(RawDocument(source=gold.id, text=gold.text))
