"""Gold tables for tajik_kyrgyz_uzbek_khujand_summit.txt."""

TJ, KG, UZ, UN = "Q863", "Q813", "Q265", "Q1065"
E = [
    (
        "Tajikistan",
        "Country",
        TJ,
        [
            "the Republic of Tajikistan",
            "Tajik",
            "the Tajik side",
            "State Committee for National Security of the Republic of Tajikistan",
        ],
        TJ,
    ),
    (
        "Kyrgyzstan",
        "Country",
        KG,
        ["the Kyrgyz Republic", "Kyrgyz", "State Committee for National Security of the Kyrgyz Republic"],
        KG,
    ),
    ("Uzbekistan", "Country", UZ, ["the Republic of Uzbekistan"], UZ),
    (
        "Emomali Rahmon",
        "Person",
        None,
        [
            "the Founder of Peace and National Unity – Leader of the Nation",
            "President of the Republic of Tajikistan Emomali Rahmon",
            "the Leader of the Nation",
            "the Leader of the Nation Emomali Rahmon",
            "the Head of State",
        ],
        TJ,
    ),
    ("Sadyr Japarov", "Person", None, ["President of the Kyrgyz Republic Sadyr Japarov"], KG),
    (
        "Shavkat Mirziyoyev",
        "Person",
        None,
        ["President of the Republic of Uzbekistan Shavkat Mirziyoyev", "The President of Uzbekistan"],
        UZ,
    ),
    ("Khujand", "Location", None, [], None),
    ("Arbob Palace of Culture", "Location", None, [], None),
    ("Fergana Valley", "Location", None, ["the Fergana Valley"], None),
    ("Consultative Meeting of the Heads of State of Central Asia", "Event", None, [], None),
    ("Tashkent", "Location", None, [], None),
    ("Bishkek", "Location", None, [], None),
    ("Dushanbe", "Location", None, [], None),
    ("Saimumin Yatimov", "Person", None, [], TJ),
    ("Kamchybek Tashiev", "Person", None, [], KG),
    ("United Nations", "IGO", UN, ["the United Nations"], None),
    ("António Guterres", "Person", None, [], UN),
    ("European Union", "IGO", "Q458", ["The European Union"], None),
    ("Russia", "Country", "Q159", ["the Russian Federation"], "Q159"),
    ("China", "Country", "Q148", ["the People's Republic of China"], "Q148"),
    ("Vladimir Putin", "Person", "Q7747", [], "Q159"),
    ("Kazakhstan", "Country", "Q232", ["the Republic of Kazakhstan"], "Q232"),
    ("Kassym-Jomart Tokayev", "Person", None, [], "Q232"),
]

LEDE = (
    "Today, in the ancient city of Khujand, the Founder of Peace and National Unity – Leader of the Nation,"
    " President of the Republic of Tajikistan Emomali Rahmon, President of the Kyrgyz Republic Sadyr Japarov and"
    " President of the Republic of Uzbekistan Shavkat Mirziyoyev held a trilateral meeting."
)
NARROW = "after which the three heads of state held talks in a narrow format"
TREATY = (
    "Following the talks, the Presidents signed the Treaty on the junction point of the state borders of the"
    " Republic of Tajikistan, the Kyrgyz Republic and the Republic of Uzbekistan."
)
DECL = "The heads of state also adopted the Khujand Declaration on Eternal Friendship"
FRIEND = (
    "in which the parties reaffirmed their commitment to good-neighbourliness, mutual trust and the peaceful"
    " settlement of all issues"
)
JOINT = (
    "a Joint Statement on expanding cooperation in the fields of trade, transport, energy and the rational use of"
    " water resources was signed"
)
INVITE = (
    "The President of Uzbekistan invited his colleagues to take part in the Consultative Meeting of the Heads of"
    " State of Central Asia, which will be held in Tashkent this year."
)
BORDER = (
    "Emomali Rahmon and Sadyr Japarov signed the Treaty between the Republic of Tajikistan and the Kyrgyz Republic"
    " on the State Border"
)
RATIFY = "was subsequently ratified by the parliaments of both countries"
DELEG = (
    "The negotiations of the government delegations were led by the Chairman of the State Committee for National"
    " Security of the Republic of Tajikistan Saimumin Yatimov and the Chairman of the State Committee for National"
    " Security of the Kyrgyz Republic Kamchybek Tashiev."
)
REOPEN = "the parties reopened the checkpoints on the Tajik-Kyrgyz border"
FLIGHTS = "resumed regular flights between Dushanbe and Bishkek"
TRAGIC = "closed since the tragic events of 2021 and 2022"
GUT = (
    'The Secretary-General of the United Nations António Guterres welcomed its signing as "an example of the'
    ' successful resolution of complex issues through dialogue."'
)
OTHERS = "The European Union, the Russian Federation and the People's Republic of China also welcomed the agreement."
PHONE = (
    "In telephone conversations held in recent days, the President of the Russian Federation Vladimir Putin and the"
    " President of the Republic of Kazakhstan Kassym-Jomart Tokayev congratulated the Leader of the Nation on this"
    " historic achievement."
)
ALLIED = (
    "the Republic of Tajikistan and the Republic of Uzbekistan signed the Treaty on Allied Relations in Dushanbe in"
    " April last year"
)
KGUZ = (
    "the Kyrgyz Republic and the Republic of Uzbekistan completed the legal registration of their common border"
    " in 2023"
)
CAPSULE = "the heads of the three states laid a capsule at the site of the future Monument of Friendship"

P3 = [
    ("Emomali Rahmon", "Sadyr Japarov"),
    ("Emomali Rahmon", "Shavkat Mirziyoyev"),
    ("Sadyr Japarov", "Shavkat Mirziyoyev"),
]
C3 = [("Tajikistan", "Kyrgyzstan"), ("Tajikistan", "Uzbekistan"), ("Kyrgyzstan", "Uzbekistan")]

V = []
V += [(a, "CONSULT", b, True, LEDE, "trilateral summit in Khujand") for a, b in P3]
V += [(a, "CONSULT", b, True, NARROW, "narrow-format talks") for a, b in P3]
V += [(a, "AGREE", b, True, TREATY, "treaty on the junction point of the three borders") for a, b in C3]
V += [(a, "AGREE", b, False, TREATY, "signatories as persons ('the Presidents')") for a, b in P3]
V += [(a, "AGREE", b, True, DECL, "Khujand Declaration on Eternal Friendship") for a, b in C3]
V += [(a, "ALLY", b, False, DECL, "'eternal friendship', not an alliance") for a, b in C3]
V += [(a, "AGREE", b, False, FRIEND, "reaffirmed commitments") for a, b in C3]
V += [(a, "AGREE", b, True, JOINT, "joint statement signed") for a, b in C3]
V += [
    (a, "COOPERATE", b, False, JOINT, "intended cooperation in trade, transport, energy, water")
    for a, b in C3
]
V += [
    (
        "Emomali Rahmon",
        "SUPPORT",
        "Kyrgyzstan",
        False,
        'noted that the signing of the document "opens a new page in the history of relations between our fraternal'
        ' peoples."',
        "",
    ),
    (
        "Emomali Rahmon",
        "SUPPORT",
        "Uzbekistan",
        False,
        'noted that the signing of the document "opens a new page in the history of relations between our fraternal'
        ' peoples."',
        "",
    ),
    (
        "Sadyr Japarov",
        "SUPPORT",
        "Tajikistan",
        True,
        "called the meeting historic and thanked the Tajik side for its hospitality",
        "thanks",
    ),
    ("Shavkat Mirziyoyev", "CONSULT", "Emomali Rahmon", False, INVITE, "invitation to a future meeting"),
    ("Shavkat Mirziyoyev", "CONSULT", "Sadyr Japarov", False, INVITE, "invitation to a future meeting"),
    (
        "Emomali Rahmon",
        "CONSULT",
        "Kyrgyzstan",
        True,
        "during the state visit of the Leader of the Nation to Bishkek",
        "state visit, March 13",
    ),
    ("Emomali Rahmon", "AGREE", "Sadyr Japarov", True, BORDER, "state border treaty, March 13"),
    ("Tajikistan", "AGREE", "Kyrgyzstan", True, BORDER, "state border treaty, March 13"),
    ("Tajikistan", "AGREE", "Kyrgyzstan", True, RATIFY, "ratification"),
    ("Saimumin Yatimov", "CONSULT", "Kamchybek Tashiev", True, DELEG, "led border negotiations"),
    ("Tajikistan", "COOPERATE", "Kyrgyzstan", True, REOPEN, "checkpoints reopened"),
    ("Tajikistan", "RETREAT", "Kyrgyzstan", False, REOPEN, "easing of border closure"),
    ("Kyrgyzstan", "RETREAT", "Tajikistan", False, REOPEN, "easing of border closure"),
    ("Tajikistan", "COOPERATE", "Kyrgyzstan", True, FLIGHTS, "flights resumed"),
    (
        "Tajikistan",
        "ASSAULT",
        "Kyrgyzstan",
        False,
        TRAGIC,
        "euphemism for the 2021/2022 border clashes; no agent",
    ),
    (
        "Kyrgyzstan",
        "ASSAULT",
        "Tajikistan",
        False,
        TRAGIC,
        "euphemism for the 2021/2022 border clashes; no agent",
    ),
    ("Tajikistan", "SANCTION", "Kyrgyzstan", False, TRAGIC, "checkpoints closed; closing party unstated"),
    ("Kyrgyzstan", "SANCTION", "Tajikistan", False, TRAGIC, "checkpoints closed; closing party unstated"),
    ("António Guterres", "SUPPORT", "Tajikistan", True, GUT, "welcomed the treaty"),
    ("António Guterres", "SUPPORT", "Kyrgyzstan", True, GUT, "welcomed the treaty"),
    ("European Union", "SUPPORT", "Tajikistan", True, OTHERS, "welcomed"),
    ("European Union", "SUPPORT", "Kyrgyzstan", True, OTHERS, "welcomed"),
    ("Russia", "SUPPORT", "Tajikistan", True, OTHERS, "welcomed"),
    ("Russia", "SUPPORT", "Kyrgyzstan", True, OTHERS, "welcomed"),
    ("China", "SUPPORT", "Tajikistan", True, OTHERS, "welcomed"),
    ("China", "SUPPORT", "Kyrgyzstan", True, OTHERS, "welcomed"),
    ("Vladimir Putin", "SUPPORT", "Emomali Rahmon", True, PHONE, "congratulations"),
    ("Vladimir Putin", "CONSULT", "Emomali Rahmon", True, PHONE, "phone call"),
    ("Kassym-Jomart Tokayev", "SUPPORT", "Emomali Rahmon", True, PHONE, "congratulations"),
    ("Kassym-Jomart Tokayev", "CONSULT", "Emomali Rahmon", True, PHONE, "phone call"),
    ("Tajikistan", "AGREE", "Uzbekistan", True, ALLIED, "Treaty on Allied Relations, April 2024"),
    ("Tajikistan", "ALLY", "Uzbekistan", True, ALLIED, "Treaty on Allied Relations"),
    ("Kyrgyzstan", "AGREE", "Uzbekistan", True, KGUZ, "border legally settled in 2023"),
]
V += [(a, "COOPERATE", b, False, CAPSULE, "symbolic joint ceremony") for a, b in P3]
V += [
    (
        "Emomali Rahmon",
        "ROLE",
        "Tajikistan",
        True,
        "President of the Republic of Tajikistan Emomali Rahmon",
        "President",
    ),
    (
        "Sadyr Japarov",
        "ROLE",
        "Kyrgyzstan",
        True,
        "President of the Kyrgyz Republic Sadyr Japarov",
        "President",
    ),
    (
        "Shavkat Mirziyoyev",
        "ROLE",
        "Uzbekistan",
        True,
        "President of the Republic of Uzbekistan Shavkat Mirziyoyev",
        "President",
    ),
    (
        "Saimumin Yatimov",
        "ROLE",
        "Tajikistan",
        True,
        "the Chairman of the State Committee for National Security of the Republic of Tajikistan Saimumin Yatimov",
        "Chairman of the State Committee for National Security",
    ),
    (
        "Kamchybek Tashiev",
        "ROLE",
        "Kyrgyzstan",
        True,
        "the Chairman of the State Committee for National Security of the Kyrgyz Republic Kamchybek Tashiev",
        "Chairman of the State Committee for National Security",
    ),
    (
        "António Guterres",
        "ROLE",
        "United Nations",
        True,
        "The Secretary-General of the United Nations António Guterres",
        "Secretary-General",
    ),
    (
        "Vladimir Putin",
        "ROLE",
        "Russia",
        True,
        "the President of the Russian Federation Vladimir Putin",
        "President",
    ),
    (
        "Kassym-Jomart Tokayev",
        "ROLE",
        "Kazakhstan",
        True,
        "the President of the Republic of Kazakhstan Kassym-Jomart Tokayev",
        "President",
    ),
]
