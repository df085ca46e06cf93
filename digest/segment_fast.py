"""One pass over an article that splits its plain paragraphs itself, the rest with nupunkt."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from digest.model import Sentence

log = logging.getLogger(__name__)

Spans = Callable[[str], Iterable[tuple[int, int]]]
Splitter = Callable[[list[str]], tuple[Sentence, ...]]

# '"Is this the end?" she asked.' is one sentence: a piece that starts in lower case right after
# a quoted question or exclamation continues it.
QUOTED_QUESTION_END = re.compile(r"[?!][\"'”’]$")

# Closing quotes and brackets nupunkt glues to a sentence end and realigns into the sentence
# before (checked against nupunkt's own sets in `build`).
_CLOSE = "\"')]}\u201d\u2019\u00bb*"
_ENDS = ".?!\u2026"


def cut(
    joined: str,
    paras: list[str],
    spans: Iterable[tuple[int, int]],
    out: list[Sentence],
    p_first: int = 0,
) -> None:
    """Append to `out` the sentences of nupunkt's spans over `joined`, cut at paragraph breaks.

    `joined` is `paras` joined by blank lines, the first of them paragraph number `p_first`;
    sentence indexes continue from `len(out)`.
    """
    append = out.append
    p_index, p_end = 0, len(paras[0])
    last_start = -1  # where the previous sentence starts in `joined`; -1: not in this paragraph
    for start, stop in spans:
        if start >= p_end:
            while start >= p_end:  # the span starts in a later paragraph
                p_index += 1
                p_end += 2 + len(paras[p_index])
            last_start = -1
        if stop <= p_end:
            if start >= stop:
                continue
            piece = joined[start:stop]
            if not (piece[0].isspace() or piece[-1].isspace()):
                # The usual case: a span inside one paragraph, from a non-space (nupunkt
                # skips the spaces after a break) to its sentence-final character.
                if (
                    last_start >= 0
                    and piece[0].islower()
                    and QUOTED_QUESTION_END.search(out[-1].text)
                ):
                    # '"Is this the end?" she asked.' is one sentence
                    out[-1] = Sentence(len(out) - 1, joined[last_start:stop], p_first + p_index)
                else:
                    last_start = start
                    append(Sentence(len(out), piece, p_first + p_index))
                continue
        while start < stop:
            while start >= p_end:  # the span goes on into a later paragraph
                p_index += 1
                p_end += 2 + len(paras[p_index])
                last_start = -1
            end = min(stop, p_end)
            piece = joined[start:end]
            if not piece.isspace():
                lead = len(piece) - len(piece.lstrip())
                piece = piece.strip()
                if (
                    last_start >= 0
                    and piece[0].islower()
                    and QUOTED_QUESTION_END.search(out[-1].text)
                ):
                    piece = joined[last_start : start + lead + len(piece)]
                    out[-1] = Sentence(len(out) - 1, piece, p_first + p_index)
                else:
                    last_start = start + lead
                    append(Sentence(len(out), piece, p_first + p_index))
            start = end + 2 if end < stop else stop


def _unclean_start(para: str) -> bool:
    """Whether nupunkt, run over the paragraph before and this one together, could cut
    differently from running over each alone: a sentence end or ellipsis right after the
    blank line, or closing marks it would realign into the paragraph before."""
    first = para[0]
    return first in _ENDS or (first in _CLOSE and not (len(para) > 1 and para[1].isalnum()))


_MEMO_SIZE = 65536


def _not_plain(tokenizer) -> frozenset[str]:
    """Lowercased words whose "word." nupunkt may not end a sentence with: its abbreviations,
    and first words of its collocations (where the next word decides).

    nupunkt's first pass makes a letters-only "word." of two or more letters an abbreviation
    when the lowercased word is in its abbreviation set, else a sentence end; its second pass
    keeps that end unless the token is an initial (one letter) or a number (no digits here),
    or (word, next word) is a known collocation.
    """
    params = tokenizer._params
    return frozenset(params.abbrev_types) | {first for first, _ in params.collocations}


def build(tokenizer, spans: Spans) -> Splitter | None:
    """A splitter of paragraph lists with the same sentences as `cut` over nupunkt's spans.

    nupunkt finds candidate ends (a `.?!…` followed by whitespace or a closing mark) and
    decides each from its context: the whitespace-delimited chunk holding it and the chunk
    after. In a paragraph whose every candidate ends a chunk of its own, followed by one
    space and a chunk that nupunkt's scan and realignment take as they come, the context is
    built here and handed to nupunkt's own memoised decision, and its checks before deciding
    (list enumerators, closing quotes before a lowercase word) are repeated. Any other
    paragraph, with its neighbours when a blank line alone would not keep them apart, goes
    to nupunkt whole. None when nupunkt's internals differ from what this expects.
    """
    try:
        from nupunkt.tokenizers.sentence_tokenizer import _CLOSING_CHARS

        lang = tokenizer._lang_vars
        context = lang.period_context_pattern
        is_enumerator = tokenizer._is_line_start_enumerator
        decision_state = tokenizer._decision_state
        engine = tokenizer._uses_decision_engine()
    except (ImportError, AttributeError, TypeError):  # pragma: no cover - other nupunkt
        return None
    if (
        not engine
        or set(_CLOSING_CHARS) != set(_CLOSE)
        or tokenizer.EXCL_QUEST_LOWERCASE_CONTINUES
        or set(lang.sent_end_chars) != set(".?!")
    ):  # pragma: no cover - other nupunkt
        return None
    # nupunkt's candidate pattern, then the closing marks glued to it and " next-chunk"
    scan = re.compile(
        rf"(?:{context.pattern})(?P<close>[{re.escape(_CLOSE)}]*)(?=(?P<nx>[ ]\S*)|)",
        context.flags,
    ).finditer

    memo: dict[tuple[str, str], bool] = {}
    last_state = None
    not_plain: frozenset[str] = frozenset()

    def split(paras: list[str]) -> tuple[Sentence, ...]:
        nonlocal last_state, not_plain
        state = decision_state()
        if state is not last_state:  # new parameters (or the first call): forget decisions
            memo.clear()
            not_plain = _not_plain(tokenizer)
            last_state = state
        decide = state[3]
        joined = "\n\n".join(paras)
        count = len(paras)
        breaks: list[list[int] | None] = [[] for _ in range(count)]  # None: nupunkt's
        p, p_start, p_end = 0, 0, len(paras[0])
        ends = breaks[0]
        prev = -1  # the previous candidate
        for m in scan(joined):
            pos = m.start()
            if pos >= p_end:
                while pos >= p_end:
                    p += 1
                    p_start = p_end + 2
                    p_end = p_start + len(paras[p])
                ends = breaks[p]
            if ends is None:
                prev = pos
                continue
            chunk_start = joined.rfind(" ", p_start, pos) + 1 or p_start
            if chunk_start <= prev or chunk_start == pos:
                # two candidates in one chunk, or one after a space: nupunkt's context
                # sharing and ellipsis rules apply
                ends = breaks[p] = None
                prev = pos
                continue
            prev = pos
            stop = m.end()
            nx = m.group("nx")
            if nx is None:  # no space after: only the paragraph's last chunk is plain
                if stop != p_end:
                    ends = breaks[p] = None
                continue
            first = nx[1]
            if first in _ENDS or (
                first in _CLOSE and not (len(nx) > 2 and nx[2].isalnum())
            ):  # nupunkt's ellipsis, "?!" run and realignment rules apply
                ends = breaks[p] = None
                continue
            if chunk_start == p_start and joined[pos] == "." and is_enumerator(joined, pos):
                continue  # "1." or "(a)." at the start of a line: not a candidate
            if stop > pos + 1 and first.islower():
                continue  # '"Why?" she asked': the quotation goes on
            if joined[pos] == ".":
                word = joined[chunk_start:pos]
                if len(word) > 1 and word.isalpha() and word.lower() not in not_plain:
                    # "word." ends a sentence whatever follows; closing marks after it are
                    # tokens of their own that nupunkt's decision looks through
                    ends.append(stop)
                    continue
            key = (joined[chunk_start:stop], nx)
            found = memo.get(key)
            if found is None:
                if len(memo) > _MEMO_SIZE:
                    memo.clear()
                found = memo[key] = decide(key)
            if found:
                ends.append(stop)
        out: list[Sentence] = []
        append = out.append
        p_start = 0
        group, group_start = 0, 0  # the first paragraph not split yet, where it starts
        for p in range(count):
            p_end = p_start + len(paras[p])
            if p + 1 < count and _unclean_start(paras[p + 1]):
                pass  # nupunkt splits this one with the next
            elif group < p or breaks[p] is None:
                # with the blank line after, as in the article: it makes a last "." a
                # candidate, which hides others in its chunk ("Monday.).")
                part = joined[group_start : p_end + 2]
                cut(part, paras[group : p + 1], spans(part), out, group)
                group, group_start = p + 1, p_end + 2
            else:
                start = p_start
                for stop in breaks[p]:
                    append(Sentence(len(out), joined[start:stop], p))
                    start = stop + 1
                append(Sentence(len(out), joined[start:p_end], p))
                group, group_start = p + 1, p_end + 2
            p_start = p_end + 2
        return tuple(out)

    return split
