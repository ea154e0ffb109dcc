"""Gold tables for venezuela_barbados_sanctions_relief.txt."""

VE, US = "Q717", "Q30"
E = [
    (
        "Venezuela",
        "Country",
        VE,
        [
            "Caracas",
            "Venezuelan",
            "President Nicolás Maduro's government",
            "Maduro's representatives",
            "Venezuela's information ministry",
            "The comptroller-general",
            "the National Assembly",
        ],
        VE,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "The US",
            "US",
            "Washington",
            "The Treasury's Office of Foreign Assets Control",
            "Donald Trump's administration",
            "the Biden administration",
        ],
        US,
    ),
    ("Nicolás Maduro", "Person", "Q57413", ["Maduro"], VE),
    (
        "Unitary Platform",
        "Organization",
        None,
        ["the opposition Unitary Platform", "the country's main opposition coalition"],
        None,
    ),
    ("Barbados", "Country", "Q244", [], "Q244"),
    ("Bridgetown", "Location", None, [], None),
    (
        "Petróleos de Venezuela",
        "Organization",
        None,
        ["PDVSA", "the state oil company Petróleos de Venezuela"],
        None,
    ),
    ("Minerven", "Organization", None, [], None),
    ("Donald Trump", "Person", "Q22686", [], US),
    ("Joe Biden", "Person", "Q6279", ["President Joe Biden"], US),
    ("Antony Blinken", "Person", None, ["Secretary of State Antony Blinken"], US),
    ("Roland Carreño", "Person", None, ["the journalist Roland Carreño"], None),
    ("Juan Requesens", "Person", None, ["the former opposition lawmaker Juan Requesens"], None),
    ("Jorge Rodríguez", "Person", None, ["Rodríguez"], VE),
    ("Gerardo Blyde", "Person", None, [], None),
    ("European Union", "IGO", "Q458", ["the EU", "the bloc"], None),
    ("Norway", "Country", "Q20", [], "Q20"),
    ("Mia Mottley", "Person", None, ["prime minister Mia Mottley"], "Q244"),
    ("Russia", "Country", "Q159", [], "Q159"),
    ("Netherlands", "Country", "Q55", ["the Netherlands"], "Q55"),
    ("Colombia", "Country", "Q739", [], "Q739"),
    ("Mexico", "Country", "Q96", [], "Q96"),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("María Corina Machado", "Person", None, ["Machado"], None),
    ("Chevron", "Organization", None, [], None),
    ("Francisco Monaldi", "Person", None, [], None),
    ("Baker Institute", "Organization", None, ["Rice University's Baker Institute"], None),
    ("Maiquetía airport", "Location", None, [], None),
    ("Marco Rubio", "Person", None, [], None),
    ("Gustavo Petro", "Person", None, ["Colombia's president Gustavo Petro"], "Q739"),
    ("Josep Borrell", "Person", None, ["the EU's foreign policy chief Josep Borrell"], "Q458"),
    ("Michael Stott", "Person", None, [], None),
    ("Joe Daniels", "Person", None, [], None),
]

LEAD = "The US has suspended key sanctions on Venezuela's oil, gas and gold sectors"
SIGN = (
    "a day after President Nicolás Maduro's government and the country's main opposition coalition signed an "
    "agreement in Barbados"
)
OFAC = (
    "The Treasury's Office of Foreign Assets Control on Wednesday issued a general licence authorising "
    "transactions with the state oil company Petróleos de Venezuela for six months"
)
EXPECT = "Secretary of State Antony Blinken said in a statement that Washington expected Caracas"
WARN = 'If Maduro\'s representatives fail to meet those commitments, the US "will reverse the steps we have taken"'
FREED = (
    "Within hours Caracas freed five political prisoners, among them the journalist Roland Carreño and the former "
    "opposition lawmaker Juan Requesens"
)
BRIDGE = (
    "The agreement was signed in Bridgetown on Tuesday by Jorge Rodríguez, president of the National Assembly and "
    "Maduro's chief negotiator, and Gerardo Blyde, who heads the delegation of the opposition Unitary Platform"
)
NORWAY = "Norway, which has facilitated the talks since 2021, organised the signing together with Barbados"
DIPLO = (
    "Diplomats from Russia and the Netherlands, which accompany the process on behalf of the government and the "
    "opposition respectively, attended, as did envoys from Colombia, Mexico and Brazil"
)
BAN = "The comptroller-general barred her from holding public office for 15 years in June, a ban she calls illegal"
FLIGHTS = "Caracas agreed this month to accept deportation flights from the US for the first time in years"
RUBIO = 'Marco Rubio, the Florida senator, accused the Biden administration of throwing Maduro "an economic lifeline"'
PETRO = "Colombia's president Gustavo Petro, who hosted an international conference on Venezuela in April, welcomed the agreement"
BORRELL = "as did the EU's foreign policy chief Josep Borrell"
V = [
    ("United States", "CONCEDE", "Venezuela", True, LEAD, "sanctions eased"),
    ("Venezuela", "AGREE", "Unitary Platform", True, SIGN, "Barbados agreement"),
    ("Nicolás Maduro", "AGREE", "Unitary Platform", False, SIGN, "'Maduro's government'"),
    ("United States", "CONCEDE", "Venezuela", True, OFAC, "General licence, six months"),
    ("United States", "CONCEDE", "Petróleos de Venezuela", True, OFAC, "PDVSA transactions authorised"),
    (
        "United States",
        "CONCEDE",
        "Minerven",
        False,
        "A separate licence allows dealings with Minerven",
        "implicit source",
    ),
    (
        "United States",
        "SANCTION",
        "Venezuela",
        False,
        'the "maximum pressure" campaign that Donald Trump\'s administration launched in 2019',
        "background noun phrase",
    ),
    (
        "Antony Blinken",
        "REQUEST",
        "Venezuela",
        True,
        EXPECT,
        "reinstate candidates, free prisoners by end-November",
    ),
    ("United States", "REQUEST", "Venezuela", False, EXPECT, "'Washington expected Caracas'"),
    ("Antony Blinken", "THREATEN", "Venezuela", True, WARN, "reverse the relief"),
    ("United States", "THREATEN", "Venezuela", False, WARN, ""),
    ("Venezuela", "RETREAT", "Roland Carreño", True, FREED, "release"),
    ("Venezuela", "RETREAT", "Juan Requesens", True, FREED, "release"),
    ("Jorge Rodríguez", "AGREE", "Gerardo Blyde", True, BRIDGE, "signing"),
    ("Jorge Rodríguez", "AGREE", "Unitary Platform", False, BRIDGE, ""),
    (
        "Venezuela",
        "COOPERATE",
        "European Union",
        False,
        "It commits both sides to an election with international observers, including a mission from the EU",
        "EU observers envisaged",
    ),
    ("Norway", "CONSULT", "Venezuela", True, NORWAY, "facilitator, third-party"),
    ("Norway", "CONSULT", "Unitary Platform", True, NORWAY, "facilitator, third-party"),
    ("Barbados", "CONSULT", "Venezuela", True, NORWAY, "host"),
    ("Barbados", "CONSULT", "Unitary Platform", True, NORWAY, "host"),
    ("Norway", "COOPERATE", "Barbados", False, NORWAY, "co-organisers"),
    (
        "Mia Mottley",
        "CONSULT",
        "Venezuela",
        False,
        "whose prime minister Mia Mottley offered the island as a venue",
        "offered venue",
    ),
    ("Russia", "CONSULT", "Venezuela", True, DIPLO, "accompanying country for the government"),
    ("Netherlands", "CONSULT", "Unitary Platform", True, DIPLO, "accompanying country for the opposition"),
    ("Russia", "SUPPORT", "Venezuela", False, DIPLO, ""),
    ("Netherlands", "SUPPORT", "Unitary Platform", False, DIPLO, ""),
    ("Colombia", "CONSULT", "Venezuela", False, DIPLO, "attended signing"),
    ("Mexico", "CONSULT", "Venezuela", False, DIPLO, "attended signing"),
    ("Brazil", "CONSULT", "Venezuela", False, DIPLO, "attended signing"),
    ("Venezuela", "COERCE", "María Corina Machado", True, BAN, "15-year ban from office"),
    ("María Corina Machado", "ACCUSE", "Venezuela", True, BAN, "calls ban illegal"),
    (
        "Jorge Rodríguez",
        "REJECT",
        "María Corina Machado",
        False,
        "Those who are disqualified remain disqualified.",
        "implicit refusal to lift the ban",
    ),
    (
        "María Corina Machado",
        "REQUEST",
        "Venezuela",
        True,
        "demanded that the government lift the ban",
        "lift ban",
    ),
    (
        "María Corina Machado",
        "REJECT",
        "Venezuela",
        False,
        "Nobody is going to choose our candidate for us",
        "",
    ),
    (
        "United States",
        "CONCEDE",
        "Chevron",
        False,
        "Chevron, operating under a narrower licence since last November",
        "licence, background",
    ),
    (
        "Chevron",
        "COOPERATE",
        "Venezuela",
        False,
        "Chevron, operating under a narrower licence since last November",
        "operates in Venezuela, implied",
    ),
    (
        "Nicolás Maduro",
        "REJECT",
        "María Corina Machado",
        False,
        "my guess is he will try very hard not to",
        "analyst's guess",
    ),
    ("Venezuela", "AGREE", "United States", True, FLIGHTS, "accept deportation flights"),
    ("Venezuela", "COOPERATE", "United States", False, FLIGHTS, ""),
    ("Marco Rubio", "ACCUSE", "United States", True, RUBIO, "domestic critic"),
    ("Marco Rubio", "ACCUSE", "Joe Biden", False, RUBIO, ""),
    ("Gustavo Petro", "SUPPORT", "Venezuela", True, PETRO, "welcomed agreement"),
    ("Gustavo Petro", "SUPPORT", "Unitary Platform", False, PETRO, "welcomed agreement"),
    ("Gustavo Petro", "CONSULT", "Venezuela", False, PETRO, "conference on Venezuela, background"),
    ("Josep Borrell", "SUPPORT", "Venezuela", True, BORRELL, "welcomed agreement"),
    ("Josep Borrell", "SUPPORT", "Unitary Platform", False, BORRELL, "welcomed agreement"),
    (
        "European Union",
        "COOPERATE",
        "Venezuela",
        False,
        "the bloc stood ready to consider an observation mission",
        "conditional",
    ),
    (
        "Nicolás Maduro",
        "ACCUSE",
        "United States",
        False,
        'Maduro hailed the deal on state television as a victory over "imperialist" sanctions',
        "implicit target",
    ),
    (
        "Nicolás Maduro",
        "REQUEST",
        "United States",
        False,
        'insisted the lifting "must be total and permanent"',
        "implicit target",
    ),
    (
        "Nicolás Maduro",
        "REJECT",
        "United States",
        True,
        "in a remark aides said was aimed at Washington's November deadline",
        "'will not accept blackmail'",
    ),
    (
        "Nicolás Maduro",
        "ACCUSE",
        "United States",
        False,
        'Venezuela "will not accept blackmail from anyone", he said',
        "blackmail",
    ),
    ("Nicolás Maduro", "ROLE", "Venezuela", True, "President Nicolás Maduro's government", "President"),
    ("Joe Biden", "ROLE", "United States", True, "President Joe Biden", "President"),
    (
        "Antony Blinken",
        "ROLE",
        "United States",
        True,
        "Secretary of State Antony Blinken",
        "Secretary of State",
    ),
    (
        "Jorge Rodríguez",
        "ROLE",
        "Venezuela",
        True,
        "Jorge Rodríguez, president of the National Assembly and Maduro's chief negotiator",
        "President of the National Assembly; chief negotiator",
    ),
    (
        "Gerardo Blyde",
        "ROLE",
        "Unitary Platform",
        True,
        "Gerardo Blyde, who heads the delegation of the opposition Unitary Platform",
        "head of delegation",
    ),
    ("Mia Mottley", "ROLE", "Barbados", True, "whose prime minister Mia Mottley", "Prime Minister"),
    (
        "Francisco Monaldi",
        "ROLE",
        "Baker Institute",
        True,
        "Francisco Monaldi, a Venezuela energy expert at Rice University's Baker Institute",
        "energy expert",
    ),
    ("Marco Rubio", "ROLE", "United States", True, "Marco Rubio, the Florida senator", "Senator for Florida"),
    ("Gustavo Petro", "ROLE", "Colombia", True, "Colombia's president Gustavo Petro", "President"),
    (
        "Josep Borrell",
        "ROLE",
        "European Union",
        True,
        "the EU's foreign policy chief Josep Borrell",
        "foreign policy chief",
    ),
]
