"""Gold tables for china_sanctions_us_defense_firms.txt."""

CN, US, TW = "Q148", "Q30", "Q865"
FIRMS = [
    "Insitu",
    "Hudson Technologies",
    "Saronic Technologies",
    "Raytheon Canada",
    "Raytheon Australia",
    "Aerkomm Inc.",
    "Oshkosh Defense",
]
E = [
    (
        "China",
        "Country",
        CN,
        [
            "Chinese",
            "the Ministry of Foreign Affairs",
            "a Foreign Ministry spokesperson",
            "The Foreign Ministry",
            "the Taiwan Affairs Office of the State Council",
            "the Taiwan Affairs Office",
            "the Ministry of National Defense",
            "the Chinese People's Liberation Army",
            "China's Ministry of Commerce",
        ],
        CN,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "U.S.",
            "the United States",
            "Washington",
            "the U.S. side",
            "The U.S. State Department",
            "The U.S. Embassy in Beijing",
        ],
        US,
    ),
    (
        "Taiwan",
        "Country",
        TW,
        [
            "the Taiwan region",
            "China's Taiwan region",
            "the island",
            "The Democratic Progressive Party (DPP) authorities in Taiwan",
            "the DPP authorities",
        ],
        TW,
    ),
    *[(f, "Organization", None, [], None) for f in FIRMS],
    ("Skydio", "Organization", None, [], None),
    ("Zhu Fenglian", "Person", None, ["Zhu"], CN),
    ("Zhang Xiaogang", "Person", None, [], CN),
    ("Lai Ching-te", "Person", None, ["Lai"], TW),
    ("Xi Jinping", "Person", "Q15031", ["Chinese President Xi Jinping"], CN),
    ("Joe Biden", "Person", "Q6279", ["Biden", "U.S. President Joe Biden"], US),
    ("Donald Trump", "Person", "Q22686", ["U.S. President-elect Donald Trump"], US),
    ("Zhao Mingchen", "Person", None, ["Zhao"], None),
    (
        "China Institute of International Studies",
        "Organization",
        None,
        ["the China Institute of International Studies"],
        None,
    ),
    ("Xinhua", "Organization", None, [], None),
    ("Marshall Islands", "Country", "Q709", ["the Marshall Islands"], "Q709"),
    ("Tuvalu", "Country", "Q672", [], "Q672"),
    ("Palau", "Country", "Q695", [], "Q695"),
    ("Peru", "Country", "Q419", [], "Q419"),
    ("Lima", "Location", None, [], None),
    ("Hawaii", "Location", None, ["the U.S. state of Hawaii"], None),
    ("Guam", "Location", None, ["the U.S. territory of Guam"], None),
    ("Taiwan Strait", "Location", None, ["the Taiwan Strait"], None),
]

FIRST = (
    "China on Friday announced countermeasures against seven U.S. military-industrial companies and their senior"
    " executives in response to recent U.S. arms sales and military aid to China's Taiwan region"
)
LIST = (
    "The companies are Insitu, Inc., Hudson Technologies, Saronic Technologies, Raytheon Canada, Raytheon Australia,"
    " Aerkomm Inc. and Oshkosh Defense."
)
PKG = (
    "the U.S. side announced a military aid package worth 571.3 million U.S. dollars for the Taiwan region, days"
    " after it approved an arms sale worth about 295 million dollars"
)
VIOL = "The spokesperson said the moves seriously violate the one-China principle and the three China-U.S. joint communiques"
REPS = '"China has lodged stern representations with the U.S. side," the spokesperson said'
URGE = "urging Washington to stop arming Taiwan in any form"
TRIP = (
    'a so-called "transit" earlier this month by Lai Ching-te, leader of the Taiwan region, through the U.S. state of'
    " Hawaii and the U.S. territory of Guam during a trip to the Pacific island countries of the Marshall Islands,"
    " Tuvalu and Palau"
)
DIPLO = 'which maintain so-called "diplomatic relations" with the Taiwan region'
BAN = (
    "China's Ministry of Commerce banned exports of gallium, germanium and antimony to the United States after"
    " Washington announced new restrictions on sales of chip-making equipment to Chinese companies"
)
ZHANG = (
    "the Chinese People's Liberation Army would \"take all necessary measures to resolutely defend national"
    ' sovereignty and territorial integrity."'
)
LIMA = (
    "At their meeting in Lima, Peru, in November, Chinese President Xi Jinping told U.S. President Joe Biden"
)
V = [
    *[("China", "SANCTION", f, True, LIST, "asset freeze, transaction ban") for f in FIRMS],
    ("China", "SANCTION", "United States", False, FIRST, "country level: U.S. firms"),
    ("United States", "AID", "Taiwan", True, PKG, "$571.3m military aid"),
    ("United States", "COOPERATE", "Taiwan", True, PKG, "$295m arms sale"),
    ("United States", "AID", "Taiwan", False, FIRST, "noun phrase in China's announcement"),
    ("China", "ACCUSE", "United States", True, VIOL, ""),
    ("China", "ACCUSE", "United States", True, REPS, "stern representations"),
    ("China", "PROTEST", "United States", False, REPS, "alternative for a diplomatic protest"),
    ("China", "REQUEST", "United States", True, URGE, "stop arming Taiwan"),
    (
        "China",
        "THREATEN",
        "United States",
        False,
        '"Anyone who tries to challenge China\'s red line on Taiwan will be met with firm responses,"',
        "no named target",
    ),
    (
        "United States",
        "SUPPORT",
        "Taiwan",
        False,
        'would help the island "maintain a sufficient self-defense capability."',
        "justification of the sale",
    ),
    (
        "Taiwan",
        "SUPPORT",
        "United States",
        True,
        "The Democratic Progressive Party (DPP) authorities in Taiwan thanked Washington for the package.",
        "thanks",
    ),
    (
        "Zhu Fenglian",
        "ROLE",
        "China",
        True,
        "Zhu Fenglian, spokesperson for the Taiwan Affairs Office of the State Council",
        "spokesperson, Taiwan Affairs Office",
    ),
    (
        "Zhu Fenglian",
        "ACCUSE",
        "Taiwan",
        True,
        'criticized the DPP authorities for "seeking independence by relying on the U.S."',
        "",
    ),
    (
        "Zhang Xiaogang",
        "ROLE",
        "China",
        True,
        "Zhang Xiaogang, spokesperson for the Ministry of National Defense",
        "defense ministry spokesperson",
    ),
    ("Zhang Xiaogang", "THREATEN", "Taiwan", False, ZHANG, "no named target"),
    ("Zhang Xiaogang", "THREATEN", "United States", False, ZHANG, "no named target"),
    ("Lai Ching-te", "ROLE", "Taiwan", True, "Lai Ching-te, leader of the Taiwan region", "leader"),
    ("Lai Ching-te", "CONSULT", "Marshall Islands", True, TRIP, "visit"),
    ("Lai Ching-te", "CONSULT", "Tuvalu", True, TRIP, "visit"),
    ("Lai Ching-te", "CONSULT", "Palau", True, TRIP, "visit"),
    ("Lai Ching-te", "CONSULT", "United States", False, TRIP, "transit stopovers"),
    ("Marshall Islands", "ALLY", "Taiwan", False, DIPLO, "diplomatic relations, 'so-called'"),
    ("Tuvalu", "ALLY", "Taiwan", False, DIPLO, "diplomatic relations, 'so-called'"),
    ("Palau", "ALLY", "Taiwan", False, DIPLO, "diplomatic relations, 'so-called'"),
    ("China", "ACCUSE", "United States", True, "China firmly opposed the stopovers", ""),
    (
        "China",
        "REQUEST",
        "United States",
        True,
        "had urged the United States not to arrange them",
        "not to host Lai",
    ),
    (
        "China",
        "ACCUSE",
        "United States",
        True,
        'The Foreign Ministry said the U.S. side "connived" with separatist activities',
        "",
    ),
    (
        "China",
        "ACCUSE",
        "Lai Ching-te",
        True,
        'the Taiwan Affairs Office condemned Lai for "begging for U.S. support."',
        "",
    ),
    ("China", "SANCTION", "United States", True, BAN, "export ban on gallium, germanium, antimony"),
    ("China", "COERCE", "United States", False, BAN, "alternative"),
    (
        "United States",
        "SANCTION",
        "China",
        True,
        BAN,
        "chip-equipment restrictions; target Chinese companies",
    ),
    (
        "China",
        "SANCTION",
        "United States",
        True,
        "The ministry also added 28 U.S. entities to its export control list.",
        "28 entities",
    ),
    ("Xi Jinping", "CONSULT", "Joe Biden", True, LIMA, "Lima meeting"),
    (
        "Xi Jinping",
        "THREATEN",
        "Joe Biden",
        False,
        LIMA + " that the Taiwan question",
        "red lines as warning",
    ),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    ("Joe Biden", "ROLE", "United States", True, "U.S. President Joe Biden", "President"),
    ("Donald Trump", "ROLE", "United States", True, "U.S. President-elect Donald Trump", "President-elect"),
    (
        "Zhao Mingchen",
        "ROLE",
        "China Institute of International Studies",
        True,
        "Zhao Mingchen, a researcher at the China Institute of International Studies",
        "researcher",
    ),
    (
        "Zhao Mingchen",
        "ACCUSE",
        "United States",
        False,
        '"The U.S. side keeps saying one thing and doing another," Zhao told Xinhua.',
        "analyst",
    ),
    (
        "China",
        "SANCTION",
        "United States",
        True,
        "China has repeatedly sanctioned U.S. defense contractors over arms sales to Taiwan.",
        "background",
    ),
    (
        "United States",
        "COOPERATE",
        "Taiwan",
        False,
        "China has repeatedly sanctioned U.S. defense contractors over arms sales to Taiwan.",
        "arms sales in a noun phrase",
    ),
    (
        "China",
        "SANCTION",
        "Skydio",
        True,
        "In October, it imposed countermeasures on three U.S. companies, including Skydio",
        "October 2024",
    ),
    (
        "Skydio",
        "ACCUSE",
        "China",
        False,
        "which later said the measures had disrupted its supply of batteries",
        "complaint",
    ),
]
