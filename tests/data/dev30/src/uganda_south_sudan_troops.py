"""Gold tables for uganda_south_sudan_troops.txt."""

SS, UG, UN = "Q958", "Q1036", "Q1065"
E = [
    (
        "South Sudan",
        "Country",
        SS,
        ["South Sudan's government", "Mr Kiir's government", "the government", "Mr Kiir's forces"],
        SS,
    ),
    (
        "Uganda",
        "Country",
        UG,
        [
            "Ugandan",
            "Kampala",
            "Ugandan special forces",
            "Ugandan forces",
            "Ugandan troops",
            "Ugandan soldiers",
        ],
        UG,
    ),
    (
        "Riek Machar",
        "Person",
        None,
        ["Mr Machar", "First Vice-President Riek Machar"],
        None,
    ),
    ("Salva Kiir", "Person", None, ["Kiir", "Mr Kiir", "President Salva Kiir"], SS),
    (
        "Sudan People's Liberation Movement-in-Opposition",
        "Organization",
        None,
        ["SPLM-IO", "the SPLM-IO"],
        None,
    ),
    ("Oyet Nathaniel Pierino", "Person", None, [], None),
    ("Michael Makuei", "Person", None, ["Mr Makuei", "Information Minister Michael Makuei"], SS),
    ("White Army", "Organization", None, ["the White Army"], None),
    ("Nasir", "Location", None, [], None),
    ("Upper Nile", "Location", None, ["Upper Nile state"], None),
    ("Juba", "Location", None, [], None),
    ("Puot Kang Chol", "Person", None, ["the Petroleum Minister Puot Kang Chol"], None),
    ("Gabriel Duop Lam", "Person", None, ["Gen Gabriel Duop Lam"], None),
    ("United Nations", "IGO", UN, ["UN", "UNMISS", "UN mission in South Sudan"], None),
    ("Majur Dak", "Person", None, ["Gen Majur Dak"], SS),
    (
        "Muhoozi Kainerugaba",
        "Person",
        None,
        ["Gen Muhoozi", "Gen Muhoozi Kainerugaba", "Uganda's military chief, Gen Muhoozi Kainerugaba"],
        UG,
    ),
    ("Yoweri Museveni", "Person", None, ["Ugandan President Yoweri Museveni"], UG),
    ("Felix Kulayigye", "Person", None, ["Brig Gen Felix Kulayigye"], UG),
    ("United States", "Country", "Q30", ["The US", "US"], "Q30"),
    ("Germany", "Country", "Q183", [], "Q183"),
    ("Norway", "Country", "Q20", [], "Q20"),
    ("Antonio Guterres", "Person", None, ["UN Secretary-General Antonio Guterres"], UN),
    ("Nicholas Haysom", "Person", None, [], UN),
    ("Igad", "IGO", None, ["The regional bloc Igad"], None),
    ("African Union", "IGO", "Q7159", ["The African Union", "Panel of the Wise"], None),
    ("Kenya", "Country", "Q114", ["Kenyan"], "Q114"),
    ("William Ruto", "Person", None, ["Kenyan President William Ruto"], "Q114"),
    ("Alan Boswell", "Person", None, [], None),
    ("International Crisis Group", "Organization", None, ["the International Crisis Group"], None),
    ("Sudan", "Country", "Q1049", [], "Q1049"),
]

LEDE = (
    "after First Vice-President Riek Machar was placed under house arrest and Ugandan soldiers were deployed "
    "in the capital, Juba"
)
HOUSE = (
    "a convoy of heavily armed vehicles entered Mr Machar's residence in Juba, disarmed his bodyguards and "
    "placed him under house arrest, according to his party"
)
OYET = (
    "The party's deputy leader, Oyet Nathaniel Pierino, said the arrest meant the 2018 peace deal that ended "
    'the last civil war had been "abrogated"'
)
WA = (
    "fighters from the White Army, an ethnic Nuer militia, overran an army base in Nasir, in Upper Nile state"
)
ACC = "The government accused the SPLM-IO of backing the militia, which the party denies"
ARR = (
    "Several of Mr Machar's allies were then arrested, including the Petroleum Minister Puot Kang Chol and the "
    "deputy army chief, Gen Gabriel Duop Lam"
)
HELI = "a UN helicopter attempting to evacuate soldiers from Nasir came under fire"
MUH = (
    "Uganda's military chief, Gen Muhoozi Kainerugaba, announced that Ugandan special forces had entered Juba "
    '"to secure it", at the request of Mr Kiir\'s government'
)
DEF = (
    '"We will defend its entire territory as if it were our own," Gen Muhoozi, the son of Ugandan President '
    "Yoweri Museveni, wrote on X"
)
WAR = 'he warned that any move against Mr Kiir would be treated as "a declaration of war against Uganda"'
KUL = (
    "Uganda's army spokesman, Brig Gen Felix Kulayigye, has since confirmed that Ugandan forces took part in "
    "operations around Nasir, including air strikes"
)
EMB = "Germany and Norway have temporarily closed their embassies"
USL = "The US ordered its non-emergency staff to leave South Sudan on 8 March"
GUT = 'urged Mr Kiir and Mr Machar to "put the interests of the people first"'
IGAD = (
    "The regional bloc Igad, which brokered the 2018 deal, held an emergency summit and called for the release "
    "of detained officials"
)
RUTO = "Kenyan President William Ruto said he had spoken to Mr Kiir and would send an envoy to help calm tensions"
BOS = '"Kampala has made clear it sees Kiir as its guarantee of stability on its northern border.'
V = [
    ("South Sudan", "COERCE", "Riek Machar", True, LEDE, "house arrest, agent implied"),
    ("South Sudan", "COERCE", "Riek Machar", True, HOUSE, "house arrest, per SPLM-IO"),
    (
        "Uganda",
        "MOBILIZE",
        "South Sudan",
        False,
        LEDE,
        "deployment could be read as troop mobilisation; on invitation",
    ),
    (
        "Oyet Nathaniel Pierino",
        "ACCUSE",
        "South Sudan",
        False,
        OYET,
        "peace deal 'abrogated', implicit target",
    ),
    (
        "Michael Makuei",
        "ACCUSE",
        "Riek Machar",
        True,
        'Information Minister Michael Makuei later said Mr Machar was being investigated for trying to "incite" an uprising',
        "investigation",
    ),
    (
        "Salva Kiir",
        "ASSAULT",
        "Riek Machar",
        False,
        "Mr Machar and President Salva Kiir fought on opposite sides during the 2013-2018 war",
        "background civil war; an estimated 400,000 dead",
    ),
    (
        "Salva Kiir",
        "COOPERATE",
        "Riek Machar",
        False,
        "They have governed together in an uneasy unity government since 2020",
        "unity government",
    ),
    ("White Army", "ASSAULT", "South Sudan", True, WA, "army base overrun"),
    ("South Sudan", "ACCUSE", "Sudan People's Liberation Movement-in-Opposition", True, ACC, ""),
    ("Sudan People's Liberation Movement-in-Opposition", "REJECT", "South Sudan", False, ACC, "denial"),
    (
        "Sudan People's Liberation Movement-in-Opposition",
        "SUPPORT",
        "White Army",
        False,
        ACC,
        "alleged, denied",
    ),
    ("South Sudan", "COERCE", "Puot Kang Chol", True, ARR, "arrest, agent implied"),
    ("South Sudan", "COERCE", "Gabriel Duop Lam", True, ARR, "arrest, agent implied"),
    ("White Army", "ASSAULT", "United Nations", False, HELI, "attacker not named"),
    ("United Nations", "AID", "South Sudan", False, HELI, "evacuation of soldiers"),
    (
        "United Nations",
        "ACCUSE",
        "White Army",
        False,
        'The UN mission in South Sudan (UNMISS) called the attack "abhorrent" and said it may amount to a war crime',
        "attacker not named",
    ),
    ("Uganda", "AID", "South Sudan", True, MUH, "special forces deployed to secure Juba"),
    ("Uganda", "COOPERATE", "South Sudan", False, MUH, "military cooperation reading"),
    ("Muhoozi Kainerugaba", "AID", "South Sudan", False, MUH, "announcer"),
    ("South Sudan", "REQUEST", "Uganda", True, MUH, "request for troops"),
    ("Muhoozi Kainerugaba", "ALLY", "South Sudan", True, DEF, "security guarantee; 'its' = South Sudan"),
    ("Muhoozi Kainerugaba", "SUPPORT", "Salva Kiir", True, WAR, "protection of Kiir"),
    (
        "Muhoozi Kainerugaba",
        "THREATEN",
        "Sudan People's Liberation Movement-in-Opposition",
        False,
        WAR,
        "conditional, target not named",
    ),
    ("Uganda", "ASSAULT", "Nasir", True, KUL, "operations and air strikes around Nasir"),
    ("Uganda", "ASSAULT", "White Army", False, KUL, "target implied"),
    ("Uganda", "COOPERATE", "South Sudan", False, KUL, "joint operations implied"),
    (
        "Uganda",
        "AID",
        "South Sudan",
        True,
        "its troops helped Mr Kiir's forces repel rebels in 2013",
        "2013 intervention",
    ),
    (
        "Sudan People's Liberation Movement-in-Opposition",
        "ACCUSE",
        "Uganda",
        True,
        "the SPLM-IO says the new deployment violates it",
        "violation of the 2018 peace deal",
    ),
    ("United States", "RETREAT", "South Sudan", False, USL, "ordered departure; could be read as SANCTION"),
    ("United States", "SANCTION", "South Sudan", False, USL, "reduced diplomatic presence"),
    (
        "Germany",
        "RETREAT",
        "South Sudan",
        False,
        EMB,
        "embassy closed temporarily; could be read as SANCTION",
    ),
    ("Norway", "RETREAT", "South Sudan", False, EMB, "embassy closed temporarily; could be read as SANCTION"),
    ("Germany", "SANCTION", "South Sudan", False, EMB, "embassy closure"),
    ("Norway", "SANCTION", "South Sudan", False, EMB, "embassy closure"),
    ("Antonio Guterres", "REQUEST", "Salva Kiir", True, GUT, ""),
    ("Antonio Guterres", "REQUEST", "Riek Machar", True, GUT, ""),
    ("Igad", "REQUEST", "South Sudan", True, IGAD, "release of detained officials"),
    ("Igad", "CONSULT", "South Sudan", False, IGAD, "brokered the 2018 deal, background"),
    (
        "Igad",
        "CONSULT",
        "Salva Kiir",
        True,
        "Its foreign ministers later travelled to Juba and met Mr Kiir",
        "visit",
    ),
    (
        "African Union",
        "CONSULT",
        "South Sudan",
        False,
        "The African Union has said it will send members of its Panel of the Wise to the capital",
        "planned mission",
    ),
    ("William Ruto", "CONSULT", "Salva Kiir", True, RUTO, "phone call"),
    ("William Ruto", "CONSULT", "South Sudan", False, RUTO, "planned envoy"),
    ("Uganda", "SUPPORT", "Salva Kiir", False, BOS, "analyst's view"),
    (
        "Uganda",
        "SUPPORT",
        "Salva Kiir",
        False,
        "how far Uganda is willing to go to keep Mr Kiir in power",
        "analyst's view",
    ),
    ("Riek Machar", "ROLE", "South Sudan", True, "First Vice-President Riek Machar", "First Vice-President"),
    (
        "Riek Machar",
        "ROLE",
        "Sudan People's Liberation Movement-in-Opposition",
        False,
        "according to his party, the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)",
        "leader, implied",
    ),
    (
        "Oyet Nathaniel Pierino",
        "ROLE",
        "Sudan People's Liberation Movement-in-Opposition",
        True,
        "The party's deputy leader, Oyet Nathaniel Pierino",
        "deputy leader",
    ),
    (
        "Michael Makuei",
        "ROLE",
        "South Sudan",
        True,
        "Information Minister Michael Makuei",
        "Information Minister",
    ),
    ("Salva Kiir", "ROLE", "South Sudan", True, "President Salva Kiir", "President"),
    ("Puot Kang Chol", "ROLE", "South Sudan", True, ARR, "Petroleum Minister"),
    ("Gabriel Duop Lam", "ROLE", "South Sudan", True, ARR, "deputy army chief"),
    (
        "Majur Dak",
        "ROLE",
        "South Sudan",
        True,
        "the local army commander, Gen Majur Dak",
        "local army commander",
    ),
    (
        "Muhoozi Kainerugaba",
        "ROLE",
        "Uganda",
        True,
        "Uganda's military chief, Gen Muhoozi Kainerugaba",
        "military chief",
    ),
    ("Yoweri Museveni", "ROLE", "Uganda", True, "Ugandan President Yoweri Museveni", "President"),
    (
        "Felix Kulayigye",
        "ROLE",
        "Uganda",
        True,
        "Uganda's army spokesman, Brig Gen Felix Kulayigye",
        "army spokesman",
    ),
    (
        "Antonio Guterres",
        "ROLE",
        "United Nations",
        True,
        "UN Secretary-General Antonio Guterres",
        "Secretary-General",
    ),
    (
        "Nicholas Haysom",
        "ROLE",
        "United Nations",
        True,
        "The head of UNMISS, Nicholas Haysom",
        "head of UNMISS",
    ),
    ("William Ruto", "ROLE", "Kenya", True, "Kenyan President William Ruto", "President"),
    (
        "Alan Boswell",
        "ROLE",
        "International Crisis Group",
        True,
        "says Alan Boswell of the International Crisis Group",
        "analyst",
    ),
]
