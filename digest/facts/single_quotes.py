"""British-style quotation marks: the facts step reads ‘…’ pairs (and „…“, «…») as “…”, and
prints them back.

Single curly marks are also apostrophes (it’s, the members’ union, ‘90s), so only a pair
that opens before a word and closes after one counts; the swap keeps every offset, so
what the facts step prints is mapped back to the article's own characters. An apostrophe
inside a name (O’Rourke, D’Arcy) is read as a straight one, which the parser knows.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any

from digest.facts.quotes import paragraph_texts
from digest.model import Article, Facts

_OPEN, _CLOSE = "\u2018", "\u2019"
_BEFORE_OPEN = re.compile(r"[\s(\[{—–-]")
_YEARS = re.compile(r"\d\ds\b")  # ‘90s is an apostrophe
_ENDS_CLAUSE = ",.!?;:—–-"
# speech verbs after a quote; not lexicon.SAY_FORMS, whose "claim", "report", "note" are
# also the nouns of "the nurses’ claim"
_SPEECH_AFTER = re.compile(
    r" (?:(?:he|she|they|we|it|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2}) )?"
    r"(?:said|says|added|adds|told|insisted|argued|warned|wrote|asked)\b"
)
# apostrophes the parser knows better straight: in a name (O’Rourke, D’Arcy) and before a
# possessive s ("the orchestra’s management")
_NAME_APOSTROPHE = re.compile(
    r"(?<=\b[A-Z])\u2019(?=[A-Z])|(?<=\w)\u2019(?=s\b)|(?<=\ws)\u2019(?= [a-z])"
)  # "O’Neill", "the plant’s", and a plural's "the residents’ demand" (a pair's close is gone)


# Other languages' double marks, read as English ones: „low-9 opening“ (Polish, Romanian,
# German copy) and «guillemets».
_OTHER_DOUBLE = str.maketrans({"\u201e": "\u201c", "\u00ab": "\u201c", "\u00bb": "\u201d"})


def double_marks(text: str) -> str:
    """`text` with each quoting pair of single curly marks replaced by double curly ones
    (same length); apostrophes stay, and so does a pair inside a “…” quote (“the ‘gotcha’
    fees”). An opening mark left open at the end runs on (a quote that goes on in the next
    paragraph). „ and « open, » closes."""
    text = text.translate(_OTHER_DOUBLE)
    if _OPEN not in text:
        return text
    chars = list(text)
    start: int | None = None
    in_double = False  # a ‘…’ pair inside “…” is a quote within the quote; it stays
    for i, ch in enumerate(text):
        if ch in '"\u201c\u201d' and start is None:
            in_double = ch == "\u201c" or (ch == '"' and not in_double)
        elif in_double:
            continue
        elif ch == _OPEN and _opens(text, i):
            start = i
        elif ch == _CLOSE and start is not None and _closes(text, i):
            chars[start], chars[i] = "\u201c", "\u201d"
            start = None
    if start is not None:
        chars[start] = "\u201c"
    return "".join(chars)


def _opens(text: str, i: int) -> bool:
    after = text[i + 1 : i + 2]
    if not after or after.isspace() or _YEARS.match(text, i + 1):
        return False
    return i == 0 or bool(_BEFORE_OPEN.match(text[i - 1]))


def _closes(text: str, i: int) -> bool:
    before, after = text[i - 1 : i], text[i + 1 : i + 2]
    if not before or before.isspace() or after.isalnum():
        return False  # "it’s", "don’t"
    if before in _ENDS_CLAUSE:
        return True  # ‘We will fight,’ she said
    # "the members’ union" is a plural possessive, not the end of a quote ... but "... for our
    # members’ she said" is
    if before == "s" and after == " " and text[i + 2 : i + 3].isalpha():
        return bool(_SPEECH_AFTER.match(text, i + 1))
    return True


def with_double_marks(article: Article) -> Article:
    """The article as the facts step reads it: sentences with ‘…’ pairs (and „…“, «…») as
    “…”, paragraph by paragraph (the same article when it has none of those marks)."""
    marks = (_OPEN, _CLOSE, "\u201e", "\u00ab", "\u00bb")
    if not any(mark in s.text for s in article.sentences for mark in marks):
        return article
    length = {s.index: len(s.text) for s in article.sentences}
    read: dict[int, str] = {}
    for _para, text, offsets in paragraph_texts(article.sentences):
        joined = _NAME_APOSTROPHE.sub("'", double_marks(text))
        for s_index, start in offsets:
            read[s_index] = joined[start : start + length[s_index]]
    return replace(
        article, sentences=tuple(replace(s, text=read[s.index]) for s in article.sentences)
    )


def restore(facts: Facts, original: Article, read: Article) -> Facts:
    """`facts` found in `read` (see `with_double_marks`) with the article's own marks back, in
    every text they print (facts, quotes and entities)."""
    if read is original:
        return facts
    pairs = [
        (read_text, own)
        for (_, read_text, _), (_, own, _) in zip(
            paragraph_texts(read.sentences), paragraph_texts(original.sentences), strict=True
        )
    ]

    def back(span: str) -> str:
        if not any(mark in span for mark in "\u201c\u201d'"):
            return span
        for read_text, own in pairs:
            at = read_text.find(span)
            if at >= 0:
                return own[at : at + len(span)]
        return span

    def mapped(value: Any) -> Any:
        if isinstance(value, str):
            return back(value)
        if isinstance(value, tuple):
            return tuple(mapped(v) for v in value)
        if is_dataclass(value) and not isinstance(value, type):
            return replace(value, **{f.name: mapped(getattr(value, f.name)) for f in fields(value)})
        return value

    return mapped(facts)
