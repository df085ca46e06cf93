"""Which words make a name an organisation's ("Halvern Group", "FC Ardmoor", "BBC")."""

from __future__ import annotations

# Spanish and Portuguese words that make a name an organisation's ("Sindicato dos Estivadores").
_ROMANCE_BODIES = frozenset(
    """
    sindicato sindicatos cámara junta empresa ministerio ministério confederación confederação
    federación federação asociación associação sociedad sociedade instituto banco consejo
    conselho comisión comissão secretaría partido movimiento movimento compañía companhia
    corporación fundación fundação universidad universidade agencia agência yacimientos
    alianza asamblea caja consorcio comunidad grupo frente minera clube
    """.split()
)
# Words that make a proper-noun run an organisation ("Halvern Group", "FC Ardmoor").
_ORG_WORDS = (
    frozenset(
        """
    group bank ministry council union association authority league university college motors
    airways airlines air foods health kitchens mills fc united rovers city party front
    movement guild federation commission committee corp corporation inc ltd co plc llc agency
    court parliament senate assembly congress forum fund organization organisation institute
    foundation trust network press news wire times post journal service services department
    office cabinet police army navy forces force brigade club team holdings industries
    partners capital energy systems technologies labs pharma exchange nations alliance
    coalition society crescent cross board bureau council chamber company enterprises
    ventures media studios records entertainment brewery bancorp insurance securities
    aerospace stores retail telecoms pharmaceuticals executive resources minerals mining metals
    chemicals petroleum materials utilities terminals ferries therapeutics investments equity
    semiconductor semiconductors communications engineering construction confederation
    steel oil gas power electric telecom logistics shipping railways railway hospital school
    clinic centre center museum sporting athletic athletico dynamo racing olympique wanderers
    friends cooperative co-operative co-op biologics biosciences biotech diagnostics vaccines housing
    gallery library archive archives orchestra philharmonic opera ballet theatre theater academy
    observatory directorate festival events brigades branch registry bloc unit list panel
    church churches diocese archdiocese synod cathedral chapter presbytery congregation mosque
    masjid temple synagogue gurdwara sisters mission abbey house hospice airports
    """.split()
    )
    | _ROMANCE_BODIES
)
# Head words of Spanish and Portuguese bodies' names, which run on through "de", "dos", "y"
# ("Sindicato dos Estivadores do Sul", "Ministerio de Trabajo y Economía Social"); those past
# the bodies above open such a name but alone make no organisation ("Central", "Tribunal").
ROMANCE_HEADS = _ROMANCE_BODIES | frozenset(
    "câmara central unión união servicio serviço congreso congresso tribunal corte "
    "superintendencia club".split()
)
# The Spanish and Portuguese words that open the names a description calls "the club",
# "the union" ... ("Clube Desportivo e Recreativo Olaiense", "Sindicato dos Estivadores").
ROMANCE_NAMES_OF = {
    "club": "clube|club",
    "company": "empresa|compañía|companhia",
    "bank": "banco",
    "ministry": "ministerio|ministério",
    "federation": "federación|federação",
    "association": "asociación|associação",
    "confederation": "confederación|confederação",
    "chamber": "cámara|câmara",
    "party": "partido",
    "foundation": "fundación|fundação",
    "university": "universidad|universidade",
    "agency": "agencia|agência",
    "commission": "comisión|comissão",
    "movement": "movimiento|movimento",
    "institute": "instituto",
    "assembly": "asamblea|assembleia",
    "corporation": "corporación",
    "council": "consejo|conselho",
}
# The small words inside those names.
ROMANCE_LINKS = frozenset("de del dos do da das e y em la las los el en por para".split())


# Trades that end companies' names ("Calder Rowe Homes", "Severnside Water", "Brovald Dairy")
# but may open a body's name joined by "and" ("Transport and Allied Workers' Federation",
# "New Hollis Water and Sewer Authority").
_TRADE_WORDS = frozenset(
    """
    homes properties developments estates builders constructions contractors dairies dairy
    creameries breweries distillers textiles apparel trading merchants solutions software
    robotics electronics automotive marine hotels resorts leisure tankers transport haulage
    freight couriers cement packaging plastics beverages brands products supplies machinery
    devices instruments laboratories healthcare care water recycling renewables solar wind
    refining refinery farms plantations lines coaches buses market markets grocers grocery
    pharmacy pharmacies bakery bakeries restaurants coal
    """.split()
)


# Company-form suffixes, as written ("Lindqvist Robotics AG", "KayaTel Bhd"); case matters:
# "ag" is also a name particle ("Ahmed ag Issouf").
_COMPANY_SUFFIXES = frozenset(
    "AG SA NV GmbH BV SpA Srl Oyj AB ASA KK Pte Pty Bhd Sdn Tbk JSC PJSC OJSC LLP LP Re".split()
)


# Company forms written with a full stop ("Lumeris Cloud Inc.", "Clearbrook Chemical Co.").
ABBREVIATED = {f"{w}.": w for w in "inc corp co ltd plc llc".split()}


# The heads of a state's bodies: "Export Control Board", "Ministry of Defence".
_PUBLIC_HEADS = frozenset(
    "ministry department commission agency authority board office committee tribunal "
    "directorate secretariat bureau inspectorate".split()
)


# Legal forms of a company's name, lower case ("Sarvottam Steel and Power Ltd").
LEGAL_FORMS = frozenset("ltd limited inc corp plc llc co".split())


def company_suffix(word: str) -> bool:
    """A company form written after the name, as written ("AG", "Re", "Ltd.")."""
    return word.rstrip(".,") in _COMPANY_SUFFIXES or word.lower() in ABBREVIATED


def public_body(words: list[str]) -> bool:
    """Is a name of two words or more a state's body by its head ("Finance Ministry",
    "Independent Electoral and Boundaries Commission", "Ministry of Defence")?"""
    low = [w.lower() for w in words]
    head = low[: low.index("of")] if "of" in low else low
    return len(low) > 1 and bool(head) and head[-1] in _PUBLIC_HEADS


def organisation_word(word: str) -> bool:
    """Does the word make a name an organisation ("Group", "Bank", "FC", an acronym,
    "Motorworks")?"""
    return organisation_noun(word) or _acronym(word)


def organisation_noun(word: str) -> bool:
    """Is the word one that ends organisations' names ("Group", "Resources", "Motorworks")?"""
    low = word.lower()
    low = ABBREVIATED.get(low, low)  # "Inc.", "Corp.", "Ltd."
    return (
        low in _ORG_WORDS
        or low in _TRADE_WORDS
        or word.rstrip(".,") in _COMPANY_SUFFIXES
        or (low.endswith("works") and len(low) > 6)
    )


def _acronym(word: str) -> bool:
    """ "BBC", "P&O": two capitals or more, no small letters; not a road or a model ("A614")."""
    return word.isupper() and sum(c.isupper() for c in word) >= 2


def trade_word(word: str) -> bool:
    """Is the word a trade that ends a company's name ("Homes", "Water"), see _TRADE_WORDS?"""
    return word.lower() in _TRADE_WORDS
