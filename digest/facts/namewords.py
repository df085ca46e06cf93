"""Word lists of the name rules: place words, titles, the heads of names that go on with "for",
"of" or "and", and the small words inside people's names."""

from __future__ import annotations

# Words that make a run a place ("Lake Imre", "Orlen Gate", "Pell Harbor").
PLACE_WORDS = frozenset(
    """
    lake river mount mountains sea ocean bay gulf island islands valley province region county
    district street road avenue park square bridge harbor harbour port gate airport station
    city town village state republic kingdom peninsula desert coast heights hills strait
    shoal shoals reef field fields municipality regency prefecture
    """.split()
)
# Titles before a name: not part of it, and the name after them is a person.
TITLES = frozenset(
    """
    president prime minister mr mrs ms dr judge king queen prince princess sir lord lady
    general gen colonel col captain capt sergeant secretary chancellor governor gov senator sen
    representative rep mayor ambassador envoy commissioner chairman chairwoman chief
    director spokesman spokeswoman deputy vice foreign defence defense finance trade interior
    justice health labour labor transport fisheries energy economy education agriculture
    pope archbishop bishop rabbi imam sheikh ayatollah premier councillor councilor officer
    coach manager striker defender midfielder goalkeeper professor prof chief executive ceo
    cfo founder head leader opposition admiral brigadier commodore lieutenant marshal cllr shri
    smt
    trustee trustees councillors councilors senators ministers directors governors independent
    independents commissioners delegates lawmakers legislators mps meps mp mep msp msps mla
    mlas mpp mpps
    superintendent sheriff treasurer rector provost inspector constable councilmember
    councilmembers councilman councilwoman alderman alderwoman aldermen assemblyman
    assemblywoman assemblymember supervisor supervisors member members
    honourable honorable hon alhaji alhaja engr comrade oba otunba mallam barrister pastor
    reverend rev emir madam highness excellency majesty eminence h.e.
    partner analyst lawyer attorney atty solicitor strategist speaker chairperson coo cto
    counsel chair sardar nawab nawabzada maulana pir mufti allama qazi
    """.split()
)
# Title words that are also portfolios, parties or groups ("Labour", "Trade", "Independent",
# "opposition Social Democrats"): they may be a name, or open one.
PORTFOLIO_TITLES = frozenset(
    """
    foreign defence defense finance trade interior justice health labour labor transport
    fisheries energy economy education agriculture opposition independent independents mps meps
    """.split()
)
# Words that go on a minister's portfolio ("Minister for Foreign Affairs", "... Trade and
# Industry") before the name.
PORTFOLIO_TAIL = frozenset("affairs development industry security employment innovation".split())
# Words of a ministry's portfolio written between "Minister of" and the minister's name
# ("Minister of Agriculture and Rural Development Nguyen Thanh Ha").
PORTFOLIO_WORDS = PORTFOLIO_TAIL | frozenset(
    """
    rural urban regional local national natural resources planning cooperation international
    home public works housing environment climate science technology culture tourism sport
    sports youth women social welfare communications information digital economic water land
    lands mines mining petroleum oil gas power infrastructure budget commerce investment
    enterprise industries livestock forestry forests wildlife aviation maritime
    foreign defence defense finance trade interior justice health labour labor transport
    fisheries energy economy education agriculture communication informatics heritage arts
    media broadcasting telecommunications manpower religious veterans immigration citizenship
    integration equality family children consumer reconstruction humanitarian disaster
    emergency civil protection shipping ports railways roads highways irrigation food training
    skills research higher vocational migration asylum refugees population aquaculture
    coastal cohesion worship hydrocarbons transition sustainable commodities cooperatives
    electronics treasury holdings posts nordic european arctic competition mobility
    investigations procurement operations
    """.split()
)
# Organisation words that take a "for" in their names ("Forum for Change").
FOR_HEADS = frozenset(
    "forum movement centre center alliance party front coalition council committee fund "
    "foundation institute league union association commission department ministry office "
    "arbitration".split()
)
# Bodies whose names go on with "on" ("Standing Committee on Health", "Council on Foreign
# Relations").
ON_HEADS = frozenset("committee subcommittee commission council conference panel inquiry".split())
# Bodies whose names go on with "in" ("Church in Wales", "Reformed Church in Kastrelia").
IN_HEADS = frozenset(["church"])
# A government department's name may go on with "and" ("Ministry of Trade and Industry").
DEPARTMENTS = frozenset(["ministry", "department"])
# A capitalised word that heads a state's name with "of" ("Government of Sankara").
STATE_HEADS = frozenset(["government", "administration"])
# Small words inside a person's name ("Ahmed ag Issouf", "Omar bin Salem", "Dirk van Dijk").
PARTICLES = frozenset(
    "ag al bin bint binti da das de del della der di dos du el ibn la le ole ould ud ul ur uz van"
    " von".split()
)
# Every capital letter of the Basic Multilingual Plane, for patterns that read a name
# ("Áine", "Øystein", "Ōtarewa", "Łęczna"): the same test as `str.isupper` on a first letter.
CAPITALS = "".join(chr(c) for c in range(0x10000) if chr(c).isupper() and chr(c).isalpha())
# A country's people as one capitalised word, singular ("Uruguayan", "Kelmari", "Omani").
DEMONYM = r"[A-Z][a-z]{3,}(?:an|ian|ese|ish|i)"
