"""People named once with a title, then by it alone: "President Dmitar Oslo" ... "the president"."""

from __future__ import annotations

import re

from digest.facts.context import Context
from digest.facts.syntax import Token, child, children

# Titles a story goes on to use alone for the one person who holds them.
TITLE_WORDS = frozenset(
    """
    president premier chancellor minister mayor governor senator ambassador envoy commissioner
    chairman chairwoman coach manager judge king queen prince princess pope archbishop bishop
    sheriff superintendent treasurer prosecutor rector dean captain
    """.split()
)
# the word before the name, past a courtesy title ("Finance Minister Shri Devraj Mahapatra")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W{0,2}(?:(?:Mr|Mrs|Ms|Dr|Hon|Shri|Smt|Cllr)\.?\s+)?$")
_DEPUTY = re.compile(r"\b(?:vice|deputy|assistant|acting|former|ex)[ -]$", re.I)
_HAS_BEEN = re.compile(r"^,? (?:who )?(?:has been|is|was|became|the) ((?:[a-z]+ ?){1,3})")


def record_title(ctx: Context, sentence: int, text: str, start: int, name: str) -> None:
    """Note that the person `name`, found at `start` of a sentence's `text`, is written after
    a title ("President Dmitar Oslo", "Prime Minister X")."""
    m = _LAST_WORD.search(text[:start])
    title = m.group(1).lower() if m else ""
    if m and _DEPUTY.search(text[: m.start()]):
        return  # "vice-chairman Ayman Farid" is not "the chairman"
    if title not in TITLE_WORDS:  # "X has been health minister for 14 months"
        after = _HAS_BEEN.match(text[start + len(name) :])
        words = after.group(1).lower().split() if after else []
        title = next((w for w in words if w in TITLE_WORDS), "")
    if title in TITLE_WORDS and ctx.kind(name) == "person":
        ctx.titled.setdefault(title, []).append((sentence, start, name))


def titled_person(tok: Token, sentence: int, ctx: Context) -> tuple[str, ...] | None:
    """ "the president": the one person written earlier with that title (or, when no one was,
    in the next sentence); None when the noun is no bare "the <title>" ("the president of the
    club", "its president") or the title was given to no one, or to more than one person."""
    det = child(tok, "det")
    if det is None or det.lower_ != "the" or tok.lower_ not in TITLE_WORDS:
        return None
    if child(tok, "poss") is not None or any(p.lower_ == "of" for p in children(tok, "prep")):
        return None
    noted = ctx.titled.get(tok.lower_, [])
    earlier = ctx.only_earlier(noted, sentence, tok.idx)
    if earlier is not None or any(s < sentence for s, _, _ in noted):
        return earlier
    # a lead that names the holder in the next sentence: "The prime minister pledged ...
    # Hanne Virtanen, who became prime minister in March, said ..."
    after = {n for s, _, n in noted if s == sentence + 1}
    return (after.pop(),) if len(after) == 1 else None
