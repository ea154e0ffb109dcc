"""Gold tables for ecuador_russia_bananas.txt."""

EC, RU, US, UA = "Q736", "Q159", "Q30", "Q212"
E = [
    (
        "Russia",
        "Country",
        RU,
        [
            "Moscow",
            "Russian",
            "Russia's agricultural watchdog",
            "The Federal Service for Veterinary and Phytosanitary Surveillance",
            "Rosselkhoznadzor",
            "Russian authorities",
            "The Russians",
        ],
        RU,
    ),
    (
        "Ecuador",
        "Country",
        EC,
        ["Quito", "Ecuadorian", "Ecuador's armed forces", "the agriculture ministry"],
        EC,
    ),
    ("Daniel Noboa", "Person", None, ["President Daniel Noboa", "Noboa"], EC),
    (
        "United States",
        "Country",
        US,
        ["the United States", "Washington", "American", "US Southern Command"],
        US,
    ),
    ("Maria Zakharova", "Person", None, ["Foreign Ministry spokeswoman Maria Zakharova"], RU),
    ("Vladimir Sprinchan", "Person", None, ["Russia's ambassador in Quito, Vladimir Sprinchan"], RU),
    ("El Universo", "Organization", None, ["the newspaper El Universo"], None),
    ("Ukraine", "Country", UA, ["Kyiv"], UA),
    ("Laura Richardson", "Person", None, ["General Laura Richardson"], US),
    ("European Union", "IGO", "Q458", [], None),
    ("José Antonio Hidalgo", "Person", None, [], None),
    ("Association of Banana Exporters of Ecuador", "Organization", None, ["AEBE"], None),
    ("Guayaquil", "Location", None, [], None),
    ("Gabriela Sommerfeld", "Person", None, ["Ecuador's Foreign Minister Gabriela Sommerfeld"], EC),
    ("CNN", "Organization", None, [], None),
    ("Sonsoles García", "Person", None, ["Production Minister Sonsoles García"], EC),
    ("Peru", "Country", "Q419", [], "Q419"),
    ("Colombia", "Country", "Q739", [], "Q739"),
    ("Argentina", "Country", "Q414", [], "Q414"),
    ("Javier Milei", "Person", None, ["Argentina's President Javier Milei"], "Q414"),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("Yuriy Klymenko", "Person", None, ["Ukraine's ambassador to Argentina, Yuriy Klymenko"], UA),
    ("Sebastián Hurtado", "Person", None, [], None),
    ("Prófitas", "Organization", None, ["the consulting firm Prófitas"], None),
]

LEAD = "Russia's agricultural watchdog has suspended banana imports from five Ecuadorian exporters"
SWAP = (
    "days after President Daniel Noboa announced that Ecuador would hand over Russian-made military hardware to "
    "the United States in exchange for new American equipment"
)
PEST = "it was also tightening checks on Ecuadorian carnations"
RADIO = (
    "In mid-January Noboa told a local radio station that Ecuador's armed forces would give Washington weapons and "
    "equipment of Russian and Soviet origin"
)
RETURN = "In return, the United States would supply modern equipment worth about 200 million dollars to help Ecuador"
ZAK = (
    "Foreign Ministry spokeswoman Maria Zakharova said last week that any transfer of the equipment to a third "
    "country without Russia's consent would be a \"gross violation\" of Ecuador's contractual obligations and warned "
    'that it would have "consequences" for bilateral relations'
)
SPR = "accused Washington of seeking to arm Ukraine at the expense of Latin American countries"
RICH = (
    'General Laura Richardson, the head of US Southern Command, praised Ecuador\'s "courage" during a visit to Quito '
    "in January, when she also announced donations of vehicles and protective gear for the police"
)
MARKET = "Russia buys roughly a fifth of Ecuador's banana exports"
HID = (
    'urged the government to settle the dispute through diplomatic channels "before the damage becomes '
    'irreversible" and asked Rosselkhoznadzor to send inspectors to Guayaquil to verify the plantations'
)
SOM = (
    "Ecuador's Foreign Minister Gabriela Sommerfeld said the government had asked Russia for technical explanations "
    "and that a delegation of the agriculture ministry would travel to Moscow"
)
CNN = "Noboa said Ecuador would not send the equipment if doing so breached its agreements with Russia"
GAR = (
    "Production Minister Sonsoles García, meanwhile, said she expected Rosselkhoznadzor to lift the restrictions "
    '"in the coming days"'
)
TALKS = 'talks with Russian authorities had been "constructive"'
ENC = (
    "Washington has encouraged several of them to hand over such equipment so that it can be refurbished and passed "
    "on to Kyiv"
)
MILEI = "Argentina's President Javier Milei has publicly aligned his government with Ukraine"
KLY = (
    "Ukraine's ambassador to Argentina, Yuriy Klymenko, praised Noboa's January announcement as a \"principled "
    'position"'
)
V = [
    ("Russia", "SANCTION", "Ecuador", True, LEAD, "banana imports from five exporters suspended"),
    ("Russia", "COERCE", "Ecuador", False, LEAD, "alternative: restrict/ban"),
    ("Daniel Noboa", "AGREE", "United States", True, SWAP, "announced equipment swap"),
    ("Daniel Noboa", "COOPERATE", "United States", False, SWAP, "planned transfer"),
    ("Russia", "SANCTION", "Ecuador", True, PEST, "tighter checks on carnations"),
    (
        "Russia",
        "ACCUSE",
        "Ecuador",
        False,
        "it had found a dangerous pest, the fly Musca domestica, in shipments from the five companies",
        "phytosanitary allegation",
    ),
    ("Ecuador", "COOPERATE", "United States", False, RADIO, "planned transfer of Soviet-era equipment"),
    ("Daniel Noboa", "AGREE", "United States", False, RADIO, "announcement"),
    ("United States", "AID", "Ecuador", False, RETURN, "planned, ~$200m equipment"),
    ("Maria Zakharova", "THREATEN", "Ecuador", True, ZAK, "'consequences' for relations"),
    ("Maria Zakharova", "ACCUSE", "Ecuador", False, ZAK, "conditional 'gross violation'"),
    ("Vladimir Sprinchan", "ACCUSE", "United States", True, SPR, ""),
    ("United States", "AID", "Ukraine", False, SPR, "alleged"),
    (
        "Vladimir Sprinchan",
        "REJECT",
        "Daniel Noboa",
        False,
        'the helicopters were "certainly not scrap"',
        "rebuts Noboa's 'scrap metal'",
    ),
    ("Laura Richardson", "SUPPORT", "Ecuador", True, RICH, "praise"),
    ("Laura Richardson", "CONSULT", "Ecuador", True, RICH, "visit to Quito"),
    ("Laura Richardson", "AID", "Ecuador", True, RICH, "vehicles, protective gear"),
    ("Russia", "COOPERATE", "Ecuador", False, MARKET, "trade, ~1/5 of banana exports"),
    (
        "European Union",
        "COOPERATE",
        "Ecuador",
        False,
        "making it the biggest single market for the country's leading agricultural product after the European Union",
        "trade",
    ),
    ("José Antonio Hidalgo", "REQUEST", "Ecuador", True, HID, "settle dispute"),
    ("José Antonio Hidalgo", "REQUEST", "Russia", True, HID, "send inspectors"),
    ("Ecuador", "REQUEST", "Russia", True, SOM, "technical explanations"),
    ("Gabriela Sommerfeld", "REQUEST", "Russia", False, SOM, "speaker"),
    ("Ecuador", "CONSULT", "Russia", False, SOM, "planned delegation to Moscow"),
    (
        "Ecuador",
        "CONCEDE",
        "Russia",
        False,
        "By Thursday the government appeared to be backing away from the swap",
        "hedged",
    ),
    ("Daniel Noboa", "CONCEDE", "Russia", False, CNN, "conditional climb-down"),
    ("Daniel Noboa", "REJECT", "United States", False, CNN, "conditional"),
    ("Russia", "CONCEDE", "Ecuador", False, GAR, "expected lifting"),
    ("Sonsoles García", "CONSULT", "Russia", True, TALKS, "talks"),
    ("Ecuador", "CONSULT", "Russia", False, TALKS, ""),
    ("United States", "REQUEST", "Peru", False, ENC, "'several of them, from Peru to Colombia'"),
    ("United States", "REQUEST", "Colombia", False, ENC, "'several of them, from Peru to Colombia'"),
    ("United States", "AID", "Ukraine", False, ENC, "purpose"),
    ("Javier Milei", "ALLY", "Ukraine", True, MILEI, "alignment"),
    ("Javier Milei", "SUPPORT", "Ukraine", False, MILEI, ""),
    (
        "Brazil",
        "COOPERATE",
        "Russia",
        True,
        "continues to trade with Russia despite Western sanctions",
        "trade",
    ),
    ("Yuriy Klymenko", "SUPPORT", "Daniel Noboa", True, KLY, "praise"),
    ("Yuriy Klymenko", "SUPPORT", "Ecuador", False, KLY, ""),
    (
        "Yuriy Klymenko",
        "REQUEST",
        "Ecuador",
        False,
        'Kyiv would welcome any support "from our Latin American friends"',
        "soft appeal, no named target",
    ),
    (
        "Russia",
        "SANCTION",
        "Ecuador",
        False,
        "The Russians chose the product that hurts most, and they made their point.",
        "analyst's reading",
    ),
    ("Daniel Noboa", "ROLE", "Ecuador", True, "President Daniel Noboa", "President"),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Foreign Ministry spokeswoman Maria Zakharova",
        "Foreign Ministry spokeswoman",
    ),
    (
        "Vladimir Sprinchan",
        "ROLE",
        "Russia",
        True,
        "Russia's ambassador in Quito, Vladimir Sprinchan",
        "Ambassador to Ecuador",
    ),
    (
        "Laura Richardson",
        "ROLE",
        "United States",
        True,
        "General Laura Richardson, the head of US Southern Command",
        "head of US Southern Command",
    ),
    (
        "José Antonio Hidalgo",
        "ROLE",
        "Association of Banana Exporters of Ecuador",
        True,
        "José Antonio Hidalgo, executive director of the Association of Banana Exporters of Ecuador",
        "executive director",
    ),
    (
        "Gabriela Sommerfeld",
        "ROLE",
        "Ecuador",
        True,
        "Ecuador's Foreign Minister Gabriela Sommerfeld",
        "Foreign Minister",
    ),
    (
        "Sonsoles García",
        "ROLE",
        "Ecuador",
        True,
        "Production Minister Sonsoles García",
        "Production Minister",
    ),
    ("Javier Milei", "ROLE", "Argentina", True, "Argentina's President Javier Milei", "President"),
    (
        "Yuriy Klymenko",
        "ROLE",
        "Ukraine",
        True,
        "Ukraine's ambassador to Argentina, Yuriy Klymenko",
        "Ambassador to Argentina",
    ),
    (
        "Sebastián Hurtado",
        "ROLE",
        "Prófitas",
        True,
        "Sebastián Hurtado, president of the consulting firm Prófitas",
        "president",
    ),
]
