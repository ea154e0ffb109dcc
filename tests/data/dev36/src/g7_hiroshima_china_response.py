"""Gold tables for g7_hiroshima_china_response.txt."""

CN, JP, US, UK, RU, UA = "Q148", "Q17", "Q30", "Q145", "Q159", "Q212"
E = [
    (
        "China",
        "Country",
        CN,
        [
            "Beijing",
            "Chinese",
            "the Chinese Foreign Ministry",
            "a spokesperson for the Chinese Foreign Ministry",
            "the Foreign Ministry spokesperson",
            "the Chinese Embassy in Britain",
        ],
        CN,
    ),
    ("Sun Weidong", "Person", None, ["Chinese Vice Foreign Minister Sun Weidong", "Sun"], CN),
    ("Japan", "Country", JP, ["Tokyo", "Japanese", "the Japanese embassy"], JP),
    (
        "Hideo Tarumi",
        "Person",
        None,
        ["Japanese Ambassador to China Hideo Tarumi", "Tarumi", "the ambassador"],
        JP,
    ),
    ("Group of Seven", "IGO", None, ["G7", "the group", "the G7 leaders"], None),
    ("G7 summit", "Event", None, ["this year's G7 summit", "the summit"], None),
    ("Hiroshima", "Location", None, [], None),
    ("Taiwan", "Country", "Q865", [], "Q865"),
    ("Taiwan Strait", "Location", None, ["the Taiwan Strait"], None),
    ("United States", "Country", US, ["the United States", "Washington", "U.S."], US),
    ("Hong Kong", "Location", None, [], None),
    ("Xinjiang", "Location", None, [], None),
    ("Xizang", "Location", None, [], None),
    ("Germany", "Country", "Q183", [], "Q183"),
    (
        "United Kingdom",
        "Country",
        UK,
        ["Britain", "British", "the British side", "the UK"],
        UK,
    ),
    ("France", "Country", "Q142", [], "Q142"),
    ("Italy", "Country", "Q38", [], "Q38"),
    ("Canada", "Country", "Q16", [], "Q16"),
    ("European Union", "IGO", "Q458", ["the European Union"], None),
    ("Russia", "Country", RU, ["Moscow", "The Russian Foreign Ministry"], RU),
    ("Ukraine", "Country", UA, ["Kiev", "Ukrainian"], UA),
    ("Rishi Sunak", "Person", None, ["British Prime Minister Rishi Sunak"], UK),
    ("Volodymyr Zelensky", "Person", None, ["Ukrainian President Volodymyr Zelensky"], UA),
    ("Joe Biden", "Person", "Q6279", ["U.S. President Joe Biden"], US),
    ("Brazil", "Country", "Q155", ["Brazilian"], "Q155"),
    (
        "Luiz Inacio Lula da Silva",
        "Person",
        "Q37181",
        ["Brazilian President Luiz Inacio Lula da Silva"],
        "Q155",
    ),
    ("United Nations", "IGO", "Q1065", ["the United Nations"], None),
    ("Li Haidong", "Person", None, ["Li"], None),
    (
        "China Foreign Affairs University",
        "Organization",
        None,
        ["the China Foreign Affairs University"],
        None,
    ),
    ("Xinhua", "Organization", None, [], None),
]

SUMMON = (
    "Chinese Vice Foreign Minister Sun Weidong on Sunday summoned Japanese Ambassador to China Hideo Tarumi to lodge "
    "stern representations over the hyping up of China-related issues at the Group of Seven (G7) summit in Hiroshima"
)
COLLUDE = "Japan colluded with other countries in a series of activities and joint documents to smear and attack China"
URGE = (
    "urging Japan to correct its understanding of China, grasp strategic autonomy and return to the right track of "
    "stabilizing and developing China-Japan relations"
)
DEMARCHE = (
    "a spokesperson for the Chinese Foreign Ministry said in a statement on Saturday night that China had lodged "
    "serious demarches with Japan and other parties concerned"
)
G7SMEAR = "The G7 insisted on manipulating China-related issues, smearing and attacking China"
DEPLORE = "China strongly deplores and firmly opposes the communique issued by the group"
TAIWAN = 'the G7 keeps talking about peace across the Taiwan Strait yet never says it opposes "Taiwan independence."'
COERCER = "the spokesperson said the United States is the real coercer"
REFLECT = "The G7 should reflect on its own conduct rather than pointing fingers at others"
HK = "The statement also rejected the group's remarks on Hong Kong, Xinjiang and Xizang"
COMM = (
    "The communique, released on Saturday by the leaders of the United States, Japan, Germany, Britain, France, "
    "Italy and Canada, as well as the European Union"
)
PRESS = "called on Beijing to press Russia to end its military operations in Ukraine"
TARUMI = (
    "Tarumi responded during the meeting that it was natural for the G7 to refer to issues of common concern, and "
    "that Tokyo would continue to raise them as long as China did not change its behavior"
)
EMB = (
    "a spokesperson for the Chinese Embassy in Britain on Sunday urged the British side to stop slandering and "
    "smearing China"
)
SUNAK = (
    'British Prime Minister Rishi Sunak said at the summit that China represents "the greatest challenge of our '
    'age" to global security'
)
RUMORS = (
    "We urge the UK to stop spreading rumors about China so as to avoid further damage to China-UK relations"
)
RUSSIA = (
    'The Russian Foreign Ministry said in a statement that the Hiroshima decisions were aimed at the "double '
    'containment" of Russia and China'
)
ZEL = "Ukrainian President Volodymyr Zelensky attended the summit in person"
AIDK = "U.S. President Joe Biden announced a new package of military aid for Kiev"
SANC = "the G7 leaders pledged to tighten sanctions on Moscow"
LULA = (
    "Brazilian President Luiz Inacio Lula da Silva, who was invited to the outreach sessions, told reporters that the "
    "United Nations, rather than the G7, was the proper venue to discuss the conflict"
)
LI = "the G7 was increasingly acting as a tool of U.S. strategy to contain China"
LI2 = "Japan has tried to use its host role to win favor with Washington, but this will only hurt its own interests"
V = [
    ("Sun Weidong", "ACCUSE", "Hideo Tarumi", True, SUMMON, "summoning"),
    ("China", "ACCUSE", "Japan", False, SUMMON, "summoning, state level"),
    ("Sun Weidong", "CONSULT", "Hideo Tarumi", False, SUMMON, "meeting"),
    ("Sun Weidong", "ACCUSE", "Group of Seven", False, SUMMON, "over G7 summit"),
    ("Sun Weidong", "ACCUSE", "Japan", True, COLLUDE, "smear, interference"),
    (
        "Japan",
        "CONSULT",
        "Group of Seven",
        False,
        "As the host of this year's G7 summit",
        "host, noun phrase",
    ),
    ("Sun Weidong", "REQUEST", "Japan", True, URGE, ""),
    ("China", "ACCUSE", "Japan", True, DEMARCHE, "demarche"),
    ("China", "PROTEST", "Japan", False, DEMARCHE, "demarche as protest"),
    ("China", "ACCUSE", "Group of Seven", True, G7SMEAR, ""),
    ("China", "ACCUSE", "Group of Seven", True, DEPLORE, "deplores communique"),
    ("China", "REJECT", "Group of Seven", False, DEPLORE, "opposes communique"),
    ("China", "ACCUSE", "Group of Seven", True, TAIWAN, "Taiwan"),
    (
        "China",
        "REJECT",
        "Group of Seven",
        False,
        "resolving the Taiwan question is a matter for the Chinese people",
        "",
    ),
    ("China", "ACCUSE", "United States", True, COERCER, "'real coercer'"),
    ("China", "REQUEST", "Group of Seven", False, REFLECT, "rhetorical demand"),
    ("China", "REJECT", "Group of Seven", False, HK, "dismissal"),
    ("Group of Seven", "ACCUSE", "China", False, HK, "G7 remarks implied"),
    ("United States", "MEMBER_OF", "Group of Seven", False, COMM, "implied"),
    ("Japan", "MEMBER_OF", "Group of Seven", False, COMM, "implied"),
    ("Germany", "MEMBER_OF", "Group of Seven", False, COMM, "implied"),
    ("United Kingdom", "MEMBER_OF", "Group of Seven", False, COMM, "implied"),
    ("France", "MEMBER_OF", "Group of Seven", False, COMM, "implied"),
    ("Italy", "MEMBER_OF", "Group of Seven", False, COMM, "implied"),
    ("Canada", "MEMBER_OF", "Group of Seven", False, COMM, "implied"),
    ("Group of Seven", "REQUEST", "China", True, PRESS, "press Russia on Ukraine"),
    ("Russia", "ASSAULT", "Ukraine", False, PRESS, "background noun phrase"),
    ("Hideo Tarumi", "REJECT", "China", True, TARUMI, "refuses to stop raising issues"),
    ("Hideo Tarumi", "ACCUSE", "China", False, TARUMI, "implied"),
    ("Hideo Tarumi", "CONSULT", "Sun Weidong", False, "Tarumi responded during the meeting", "meeting"),
    ("China", "REQUEST", "United Kingdom", True, EMB, "stop slandering"),
    ("China", "ACCUSE", "United Kingdom", True, EMB, "slandering"),
    ("Rishi Sunak", "ACCUSE", "China", True, SUNAK, "'greatest challenge'"),
    ("China", "REQUEST", "United Kingdom", True, RUMORS, ""),
    ("China", "THREATEN", "United Kingdom", False, RUMORS, "veiled: further damage to relations"),
    ("Russia", "ACCUSE", "Group of Seven", True, RUSSIA, "'double containment'"),
    (
        "Russia",
        "ACCUSE",
        "G7 summit",
        False,
        "Russia also voiced criticism of the summit.",
        "target is the Event",
    ),
    ("Volodymyr Zelensky", "CONSULT", "Group of Seven", True, ZEL, "attended"),
    ("Joe Biden", "AID", "Ukraine", True, AIDK, "military aid package"),
    ("Group of Seven", "SANCTION", "Russia", True, SANC, "pledged tighter sanctions"),
    ("Group of Seven", "THREATEN", "Russia", False, SANC, "alternative reading of pledge"),
    ("Group of Seven", "CONSULT", "Luiz Inacio Lula da Silva", False, LULA, "invited, relative clause"),
    ("Luiz Inacio Lula da Silva", "ACCUSE", "Group of Seven", False, LULA, "mild criticism"),
    ("Luiz Inacio Lula da Silva", "SUPPORT", "United Nations", False, LULA, ""),
    ("Li Haidong", "ACCUSE", "Group of Seven", False, LI, "analyst"),
    ("Li Haidong", "ACCUSE", "United States", False, LI, "analyst"),
    ("Li Haidong", "ACCUSE", "Japan", False, LI2, "analyst"),
    ("China", "COOPERATE", "Japan", False, "China is Japan's largest trading partner", "trade"),
    (
        "Group of Seven",
        "COOPERATE",
        "China",
        False,
        'The G7 leaders said in the communique that they were ready to build "constructive and stable relations" with China.',
        "stated intent",
    ),
    (
        "Sun Weidong",
        "ROLE",
        "China",
        True,
        "Chinese Vice Foreign Minister Sun Weidong",
        "Vice Foreign Minister",
    ),
    (
        "Hideo Tarumi",
        "ROLE",
        "Japan",
        True,
        "Japanese Ambassador to China Hideo Tarumi",
        "Ambassador to China",
    ),
    ("Rishi Sunak", "ROLE", "United Kingdom", True, "British Prime Minister Rishi Sunak", "Prime Minister"),
    ("Volodymyr Zelensky", "ROLE", "Ukraine", True, ZEL, "President"),
    ("Joe Biden", "ROLE", "United States", True, AIDK, "President"),
    (
        "Luiz Inacio Lula da Silva",
        "ROLE",
        "Brazil",
        True,
        "Brazilian President Luiz Inacio Lula da Silva",
        "President",
    ),
    (
        "Li Haidong",
        "ROLE",
        "China Foreign Affairs University",
        True,
        "Li Haidong, a professor at the China Foreign Affairs University",
        "professor",
    ),
]
