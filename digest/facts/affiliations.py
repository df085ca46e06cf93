"""Whom a speaker speaks for, as the story introduced them ("Halvane's chief executive, X")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.facts.context import Context
from digest.facts.descriptions import SPEAKER_ROLES
from digest.facts.namewords import DEMONYM
from digest.facts.orgwords import organisation_word
from digest.model import Sentence

# a speaker's role, maybe after one modifier ("chief executive", "foreign minister")
_ROLES = "(?:" + "|".join(sorted(SPEAKER_ROLES, key=len, reverse=True)) + ")"
_NAME = r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}"
_ORG = r"[A-Z][\w'’&.-]*(?: (?:of |and |& )?[A-Z][\w'’&.-]*){0,5}"
# "Halvane's chief executive, Priya Dunmore" / "Orbis chief executive Hemant Rao"
_ROLE_THEN_NAME = re.compile(
    rf"(?P<org>{_ORG})(?:'s|’s)? (?:[a-z-]+ )?(?P<role>{_ROLES}),? (?P<person>{_NAME})"
)
# "Priya Dunmore, Halvane's chief executive," / "Hemant Rao, chief executive of Orbis,"
_NAME_THEN_ROLE = re.compile(
    rf"(?P<person>{_NAME}), (?:(?P<org>{_ORG})(?:'s|’s) (?:[a-z-]+ )?{_ROLES}"
    rf"|(?:the )?(?:[a-z-]+ )?{_ROLES} of (?:the )?(?P<org2>{_ORG}))[,.]"
)


# "Kelmari Prime Minister Aziz Ben Harrak", "Orsadian President Dauren Tashkel": a country's
# office holder, the country given by its demonym
_DEMONYM_TITLE_NAME = re.compile(
    rf"\b(?P<demonym>{DEMONYM})"
    r" (?:[A-Z][a-z]+ ){0,3}(?:President|Minister|Premier|Chancellor|King|Queen|Emir|Sultan)"
    rf" (?P<person>{_NAME})"
)


# "chief executive Jonas Ebert said": a company officer whose company the story takes as known
_OFFICER_THEN_NAME = re.compile(
    rf"(?:^|[,;:—(\"”] |\b(?:said|says|told|added) )(?:its |the company's |the group's )?"
    rf"(?:chief executive|chief financial officer|chief operating officer|managing director)"
    rf",? (?P<person>{_NAME})"
)


def record_affiliations(sentences: Sequence[Sentence], ctx: Context) -> None:
    """Fill `ctx.affiliations` (person -> organisation or country) from the ways a story
    introduces its speakers; only names the article knows. An officer introduced without a
    company ("chief executive Jonas Ebert said") works for the company the story opens on."""
    for s in sentences:
        for m in _ROLE_THEN_NAME.finditer(s.text):
            _a_company_of_its_officer(ctx, m.group("org"), m.group("role"))
            _add(ctx, m.group("person"), m.group("org"))
        for m in _NAME_THEN_ROLE.finditer(s.text):
            _add(ctx, m.group("person"), m.group("org") or m.group("org2"))
        for m in _DEMONYM_TITLE_NAME.finditer(s.text):
            place = ctx.place_of_demonym(m.group("demonym"))  # a place of the article
            person = ctx.canonical(m.group("person"))
            if place and ctx.kinds.get(person) == "ambiguous":
                ctx.kinds[person] = "person"  # written after "Prime Minister": a person
            _add(ctx, person, place, known=True)
    lead = next((m.name for m in ctx.mentions if m.subject and not m.weak), None)
    if lead is None or not (ctx.kind(lead) == "org" or organisation_word(lead.split()[-1])):
        return
    for s in sentences:
        for m in _OFFICER_THEN_NAME.finditer(s.text):
            _add(ctx, m.group("person"), lead, known=True)


# Officers only an organisation has: "Harcourt Lane director Sam Whitcombe" (a manager, an
# agent or a spokesman may be a person's).
_OFFICERS = frozenset(
    "director executive chairman chairwoman chairperson founder ceo cfo coo".split()
)


def _a_company_of_its_officer(ctx: Context, org: str, role: str) -> None:
    """ "Harcourt Lane director Sam Whitcombe": a name the tagger took for a person's is an
    organisation when it has a director or a chief executive (and its last word is no
    surname)."""
    name = ctx.canonical(_trim(org))
    if role.lower() not in _OFFICERS or " " not in name or ctx.kinds.get(name) != "person":
        return
    ctx.kinds[name] = "org"
    for short in [a for a, full in ctx.aliases.items() if full == name]:
        if name.endswith(" " + short):
            del ctx.aliases[short]


def _add(ctx: Context, person: str, org: str | None, known: bool = False) -> None:
    from digest.facts.fallback import strip_titles

    if not org:
        return
    # "Lessary's chief negotiator, Deputy Foreign Minister Ilona Vesk": Vesk speaks for Lessary
    person, org = ctx.canonical(strip_titles(person.rstrip("."))), ctx.canonical(_trim(org))
    if ctx.kind(person) == "person" and (known or ctx.kind(org) in ("org", "place")):
        ctx.affiliations.setdefault(person, org)  # a body, or the country a minister serves


def _trim(org: str) -> str:
    words = org.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return _POSSESSIVE_END.sub("", " ".join(words))


_POSSESSIVE_END = re.compile(r"(?:'s|’s|'|’)$")
