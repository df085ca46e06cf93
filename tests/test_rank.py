"""Tests for the summariser registry and `rank`: order, duplicates, lengths, errors, scores."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from digest.model import Article, Sentence
from digest.rank import DEFAULT_METHOD, Length, methods, rank, rank_many
from digest.segment import sentences

HARBOUR = """\
The city council of Marrowby voted on Monday to rebuild the old harbour wall before winter storms.

The wall collapsed in March after three days of gales, flooding forty homes along the quay. \
Engineers said the new wall would be two metres higher and built from reinforced concrete. \
The council will pay for the work with a loan of 12 million pounds from the regional bank.

Fishermen welcomed the vote but warned that the harbour must stay open during the work. \
"We cannot lose a whole season," said Ada Pellow, who chairs the fishermen's association. \
The council said boats would use a temporary jetty on the north side of the harbour.

Work on the harbour wall is due to start in September and finish before the end of next year.
"""

REPEATS = """\
Flood warnings were issued for the river valley on Tuesday.

Flood warnings were issued for the river valley on Tuesday. Residents were told to move cars \
to higher ground. Flood warnings were issued for the river valley on Tuesday.

The river rose by a metre overnight after heavy rain in the hills. \
Flood warnings were issued for the river valley on Tuesday.
"""

NEAR_DUPLICATES = """\
The mayor of Tollbridge opened the new library on Saturday morning.

The mayor of Tollbridge opened the new library on Saturday morning, officials said. \
The library holds forty thousand books and a café. \
Children can borrow up to ten books at a time from the new library.
"""


def _article(text: str, title: str = "") -> Article:
    return Article(id="t", source="test", title=title, text=text, sentences=sentences(text))


ALL = sorted(methods())


def test_registry_lists_sumy_methods_lead_and_news_sorted():
    names = list(methods())
    assert names == sorted(names)
    for expected in (
        "edmundson", "kl", "lead", "lexrank", "lsa", "luhn", "news", "reduction",
        "sumbasic", "textrank",
    ):  # fmt: skip
        assert expected in names
    assert DEFAULT_METHOD in names
    assert all(isinstance(d, str) and d and "\n" not in d for d in methods().values())


@pytest.mark.parametrize("method", ALL)
def test_every_method_keeps_document_order_and_scores(method):
    article = _article(HARBOUR, "Marrowby council votes to rebuild harbour wall")
    assert len(article.sentences) >= 8
    chosen = rank(article, method, Length(count=3))
    assert len(chosen) == 3
    indexes = [s.index for s in chosen]
    assert indexes == sorted(indexes)
    for s in chosen:
        assert s.text == article.sentences[s.index].text
        assert isinstance(s.score, float)


@pytest.mark.parametrize("method", ALL)
def test_a_repeated_sentence_is_never_returned_twice(method):
    article = _article(REPEATS, "Flood warnings for the valley")
    distinct = {s.text for s in article.sentences}
    assert len(article.sentences) > len(distinct)
    chosen = rank(article, method, Length(count=len(article.sentences)))
    texts = [s.text for s in chosen]
    assert len(texts) == len(set(texts)) == len(distinct)
    # the first occurrence stands for the repeated sentence
    flood = [s for s in chosen if s.text.startswith("Flood warnings")]
    assert [s.index for s in flood] == [0]


@pytest.mark.parametrize("method", ALL)
def test_never_empty_for_a_non_empty_article(method):
    one = _article("Only one sentence here, about a bridge.")
    assert [s.index for s in rank(one, method, Length(count=3))] == [0]
    assert len(rank(one, method, Length(words=1))) == 1
    stop_words_only = _article("It is what it is. And so it was.")
    assert len(rank(stop_words_only, method, Length(count=1))) == 1


def test_empty_article_gives_nothing():
    assert rank(_article(""), "news") == ()


@pytest.mark.parametrize("method", ALL)
def test_ratio_and_word_budget_are_honoured(method):
    article = _article(HARBOUR, "Harbour wall")
    n = len(article.sentences)
    assert len(rank(article, method, Length(ratio=0.2))) == -(-n * 2 // 10)
    assert len(rank(article, method, Length(ratio=1.0))) == n
    chosen = rank(article, method, Length(words=40))
    assert len(chosen) >= 1
    assert sum(len(s.text.split()) for s in chosen) <= 40
    # a budget smaller than any sentence still yields exactly one sentence
    assert len(rank(article, method, Length(words=3))) == 1


def test_word_budget_picks_best_sentences_that_fit():
    article = _article(HARBOUR)
    best_first = rank(article, "lead", Length(count=len(article.sentences)))
    chosen = rank(article, "lead", Length(words=35))
    words = [len(s.text.split()) for s in best_first]
    # lead scores fall with position: take sentences in order while they fit
    expected, used = [], 0
    for s, w in zip(best_first, words, strict=True):
        if not expected or used + w <= 35:
            expected.append(s.index)
            used += w
    assert [s.index for s in chosen] == expected


def test_unknown_method_names_the_available_ones():
    with pytest.raises(ValueError, match="unknown method 'nope'.*lexrank.*news"):
        rank(_article(HARBOUR), "nope")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3", Length(count=3)), (" 10 ", Length(count=10)), ("20%", Length(ratio=0.2)),
     ("100%", Length(ratio=1.0)), ("12.5%", Length(ratio=0.125))],
)  # fmt: skip
def test_length_parse(text, expected):
    assert Length.parse(text) == expected


@pytest.mark.parametrize("text", ["0", "-1", "abc", "0%", "150%", "3.5", "", "20 %%"])
def test_length_parse_rejects_bad_values(text):
    with pytest.raises(ValueError, match="invalid length"):
        Length.parse(text)


def test_length_needs_exactly_one_measure():
    with pytest.raises(ValueError, match="exactly one"):
        Length(count=3, words=80)
    with pytest.raises(ValueError, match="exactly one"):
        Length()
    with pytest.raises(ValueError):
        Length(words=0)


def test_news_avoids_near_duplicate_sentences():
    article = _article(NEAR_DUPLICATES, "Tollbridge mayor opens library")
    chosen = rank(article, "news", Length(count=2))
    picked = [s.index for s in chosen]
    assert len(picked) == 2
    assert (0 in picked) != (1 in picked), picked  # one of the two near-identical sentences


def test_news_prefers_the_lead_but_not_a_byline_fragment():
    text = "By . Staff Reporter .\n\nPublished : 9 May .\n\n" + HARBOUR
    article = _article(text, "Marrowby council votes to rebuild harbour wall")
    assert article.sentences[0].text == "By ."
    first_full = next(s.index for s in article.sentences if s.text.startswith("The city"))
    assert [s.index for s in rank(article, "news", Length(count=1))] == [first_full]
    chosen = [s.index for s in rank(article, "news", Length(count=3))]
    assert first_full in chosen and not {0, 1, 2} & set(chosen)


def test_news_handles_a_very_long_document_quickly():
    paragraphs = [
        f"Report {i} says the river level at gauge {i % 37} rose by {i % 11} centimetres. "
        f"Crews checked {i % 13} bridges near station {i % 29} overnight."
        for i in range(600)
    ]
    article = _article("\n\n".join(paragraphs), "River levels rise")
    assert len(article.sentences) == 1200
    start = time.perf_counter()
    chosen = rank(article, "news", Length(count=3))
    assert time.perf_counter() - start < 5
    assert len(chosen) == 3 and chosen[0].index == 0
    distinct = {s.text for s in article.sentences}
    assert len(distinct) > 400  # beyond the part news ranks in full
    assert len(rank(article, "news", Length(ratio=1.0))) == len(distinct)


def test_news_scores_do_not_depend_on_what_was_ranked_before():
    from digest.methods import Document, news

    doc = Document(
        title="Marrowby council votes to rebuild harbour wall",
        sentences=tuple(s.text for s in sentences(HARBOUR)),
        paragraphs=tuple(s.paragraph for s in sentences(HARBOUR)),
    )
    first = news.score(doc)
    news.score(Document("Flood", tuple(s.text for s in sentences(REPEATS)), (0,) * 6))
    assert news.score(doc) == first
    news._VOCAB.clear()  # a fresh vocabulary (as after it grows past its limit)
    assert news.score(doc) == first


def test_news_terms_ignore_case_and_edge_punctuation():
    from digest.methods import news

    news._VOCAB.reset_if_full()
    vocab = news._VOCAB
    assert vocab["Harbour,"] == vocab["harbour"] == vocab["(harbour)"] >= 0
    assert vocab["the"] == vocab["The"] == news._STOP
    assert vocab["said."] == news._CUE
    assert vocab["--"] == vocab["—"] == news._PUNCT
    assert vocab["well-known"] != vocab["well"]


def test_news_mmr_orders_every_sentence_beyond_the_exact_picks():
    from digest.methods import Document, news

    text = " ".join(f"Crews checked {i} bridges near station {i * 7} overnight." for i in range(25))
    article = _article(text, "Bridge checks")
    assert len(rank(article, "news", Length(ratio=1.0))) == 25 > news.EXACT_PICKS
    doc = Document("Bridge checks", tuple(s.text for s in article.sentences), (0,) * 25)
    assert len(set(news.score(doc))) == 25  # strictly falling along the pick order: no ties


def test_lead_takes_the_first_sentences():
    article = _article(HARBOUR)
    assert [s.index for s in rank(article, "lead", Length(count=3))] == [0, 1, 2]


def test_edmundson_uses_the_headline():
    article = _article(HARBOUR, "Temporary jetty for boats on the north side")
    chosen = rank(article, "edmundson", Length(count=1))
    assert "temporary jetty" in chosen[0].text


def test_importing_rank_does_not_import_sumy_or_numpy():
    code = (
        "import sys, digest.rank; "
        "bad = [m for m in ('sumy', 'numpy', 'nltk') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_method_runs_without_nltk_data(tmp_path):
    """sumy gets our tokenizer and document: no NLTK data (punkt) is ever looked up."""
    code = (
        "import nltk, sys\n"
        "nltk.data.path[:] = [sys.argv[1]]\n"
        "from digest.model import Article\n"
        "from digest.rank import Length, methods, rank\n"
        "from digest.segment import sentences\n"
        "text = 'The port reopened on Monday. Ships queued for hours. "
        "The port said trade would recover. Officials said ships were safe.'\n"
        "a = Article(id='x', source='x', title='Port reopens', text=text, "
        "sentences=sentences(text))\n"
        "for m in methods():\n"
        "    assert len(rank(a, m, Length(count=2))) == 2, m\n"
    )
    env = {"NLTK_DATA": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code, str(tmp_path)], check=True, env=env)


def _varied_articles() -> list[Article]:
    """Articles of every shape the batch path must agree on with `rank`."""
    long_text = "\n\n".join(
        f"Report {i} says the river level at gauge {i % 37} rose by {i % 11} centimetres. "
        f"Crews checked {i % 13} bridges near station {i % 29} overnight."
        for i in range(260)
    )
    bridges = " ".join(
        f"Crews checked {i} bridges near station {i * 7} overnight." for i in range(25)
    )
    fragments = "Rain. More rain. Wind too.\n\nBy . Staff Reporter ."
    same_twice = "The ferry left at noon with forty cars aboard. " * 2 + "It arrived late."
    return [
        _article(HARBOUR, "Marrowby council votes to rebuild harbour wall"),
        _article(""),
        _article("Only one sentence here, about a bridge.", "Bridge"),
        _article(REPEATS, "Flood warnings for the valley"),
        _article(NEAR_DUPLICATES, "Tollbridge mayor opens library"),
        _article(long_text, "River levels rise"),  # 520 sentences: past news's 400
        _article(bridges, "Bridge checks"),  # more sentences than MMR's exact picks
        _article("It is what it is. And so it was.", "It is"),  # stop words only
        _article(fragments, ""),  # no full sentence at all
        _article(same_twice, "Ferry"),
        _article(HARBOUR, ""),  # the same body again, without a headline
        Article(id="s", source="s", title="Blank", text=" ", sentences=(Sentence(0, "  "),)),
    ]


@pytest.mark.parametrize("method", ["news", "lead"])
@pytest.mark.parametrize(
    "length", [Length(count=3), Length(count=1), Length(ratio=0.5), Length(words=40)], ids=str
)
def test_rank_many_equals_rank_of_each_article(method, length):
    articles = _varied_articles()
    expected = [rank(a, method, length) for a in articles]
    assert rank_many(articles, method, length) == expected
    assert rank_many(articles[::-1], method, length) == expected[::-1]
    assert rank_many([], method, length) == []


def test_rank_many_of_a_method_without_a_batch_scorer_equals_rank():
    articles = [a for a in _varied_articles() if len(a.sentences) < 100]  # sumy is slow
    expected = [rank(a, "textrank", Length(count=2)) for a in articles]
    assert rank_many(articles, "textrank", Length(count=2)) == expected


def test_rank_many_in_small_batches_equals_rank(monkeypatch):
    from digest.methods import news_batch

    articles = _varied_articles() * 3
    expected = [rank(a, "news", Length(ratio=1.0)) for a in articles]
    monkeypatch.setattr(news_batch, "BATCH", 2)  # many batches, some ending mid-list
    assert rank_many(articles, "news", Length(ratio=1.0)) == expected


def test_news_score_many_gives_the_scores_of_score():
    from digest.methods import news
    from digest.rank import _distinct

    documents = [d for unique, d in map(_distinct, _varied_articles()) if unique]
    for one, many in zip(map(news.score, documents), news.score_many(documents), strict=True):
        assert len(one) == len(many)
        # Sums may be added up in another order: equal to far below the six decimals kept.
        assert many == pytest.approx(one, rel=1e-12, abs=1e-12)
        assert sorted(range(len(one)), key=one.__getitem__) == sorted(
            range(len(many)), key=many.__getitem__
        )


def test_rank_many_rejects_an_unknown_method():
    with pytest.raises(ValueError, match="unknown method 'nope'"):
        rank_many([_article(HARBOUR)], "nope")


_ODD_TEXTS = [
    "",
    " ",
    "plain words here.",
    "  leading and trailing  ",
    "tab\tnew\nline\r\x0bvt\x0cff",
    "non\xa0breaking\u2003em\u3000ideographic\u2028line\u2029para\x85next\x1cfs",
    "double  space",
    "zero\u200bwidth is no space",
    "control\x01char and \ud800 lone surrogate",
    "emoji 🙂 and accents é à",
    "\t",
    "x",
]


def test_sentence_keys_are_the_words_joined_by_single_spaces():
    import random

    from digest.rank import _keys

    rng = random.Random(7)
    pieces = ["a", "Bé", " ", "  ", "\t", "\n", "\xa0", "\u3000", "\x85", ".", "\x01", "🙂"]
    texts = _ODD_TEXTS + ["".join(rng.choices(pieces, k=rng.randint(0, 12))) for _ in range(3000)]
    assert _keys(texts) == [" ".join(text.split()) for text in texts]


def test_batch_tokens_are_str_split_of_each_sentence():
    import random

    from digest.methods import news
    from digest.methods.news_batch import _tokens

    rng = random.Random(11)
    pieces = ["Ab", "said", "the", " ", "  ", "\t", "\n", "\xa0", "\u2003", "'s", ",", "🙂", "é"]
    texts = _ODD_TEXTS + ["".join(rng.choices(pieces, k=rng.randint(0, 15))) for _ in range(2000)]
    latin = [text for text in texts if all(ord(c) < 256 for c in text)] + ["a\xa0b\x85c d"]
    for group in (texts, latin, texts[:1], texts[2:3], [" ", ""], []):
        news._VOCAB.reset_if_full()
        rows, kind = _tokens(group)
        expected = [(i, news._VOCAB[t]) for i, text in enumerate(group) for t in text.split()]
        assert list(zip(rows.tolist(), kind.tolist(), strict=True)) == expected
