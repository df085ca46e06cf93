"""Facts scorer on hand-made predictions, gold-set validity, and the verbatim invariant."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from digest.errors import SourceError
from digest.facteval import (
    FactReport,
    GoldArticle,
    _quantity_equal,
    format_report,
    load_gold,
    report_json,
    score,
    to_article,
)
from digest.factgold import SPLITS
from digest.factmatch import (
    Aliases,
    content_tokens,
    fact_matches,
    head_verb,
    object_f1,
    object_with_quantity,
    quote_f1,
)
from digest.model import Article, Fact, Facts, Quantity, Quote

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "benchmarks" / "facts_gold"
GOLD_SPLITS = SPLITS
GOLD_FILES = [GOLD_DIR / f"{split}.jsonl" for split in GOLD_SPLITS]
EXAMPLES = ROOT / "examples"

TEXT = """Alderia and Brennport agree to swap prisoners

Test Wire

Alderia and Brennport agreed on Monday to exchange 40 prisoners, officials said.

Alderia will release 25 Brennporti soldiers. Brennport refused to reopen the Kell border crossing.

\u201cWe keep our word,\u201d said Alderian Foreign Minister Mila Orr.
"""

GOLD_FACTS = [
    {
        "actors": ["Alderia", "Brennport"],
        "action": "agreed to exchange",
        "object": "40 prisoners",
        "counterparty": None,
        "polarity": "positive",
        "modality": "asserted",
        "quantity": {"number": "40", "unit": "prisoners"},
    },
    {
        "actors": ["Alderia"],
        "action": "will release",
        "object": "25 Brennporti soldiers",
        "counterparty": "Brennport",
        "polarity": "positive",
        "modality": "future",
        "quantity": {"number": "25", "unit": "Brennporti soldiers"},
    },
    {
        "actors": ["Brennport"],
        "action": "refused to reopen",
        "object": "the Kell border crossing",
        "counterparty": None,
        "polarity": "negative",
        "modality": "asserted",
        "quantity": None,
    },
]


def _gold_line(**overrides) -> dict:
    record = {
        "id": "t-1",
        "split": "dev",
        "invented": True,
        "title": "Alderia and Brennport agree to swap prisoners",
        "text": TEXT,
        "facts": GOLD_FACTS,
        "quotes": [{"speaker": "Mila Orr", "quote": "We keep our word"}],
        "aliases": {
            "Alderia": ["Alderian", "Alderia's"],
            "Brennport": ["Brennporti"],
            "Mila Orr": ["Orr", "Foreign Minister Mila Orr"],
        },
    }
    record.update(overrides)
    return record


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [_gold_line(), _gold_line(id="t-2", split="test", facts=[], quotes=[])]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def fact(actors, action, obj, polarity="positive", cp=None, number=None, modality="asserted"):
    qty = Quantity(number=number) if number else None
    return Fact(tuple(actors), action, obj, cp, polarity, modality, qty, 0, "")


def fixed(facts=(), quotes=()):
    """An extractor that returns the same hand-made predictions for every article."""
    return lambda article: Facts(facts=tuple(facts), quotes=tuple(quotes))


def _run(gold_file: Path, facts=(), quotes=()) -> FactReport:
    return score(gold_file, "dev", extract=fixed(facts, quotes))


# ------------------------------------------------------------------ matching rules


def test_head_verb_skips_auxiliaries_negation_and_adverbs():
    assert head_verb("have agreed to exchange") == head_verb("agree")
    assert head_verb("did not agree to") == head_verb("agreeing")
    assert head_verb("will also release") == head_verb("released")
    assert head_verb("has so far refused to sign") == head_verb("refuses")
    assert head_verb("withdrew") == head_verb("withdraw")
    assert head_verb("will formally supply") == head_verb("supplied")


def test_object_overlap_ignores_stop_words_and_inflection():
    assert content_tokens("the Orlen Gate crossings") == content_tokens("Orlen Gate crossing")
    assert object_f1("45 detainees", "to exchange 45 detainees") >= 0.5
    assert object_f1("the Kell border crossing", "the ceasefire") == 0.0


def test_exact_predictions_score_perfectly(gold_file: Path):
    preds = [
        fact(["Alderia", "Brennport"], "agreed to exchange", "40 prisoners", number="40"),
        fact(["Alderia"], "will release", "25 Brennporti soldiers", cp="Brennport", number="25"),
        fact(["Brennport"], "refused to reopen", "the Kell border crossing", "negative"),
    ]
    report = _run(gold_file, preds, [Quote("Mila Orr", "We keep our word", 3)])
    assert (report.facts.tp, report.facts.fp, report.facts.fn) == (3, 0, 0)
    assert report.facts.f1 == 1.0
    assert report.quotes.f1 == 1.0
    assert report.polarity.value == 1.0
    assert report.counterparty.value == 1.0
    assert report.quantity.value == 1.0 and report.quantity.total == 2
    assert report.verbatim_total().value == 1.0


def test_alias_case_article_and_possessive_normalisation(gold_file: Path):
    preds = [
        # one actor string naming both sides, the adjective alias, "the", case
        fact(["Alderia and Brennport"], "agreed", "to exchange 40 prisoners", number="40"),
        fact(["the Alderian"], "will release", "25 soldiers", cp="brennporti", number="25"),
        fact(["BRENNPORT'S"], "refused to reopen", "Kell border crossing", "negative"),
    ]
    report = _run(gold_file, preds, [Quote("Foreign Minister Mila Orr", "we keep our word!", 3)])
    assert report.facts.tp == 3
    assert report.quotes.tp == 1
    assert report.counterparty.value == 1.0
    # "the Alderian" and "BRENNPORT'S" are not spans of the text: the verbatim check sees it
    assert (report.verbatim["actor"].ok, report.verbatim["actor"].total) == (1, 3)


def test_wrong_actor_set_does_not_match():
    aliases = Aliases({"Alderia": ["Alderian"]})
    gold = fact(["Alderia", "Brennport"], "agreed to exchange", "40 prisoners")
    assert (
        fact_matches(gold, fact(["Alderia"], "agreed to exchange", "40 prisoners"), aliases) is None
    )
    assert fact_matches(gold, gold, aliases) == 1.0


def test_polarity_flip_counts_as_miss_and_wrong_polarity(gold_file: Path):
    preds = [fact(["Brennport"], "refused to reopen", "the Kell border crossing", "positive")]
    report = _run(gold_file, preds)
    assert report.facts.tp == 0
    assert report.facts.fp == 1
    assert report.facts.fn == 3
    assert (report.polarity.ok, report.polarity.total) == (0, 1)
    details = report.details[0]
    assert len(details.wrong_polarity) == 1 and "Kell" in details.wrong_polarity[0]
    assert any("Kell" in m for m in details.missed_facts)


def test_head_verb_must_appear_in_action_or_start_object(gold_file: Path):
    wrong_verb = fact(["Brennport"], "will close", "the Kell border crossing", "negative")
    in_object = fact(["Brennport"], "refused", "to reopen the Kell border crossing", "negative")
    assert _run(gold_file, [wrong_verb]).facts.tp == 0
    assert _run(gold_file, [in_object]).facts.tp == 1


def test_object_overlap_threshold(gold_file: Path):
    # gold object "the Kell border crossing" -> {kell, border, cross}
    half = fact(["Brennport"], "refused to reopen", "the Kell road", "negative")  # F1 0.4
    enough = fact(["Brennport"], "refused to reopen", "the Kell border road", "negative")  # 0.67
    assert object_f1("the Kell border crossing", "the Kell road") < 0.5
    assert _run(gold_file, [half]).facts.tp == 0
    assert _run(gold_file, [enough]).facts.tp == 1


def test_quantity_column_counts_as_part_of_the_object(gold_file: Path):
    # the row reads "men | 25 Brennporti soldiers" when the number sits in the quantity column
    split = fact(["Alderia"], "will release", "men", cp="Brennport")
    split = replace(split, quantity=Quantity(number="25", unit="Brennporti soldiers"))
    assert object_f1("25 Brennporti soldiers", "men") == 0.0
    assert object_with_quantity(split) == "men 25 Brennporti soldiers"
    assert _run(gold_file, [split]).facts.tp == 1
    assert _run(gold_file, [replace(split, quantity=None)]).facts.tp == 0


def test_one_to_one_matching_reports_duplicates(gold_file: Path):
    same = fact(["Alderia"], "will release", "25 Brennporti soldiers", cp="Brennport", number="25")
    report = _run(gold_file, [same, same])
    assert report.facts.tp == 1 and report.facts.fp == 1
    assert report.duplicates == 1
    assert report.details[0].invented_facts[0].endswith("[duplicate]")


def test_quantity_and_counterparty_disagreement_on_a_match(gold_file: Path):
    pred = fact(["Alderia"], "will release", "25 Brennporti soldiers", cp="Kell", number="2")
    report = _run(gold_file, [pred])
    assert report.facts.tp == 1
    assert (report.counterparty.ok, report.counterparty.total) == (0, 1)
    assert (report.quantity.ok, report.quantity.total) == (0, 1)
    wrong = report.details[0].wrong_slot
    assert any("counterparty 'Kell'" in w for w in wrong) and any(
        "quantity '2'" in w for w in wrong
    )
    assert report.verbatim["number"].ok == 1  # "2" is inside "25": a substring, as printed


def test_quantity_unit_may_hold_the_currency_word():
    gold = Quantity(number="900 million euros", unit=None)
    assert _quantity_equal(gold, Quantity(number="900 million", unit="euros"))
    assert _quantity_equal(gold, Quantity(number="900 Million  euros"))
    assert not _quantity_equal(gold, Quantity(number="900", unit="million"))
    assert not _quantity_equal(Quantity(number="$41"), Quantity(number="41"))
    assert _quantity_equal(None, None) and not _quantity_equal(gold, None)


def test_quote_f1_threshold_and_speaker(gold_file: Path):
    assert quote_f1("We keep our word", "We keep our word") == 1.0
    assert quote_f1("We keep our word", "We keep our word, always and forever") < 0.8
    assert _run(gold_file, quotes=[Quote("Orr", "We keep our word", 3)]).quotes.tp == 1
    wrong_speaker = _run(gold_file, quotes=[Quote("Alderia", "We keep our word", 3)])
    assert (wrong_speaker.quotes.tp, wrong_speaker.quotes.fp) == (0, 1)
    too_long = _run(gold_file, quotes=[Quote("Orr", "We keep our word, always and forever", 3)])
    assert too_long.quotes.tp == 0
    # fragments under three words are not scored either way
    short = _run(gold_file, quotes=[Quote("Orr", "word", 3)])
    assert (short.quotes.fp, short.quotes.fn) == (0, 1)


def test_report_text_and_json(gold_file: Path):
    report = _run(gold_file, [fact(["Nobody"], "agreed to", "nothing")])
    text = format_report(report, verbose=True)
    assert "commitments" in text and "quotes" in text
    assert "invented fact: Nobody | agreed to | nothing" in text
    assert "missed fact: Alderia, Brennport | agreed to exchange | 40 prisoners" in text
    data = json.loads(report_json(report, verbose=True))
    assert data["facts"]["fp"] == 1 and data["facts"]["fn"] == 3
    assert data["details"][0]["id"] == "t-1"
    assert "details" not in json.loads(report_json(report))


def test_split_filter(gold_file: Path):
    assert [g.id for g in load_gold(gold_file, "test")] == ["t-2"]
    assert len(load_gold(gold_file)) == 2


def test_bad_gold_line_names_file_and_line(tmp_path: Path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_gold_line()) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"bad\.jsonl:2"):
        load_gold(path)
    with pytest.raises(SourceError, match="cannot read"):
        load_gold(tmp_path / "missing.jsonl")


# ------------------------------------------------------------------ the gold set itself

_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _records() -> list[dict]:
    out = []
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line))
    return out


def test_gold_set_size_splits_and_invented_names():
    records = _records()
    assert len(records) >= 30
    assert {r["split"] for r in records} == set(GOLD_SPLITS)
    assert sum(r["invented"] for r in records) * 2 >= len(records)
    assert len({r["id"] for r in records}) == len(records)
    assert any(not r["facts"] for r in records)  # an article with no commitments
    for split, path in zip(GOLD_SPLITS, GOLD_FILES, strict=True):
        assert {g.split for g in load_gold(path)} == {split}


def test_gold_schema():
    fact_keys = {"actors", "action", "object", "counterparty", "polarity", "modality", "quantity"}
    for r in _records():
        assert set(r) == {"id", "split", "invented", "title", "text", "facts", "quotes", "aliases"}
        assert r["text"].split("\n", 1)[0].strip() == r["title"]
        sentences = len([s for s in re.split(r"(?<=[.!?\u201d\"])\s+", r["text"]) if s.strip()])
        assert sentences >= 6, r["id"]
        for f in r["facts"]:
            assert fact_keys <= set(f) <= fact_keys | {"sentence"}, r["id"]
            assert f["actors"] and all(isinstance(a, str) and a for a in f["actors"])
            assert f["action"] and f["object"]
            assert head_verb(f["action"]), (r["id"], f["action"])
            assert f["polarity"] in {"positive", "negative"}
            assert f["modality"] in {"asserted", "future", "conditional", "reported"}
            assert f["quantity"] is None or set(f["quantity"]) == {"number", "unit"}
        for q in r["quotes"]:
            assert set(q) == {"speaker", "quote"} and q["quote"]
        assert all(isinstance(v, list) for v in r["aliases"].values())


def test_gold_spans_are_verbatim_in_the_article_body():
    for r in _records():
        body = _norm(r["text"].split("\n", 1)[1])
        spans = [(k, c) for k in r["aliases"] for c in [k]]
        for f in r["facts"]:
            spans += [("actor", a) for a in f["actors"]]
            if f["counterparty"]:
                spans.append(("counterparty", f["counterparty"]))
            if f["quantity"]:
                spans.append(("number", f["quantity"]["number"]))
            if "sentence" in f:
                spans.append(("sentence", f["sentence"]))
            # objects may be condensed, but every word of them comes from the text
            words = set(re.findall(r"\w+", body.lower()))
            assert set(re.findall(r"\w+", f["object"].lower())) <= words, (r["id"], f["object"])
        for q in r["quotes"]:
            spans += [("quote", q["quote"]), ("speaker", q["speaker"])]
        for kind, span in spans:
            assert _norm(span) in body, f"{r['id']}: {kind} {span!r} is not in the text"


def test_every_gold_name_resolves_through_its_own_alias_table():
    for r in _records():
        aliases = Aliases(r["aliases"])
        canon = {aliases.canonical(c) for c in r["aliases"]}
        for f in r["facts"]:
            for actor in f["actors"]:
                assert aliases.canonical(actor) in canon, (r["id"], actor)
        for q in r["quotes"]:
            assert aliases.canonical(q["speaker"]) in canon, (r["id"], q["speaker"])


# ------------------------------------------------------------------ the real extractor


@pytest.fixture(scope="session")
def extract_many():
    facts = pytest.importorskip("digest.facts")
    if not hasattr(facts, "extract_facts_many"):
        pytest.skip("digest.facts.extract_facts_many is not there yet")
    return facts.extract_facts_many


def _printed_spans(facts: Facts) -> list[tuple[str, str]]:
    spans = []
    for f in facts.facts:
        spans += [("actor", a) for a in f.actors]
        if f.quantity:
            spans.append(("number", f.quantity.number))
    for q in facts.quotes:
        spans.append(("quote", q.quote))
        if q.speaker:
            spans.append(("speaker", q.speaker))
    return spans


def _example_articles() -> list[tuple[str, Article]]:
    from digest.clean import clean
    from digest.model import RawDocument

    out = []
    for path in sorted(EXAMPLES.glob("*")):
        if path.suffix.lower() not in {".txt", ".md", ".html", ".htm"}:
            continue
        text = path.read_text(encoding="utf-8")
        kind = "html" if path.suffix.lower() in {".html", ".htm"} else "text"
        out.append((text, clean(RawDocument(source=str(path), text=text, kind=kind))))
    return out


def test_verbatim_invariant_on_gold_and_examples(extract_many):
    pairs: list[tuple[str, Article]] = []
    for path in GOLD_FILES:
        pairs += [(g.text, to_article(g)) for g in load_gold(path)]
    pairs += _example_articles()
    results = list(extract_many([a for _, a in pairs]))
    assert len(results) == len(pairs)
    failures = []
    for (source, article), facts in zip(pairs, results, strict=True):
        haystack = _norm(source)
        if "<" in source:  # HTML: compare with the cleaned text too (entities decoded)
            haystack += " " + _norm(article.title + " " + article.text)
        for kind, span in _printed_spans(facts):
            if _norm(span) not in haystack:
                failures.append(f"{article.source}: {kind} {span!r}")
    assert not failures, "\n".join(failures)


def test_score_runs_the_real_extractor_on_the_dev_split(extract_many):
    report = score(GOLD_DIR / "dev.jsonl", "dev")
    assert report.articles == len(load_gold(GOLD_DIR / "dev.jsonl", "dev"))
    assert report.facts.tp + report.facts.fn == sum(
        len(g.facts) for g in load_gold(GOLD_DIR / "dev.jsonl", "dev")
    )
    assert report.verbatim_total().value in (None, 1.0)


def test_to_article_uses_the_cleaner():
    gold = load_gold(GOLD_DIR / "dev.jsonl", "dev")[0]
    assert isinstance(gold, GoldArticle)
    article = to_article(gold)
    assert article.title == gold.title
    assert all("Something went wrong" not in s.text for s in article.sentences)
