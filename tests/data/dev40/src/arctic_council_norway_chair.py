"""Gold tables for arctic_council_norway_chair.txt."""

RU, NO, US = "Q159", "Q20", "Q30"
E = [
    ("Arctic Council", "IGO", None, [], None),
    (
        "Russia",
        "Country",
        RU,
        ["Moscow", "Russian", "The Russian Foreign Ministry"],
        RU,
    ),
    ("Norway", "Country", NO, ["Oslo"], NO),
    ("Canada", "Country", "Q16", [], "Q16"),
    ("Denmark", "Country", "Q35", [], "Q35"),
    ("Finland", "Country", "Q33", [], "Q33"),
    ("Iceland", "Country", "Q189", [], "Q189"),
    ("Sweden", "Country", "Q34", ["Stockholm"], "Q34"),
    ("United States", "Country", US, ["Washington", "the State Department"], US),
    ("Ukraine", "Country", "Q212", [], "Q212"),
    ("China", "Country", "Q148", [], "Q148"),
    ("India", "Country", "Q668", [], "Q668"),
    ("Turkey", "Country", "Q43", ["Türkiye"], "Q43"),
    ("Hungary", "Country", "Q28", [], "Q28"),
    ("NATO", "IGO", "Q7184", ["the alliance"], None),
    ("Anniken Huitfeldt", "Person", None, ["Foreign Minister Anniken Huitfeldt"], NO),
    ("Morten Høglund", "Person", None, [], NO),
    ("Nikolay Korchunov", "Person", None, ["Korchunov"], RU),
    ("Svein Vigeland Rottem", "Person", None, [], None),
    ("Astri Edvardsen", "Person", None, [], None),
    ("Fridtjof Nansen Institute", "Organization", None, [], None),
    ("Saami Council", "Organization", None, ["The Saami Council"], None),
    (
        "RIA Novosti",
        "Organization",
        None,
        ["Russian state news agency RIA Novosti"],
        None,
    ),
    ("High North News", "Organization", None, [], None),
    ("Salekhard", "Location", None, [], None),
    ("Yamal-Nenets region", "Location", None, [], None),
    ("Barents Sea", "Location", None, ["the Barents Sea"], None),
    ("Arctic", "Location", None, [], None),
    ("Greenland", "Location", "Q223", [], None),
    ("Faroe Islands", "Location", "Q4628", ["the Faroe Islands"], None),
]

WEST = ["Canada", "Denmark", "Finland", "Iceland", "Norway", "Sweden", "United States"]
SEVEN = (
    "Representatives of the other seven member states – Canada, Denmark, Finland, Iceland, Norway, Sweden and "
    "the United States – followed the proceedings online rather than travelling to Russia"
)
PAUSE = (
    "the seven Western states announced that they were pausing all participation in its meetings in protest at "
    "Russia's full-scale invasion of Ukraine"
)
STAY = 'Russia would remain in the council only "as long as it serves our national interests"'
CLUB = "If the council becomes a club of NATO countries, we will look for other formats"
PARTNERS = (
    "He said Russia was ready to develop Arctic research and shipping projects with non-Arctic partners, "
    "naming China and India"
)
OBS = "both of which hold observer status in the council"
OUTSIDE = "Russia will be the only one of the eight Arctic states outside the alliance"
FISH = (
    "the two countries jointly manage some of the world's richest cod stocks through a fisheries commission "
    "that has continued to meet despite the war"
)
V = [
    (
        "Russia",
        "COOPERATE",
        "Norway",
        False,
        "Russia passed the Arctic Council chairship to Norway on Thursday",
        "routine chairship handover",
    ),
    *[(w, "MEMBER_OF", "Arctic Council", True, SEVEN, "member state") for w in WEST],
    *[
        (w, "CONSULT", "Russia", False, SEVEN, "joined the Salekhard meeting online")
        for w in WEST
        if w != "Norway"
    ],
    (
        "Norway",
        "CONSULT",
        "Russia",
        False,
        SEVEN,
        "joined the Salekhard meeting online",
    ),
    (
        "Russia",
        "MEMBER_OF",
        "Arctic Council",
        True,
        "Russia would remain in the council",
        "member implied by 'other seven member states' and stated here",
    ),
    (
        "Arctic Council",
        "SUPPORT",
        "Norway",
        True,
        "the council issued a short written statement in which it reaffirmed its role",
        "welcomed Norway's chairship",
    ),
    (
        "Arctic Council",
        "SUPPORT",
        "Norway",
        True,
        "welcomed Norway's chairship",
        "",
    ),
    (
        "Anniken Huitfeldt",
        "SUPPORT",
        "Arctic Council",
        False,
        "Our most important task is to safeguard the Arctic Council",
        "stated priority",
    ),
    (
        "Morten Høglund",
        "COOPERATE",
        "Russia",
        False,
        "Oslo would seek a way for the council's working groups to resume project work",
        "intent",
    ),
    (
        "Morten Høglund",
        "REJECT",
        "Russia",
        True,
        "conceded that political meetings with Russia were not on the table",
        "no political meetings while the war continues",
    ),
    *[(w, "SANCTION", "Russia", True, PAUSE, "paused participation (boycott)") for w in WEST],
    *[(w, "PROTEST", "Russia", False, PAUSE, "boycott in protest") for w in WEST],
    ("Russia", "ASSAULT", "Ukraine", False, PAUSE, "invasion in a noun phrase"),
    *[
        (
            w,
            "REJECT",
            "Russia",
            False,
            "while its Western members refuse to work with Moscow",
            "collective refusal",
        )
        for w in WEST
    ],
    (
        "Turkey",
        "REJECT",
        "Sweden",
        False,
        "Sweden's application is awaiting ratification by Türkiye and Hungary",
        "pending ratification, not a stated refusal",
    ),
    (
        "Hungary",
        "REJECT",
        "Sweden",
        False,
        "Sweden's application is awaiting ratification by Türkiye and Hungary",
        "pending ratification, not a stated refusal",
    ),
    (
        "Russia",
        "ACCUSE",
        "United States",
        True,
        "Moscow has repeatedly criticised the boycott by Washington and its allies",
        "",
    ),
    ("Nikolay Korchunov", "THREATEN", "Arctic Council", True, STAY, "conditional exit"),
    (
        "Nikolay Korchunov",
        "ACCUSE",
        "Arctic Council",
        False,
        "warned against what he called the politicisation of a body created for practical cooperation",
        "",
    ),
    ("Nikolay Korchunov", "THREATEN", "Arctic Council", True, CLUB, "conditional exit"),
    ("Nikolay Korchunov", "ACCUSE", "NATO", False, CLUB, ""),
    ("Russia", "COOPERATE", "China", False, PARTNERS, "stated readiness"),
    ("Russia", "COOPERATE", "India", False, PARTNERS, "stated readiness"),
    ("China", "MEMBER_OF", "Arctic Council", False, OBS, "observer, not member"),
    ("India", "MEMBER_OF", "Arctic Council", False, OBS, "observer, not member"),
    (
        "Russia",
        "SUPPORT",
        "Arctic Council",
        False,
        'it had done "everything possible" during its chairship to preserve the council',
        "self-description",
    ),
    (
        "Russia",
        "ACCUSE",
        "United States",
        True,
        "accused Western governments, led by Washington, of damaging circumpolar cooperation",
        "",
    ),
    ("Finland", "MEMBER_OF", "NATO", True, "Finland joined NATO in April", ""),
    (
        "Sweden",
        "REQUEST",
        "NATO",
        False,
        "Sweden's application is awaiting ratification by Türkiye and Hungary",
        "membership application",
    ),
    *[(w, "MEMBER_OF", "NATO", False, OUTSIDE, "implied") for w in WEST if w not in ("Finland", "Sweden")],
    ("Norway", "COOPERATE", "Russia", True, FISH, "joint fisheries management"),
    ("Norway", "CONSULT", "Russia", False, FISH, "commission meetings"),
    (
        "Saami Council",
        "REQUEST",
        "Arctic Council",
        False,
        "called on the eight governments to restore the working groups",
        "addressed to the member governments",
    ),
    (
        "Saami Council",
        "MEMBER_OF",
        "Arctic Council",
        False,
        "whose organisations sit as Permanent Participants",
        "Permanent Participant",
    ),
    (
        "United States",
        "SUPPORT",
        "Norway",
        True,
        "The United States welcomed Norway's chairship",
        "",
    ),
    (
        "United States",
        "SUPPORT",
        "Norway",
        True,
        "thanked Norway for taking on the role",
        "",
    ),
    (
        "United States",
        "COOPERATE",
        "Norway",
        False,
        "Washington looked forward to working with Oslo",
        "intent",
    ),
    (
        "Anniken Huitfeldt",
        "ROLE",
        "Norway",
        True,
        "Foreign Minister Anniken Huitfeldt said in a statement from Oslo",
        "Foreign Minister",
    ),
    (
        "Morten Høglund",
        "ROLE",
        "Norway",
        True,
        "Morten Høglund, Norway's new chair of the Senior Arctic Officials",
        "chair of the Senior Arctic Officials",
    ),
    (
        "Morten Høglund",
        "ROLE",
        "Arctic Council",
        False,
        "Morten Høglund, Norway's new chair of the Senior Arctic Officials",
        "SAO chair (council body)",
    ),
    (
        "Nikolay Korchunov",
        "ROLE",
        "Russia",
        True,
        "Nikolay Korchunov, Russia's ambassador-at-large for Arctic cooperation",
        "ambassador-at-large for Arctic cooperation",
    ),
    (
        "Nikolay Korchunov",
        "ROLE",
        "Arctic Council",
        False,
        "outgoing chair of the Senior Arctic Officials",
        "outgoing SAO chair",
    ),
    (
        "Svein Vigeland Rottem",
        "ROLE",
        "Fridtjof Nansen Institute",
        True,
        "Svein Vigeland Rottem, a senior researcher at the Fridtjof Nansen Institute",
        "senior researcher",
    ),
]
