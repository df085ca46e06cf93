"""Tests of the twenty-first round of general facts rules (invented sentences)."""

from __future__ import annotations

import pytest
from facts_fixtures import extracted, facts_of

from digest.facts.single_quotes import double_marks

pytestmark = pytest.mark.usefixtures("nlp")


def _actors(text: str, verb: str) -> list[tuple[str, ...]]:
    return [row[0] for row in facts_of(text) if verb in row[1]]


def _speakers(text: str) -> dict[str, str | None]:
    return {q.quote: q.speaker for q in extracted(text).quotes}


# ------------------------------------------------ a ‘…’ pair inside a “…” quote


def test_single_marks_inside_a_double_quote_stay_a_quote_within_the_quote():
    text = "“Customers told us the ‘gotcha’ fees were the worst,” she said."
    assert double_marks(text) == text
    assert double_marks("‘We will fight,’ she said.") == "“We will fight,” she said."


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Tessaline cut its fees on Monday.\n\n“Customers told us the ‘gotcha’ fees were the "
            "thing they hated most,” Tessaline chief executive Franklin Adebayo-Moss said.",
            "Customers told us the ‘gotcha’ fees were the thing they hated most",
            "Franklin Adebayo-Moss",
        ),
        (
            "The ministry cut the quota.\n\n“The minister talks about ‘shared sacrifice’, but "
            "nobody in the ministry milks cows at five in the morning,” said Mirela Tost, a "
            "farmer.",
            "The minister talks about ‘shared sacrifice’, but nobody in the ministry milks cows "
            "at five in the morning",
            "Mirela Tost",
        ),
    ],
)
def test_a_quote_with_a_quote_inside_it_is_read_whole(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker


# ------------------------------------------------ "Nagasaki's governor said"


def test_the_owner_of_a_title_is_not_the_speaker():
    text = (
        "The Nagasaki Prefectural Assembly approved 9.8 billion yen for the ferries.\n\n"
        '"Without the ferries, these islands simply empty out," Nagasaki\'s governor told the '
        "assembly before the vote."
    )
    assert _speakers(text) == {
        "Without the ferries, these islands simply empty out": "Nagasaki's governor"
    }


# ------------------------------------------------ portfolios before a name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Estmark ratified the treaty.\n\n“Good neighbours are not born, they are "
            "negotiated,” Minister for Foreign Affairs and Nordic Cooperation Ellen Strand-Aas "
            "told the chamber before the vote.",
            "Ellen Strand-Aas",
        ),
        (
            "Halvern Chemicals signed the consent decree.\n\nAssistant Attorney General for "
            'Environment and Natural Resources Miriam Okafor-Lisle said: "Communities living '
            'beside this plant have waited long enough for cleaner air."',
            "Miriam Okafor-Lisle",
        ),
        (
            "The committee backed the bill.\n\nVice-President of the Federal Diet and Chair of "
            "the Joint Committee on Digital Affairs, Science and Innovation Amara Velk said: "
            '"Kaldrians have waited long enough for rules that protect them."',
            "Amara Velk",
        ),
    ],
)
def test_a_portfolio_list_is_no_part_of_the_speaker(text, speaker):
    assert set(_speakers(text).values()) == {speaker}


# ------------------------------------------------ honorifics and particles of South Asia


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The council brokered the talks.\n\n“The guns are silent,” said Maulana Pir Ghulam "
            "Sarwar ul-Qadri, head of the Council of Tribal Elders.",
            "Ghulam Sarwar ul-Qadri",
        ),
        (
            "The merger talks stalled again.\n\n“Mergers in this country are announced in the "
            "morning and buried by the evening,” said Dr Samina ul-Ain Farooqi, a political "
            "scientist.",
            "Samina ul-Ain Farooqi",
        ),
    ],
)
def test_honorifics_go_and_particles_stay(text, speaker):
    assert set(_speakers(text).values()) == {speaker}


def test_a_speaker_of_the_house_is_named_without_his_titles():
    text = (
        "Speaker of the Majlis-e-Shura Qazi Mohsin Raza declined to refer the references to "
        "the Election Commission."
    )
    assert _actors(text, "refer") == [("Mohsin Raza",)]


# ------------------------------------------------ one person, by the longer name


def test_a_name_tagged_without_its_first_word_is_the_whole_name():
    text = (
        "UML provincial lawmaker Hari Bahadur Limbu was sworn in as chief minister on Monday "
        "evening.\n\n“The people of the hills have waited long enough for roofs, roads and "
        "bridges,” Limbu told supporters outside the provincial assembly."
    )
    assert set(_speakers(text).values()) == {"Hari Bahadur Limbu"}


# ------------------------------------------------ a remit list after "of"


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        (
            "At home, the Federation of Paddy Farmers and Rural Workers has refused to sell "
            "paddy to state warehouses at the official price.",
            "sell",
            "Federation of Paddy Farmers and Rural Workers",
        ),
        (
            "The government signed the cloud contract. The Office of Data Protection and "
            "Digital Rights agreed to review the contract's privacy terms.",
            "review",
            "Office of Data Protection and Digital Rights",
        ),
    ],
)
def test_a_remit_list_with_a_qualified_first_word_is_part_of_the_name(text, verb, actor):
    assert _actors(text, verb) == [(actor,)]


@pytest.mark.parametrize(
    ("text", "verb", "actors"),
    [
        (
            "The Federation of Dairy and Livestock Cooperatives rejected a government plan to "
            "cut milk quotas.",
            "rejected",
            ("Federation of Dairy and Livestock Cooperatives",),
        ),
        (
            "The Ministry of Fisheries, Oceans and Coastal Communities would cut annual licence "
            "fees for trawlers by 15%.",
            "cut",
            ("Ministry of Fisheries, Oceans and Coastal Communities",),
        ),
        (
            "The Association of Locomotive Engineers and Firemen agreed to call off a five-day "
            "strike.",
            "call off",
            ("Association of Locomotive Engineers and Firemen",),
        ),
        (
            "The Union of Cereal and Pulse Producers of Kelsland approved the deal.",
            "approved",
            ("Union of Cereal and Pulse Producers of Kelsland",),
        ),
        (
            "United Food and Processing Workers Local 412 voted to ratify a four-year contract.",
            "ratify",
            ("United Food and Processing Workers Local 412",),
        ),
        (
            "The Communications, Media and Postal Authority had not agreed to drop its "
            "investigation.",
            "drop",
            ("Communications, Media and Postal Authority",),
        ),
        (
            "Halvern Group and Osprey Kitchens agreed to merge their catering arms.",
            "merge",
            ("Halvern Group", "Osprey Kitchens"),
        ),
        (
            "The Bank of Ostmark and Veskar agreed to merge their payment systems.",
            "merge",
            ("Bank of Ostmark", "Veskar"),
        ),
    ],
)
def test_a_remit_list_the_tagger_cut_is_one_name(text, verb, actors):
    assert _actors(text, verb) == [actors]


# ------------------------------------------------ more of a name, fewer joined names


@pytest.mark.parametrize(
    ("text", "verb", "actors"),
    [
        (
            "Health Minister Corinne Adebayo-Strauss and Deputy Prime Minister Elias Vornholt "
            "voted against the bill.",
            "voted",
            ("Corinne Adebayo-Strauss", "Elias Vornholt"),
        ),
        (
            "Aomura Prefecture and Tsubaki Electric Power & Gas Co signed a 25-year agreement.",
            "signed",
            ("Aomura Prefecture", "Tsubaki Electric Power & Gas Co"),
        ),
        (
            "The Ministry of State Enterprises and Public Investment will not sell any further "
            "shares in the carrier.",
            "sell",
            ("Ministry of State Enterprises and Public Investment",),
        ),
        (
            "The Supreme Council of Bani Matar Tribes and Clans offered to surrender its 40 "
            "armoured pick-ups.",
            "surrender",
            ("Supreme Council of Bani Matar Tribes and Clans",),
        ),
        (
            "The Calvenna Harbour and Waterways Authority would cut berthing fees by 15%.",
            "cut",
            ("Calvenna Harbour and Waterways Authority",),
        ),
    ],
)
def test_titled_names_plural_remits_and_regions(text, verb, actors):
    assert _actors(text, verb) == [actors]


# ------------------------------------------------ speakers: given names, titles and remits


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Daesong Retail sold the club.\n\nThe club's general manager, Yoon Bo-ra, said: "
            "“Nothing changes for the players on the field.”",
            "Yoon Bo-ra",
        ),
        (
            "Wing Tat agreed to sell the tower.\n\nChairman Ronald Fung Chi-keung said the sale "
            'valued the centre at a modest discount to its book value. "This is a sensible price '
            'in a difficult market," Mr Fung said.',
            "Ronald Fung Chi-keung",
        ),
        (
            "Spain and Portugal agreed to double the link. Portugal's Secretary of State for "
            "Energy said the deal “ends decades of talking about a bridge we never built.”",
            "Portugal's Secretary of State for Energy",
        ),
        (
            "The fund was approved on Monday. “We cannot ask a farmer to compete with one hand "
            "tied behind his back,” the Agriculture Cabinet Secretary told a news conference.",
            "Agriculture Cabinet Secretary",
        ),
    ],
)
def test_speakers_keep_given_names_titles_and_remits(text, speaker):
    assert set(_speakers(text).values()) == {speaker}


# ------------------------------------------------ "A spokeswoman for X said ... “...,” she said"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Calder United signed the striker. “He chose us over bigger offers from abroad,” "
            "manager Rui Caldas said. A spokeswoman for FK Brevik said the club would use the "
            "fee. “We believe this fee reflects his value,” she said.",
            "We believe this fee reflects his value",
            "FK Brevik",
        ),
        (
            "Golden Reed raised its offer. A spokesman for Golden Reed said the company would "
            "raise the offer again only if the farmers left by March. “We have been more than "
            "fair,” the spokesman said.",
            "We have been more than fair",
            "Golden Reed",
        ),
    ],
)
def test_a_spokesperson_named_before_speaks_for_the_body(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker


# ------------------------------------------------ "the statement said", "the 47-year-old ..."


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The council rejected the land sale on Tuesday.\n\nThe developer, Arcadia Land "
            "Corp., said in a statement that it would submit a revised offer within a month. "
            "“We respect the council's decision,” the statement said.",
            "We respect the council's decision",
            "Arcadia Land Corp.",
        ),
        (
            "The utility agreed to a smaller rate rise.\n\nMarcus Feeney, director of the "
            "ratepayers alliance, said his group had sought a full freeze. \"It's not the deal "
            'we wanted," the 47-year-old former legislator said.',
            "It's not the deal we wanted",
            "Marcus Feeney",
        ),
        (
            "The two presidents signed a water treaty.\n\nPresident of Altynstan Bakhtiyar "
            "Osmonov and President of Kuraman Farrukh Rakhimzoda signed a treaty on Thursday. "
            "“Water must unite our peoples,” Osmonov said.",
            "Water must unite our peoples",
            "Bakhtiyar Osmonov",
        ),
    ],
)
def test_statements_ages_and_countries_before_names(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker


# ------------------------------------------------ second surnames and "Mr X"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The Xochiatl borough government, headed by Mayor Hilda Carrasco Mendoza, pledged "
            "to give each family a relocation grant of 50,000 pesos. Carrasco said she had asked "
            "the housing institute for credits.\n\n“Nobody is being evicted here,” Carrasco said "
            "during a visit to the site.",
            "Nobody is being evicted here",
            "Hilda Carrasco Mendoza",
        ),
        (
            "Zarnigar Textile Mills will build a denim unit. The company's chief executive, Tariq "
            "Mehmood Sheikh, told a news conference that the project would be financed through a "
            'loan.\n\n"Every worker there will keep his job," Mr Sheikh said.',
            "Every worker there will keep his job",
            "Tariq Mehmood Sheikh",
        ),
    ],
)
def test_a_surname_alone_is_the_whole_name(text, quote, speaker):
    assert _speakers(text).get(quote) == speaker
