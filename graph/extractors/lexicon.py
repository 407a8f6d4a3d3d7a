"""Words that give named things their class: the grammar of names, not a list of names.

An English organization name ends in (or starts with, before "of") a *head* noun that says
what it is: "... Association", "Ministry of ...", "... Co., Ltd.". Titles say a person holds
a post. Everything here is general knowledge of the genre; no entity of any document.
"""

from __future__ import annotations

from ..records import EntityClass as C

GOV, CO, ORG, IO = C.GOVERNMENT_BODY, C.COMPANY, C.ORGANIZATION, C.INTERNATIONAL_ORGANIZATION
AGR, PROJ, EVT, INIT = C.AGREEMENT, C.PROJECT, C.EVENT, C.INITIATIVE

HEADS_EN: dict[str, C] = {
    # government bodies
    "ministry": GOV, "ministries": GOV, "department": GOV, "bureau": GOV, "agency": GOV,
    "commission": GOV, "council": GOV, "office": GOV, "administration": GOV, "authority": GOV,
    "parliament": GOV, "senate": GOV, "assembly": GOV, "congress": GOV,
    "embassy": GOV, "consulate": GOV, "government": GOV, "customs": GOV, "court": GOV,
    "cabinet": GOV, "division": GOV, "secretariat": ORG, "chancellery": GOV, "directorate": GOV,
    # companies
    "co": CO, "ltd": CO, "limited": CO, "company": CO, "corporation": CO, "corp": CO, "inc": CO,
    "group": CO, "holdings": CO, "llc": CO, "plc": CO, "bank": CO, "fund": CO, "corps": CO,
    "airlines": CO, "motors": CO, "industries": CO, "s.a": CO, "ltda": CO,
    # other organizations
    "association": ORG, "institute": ORG, "institutes": ORG, "university": ORG, "academy": ORG,
    "college": ORG, "school": ORG, "foundation": ORG, "society": ORG, "federation": ORG,
    "chamber": ORG, "party": ORG, "center": ORG, "centre": ORG, "base": ORG, "network": ORG,
    "committee": ORG, "club": ORG, "observatory": ORG, "museum": ORG, "league": ORG,
    "laboratory": ORG, "union": ORG,
    # international organizations
    "organization": IO, "organisation": IO, "alliance": IO, "community": IO,
    # events
    "forum": EVT, "summit": EVT, "conference": EVT, "meeting": EVT, "seminar": EVT,
    "symposium": EVT, "workshop": EVT, "dialogue": EVT, "expo": EVT, "exposition": EVT,
    "fair": EVT, "exhibition": EVT, "session": EVT, "plenum": EVT, "games": EVT,
    "festival": EVT, "week": EVT, "ceremony": EVT, "roundtable": EVT, "competition": EVT,
    "course": EVT, "convention": EVT,
    # agreements
    "agreement": AGR, "agreements": AGR, "treaty": AGR, "protocol": AGR, "declaration": AGR,
    "memorandum": AGR, "statement": AGR, "charter": AGR, "partnership": AGR,
    "consensus": AGR, "accord": AGR, "pact": AGR, "arrangement": AGR, "mou": AGR,
    # projects
    "railway": PROJ, "railroad": PROJ, "metro": PROJ, "subway": PROJ, "port": PROJ,
    "terminal": PROJ, "highway": PROJ, "bridge": PROJ, "tunnel": PROJ, "dam": PROJ,
    "station": PROJ, "plant": PROJ, "airport": PROJ, "canal": PROJ, "park": PROJ, "estate": PROJ, "zone": PROJ,
    "gigafactory": PROJ, "stadium": PROJ, "hospital": PROJ, "expressway": PROJ, "aqueduct": PROJ,
    "project": PROJ, "corridor": PROJ, "pipeline": PROJ, "mine": PROJ, "refinery": PROJ,
    "program": PROJ, "programme": PROJ, "satellite": PROJ,
    # initiatives
    "initiative": INIT, "initiatives": INIT, "strategy": INIT, "agenda": INIT,
    "framework": INIT, "model": INIT, "plan": INIT, "vision": INIT,
}

# Plans signed between parties are agreements; national plans are initiatives.
AGREEMENT_PLAN_WORDS = frozenset({"action", "cooperation", "joint", "work", "implementation"})
# "Control Center", "Data Center" are works, not organizations.
PROJECT_CENTER_WORDS = frozenset({"control", "data", "operation", "operations", "logistics", "distribution"})
# Banks that are public bodies or multilateral lenders, not companies.
DEVELOPMENT_BANK_WORDS = frozenset({"development", "central", "reserve", "export-import", "eximbank"})
REGIONAL_WORDS = frozenset(
    {"asian", "african", "inter-american", "caribbean", "european", "islamic", "latin", "andean", "new",
     "international", "world", "interamerican", "americas"}
)

# Sub-units that are named together with their parent: "Institute of Marxism, Chinese Academy of ...".
SUBUNIT_HEADS = frozenset(
    {"department", "division", "bureau", "office", "institute", "center", "centre", "college", "school",
     "faculty", "secretariat", "section", "unit", "branch", "laboratory", "base", "committee"}
)

# Legal-form words that only ever end a company name.
LEGAL_SUFFIXES = frozenset({"co", "ltd", "limited", "inc", "corp", "llc", "plc", "s.a", "ltda", "corporation"})
ABBREVIATIONS = frozenset({"Co", "Ltd", "Corp", "Inc", "S", "A", "St", "No", "Jr", "Sr", "Dr", "Mr", "Ms"})

CONNECTORS = frozenset(
    {"of", "and", "for", "on", "in", "the", "de", "del", "la", "las", "los", "el", "y", "e", "da", "das",
     "do", "dos", "para", "against", "between", "&", "a", "an", "with"}
)

# Capitalized words that begin sentences or describe, never start a name.
STOP_CAPS = frozenset(
    """The A An This That These Those In On At By For From With Of To As And But Or Since After Before
    During Under Through According Sponsored Organized Organised Hosted Held Attended Chaired Topic
    Speech Photos Photo Written Reviewed Source Editor Mr Ms Mrs Dr Both All Its His Her Their Our
    Some Many Several Each Every Other Also Meanwhile However Moreover Besides Furthermore Currently
    Recently Today Yesterday Last Next Then When While Where Which Who What How Why If Although
    Though Because Thus Therefore Here There It He She They We You I Is Are Was Were Be Being Been
    Has Have Had Do Does Did Will Would Can Could Should May Might Must Not No Yes Under Between
    Among Within Without Upon Into Onto Over Via Per Including Such Like Unlike Despite Towards
    Toward Across Along Around Beyond Behind Above Below Near Inside Outside Against Following
    Prior Regarding Concerning Excluding Except Plus Minus Jointly Promote Promoting Strengthen
    Strengthening Support Supporting Deepen Deepening Build Building Continue Establish Signed
    Jointly Launch Launched Under Welcome Welcomed Thematic Opening Closing Group Photo
    Attends Holds Meets Signs Visits Hosts Receives Launches Calls Pledges Urges Inks Joins Delivers
    Addresses Stresses Welcomes Congratulates Concludes Chairs Witnesses Kicks
    January February March April May June July August September October November December
    Introduce Introduced Introduces Express Expressed Share Shared Said Says Stated Speech Point
    Pointed Noted Stressed Believe Believes Mentioned Emphasized Added Explained Highlighted Spoke
    Delivered Especially Particularly Notably Mainly Mostly Additionally Overall Finally Firstly Secondly
    Thirdly Lastly Likewise Similarly Instead Indeed Accordingly Consequently Hence Nevertheless
    Nonetheless""".split()
)

ORDINALS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth""".split()
)

# Titles and posts (lower-case; multiword titles are matched as word sequences).
TITLES_EN = frozenset(
    """president vice-president premier prime minister minister vice-minister deputy secretary
    secretary-general general director director-general chairman chairwoman chairperson chair
    ambassador consul consul-general counselor counsellor governor mayor head chief dean
    manager expert economist inspector coordinator representative spokesman spokesperson
    spokeswoman researcher professor editor translator founder ceo cfo cto officer commissioner
    chancellor king queen prince senator congressman congresswoman deputy delegate envoy attaché
    attache lecturer fellow analyst advisor adviser assistant executive senior associate
    president-elect leader emir sheikh comrade mr ms mrs dr prof specialist strategist""".split()
)
# Words of a post's portfolio after "of"/"for": "Minister of Foreign Affairs", "Secretary of State".
PORTFOLIO_WORDS = frozenset(
    """state foreign affairs commerce trade finance finances economy economic economics development planning
    defense defence agriculture livestock fisheries food public works transport transportation communications
    energy mines mining hydrocarbons oil gas health education culture tourism industry industries environment
    labor labour employment justice interior security science technology technologies innovation housing
    infrastructure production productive integration cooperation international relations external exterior
    worship treasury budget investment investments exports export promotion national government presidency
    cabinet women youth sports social welfare water resources natural land territory telecommunications
    digital information policy policies coordination administration legal human rights regional urban rural
    services service enterprise enterprises business businesses technical research higher sanitation
    equity family citizenship migration customs taxation revenue
    """.split()
)
TITLE_WORDS_STRONG = frozenset(
    """president premier minister ambassador governor mayor secretary-general chairman chairwoman
    director director-general dean consul chancellor senator king queen""".split()
)
HONORIFICS = frozenset({"mr", "ms", "mrs", "dr", "prof", "professor", "comrade", "sr", "sra", "madam", "mme"})

# Verbs of speaking and attending: who did them took part in the event being reported.
PARTICIPATION_VERBS = (
    "attended", "attend", "said", "says", "spoke", "speak", "delivered", "introduced", "introduce",
    "chaired", "chair", "participated", "addressed", "pointed out", "stated", "state", "expressed",
    "shared", "share", "noted", "stressed", "emphasized", "emphasised", "proposed", "believes",
    "believed", "indicated", "outlined", "presented", "moderated", "hosted", "gave a speech",
    "in his speech", "in her speech", "in his statement", "in her statement", "video", "express",
    "expresses", "introduces", "presents", "took part", "taking part", "represented by",
    "welcomed", "recalled", "explained", "described", "reminded", "invited", "argued", "warned",
    "highlighted", "underlined", "underscored", "urged", "called for", "called on", "announced",
    "remarked", "observed", "added", "told participants", "told the audience", "told delegates",
    "gave an update", "took the floor", "opened the", "closed the", "opening the", "closing the",
    "in the opening", "in the closing", "on behalf of",
)

# Modifiers that alone do not make a name: "Joint Statement", "International Cooperation Forum".
GENERIC_MODIFIERS = frozenset(
    """joint special new national final general main relevant bilateral multilateral international global
    regional annual high-level cooperation economic trade news summit ministerial official important
    friendly strategic comprehensive overall key major further""".split()
)

# Demonyms two countries share: the gazetteer gives the first reading; a text that names only the
# other country means that one ("Dominican engineers" in a report on Dominica).
SHARED_DEMONYMS: dict[str, tuple[str, ...]] = {
    "dominican": ("country:DM",),
    "dominicano": ("country:DM",),
    "dominicana": ("country:DM",),
    "samoan": ("country:AS",),
    "sudanese": ("country:SS",),
}
# Days and months: after "on"/"in" at the end of a capitalized run they date the thing, never name it.
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
MONTHS = frozenset(
    "January February March April May June July August September October November December".split()
)
