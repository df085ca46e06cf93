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


# ---------------------------------------------------------------- general rules (invented text)


def _views(text: str) -> list[tuple]:
    found = extract_facts(article_from(text))
    return [(f.actors, f.action, f.object, f.counterparty, f.polarity) for f in found.facts]


def test_group_and_description_subjects(nlp):
    text = (
        "Donors pledged $80 million on Friday to rebuild the port of Ostrana.\n\n"
        "Nurses at Velden Clinic voted on Monday to ratify a two-year contract.\n\n"
        "The Arvani government and the Kessel movement agreed to open a corridor into Drum."
    )
    views = _views(text)
    assert (("Donors",), "pledged", "$80 million", None, "positive") in views
    nurses = next(v for v in views if v[0] == ("Nurses at Velden Clinic",))
    assert nurses[1].startswith("voted") and nurses[1].endswith("to ratify")
    assert any(v[0] == ("Arvani government", "Kessel movement") for v in views)


def test_leaders_of_named_parties_are_the_parties(nlp):
    views = _views("The leaders of Brasso and Tenvia signed a treaty on Monday to share a river.")
    assert views[0][0] == ("Brasso", "Tenvia")
    assert views[0][2] == "a treaty to share a river"  # the time phrase is not in the object


def test_refusal_forms(nlp):
    text = (
        "The Pellar Port Authority offered 4% this year. "
        "Dockers turned down the offer at a meeting.\n\n"
        "Brasso and Tenvia held talks in Orm. Neither side agreed to a date for new talks."
    )
    found = extract_facts(article_from(text)).facts
    by_action = {f.action: f for f in found}
    assert by_action["turned down"].polarity == "negative"
    neither = by_action["agreed to"]
    assert (neither.actors, neither.polarity) == (("Brasso", "Tenvia"), "negative")
    assert by_action["offered"].object == "4%"


def test_threats_demands_and_opinions_are_not_commitments(nlp):
    text = (
        "Ostrava would tighten the blockade of Merin. "
        "Corvia must hand over the suspects. "
        "The Lanner League will boycott the vote unless the rules change. "
        "Police chief Ana Rell warned that officers will disperse the march. "
        "The Merin Bankers' Association said it opposed the levy. "
        "Analysts agree that the deal will hold."
    )
    assert extract_facts(article_from(text)).facts == ()


def test_recipients_and_amounts(nlp):
    text = (
        "Kovar will supply Dessia with 2 million tonnes of grain over the winter. "
        "Holt United will pay Marven FC up to €6 million in bonuses. "
        "Brisa agreed to extend its truce with Omel by 30 days."
    )
    found = extract_facts(article_from(text)).facts
    supply, pay, extend = found
    assert (supply.object, supply.counterparty) == ("2 million tonnes of grain", "Dessia")
    assert (pay.counterparty, pay.quantity.number) == ("Marven FC", "€6 million")
    assert (extend.object, extend.counterparty) == ("its truce by 30 days", "Omel")
    assert (extend.quantity.number, extend.quantity.unit) == ("30", "days")


def test_verb_classes_reach_more_commitments(nlp):
    text = (
        "The Senate of Kelm voted in favour of the bill. "
        "Mayor Ilsa Varn thanked the donors and promised that no clinic would close. "
        "The Republic of Tarvia made the largest pledge, $30 million over two years. "
        "Grenn is willing to send 200 engineers. "
        "Sudo lifted the night curfew in its capital."
    )
    views = _views(text)
    actions = {v[1]: v for v in views}
    assert actions["voted in favour of"][2] == "the bill"
    assert actions["promised"][2] == "that no clinic would close"
    assert actions["made"][2] == "the largest pledge, $30 million over two years"
    assert actions["is willing to send"][2] == "200 engineers"
    assert actions["lifted"][0] == ("Sudo",)


def test_pronoun_object_and_pronoun_government(nlp):
    text = (
        "The Tessa Farmers' Union said it rejected the levy and would challenge it in court.\n\n"
        "Aid groups say Ulmar closed its border last week.\n\n"
        "Ulmari Foreign Minister Pavel Orsk met reporters in Tessel. "
        "Orsk said his government would allow aid convoys into the north."
    )
    views = _views(text)
    assert (("Tessa Farmers' Union",), "would challenge", "the levy", None, "positive") in views
    convoys = next(v for v in views if "convoys" in v[2])
    assert convoys[0] == ("Ulmar",)  # not the nearest place: the minister's own country


def test_quoted_words_and_conditions_are_not_deals(nlp):
    text = (
        'Minister Lena Pask said her government had "offered everything except the land itself." '
        "It is unclear whether Pell will sign the deal, which would release more water."
    )
    assert extract_facts(article_from(text)).facts == ()


def test_rule_entities_split_titles_and_find_amounts(nlp):
    doc = nlp("Veskari Prime Minister Tavo Renk said Halvern Group will pay $41 a share on Friday.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Veskari", "NORP"), ("Tavo Renk", "PERSON"), ("Halvern Group", "ORG")} <= ents
    assert {("$41", "MONEY"), ("Friday", "DATE")} <= ents


def test_prefilter_cues():
    from digest.facts.prefilter import commitment_cue

    assert commitment_cue("Corvia signed the accord.")
    assert commitment_cue("Corvia would cut tariffs.")
    assert commitment_cue("Corvia is willing to talk to Ulm.")
    assert commitment_cue("The players turned down the offer.")
    assert not commitment_cue("Analysts agree that the truce is fragile.")
    assert not commitment_cue("The offer was generous.")
    assert not commitment_cue("The talks will be held in Orm.")
    assert not commitment_cue("The signing ceremony was short.")


def test_quotes_with_a_speaker_by_pattern_are_not_parsed():
    text = (
        '"We are ready," said Foreign Minister Anika Borell.\n\n'
        "Rain fell.\n\n"
        '"The offer is fair," Borell said.\n\n'
        '"The offer is fair," the union said.\n\n'
        "Borell will sign the accord."
    )
    article = article_from(text)
    assert select_sentences(article) == [2, 3, 4]  # a description speaker needs the parse
    quotes = extract_facts(article).quotes
    assert [q.speaker for q in quotes][:2] == ["Anika Borell", "Anika Borell"]


def test_base_form_lemmas_are_kept():
    from digest.facts.lexicon import verb_lemma

    assert [verb_lemma(w) for w in ("extended", "agreed", "cancelled", "sent")] == [
        "extend",
        "agree",
        "cancel",
        "send",
    ]


def _actors(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    return [(f.actors, f.action, f.polarity) for f in extract_facts(article_from(text)).facts]


def test_datelines_headings_and_function_words_are_never_actors(nlp):
    text = (
        "FOR IMMEDIATE RELEASE\n\n"
        "BRELLAM, 3 June 2031 – Quorvik Cables plc said its board will close the Dunmere "
        "works next year. The company will also invest €40 million in new lines.\n\n"
        "“We chose to act,” said Pia Lenz, Chief Executive of Quorvik.\n\n"
        "About Quorvik Cables\nQuorvik Cables plc makes cables."
    )
    names = {a for actors, _action, _pol in _actors(text) for a in actors}
    assert names and not names & {"BRELLAM", "IMMEDIATE", "About Quorvik", "of Quorvik"}
    assert all("Quorvik" in n for n in names)


def test_future_votes_restrictive_clauses_and_voted_down(nlp):
    text = (
        "The Morland assembly will vote on the harbour bill next week. "
        "Pellcorp will pay the cash into a trust that will repay stranded savers. "
        "It is the first vaccine that inspectors approved this year. "
        "A plan to sell the Osterby mill was voted down by Pellcorp shareholders in May."
    )
    facts = extract_facts(article_from(text)).facts
    assert [(f.actors, f.action, f.object, f.polarity) for f in facts] == [
        (("Pellcorp",), "will pay", "the cash into a trust", "positive"),
        (
            ("Pellcorp shareholders",),
            "was voted down",
            "A plan to sell the Osterby mill",
            "negative",
        ),
    ]


def test_aspectual_gerund_lists_and_write_off(nlp):
    text = (
        "Dunmere Water agreed to stop charging late fees to pensioners. "
        "Dunmere Water will supply the pumps, valves and meters that the scheme needs, and "
        "will write off £2 million of unpaid bills."
    )
    facts = extract_facts(article_from(text)).facts
    assert [(f.action, f.object) for f in facts] == [
        ("agreed to stop charging", "late fees to pensioners"),  # whose fees: part of it
        ("will supply", "the pumps, valves and meters that the scheme needs"),
        ("will write off", "£2 million of unpaid bills"),
    ]


def test_it_after_an_untitled_name_and_amount_phrases(nlp):
    text = (
        "Talks on the Ferro brickworks site ended on Monday. "
        "Brannock Homes said it would pay £3 million towards a new bridge. "
        "Brannock Homes will also invest £8 million in a training centre."
    )
    facts = extract_facts(article_from(text)).facts
    assert [(f.actors, f.object) for f in facts] == [
        (("Brannock Homes",), "£3 million towards a new bridge"),
        (("Brannock Homes",), "£8 million in a training centre"),
    ]


def test_descriptions_resolve_to_the_speakers_body_or_are_dropped(nlp):
    text = (
        "Castor Athletic signed the winger Remi Oduya from Vennfield on Monday.\n\n"
        "Castor manager Ines Varro said the club would not sell its captain this summer.\n\n"
        "Trelland and Mossary held talks in Pell. Mossarian Trade Minister Ana Voss said her "
        "government would not lower tariffs on rice. Trelish envoy Ida Holm said her "
        "government would cut fees on wheat.\n\n"
        "The two rebels, Ota Brun and Lea Sand, voted for the truce.\n\n"
        "Both governments signed the accord."
    )
    facts = extract_facts(article_from(text)).facts
    views = [(f.actors, f.action) for f in facts]
    assert (("Castor",), "would not sell") in views or (
        ("Castor Athletic",),
        "would not sell",
    ) in views
    assert (("Mossary",), "would not lower") in views
    assert not any(action == "would cut" for _actors, action in views)  # whose government?
    assert (("Ota Brun", "Lea Sand"), "voted for") in views
    assert not any(a.startswith(("the ", "her ", "Both")) for f in facts for a in f.actors)


def test_speech_verb_nearer_than_a_belief_verb_reports_a_commitment(nlp):
    text = (
        "Governor Ulla Brek went further than many traders had thought she would, telling "
        "reporters that the Bank of Pellmark would not raise rates again this year."
    )
    facts = extract_facts(article_from(text)).facts
    assert [(f.actors, f.action, f.polarity) for f in facts] == [
        (("Bank of Pellmark",), "would not raise", "negative")
    ]


def test_words_inside_quotation_marks_are_quotes_not_facts(nlp):
    text = (
        'Selvan minister Ida Marr said the army "will not leave a single town".\n\n'
        'Ida Marr said the union "will strike on Monday. And it will win."\n\n'
        "Orsk Rail will pay the bonus in May."
    )
    found = extract_facts(article_from(text))
    assert [(f.actors, f.action) for f in found.facts] == [(("Orsk Rail",), "will pay")]
    assert len(found.quotes) == 2


def test_it_before_a_different_speaker_and_members_of_a_body(nlp):
    text = (
        "Dornel Freight Ltd will raise pay by 4%. The company will also hire 30 drivers.\n\n"
        "It also agreed to drop the weekend rota, the union said.\n\n"
        "Members of the Carran Drivers Guild, polled separately, voted against the offer."
    )
    views = [(f.actors, f.action) for f in extract_facts(article_from(text)).facts]
    assert views == [
        (("Dornel Freight Ltd",), "will raise"),
        (("Dornel Freight Ltd",), "will also hire"),
        (("Carran Drivers Guild",), "voted against"),
    ]
