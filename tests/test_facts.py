"""Tests of the facts step on the real spaCy model: fixtures with invented names and the seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from digest.facts import extract_facts, extract_facts_many, select_sentences
from digest.facts.nlp import ModelUnavailable, load_nlp, model_dir, verify_model
from digest.facts.verbatim import enforce, normalize
from digest.model import Article, Fact, Facts, Quote, RawDocument, to_dict
from digest.segment import sentences

DATA = Path(__file__).parent / "data" / "facts"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "armenia_azerbaijan_upi.txt"
FIXTURES = sorted(p.stem for p in DATA.glob("*.txt"))


def article_from(text: str, source: str = "test") -> Article:
    return Article(id="t", source=source, title="", text=text, sentences=sentences(text))


@pytest.fixture(scope="session")
def nlp():
    loaded = load_nlp()
    assert loaded is not None, "the pinned spaCy model must load in the test environment"
    return loaded


def _fact_view(f: Fact) -> dict:
    d = to_dict(f)
    d["quantity"] = f.quantity.number if f.quantity else None
    d.pop("sentence")
    return d


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_facts_and_quotes_are_exact(nlp, name):
    text = (DATA / f"{name}.txt").read_text()
    expected = json.loads((DATA / f"{name}.expected.json").read_text())
    found = extract_facts(article_from(text, name))
    assert not found.degraded
    assert [_fact_view(f) for f in found.facts] == expected["facts"]
    assert [to_dict(q) for q in found.quotes] == expected["quotes"]


def test_batch_keeps_order_and_matches_single(nlp):
    articles = [article_from((DATA / f"{n}.txt").read_text(), n) for n in FIXTURES]
    batch = extract_facts_many(articles)
    assert [extract_facts(a) for a in articles] == batch
    assert extract_facts_many([]) == []


def test_entities_count_surname_mentions_and_mark_countries(nlp):
    text = (
        "Valdorian envoy Marta Keller met officials in Armenia on Monday. "
        "Keller said the talks with Armenia were useful.\n\n"
        "Armenia will release 10 prisoners, Keller said."
    )
    found = extract_facts(article_from(text))
    ents = {e.name: e for e in found.entities}
    assert ents["Marta Keller"].kind == "person" and ents["Marta Keller"].mentions == 3
    assert ents["Armenia"].kind == "place" and ents["Armenia"].mentions == 3
    assert "Keller" not in ents


def test_distractors_give_no_facts(nlp):
    text = (
        "Analysts agree that the ceasefire will hold. Experts said the deal could collapse. "
        "The talks were held in a hotel. Officials expect prices to rise."
    )
    assert extract_facts(article_from(text)).facts == ()


def test_negation_and_refusal_polarity(nlp):
    text = (
        "Tarsonia rejected the offer on Friday. Belvia will not sign the accord. "
        "Corvin Bank declined to extend the loan. Tarsonia did not refuse to pay the fee."
    )
    found = extract_facts(article_from(text))
    polarity = {f.actors[0]: f.polarity for f in found.facts}
    assert polarity == {
        "Tarsonia": "positive",  # the last fact about Tarsonia wins in this dict
        "Belvia": "negative",
        "Corvin Bank": "negative",
    }
    first = found.facts[0]
    assert (first.actors, first.action, first.polarity) == (("Tarsonia",), "rejected", "negative")


def test_which_and_pronoun_subjects(nlp):
    text = (
        "The summit was hosted by Quarnia, which will supply 300 tonnes of grain to Belvia.\n\n"
        "Holvek Motors said on Tuesday that it would buy the Drava plant. "
        "It will also hire 1,200 workers."
    )
    facts = extract_facts(article_from(text)).facts
    views = [(f.actors, f.action, f.object, f.counterparty) for f in facts]
    assert views == [
        (("Quarnia",), "will supply", "300 tonnes of grain", "Belvia"),
        (("Holvek Motors",), "would buy", "the Drava plant", None),
        (("Holvek Motors",), "will also hire", "1,200 workers", None),
    ]
    assert facts[2].quantity.number == "1,200" and facts[2].quantity.value == 1200.0
    assert facts[0].quantity.number == "300" and facts[0].quantity.unit == "tonnes"


def test_quote_only_paragraph_and_curly_split_quotes(nlp):
    text = (
        "Jonas Pell, the union's chief negotiator, said members would vote next week.\n\n"
        "“The offer is not enough,” he said. “Our members deserve better pay.”\n\n"
        '"We will strike if we must."'
    )
    quotes = extract_facts(article_from(text)).quotes
    assert [(q.speaker, q.quote) for q in quotes] == [
        ("Jonas Pell", "The offer is not enough"),
        ("Jonas Pell", "Our members deserve better pay."),
        ("Jonas Pell", "We will strike if we must."),
    ]


def test_verbatim_invariant_on_all_fixtures(nlp):
    texts = [(DATA / f"{n}.txt").read_text() for n in FIXTURES]
    if SEED.exists():
        texts.append(SEED.read_text())
    for text in texts:
        article = article_from(text)
        source = normalize(article.text)
        found = extract_facts(article)
        for f in found.facts:
            for span in [*f.actors, f.counterparty, f.quantity.number if f.quantity else None]:
                assert span is None or normalize(span) in source
        for q in found.quotes:
            assert normalize(q.quote) in source and normalize(q.speaker) in source


def test_enforce_drops_spans_not_in_the_article():
    article = article_from('Belvia will sign the accord, "We are ready now," Ana Lind said.')
    good = Fact(("Belvia",), "will sign", "the accord", None, "positive", "future", None, 0, "")
    bad = Fact(("Zorland",), "will sign", "the accord", None, "positive", "future", None, 0, "")
    facts = Facts(
        facts=(good, bad),
        quotes=(Quote("Ana Lind", "We are ready now", 0), Quote("Ana Lind", "We are not", 0)),
    )
    kept = enforce(article, facts)
    assert kept.facts == (good,)
    assert [q.quote for q in kept.quotes] == ["We are ready now"]


def test_prefilter_skips_sentences_without_cues():
    text = (
        "Rain fell all day. Belvia will sign the accord.\n\n"
        "The port was busy.\n\n"
        '"It is done," the minister said.'
    )
    article = article_from(text)
    assert select_sentences(article) == [1, 2, 3]


def test_model_files_are_verified():
    path = model_dir()
    verify_model(path)  # the installed model matches the pinned hashes
    with pytest.raises(ModelUnavailable, match="config.cfg"):
        verify_model(path, {"config.cfg": "0" * 64})
    with pytest.raises(ModelUnavailable, match="missing"):
        verify_model(path, {"no/such/file": "0" * 64})


def test_without_spacy_rules_give_degraded_facts(tmp_path):
    broken = tmp_path / "spacy"
    broken.mkdir()
    (broken / "__init__.py").write_text("raise ImportError('spaCy broken for this test')\n")
    code = (
        "import json, logging; logging.basicConfig(level=logging.WARNING)\n"
        "from digest.facts import extract_facts_many\n"
        "from digest.model import Article, to_dict\n"
        "from digest.segment import sentences\n"
        "t = ('Valdoria and Mirenza agreed to exchange 45 detainees. '"
        "'\"We are ready to sign,\" Anika Borell said.')\n"
        "a = Article(id='x', source='s', title='', text=t, sentences=sentences(t))\n"
        "print(json.dumps([to_dict(f) for f in extract_facts_many([a, a])]))\n"
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(Path.cwd())]))
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout)
    assert all(r["degraded"] for r in out)
    fact = out[0]["facts"][0]
    assert fact["actors"] == ["Valdoria", "Mirenza"] and fact["quantity"]["number"] == "45"
    assert out[0]["quotes"] == [
        {"speaker": "Anika Borell", "quote": "We are ready to sign", "sentence_index": 1}
    ]
    warnings = [line for line in run.stderr.splitlines() if "degraded" in line]
    assert len(warnings) == 1


def test_importing_the_facts_package_does_not_import_spacy():
    code = "import sys, digest.facts; print('spacy' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.stdout.strip() == "False", run.stderr


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not available")
def test_seed_commitments_and_quotes(nlp):
    from digest.clean import clean

    article = clean(RawDocument(source=str(SEED), text=SEED.read_text()))
    found = extract_facts(article)
    assert not found.degraded
    views = {(f.actors, f.action, f.object, f.polarity) for f in found.facts}

    def has(actors, verb, obj_part):
        return any(
            a == actors and verb in act and obj_part in obj and pol == "positive"
            for a, act, obj, pol in views
        )

    assert has(("Armenia", "Azerbaijan"), "agreed to exchange", "prisoners")
    assert has(("Azerbaijan",), "will release", "32 Armenian military servicemen")
    assert has(("Armenia",), "will release", "two Azerbaijani soldiers")
    assert has(("Armenia",), "support", "Azerbaijan's bid to host")
    assert has(("Azerbaijan",), "support", "Armenia's candidacy")
    assert has(("Armenia", "Azerbaijan"), "reconfirm", "normalize relations")
    qty = {f.quantity.number for f in found.facts if f.quantity}
    assert {"32", "two"} <= qty
    for f in found.facts:  # nothing invented: no negative fact, no actor outside the two
        assert f.polarity == "positive" and set(f.actors) <= {"Armenia", "Azerbaijan"}

    text = normalize(SEED.read_text())
    quotes = {q.quote: q.speaker for q in found.quotes}
    for q in quotes:
        assert normalize(q) in text
    michel = [q for q, s in quotes.items() if s == "Charles Michel"]
    assert any(q.startswith("Establishing and deepening bilateral dialogue") for q in michel)
    assert any(q.startswith("I now encourage the leaders") for q in michel)
    statement = [q for q, s in quotes.items() if s == "the statement"]
    assert any(
        q.startswith("The Republic of Armenia and the Republic of Azerbaijan") for q in statement
    )
    assert any(q.startswith("[The] two countries reconfirm") for q in statement)
    assert any(
        s == "Matthew Miller" and q.startswith("to lay the groundwork") for q, s in quotes.items()
    )
