"""Gold tables for rok_dprk_troops_russia_liveblog.txt."""

KR, KP, RU, UA, US, JP, CN = "Q884", "Q423", "Q159", "Q212", "Q30", "Q17", "Q148"
E = [
    (
        "South Korea",
        "Country",
        KR,
        [
            "Seoul",
            "South Korean",
            "The National Intelligence Service",
            "NIS",
            "The NIS",
            "the presidential office",
            "The South Korean military",
            "the South",
        ],
        KR,
    ),
    (
        "North Korea",
        "Country",
        KP,
        ["Pyongyang", "North Korean", "North Korea's mission to the United Nations"],
        KP,
    ),
    ("Russia", "Country", RU, ["Moscow", "Russian", "Kremlin", "the Russian Embassy", "Russian forces"], RU),
    ("Ukraine", "Country", UA, ["Kyiv", "Ukrainian", "Ukrainian intelligence"], UA),
    ("United States", "Country", US, ["Washington", "U.S. Defense Department", "Pentagon"], US),
    ("Japan", "Country", JP, ["Tokyo"], JP),
    ("China", "Country", CN, ["Beijing", "Chinese"], CN),
    ("NATO", "IGO", "Q7184", [], None),
    ("United Nations", "IGO", "Q1065", [], None),
    ("United Nations Security Council", "IGO", "Q37470", ["UN Security Council"], None),
    ("Georgy Zinoviev", "Person", None, ["Zinoviev", "Russian Ambassador Georgy Zinoviev"], RU),
    ("Kim Hong-kyun", "Person", None, ["Kim", "First Vice Foreign Minister Kim Hong-kyun"], KR),
    ("Yoon Suk Yeol", "Person", None, ["Yoon", "President Yoon Suk Yeol"], KR),
    ("Mark Rutte", "Person", None, ["Rutte", "NATO Secretary General Mark Rutte"], "NATO"),
    ("Volodymyr Zelensky", "Person", "Q3874799", ["Zelensky", "Ukrainian President Volodymyr Zelensky"], UA),
    ("Dmitry Peskov", "Person", None, ["Kremlin spokesman Dmitry Peskov"], RU),
    ("Yoshimasa Hayashi", "Person", None, ["Japan's Chief Cabinet Secretary Yoshimasa Hayashi"], JP),
    ("Lin Jian", "Person", None, ["Chinese Foreign Ministry spokesman Lin Jian"], CN),
    ("Pat Ryder", "Person", None, ["Maj. Gen. Pat Ryder"], US),
    ("Kim Jong Un", "Person", None, [], KP),
    ("Vladimir Putin", "Person", "Q7747", ["Russian President Vladimir Putin"], RU),
    ("Park Jin-seo", "Person", None, [], None),
    ("Sejong Institute", "Organization", None, ["the Sejong Institute"], None),
    ("Korea JoongAng Daily", "Organization", None, ["the Korea JoongAng Daily"], None),
    ("Vladivostok", "Location", None, ["the Russian port of Vladivostok"], None),
    ("Brussels", "Location", None, [], None),
    ("Russia's Far East", "Location", None, [], None),
    ("Korean Peninsula", "Location", None, ["the peninsula"], None),
]

KP1 = "NIS says 1,500 North Korean special forces troops are already in Russia's Far East"
KP2 = "Seoul summons Russian Ambassador Georgy Zinoviev and demands the troops' withdrawal"
KP3 = "Presidential office says arms supplies to Ukraine could be considered"
RYDER = 'Washington could not yet confirm the deployment but was "consulting closely" with South Korea'
HAYA = 'Tokyo had "grave concern" over the reports and was exchanging information with Seoul and Washington'
CALL = "President Yoon Suk Yeol spoke by phone with NATO Secretary General Mark Rutte"
SHARE = "The two agreed to share information on North Korean troop movements in real time"
DELEG = (
    "Seoul will send a delegation of intelligence and defense officials to NATO headquarters in Brussels to brief"
    " allies"
)
RUTTE = (
    'Rutte called the deployment, if confirmed, "a significant escalation" of North Korea\'s involvement in'
    " Russia's war against Ukraine."
)
ZEL = "Ukrainian intelligence believed North Korea was preparing about 10,000 soldiers to join Russian forces"
SUMMON = (
    "First Vice Foreign Minister Kim Hong-kyun summoned Russian Ambassador Georgy Zinoviev to the Foreign Ministry"
    " in central Seoul on Monday afternoon"
)
DEMAND = (
    "Kim demanded the immediate withdrawal of the North Korean troops and the end of military cooperation between"
    " Moscow and Pyongyang, which he said violated UN Security Council resolutions"
)
WARN = 'He warned that Seoul would respond "with all available means" in coordination with the international community.'
ZINO = (
    "Zinoviev was quoted by the Russian Embassy as saying that Russia's cooperation with North Korea \"is not directed"
    ' against the interests" of South Korea.'
)
ARMS = "the government could consider supplying weapons to Ukraine in phases"
SANC = "Seoul was reviewing additional unilateral sanctions on North Korean and Russian entities involved in the troop transfer"
SENT = (
    "North Korea had sent about 1,500 special forces troops to the Russian port of Vladivostok aboard Russian navy"
    " landing ships"
)
TRAIN = "The troops have been issued Russian uniforms and forged identity documents and are being trained at Russian military bases"
SHELLS = "It has previously accused Pyongyang of shipping more than 13,000 containers of artillery shells and missiles to Russia."
TREATY = (
    "Kim Jong Un and Russian President Vladimir Putin signed a treaty in Pyongyang in June that obliges each side to"
    " provide military assistance if the other is attacked."
)
ROADS = (
    "North Korea blew up sections of two roads linking it to the South last week, after accusing Seoul of flying"
    " drones over Pyongyang."
)
SHOTS = "The South Korean military fired warning shots across the border in response."
PARK = '"Pyongyang is trading soldiers for Russian technology and cash,"'
LEVER = "Seoul's threat to arm Ukraine is its strongest lever over Moscow."
V = [
    ("North Korea", "COOPERATE", "Russia", True, KP1, "troops sent to Russia"),
    ("South Korea", "ACCUSE", "North Korea", False, KP1, "intelligence finding"),
    ("South Korea", "ACCUSE", "Georgy Zinoviev", True, KP2, "summoned"),
    ("South Korea", "REQUEST", "Russia", True, KP2, "withdrawal of the troops"),
    ("South Korea", "AID", "Ukraine", False, KP3, "hypothetical arms supply"),
    ("South Korea", "THREATEN", "Russia", False, KP3, "implicit conditional threat"),
    ("United States", "CONSULT", "South Korea", True, RYDER, ""),
    (
        "Pat Ryder",
        "ROLE",
        "United States",
        True,
        "U.S. Defense Department press secretary Maj. Gen. Pat Ryder",
        "Pentagon press secretary",
    ),
    (
        "Pat Ryder",
        "ACCUSE",
        "North Korea",
        False,
        '"If true, it would mark a dangerous development,"',
        "conditional",
    ),
    ("Dmitry Peskov", "ROLE", "Russia", True, "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"),
    (
        "Russia",
        "COOPERATE",
        "North Korea",
        False,
        'cooperation with Pyongyang was Russia\'s "sovereign right."',
        "noun phrase",
    ),
    (
        "Dmitry Peskov",
        "REJECT",
        "South Korea",
        False,
        'Last week he dismissed similar reports as "another fake."',
        "denial, target implied",
    ),
    (
        "North Korea",
        "REJECT",
        "South Korea",
        False,
        'North Korea\'s mission to the United Nations called the reports "groundless stereotyped rumors"',
        "denial, target implied",
    ),
    (
        "Yoshimasa Hayashi",
        "ROLE",
        "Japan",
        True,
        "Japan's Chief Cabinet Secretary Yoshimasa Hayashi",
        "Chief Cabinet Secretary",
    ),
    ("Japan", "CONSULT", "South Korea", True, HAYA, "information exchange"),
    ("Japan", "CONSULT", "United States", True, HAYA, "information exchange"),
    ("Yoshimasa Hayashi", "ACCUSE", "North Korea", False, HAYA, "concern over reports"),
    (
        "Lin Jian",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesman Lin Jian",
        "Foreign Ministry spokesman",
    ),
    ("Yoon Suk Yeol", "CONSULT", "Mark Rutte", True, CALL, "phone call"),
    ("Yoon Suk Yeol", "ROLE", "South Korea", True, "President Yoon Suk Yeol", "President"),
    ("Mark Rutte", "ROLE", "NATO", True, "NATO Secretary General Mark Rutte", "Secretary General"),
    ("Yoon Suk Yeol", "AGREE", "Mark Rutte", True, SHARE, "intelligence sharing"),
    ("South Korea", "CONSULT", "NATO", False, DELEG, "planned briefing"),
    ("Mark Rutte", "ACCUSE", "North Korea", False, RUTTE, "conditional"),
    ("Russia", "ASSAULT", "Ukraine", False, RUTTE, "war in a noun phrase"),
    (
        "Volodymyr Zelensky",
        "ROLE",
        "Ukraine",
        True,
        "Ukrainian President Volodymyr Zelensky",
        "President",
    ),
    ("Ukraine", "ACCUSE", "North Korea", False, ZEL, "intelligence belief"),
    ("North Korea", "COOPERATE", "Russia", False, ZEL, "preparing troops"),
    (
        "Volodymyr Zelensky",
        "CONSULT",
        "Yoon Suk Yeol",
        False,
        "Zelensky and Yoon are expected to speak by phone later this week",
        "expected call",
    ),
    ("Kim Hong-kyun", "ACCUSE", "Georgy Zinoviev", True, SUMMON, "summoned"),
    ("Kim Hong-kyun", "ACCUSE", "Russia", False, SUMMON, "state level"),
    ("Kim Hong-kyun", "CONSULT", "Georgy Zinoviev", False, SUMMON, "meeting"),
    (
        "Kim Hong-kyun",
        "ROLE",
        "South Korea",
        True,
        "First Vice Foreign Minister Kim Hong-kyun",
        "First Vice Foreign Minister",
    ),
    ("Georgy Zinoviev", "ROLE", "Russia", True, "Russian Ambassador Georgy Zinoviev", "Ambassador"),
    ("Kim Hong-kyun", "REQUEST", "Russia", True, DEMAND, "withdraw troops, end cooperation"),
    ("Kim Hong-kyun", "REQUEST", "North Korea", False, DEMAND, "addressed to Russia's envoy"),
    ("Kim Hong-kyun", "ACCUSE", "Russia", True, DEMAND, "violation of UNSC resolutions"),
    ("Kim Hong-kyun", "ACCUSE", "North Korea", True, DEMAND, "violation of UNSC resolutions"),
    ("Russia", "COOPERATE", "North Korea", True, DEMAND, "military cooperation"),
    ("Kim Hong-kyun", "THREATEN", "Russia", True, WARN, "pronoun subject"),
    ("Georgy Zinoviev", "REJECT", "South Korea", False, ZINO, "denial"),
    ("South Korea", "AID", "Ukraine", False, ARMS, "could consider"),
    ("South Korea", "THREATEN", "Russia", False, ARMS, "implicit"),
    (
        "South Korea",
        "AID",
        "Ukraine",
        True,
        "South Korea has so far sent only humanitarian and non-lethal aid to Kyiv",
        "",
    ),
    ("South Korea", "THREATEN", "North Korea", False, SANC, "sanctions under review"),
    ("South Korea", "THREATEN", "Russia", False, SANC, "sanctions under review"),
    ("North Korea", "COOPERATE", "Russia", True, SENT, "1,500 troops shipped"),
    ("North Korea", "AID", "Russia", False, SENT, "alternative: military aid"),
    ("Russia", "COOPERATE", "North Korea", True, TRAIN, "passive; uniforms, training"),
    ("South Korea", "ACCUSE", "North Korea", True, SHELLS, "pronoun subject 'It' = NIS"),
    ("North Korea", "AID", "Russia", False, SHELLS, "alleged arms shipments"),
    ("Kim Jong Un", "AGREE", "Vladimir Putin", True, TREATY, "treaty signed"),
    ("North Korea", "ALLY", "Russia", True, TREATY, "mutual military assistance"),
    ("Vladimir Putin", "CONSULT", "Kim Jong Un", False, TREATY, "signing in Pyongyang implies a visit"),
    ("Vladimir Putin", "ROLE", "Russia", True, "Russian President Vladimir Putin", "President"),
    ("North Korea", "ACCUSE", "South Korea", True, ROADS, "drones over Pyongyang"),
    ("North Korea", "SANCTION", "South Korea", False, ROADS, "roads blown up; type debatable"),
    ("South Korea", "MOBILIZE", "North Korea", False, SHOTS, "warning shots"),
    ("South Korea", "THREATEN", "North Korea", False, SHOTS, "alternative"),
    (
        "Park Jin-seo",
        "ROLE",
        "Sejong Institute",
        True,
        "Park Jin-seo, a North Korea researcher at the Sejong Institute",
        "researcher",
    ),
    ("North Korea", "COOPERATE", "Russia", False, PARK, "analyst"),
    ("South Korea", "THREATEN", "Russia", False, LEVER, "analyst"),
]
