"""Gold tables for japan_korea_tokyo_summit.txt."""

JP, KR, US, KP, CN = "Q17", "Q884", "Q30", "Q423", "Q148"
E = [
    ("Japan", "Country", JP, ["Tokyo", "Japanese", "The Ministry of Economy, Trade and Industry"], JP),
    ("South Korea", "Country", KR, ["Seoul", "South Korean", "Supreme Court"], KR),
    ("Fumio Kishida", "Person", None, ["Kishida", "Prime Minister Fumio Kishida"], JP),
    ("Yoon Suk Yeol", "Person", None, ["Yoon", "South Korean President Yoon Suk Yeol"], KR),
    ("World Trade Organization", "IGO", "Q7825", [], None),
    ("North Korea", "Country", KP, [], KP),
    ("Korean Central News Agency", "Organization", None, [], KP),
    ("Sea of Japan", "Location", None, ["the Sea of Japan"], None),
    ("United States", "Country", US, ["the United States", "Washington", "U.S."], US),
    ("Freedom Shield", "Event", None, [], None),
    ("Park Jin", "Person", None, ["Foreign Minister Park Jin"], KR),
    ("Nippon Steel", "Organization", None, [], None),
    ("Mitsubishi Heavy Industries", "Organization", None, ["Mitsubishi"], None),
    ("Hirokazu Matsuno", "Person", None, ["Chief Cabinet Secretary Hirokazu Matsuno"], JP),
    ("Joe Biden", "Person", "Q6279", ["U.S. President Joe Biden"], US),
    ("Lee Jae-myung", "Person", None, [], None),
    ("Democratic Party", "Organization", None, ["the main opposition Democratic Party"], None),
    ("Yang Geum-deok", "Person", None, [], None),
    ("Keizo Obuchi", "Person", None, ["Prime Minister Keizo Obuchi"], JP),
    ("Kim Dae-jung", "Person", None, ["President Kim Dae-jung"], KR),
    ("Keidanren", "Organization", None, ["The Japan Business Federation", "Japan Business Federation"], None),
    ("Federation of Korean Industries", "Organization", None, ["the Federation of Korean Industries"], None),
    ("Lee Won-deok", "Person", None, [], None),
    ("Group of Seven", "IGO", None, ["the Group of Seven"], None),
    ("China", "Country", CN, ["Beijing"], CN),
    ("Wang Wenbin", "Person", None, ["Chinese Foreign Ministry spokesperson Wang Wenbin"], CN),
    ("Akiko Mori", "Person", None, [], None),
]

TALKS = (
    "Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks at the Prime Minister's "
    "Office in Tokyo on Thursday"
)
VISITS = "agreed to resume reciprocal leader visits that had been frozen since 2011"
METI = (
    "The Ministry of Economy, Trade and Industry said Japan would lift the export restrictions it imposed in "
    "2019 on three chemicals vital to South Korea's semiconductor industry"
)
WTO = "Seoul, in turn, said it would withdraw the complaint it filed with the World Trade Organization over those curbs."
GSOMIA = (
    "Yoon also told reporters that South Korea would fully normalize the General Security of Military "
    "Information Agreement (GSOMIA)"
)
KCNA = "The Korean Central News Agency said the launch was a warning to the United States and South Korea"
FS = "whose militaries began their largest combined exercise in five years, Freedom Shield, on Monday"
COND = "Both leaders condemned the launch and pledged to deepen security cooperation with Washington"
COURT = "the 15 plaintiffs who won 2018 Supreme Court rulings against Nippon Steel and Mitsubishi Heavy Industries"
BIDEN = (
    'U.S. President Joe Biden hailed it as "a groundbreaking new chapter of cooperation and partnership" '
    "between two of Washington's closest allies."
)
UPHOLD = (
    'his government "upholds in its entirety" the positions of previous Cabinets on historical issues, '
    "including the 1998 joint declaration by Prime Minister Keizo Obuchi and President Kim Dae-jung"
)
FUND = (
    "The Japan Business Federation (Keidanren) and the Federation of Korean Industries announced on Thursday "
    'that they would jointly set up a "future partnership fund"'
)
WANG = (
    'China hoped the improvement in Japan-South Korea ties would not come "at the expense of third parties," '
    'and warned against "forming exclusive small circles."'
)
V = [
    ("Fumio Kishida", "CONSULT", "Yoon Suk Yeol", True, TALKS, "summit"),
    (
        "Yoon Suk Yeol",
        "CONSULT",
        "Japan",
        False,
        "the first standalone visit to Japan by a South Korean leader in 12 years",
        "visit",
    ),
    ("Fumio Kishida", "AGREE", "Yoon Suk Yeol", True, VISITS, "shuttle diplomacy"),
    (
        "Fumio Kishida",
        "AGREE",
        "South Korea",
        False,
        '"We have agreed to open a new chapter," Kishida told a joint news conference',
        "",
    ),
    ("Fumio Kishida", "SUPPORT", "South Korea", False, 'calling relations with Seoul "essential"', ""),
    ("Japan", "CONCEDE", "South Korea", True, METI, "export curbs lifted"),
    ("Japan", "RETREAT", "South Korea", False, METI, "alternative for easing restrictions"),
    ("Japan", "SANCTION", "South Korea", True, METI, "2019 export restrictions"),
    ("South Korea", "CONCEDE", "Japan", True, WTO, "WTO complaint withdrawn"),
    ("South Korea", "RETREAT", "Japan", False, WTO, "alternative"),
    ("South Korea", "ACCUSE", "Japan", False, WTO, "complaint filed earlier"),
    ("South Korea", "COOPERATE", "Japan", True, GSOMIA, "intelligence sharing restored"),
    ("Yoon Suk Yeol", "COOPERATE", "Japan", False, GSOMIA, "speaker"),
    ("South Korea", "AGREE", "Japan", False, GSOMIA, "pact"),
    (
        "South Korea",
        "THREATEN",
        "Japan",
        True,
        "the bilateral intelligence-sharing pact that Seoul had threatened to scrap in 2019",
        "2019",
    ),
    (
        "North Korea",
        "MOBILIZE",
        "Japan",
        False,
        "North Korea fired an intercontinental ballistic missile on Thursday morning that fell into the Sea of Japan",
        "ICBM launch",
    ),
    ("Korean Central News Agency", "THREATEN", "United States", True, KCNA, ""),
    ("Korean Central News Agency", "THREATEN", "South Korea", True, KCNA, ""),
    ("North Korea", "THREATEN", "United States", False, KCNA, "state level"),
    ("North Korea", "THREATEN", "South Korea", False, KCNA, "state level"),
    ("United States", "COOPERATE", "South Korea", True, FS, "Freedom Shield"),
    ("Fumio Kishida", "ACCUSE", "North Korea", True, COND, "condemned launch"),
    ("Yoon Suk Yeol", "ACCUSE", "North Korea", True, COND, "condemned launch"),
    ("Fumio Kishida", "AGREE", "United States", False, COND, "pledge"),
    ("Yoon Suk Yeol", "AGREE", "United States", False, COND, "pledge"),
    (
        "South Korea",
        "CONCEDE",
        "Japan",
        False,
        "Seoul's decision on March 6 to settle the wartime labor dispute on its own",
        "",
    ),
    ("South Korea", "SANCTION", "Nippon Steel", False, COURT, "2018 rulings"),
    ("South Korea", "SANCTION", "Mitsubishi Heavy Industries", False, COURT, "2018 rulings"),
    ("Japan", "AID", "South Korea", False, "a 1965 economic cooperation package from Japan", "1965"),
    (
        "Hirokazu Matsuno",
        "SUPPORT",
        "South Korea",
        True,
        'Chief Cabinet Secretary Hirokazu Matsuno said at the time that Tokyo "highly appreciates" the measure',
        "",
    ),
    ("Joe Biden", "SUPPORT", "South Korea", True, BIDEN, "praised plan"),
    ("Joe Biden", "SUPPORT", "Japan", False, BIDEN, ""),
    ("United States", "ALLY", "South Korea", True, BIDEN, "closest allies"),
    ("United States", "ALLY", "Japan", True, BIDEN, "closest allies"),
    (
        "Lee Jae-myung",
        "ACCUSE",
        "Yoon Suk Yeol",
        True,
        'accused Yoon of "handing Japan everything it wanted."',
        "",
    ),
    (
        "Yang Geum-deok",
        "REJECT",
        "South Korea",
        True,
        "said she would refuse money from the foundation",
        "state-backed foundation",
    ),
    ("Yang Geum-deok", "PROTEST", "South Korea", False, "she told a rally in Seoul", "rally"),
    ("Fumio Kishida", "CONCEDE", "South Korea", False, UPHOLD, "upholds past apologies"),
    ("Keizo Obuchi", "AGREE", "Kim Dae-jung", False, UPHOLD, "1998 declaration"),
    (
        "Japan",
        "CONCEDE",
        "South Korea",
        True,
        'in which Japan expressed "deep remorse and heartfelt apology" for its colonial rule',
        "1998 apology",
    ),
    ("Keidanren", "AGREE", "Federation of Korean Industries", True, FUND, "joint fund"),
    ("Keidanren", "COOPERATE", "Federation of Korean Industries", False, FUND, ""),
    (
        "Fumio Kishida",
        "CONSULT",
        "South Korea",
        False,
        "Kishida is expected to visit Seoul later this year",
        "expected",
    ),
    (
        "Fumio Kishida",
        "CONSULT",
        "Yoon Suk Yeol",
        False,
        "he is considering inviting Yoon to the Group of Seven summit in Hiroshima in May",
        "considered invitation",
    ),
    ("Wang Wenbin", "ACCUSE", "Japan", False, WANG, "implicit"),
    ("Wang Wenbin", "ACCUSE", "South Korea", False, WANG, "implicit"),
    ("Fumio Kishida", "ROLE", "Japan", True, "Prime Minister Fumio Kishida", "Prime Minister"),
    ("Yoon Suk Yeol", "ROLE", "South Korea", True, "South Korean President Yoon Suk Yeol", "President"),
    ("Park Jin", "ROLE", "South Korea", True, "Foreign Minister Park Jin", "Foreign Minister"),
    (
        "Hirokazu Matsuno",
        "ROLE",
        "Japan",
        True,
        "Chief Cabinet Secretary Hirokazu Matsuno",
        "Chief Cabinet Secretary",
    ),
    ("Joe Biden", "ROLE", "United States", True, "U.S. President Joe Biden", "President"),
    (
        "Lee Jae-myung",
        "ROLE",
        "Democratic Party",
        True,
        "Lee Jae-myung, leader of the main opposition Democratic Party",
        "leader",
    ),
    ("Keizo Obuchi", "ROLE", "Japan", True, "Prime Minister Keizo Obuchi", "Prime Minister"),
    ("Kim Dae-jung", "ROLE", "South Korea", True, "President Kim Dae-jung", "President"),
    (
        "Wang Wenbin",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesperson Wang Wenbin",
        "Foreign Ministry spokesperson",
    ),
]
