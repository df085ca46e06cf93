"""Word lists of the facts step: commitment, refusal and speech verbs, and a small verb lemmatiser."""

from __future__ import annotations

import re
from functools import lru_cache

# Verbs that take a to-infinitive naming the committed action ("agreed to exchange").
CONTROL = frozenset(
    "agree pledge promise vow commit decide undertake consent offer resolve refuse decline "
    "vote".split()
)
# Adjectives of readiness that commit with a to-infinitive ("is willing to send", "is ready to
# host", "is committed to opening").
READY_ADJ = frozenset("willing ready prepared committed determined".split())
# Speech verbs that make what follows a threat, not a commitment ("warned that police will ...").
THREAT_SAY = frozenset("warn threaten".split())
# Measures against others: "would tighten the blockade", "will impose martial law" are
# sanctions or threats, not commitments (unless agreed: "agreed to impose a cap").
COERCE = frozenset("impose reimpose tighten prohibit deny".split())
# Armed force and envoys: withdrawing or sending them "unless ..." is a threat.
FORCES = frozenset(
    "troops force forces soldiers peacekeepers army navy warships ambassador ambassadors "
    "diplomats envoy".split()
)
# Restrictions: extending one coerces, lifting one concedes ("lifted a night curfew").
RESTRICTIONS = frozenset(
    """
    curfew curfews ban bans sanction sanctions embargo embargoes restriction restrictions
    blockade blockades emergency siege quota quotas tariff tariffs duties measures strike
    strikes boycott boycotts protest protests
    """.split()
)
CONCEDE_VERBS = frozenset("lift ease relax cancel scrap suspend end".split())
PHRASAL_CONCEDE = frozenset({("call", "off")})
# Verbs under which a coercive action is still a commitment ("agreed to impose").
AGREEMENT_CONTROL = frozenset("agree pledge promise vow commit consent vote undertake".split())
# Predicates of belief and expectation: what hangs on them is a forecast, not a commitment
# ("Weber was confident the parliament would back the deal").
BELIEF = frozenset(
    """
    expect believe think hope predict fear doubt suspect assume anticipate confident sure
    estimate forecast reckon calculate project
    certain optimistic hopeful likely unlikely convinced
    """.split()
)
# Modals of obligation: "Libya must hand over ..." is a demand on Libya, not its commitment.
DEONTIC_AUX = frozenset("must should ought".split())
# Verbs of intention: "plans to build" commits no one, but its sentence is parsed all the same
# (its subject is who a "he" in the next sentence most likely is).
INTENTIONS = frozenset("plan intend".split())
# Aspectual verbs: the gerund they take is the action ("agreed to stop charging fees").
ASPECTUAL = frozenset("stop start begin cease resume continue keep quit halt".split())
# "is set to", "is due to", "is poised to", "is going to": future markers with a copula.
FUTURE_ADJ = frozenset("set due poised going scheduled slated".split())

# Verbs that commit without an object ("agreed to cooperate", "refused to resign").
INTRANSITIVE_COMMIT = frozenset(
    "cooperate co-operate withdraw resign negotiate comply disarm merge retire return "
    "compromise resume step pull leave stay talk meet".split()
)
# Verbs that are commitments by themselves ("signed the accord", "approved the budget").
COMMIT = frozenset(
    """
    agree pledge promise vow commit sign approve accept ratify endorse adopt back support release
    free reconfirm reaffirm recommit settle grant guarantee offer pass conclude reach vote
    authorize authorise consent concede ink seal strike complete
    """.split()
)
# Verbs that buy: buying rights is a deal done ("has acquired the streaming rights to the
# anime", "picked up international rights to the documentary"); buying a house is not.
ACQUIRE = frozenset("acquire buy purchase license licence secure".split())
# What a buyer or an authority awards: "has awarded the ten-year rail franchise to X" is a deal
# done; "awarded damages" (a court) or "awarded a prize" is not.
AWARD_OBJECTS = frozenset(
    "contract contracts concession concessions franchise tender licence".split()
)
PHRASAL_ACQUIRE = frozenset({("pick", "up")})
# Refusal verbs: the fact is negative.
# (Opposing is disapproval, not a refusal of a commitment: "said it opposed the tax".)
# not "fail": "failed to agree a figure" is an outcome, not a refusal
REFUSE = frozenset("refuse decline reject veto rebuff balk baulk block".split())
# "blocked the takeover" refuses a deal; "blocked the road" refuses nothing.
BLOCK_OBJECTS = frozenset(
    "takeover acquisition merger purchase sale deal transfer buyout buy-out bid offer plan "
    "proposal bill law sanctions".split()
)
# "failed to agree" refuses; "failed to pay the workers" is a failure, not a refusal.
FAIL_CONTENT = frozenset("agree reach settle sign ratify approve accept".split())
# Phrasal verbs that refuse ("turned down an offer") or commit ("signed up to the plan").
PHRASAL_REFUSE = frozenset({("turn", "down"), ("vote", "down"), ("rule", "out"), ("walk", "away")})
PHRASAL_COMMIT = frozenset({("sign", "up"), ("sign", "off"), ("hand", "over"), ("write", "off")})
# Verbs whose that-clause is the promise itself ("promised that no jobs would go").
PROMISE_THAT = frozenset("promise pledge vow guarantee undertake assure".split())
# Nouns that turn a light verb into a commitment ("made a pledge", "gave a guarantee").
COMMIT_NOUNS = frozenset(
    "pledge pledges promise promises commitment commitments offer offers concession concessions "
    "donation donations contribution contributions guarantee guarantees undertaking bid".split()
)
LIGHT_VERBS = frozenset("make give".split())
# Verbs of change whose "by" phrase is the amount ("cut tariffs by 15%").
CHANGE_VERBS = frozenset(
    "cut raise increase reduce extend lower boost lift trim slash hike expand shorten halve "
    "double triple freeze limit cap".split()
)
# Verbs that only make sense as a commitment with a fitting object.
REACH_OBJECTS = frozenset(
    "agreement deal accord settlement truce ceasefire cease-fire compromise understanding pact "
    "consensus".split()
)
# "completed its takeover", "completed the signing of": a deal carried out (not "completed
# the course", "completed a survey").
COMPLETE_OBJECTS = frozenset(
    "takeover acquisition merger purchase sale signing deal transfer buyout buy-out".split()
)
# Objects that make "released"/"issued" an announcement, not a commitment.
ANNOUNCEMENT_OBJECTS = frozenset(
    "statement report figures data results video details findings photos footage images "
    "earnings document documents communique communiqué transcript list update book album".split()
)

# Objects that make "rejected" a denial, not a refusal ("rejected that argument").
CLAIM_OBJECTS = frozenset(
    """
    argument arguments claim claims accusation accusations allegation allegations criticism
    criticisms charge charges suggestion suggestions report reports notion idea view views
    assertion assertions characterisation characterization description comparison speculation
    rumour rumours rumor rumors
    """.split()
)
# Verbs that are never commitments, even after "will" ("will meet", "will say"). Not here:
# "hold" ("would hold talks", "will hold a 40% stake"), "show" (a broadcaster "will show
# 60 matches"), "make" ("will make a payment"), "put" ("would put the treaty before
# parliament"), "let" ("would not let inspectors interview ..."), "call" (only with a strike,
# an election or a halt: see CALLED).
NOT_COMMIT = frozenset(
    """
    be have say tell talk speak meet visit travel arrive attend discuss consider
    remain become seem need want try face expect see look know think believe hope wait depend
    happen come go get include affect cost mean win lose review study examine debate
    report announce unveil welcome benefit suffer struggle fall rise grow decrease increase
    plan intend
    lead follow use like feel find give ask urge seek
    threaten attack bomb shell invade storm retaliate punish boycott blockade besiege expel
    deport destroy kill strike fight receive earn gain expose decide
    deter harm hurt damage undermine discourage jeopardise jeopardize weaken worsen endanger
    """.split()
)
# Verbs of change that commit only with an object: "would not increase the price", not "fees
# will increase"; "will add a third daily service", not "added that ...".
CHANGES_WITH_OBJECT = frozenset("increase decrease add".split())
# What a disarmament commitment destroys: "will destroy its stockpile of 86,000 mines" commits;
# "would destroy the city" threatens.
DISARM_OBJECTS = frozenset(
    "stockpile stockpiles arsenal arsenals weapons missiles mines warheads munitions".split()
)
# What one can promise (or threaten) to call: "would call a strike", "will call an election".
CALLED = frozenset(
    "strike strikes stoppage walkout action election elections referendum ballot vote halt "
    "ceasefire truce".split()
)
# ... but saying one will not do them refuses a concrete thing ("would not use its veto",
# "will not seek damages", "would not hold a vote", "will not take part in the talks").
REFUSABLE = frozenset("use seek keep hold take give ask call discuss meet".split())

SAY = frozenset(
    "say tell announce state add confirm report note insist claim stress declare write explain "
    "warn reply tweet post argue acknowledge admit emphasise emphasize reiterate remark "
    "assert".split()
)

# Verbs whose object a quote characterises ("called the deal "a luxury"", "described the
# talks as "frank"", "predicted that fans would "always call it the Valley""): their subject
# is the speaker.
QUOTE_FRAMING = frozenset("call describe dub brand term label predict".split())
# ... and verbs that judge with a quote ("rejected the offer as "a rounding error"", "accused
# the regulator of "designing an auction for two""): their subject speaks unless a speech verb
# in the sentence names someone else ("..., its chairwoman said").
QUOTE_JUDGING = frozenset("dismiss reject accuse hail praise condemn denounce".split())

PERSON_PRONOUNS = frozenset("he she him her".split())
THING_PRONOUNS = frozenset("it its".split())
GROUP_PRONOUNS = frozenset("they them".split())

# Abbreviations that describe a company, not name one ("the PSU", a public sector
# undertaking; "the SOE", a state-owned enterprise): read as "the company".
COMPANY_ABBREVIATIONS = frozenset("PSU SOE PSE".split())
# Institutions that stand for a company (resolved to the nearest organisation).
COMPANY_NOUNS = frozenset(
    """
    company firm group corporation consortium lender insurer carrier airline operator owner
    manufacturer maker producer retailer supplier developer broadcaster publisher conglomerate
    chain network utility bank university college school hospital club team league
    processor refiner miner exporter importer distributor wholesaler grocer supermarket
    brewer shipper shipbuilder yard shipyard builder provider platform start-up startup
    streamer telco cooperative co-operative roaster haulier hauler buyer seller bidder acquirer
    purchaser
    """.split()
)
# Head nouns of descriptions that stand for an organisation or country named earlier.
INSTITUTIONS = COMPANY_NOUNS | frozenset(
    """
    ministry government council parliament board union court committee commission office
    department agency cabinet administration assembly senate congress authority authorities
    presidency army military police party coalition alliance bloc federation association
    organization organisation regulator country nation state republic kingdom city
    municipality county province region fund trust foundation charity movement front guild
    syndicate delegation regime junta opposition airport port railway forum institute
    laboratory academy museum gallery library archive orchestra theatre festival directorate
    service diocese archdiocese synod congregation parish presbytery hospice chapter
    """.split()
)
# Units of distance ("withdraw 20 kilometres", "a line that would run 9.4 miles").
DISTANCE_UNITS = frozenset(
    "kilometres kilometers km miles metres meters yards kilometre kilometer mile metre".split()
)
# Nouns for the people who speak for a body: "the leaders of Sorvia and Pellan" are Sorvia and
# Pellan.
# People who speak for a body: "a spokesman for the Free Nahr Brigades", "a PCL spokesperson".
SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman spokespeople representative".split())
ROLE_NOUNS = frozenset(
    """
    leader leaders head heads minister ministers president presidents premier premiers mayor
    mayors governor governors representative representatives delegation delegations delegate
    delegates envoy envoys negotiator negotiators official officials government governments
    member members
    """.split()
)
# Plural nouns for groups of people or bodies that can commit ("Players agreed to ..."); nouns
# of agents in -er/-or/-ist/-ian are recognised by their ending.
GROUP_PEOPLE = frozenset(
    """
    members staff employees workers nurses doctors pilots troops soldiers rebels police
    delegates lawmakers legislators countries nations states governments companies firms clubs
    cities towns councils parties sides unions banks donors creditors shareholders teams
    airlines lenders regions provinces associations federations guilds
    """.split()
)
# "by 29 votes to 19", "voted 31 to 17": a count of votes, neither actor nor object.
TALLY_NOUNS = frozenset("vote votes margin majority".split())
# The last word of a newspaper's name ("The Sunday Times", "the Daily Herald").
PAPER_NAMES = frozenset(
    "times telegraph post journal herald gazette tribune chronicle observer guardian mirror "
    "express".split()
)
# What one commits that is no commitment ("committed an anti-doping violation").
MISDEEDS = frozenset(
    "violation violations offence offences offense offenses crime crimes fraud error errors "
    "mistake mistakes murder breach breaches foul fouls atrocities abuses suicide sin".split()
)
PLACE_NOUNS = frozenset("country nation state republic kingdom".split())
# Plural descriptions that stand for the last group of actors ("the two countries").
GROUP_NOUNS = frozenset(
    "countries nations sides parties governments companies firms neighbours neighbors "
    "leaders states groups unions banks ministers presidents teams clubs".split()
)
# People nouns whose opinions are not commitments ("Analysts agree that ...").
NON_ACTORS = frozenset(
    """
    analyst analysts expert experts observer observers critic critics commentator commentators
    economist economists investor investors trader traders people resident residents source
    sources official? diplomat? witness witnesses study studies survey report poll many some
    others most few all both none scientist scientists pundit pundits forecaster forecasters
    commentator commentators expert experts academic academics researcher researchers
    campaigner campaigners activist activists
    """.replace("?", "").split()
)

# Function words: a capitalised one starts a sentence or a heading ("About Varra", "With
# Solvik"), never a name.
FUNCTION_WORDS = frozenset(
    """
    about above across after against along among around as at before behind below beside
    between beyond but by despite down during except for from in inside into like near of off
    on onto out outside over past since through throughout till to toward towards under until
    up upon with within without the a an this that these those and or nor so yet if when while
    although though because once it he she they we you i his her its their our my your what
    which who whom whose where why how all any both neither either each every some no not also
    only even just
    then there here meanwhile however reminder
    """.split()
)

CONDITION_MARKS = frozenset("if unless provided providing until".split())
HYPOTHETICAL_MARKS = frozenset("if unless whether until".split())
SPECULATIVE_AUX = frozenset("could might may".split())
FUTURE_AUX = frozenset("will shall 'll wo would".split())
NEGATIONS = frozenset("not n't never no".split())

_IRREGULAR = {
    "agreed": "agree",
    "agrees": "agree",
    "agreeing": "agree",
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "paid": "pay",
    "sold": "sell",
    "bought": "buy",
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "won": "win",
    "held": "hold",
    "met": "meet",
    "sent": "send",
    "kept": "keep",
    "undertook": "undertake",
    "undertaken": "undertake",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
    "was": "be",
    "were": "be",
    "is": "be",
    "are": "be",
    "been": "be",
    "am": "be",
    "has": "have",
    "had": "have",
    "did": "do",
    "does": "do",
    "done": "do",
    "went": "go",
    "gone": "go",
    "came": "come",
    "got": "get",
    "saw": "see",
    "seen": "see",
    "knew": "know",
    "known": "know",
    "thought": "think",
    "found": "find",
    "left": "leave",
    "led": "lead",
    "lost": "lose",
    "put": "put",
    "set": "set",
    "cut": "cut",
    "shut": "shut",
    "froze": "freeze",
    "frozen": "freeze",
    "forgave": "forgive",
    "forgiven": "forgive",
    "struck": "strike",
    "sought": "seek",
    "brought": "bring",
    "spent": "spend",
    "lent": "lend",
    "began": "begin",
    "begun": "begin",
    "rose": "rise",
    "fell": "fall",
    "felt": "feel",
    "let": "let",
    "chose": "choose",
    "chosen": "choose",
    "offered": "offer",
    "lifted": "lift",
    "freed": "free",
    "frees": "free",
    "backed": "back",
    "vetoed": "veto",
    "vetoes": "veto",
    "reopened": "reopen",
}
_KNOWN = (
    CONTROL
    | COMMIT
    | REFUSE
    | NOT_COMMIT
    | SAY
    | CHANGE_VERBS
    | COERCE
    | CONCEDE_VERBS
    | PROMISE_THAT
    | LIGHT_VERBS
    | frozenset("free veto reopen open extend send lend spend fund defend attend".split())
    | frozenset(v for v, _ in PHRASAL_REFUSE | PHRASAL_COMMIT | PHRASAL_CONCEDE)
    | QUOTE_FRAMING
    | QUOTE_JUDGING
    | ACQUIRE
)
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def verb_lemma(word: str) -> str:
    """Base form of an English verb form ("agreed" -> "agree"), good for the lists above."""
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w in _KNOWN or not _WORD.fullmatch(w):
        return w
    candidates: list[str] = []
    if w.endswith(("ied", "ies")) and len(w) > 4:
        candidates += [w[:-3] + "y", w[:-1]]
    for suffix in ("ing", "ed", "es", "s", "d"):
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            base = w[: -len(suffix)]
            candidates += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                candidates.append(base[:-1])
            if suffix in ("ed", "es") and base.endswith("i"):
                candidates.append(base[:-1] + "y")
    for c in candidates:
        if c in _KNOWN:
            return c
    return candidates[0] if candidates else w


def base_lemma(word: str) -> str:
    """Lemma of a word tagged as a base form: itself, unless it is an irregular form."""
    w = word.lower().replace("’", "'")
    return _IRREGULAR.get(w, w) if w in ("are", "am", "is", "has", "does") else w


def verb_forms(lemmas: frozenset[str]) -> set[str]:
    """Inflected forms of the given verbs (for the cheap prefilter of sentences to parse)."""
    out: set[str] = set()
    for lemma in lemmas:
        out |= {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
        if lemma.endswith("e"):
            out |= {lemma[:-1] + "ing"}
        if lemma.endswith("y"):
            out |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
        if re.search(r"[^aeiou][aeiou][bdglmnprt]$", lemma):  # "cancelled", "vetted"
            out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    out |= {k for k, v in _IRREGULAR.items() if v in lemmas}
    return out


CUE_FORMS = frozenset(
    verb_forms(CONTROL | COMMIT | REFUSE | INTENTIONS)
    | {"will", "would", "shall", "'ll", "won't", "wo", "plans", "planned", "set", "due", "could"}
)
SAY_FORMS = frozenset(verb_forms(SAY))
