"""Sentence and word splitting on hard news cases, offline (no NLTK data, no network)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from digest import segment
from digest.model import Sentence

# Each case: the sentences a careful human editor would see, joined by one space to make the input.
CASES: list[tuple[str, ...]] = [
    ("Mr. Smith arrived late.", "He left early."),
    ("Mrs. Okafor and Dr. Lee met on Tuesday.", "They agreed to talk again."),
    ("Prof. Bellini said the peak is near.", "Others disagree."),
    ("Gen. Tavrin led the delegation to Geneva.",),
    ("Sen. Ruiz voted no, as did Rep. Holt.",),
    ("The U.S. and the U.K. signed the accord.", "Markets rose."),
    ("Shares of Harlow Dynamics Inc. fell 2%.", "Norrtek rose."),
    ("He moved to the U.S. in 1998 and never left.",),
    ("The company, Brentmoor Corp., declined to comment.",),
    ("The vote is set for Jan. 15 in the capital.",),
    ("The deal closed on Dec. 8, 2023, after months of talks.",),
    ("Talks resume on Sept. 3.", "Both sides will attend."),
    ("The firm will pay $2.3 billion in cash.", "Analysts were surprised."),
    ("Inflation slowed to 3.4% in May.", "Economists had expected 3.6%."),
    ("Shares fell 0.5 percent to 12.75 euros.",),
    ("The fee was €85.5 million, a club record.",),
    ("J.R.R. Tolkien's estate sued.", "The case was dismissed."),
    ("Kofi A. Mensah-Larsen scored twice.",),
    ("George W. Bush visited the plant.", "Workers cheered."),
    ('"We are ready," she said.', "The talks then began."),
    ('He called it "a major breakthrough."', "Others were cautious."),
    ("“We will not give up the valley.”", "Tavrin left the room."),
    ('"Is this the end?" she asked.', "Nobody answered."),
    ("“Ask me in May,” she said.", "Then she smiled."),
    ('He asked: "Why now?"', "The minister did not reply."),
    ("He paused... and then he signed.",),
    ("The results were mixed…", "Some improved."),
    ("Dec. 8 (UPI) -- Armenia and Azerbaijan agreed to swap prisoners.", "Talks continue."),
    ("LONDON (Reuters) - Oil prices rose on Monday.", "Brent gained 1%."),
    ("WASHINGTON, March 3 -- The Senate passed the bill.", "The House votes next."),
    ("SAN JOSE, Calif. -- The startup raised $40 million.",),
    ("The meeting ran past 1 a.m. on Wednesday.",),
    ("The meeting ended at 11 p.m.", "Councilmembers went home."),
    ("The No. 9 shirt was sold out by noon.",),
    ("The U.N. Security Council met at 3 p.m. in New York.",),
    ("Smith et al. reported similar results.",),
    ("Sales rose, e.g. in Asia, and fell elsewhere.",),
    ("It ran from 2019 to 2021 (see Fig. 3).", "The trend held."),
    ("The E.U. will remove duties.", "Sarnia will scrap its levy."),
    ("Employment rose by 1.2 million.", "Wages rose 4.1%."),
    ("Is this a turning point?", "Many think so!"),
    ("St. Louis and Ft. Worth were hit.", "Power was cut."),
    ("The score was 2-1.", "Dravenna won."),
    ("He works for Apple Inc. and lives in Cupertino.",),
]


def _join(case: tuple[str, ...]) -> str:
    return " ".join(case)


def _score(split) -> tuple[int, int]:
    """(cases split exactly right, cases with a false split inside a sentence)."""
    right = false_splits = 0
    for case in CASES:
        got = [s.strip() for s in split(_join(case)) if s.strip()]
        right += got == list(case)
        false_splits += len(got) > len(case)
    return right, false_splits


def test_case_count():
    assert len(CASES) >= 40


# Cases the default splitter (nupunkt) gets wrong: "11 p.m. Councilmembers" is ambiguous
# without knowing that "Councilmembers" starts a sentence.
KNOWN_MISSES = {"The meeting ended at 11 p.m."}


@pytest.mark.parametrize("case", CASES, ids=[c[0][:30] for c in CASES])
def test_split_sentences(case):
    got = segment.split_sentences(_join(case))
    if case[0] in KNOWN_MISSES:
        assert got != list(case), "split right now: remove it from KNOWN_MISSES"
    else:
        assert got == list(case)


def test_default_splitter_never_splits_inside_a_sentence():
    right, false_splits = _score(segment.split_sentences)
    assert (right, false_splits) == (len(CASES) - len(KNOWN_MISSES), 0)


def _nltk_fallback(paragraph: str) -> list[str]:
    pieces = [s.strip() for s in segment._nltk_splitter()(paragraph)]
    return segment._rejoin_attributions(paragraph, pieces)


def test_nltk_fallback_score_floor():
    # measured: 41 of 44 right, one false split ("J.R.R." at the start of a sentence)
    right, false_splits = _score(_nltk_fallback)
    assert right >= 41, right
    assert false_splits <= 1


def test_quoted_question_and_attribution_stay_one_sentence():
    para = "“Is this the end?” she asked. “No!” he said. Then: “Why?” Nobody knew."
    assert segment.split_sentences(para) == [
        "“Is this the end?” she asked.",
        "“No!” he said.",
        "Then: “Why?”",
        "Nobody knew.",
    ]


def test_sentences_indexes_and_paragraphs():
    text = "First para. Second sentence.\n\n  Another   paragraph\nwrapped here.  \n\n\n"
    got = segment.sentences(text)
    assert got == (
        Sentence(0, "First para.", 0),
        Sentence(1, "Second sentence.", 0),
        Sentence(2, "Another paragraph wrapped here.", 1),
    )


def test_sentences_keep_quotes_verbatim():
    para = "“[The] two countries reconfirm their intention,” the statement said. He agreed."
    got = [s.text for s in segment.sentences(para)]
    assert got[0] == "“[The] two countries reconfirm their intention,” the statement said."


def test_paragraphs_collapse_whitespace():
    assert segment.paragraphs("a\n b\n\n\n c  d ") == ["a b", "c d"]
    assert segment.paragraphs("   \n\n ") == []


@pytest.mark.parametrize(
    "text",
    [
        "One. Two.\n\nThree four.",
        "One.\n\n\nTwo.",
        "One.\nTwo.\n\nThree.",
        "One.\n\n Two.",
        "One. \n\nTwo.",
        "One  two.",
        "One\ttwo.",
        "One\u00a0two.\u2028Three.",
        "One\x1ctwo.",
        " One.",
        "One.\n",
        "\n\n",
        "x",
        "",
        "One.\n\n\n\nTwo.",
        "One.\n\n\u3000Two.",
    ],
)
def test_paragraphs_already_in_shape_or_not(text):
    expected = [b for b in (" ".join(x.split()) for x in re.split(r"\n\s*\n", text)) if b]
    assert segment.paragraphs(text) == expected


def test_paragraphs_of_random_whitespace():
    import random

    rng = random.Random(5)
    pieces = ["ab", "c.", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u2029", "\r\n"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [b for b in (" ".join(x.split()) for x in re.split(r"\n\s*\n", text)) if b]
        assert segment.paragraphs(text) == expected, repr(text)


def test_no_whitespace_but_space_is_printable():
    """`paragraphs` takes a printable part for one whose only whitespace is " "."""
    low = "".join(map(chr, range(0x3001)))  # U+3000 is the last whitespace character
    spaces = set(low) - set("".join(low.split()))
    assert len(spaces) > 20 and " " in spaces
    assert not any(c.isprintable() for c in spaces - {" "})
    assert len("".join(map(chr, range(0x3001, 0x110000))).split()) == 1


def test_words_drop_punctuation_and_keep_numbers():
    assert segment.words('Azerbaijan will release 32 servicemen, "as a gesture."') == [
        "Azerbaijan",
        "will",
        "release",
        "32",
        "servicemen",
        "as",
        "a",
        "gesture",
    ]
    assert "$" not in segment.words("It paid $2.3 billion.")
    assert "2.3" in segment.words("It paid $2.3 billion.")


def test_tokenizer_is_what_sumy_expects():
    tok = segment.Tokenizer()
    assert tok.language == "english"
    assert tok.to_sentences("One here. Two there.") == ("One here.", "Two there.")
    assert tok.to_words("Two there.") == ("Two", "there")


def test_sumy_parser_accepts_our_tokenizer():
    from sumy.parsers.plaintext import PlaintextParser

    doc = PlaintextParser.from_string("Mr. Smith came. He left.\n\nThen rain.", segment.Tokenizer())
    assert [str(s) for s in doc.document.sentences] == ["Mr. Smith came.", "He left.", "Then rain."]


def test_no_nltk_data_or_network_needed(tmp_path):
    """Split and tokenize in a fresh interpreter with NLTK_DATA pointing at an empty folder."""
    code = (
        "import socket\n"
        "def _no_net(*a, **k):\n"
        "    raise RuntimeError('network used')\n"
        "socket.socket.connect = _no_net\n"
        "socket.create_connection = _no_net\n"
        "import nltk\n"
        "nltk.download = _no_net\n"
        "from digest import segment\n"
        "s = segment.sentences('Mr. Smith paid $2.3 billion. He left.')\n"
        "assert [x.text for x in s] == ['Mr. Smith paid $2.3 billion.', 'He left.'], s\n"
        "assert segment.words('He left.') == ['He', 'left']\n"
        "assert segment._nltk_splitter()('Dr. Lee came. He left.') == ['Dr. Lee came.', 'He left.']\n"
        "print('ok')\n"
    )
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    root = Path(__file__).resolve().parents[1]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(root), env.get("PYTHONPATH", "")]))
    proc = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"


def _per_paragraph(text: str) -> tuple[Sentence, ...]:
    """The reference behaviour of `sentences`: split_sentences on each paragraph in turn."""
    pieces = [
        (p, s)
        for p, para in enumerate(segment.paragraphs(text))
        for s in segment.split_sentences(para)
    ]
    return tuple(Sentence(i, s, p) for i, (p, s) in enumerate(pieces))


BODIES = [
    "Shares of Harlow Dynamics Inc.\n\nThe firm fell 2%. Norrtek rose.",
    'He asked: "Why now?"\n\nshe said nothing. "Is this the end?" she asked. Nobody knew.',
    "No full stop here\n\nNor here\n\n\n  Third paragraph.   Two sentences!",
    'The U.S. and the U.K. signed.\nMarkets rose 3.4% on Monday. Dr. Lee said so.\n\n"We are ready," she said. Talks resume on Sept. 3. Both sides will attend.',
    "Is this a turning point? Many think so! The score was 2-1.\n\n(Reuters) - Oil rose... and then it fell. J.R.R. Tolkien's estate sued.",
    "“Ask me in May,” she said.\n\n“No!” he said. Then: “Why?” Nobody knew.\n\nIt ran from 2019 to 2021 (see Fig. 3). The trend held.",
]


@pytest.mark.parametrize("text", BODIES, ids=range(len(BODIES)))
def test_sentences_match_splitting_each_paragraph(text):
    assert segment.sentences(text) == _per_paragraph(text)


def test_sentences_of_the_hard_cases_as_one_article():
    text = "\n\n".join(_join(case) for case in CASES)
    assert segment.sentences(text) == _per_paragraph(text)


def test_fast_decisions_agree_with_nupunkt():
    import nupunkt

    plain = nupunkt.load_default_model()
    decide = plain._decision_state()[3]
    fast = nupunkt.load_default_model()
    segment._add_fast_decisions(fast)
    shortcut = fast._decision_state()[3]
    assert shortcut is not decide
    words = ["Mr.", "Inc.", "U.S.", "No.", "profits.", "1998.", "Jan.", "A.", "etc.", "p.m."]
    words += ['said."', "year.)", "Inc.'", "St.”", "ends.’)", "1998.)", "A.)", "p.m.*"]
    words += ["t.", "s.", "f.", "j."]  # first words of collocations: the next word decides
    nexts = [" Smith", " the", ' "We', " 9,", " (The", " However,", " -", " $10bn", " iPhone"]
    nexts += [" rao", " Cook", " 2d", " cfi", ' "', " )"]
    for before in words:
        for after in nexts:
            assert shortcut((before, after)) == decide((before, after)), (before, after)


@pytest.mark.parametrize(
    "text",
    [
        "The vote passed (by two votes.) Then the hall emptied.",
        '"Stop." "Go." She waved.\n\n"Why?" \u201cNow.\u201d The end.',
        "No closing marks here. None at all! Or here?",
        "",
        "(See below.) [Note.] *Bold.* End",
    ],
)
def test_fast_spans_equal_nupunkt_spans(text):
    import nupunkt

    tokenizer = nupunkt.load_default_model()
    assert segment._fast_spans(tokenizer)(text) == list(tokenizer.span_tokenize(text))


# Random articles for the one-pass splitter (segment_fast): its sentences must be nupunkt's.
_LOWER = (
    "the a of said year profits rose fell talks deal he it they and in on council bank oil".split()
)
_CAPITAL = (
    "The He It They Smith London Reuters Markets However But Monday I I'm Councilmembers".split()
)
_ABBREVS = (
    "Mr. Mrs. Dr. Prof. St. Jan. Sept. Dec. Inc. Corp. Ltd. Co. U.S. U.K. a.m. p.m. etc.".split()
)
_ABBREVS += "e.g. i.e. vs. No. Fig. al. Gen. Calif. Jr. Bros. Ph.D.".split()
_INITIALS = ["J. K. Rowling", "George W. Bush", "J.R.R. Tolkien", "A. Smith", "T. S. Eliot"]
_NUMBERS = "3.5 $2.3bn. 12.75 1998. 2%. 0.5 £4.2m 10,000 1. 2. iv. (a). 3.4% 2-1. €85.5".split()
_NUMBERS += ["No. 1", "No. 9", "11 p.m."]
_ENDS = [".", ".", ".", "?", "!", "...", "…", ". . .", "?!", ".'", '."', ".”", ".’", ".)"]
_ENDS += [".]", '?"', "!”", ".*", ".\"'", '".', ",", ":"]
_ENDS += [".).", '"."', ".).”"]
_OPENERS = ['"', "“", "‘", "'", "(", "[", ""]
_BREAKS = [" ", " ", " ", " ", "  ", "\n", "\n\n", " \n ", "\t", "\n\n\n", " -- "]
# paragraphs that start with what nupunkt would join to the paragraph before
_ODD_STARTS = ["\n\n. ", '\n\n" ', "\n\n... ", "\n\n? ", "\n\n) ", "\n\n1. ", "\n\n\u2026"]


def _random_word(rng) -> str:
    k = rng.random()
    for bound, pool in (
        (0.45, _LOWER),
        (0.6, _CAPITAL),
        (0.72, _ABBREVS),
        (0.8, _NUMBERS),
        (0.84, _INITIALS),
        (0.87, ["Zürich", "élan", "Łódź", "naïve"]),
    ):
        if k < bound:
            return rng.choice(pool)
    if k < 0.9:
        return rng.choice(_LOWER) + rng.choice([",", ";", "'s", "-based"])
    return rng.choice(_LOWER).upper() if k < 0.93 else rng.choice(_LOWER + _CAPITAL)


def _random_text(rng) -> str:
    out = []
    for _ in range(rng.randint(1, 12)):
        words = [_random_word(rng) for _ in range(rng.randint(1, 9))]
        if rng.random() < 0.7:
            words[0] = words[0][:1].upper() + words[0][1:]
        opener = rng.choice(_OPENERS) if rng.random() < 0.25 else ""
        brk = rng.choice(_ODD_STARTS if rng.random() < 0.08 else _BREAKS)
        out += [opener + " ".join(words) + rng.choice(_ENDS), brk]
    return "".join(out)


def _sentences_from_spans(spans, text: str) -> tuple[Sentence, ...]:
    """What `sentences` gives with these spans over the whole text (no one-pass splitter)."""
    from digest import segment_fast

    paras = segment.paragraphs(text)
    if not paras:
        return ()
    joined = "\n\n".join(paras)
    out: list[Sentence] = []
    segment_fast.cut(joined, paras, spans(joined), out)
    return tuple(out)


def test_one_pass_splitter_equals_plain_nupunkt_on_random_texts():
    import random

    import nupunkt

    from digest import segment_fast

    plain = nupunkt.load_default_model()  # no shortcuts: nupunkt's own decisions
    calls = []

    def spans(text):
        calls.append(text.rstrip().count("\n\n") + 1)
        return plain.span_tokenize(text)

    split = segment_fast.build(nupunkt.load_default_model(), spans)
    assert split is not None
    assert segment._paragraph_splitter() is not None  # sentences() uses it here
    rng = random.Random(20261127)
    paragraphs = 0
    for _ in range(400):
        text = _random_text(rng)
        paras = segment.paragraphs(text)
        paragraphs += len(paras)
        expected = _sentences_from_spans(plain.span_tokenize, text)
        assert (split(paras) if paras else ()) == expected, text
        # sentences() against nupunkt's spans with segment's shortcuts (which cut a closing
        # mark that starts a paragraph off it, where plain nupunkt may not); `_sentences`, as
        # `sentences` first restores sentence starts in text without capitals (segment_lower)
        assert segment._sentences(text) == _sentences_from_spans(segment._span_splitter(), text)
    # both ways are exercised: most paragraphs split in one pass, many by nupunkt
    assert 0.2 * paragraphs < sum(calls) < 0.8 * paragraphs, (sum(calls), paragraphs)


def test_plain_words_end_a_sentence_whatever_follows():
    """The letters-only "word." shortcut of segment_fast against nupunkt's own decision."""
    import nupunkt

    from digest import segment_fast

    plain = nupunkt.load_default_model()
    decide = plain._decision_state()[3]
    not_plain = segment_fast._not_plain(plain)
    words = sorted(w for w in not_plain if w.isalpha())[:300]  # abbreviations, collocations
    words += [w.capitalize() for w in words[:100]] + _LOWER + _CAPITAL + ["Zürich", "naïve"]
    words += ["a", "I", "x", "pm", "etc", "said", "year", "Inc", "MR", "Jan", "nos", "vs"]
    nexts = [" Smith", " the", ' "We', " 9,", " (The", " However,", " -", " $10bn", " I"]
    nexts += [" iPhone", " rao", " Cook", " 2d", " cfi", " Ltd.", " U.S."]
    shortcut_used = 0
    for word in words:
        if len(word) > 1 and word.isalpha() and word.lower() not in not_plain:
            shortcut_used += 1
            for after in nexts:
                for close in ("", '"', "”", '")', "’”", "*", "')", "]", "»"):
                    assert decide((word + "." + close, after)), (word, close, after)
    assert shortcut_used > 20
