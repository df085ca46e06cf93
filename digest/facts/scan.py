"""Name scans of the facts step as plain loops over precompiled patterns: each gives what an
article-specific regex would, without compiling one per article or per name (Python's regex
cache holds 512 patterns; per-article patterns overflow it and every pattern is recompiled)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

_NAME_START = re.compile(r"(?<![\w-])\S")  # where a name may start: no word or "-" before
_WORD_CHAR = re.compile(r"\w")


def name_finder(names: list[str]) -> Callable[[str], list[tuple[int, str]]]:
    r"""What `re.finditer` of the alternation `(?<![\w-])(?:name|...)(?![\w])` finds (names
    longest first), as (offset, name) pairs; without compiling an article-sized pattern."""
    if any(not n or n[0].isspace() for n in names):
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])")
        return lambda text: [(m.start(), m.group(0)) for m in pattern.finditer(text)]
    by_first: dict[str, list[str]] = {}
    for n in names:  # already longest first: the first that fits is what the regex takes
        by_first.setdefault(n[0], []).append(n)

    def find(text: str) -> list[tuple[int, str]]:
        out = []
        end = len(text)
        m = _NAME_START.search(text)
        while m is not None:
            pos = m.start()
            nxt = pos + 1
            for n in by_first.get(text[pos], ()):
                stop = pos + len(n)
                if text.startswith(n, pos) and not _WORD_CHAR.match(text, stop):
                    out.append((pos, n))
                    nxt = stop
                    break
            m = _NAME_START.search(text, nxt) if nxt < end else None
        return out

    return find


_FIRST_WORD = re.compile(r"\b[A-Z][a-z]+")
_INITIAL = re.compile(r"[ \t]+[A-Z]\.")
_BLANKS = re.compile(r"[ \t]+")


def first_names_before(text: str, name: str) -> Iterator[tuple[str, str]]:
    r"""(first name, full name) as `re.finditer` of `\b([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?)[ \t]+
    NAME\b` gives them (within one sentence: no newline between the first name and the
    surname); without compiling a pattern per name."""
    if not name or any(c.isspace() for c in name):
        pattern = re.compile(rf"\b([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?)[ \t]+{re.escape(name)}\b")
        yield from ((m.group(1), m.group(0)) for m in pattern.finditer(text))
        return
    pos = 0
    while (m := _FIRST_WORD.search(text, pos)) is not None:
        first_end = m.end()
        end = None
        initial = _INITIAL.match(text, first_end)  # "Marta K. Keller"
        if initial is not None:
            end = _name_after_blanks(text, initial.end(), name)
            if end is not None:
                first_end = initial.end()
        if end is None:
            end = _name_after_blanks(text, m.end(), name)
        if end is None:
            pos = m.start() + 1
            continue
        yield text[m.start() : first_end], text[m.start() : end]
        pos = end


def _name_after_blanks(text: str, pos: int, name: str) -> int | None:
    r"""End of `[ \t]+NAME\b` matched at `pos`, or None."""
    blanks = _BLANKS.match(text, pos)
    if blanks is None or not text.startswith(name, blanks.end()):
        return None
    end = blanks.end() + len(name)
    before = _WORD_CHAR.match(text, end - 1) is not None
    after = end < len(text) and _WORD_CHAR.match(text, end) is not None
    return end if before != after else None
