"""Gold tables for venezuela_expels_latam_diplomats.txt."""

from itertools import combinations

VE = "Q717"
E = [
    (
        "Venezuela",
        "Country",
        VE,
        [
            "Caracas",
            "Venezuelan",
            "the Venezuelan regime",
            "the Venezuelan government",
            "Venezuela's transport ministry",
            "National Electoral Council",
            "CNE",
        ],
        VE,
    ),
    ("Nicolas Maduro", "Person", None, ["Maduro", "President Nicolas Maduro"], VE),
    ("Yvan Gil", "Person", None, ["Gil", "Foreign Minister Yvan Gil"], VE),
    ("Argentina", "Country", "Q414", ["Argentine", "Argentina's foreign ministry"], "Q414"),
    ("Chile", "Country", "Q298", [], "Q298"),
    ("Costa Rica", "Country", "Q800", [], "Q800"),
    ("Peru", "Country", "Q419", ["Lima"], "Q419"),
    ("Panama", "Country", "Q804", [], "Q804"),
    ("Dominican Republic", "Country", "Q786", ["the Dominican Republic"], "Q786"),
    ("Uruguay", "Country", "Q77", ["Uruguay's government"], "Q77"),
    ("United States", "Country", "Q30", ["U.S.", "Washington", "the United States"], "Q30"),
    (
        "Javier Gonzalez-Olaechea",
        "Person",
        None,
        ["Gonzalez-Olaechea", "Peru's Foreign Minister Javier Gonzalez-Olaechea"],
        "Q419",
    ),
    ("Jose Raul Mulino", "Person", None, ["Mulino", "Panama's President Jose Raul Mulino"], "Q804"),
    ("Elvis Amoroso", "Person", None, ["Maduro ally Elvis Amoroso"], VE),
    ("Edmundo Gonzalez", "Person", None, ["opposition candidate Edmundo Gonzalez"], None),
    ("Maria Corina Machado", "Person", None, [], None),
    ("Ecuador", "Country", "Q736", [], "Q736"),
    ("Guatemala", "Country", "Q774", [], "Q774"),
    ("Paraguay", "Country", "Q733", [], "Q733"),
    ("Javier Milei", "Person", None, ["Milei", "Argentine President Javier Milei"], "Q414"),
    ("Gabriel Boric", "Person", None, ["Chile's President Gabriel Boric"], "Q298"),
    (
        "Antony Blinken",
        "Person",
        None,
        ["Blinken", "U.S. Secretary of State Antony Blinken"],
        "Q30",
    ),
    ("Brazil", "Country", "Q155", ["Brazil's foreign ministry"], "Q155"),
    ("Colombia", "Country", "Q739", ["Colombian"], "Q739"),
    ("Gustavo Petro", "Person", None, ["Colombian President Gustavo Petro"], "Q739"),
    ("Russia", "Country", "Q159", ["Kremlin"], "Q159"),
    ("China", "Country", "Q148", ["Beijing", "Chinese"], "Q148"),
    ("Cuba", "Country", "Q241", [], "Q241"),
    ("Bolivia", "Country", "Q750", [], "Q750"),
    ("Honduras", "Country", "Q783", [], "Q783"),
    ("Nicaragua", "Country", "Q811", [], "Q811"),
    ("Dmitry Peskov", "Person", None, ["Kremlin spokesman Dmitry Peskov"], "Q159"),
    ("Vladimir Putin", "Person", "Q7747", ["President Vladimir Putin"], "Q159"),
    ("Lin Jian", "Person", None, ["Chinese foreign ministry spokesman Lin Jian"], "Q148"),
    ("Juan Guaido", "Person", None, ["opposition leader Juan Guaido"], None),
    ("Organization of American States", "IGO", "Q123759", [], None),
]

SEVEN = ["Argentina", "Chile", "Costa Rica", "Peru", "Panama", "Dominican Republic", "Uruguay"]
NINE = [
    "Argentina",
    "Costa Rica",
    "Ecuador",
    "Guatemala",
    "Panama",
    "Paraguay",
    "Peru",
    "Dominican Republic",
    "Uruguay",
]
CONGRATS = ["Russia", "China", "Cuba", "Bolivia", "Honduras", "Nicaragua"]

LEDE = "Venezuela ordered diplomats from seven Latin American countries to leave and pulled its own envoys"
GIL = (
    "Foreign Minister Yvan Gil said late on Monday the government was withdrawing all its diplomatic staff from "
    "Argentina, Chile, Costa Rica, Peru, Panama, the Dominican Republic and Uruguay"
)
DEMAND = (
    'demanded that those governments pull their representatives out of Venezuelan territory "immediately"'
)
ACC = 'The foreign ministry statement accused the seven of "interventionist actions and declarations"'
JOINT = (
    "Argentina, Costa Rica, Ecuador, Guatemala, Panama, Paraguay, Peru, the Dominican Republic and Uruguay issued "
    "a joint statement on Sunday night calling for a complete review of the results"
)
DISMISS = 'Gil dismissed the statement as "unacceptable interference"'
FLIGHTS = (
    "Venezuela's transport ministry said commercial flights to and from Panama and the Dominican Republic would be "
    "suspended from Wednesday"
)
INSULTS = "Javier Milei, who has traded insults with Maduro since taking office"
CONG = "Maduro has received congratulations from Russia, China, Cuba, Bolivia, Honduras and Nicaragua"

V = []
for c in SEVEN:
    V += [
        ("Venezuela", "SANCTION", c, True, LEDE, "diplomats expelled, own envoys withdrawn"),
        ("Yvan Gil", "SANCTION", c, False, GIL, "announcer of the withdrawal"),
        ("Venezuela", "REQUEST", c, False, DEMAND, "expulsion order read as a demand"),
        ("Venezuela", "ACCUSE", c, True, ACC, "interventionism"),
    ]
V += [
    (
        "Venezuela",
        "ACCUSE",
        "United States",
        False,
        'a group of governments "subordinated to Washington"',
        "implicit",
    ),
    (
        "Peru",
        "SANCTION",
        "Venezuela",
        True,
        "Peru said on Tuesday it was breaking off relations with Caracas altogether",
        "ties broken",
    ),
    (
        "Peru",
        "SANCTION",
        "Venezuela",
        True,
        "Lima had decided to break diplomatic relations with Venezuela",
        "ties broken",
    ),
    (
        "Javier Gonzalez-Olaechea",
        "SANCTION",
        "Venezuela",
        False,
        "Peru's Foreign Minister Javier Gonzalez-Olaechea told a local radio station on Tuesday that Lima had decided "
        "to break diplomatic relations with Venezuela",
        "announcer",
    ),
    (
        "Javier Gonzalez-Olaechea",
        "ACCUSE",
        "Venezuela",
        True,
        '"in view of the serious and arbitrary decisions adopted by the Venezuelan regime."',
        "",
    ),
    (
        "Peru",
        "SANCTION",
        "Venezuela",
        True,
        "Peru had recalled its ambassador for consultations a day earlier.",
        "ambassador recalled",
    ),
    (
        "Jose Raul Mulino",
        "SANCTION",
        "Venezuela",
        True,
        'Panama\'s President Jose Raul Mulino said his government was putting relations "on hold" and bringing its '
        "diplomats home",
        "relations suspended, diplomats withdrawn",
    ),
    (
        "Jose Raul Mulino",
        "REQUEST",
        "Venezuela",
        False,
        "until a full review of the vote had taken place",
        "condition",
    ),
    ("Venezuela", "SANCTION", "Panama", True, FLIGHTS, "flights suspended"),
    ("Venezuela", "SANCTION", "Dominican Republic", True, FLIGHTS, "flights suspended"),
    ("Venezuela", "COERCE", "Panama", False, FLIGHTS, "restrict alternative"),
    ("Venezuela", "COERCE", "Dominican Republic", False, FLIGHTS, "restrict alternative"),
    (
        "Elvis Amoroso",
        "ALLY",
        "Nicolas Maduro",
        False,
        "headed by Maduro ally Elvis Amoroso",
        "domestic political ally",
    ),
]
for c in NINE:
    V += [
        (c, "REQUEST", "Venezuela", True, JOINT, "joint statement: full review with observers"),
        ("Yvan Gil", "ACCUSE", c, True, DISMISS, "interference"),
        ("Yvan Gil", "REJECT", c, False, DISMISS, "dismissal"),
    ]
for a, b in combinations(NINE, 2):
    V.append((a, "AGREE", b, False, JOINT, "joint statement"))
V += [
    ("Javier Milei", "ACCUSE", "Nicolas Maduro", True, 'wrote on X: "Dictator Maduro, out!"', ""),
    (
        "Javier Milei",
        "REQUEST",
        "Nicolas Maduro",
        False,
        'wrote on X: "Dictator Maduro, out!"',
        "demand to leave",
    ),
    (
        "Javier Milei",
        "REJECT",
        "Venezuela",
        True,
        'said Argentina would not recognize "another fraud"',
        "non-recognition",
    ),
    (
        "Javier Milei",
        "ACCUSE",
        "Venezuela",
        False,
        'said Argentina would not recognize "another fraud"',
        "fraud",
    ),
    ("Javier Milei", "ACCUSE", "Nicolas Maduro", True, INSULTS, "traded insults"),
    ("Nicolas Maduro", "ACCUSE", "Javier Milei", True, INSULTS, "traded insults"),
    (
        "Argentina",
        "ACCUSE",
        "Venezuela",
        True,
        "Argentina's foreign ministry said it held the Venezuelan government responsible for their safety",
        "responsibility for asylum seekers",
    ),
    (
        "Argentina",
        "REQUEST",
        "Venezuela",
        True,
        "asked for safe-conduct passes so they could leave the country",
        "safe conduct",
    ),
    (
        "Gabriel Boric",
        "ACCUSE",
        "Venezuela",
        True,
        'Chile\'s President Gabriel Boric said the results were "hard to believe"',
        "",
    ),
    (
        "Gabriel Boric",
        "REJECT",
        "Venezuela",
        False,
        "Chile would not recognize any outcome that could not be verified",
        "conditional non-recognition",
    ),
    (
        "Uruguay",
        "REQUEST",
        "Venezuela",
        False,
        'Uruguay\'s government said it would only accept results "that are checked by independent observers"',
        "conditional acceptance",
    ),
    (
        "Antony Blinken",
        "ACCUSE",
        "Venezuela",
        True,
        '"serious concerns that the result announced does not reflect the will or the votes of the Venezuelan people"',
        "",
    ),
    (
        "Brazil",
        "REQUEST",
        "Venezuela",
        True,
        "Brazil's foreign ministry said it was awaiting publication by the CNE of data broken down by polling station",
        "publish tally data",
    ),
    (
        "Gustavo Petro",
        "REQUEST",
        "Venezuela",
        True,
        'Colombian President Gustavo Petro urged a "transparent count" of the votes',
        "",
    ),
]
for c in CONGRATS:
    V.append((c, "SUPPORT", "Nicolas Maduro", True, CONG, "congratulations"))
V += [
    (
        "Vladimir Putin",
        "SUPPORT",
        "Nicolas Maduro",
        True,
        "President Vladimir Putin had sent Maduro a message of congratulation",
        "",
    ),
    (
        "Dmitry Peskov",
        "SUPPORT",
        "Nicolas Maduro",
        False,
        "Kremlin spokesman Dmitry Peskov said President Vladimir Putin had sent Maduro a message of congratulation",
        "reports Putin's message",
    ),
    (
        "Lin Jian",
        "SUPPORT",
        "Venezuela",
        True,
        'Beijing respected "the choice made by the Venezuelan people"',
        "",
    ),
    (
        "China",
        "SUPPORT",
        "Venezuela",
        False,
        'Beijing respected "the choice made by the Venezuelan people"',
        "",
    ),
    (
        "Nicolas Maduro",
        "ACCUSE",
        "Maria Corina Machado",
        False,
        'Maduro accused the opposition and its foreign backers of trying to impose "a fascist, counter-revolutionary coup"',
        "the opposition she leads",
    ),
    ("Nicolas Maduro", "ROLE", "Venezuela", True, "President Nicolas Maduro", "President"),
    ("Yvan Gil", "ROLE", "Venezuela", True, "Foreign Minister Yvan Gil", "Foreign Minister"),
    (
        "Javier Gonzalez-Olaechea",
        "ROLE",
        "Peru",
        True,
        "Peru's Foreign Minister Javier Gonzalez-Olaechea",
        "Foreign Minister",
    ),
    ("Jose Raul Mulino", "ROLE", "Panama", True, "Panama's President Jose Raul Mulino", "President"),
    (
        "Elvis Amoroso",
        "ROLE",
        "Venezuela",
        True,
        "The National Electoral Council (CNE), headed by Maduro ally Elvis Amoroso",
        "head of the National Electoral Council",
    ),
    ("Javier Milei", "ROLE", "Argentina", True, "Argentine President Javier Milei", "President"),
    ("Gabriel Boric", "ROLE", "Chile", True, "Chile's President Gabriel Boric", "President"),
    (
        "Antony Blinken",
        "ROLE",
        "United States",
        True,
        "U.S. Secretary of State Antony Blinken",
        "Secretary of State",
    ),
    ("Gustavo Petro", "ROLE", "Colombia", True, "Colombian President Gustavo Petro", "President"),
    ("Dmitry Peskov", "ROLE", "Russia", True, "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"),
    ("Vladimir Putin", "ROLE", "Russia", True, "President Vladimir Putin", "President"),
    (
        "Lin Jian",
        "ROLE",
        "China",
        True,
        "Chinese foreign ministry spokesman Lin Jian",
        "foreign ministry spokesman",
    ),
    (
        "Juan Guaido",
        "ROLE",
        "Venezuela",
        False,
        "dozens of countries recognized opposition leader Juan Guaido as interim president",
        "interim president recognized abroad (2019)",
    ),
]
