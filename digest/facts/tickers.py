"""Stock tickers inside a sentence ("Lumeris Cloud Inc. (NASDAQ: LMRS) and ..."): page furniture
of press releases that the parser takes for names in apposition."""

from __future__ import annotations

import re

# "(NASDAQ: LMRS)", "(TSXV: FWM)", "(NYSE American: HLX)", "(BSE: 500325)", "(AIM:BKW)"
_TICKER = re.compile(r"\((?:[A-Z][A-Za-z]{1,9})(?: [A-Z][a-z]+)?\s?:\s?[A-Z0-9][A-Z0-9.\-]{0,9}\)")


def blank_tickers(text: str) -> str:
    """`text` with each ticker in brackets turned into spaces (same length, so every offset
    into the sentence still holds)."""
    if "(" not in text:
        return text
    return _TICKER.sub(lambda m: " " * len(m.group(0)), text)
