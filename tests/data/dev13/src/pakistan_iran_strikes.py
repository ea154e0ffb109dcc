"""Gold tables for pakistan_iran_strikes.txt."""

PK, IR, UN = "Q843", "Q794", "Q1065"
E = [
    (
        "Pakistan",
        "Country",
        PK,
        [
            "Islamabad",
            "Pakistani",
            "the Foreign Office",
            "The Foreign Office in Islamabad",
            "the Inter-Services Public Relations",
            "ISPR",
            "the National Security Committee",
        ],
        PK,
    ),
    (
        "Iran",
        "Country",
        IR,
        [
            "Tehran",
            "Iranian",
            "the Islamic Republic of Iran",
            "Iranian security forces",
            "Iran's Revolutionary Guards",
        ],
        IR,
    ),
    ("Sistan-Baluchestan", "Location", None, ["Siestan-o-Baluchistan province"], None),
    ("Balochistan", "Location", None, [], None),
    ("Marg Bar Sarmachar", "Event", None, [], None),
    ("Balochistan Liberation Army", "Organization", None, [], None),
    ("Balochistan Liberation Front", "Organization", None, [], None),
    ("Saravan", "Location", None, [], None),
    ("Ahmad Vahidi", "Person", None, ["Iran's Interior Minister Ahmad Vahidi"], IR),
    ("Nasser Kanaani", "Person", None, ["Foreign ministry spokesman Nasser Kanaani"], IR),
    ("Panjgur", "Location", None, ["the Panjgur district"], None),
    ("Jaish al-Adl", "Organization", None, [], None),
    ("Mumtaz Zahra Baloch", "Person", None, ["Foreign Office spokesperson Mumtaz Zahra Baloch"], PK),
    ("Rask", "Location", None, [], None),
    (
        "Anwaarul Haq Kakar",
        "Person",
        None,
        ["Caretaker Prime Minister Anwaarul Haq Kakar", "the caretaker prime minister"],
        PK,
    ),
    ("World Economic Forum", "Organization", None, [], None),
    ("Davos", "Location", None, [], None),
    ("Jalil Abbas Jilani", "Person", None, ["Foreign Minister Jalil Abbas Jilani"], PK),
    ("Kampala", "Location", None, [], None),
    ("Non-Aligned Movement", "IGO", None, [], None),
    ("China", "Country", "Q148", ["Beijing", "Chinese"], "Q148"),
    ("Mao Ning", "Person", None, [], "Q148"),
    ("United Nations", "IGO", UN, ["UN"], None),
    ("António Guterres", "Person", None, ["UN Secretary General António Guterres"], UN),
    ("Stéphane Dujarric", "Person", None, [], UN),
    ("United States", "Country", "Q30", ["The United States", "State Department"], "Q30"),
    ("Matthew Miller", "Person", None, ["State Department spokesman Matthew Miller"], "Q30"),
    ("Erbil", "Location", None, [], None),
    ("Kurdistan region", "Location", None, [], None),
    ("Iraq", "Country", "Q796", [], "Q796"),
    ("Syria", "Country", "Q858", [], "Q858"),
    ("Idlib", "Location", None, [], None),
    ("UN Security Council", "IGO", "Q37470", [], None),
    ("Israel", "Country", "Q801", ["Israeli"], "Q801"),
    ("Turkey", "Country", "Q43", ["Turkish"], "Q43"),
    ("Hakan Fidan", "Person", None, ["Turkish Foreign Minister Hakan Fidan"], "Q43"),
    ("Baqir Sajjad Syed", "Person", None, [], None),
]

LEDE = (
    "Pakistan on Thursday carried out strikes against what it called terrorist hideouts in Iran's"
    " Sistan-Baluchestan province"
)
FO = (
    "This morning Pakistan undertook a series of highly coordinated and specifically targeted precision military"
    " strikes against terrorist hideouts in Siestan-o-Baluchistan province of Iran"
)
ISPR = (
    "The military's media wing, the Inter-Services Public Relations (ISPR), said the hideouts were used by the"
    " Balochistan Liberation Army and the Balochistan Liberation Front"
)
SUMMON = "Tehran summoned Pakistan's chargé d'affaires to lodge a protest and demand an explanation"
CONCERN = (
    'It said Pakistan had for years shared "serious concerns" with Iran about safe havens enjoyed by'
    ' "Pakistani-origin terrorists calling themselves Sarmachars" on the Iranian side of the border'
)
PANJ = (
    "On Tuesday night, Iran struck a village in the Panjgur district, saying it had targeted bases of the militant"
    " group Jaish al-Adl."
)
CHINA = "China, which has close ties with both countries, urged the two sides to exercise restraint."
MAO = '"We are willing to play a constructive role in easing the situation," Chinese foreign ministry spokesperson'
GUT = (
    'UN Secretary General António Guterres was "deeply concerned" by the exchange of strikes and called on both'
    " countries to avoid further escalation"
)
MILLER = (
    "We've seen Iran violate the sovereign borders of three of its neighbours in just the last couple of days"
)
IRANSTRIKES = (
    "Iranian missile attacks this week on Erbil in Iraq's Kurdistan region and on targets in Syria's Idlib"
)
IRAQ = (
    "Iraq recalled its ambassador from Tehran and lodged a complaint with the UN Security Council over the Erbil"
    " attack"
)
FIDAN = "Turkish Foreign Minister Hakan Fidan spoke by phone with his Pakistani and Iranian counterparts"
LONG = (
    "Islamabad and Tehran have long accused each other of allowing militants to operate from their territory"
)
V = [
    ("Pakistan", "ASSAULT", "Iran", True, LEDE, "strikes on Iranian soil against militant hideouts"),
    (
        "Iran",
        "ASSAULT",
        "Pakistan",
        True,
        "less than 48 hours after Tehran fired missiles and drones into Balochistan",
        "missiles and drones",
    ),
    ("Pakistan", "ASSAULT", "Iran", True, FO, "Marg Bar Sarmachar"),
    ("Pakistan", "ASSAULT", "Balochistan Liberation Army", True, ISPR, "hideouts targeted"),
    ("Pakistan", "ASSAULT", "Balochistan Liberation Front", True, ISPR, "hideouts targeted"),
    (
        "Pakistan",
        "ASSAULT",
        "Iran",
        False,
        "were killed when missiles struck a village near the border town of Saravan",
        "passive, agent implied; 9 killed incl. 4 children, 3 women",
    ),
    ("Iran", "ACCUSE", "Pakistan", True, SUMMON, "chargé d'affaires summoned (unnamed)"),
    ("Iran", "REQUEST", "Pakistan", True, SUMMON, "demand for explanation"),
    ("Iran", "CONSULT", "Pakistan", False, SUMMON, "summoning as meeting"),
    (
        "Nasser Kanaani",
        "ACCUSE",
        "Pakistan",
        True,
        "Foreign ministry spokesman Nasser Kanaani condemned the strikes",
        "condemnation",
    ),
    (
        "Pakistan",
        "SUPPORT",
        "Iran",
        False,
        "Pakistan fully respects the sovereignty and territorial integrity of the Islamic Republic of Iran",
        "conciliatory statement",
    ),
    (
        "Pakistan",
        "SUPPORT",
        "Iran",
        False,
        'describing Iran as a "brotherly country" and calling for "dialogue and cooperation"',
        "",
    ),
    (
        "Pakistan",
        "REQUEST",
        "Iran",
        False,
        'describing Iran as a "brotherly country" and calling for "dialogue and cooperation"',
        "call for dialogue; could be intent to cooperate",
    ),
    ("Pakistan", "ACCUSE", "Iran", True, CONCERN, "safe havens"),
    ("Pakistan", "CONSULT", "Iran", False, CONCERN, "concerns shared over years"),
    (
        "Pakistan",
        "ACCUSE",
        "Iran",
        False,
        'that Tehran had not acted on "concrete evidence" shared with it',
        "accusation of inaction",
    ),
    ("Iran", "ASSAULT", "Pakistan", True, PANJ, "village in Panjgur struck"),
    ("Iran", "ASSAULT", "Jaish al-Adl", False, PANJ, "Iran's claim"),
    (
        "Pakistan",
        "ACCUSE",
        "Iran",
        True,
        'which called the attack an "unprovoked violation" of Pakistan\'s airspace',
        "",
    ),
    (
        "Iran",
        "ASSAULT",
        "Pakistan",
        False,
        "Two children were killed and three girls injured, according to the Foreign Office",
        "2 children killed, 3 girls injured; agent implicit",
    ),
    (
        "Pakistan",
        "SANCTION",
        "Iran",
        True,
        "On Wednesday, Pakistan recalled its ambassador from Tehran",
        "ambassador recalled",
    ),
    (
        "Pakistan",
        "SANCTION",
        "Iran",
        True,
        "told Iran's envoy, who was visiting his home country, that he should not return to Islamabad for now",
        "envoy barred from returning",
    ),
    (
        "Pakistan",
        "SANCTION",
        "Iran",
        True,
        "all high-level visits between the two countries had been suspended",
        "visits suspended",
    ),
    (
        "Mumtaz Zahra Baloch",
        "SANCTION",
        "Iran",
        False,
        "Foreign Office spokesperson Mumtaz Zahra Baloch also announced that all high-level visits between the two"
        " countries had been suspended",
        "announcer",
    ),
    (
        "Jaish al-Adl",
        "ASSAULT",
        "Iran",
        True,
        "Jaish al-Adl, a Sunni militant group, has carried out repeated attacks on Iranian security forces.",
        "",
    ),
    (
        "Iran",
        "ACCUSE",
        "Jaish al-Adl",
        True,
        "Tehran blamed it for a raid on a police station in Rask last month",
        "",
    ),
    (
        "Jaish al-Adl",
        "ASSAULT",
        "Iran",
        False,
        "a raid on a police station in Rask last month in which 11 policemen were killed",
        "attributed by Tehran; 11 killed",
    ),
    (
        "Jalil Abbas Jilani",
        "CONSULT",
        "Non-Aligned Movement",
        False,
        "where he was attending the Non-Aligned Movement summit",
        "summit attendance",
    ),
    ("China", "REQUEST", "Pakistan", True, CHINA, "restraint"),
    ("China", "REQUEST", "Iran", True, CHINA, "restraint"),
    ("Mao Ning", "CONSULT", "Pakistan", False, MAO, "offer to mediate"),
    ("Mao Ning", "CONSULT", "Iran", False, MAO, "offer to mediate"),
    ("António Guterres", "REQUEST", "Pakistan", True, GUT, "avoid escalation"),
    ("António Guterres", "REQUEST", "Iran", True, GUT, "avoid escalation"),
    ("United States", "ACCUSE", "Iran", True, "The United States condemned Tuesday's Iranian strike.", ""),
    ("Matthew Miller", "ACCUSE", "Iran", True, MILLER, ""),
    ("Iran", "ASSAULT", "Iraq", False, IRANSTRIKES, "noun phrase; Erbil"),
    ("Iran", "ASSAULT", "Syria", False, IRANSTRIKES, "noun phrase; Idlib, targets unnamed"),
    ("Iraq", "SANCTION", "Iran", True, IRAQ, "ambassador recalled"),
    ("Iraq", "ACCUSE", "Iran", True, IRAQ, "complaint to the UNSC"),
    ("Iraq", "REQUEST", "UN Security Council", False, IRAQ, "complaint lodged with the council"),
    (
        "Iran",
        "ASSAULT",
        "Israel",
        False,
        'which Iran\'s Revolutionary Guards said had hit an Israeli "espionage headquarters"',
        "IRGC claim",
    ),
    ("Hakan Fidan", "CONSULT", "Pakistan", True, FIDAN, "phone call"),
    ("Hakan Fidan", "CONSULT", "Iran", True, FIDAN, "phone call"),
    ("Pakistan", "ACCUSE", "Iran", True, LONG, "mutual accusations"),
    ("Iran", "ACCUSE", "Pakistan", True, LONG, "mutual accusations"),
    ("Ahmad Vahidi", "ROLE", "Iran", True, "Iran's Interior Minister Ahmad Vahidi", "Interior Minister"),
    (
        "Nasser Kanaani",
        "ROLE",
        "Iran",
        True,
        "Foreign ministry spokesman Nasser Kanaani",
        "foreign ministry spokesman",
    ),
    (
        "Mumtaz Zahra Baloch",
        "ROLE",
        "Pakistan",
        True,
        "Foreign Office spokesperson Mumtaz Zahra Baloch",
        "Foreign Office spokesperson",
    ),
    (
        "Anwaarul Haq Kakar",
        "ROLE",
        "Pakistan",
        True,
        "Caretaker Prime Minister Anwaarul Haq Kakar",
        "Caretaker Prime Minister",
    ),
    (
        "Jalil Abbas Jilani",
        "ROLE",
        "Pakistan",
        True,
        "Foreign Minister Jalil Abbas Jilani",
        "Foreign Minister",
    ),
    (
        "Mao Ning",
        "ROLE",
        "China",
        True,
        "Chinese foreign ministry spokesperson Mao Ning",
        "foreign ministry spokesperson",
    ),
    (
        "António Guterres",
        "ROLE",
        "United Nations",
        True,
        "UN Secretary General António Guterres",
        "Secretary General",
    ),
    ("Stéphane Dujarric", "ROLE", "United Nations", True, "his spokesman Stéphane Dujarric", "spokesman"),
    (
        "Matthew Miller",
        "ROLE",
        "United States",
        True,
        "State Department spokesman Matthew Miller",
        "State Department spokesman",
    ),
    (
        "Hakan Fidan",
        "ROLE",
        "Turkey",
        True,
        "Turkish Foreign Minister Hakan Fidan",
        "Foreign Minister",
    ),
]
