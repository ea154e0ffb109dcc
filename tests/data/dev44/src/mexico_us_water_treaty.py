"""Gold tables for mexico_us_water_treaty.txt."""

MX, US = "Q96", "Q30"
E = [
    (
        "Mexico",
        "Country",
        MX,
        [
            "Mexican",
            "Mexico City",
            "the National Guard",
            "National Guard troops",
            "Conagua",
            "The Mexican embassy in Washington",
        ],
        MX,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "U.S.",
            "the United States",
            "Washington",
            "the U.S. State Department",
            "State Department",
            "The department",
        ],
        US,
    ),
    ("Claudia Sheinbaum", "Person", None, ["Sheinbaum", "President Claudia Sheinbaum"], MX),
    ("Donald Trump", "Person", "Q22686", ["Trump", "U.S. President Donald Trump"], US),
    ("Brooke Rollins", "Person", None, ["U.S. Agriculture Secretary Brooke Rollins"], US),
    ("Greg Abbott", "Person", None, ["Texas Governor Greg Abbott"], None),
    (
        "Juan Ramón de la Fuente",
        "Person",
        None,
        ["Mexican Foreign Minister Juan Ramón de la Fuente", "de la Fuente"],
        MX,
    ),
    ("Efraín Morales", "Person", None, [], MX),
    ("Maru Campos", "Person", None, ["Chihuahua Governor Maru Campos"], None),
    ("Marco Rubio", "Person", "Q324546", ["Secretary of State Marco Rubio"], US),
    ("Rafael Caro Quintero", "Person", None, [], None),
    ("Stephanie Brewer", "Person", None, [], None),
    ("Washington Office on Latin America", "Organization", None, [], None),
    ("International Boundary and Water Commission", "IGO", None, [], None),
    ("1944 Water Treaty", "Event", None, [], None),
    ("Truth Social", "Organization", None, [], None),
    ("Texas", "Location", None, [], None),
    ("Chihuahua", "Location", None, ["Chihuahua state"], None),
    ("Tijuana", "Location", None, [], None),
    ("Rio Grande", "Location", None, ["the Rio Grande Valley"], None),
    ("Colorado River", "Location", None, [], None),
    ("La Boquilla dam", "Location", None, [], None),
    ("Reuters", "Organization", None, [], None),
    ("Ana Lucía Treviño", "Person", None, [], None),
    ("Mark Hollister", "Person", None, [], None),
    ("Carla Whitford", "Person", None, [], None),
]

LEAD = "Mexico will make immediate water transfers to the United States under a 1944 treaty"
ACC = 'U.S. President Donald Trump accused Mexico of "stealing" water from Texas farmers'
THR = "threatened to hit the country with tariffs and possibly sanctions"
GIVE = 'Mexico had agreed to give Texas "some of the water they are owed."'
ESC = (
    'the United States would "keep escalating consequences, including TARIFFS and, perhaps, even SANCTIONS, '
    'until Mexico honors the Treaty."'
)
TIJ = (
    "the U.S. State Department turned down a Mexican request for a special delivery of Colorado River water to "
    "the border city of Tijuana"
)
ABB = "Texas Governor Greg Abbott, who has repeatedly asked Washington to press Mexico on deliveries"
MEET = (
    "officials from both countries would meet in the coming days through the International Boundary and Water "
    "Commission"
)
CAMPOS = 'said Mexico City should not "pay Trump\'s bill with our harvest."'
GUARD = (
    "Sheinbaum deployed 10,000 National Guard troops to the northern border to curb migration and fentanyl "
    "trafficking"
)
TRANS = (
    "Mexico also transferred 29 alleged cartel figures to the United States, among them Rafael Caro Quintero"
)
LEVER = "used the threat of tariffs to extract concessions from Mexico"
V = [
    ("Mexico", "CONCEDE", "United States", True, LEAD, "water transfers after pressure"),
    ("Mexico", "COOPERATE", "United States", False, LEAD, "treaty delivery; could be AID"),
    ("Donald Trump", "ACCUSE", "Mexico", True, ACC, "stealing water"),
    ("Donald Trump", "THREATEN", "Mexico", True, THR, "tariffs, sanctions"),
    (
        "Claudia Sheinbaum",
        "CONSULT",
        "Donald Trump",
        True,
        "she had spoken with Trump by phone on Monday",
        "phone",
    ),
    ("Mexico", "AGREE", "United States", True, 'the two governments had reached "a good agreement"', ""),
    (
        "Claudia Sheinbaum",
        "REJECT",
        "Donald Trump",
        False,
        '"Mexico has always honored the treaty, within the limits that nature gives us."',
        "implicit denial",
    ),
    ("Donald Trump", "SUPPORT", "Claudia Sheinbaum", True, 'Sheinbaum had been "very cooperative"', "praise"),
    ("Mexico", "CONCEDE", "United States", True, GIVE, "as reported by Trump"),
    ("Mexico", "CONCEDE", "Texas", False, GIVE, "Texas as target"),
    (
        "Donald Trump",
        "SUPPORT",
        "Claudia Sheinbaum",
        True,
        'He thanked her for "working with us."',
        "pronouns",
    ),
    (
        "Donald Trump",
        "ACCUSE",
        "Mexico",
        True,
        'Trump wrote that Mexico owed Texas 1.3 million acre-feet of water and was "violating their Treaty obligation,"',
        "1.3m acre-feet",
    ),
    ("Donald Trump", "THREATEN", "Mexico", True, ESC, "tariffs, sanctions"),
    ("Donald Trump", "REQUEST", "Mexico", False, ESC, "implied demand to honor treaty"),
    (
        "United States",
        "COOPERATE",
        "Mexico",
        False,
        "while the United States sends Colorado River water south",
        "treaty obligation",
    ),
    ("United States", "REJECT", "Mexico", True, TIJ, "denied Tijuana delivery"),
    ("Mexico", "REQUEST", "United States", False, TIJ, "request only in noun phrase"),
    ("United States", "ACCUSE", "Mexico", True, "saying Mexico was falling short of its own commitments", ""),
    (
        "Brooke Rollins",
        "SUPPORT",
        "Mexico",
        False,
        "U.S. Agriculture Secretary Brooke Rollins welcomed Tuesday's announcement",
        "welcomes the deal; target implicit",
    ),
    (
        "Brooke Rollins",
        "ACCUSE",
        "Mexico",
        False,
        'farmers in the Rio Grande Valley had been "left high and dry" for too long',
        "implicit",
    ),
    ("Greg Abbott", "REQUEST", "United States", True, ABB, "asked Washington to press Mexico"),
    ("Greg Abbott", "SUPPORT", "Donald Trump", True, 'thanked Trump for "standing up for Texas."', "thanks"),
    ("Juan Ramón de la Fuente", "CONSULT", "United States", False, MEET, "planned meeting"),
    (
        "Maru Campos",
        "REJECT",
        "United States",
        False,
        'the state "has no water to give"',
        "refusal, target implicit",
    ),
    ("Maru Campos", "REQUEST", "Mexico", True, CAMPOS, "subnational to federal"),
    ("Maru Campos", "ACCUSE", "Donald Trump", False, CAMPOS, ""),
    ("Donald Trump", "THREATEN", "Mexico", False, LEVER, "generalisation"),
    ("Mexico", "CONCEDE", "United States", False, LEVER, "generalisation"),
    ("Mexico", "COOPERATE", "United States", False, "Mexico, the largest U.S. trading partner", "trade"),
    ("Claudia Sheinbaum", "CONCEDE", "United States", False, GUARD, "deployment in exchange for pause"),
    ("Claudia Sheinbaum", "COOPERATE", "United States", False, GUARD, ""),
    (
        "Donald Trump",
        "CONCEDE",
        "Mexico",
        True,
        "after Trump agreed to a one-month pause on 25% tariffs",
        "tariff pause",
    ),
    ("Donald Trump", "AGREE", "Mexico", False, "after Trump agreed to a one-month pause on 25% tariffs", ""),
    ("Mexico", "COOPERATE", "United States", True, TRANS, "29 transferred"),
    ("Mexico", "COERCE", "Rafael Caro Quintero", True, TRANS, "transfer/deport"),
    (
        "United States",
        "SANCTION",
        "Mexico",
        False,
        "Washington has since designated six Mexican cartels as foreign terrorist organizations",
        "FTO listing",
    ),
    (
        "Claudia Sheinbaum",
        "REQUEST",
        "United States",
        False,
        'a move Sheinbaum warned must not be used as a pretext to "violate our sovereignty."',
        "warning",
    ),
    (
        "Claudia Sheinbaum",
        "REJECT",
        "United States",
        False,
        "Sheinbaum rejected the suggestion that Mexico was bowing to pressure",
        "denial",
    ),
    (
        "Claudia Sheinbaum",
        "COOPERATE",
        "United States",
        False,
        '"This is not submission, it is cooperation,"',
        "",
    ),
    (
        "Claudia Sheinbaum",
        "REJECT",
        "United States",
        True,
        "adding that Mexico would not accept U.S. troops operating on its soil",
        "refusal",
    ),
    (
        "Marco Rubio",
        "CONSULT",
        "Juan Ramón de la Fuente",
        True,
        "Secretary of State Marco Rubio had spoken to de la Fuente about the water issue last week",
        "call",
    ),
    (
        "Donald Trump",
        "COERCE",
        "Mexico",
        False,
        "Trump has discovered that water is a lever just like fentanyl and migration",
        "analyst",
    ),
    (
        "Mexico",
        "MEMBER_OF",
        "International Boundary and Water Commission",
        False,
        "the binational body that administers the treaty",
        "implied",
    ),
    (
        "United States",
        "MEMBER_OF",
        "International Boundary and Water Commission",
        False,
        "the binational body that administers the treaty",
        "implied",
    ),
    ("Claudia Sheinbaum", "ROLE", "Mexico", True, "President Claudia Sheinbaum", "President"),
    ("Donald Trump", "ROLE", "United States", True, "U.S. President Donald Trump", "President"),
    (
        "Brooke Rollins",
        "ROLE",
        "United States",
        True,
        "U.S. Agriculture Secretary Brooke Rollins",
        "Agriculture Secretary",
    ),
    ("Greg Abbott", "ROLE", "Texas", True, "Texas Governor Greg Abbott", "Governor"),
    (
        "Juan Ramón de la Fuente",
        "ROLE",
        "Mexico",
        True,
        "Mexican Foreign Minister Juan Ramón de la Fuente",
        "Foreign Minister",
    ),
    (
        "Efraín Morales",
        "ROLE",
        "Mexico",
        True,
        "Efraín Morales, head of the national water commission Conagua",
        "head of Conagua",
    ),
    ("Maru Campos", "ROLE", "Chihuahua", True, "Chihuahua Governor Maru Campos", "Governor"),
    ("Marco Rubio", "ROLE", "United States", True, "Secretary of State Marco Rubio", "Secretary of State"),
    (
        "Stephanie Brewer",
        "ROLE",
        "Washington Office on Latin America",
        True,
        "Stephanie Brewer, director for Mexico at the Washington Office on Latin America",
        "director for Mexico",
    ),
]
