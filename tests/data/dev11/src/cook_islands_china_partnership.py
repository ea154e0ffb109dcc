"""Gold tables for cook_islands_china_partnership.txt."""

CK, CN, NZ = "Q26988", "Q148", "Q664"
E = [
    (
        "Cook Islands",
        "Country",
        CK,
        ["Avarua", "the Cook Islands Government", "the Seabed Minerals Authority"],
        CK,
    ),
    ("Mark Brown", "Person", None, ["Brown", "Prime Minister Mark Brown"], CK),
    ("China", "Country", CN, ["Beijing", "Chinese", "Chinese research institutions"], CN),
    ("Li Qiang", "Person", None, ["Chinese Premier Li Qiang"], CN),
    ("New Zealand", "Country", NZ, ["Wellington", "New Zealand officials"], NZ),
    ("Winston Peters", "Person", None, ["Peters", "New Zealand Foreign Minister Winston Peters"], NZ),
    ("Christopher Luxon", "Person", None, ["Luxon", "Prime Minister Christopher Luxon"], NZ),
    ("Guo Jiakun", "Person", None, ["foreign ministry spokesman Guo Jiakun"], CN),
    ("United States", "Country", "Q30", ["The United States"], "Q30"),
    ("Tina Browne", "Person", None, ["Browne", "Opposition leader Tina Browne"], None),
    ("Democratic Party", "Organization", None, ["the Democratic Party"], None),
    ("Cook Islands Party", "Organization", None, [], None),
    ("House of Ariki", "Organization", None, ["the House of Ariki"], CK),
    ("Cook Islands News", "Organization", None, [], None),
]

LEDE = (
    "Prime Minister Mark Brown has returned from Beijing with a five-year partnership agreement with China, a grant "
    "for new projects and a row with New Zealand"
)
SIGN = (
    'The "Action Plan for Comprehensive Strategic Partnership" was signed in Beijing on Friday after Brown held talks '
    "with Chinese Premier Li Qiang"
)
GRANT = "China would provide a grant of about $4.8 million (NZD) for infrastructure projects"
COVERS = "It covers cooperation on seabed minerals research, ports and shipping, tourism, agriculture and climate resilience"
PETERS = (
    "accused Avarua of failing to meet its obligations under the 2001 Joint Centenary Declaration, which commits the "
    "two countries to consult each other on defence, security and foreign affairs"
)
LUX = 'Prime Minister Christopher Luxon told reporters in Auckland that New Zealand "needs transparency" from Avarua'
NZAID = (
    "Wellington provides about $194 million in development assistance over three years and is responsible for "
    "defence when asked"
)
PASS = (
    "Last month Brown shelved plans for a separate Cook Islands passport after Wellington warned that it would mean "
    "giving up New Zealand citizenship"
)
USREC = "The United States, which recognised the Cook Islands as a sovereign state in 2023"
V = [
    ("Mark Brown", "AGREE", "China", True, LEDE, "partnership agreement"),
    ("Mark Brown", "CONSULT", "China", False, LEDE, "visit to Beijing"),
    ("Mark Brown", "ACCUSE", "New Zealand", False, LEDE, "'a row with New Zealand', no act specified"),
    ("Cook Islands", "AGREE", "China", True, SIGN, "Action Plan signed"),
    ("Cook Islands", "ALLY", "China", True, SIGN, "comprehensive strategic partnership"),
    ("Mark Brown", "CONSULT", "Li Qiang", True, SIGN, "talks in Beijing"),
    ("China", "COOPERATE", "Cook Islands", False, COVERS, "planned cooperation areas"),
    (
        "China",
        "AID",
        "Cook Islands",
        False,
        "includes scholarships for Cook Islands students to study in China",
        "scholarships, planned",
    ),
    ("China", "AID", "Cook Islands", True, GRANT, "about NZ$4.8 million grant"),
    (
        "Mark Brown",
        "REJECT",
        "New Zealand",
        False,
        "we do not need anyone's permission to do so",
        "implicit rebuff",
    ),
    (
        "Winston Peters",
        "ACCUSE",
        "Cook Islands",
        True,
        PETERS,
        "failure to consult",
    ),
    (
        "Winston Peters",
        "ACCUSE",
        "Cook Islands",
        True,
        "New Zealand Foreign Minister Winston Peters said last week his government had not been shown the text of the agreement before it was signed",
        "not shown the text",
    ),
    ("New Zealand", "AGREE", "Cook Islands", False, PETERS, "2001 Joint Centenary Declaration, background"),
    (
        "Winston Peters",
        "ACCUSE",
        "Cook Islands",
        True,
        'Those responsibilities have not been met," Peters said in a statement.',
        "",
    ),
    (
        "Winston Peters",
        "REQUEST",
        "Cook Islands",
        True,
        "His office has asked the Cook Islands Government to share the full text of all agreements signed in China.",
        "share the texts",
    ),
    (
        "New Zealand",
        "REQUEST",
        "Cook Islands",
        False,
        "His office has asked the Cook Islands Government to share the full text of all agreements signed in China.",
        "state-level reading",
    ),
    ("Christopher Luxon", "REQUEST", "Cook Islands", True, LUX, "transparency"),
    (
        "Christopher Luxon",
        "SUPPORT",
        "Cook Islands",
        False,
        'stressed that the relationship was "strong and enduring"',
        "",
    ),
    (
        "Mark Brown",
        "REJECT",
        "New Zealand",
        False,
        "Brown dismissed the criticism",
        "dismissal",
    ),
    (
        "Cook Islands",
        "CONSULT",
        "New Zealand",
        False,
        'New Zealand officials had been briefed "many times" on the government\'s plans',
        "Brown's claim",
    ),
    (
        "Mark Brown",
        "REQUEST",
        "Christopher Luxon",
        True,
        "He said he had written to Luxon to propose a meeting.",
        "meeting proposed",
    ),
    (
        "Mark Brown",
        "CONSULT",
        "Christopher Luxon",
        False,
        "He said he had written to Luxon to propose a meeting.",
        "letter",
    ),
    (
        "Cook Islands",
        "ALLY",
        "New Zealand",
        True,
        "The Cook Islands has been in free association with New Zealand since 1965.",
        "free association",
    ),
    ("New Zealand", "AID", "Cook Islands", True, NZAID, "about NZ$194 million over three years"),
    ("New Zealand", "ALLY", "Cook Islands", True, NZAID, "responsible for defence"),
    ("Mark Brown", "CONCEDE", "New Zealand", True, PASS, "passport plan shelved"),
    ("Mark Brown", "RETREAT", "New Zealand", False, PASS, "alternative coding"),
    ("New Zealand", "THREATEN", "Cook Islands", False, PASS, "warning of consequences"),
    (
        "Guo Jiakun",
        "REJECT",
        "New Zealand",
        False,
        'cooperation between China and the Cook Islands "is not targeted at any third party"',
        "implicit answer to concerns",
    ),
    ("United States", "SUPPORT", "Cook Islands", False, USREC, "recognition 2023"),
    ("United States", "AGREE", "Cook Islands", False, USREC, "recognition 2023"),
    (
        "China",
        "COOPERATE",
        "Cook Islands",
        False,
        "Chinese research institutions will work with the Seabed Minerals Authority on surveys",
        "planned seabed surveys",
    ),
    (
        "Tina Browne",
        "ACCUSE",
        "Mark Brown",
        True,
        'Opposition leader Tina Browne accused Brown of "gambling with our future and our relationship with New Zealand"',
        "",
    ),
    (
        "Democratic Party",
        "ACCUSE",
        "Mark Brown",
        False,
        "the Democratic Party would file a motion of no confidence",
        "planned no-confidence motion",
    ),
    (
        "Democratic Party",
        "PROTEST",
        "Cook Islands",
        False,
        "The march was organised by a group of community leaders and supported by the Democratic Party.",
        "about 300 marchers",
    ),
    ("Mark Brown", "ROLE", "Cook Islands", True, "Prime Minister Mark Brown", "Prime Minister"),
    ("Li Qiang", "ROLE", "China", True, "Chinese Premier Li Qiang", "Premier"),
    (
        "Winston Peters",
        "ROLE",
        "New Zealand",
        True,
        "New Zealand Foreign Minister Winston Peters",
        "Foreign Minister",
    ),
    (
        "Christopher Luxon",
        "ROLE",
        "New Zealand",
        True,
        "Prime Minister Christopher Luxon told reporters in Auckland that New Zealand",
        "Prime Minister",
    ),
    (
        "Guo Jiakun",
        "ROLE",
        "China",
        True,
        "In Beijing, foreign ministry spokesman Guo Jiakun",
        "foreign ministry spokesman",
    ),
    (
        "Tina Browne",
        "ROLE",
        "Cook Islands",
        True,
        "Opposition leader Tina Browne",
        "Leader of the Opposition",
    ),
    (
        "Tina Browne",
        "ROLE",
        "Democratic Party",
        False,
        "Opposition leader Tina Browne accused Brown of",
        "leader (implied)",
    ),
    (
        "Mark Brown",
        "ROLE",
        "Cook Islands Party",
        False,
        "With Brown's Cook Islands Party and its allies holding a majority",
        "party leader (implied)",
    ),
]
