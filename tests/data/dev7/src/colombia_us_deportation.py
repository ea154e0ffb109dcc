"""Gold tables for colombia_us_deportation (Le Monde English edition)."""

from gold import build

CO, US = "Q739", "Q30"
E = [
    (
        "Colombia",
        "Country",
        CO,
        [
            "Colombian",
            "Bogotá",
            "the Colombian government",
            "Colombian Air Force",
            "the Colombian army",
            "the government",
        ],
        None,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "US",
            "Washington",
            "the United States",
            "American",
            "The Trump administration",
            "White House",
            "US officials",
        ],
        None,
    ),
    ("Brazil", "Country", "Q155", ["Brazilian", "Brazil's foreign ministry"], None),
    ("Mexico", "Country", "Q96", [], None),
    ("Honduras", "Country", "Q783", ["Honduran"], None),
    (
        "Community of Latin American and Caribbean States",
        "IGO",
        None,
        ["the Community of Latin American and Caribbean States", "CELAC", "the bloc"],
        None,
    ),
    ("Truth Social", "Organization", None, [], None),
    ("X", "Organization", None, [], None),
    ("Plan Colombia", "Event", None, [], None),
    (
        "Gustavo Petro",
        "Person",
        None,
        ["Mr Petro", "Petro", "The Colombian president", "the former guerrilla"],
        CO,
    ),
    (
        "Donald Trump",
        "Person",
        "Q22686",
        ["the US president", "President Trump", "his American counterpart"],
        US,
    ),
    ("Marco Rubio", "Person", "Q324546", ["Secretary of State Marco Rubio"], US),
    ("Karoline Leavitt", "Person", None, ["White House Press Secretary Karoline Leavitt"], US),
    ("Luis Gilberto Murillo", "Person", None, [], CO),
    ("Claudia Sheinbaum", "Person", None, ["President Claudia Sheinbaum"], "Q96"),
    ("Xiomara Castro", "Person", None, ["Honduran President Xiomara Castro"], "Q783"),
    ("Iván Duque", "Person", None, ["Former president Iván Duque"], None),
    ("Manaus", "Location", None, [], None),
    ("South America", "Location", None, [], None),
]

REFUSE = (
    "the Colombian president announced on X that he had refused permission for two US Air Force C-17 aircraft "
    "carrying around 160 Colombian deportees to land in Bogotá"
)
TURN = "The Colombian president turned back two US military planes carrying deported migrants"
TARIFF = 'Donald Trump announced "emergency" 25% tariffs on all Colombian goods entering the United States'
TERMS = (
    'White House Press Secretary Karoline Leavitt said the Colombian government had "agreed to all of President '
    "Trump's terms"
)
RESERVE = (
    'The tariffs, she added, would be held "in reserve" and would be imposed if Colombia failed to honour '
    "the agreement"
)
BRAZIL = (
    "Brazil's foreign ministry summoned the US chargé d'affaires on Monday to demand explanations after "
    'Brazilian deportees arrived in Manaus in handcuffs, denouncing "degrading treatment."'
)
CASTRO = (
    "Honduran President Xiomara Castro, who holds the rotating presidency of the Community of Latin American "
    "and Caribbean States (CELAC)"
)
V = [
    ("Gustavo Petro", "REJECT", "United States", True, TURN, "deportation flights turned back"),
    ("Gustavo Petro", "COERCE", "United States", False, TURN),
    (
        "Gustavo Petro",
        "CONCEDE",
        "United States",
        True,
        "before backing down in the face of punitive tariffs",
        "backed down",
    ),
    ("Gustavo Petro", "REJECT", "United States", True, REFUSE, "landing refused"),
    (
        "Gustavo Petro",
        "REJECT",
        "United States",
        True,
        "I will not allow US planes carrying Colombian migrants to land in our territory.",
    ),
    (
        "Gustavo Petro",
        "REQUEST",
        "United States",
        False,
        "A migrant is not a criminal and must be treated with the dignity a human being deserves",
    ),
    ("Donald Trump", "SANCTION", "Colombia", True, TARIFF, "25% tariffs, travel ban, visa revocations"),
    (
        "Donald Trump",
        "THREATEN",
        "Colombia",
        True,
        "to be raised to 50% within a week",
        "tariff increase threatened",
    ),
    (
        "Donald Trump",
        "SANCTION",
        "Colombia",
        True,
        "as well as a travel ban and the immediate revocation of visas for Colombian government officials and their families",
    ),
    (
        "Marco Rubio",
        "SANCTION",
        "Colombia",
        True,
        "Secretary of State Marco Rubio ordered the suspension of visa processing at the US embassy in Bogotá",
        "visa processing suspended",
    ),
    (
        "Donald Trump",
        "THREATEN",
        "Colombia",
        True,
        '"These measures are just the beginning," the US president wrote',
    ),
    (
        "Donald Trump",
        "ACCUSE",
        "Gustavo Petro",
        True,
        'accusing Mr Petro of having "jeopardized the National Security and Public Safety of the United States."',
    ),
    (
        "Gustavo Petro",
        "SANCTION",
        "United States",
        True,
        "He ordered his trade minister to raise tariffs on US imports by 25%",
        "retaliatory tariffs",
    ),
    (
        "Gustavo Petro",
        "REJECT",
        "Donald Trump",
        False,
        'told his American counterpart: "Your blockade does not frighten me."',
    ),
    (
        "Gustavo Petro",
        "ACCUSE",
        "Donald Trump",
        False,
        'told his American counterpart: "Your blockade does not frighten me."',
    ),
    (
        "Gustavo Petro",
        "ACCUSE",
        "United States",
        True,
        'He accused the United States of treating Latin Americans "like slaves"',
    ),
    ("Colombia", "CONCEDE", "United States", True, "But by Sunday evening, Bogotá had given in."),
    ("Colombia", "AGREE", "United States", True, TERMS, "accepts deportation flights"),
    ("Colombia", "CONCEDE", "Donald Trump", False, TERMS),
    ("Karoline Leavitt", "THREATEN", "Colombia", True, RESERVE, "tariffs in reserve"),
    (
        "Karoline Leavitt",
        "SANCTION",
        "Colombia",
        False,
        "the visa sanctions would remain in force until the first flight arrived",
    ),
    (
        "Luis Gilberto Murillo",
        "CONSULT",
        "United States",
        False,
        "he would travel to Washington in the coming days",
        "planned visit",
    ),
    (
        "Colombia",
        "COOPERATE",
        "United States",
        False,
        "Colombia sent Colombian Air Force planes to collect the migrants",
        "repatriation flights",
    ),
    ("Colombia", "ALLY", "United States", True, "Colombia is Washington's closest partner in South America"),
    (
        "United States",
        "AID",
        "Colombia",
        True,
        "received billions of dollars in US military aid under Plan Colombia",
        "military aid",
    ),
    ("Brazil", "REQUEST", "United States", True, BRAZIL, "explanations demanded"),
    ("Brazil", "ACCUSE", "United States", True, BRAZIL, "degrading treatment"),
    ("Brazil", "CONSULT", "United States", False, BRAZIL, "envoy summoned"),
    (
        "Mexico",
        "AGREE",
        "United States",
        True,
        "Mexico, on the other hand, has agreed to accept deportation flights",
    ),
    (
        "Claudia Sheinbaum",
        "REJECT",
        "United States",
        False,
        "President Claudia Sheinbaum refused to let a US military aircraft land last week, according to US officials",
        "attributed to US officials",
    ),
    (
        "Xiomara Castro",
        "CONSULT",
        "Community of Latin American and Caribbean States",
        False,
        "called an emergency meeting of the bloc's foreign ministers for Thursday to discuss migration",
        "meeting called then cancelled",
    ),
    ("Honduras", "MEMBER_OF", "Community of Latin American and Caribbean States", False, CASTRO, "implied"),
    (
        "Iván Duque",
        "ACCUSE",
        "Gustavo Petro",
        True,
        'Former president Iván Duque called it "an act of irresponsibility"',
    ),
    (
        "Colombia",
        "COOPERATE",
        "United States",
        False,
        "the flower and coffee sectors, for which the United States is the main market",
        "trade",
    ),
    ("Gustavo Petro", "ROLE", "Colombia", True, "the Colombian president announced on X", "President"),
    (
        "Donald Trump",
        "ROLE",
        "United States",
        True,
        "the US president wrote on his Truth Social platform",
        "President",
    ),
    ("Marco Rubio", "ROLE", "United States", True, "Secretary of State Marco Rubio", "Secretary of State"),
    (
        "Karoline Leavitt",
        "ROLE",
        "United States",
        True,
        "White House Press Secretary Karoline Leavitt",
        "White House Press Secretary",
    ),
    (
        "Luis Gilberto Murillo",
        "ROLE",
        "Colombia",
        True,
        "Colombia's foreign minister, Luis Gilberto Murillo",
        "foreign minister",
    ),
    (
        "Claudia Sheinbaum",
        "ROLE",
        "Mexico",
        True,
        "Mexico, on the other hand, has agreed to accept deportation flights, although President Claudia Sheinbaum",
        "President",
    ),
    ("Xiomara Castro", "ROLE", "Honduras", True, "Honduran President Xiomara Castro", "President"),
    (
        "Xiomara Castro",
        "ROLE",
        "Community of Latin American and Caribbean States",
        True,
        CASTRO,
        "rotating president",
    ),
    ("Iván Duque", "ROLE", "Colombia", False, "Former president Iván Duque", "former president"),
]

if __name__ == "__main__":
    print(build("colombia_us_deportation", E, V))
