"""Gold tables for black_sea_grain_exit.txt."""

RU, UA, TR, US, EU, UN = "Q159", "Q212", "Q43", "Q30", "Q458", "Q1065"
E = [
    (
        "Russia",
        "Country",
        RU,
        [
            "Moscow",
            "Russian",
            "Russia's foreign ministry",
            "The ministry",
            "Russia's National Anti-Terrorist Committee",
            "Russia's investigators",
            "the defence ministry in Moscow",
        ],
        RU,
    ),
    (
        "Ukraine",
        "Country",
        UA,
        ["Ukrainian", "Kyiv regime", "the SBU security service", "SBU", "two Ukrainian naval drones"],
        UA,
    ),
    (
        "Black Sea Grain Initiative",
        "Event",
        None,
        [
            "the Black Sea grain initiative",
            "the grain deal",
            "the grain corridor",
            "the deal",
            "the agreements",
        ],
        None,
    ),
    ("Dmitry Peskov", "Person", None, ["Kremlin spokesperson Dmitry Peskov", "Peskov"], RU),
    ("Kerch bridge", "Location", None, ["the Kerch bridge"], None),
    ("Crimea", "Location", None, [], None),
    ("United Nations", "IGO", UN, ["UN", "the UN"], None),
    ("Turkey", "Country", TR, ["Turkish", "Ankara"], TR),
    (
        "António Guterres",
        "Person",
        None,
        ["The UN secretary general, António Guterres", "Guterres", "the UN secretary general"],
        "United Nations",
    ),
    ("Volodymyr Zelenskiy", "Person", "Q3874799", ["Zelenskiy", "the Ukrainian president"], UA),
    (
        "Vladimir Putin",
        "Person",
        "Q7747",
        ["Putin", "President Putin", "my friend Putin", "the Russian leader"],
        RU,
    ),
    ("Antony Blinken", "Person", None, ["The US secretary of state, Antony Blinken"], US),
    ("United States", "Country", US, ["US", "the US"], US),
    (
        "Ursula von der Leyen",
        "Person",
        None,
        ["The European Commission president, Ursula von der Leyen"],
        "European Union",
    ),
    ("European Union", "IGO", EU, ["the EU", "EU", "The European Commission"], None),
    ("Poland", "Country", "Q36", [], "Q36"),
    ("Hungary", "Country", "Q28", [], "Q28"),
    ("Recep Tayyip Erdoğan", "Person", None, ["Turkish president Recep Tayyip Erdoğan"], TR),
    ("Istanbul", "Location", None, [], None),
    ("Rosselkhozbank", "Organization", None, ["the state-owned Rosselkhozbank"], None),
    ("Swift", "Organization", None, ["the Swift payments system"], None),
    ("Martin Belam", "Person", None, [], None),
    ("Léonie Chao-Fong", "Person", None, [], None),
]

SUSP = (
    "Russia has suspended its participation in the Black Sea grain initiative, the UN- and Turkish-brokered deal that "
    "allowed Ukraine to ship grain from its ports despite the war."
)
PES = 'Kremlin spokesperson Dmitry Peskov said the agreements "have effectively ended today"'
BLAME = "Moscow blamed Ukraine."
REG = 'said he "deeply regrets" the decision'
LET = (
    "In his evening address the Ukrainian president said he had sent letters to the president of Turkey and the UN "
    "secretary general proposing that the corridor keep running under a joint guarantee."
)
BLK = "millions of people in Africa and Asia will pay the price for Putin's blackmail"
GUAR = (
    "Russia's foreign ministry has issued a statement saying it is withdrawing the security guarantees it gave to "
    "merchant ships in the north-western part of the Black Sea"
)
BLI = 'The US secretary of state, Antony Blinken, has called the move "unconscionable".'
BLI2 = (
    'he said Russia was "weaponising food" and that the US would work with partners to get Ukrainian grain to world '
    "markets by other routes"
)
VDL = (
    'The European Commission president, Ursula von der Leyen, has condemned what she called "Russia\'s cynical move" '
    'and pledged that the EU would keep its "solidarity lanes" open for Ukrainian exports by rail, road and river.'
)
POHU = (
    "Poland and Hungary, however, have made clear they want the EU's ban on Ukrainian grain sales in their own "
    "markets extended beyond September."
)
ERD = '"I believe my friend Putin wants the continuation of this humanitarian bridge," he told reporters in Ankara'
ERD2 = "he would discuss the issue with the Russian leader in person when he visits Turkey in August"
GUT = 'Guterres said Russia\'s decision "will strike a blow to people in need everywhere"'
GUT2 = "he would continue efforts to ensure that Russian food and fertiliser reach world markets as well"
MEMO = (
    "Under a separate memorandum signed alongside the grain deal, the UN promised to help Moscow overcome obstacles "
    "to its own agricultural exports."
)
SWIFT = (
    "Russia has repeatedly demanded that the state-owned Rosselkhozbank be reconnected to the Swift payments system, "
    "a demand the EU has so far refused."
)
NAC = (
    "Russia's National Anti-Terrorist Committee said the Kerch bridge was hit by two Ukrainian naval drones at about "
    "3am."
)
SBU = (
    "a source in the SBU security service told Ukrainian media that the attack was a special operation of the SBU and "
    "the navy"
)
INV = 'Russia\'s investigators later said they had identified the "Kyiv regime" as responsible.'
RESP = 'Putin promised a response, and the defence ministry in Moscow said it was preparing "retaliatory measures".'
SIGN = (
    "The Black Sea grain initiative, signed in Istanbul in July 2022 by Russia and Ukraine in separate agreements "
    "with Turkey and the UN, expires at midnight Istanbul time tonight."
)
V = [
    ("Russia", "SANCTION", "Ukraine", True, SUSP, "suspends grain deal"),
    ("Russia", "SANCTION", "United Nations", False, SUSP, "deal brokered by UN"),
    ("Russia", "SANCTION", "Turkey", False, SUSP, "deal brokered by Turkey"),
    ("United Nations", "CONSULT", "Ukraine", False, SUSP, "brokered, noun phrase"),
    ("Turkey", "CONSULT", "Ukraine", False, SUSP, "brokered, noun phrase"),
    ("Dmitry Peskov", "SANCTION", "Ukraine", False, PES, "announcer"),
    ("Russia", "ACCUSE", "Ukraine", True, BLAME, "bridge attack"),
    ("Ukraine", "ASSAULT", "Kerch bridge", False, NAC, "Russian claim; 2 killed"),
    ("Ukraine", "ASSAULT", "Russia", False, NAC, "Russian claim"),
    ("Russia", "ACCUSE", "Ukraine", True, NAC, "naval drones"),
    ("Ukraine", "ASSAULT", "Kerch bridge", False, SBU, "anonymous source"),
    (
        "Russia",
        "ACCUSE",
        "Ukraine",
        False,
        "It has opened a criminal case into what it called a terrorist act.",
        "investigation, target implicit",
    ),
    ("Russia", "ACCUSE", "Ukraine", True, INV, ""),
    ("Vladimir Putin", "THREATEN", "Ukraine", True, RESP, "promised a response"),
    ("Russia", "THREATEN", "Ukraine", True, RESP, "retaliatory measures"),
    ("António Guterres", "ACCUSE", "Russia", False, REG, "regret"),
    ("Volodymyr Zelenskiy", "REQUEST", "Turkey", True, LET, "letter proposing joint guarantee"),
    ("Volodymyr Zelenskiy", "REQUEST", "António Guterres", True, LET, "letter proposing joint guarantee"),
    ("Volodymyr Zelenskiy", "ACCUSE", "Vladimir Putin", True, BLK, "'blackmail'"),
    ("Russia", "THREATEN", "Ukraine", False, GUAR, "read by the blogger as a warning to shipping"),
    ("Russia", "SANCTION", "Ukraine", False, GUAR, "security guarantees withdrawn"),
    ("Antony Blinken", "ACCUSE", "Russia", True, BLI, "'unconscionable'"),
    ("Antony Blinken", "ACCUSE", "Russia", True, BLI2, "'weaponising food'"),
    ("United States", "COOPERATE", "Ukraine", False, BLI2, "future, vague"),
    ("Ursula von der Leyen", "ACCUSE", "Russia", True, VDL, "'cynical move'"),
    ("Ursula von der Leyen", "SUPPORT", "Ukraine", True, VDL, "pledge on solidarity lanes"),
    ("European Union", "COOPERATE", "Ukraine", False, VDL, "solidarity lanes"),
    ("Poland", "REQUEST", "European Union", True, POHU, "extend import ban"),
    ("Hungary", "REQUEST", "European Union", True, POHU, "extend import ban"),
    ("European Union", "SANCTION", "Ukraine", False, POHU, "ban on grain sales, noun phrase"),
    ("Recep Tayyip Erdoğan", "SUPPORT", "Vladimir Putin", False, ERD, "'my friend'"),
    ("Recep Tayyip Erdoğan", "CONSULT", "Vladimir Putin", False, ERD2, "planned visit"),
    ("António Guterres", "ACCUSE", "Russia", True, GUT, ""),
    ("António Guterres", "COOPERATE", "Russia", False, GUT2, "Russian exports"),
    ("United Nations", "AGREE", "Russia", True, MEMO, "memorandum"),
    ("United Nations", "COOPERATE", "Russia", False, MEMO, "promise of help"),
    ("Russia", "REQUEST", "European Union", True, SWIFT, "reconnect Rosselkhozbank"),
    ("European Union", "REJECT", "Russia", True, SWIFT, "demand refused"),
    ("European Union", "SANCTION", "Rosselkhozbank", False, SWIFT, "disconnection implied"),
    ("Russia", "AGREE", "Turkey", True, SIGN, "July 2022"),
    ("Russia", "AGREE", "United Nations", True, SIGN, "July 2022"),
    ("Ukraine", "AGREE", "Turkey", True, SIGN, "July 2022"),
    ("Ukraine", "AGREE", "United Nations", True, SIGN, "July 2022"),
    ("Dmitry Peskov", "ROLE", "Russia", True, PES, "Kremlin spokesperson"),
    (
        "António Guterres",
        "ROLE",
        "United Nations",
        True,
        "The UN secretary general, António Guterres",
        "secretary general",
    ),
    ("Volodymyr Zelenskiy", "ROLE", "Ukraine", True, LET, "president"),
    ("Antony Blinken", "ROLE", "United States", True, BLI, "secretary of state"),
    ("Ursula von der Leyen", "ROLE", "European Union", True, VDL, "European Commission president"),
    (
        "Recep Tayyip Erdoğan",
        "ROLE",
        "Turkey",
        True,
        "Turkish president Recep Tayyip Erdoğan, whose government helped broker the deal",
        "president",
    ),
    (
        "Vladimir Putin",
        "ROLE",
        "Russia",
        True,
        '"Even before the attack, President Putin had stated our position," he said.',
        "President",
    ),
]
