"""Page junk in scraped article text: classes of junk lines as patterns, and the rules using them."""

from __future__ import annotations

import re

# --- Classes of page junk, as patterns over one stripped line --------------------------------

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_BULLET = r"[•·▪▫◦‣∙●○■□►▶*+\-–—>»›|]"
LEADING_BULLETS = re.compile(rf"^(?:{_BULLET}\s*)+(?=\S)")
_ONLY_PUNCT = re.compile(r"^[\W_]*$")
# Words of page furniture (buttons, share bars, menus). A short line made only of these is junk.
_UI_WORDS = frozenset(
    """
    share shares sharing tweet email e-mail mail print facebook twitter x linkedin whatsapp reddit
    pinterest telegram flipboard messenger copy copied link url comment comments save saved
    bookmark follow us on this article story page post subscribe subscribed unsubscribe sign up
    in out log login logout register newsletter newsletters menu search close home back top to
    next previous prev skip content main more show hide listen play pause video videos audio
    watch gallery image images photo photos loading advertisement advertisements ad ads advert
    sponsored promoted cookies cookie accept settings preferences and or the a an our your free
    now here click tap read full view all via opens new window tab related stories articles
    continue continues reading below above expand collapse toggle navigation open min mins
    minute minutes ago listen: print: email: share: also trending popular most latest top
    """.split()
)
# "Published Dec. 8, 2023 10:32 a.m.", "Updated 3 hours ago"
TIMESTAMP = re.compile(
    r"(?:published|updated|posted|last updated|first published)(?: on)?\s*[:\-]?\s*"
    rf"(?:{MONTH}|\d{{1,4}}[-/.]\d|\d{{1,2}} {MONTH}|\w+day\b|\d+ \w+ ago).{{0,50}}",
    re.I,
)
_JUNK_LINES = [
    re.compile(p, re.I)
    for p in (
        # error banners and broken widgets
        r"(?:oops|whoops|uh[- ]oh|sorry|error)\b[!.,:]*",
        r"(?:oops[!.,]*\s*)?something (?:went|has gone) wrong[.!]*(?:\s*(?:please )?try again"
        r"(?: later)?[.!]*)?",
        r"(?:please )?(?:try again|refresh the page|reload the page)(?: later)?[.!]*",
        r"an? (?:unexpected )?error (?:has )?occurred[.!]*(?:\s*(?:please )?try again.{0,20})?",
        r"(?:this|the) (?:video|content|page|media|embed|player) (?:is )?(?:not|no longer|un)\s?"
        r"(?:available|supported|be played|load)[^.]{0,40}[.!]?",
        r"(?:please )?enable javascript\b.{0,80}|javascript is (?:disabled|required)\b.{0,80}",
        r"your browser does not support\b.{0,80}",
        r"loading(?:\.\.\.|…)?",
        # advertising
        r"(?:advertisement|advertising|sponsored(?: content| post| links?)?|paid (?:content|post)"
        r"|promoted(?: content| stories)?)(?:\s*[:\-–—|]\s*.{0,60})?",
        r"(?:story|article) continues below\b.{0,30}|scroll (?:down )?to continue\b.{0,30}",
        # reading prompts and link lists
        r"(?:continue reading|read (?:more|the full (?:story|article)|next|also)|click here)\b"
        r"[^.]{0,80}",
        r"(?:related|see also|also read|more on this(?: story| topic)?|more from .{1,30}"
        r"|recommended(?: for you| stories| reading)?|further reading|most (?:read|popular|viewed"
        r"|shared)|trending(?: now)?|top stories|latest news|more (?:stories|news)"
        r"|you (?:may|might) also like)\s*(?:[:\-–—|].{0,150})?",
        r"(?:watch|video|listen|gallery|in pictures|audio)\s*[:|\-–—]\s*[^.]{0,100}",
        # share, subscribe and sign-up prompts
        r"share (?:this|the|on|via)\b[^.]{0,60}",
        r"(?:subscribe|sign up|sign in|log in|register|join|get|don't miss|never miss|want)\b"
        r".{0,120}\b(?:newsletter|inbox|subscri\w*|sign[- ]up|briefing|alerts?|updates)\b.{0,80}",
        r"(?:subscribe|sign up|sign in|log in|register)(?: (?:now|today|here|free|for free))?[.!]?",
        r"by (?:signing up|subscribing|clicking)\b.*",
        r"newsletters?\s*[:|\-–—]\s*.{0,200}",  # "Newsletter: Get X in your inbox. Sign up"
        # cookie and privacy notices
        r".{0,200}\b(?:we|this (?:web)?site|our (?:web)?site)s? uses? cookies\b.*",
        r"(?:accept|reject|manage) (?:all )?cookies\b.*|cookie (?:policy|settings|preferences)\b.*",
        r"by (?:continuing|using) (?:to (?:browse|use) )?(?:this|our) (?:web)?site\b.*",
        # copyright lines
        r"(?:©|\(c\)).{0,200}|copyright\s*(?:©|\(c\))?\s*\d{4}\b.{0,200}",
        r".{0,200}\ball rights reserved\.?",
        # page chrome: timestamps, reading times, galleries, video durations
        TIMESTAMP.pattern,
        r"\d+\s*(?:min(?:ute)?s?|hours?|days?)\s*(?:read|ago)\b.{0,20}",
        r"\d+\s*(?:/|of)\s*\d+",
        r"\d{1,2}:\d{2}(?::\d{2})?",
        # a live page's time stamp: "17:42 GMT", "Updated 9.05am BST | Refresh for the latest"
        r"(?:(?:last )?updated\s*:?\s*)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|BST|UTC|CET"
        r"|CEST|EET|EST|EDT|CST|CDT|PST|PDT|IST|JST|AEST|AEDT|SAST|EAT|WAT|local time)"
        r"(?:\s*[|•·].{0,60})?",
        r"(?:image|photo|picture) \d+ of \d+.*",
        r"you are here\s*:.*",
        # wire-service credits closing a story
        r"(?:\(?(?:additional )?reporting|writing|editing|compiled|produced) by\b[^.]{0,150}\)?",
    )
]
# A bare header like "Related:" or "More on this story" introduces a list of links.
_LIST_HEADER = re.compile(
    r"(?:related(?: stories| articles| coverage| content| links| reading)?|see also|also read"
    r"|read (?:more|also)|more on this(?: story| topic)?|more from .{1,30}|recommended"
    r"(?: for you| stories| reading)?|further reading|most (?:read|popular|viewed|shared)"
    r"|trending(?: now)?|top stories|latest news|you (?:may|might) also like|more (?:stories|news))"
    r"\s*[:\-–—]?",
    re.I,
)
_MAX_JUNK_WORDS = 60
# Navigation crumbs: "Home > World > Europe", "Home | News | Sport".
_CRUMB_SEPARATOR = re.compile(r"\s+(?:[>›»|/·•→]|&gt;)\s+")
_CRUMB_HOME = re.compile(r"^(?:home|news|main|front page|start)$", re.I)

# --- Photo captions and credits -------------------------------------------------------------

AGENCY = (
    r"(?:AP|AFP|EPA(?:-EFE)?|EFE|Reuters|UPI|Getty(?: Images)?|Bloomberg|Shutterstock|Pool"
    r"|Handout|Xinhua|Anadolu|ANSA|dpa|PA(?: Images| Wire)?|Alamy|SIPA|Zuma|Polaris)"
)
_CREDIT = re.compile(
    r"(?:"
    # "File photo by Jane Doe/EPA", "Photo: Reuters", "Image courtesy of the ministry"
    r"(?i:(?:(?:file|staff|handout|pool|top|main|lead|feature|header)\s+)?"
    r"(?:photo(?:graph)?s?|images?|pictures?|pic|illustration|video|footage|graphic|credits?)"
    r"\s*(?:(?:courtesy(?: of)?|by|credit(?:ed)? to|source)\s*:?|[:|]))\s+(?:[A-Z]\.|[^.!?]){1,100}"
    # "Jane Doe/Reuters", "Anatoly Maltsev/EPA-EFE/ANATOLY MALTSEV", "Jane Doe via Getty Images"
    rf"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}\s*(?:/|\s+via\s+)\s*(?:{AGENCY}|[A-Z]{{2,}}[\w-]*)"
    r"(?:\s*/\s*[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})*"
    rf"(?:\s+via\s+{AGENCY})?"
    # "REUTERS/Mark Holm", "AFP/Jane Doe"
    rf"|(?:{AGENCY}|[A-Z]{{2,}})\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
    r")\s*$"
)
# "(Getty Images)", "(AP Photo/Jane Doe)", "[Reuters]" closing a line: a caption whatever precedes
_PAREN_CREDIT = re.compile(
    rf"[(\[]\s*(?:{AGENCY}|(?i:photo|image|credit))\b[^)\]]{{0,80}}[)\]]\s*$"
)
_CAPTION_START = re.compile(
    r"^(?:(?:file |top |main |above |below |caption )?"
    r"(?:photo(?:graph)?|image|picture|caption|credit|pictured|above|below|top)\s*[:|]"
    r"|pictured\b|\(?(?:file )?(?:photo|image|picture)s? (?:by|courtesy|credit)\b)",
    re.I,
)
# ... but not when made only of words like these ("and", "more to come" is text)
_FUNCTION_WORDS = frozenset(
    "and or the a an on in to up out us this our your now here all new via x more top back"
    " open main full also most latest free".split()
)
TERMINAL = re.compile(r"[.!?:;][\"'”’)\]]*$|[\"”’]$")
# a sentence end, not an initial ("Photo: HP/M. Seidl")
_SENTENCE_END = re.compile(r"(?<![\s/(][A-Z])[.!?][\"'”’)\]]*\s+")


def is_junk(line: str) -> bool:
    """Whether one line of scraped text is page junk (banner, prompt, caption, crumbs, ...)."""
    stripped = LEADING_BULLETS.sub("", line.strip()).strip()
    if _ONLY_PUNCT.match(stripped):
        return True
    words = stripped.split()
    bare = [w.strip(".,:;!?()[]|•·-–—").lower() for w in words]
    if len(words) <= 12 and set(bare) <= _UI_WORDS and not set(bare) <= _FUNCTION_WORDS:
        return True
    if len(words) <= _MAX_JUNK_WORDS and any(p.fullmatch(stripped) for p in _JUNK_LINES):
        return True
    return _is_crumbs(stripped) or is_caption(stripped)


def is_caption(line: str) -> bool:
    """Whether a line is a photo caption or credit: "Photo: ...", or text ending in a credit."""
    if len(line.split()) > 80:
        return False
    if _CAPTION_START.match(line):
        return True
    if TERMINAL.search(line):  # a credit has no final period; a body sentence has one
        return False
    if _PAREN_CREDIT.search(line):
        return True
    parts = _SENTENCE_END.split(line)
    return bool(_CREDIT.fullmatch(parts[-1].strip()))


def remove_junk(lines: list[str]) -> list[str]:
    """Drop junk lines (blank lines kept as paragraph breaks), and link lists after "Related:"."""
    out: list[str] = []
    in_link_list = False
    for line in lines:
        if not line:
            out.append(line)
            continue
        if in_link_list and _looks_like_link(line):
            continue
        in_link_list = False
        if is_junk(line):
            in_link_list = bool(_LIST_HEADER.fullmatch(LEADING_BULLETS.sub("", line).strip()))
            continue
        out.append(line)
    return out


def _looks_like_link(line: str) -> bool:
    """A link-list item: bulleted or a short headline-like line with no final period."""
    if LEADING_BULLETS.match(line):
        return True
    return len(line.split()) <= 16 and not TERMINAL.search(line)


def _is_crumbs(line: str) -> bool:
    parts = _CRUMB_SEPARATOR.split(line)
    if len(parts) < 2 or len(line.split()) > 16 or TERMINAL.search(line):
        return False
    if any(len(p.split()) > 4 or not p[:1].isupper() for p in parts if p):
        return False
    return len(parts) >= 3 or bool(_CRUMB_HOME.match(parts[0]))
