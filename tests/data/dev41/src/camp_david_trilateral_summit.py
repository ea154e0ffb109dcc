"""Gold tables for camp_david_trilateral_summit.txt."""

US, JP, KR, KP, CN, RU = "Q30", "Q17", "Q884", "Q423", "Q148", "Q159"
E = [
    ("United States", "Country", US, ["U.S.", "Washington"], US),
    ("Japan", "Country", JP, ["Tokyo", "Japanese"], JP),
    (
        "South Korea",
        "Country",
        KR,
        ["Seoul", "South Korean", "South Korea's Supreme Court", "Yoon's government"],
        KR,
    ),
    ("North Korea", "Country", KP, ["Pyongyang", "North Korean"], KP),
    ("China", "Country", CN, ["Beijing", "Chinese", "The Chinese Embassy in Washington"], CN),
    ("Russia", "Country", RU, ["Moscow"], RU),
    ("Ukraine", "Country", "Q212", [], "Q212"),
    ("Joe Biden", "Person", "Q6279", ["Biden", "U.S. President Joe Biden"], US),
    ("Fumio Kishida", "Person", None, ["Kishida", "Japanese Prime Minister Fumio Kishida"], JP),
    ("Yoon Suk Yeol", "Person", None, ["Yoon", "South Korean President Yoon Suk Yeol"], KR),
    ("Wang Wenbin", "Person", None, ["Foreign Ministry spokesman Wang Wenbin"], CN),
    ("Maria Zakharova", "Person", None, ["Foreign Ministry spokeswoman Maria Zakharova"], RU),
    ("Jake Sullivan", "Person", None, ["U.S. National Security Advisor Jake Sullivan"], US),
    ("Li Qiang", "Person", None, ["Chinese Premier Li Qiang"], CN),
    ("Hiroshi Nakamura", "Person", None, [], None),
    ("Rintaro Hosokawa", "Person", None, ["RINTARO HOSOKAWA"], None),
    ("Lee Min-ji", "Person", None, ["LEE MIN-JI"], None),
    ("Keio University", "Organization", None, [], None),
    ("Korean Central News Agency", "Organization", None, ["the state-run Korean Central News Agency"], KP),
    ("Democratic Party", "Organization", None, ["The opposition Democratic Party"], None),
    ("ASEAN", "IGO", "Q7768", [], None),
    ("Pacific Islands Forum", "IGO", None, ["the Pacific Islands Forum"], None),
    ("NATO", "IGO", "Q7184", [], None),
    ("Camp David", "Location", None, [], None),
    ("Maryland", "Location", "Q1391", [], None),
    ("South China Sea", "Location", None, ["the South China Sea"], None),
    ("Korean Peninsula", "Location", None, ["the Korean Peninsula"], None),
    ("Asia-Pacific", "Location", None, ["the Asia-Pacific"], None),
    ("Fukushima Daiichi nuclear plant", "Location", None, ["the Fukushima Daiichi nuclear plant"], None),
]

HOST = (
    "U.S. President Joe Biden hosted Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol"
    " at Camp David on Friday"
)
LEAD = "The leaders agreed to hold trilateral summits at least once a year"
PLEDGE = "the three governments pledge to consult one another swiftly"
ALLI = "Washington already has separate alliances with Tokyo and Seoul"
DRILL = "The three countries will hold annual, named, multi-domain exercises"
MECH = "they agreed to activate by the end of the year a mechanism to share real-time missile warning data"
CONDEMN = 'The joint statement condemned North Korea\'s "unprecedented number" of ballistic missile launches'
URGE = "urged Pyongyang to abandon its nuclear weapons program"
CHINA = 'It also named China for the first time in a trilateral document, criticizing its "dangerous and aggressive behavior"'
UKR = "The leaders also reaffirmed their support for Ukraine and condemned Russia's war of aggression."
WORK = "They pledged to work with ASEAN and the Pacific Islands Forum on maritime security"
WANG = 'Beijing opposed "the practice of cobbling together various exclusive groupings"'
WARN = "warned the three countries against bringing bloc confrontation into the Asia-Pacific"
KCNA_D = 'described trilateral military cooperation as the nucleus of an "Asian version of NATO"'
KCNA_T = "threatened unspecified countermeasures against the three governments"
ZAK = "Foreign Ministry spokeswoman Maria Zakharova said the meeting would only raise tensions on the Korean Peninsula"
EXP = "Tokyo responded in 2019 by tightening export controls on chip materials bound for South Korea."
WHITE = 'Japan restored South Korea to its "white list" of trusted trading partners in July.'

BK, KI, YO = "Joe Biden", "Fumio Kishida", "Yoon Suk Yeol"
TRIO = [("United States", "Japan"), ("United States", "South Korea"), ("Japan", "South Korea")]
LEADERS = [(BK, KI), (BK, YO), (KI, YO)]
V = [
    (BK, "CONSULT", KI, True, HOST, "trilateral summit"),
    (BK, "CONSULT", YO, True, HOST, "trilateral summit"),
    (KI, "CONSULT", YO, True, HOST, "trilateral summit"),
    (BK, "ROLE", "United States", True, "U.S. President Joe Biden", "President"),
    (KI, "ROLE", "Japan", True, "Japanese Prime Minister Fumio Kishida", "Prime Minister"),
    (YO, "ROLE", "South Korea", True, "South Korean President Yoon Suk Yeol", "President"),
    *[(a, "AGREE", b, True, LEAD, "annual summits, three documents") for a, b in LEADERS],
    *[(a, "AGREE", b, False, PLEDGE, "content of the Commitment to Consult") for a, b in TRIO],
    ("United States", "ALLY", "Japan", True, ALLI, "alliance"),
    ("United States", "ALLY", "South Korea", True, ALLI, "alliance"),
    *[(a, "COOPERATE", b, False, DRILL, "planned exercises") for a, b in TRIO],
    *[(a, "AGREE", b, True, MECH, "missile warning data sharing") for a, b in TRIO],
    (
        "United States",
        "ACCUSE",
        "North Korea",
        False,
        "which U.S. officials say finance much of Pyongyang's weapons programs",
        "cyber theft allegation",
    ),
    *[
        (s, "ACCUSE", "North Korea", True, CONDEMN, "missile launches")
        for s in ("United States", "Japan", "South Korea")
    ],
    *[
        (s, "REQUEST", "North Korea", True, URGE, "denuclearize")
        for s in ("United States", "Japan", "South Korea")
    ],
    *[
        (s, "ACCUSE", "China", True, CHINA, "South China Sea conduct")
        for s in ("United States", "Japan", "South Korea")
    ],
    (
        KI,
        "ACCUSE",
        "China",
        False,
        'Japan "strongly opposes any unilateral attempt to change the status quo by force."',
        "target implied",
    ),
    (
        YO,
        "THREATEN",
        "North Korea",
        False,
        'Yoon said the three countries would "respond jointly" to threats from Pyongyang',
        "",
    ),
    (
        YO,
        "SUPPORT",
        BK,
        True,
        'he thanked Biden for what he called an "ironclad" extended deterrence commitment',
        "thanks",
    ),
    (
        "United States",
        "ALLY",
        "South Korea",
        False,
        'an "ironclad" extended deterrence commitment to South Korea',
        "extended deterrence; duplicate",
    ),
    *[(p, "SUPPORT", "Ukraine", True, UKR, "") for p in (BK, KI, YO)],
    *[(p, "ACCUSE", "Russia", True, UKR, "war of aggression") for p in (BK, KI, YO)],
    *[
        (p, "COOPERATE", o, False, WORK, "pledge")
        for p in (BK, KI, YO)
        for o in ("ASEAN", "Pacific Islands Forum")
    ],
    (
        "Wang Wenbin",
        "ROLE",
        "China",
        True,
        "Foreign Ministry spokesman Wang Wenbin",
        "Foreign Ministry spokesman",
    ),
    *[("Wang Wenbin", "ACCUSE", c, True, WARN, "") for c in ("United States", "Japan", "South Korea")],
    *[
        ("Wang Wenbin", "THREATEN", c, False, WARN, "warning, no stated consequence")
        for c in ("United States", "Japan", "South Korea")
    ],
    ("China", "ACCUSE", "United States", True, WANG, "cliques"),
    (
        "China",
        "ACCUSE",
        "United States",
        True,
        'The Chinese Embassy in Washington separately accused the U.S. of trying to drag its allies into "a new Cold War."',
        "",
    ),
    *[
        ("Korean Central News Agency", "ACCUSE", c, False, KCNA_D, "Asian NATO")
        for c in ("United States", "Japan", "South Korea")
    ],
    *[
        ("Korean Central News Agency", "THREATEN", c, True, KCNA_T, "")
        for c in ("United States", "Japan", "South Korea")
    ],
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "In Moscow, Foreign Ministry spokeswoman Maria Zakharova",
        "Foreign Ministry spokeswoman",
    ),
    *[
        ("Maria Zakharova", "ACCUSE", c, False, ZAK, "target implied by 'the meeting'")
        for c in ("United States", "Japan", "South Korea")
    ],
    ("Japan", "SANCTION", "South Korea", True, EXP, "export controls 2019"),
    ("Japan", "COERCE", "South Korea", False, EXP, "alternative"),
    (
        "South Korea",
        "ACCUSE",
        "Japan",
        False,
        "South Korea's Supreme Court ordered Japanese companies in 2018 to compensate wartime forced laborers",
        "target is companies",
    ),
    (
        YO,
        "CONCEDE",
        "Japan",
        False,
        "Yoon broke the deadlock in March by announcing that a Korean foundation would pay the compensation instead.",
        "target implied",
    ),
    (KI, "CONSULT", "South Korea", True, "Kishida visited Seoul in May", "visit"),
    ("Japan", "CONCEDE", "South Korea", True, WHITE, "trade status restored"),
    ("Japan", "COOPERATE", "South Korea", False, WHITE, "alternative"),
    (
        "Democratic Party",
        "ACCUSE",
        YO,
        True,
        'The opposition Democratic Party has accused Yoon of "humiliating diplomacy" toward Japan',
        "",
    ),
    (
        "Jake Sullivan",
        "ROLE",
        "United States",
        True,
        "U.S. National Security Advisor Jake Sullivan",
        "National Security Advisor",
    ),
    (
        "Hiroshi Nakamura",
        "ROLE",
        "Keio University",
        True,
        "a professor of international relations at Keio University",
        "professor",
    ),
    (KI, "CONSULT", "Li Qiang", False, "Kishida may also meet Chinese Premier Li Qiang", "possible meeting"),
    ("Li Qiang", "ROLE", "China", True, "Chinese Premier Li Qiang", "Premier"),
]
