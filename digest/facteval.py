"""Score extracted commitments and quotes against a hand-annotated gold set (`eval-facts`)."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from digest.factgold import GoldArticle, load_gold, to_article
from digest.factmatch import (
    MIN_QUOTE_WORDS,
    Aliases,
    fact_matches,
    greedy_match,
    normalize_space,
    quote_matches,
    tokens,
)
from digest.model import Article, Fact, Facts, Quantity, Quote

log = logging.getLogger(__name__)

Extract = Callable[[Article], Facts]


# ---------------------------------------------------------------- scoring


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the usual ratios."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float]:
        """Counts and ratios, rounded for printing."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Ratio:
    """How many of `total` items were right."""

    ok: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """ok / total, or None when there was nothing to judge."""
        return self.ok / self.total if self.total else None

    def add(self, ok: bool) -> None:
        """Count one judged item."""
        self.total += 1
        self.ok += int(ok)

    def to_dict(self) -> dict[str, Any]:
        """ok, total and the ratio."""
        v = self.value
        return {"ok": self.ok, "total": self.total, "value": None if v is None else round(v, 4)}


@dataclass
class ArticleResult:
    """What went right and wrong on one article (for `-v`)."""

    id: str
    degraded: bool = False
    missed_facts: list[str] = field(default_factory=list)
    invented_facts: list[str] = field(default_factory=list)
    wrong_polarity: list[str] = field(default_factory=list)
    wrong_slot: list[str] = field(default_factory=list)  # matched, but counterparty or quantity
    missed_quotes: list[str] = field(default_factory=list)
    invented_quotes: list[str] = field(default_factory=list)
    not_verbatim: list[str] = field(default_factory=list)


@dataclass
class FactReport:
    """Every figure of a facts evaluation run."""

    gold_path: str
    split: str | None
    articles: int = 0
    facts: Counts = field(default_factory=Counts)
    quotes: Counts = field(default_factory=Counts)
    polarity: Ratio = field(default_factory=Ratio)
    counterparty: Ratio = field(default_factory=Ratio)
    quantity: Ratio = field(default_factory=Ratio)
    modality: Ratio = field(default_factory=Ratio)
    verbatim: dict[str, Ratio] = field(default_factory=dict)
    duplicates: int = 0
    degraded: int = 0
    seconds: float = 0.0
    details: list[ArticleResult] = field(default_factory=list)

    def verbatim_total(self) -> Ratio:
        """All verbatim checks together."""
        total = Ratio()
        for r in self.verbatim.values():
            total.ok += r.ok
            total.total += r.total
        return total

    def to_dict(self, verbose: bool = False) -> dict[str, Any]:
        """JSON-ready figures; per-article details only when `verbose`."""
        out: dict[str, Any] = {
            "gold": self.gold_path,
            "split": self.split,
            "articles": self.articles,
            "facts": self.facts.to_dict(),
            "quotes": self.quotes.to_dict(),
            "polarity_accuracy": self.polarity.to_dict(),
            "counterparty_agreement": self.counterparty.to_dict(),
            "quantity_exact": self.quantity.to_dict(),
            "modality_agreement": self.modality.to_dict(),
            "verbatim": {k: v.to_dict() for k, v in sorted(self.verbatim.items())},
            "verbatim_all": self.verbatim_total().to_dict(),
            "duplicate_facts": self.duplicates,
            "degraded_articles": self.degraded,
            "seconds": round(self.seconds, 3),
        }
        if verbose:
            out["details"] = [asdict(d) for d in self.details]
        return out


def describe_fact(f: Fact) -> str:
    """One line for a fact: actors | action | object | counterparty | polarity | quantity."""
    qty = f" | qty={f.quantity.number!r}" if f.quantity else ""
    cp = f" | with {f.counterparty}" if f.counterparty else ""
    return f"{', '.join(f.actors)} | {f.action} | {f.object}{cp} | {f.polarity}{qty}"


def describe_quote(q: Quote) -> str:
    """One line for a quote: speaker: "words"."""
    return f"{q.speaker}: \u201c{q.quote}\u201d"


def _scored_quotes(quotes: Iterable[Quote]) -> list[Quote]:
    return [q for q in quotes if len(tokens(q.quote)) >= MIN_QUOTE_WORDS]


def _quantity_equal(gold: Quantity | None, pred: Quantity | None) -> bool:
    """Same number as printed; "900 million" + unit "euros" equals a gold "900 million euros"."""
    if gold is None or pred is None:
        return gold is pred
    want = normalize_space(gold.number).lower()
    got = {normalize_space(pred.number).lower()}
    if pred.unit:
        got.add(normalize_space(f"{pred.number} {pred.unit}").lower())
    return want in got


def _check_verbatim(source: str, facts: Facts, result: ArticleResult, report: FactReport) -> None:
    norm_source = normalize_space(source)

    def check(kind: str, span: str | None) -> None:
        if not span:
            return
        ok = normalize_space(span) in norm_source
        report.verbatim.setdefault(kind, Ratio()).add(ok)
        if not ok:
            result.not_verbatim.append(f"{kind}: {span!r}")

    for f in facts.facts:
        for actor in f.actors:
            check("actor", actor)
        if f.quantity:
            check("number", f.quantity.number)
    for q in facts.quotes:
        check("quote", q.quote)
        check("speaker", q.speaker)


def _score_article(gold: GoldArticle, facts: Facts, report: FactReport) -> ArticleResult:
    result = ArticleResult(id=gold.id, degraded=facts.degraded)
    aliases = Aliases(gold.aliases)
    gf, pf = list(gold.facts), list(facts.facts)

    pairs = greedy_match(gf, pf, lambda g, p: fact_matches(g, p, aliases))
    report.facts.tp += len(pairs)
    report.facts.fp += len(pf) - len(pairs)
    report.facts.fn += len(gf) - len(pairs)
    for i, j in pairs:
        g, p = gf[i], pf[j]
        same_cp = aliases.canonical(g.counterparty) == aliases.canonical(p.counterparty)
        report.counterparty.add(same_cp)
        if not same_cp:
            result.wrong_slot.append(f"{describe_fact(g)}  <>  counterparty {p.counterparty!r}")
        report.modality.add(g.modality == p.modality)
        if g.quantity or p.quantity:
            same_q = _quantity_equal(g.quantity, p.quantity)
            report.quantity.add(same_q)
            if not same_q:
                got = p.quantity.number if p.quantity else None
                result.wrong_slot.append(f"{describe_fact(g)}  <>  quantity {got!r}")
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    result.missed_facts = [describe_fact(gf[i]) for i in range(len(gf)) if i not in matched_g]
    invented = [j for j in range(len(pf)) if j not in matched_p]
    for j in invented:
        dup = any(fact_matches(gf[i], pf[j], aliases) is not None for i in matched_g)
        report.duplicates += dup
        result.invented_facts.append(describe_fact(pf[j]) + (" [duplicate]" if dup else ""))

    loose = greedy_match(gf, pf, lambda g, p: fact_matches(g, p, aliases, check_polarity=False))
    for i, j in loose:
        report.polarity.add(gf[i].polarity == pf[j].polarity)
        if gf[i].polarity != pf[j].polarity:
            result.wrong_polarity.append(f"{describe_fact(gf[i])}  <>  {pf[j].polarity}")

    gq, pq = _scored_quotes(gold.quotes), _scored_quotes(facts.quotes)
    qpairs = greedy_match(gq, pq, lambda g, p: quote_matches(g, p, aliases))
    report.quotes.tp += len(qpairs)
    report.quotes.fp += len(pq) - len(qpairs)
    report.quotes.fn += len(gq) - len(qpairs)
    mg, mp = {i for i, _ in qpairs}, {j for _, j in qpairs}
    result.missed_quotes = [describe_quote(gq[i]) for i in range(len(gq)) if i not in mg]
    result.invented_quotes = [describe_quote(pq[j]) for j in range(len(pq)) if j not in mp]

    _check_verbatim(gold.text, facts, result, report)
    report.degraded += facts.degraded
    return result


def _default_extract(articles: list[Article]) -> list[Facts]:
    from digest.facts import extract_facts_many

    return list(extract_facts_many(articles))


def score(
    gold_path: Path,
    split: str | None = None,
    extract: Extract | None = None,
    verbose: bool = False,
) -> FactReport:
    """Run the extractor (default `digest.facts.extract_facts_many`) on the gold set and score it.

    `extract` maps one Article to its Facts; per-article details are always collected, and
    `verbose` only decides whether the report logs them.
    """
    gold = load_gold(gold_path, split)
    articles = [to_article(g) for g in gold]
    start = time.perf_counter()
    run = _default_extract if extract is None else (lambda arts: [extract(a) for a in arts])
    predicted = run(articles)
    report = FactReport(gold_path=str(gold_path), split=split, articles=len(gold))
    report.seconds = time.perf_counter() - start
    for g, facts in zip(gold, predicted, strict=True):
        report.details.append(_score_article(g, facts, report))
    if verbose:
        for d in report.details:
            log.debug(
                "%s: %d missed, %d invented", d.id, len(d.missed_facts), len(d.invented_facts)
            )
    return report


def _fmt(v: float | None) -> str:
    return "  n/a" if v is None else f"{v:5.3f}"


def format_report(report: FactReport, verbose: bool = False) -> str:
    """The report as a plain-text table; with `verbose`, what was missed or invented per article."""
    split = report.split or "all"
    lines = [f"facts evaluation: {report.gold_path} (split {split}, {report.articles} articles)"]
    lines.append(f"{'':24}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name, c in (("commitments", report.facts), ("quotes", report.quotes)):
        lines.append(
            f"{name:24}{c.precision:7.3f}{c.recall:7.3f}{c.f1:7.3f}{c.tp:6d}{c.fp:6d}{c.fn:6d}"
        )
    for name, r in (
        ("polarity accuracy", report.polarity),
        ("counterparty agreement", report.counterparty),
        ("quantity exact", report.quantity),
        ("modality agreement", report.modality),
    ):
        lines.append(f"{name:24}{_fmt(r.value):>7}   ({r.ok}/{r.total} matches)")
    vt = report.verbatim_total()
    kinds = ", ".join(f"{k} {r.ok}/{r.total}" for k, r in sorted(report.verbatim.items()))
    lines.append(f"{'verbatim':24}{_fmt(vt.value):>7}   ({kinds or 'nothing printed'})")
    lines.append(
        f"duplicate facts {report.duplicates}, degraded articles {report.degraded}, "
        f"extraction {report.seconds:.2f}s"
    )
    if verbose:
        for d in report.details:
            groups = (
                ("missed fact", d.missed_facts),
                ("invented fact", d.invented_facts),
                ("wrong polarity", d.wrong_polarity),
                ("matched, wrong", d.wrong_slot),
                ("missed quote", d.missed_quotes),
                ("invented quote", d.invented_quotes),
                ("not verbatim", d.not_verbatim),
            )
            if not any(items for _, items in groups):
                continue
            lines.append("")
            lines.append(f"[{d.id}]" + (" (degraded)" if d.degraded else ""))
            for label, items in groups:
                lines.extend(f"  {label}: {item}" for item in items)
    return "\n".join(lines)


def report_json(report: FactReport, verbose: bool = False) -> str:
    """The report as one JSON object."""
    return json.dumps(report.to_dict(verbose), ensure_ascii=False, indent=2)
