"""digest: turn a day's news articles into a briefing you can read in two minutes.

The public API is imported lazily so that `import digest` (and `digest --help`) stays fast.
"""

from __future__ import annotations

import logging
from importlib import import_module
from typing import Any

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_EXPORTS = {
    "build_briefing": "digest.pipeline",
    "digest_documents": "digest.pipeline",
    "BuildOptions": "digest.pipeline",
    "rank": "digest.rank",
    "Length": "digest.rank",
    "extract_facts": "digest.facts",
    "extract_facts_many": "digest.facts",
    "render": "digest.render",
    "Article": "digest.model",
    "Briefing": "digest.model",
    "Fact": "digest.model",
    "Quote": "digest.model",
    "Entity": "digest.model",
    "Story": "digest.model",
    "Summary": "digest.model",
    "Failure": "digest.model",
    "RawDocument": "digest.model",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'digest' has no attribute {name!r}")
    return getattr(import_module(module), name)
