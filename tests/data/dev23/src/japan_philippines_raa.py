"""Gold tables for japan_philippines_raa.txt."""

JP, PH, CN, US, AU, UK = "Q17", "Q928", "Q148", "Q30", "Q408", "Q145"
E = [
    (
        "Japan",
        "Country",
        JP,
        [
            "Tokyo",
            "Japanese",
            "the Diet",
            "Japanese Self-Defense Forces personnel",
            "the Self-Defense Forces",
            "Japanese units",
            "Japanese troops",
            "Defense officials in Tokyo",
        ],
        JP,
    ),
    (
        "Philippines",
        "Country",
        PH,
        [
            "the Philippines",
            "Manila",
            "Philippine",
            "the Philippine Senate",
            "Philippine navy boats",
        ],
        PH,
    ),
    (
        "China",
        "Country",
        CN,
        ["Beijing", "Chinese", "Chinese coast guard personnel"],
        CN,
    ),
    (
        "United States",
        "Country",
        US,
        ["U.S.", "Washington", "the United States", "the U.S. Coast Guard"],
        US,
    ),
    ("Australia", "Country", AU, ["Canberra"], AU),
    ("United Kingdom", "Country", UK, ["Britain"], UK),
    ("France", "Country", "Q142", [], "Q142"),
    ("New Zealand", "Country", "Q664", [], "Q664"),
    (
        "Yoko Kamikawa",
        "Person",
        None,
        ["Japanese Foreign Minister Yoko Kamikawa", "Kamikawa"],
        JP,
    ),
    (
        "Gilberto Teodoro",
        "Person",
        None,
        ["Philippine Defense Secretary Gilberto Teodoro", "Teodoro"],
        PH,
    ),
    (
        "Ferdinand Marcos Jr.",
        "Person",
        None,
        ["President Ferdinand Marcos Jr.", "Marcos"],
        PH,
    ),
    ("Minoru Kihara", "Person", None, ["Defense Minister Minoru Kihara"], JP),
    (
        "Enrique Manalo",
        "Person",
        None,
        ["Foreign Secretary Enrique Manalo", "Manalo"],
        PH,
    ),
    ("Fumio Kishida", "Person", None, ["Prime Minister Fumio Kishida", "Kishida"], JP),
    ("Joe Biden", "Person", "Q6279", ["U.S. President Joe Biden"], US),
    (
        "Lin Jian",
        "Person",
        None,
        ["Chinese Foreign Ministry spokesman Lin Jian", "Lin"],
        CN,
    ),
    (
        "MaryKay Carlson",
        "Person",
        None,
        ["U.S. Ambassador to the Philippines MaryKay Carlson"],
        US,
    ),
    ("South China Sea", "Location", "Q37660", ["the South China Sea"], None),
    ("Second Thomas Shoal", "Location", None, [], None),
    ("Bataan", "Location", None, ["Bataan province"], None),
    ("Balikatan", "Event", None, ["the annual Balikatan exercises"], None),
]

SIGN = (
    "The Reciprocal Access Agreement was signed in Manila by Japanese Foreign Minister Yoko Kamikawa and "
    "Philippine Defense Secretary Gilberto Teodoro"
)
SIMILAR = "following similar agreements with Australia and Britain"
TWO = (
    'The signing coincided with the second "two-plus-two" security dialogue between Kamikawa, Defense Minister '
    "Minoru Kihara and their Philippine counterparts, Foreign Secretary Enrique Manalo and Teodoro"
)
CONCERN = (
    'the ministers expressed "serious concern" over what they called China\'s dangerous and coercive actions '
    "in the South China Sea"
)
SHOAL = (
    "Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats and seized rifles"
)
SUMMIT = "In April, Kishida, Marcos and U.S. President Joe Biden held their first trilateral summit at the White House"
PLEDGE = "the three leaders pledged to expand maritime cooperation and joint patrols"
CG = (
    "The Japanese and Philippine coast guards held their first joint drill with the U.S. Coast Guard in waters "
    "off Bataan province"
)
NEG = "The Philippines is also negotiating similar visiting forces agreements with France and New Zealand"
LIN = "urging the two countries not to harm regional peace and stability"
LIN2 = (
    '"Exchanges and cooperation between Japan and the Philippines should not undermine mutual understanding '
    'and trust between countries in the region, or target any third party,"'
)
CARL = "U.S. Ambassador to the Philippines MaryKay Carlson welcomed the signing"
STEP = (
    "Japan has been stepping up defense cooperation with countries that share concerns about China, including "
    "the Philippines, Australia and Britain"
)
V = [
    (
        "Japan",
        "AGREE",
        "Philippines",
        True,
        "Japan and the Philippines on Monday signed a defense pact",
        "Reciprocal Access Agreement",
    ),
    (
        "Japan",
        "COOPERATE",
        "Philippines",
        True,
        "as the two U.S. allies deepen security ties",
        "security ties",
    ),
    (
        "Japan",
        "COOPERATE",
        "Philippines",
        False,
        "will allow their forces to deploy on each other's soil for joint training and disaster relief",
        "future deployments",
    ),
    (
        "Japan",
        "ALLY",
        "United States",
        True,
        "as the two U.S. allies deepen security ties",
        "U.S. ally",
    ),
    (
        "Philippines",
        "ALLY",
        "United States",
        True,
        "as the two U.S. allies deepen security ties",
        "U.S. ally",
    ),
    ("Yoko Kamikawa", "AGREE", "Gilberto Teodoro", True, SIGN, "signatories"),
    ("Yoko Kamikawa", "CONSULT", "Philippines", True, SIGN, "visit to Manila"),
    (
        "Yoko Kamikawa",
        "CONSULT",
        "Ferdinand Marcos Jr.",
        False,
        "in the presence of President Ferdinand Marcos Jr.",
        "presence at signing",
    ),
    ("Japan", "AGREE", "Australia", True, SIMILAR, "earlier RAA"),
    ("Japan", "AGREE", "United Kingdom", True, SIMILAR, "earlier RAA"),
    (
        "Philippines",
        "AGREE",
        "Australia",
        True,
        "the first status-of-forces-type accord Manila has concluded since its 2007 pact with Canberra",
        "2007 SOVFA",
    ),
    (
        "Yoko Kamikawa",
        "COOPERATE",
        "Philippines",
        False,
        '"This is a landmark agreement that will further strengthen security cooperation between our two countries,"',
        "quote",
    ),
    ("Japan", "CONSULT", "Philippines", True, TWO, "2+2 dialogue"),
    ("Yoko Kamikawa", "CONSULT", "Enrique Manalo", True, TWO, "2+2"),
    ("Yoko Kamikawa", "CONSULT", "Gilberto Teodoro", True, TWO, "2+2"),
    ("Minoru Kihara", "CONSULT", "Enrique Manalo", True, TWO, "2+2"),
    ("Minoru Kihara", "CONSULT", "Gilberto Teodoro", True, TWO, "2+2"),
    ("Japan", "ACCUSE", "China", True, CONCERN, "serious concern"),
    ("Philippines", "ACCUSE", "China", True, CONCERN, "serious concern"),
    ("China", "COERCE", "Philippines", True, SHOAL, "boarding, rifles seized, June 17"),
    ("China", "ASSAULT", "Philippines", False, SHOAL, "armed boarding"),
    (
        "Japan",
        "AID",
        "Philippines",
        True,
        "They also confirmed that Japan would provide the Philippines with coastal surveillance radars",
        "radars under OSA",
    ),
    (
        "Japan",
        "AGREE",
        "Philippines",
        True,
        "agreed to hold the next round of the dialogue in Tokyo",
        "",
    ),
    (
        "Philippines",
        "CONSULT",
        "Japan",
        False,
        "agreed to hold the next round of the dialogue in Tokyo",
        "planned",
    ),
    (
        "Japan",
        "ALLY",
        "Philippines",
        True,
        'elevated their relationship to a "strengthened strategic partnership" in 2015',
        "strategic partnership",
    ),
    (
        "Japan",
        "CONSULT",
        "Philippines",
        True,
        "began negotiating the pact after Prime Minister Fumio Kishida visited Manila last November",
        "negotiations",
    ),
    (
        "Fumio Kishida",
        "CONSULT",
        "Philippines",
        True,
        "Prime Minister Fumio Kishida visited Manila last November and addressed the Philippine Congress",
        "visit",
    ),
    (
        "Fumio Kishida",
        "CONSULT",
        "Ferdinand Marcos Jr.",
        True,
        SUMMIT,
        "trilateral summit",
    ),
    ("Fumio Kishida", "CONSULT", "Joe Biden", True, SUMMIT, "trilateral summit"),
    ("Ferdinand Marcos Jr.", "CONSULT", "Joe Biden", True, SUMMIT, "trilateral summit"),
    ("Fumio Kishida", "AGREE", "Ferdinand Marcos Jr.", True, PLEDGE, "pledge"),
    ("Fumio Kishida", "AGREE", "Joe Biden", True, PLEDGE, "pledge"),
    ("Ferdinand Marcos Jr.", "AGREE", "Joe Biden", True, PLEDGE, "pledge"),
    ("Japan", "COOPERATE", "Philippines", True, CG, "joint coast guard drill"),
    ("Japan", "COOPERATE", "United States", True, CG, "joint coast guard drill"),
    ("Philippines", "COOPERATE", "United States", True, CG, "joint coast guard drill"),
    (
        "Philippines",
        "COOPERATE",
        "United States",
        True,
        "the annual Balikatan exercises between the Philippines and the United States",
        "Balikatan",
    ),
    (
        "Japan",
        "COOPERATE",
        "Philippines",
        False,
        "Japanese Self-Defense Forces personnel have so far joined the annual Balikatan exercises",
        "observers only",
    ),
    (
        "Japan",
        "COOPERATE",
        "United States",
        False,
        "Japanese Self-Defense Forces personnel have so far joined the annual Balikatan exercises",
        "observers only",
    ),
    (
        "Japan",
        "COOPERATE",
        "Philippines",
        False,
        "would make it easier for Japanese units to take part fully in such drills in future",
        "future",
    ),
    ("Philippines", "CONSULT", "France", True, NEG, "negotiating VFA"),
    ("Philippines", "CONSULT", "New Zealand", True, NEG, "negotiating VFA"),
    (
        "Lin Jian",
        "ACCUSE",
        "Japan",
        False,
        'the Asia-Pacific "does not need military blocs, still less groups that stoke bloc confrontation',
        "implicit criticism",
    ),
    (
        "Lin Jian",
        "ACCUSE",
        "Philippines",
        False,
        'the Asia-Pacific "does not need military blocs, still less groups that stoke bloc confrontation',
        "implicit criticism",
    ),
    ("Lin Jian", "REQUEST", "Japan", True, LIN, "warning"),
    ("Lin Jian", "REQUEST", "Philippines", True, LIN, "warning"),
    ("Lin Jian", "REQUEST", "Japan", False, LIN2, "should not"),
    ("MaryKay Carlson", "SUPPORT", "Japan", True, CARL, "welcomed"),
    ("MaryKay Carlson", "SUPPORT", "Philippines", True, CARL, "welcomed"),
    ("Japan", "COOPERATE", "Philippines", True, STEP, "defence cooperation"),
    ("Japan", "COOPERATE", "Australia", True, STEP, "defence cooperation"),
    ("Japan", "COOPERATE", "United Kingdom", True, STEP, "defence cooperation"),
    (
        "China",
        "ACCUSE",
        "Japan",
        True,
        "China has repeatedly criticized Tokyo's plan to double defense spending",
        "defence spending",
    ),
    (
        "Yoko Kamikawa",
        "ROLE",
        "Japan",
        True,
        "Japanese Foreign Minister Yoko Kamikawa",
        "Foreign Minister",
    ),
    (
        "Gilberto Teodoro",
        "ROLE",
        "Philippines",
        True,
        "Philippine Defense Secretary Gilberto Teodoro",
        "Defense Secretary",
    ),
    (
        "Ferdinand Marcos Jr.",
        "ROLE",
        "Philippines",
        True,
        "President Ferdinand Marcos Jr.",
        "President",
    ),
    (
        "Minoru Kihara",
        "ROLE",
        "Japan",
        True,
        "Defense Minister Minoru Kihara",
        "Defense Minister",
    ),
    (
        "Enrique Manalo",
        "ROLE",
        "Philippines",
        True,
        "Foreign Secretary Enrique Manalo",
        "Foreign Secretary",
    ),
    (
        "Fumio Kishida",
        "ROLE",
        "Japan",
        True,
        "Prime Minister Fumio Kishida",
        "Prime Minister",
    ),
    (
        "Joe Biden",
        "ROLE",
        "United States",
        True,
        "U.S. President Joe Biden",
        "President",
    ),
    (
        "Lin Jian",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesman Lin Jian",
        "Foreign Ministry spokesman",
    ),
    (
        "MaryKay Carlson",
        "ROLE",
        "United States",
        True,
        "U.S. Ambassador to the Philippines MaryKay Carlson",
        "Ambassador to the Philippines",
    ),
]
