"""Gold tables for australia_japan_mogami_frigates.txt."""

AU, JP, US, CN, NZ = "Q408", "Q17", "Q30", "Q148", "Q664"
E = [
    ("Australia", "Country", AU, ["Canberra", "Australian"], AU),
    ("Japan", "Country", JP, ["Tokyo", "Japanese"], JP),
    ("Mitsubishi Heavy Industries", "Organization", None, ["MHI"], None),
    ("ThyssenKrupp Marine Systems", "Organization", None, ["TKMS"], None),
    ("Germany", "Country", "Q183", ["Berlin", "German officials"], "Q183"),
    ("Hanwha Ocean", "Organization", None, [], None),
    ("HD Hyundai", "Organization", None, [], None),
    ("South Korea", "Country", "Q884", ["Seoul", "South Korean"], "Q884"),
    ("France", "Country", "Q142", ["Paris"], "Q142"),
    ("Naval Group", "Organization", None, ["France's Naval Group"], None),
    ("AUKUS", "IGO", None, [], None),
    (
        "United States",
        "Country",
        US,
        ["the United States", "Washington", "The Pentagon", "State Department"],
        US,
    ),
    ("Philippines", "Country", "Q928", ["the Philippines", "Manila"], "Q928"),
    ("China", "Country", CN, ["Beijing", "China's foreign ministry"], CN),
    ("New Zealand", "Country", NZ, ["Wellington"], NZ),
    (
        "Richard Marles",
        "Person",
        None,
        ["Marles", "Deputy Prime Minister and Defence Minister Richard Marles"],
        AU,
    ),
    ("Gen Nakatani", "Person", None, ["Japanese Defence Minister Gen Nakatani"], JP),
    ("Shigeru Ishiba", "Person", None, ["Ishiba", "Prime Minister Shigeru Ishiba"], JP),
    ("Elbridge Colby", "Person", None, ["Under Secretary of Defense Elbridge Colby"], US),
    ("Guo Jiakun", "Person", None, ["China's foreign ministry spokesperson Guo Jiakun"], CN),
    ("Judith Collins", "Person", None, ["Defence Minister Judith Collins"], NZ),
    ("Eleanor Haskins", "Person", None, [], None),
    ("Lowy Institute", "Organization", None, [], None),
    ("Henderson", "Location", None, [], None),
    ("Western Australia", "Location", None, [], None),
    ("South China Sea", "Location", None, ["the South China Sea"], None),
]

KEY = (
    "Australia's choice of an upgraded Mogami-class frigate is Japan's largest defence export since 1945 and "
    'turns a "special strategic partnership" into an industrial one'
)
SELECT = (
    "Richard Marles announced that Mitsubishi Heavy Industries (MHI) had been selected as the preferred "
    "tenderer for the general purpose frigate program"
)
BEAT = (
    "MHI beat Germany's ThyssenKrupp Marine Systems (TKMS), whose MEKO A-200 design had been backed by Berlin"
)
KOREA = "Two South Korean bids, from Hanwha Ocean and HD Hyundai, were eliminated at the shortlisting stage"
NAKA = (
    'Japanese Defence Minister Gen Nakatani welcomed the selection the same day, saying Tokyo would "spare no '
    'effort" to make the project a success'
)
SUB2016 = (
    "its first attempt to sell a major platform to Australia failed in 2016, when Canberra chose France's Naval "
    "Group to build its next submarines"
)
CANCEL = "Australia cancelled that contract in 2021 in favour of nuclear-powered boats under AUKUS"
EX = (
    "Japanese and Australian forces now exercise together regularly, most recently alongside the United States "
    "and the Philippines in the South China Sea"
)
COLBY = (
    "Under Secretary of Defense Elbridge Colby has pressed both Canberra and Tokyo to spend more on defence"
)
STATE = 'A State Department spokesperson nonetheless welcomed the Mogami decision as a boost for "allied interoperability"'
THIRD = 'defence cooperation between countries "should not target any third party"'
ABUK = "Japan is also in talks with the Philippines about transferring used Abukuma-class destroyer escorts to Manila"
V = [
    ("Australia", "COOPERATE", "Japan", True, KEY, "arms purchase (frigates)"),
    ("Australia", "ALLY", "Japan", True, KEY, "special strategic partnership"),
    (
        "Australia",
        "CONSULT",
        "Mitsubishi Heavy Industries",
        False,
        "Negotiations with Mitsubishi Heavy Industries must conclude early next year",
        "future",
    ),
    (
        "China",
        "COERCE",
        "Australia",
        False,
        "Beijing's response has been restrained so far, but Canberra should expect pressure",
        "analyst's forecast",
    ),
    (
        "Richard Marles",
        "COOPERATE",
        "Mitsubishi Heavy Industries",
        True,
        SELECT,
        "preferred tenderer, A$10bn",
    ),
    ("Richard Marles", "COOPERATE", "Japan", False, SELECT, "state level"),
    ("Germany", "SUPPORT", "ThyssenKrupp Marine Systems", True, BEAT, "backed the bid"),
    ("Germany", "REQUEST", "Australia", False, BEAT, "implied lobbying"),
    ("Australia", "REJECT", "ThyssenKrupp Marine Systems", False, BEAT, "bid lost"),
    ("Australia", "REJECT", "Hanwha Ocean", False, KOREA, "passive, agent not named"),
    ("Australia", "REJECT", "HD Hyundai", False, KOREA, "passive, agent not named"),
    ("Australia", "REJECT", "South Korea", False, KOREA, "passive, state level"),
    ("Gen Nakatani", "SUPPORT", "Australia", True, NAKA, "welcomed"),
    ("Japan", "COOPERATE", "Australia", False, NAKA, "pledge"),
    (
        "Gen Nakatani",
        "CONSULT",
        "Richard Marles",
        True,
        "He and Marles spoke by phone on Tuesday evening",
        "phone call, pronoun subject",
    ),
    (
        "Richard Marles",
        "CONSULT",
        "Japan",
        False,
        "Marles will travel to Tokyo next month for further talks",
        "planned",
    ),
    (
        "Shigeru Ishiba",
        "SUPPORT",
        "Australia",
        True,
        'Prime Minister Shigeru Ishiba described the decision as "a milestone" for the two countries',
        "praise",
    ),
    ("Australia", "COOPERATE", "Naval Group", True, SUB2016, "2016 submarine choice"),
    ("Australia", "COOPERATE", "France", False, SUB2016, "state level"),
    ("Australia", "REJECT", "Japan", False, SUB2016, "Japanese bid failed"),
    ("Australia", "SANCTION", "Naval Group", True, CANCEL, "contract cancelled"),
    ("Australia", "SANCTION", "France", False, CANCEL, "state level"),
    ("Australia", "MEMBER_OF", "AUKUS", False, CANCEL, "implied membership"),
    (
        "France",
        "SANCTION",
        "Australia",
        True,
        "Paris recalled its ambassador in protest",
        "ambassador recalled",
    ),
    ("France", "ACCUSE", "Australia", False, "Paris recalled its ambassador in protest", "protest"),
    (
        "Australia",
        "ALLY",
        "Japan",
        False,
        "the frigate deal deepens a security relationship that has grown quickly",
        "",
    ),
    (
        "Australia",
        "AGREE",
        "Japan",
        True,
        "The Reciprocal Access Agreement, which allows the two militaries to train on each other's territory, "
        "entered into force in August 2023",
        "RAA in force",
    ),
    ("Japan", "COOPERATE", "Australia", True, EX, "exercises"),
    ("Japan", "COOPERATE", "United States", True, EX, "exercises"),
    ("Japan", "COOPERATE", "Philippines", True, EX, "exercises"),
    ("Australia", "COOPERATE", "United States", True, EX, "exercises"),
    ("Australia", "COOPERATE", "Philippines", True, EX, "exercises"),
    ("United States", "COOPERATE", "Philippines", True, EX, "exercises"),
    ("Elbridge Colby", "REQUEST", "Australia", True, COLBY, "spend more on defence"),
    ("Elbridge Colby", "REQUEST", "Japan", True, COLBY, "spend more on defence"),
    ("United States", "SUPPORT", "Australia", True, STATE, "welcomed"),
    ("United States", "ALLY", "Australia", False, STATE, "'allied'"),
    ("United States", "ALLY", "Japan", False, STATE, "'allied'"),
    ("Guo Jiakun", "REQUEST", "Japan", False, THIRD, "addressees implicit"),
    ("Guo Jiakun", "REQUEST", "Australia", False, THIRD, "addressees implicit"),
    (
        "Guo Jiakun",
        "ACCUSE",
        "Japan",
        True,
        "he accused Japan of loosening its postwar restraints on the military",
        "pronoun subject",
    ),
    (
        "New Zealand",
        "COOPERATE",
        "Japan",
        False,
        "Defence Minister Judith Collins said Wellington would consider the Mogami",
        "considering",
    ),
    ("Japan", "CONSULT", "Philippines", True, ABUK, "talks"),
    ("Japan", "AID", "Philippines", False, ABUK, "planned transfer"),
    ("Japan", "COOPERATE", "Philippines", False, ABUK, "planned transfer"),
    (
        "ThyssenKrupp Marine Systems",
        "CONCEDE",
        "Australia",
        False,
        'TKMS said it "respected" the decision',
        "",
    ),
    (
        "Germany",
        "ACCUSE",
        "Australia",
        False,
        "German officials privately expressed disappointment",
        "anonymous sources",
    ),
    (
        "Australia",
        "AGREE",
        "Mitsubishi Heavy Industries",
        False,
        "Canberra should sign the contract quickly",
        "recommendation",
    ),
    (
        "Australia",
        "COOPERATE",
        "Japan",
        False,
        "Australia and Japan should set up a joint program office",
        "recommendation",
    ),
    ("Australia", "CONSULT", "South Korea", False, "Australia should keep Seoul engaged", "recommendation"),
    (
        "South Korea",
        "COOPERATE",
        "Australia",
        True,
        "South Korea remains a major defence supplier through the Hanwha-built Redback vehicles",
        "arms supplier",
    ),
    (
        "Richard Marles",
        "ROLE",
        "Australia",
        True,
        "Deputy Prime Minister and Defence Minister Richard Marles",
        "Deputy Prime Minister and Defence Minister",
    ),
    (
        "Gen Nakatani",
        "ROLE",
        "Japan",
        True,
        "Japanese Defence Minister Gen Nakatani",
        "Defence Minister",
    ),
    ("Shigeru Ishiba", "ROLE", "Japan", True, "Prime Minister Shigeru Ishiba", "Prime Minister"),
    (
        "Elbridge Colby",
        "ROLE",
        "United States",
        True,
        "Under Secretary of Defense Elbridge Colby",
        "Under Secretary of Defense",
    ),
    (
        "Guo Jiakun",
        "ROLE",
        "China",
        True,
        "China's foreign ministry spokesperson Guo Jiakun",
        "foreign ministry spokesperson",
    ),
    ("Judith Collins", "ROLE", "New Zealand", True, "Defence Minister Judith Collins", "Defence Minister"),
    (
        "Eleanor Haskins",
        "ROLE",
        "Lowy Institute",
        True,
        "Eleanor Haskins, Research Fellow, International Security Program, Lowy Institute",
        "Research Fellow",
    ),
]
