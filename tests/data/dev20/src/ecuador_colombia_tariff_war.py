"""Gold tables for ecuador_colombia_tariff_war.txt."""

EC, CO = "Q736", "Q739"
CAN = "Andean Community"
E = [
    ("Ecuador", "Country", EC, ["Quito", "Ecuadorian"], EC),
    (
        "Colombia",
        "Country",
        CO,
        ["Bogota", "Colombian", "the Colombian government", "The Colombian Foreign Ministry"],
        CO,
    ),
    ("Daniel Noboa", "Person", None, ["Noboa", "Ecuador's President Daniel Noboa"], EC),
    ("Los Choneros", "Organization", None, [], None),
    ("Los Lobos", "Organization", None, [], None),
    ("Comandos de la Frontera", "Organization", None, ["the Comandos de la Frontera"], None),
    ("Luisa González", "Person", None, ["Luisa Gonzalez"], None),
    ("Rafael Correa", "Person", None, ["former President Rafael Correa"], None),
    ("Grace Jaramillo", "Person", None, [], None),
    ("University of British Columbia", "Organization", None, ["the University of British Columbia"], None),
    ("Diana Morales Rojas", "Person", None, ["Colombia's Trade Minister Diana Morales Rojas"], CO),
    ("Gustavo Petro", "Person", None, ["Petro", "President Gustavo Petro"], CO),
    ("Laura Sarabia", "Person", None, ["Sarabia"], CO),
    ("Edwin Palma", "Person", None, ["Colombia's Energy Minister Edwin Palma"], CO),
    ("Inés Manzano", "Person", None, ["Ines Manzano", "Energy Minister Ines Manzano"], EC),
    ("Ecopetrol", "Organization", None, ["Colombia's state oil company Ecopetrol"], None),
    ("SOTE", "Location", None, ["its SOTE pipeline"], None),
    (CAN, "IGO", None, ["the Andean Community", "CAN", "The CAN's general secretariat"], None),
    ("Bolivia", "Country", "Q750", [], "Q750"),
    ("Peru", "Country", "Q419", [], "Q419"),
    ("Gabriela Sommerfeld", "Person", None, ["Foreign Minister Gabriela Sommerfeld of Ecuador"], EC),
    ("Rumichaca", "Location", None, ["the Rumichaca crossing"], None),
    ("Ipiales", "Location", None, [], None),
    ("Sandra Borda", "Person", None, [], None),
    ("University of the Andes", "Organization", None, ["the University of the Andes"], None),
    ("Camila Ordóñez", "Person", None, [], None),
]

SINCE = "Since February 1, goods crossing from Colombia into Ecuador have paid an extra 30 percent levy"
ANNOUNCE = (
    'Ecuador\'s President Daniel Noboa announced a 30 percent "security tariff" on all imports from Colombia'
)
GANGS = (
    'he declared an "internal armed conflict" and ordered the military to neutralise about 20 criminal gangs, '
    "including Los Choneros and Los Lobos, which his government designated as terrorist organisations"
)
MORALES = (
    "Colombia's Trade Minister Diana Morales Rojas said Bogota would impose a reciprocal 30 percent tariff on "
    "Ecuadorian products, which came into force on the same day as Ecuador's"
)
CALLED = (
    'The Colombian Foreign Ministry, led by Laura Sarabia, called the measure "disproportionate" and said it '
    "violated the rules of the Andean Community"
)
SOTE = (
    "Ecuador retaliated by raising the fee it charges to transport Colombian crude through its SOTE pipeline"
)
COMPLAINT = (
    "Colombia has filed a complaint with the Andean Community (CAN), the bloc that also includes Bolivia and "
    "Peru, arguing that Ecuador's tariff breaches the free-trade zone"
)
URGED = "The CAN's general secretariat has opened a case and urged both governments to negotiate"
CALL = (
    "Foreign Minister Gabriela Sommerfeld of Ecuador and Sarabia held a video call on Monday and agreed to set up "
    "a technical working group on trade and border security"
)
V = [
    ("Ecuador", "SANCTION", "Colombia", True, SINCE, "30% tariff in force (passive)"),
    ("Ecuador", "COERCE", "Colombia", False, SINCE, "tariff as coercion"),
    ("Colombia", "SANCTION", "Ecuador", True, "Bogota has answered in kind", "reciprocal tariff"),
    ("Daniel Noboa", "SANCTION", "Colombia", True, ANNOUNCE, "30% security tariff"),
    (
        "Daniel Noboa",
        "ACCUSE",
        "Colombia",
        True,
        'accused the Colombian government of failing to show "reciprocal commitment" in the fight against drug trafficking',
        "",
    ),
    (
        "Daniel Noboa",
        "ACCUSE",
        "Colombia",
        True,
        "we cannot keep paying the price of a border that is not controlled from the other side",
        "",
    ),
    (
        "Ecuador",
        "COOPERATE",
        "Colombia",
        False,
        '"We have made every effort to cooperate with Colombia',
        "self-serving claim",
    ),
    ("Ecuador", "SANCTION", "Los Choneros", True, GANGS, "terrorist designation (Jan 2024)"),
    ("Ecuador", "SANCTION", "Los Lobos", True, GANGS, "terrorist designation (Jan 2024)"),
    ("Daniel Noboa", "ASSAULT", "Los Choneros", False, GANGS, "order to neutralise"),
    ("Daniel Noboa", "ASSAULT", "Los Lobos", False, GANGS, "order to neutralise"),
    ("Ecuador", "COERCE", "Los Choneros", False, GANGS, "designation alternative"),
    ("Ecuador", "COERCE", "Los Lobos", False, GANGS, "designation alternative"),
    (
        "Ecuador",
        "ACCUSE",
        "Colombia",
        False,
        "Quito says much of the cocaine that passes through Ecuadorian ports is produced in Colombia",
        "implicit blame",
    ),
    (
        "Ecuador",
        "ACCUSE",
        "Comandos de la Frontera",
        False,
        "armed groups such as the Comandos de la Frontera operate on both sides of the border",
        "",
    ),
    ("Diana Morales Rojas", "SANCTION", "Ecuador", True, MORALES, "reciprocal 30% tariff"),
    (
        "Gustavo Petro",
        "REJECT",
        "Daniel Noboa",
        False,
        "President Gustavo Petro rejected Noboa's accusation",
        "denial",
    ),
    (
        "Colombia",
        "COOPERATE",
        "Ecuador",
        False,
        'the two countries\' armed forces had shared intelligence "every week"',
        "Petro's claim",
    ),
    (
        "Gustavo Petro",
        "ACCUSE",
        "Daniel Noboa",
        True,
        'He accused Noboa of "using trade to fight a domestic political battle"',
        "",
    ),
    ("Colombia", "ACCUSE", "Ecuador", True, CALLED, ""),
    (
        "Edwin Palma",
        "SANCTION",
        "Ecuador",
        True,
        "ordered the suspension of electricity sales to Ecuador",
        "power exports cut",
    ),
    ("Ecuador", "SANCTION", "Colombia", True, SOTE, "pipeline fee from $3 to $30 a barrel"),
    ("Ecuador", "COERCE", "Colombia", False, SOTE, "alternative"),
    ("Colombia", "ACCUSE", "Ecuador", True, COMPLAINT, "complaint"),
    (
        "Colombia",
        "REQUEST",
        CAN,
        False,
        "Colombia has filed a complaint with the Andean Community (CAN)",
        "asks for a ruling",
    ),
    ("Bolivia", "MEMBER_OF", CAN, True, COMPLAINT, ""),
    ("Peru", "MEMBER_OF", CAN, True, COMPLAINT, ""),
    ("Colombia", "MEMBER_OF", CAN, False, COMPLAINT, "implied by 'also'"),
    ("Ecuador", "MEMBER_OF", CAN, False, COMPLAINT, "implied by 'also'"),
    (CAN, "REQUEST", "Ecuador", True, URGED, "urged to negotiate"),
    (CAN, "REQUEST", "Colombia", True, URGED, "urged to negotiate"),
    (CAN, "ACCUSE", "Ecuador", False, URGED, "opened a case (investigate)"),
    ("Ecuador", "REJECT", "Colombia", False, "Ecuador has rejected the complaint", "dismissal"),
    ("Gabriela Sommerfeld", "CONSULT", "Laura Sarabia", True, CALL, "video call"),
    ("Gabriela Sommerfeld", "AGREE", "Laura Sarabia", True, CALL, "working group"),
    ("Daniel Noboa", "ROLE", "Ecuador", True, "Ecuador's President Daniel Noboa", "President"),
    ("Rafael Correa", "ROLE", "Ecuador", False, "former President Rafael Correa", "former President"),
    (
        "Grace Jaramillo",
        "ROLE",
        "University of British Columbia",
        True,
        "Grace Jaramillo, a political scientist at the University of British Columbia",
        "political scientist",
    ),
    (
        "Diana Morales Rojas",
        "ROLE",
        "Colombia",
        True,
        "Colombia's Trade Minister Diana Morales Rojas",
        "Trade Minister",
    ),
    ("Gustavo Petro", "ROLE", "Colombia", True, "President Gustavo Petro", "President"),
    (
        "Laura Sarabia",
        "ROLE",
        "Colombia",
        True,
        "The Colombian Foreign Ministry, led by Laura Sarabia",
        "Foreign Minister",
    ),
    ("Edwin Palma", "ROLE", "Colombia", True, "Colombia's Energy Minister Edwin Palma", "Energy Minister"),
    ("Inés Manzano", "ROLE", "Ecuador", True, "Energy Minister Ines Manzano", "Energy Minister"),
    (
        "Gabriela Sommerfeld",
        "ROLE",
        "Ecuador",
        True,
        "Foreign Minister Gabriela Sommerfeld of Ecuador",
        "Foreign Minister",
    ),
    (
        "Sandra Borda",
        "ROLE",
        "University of the Andes",
        True,
        "Sandra Borda, a professor at the University of the Andes",
        "professor",
    ),
]
