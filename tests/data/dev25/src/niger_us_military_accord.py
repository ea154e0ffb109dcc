"""Gold tables for niger_us_military_accord.txt."""

NE, US, RU, FR = "Q1032", "Q30", "Q159", "Q142"
E = [
    (
        "Niger",
        "Country",
        NE,
        [
            "Niamey",
            "Niger's ruling junta",
            "the junta",
            "The government of Niger",
            "Nigerien",
            "the ruling National Council for the Safeguard of the Homeland",
            "CNSP",
        ],
        NE,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "U.S.",
            "Washington",
            "the Department of Defense",
            "U.S. Africa Command",
            "the State Department",
            "U.S. troops",
            "U.S. military personnel",
            "The Americans",
        ],
        US,
    ),
    ("Amadou Abdramane", "Person", None, ["Abdramane", "spokesman Colonel Amadou Abdramane"], NE),
    (
        "Molly Phee",
        "Person",
        None,
        ["Phee", "Assistant Secretary of State for African Affairs Molly Phee"],
        US,
    ),
    ("Michael Langley", "Person", None, ["General Michael Langley"], US),
    ("Matthew Miller", "Person", None, ["State Department spokesperson Matthew Miller"], US),
    ("Abdourahamane Tiani", "Person", None, ["General Abdourahamane Tiani"], NE),
    ("Mohamed Bazoum", "Person", None, ["Bazoum", "President Mohamed Bazoum"], None),
    ("Ali Mahaman Lamine Zeine", "Person", None, ["Prime Minister Ali Mahaman Lamine Zeine"], NE),
    ("Iran", "Country", "Q794", [], "Q794"),
    ("Russia", "Country", RU, ["Moscow", "Russian"], RU),
    ("France", "Country", FR, ["French"], FR),
    ("Mali", "Country", "Q912", [], "Q912"),
    ("Burkina Faso", "Country", "Q965", [], "Q965"),
    ("Alliance of Sahel States", "IGO", None, [], None),
    ("ECOWAS", "IGO", None, ["the West African bloc ECOWAS"], None),
    ("European Union", "IGO", "Q458", [], None),
    ("Islamic State", "Organization", None, [], None),
    ("al Qaeda", "Organization", None, [], None),
    ("Ulf Laessing", "Person", None, [], None),
    ("Konrad Adenauer Foundation", "Organization", None, [], None),
    ("M62 movement", "Organization", None, ["The M62 movement"], None),
    ("Air Base 201", "Location", None, [], None),
    ("Agadez", "Location", None, [], None),
    ("Sahel", "Location", None, ["the Sahel"], None),
    ("Moussa Issoufou", "Person", None, [], None),
    ("Felix Onyango", "Person", None, [], None),
    ("Jonathan Mercer", "Person", None, [], None),
    ("Claire Holt", "Person", None, [], None),
]

LEAD = (
    "Niger's ruling junta has revoked with immediate effect a military agreement that allows U.S. military "
    "personnel and civilian staff from the Department of Defense to operate on its territory"
)
REVOKE = (
    "revokes with immediate effect the agreement concerning the status of United States military personnel"
)
VISIT = (
    "follows a three-day visit to Niamey by a U.S. delegation led by Assistant Secretary of State for African "
    "Affairs Molly Phee that included General Michael Langley, the head of U.S. Africa Command"
)
CONDESC = 'He also accused the U.S. officials of a "condescending attitude" and of threatening retaliation'
DENOUNCE = (
    'Niamey "strongly denounces" what he called an attempt by Washington to deny the Nigerien people the right '
    "to choose their partners"
)
URANIUM = (
    "Some U.S. officials had expressed concern during the meetings about reports that Niger was close to a deal "
    "that would give Iran access to its uranium reserves"
)
MILLER = (
    'Washington was aware of the statement, which followed "frank discussions" in Niamey, and was in touch with '
    "the ruling National Council for the Safeguard of the Homeland (CNSP)"
)
BASE = "a $100 million drone facility used to strike Islamic State and al Qaeda affiliates across the region"
COUP = (
    "Washington kept its troops in the country after soldiers led by General Abdourahamane Tiani ousted "
    "President Mohamed Bazoum in July"
)
SUSP = "it formally designated the takeover a coup in October and suspended most of its assistance to Niger"
FRANCE = (
    "France withdrew its last troops and its ambassador late last year after the junta ordered them to leave"
)
AES = (
    "Niger, Mali and Burkina Faso, all run by military rulers, formed a mutual defence pact called the Alliance "
    "of Sahel States last September"
)
QUIT = "In January they announced they were quitting the West African bloc ECOWAS"
DEMAND = "The United States, the European Union and ECOWAS have repeatedly demanded his release"
V = [
    ("Niger", "SANCTION", "United States", True, LEAD, "military status-of-forces accord revoked"),
    ("Niger", "SANCTION", "United States", True, REVOKE, "quoted statement"),
    (
        "Amadou Abdramane",
        "SANCTION",
        "United States",
        False,
        "The decision, announced on national television late on Saturday by spokesman Colonel Amadou Abdramane",
        "announcer reading",
    ),
    ("Molly Phee", "CONSULT", "Niger", True, VISIT, "delegation visit"),
    ("Michael Langley", "CONSULT", "Niger", True, VISIT, "delegation visit"),
    (
        "Amadou Abdramane",
        "ACCUSE",
        "United States",
        True,
        "Abdramane said the delegation had not followed diplomatic protocol",
        "breach of protocol",
    ),
    (
        "Amadou Abdramane",
        "ACCUSE",
        "United States",
        True,
        'He said the 2012 agreement had been "unfairly imposed" by Washington',
        "",
    ),
    ("Amadou Abdramane", "ACCUSE", "United States", True, CONDESC, "condescension, threats"),
    ("United States", "THREATEN", "Niger", False, CONDESC, "alleged by Niger"),
    ("Niger", "ACCUSE", "United States", True, DENOUNCE, "denunciation"),
    ("United States", "ACCUSE", "Niger", False, URANIUM, "expressed concern, sourced"),
    ("Niger", "COOPERATE", "Iran", False, URANIUM, "reported uranium deal, denied"),
    (
        "Amadou Abdramane",
        "REJECT",
        "United States",
        False,
        'Abdramane rejected the allegation as "false"',
        "denial",
    ),
    (
        "Molly Phee",
        "ACCUSE",
        "Niger",
        False,
        "Phee's delegation also raised the presence of Russian military contractors and the junta's delay in "
        "setting a timetable for a return to civilian rule",
        "raised concerns, sourced",
    ),
    (
        "Russia",
        "COOPERATE",
        "Niger",
        False,
        "the presence of Russian military contractors",
        "noun phrase",
    ),
    ("United States", "CONSULT", "Niger", True, MILLER, "in touch with the CNSP"),
    (
        "United States",
        "COOPERATE",
        "Niger",
        False,
        "Around 1,000 U.S. military personnel are stationed in Niger",
        "troop presence; about 1,000",
    ),
    ("United States", "ASSAULT", "Islamic State", False, BASE, "habitual, noun phrase"),
    ("United States", "ASSAULT", "al Qaeda", False, BASE, "habitual, noun phrase"),
    ("Abdourahamane Tiani", "COERCE", "Mohamed Bazoum", True, COUP, "coup"),
    ("United States", "COOPERATE", "Niger", False, COUP, "kept troops"),
    ("United States", "SANCTION", "Niger", True, SUSP, "assistance suspended"),
    ("United States", "ACCUSE", "Niger", False, SUSP, "coup designation"),
    ("Niger", "SANCTION", "France", True, FRANCE, "troops ordered out"),
    ("France", "RETREAT", "Niger", True, FRANCE, "troops and ambassador withdrawn"),
    ("Niger", "COOPERATE", "Russia", False, "Niamey has since moved closer to Russia", "vague"),
    (
        "Ali Mahaman Lamine Zeine",
        "CONSULT",
        "Russia",
        True,
        "Prime Minister Ali Mahaman Lamine Zeine visited Moscow in January",
        "visit",
    ),
    (
        "Niger",
        "AGREE",
        "Russia",
        True,
        "the two governments agreed to develop military cooperation",
        "",
    ),
    (
        "Niger",
        "COOPERATE",
        "Russia",
        False,
        "the two governments agreed to develop military cooperation",
        "planned",
    ),
    ("Niger", "ALLY", "Mali", True, AES, "mutual defence pact"),
    ("Niger", "ALLY", "Burkina Faso", True, AES, "mutual defence pact"),
    ("Mali", "ALLY", "Burkina Faso", True, AES, "mutual defence pact"),
    ("Niger", "MEMBER_OF", "Alliance of Sahel States", True, AES, ""),
    ("Mali", "MEMBER_OF", "Alliance of Sahel States", True, AES, ""),
    ("Burkina Faso", "MEMBER_OF", "Alliance of Sahel States", True, AES, ""),
    ("Niger", "SANCTION", "ECOWAS", False, QUIT, "leaving the bloc; could be read as RETREAT"),
    ("Mali", "SANCTION", "ECOWAS", False, QUIT, "leaving the bloc"),
    ("Burkina Faso", "SANCTION", "ECOWAS", False, QUIT, "leaving the bloc"),
    ("Niger", "MEMBER_OF", "ECOWAS", False, QUIT, "implied, leaving"),
    ("Mali", "MEMBER_OF", "ECOWAS", False, QUIT, "implied, leaving"),
    ("Burkina Faso", "MEMBER_OF", "ECOWAS", False, QUIT, "implied, leaving"),
    ("Niger", "ACCUSE", "ECOWAS", False, "which they accuse of serving foreign interests", "plural 'they'"),
    ("Mali", "ACCUSE", "ECOWAS", False, "which they accuse of serving foreign interests", "plural 'they'"),
    ("Burkina Faso", "ACCUSE", "ECOWAS", False, "which they accuse of serving foreign interests", ""),
    (
        "Niger",
        "SUPPORT",
        "Russia",
        False,
        '"This is a signal to Moscow that the door is now wide open," said Ulf Laessing',
        "analyst's view",
    ),
    (
        "M62 movement",
        "REQUEST",
        "United States",
        True,
        "called for a rally in Niamey on Wednesday to demand the departure of U.S. troops",
        "",
    ),
    (
        "M62 movement",
        "PROTEST",
        "United States",
        False,
        "called for a rally in Niamey on Wednesday to demand the departure of U.S. troops",
        "planned rally",
    ),
    ("United States", "REQUEST", "Niger", True, DEMAND, "Bazoum's release"),
    ("European Union", "REQUEST", "Niger", True, DEMAND, "Bazoum's release"),
    ("ECOWAS", "REQUEST", "Niger", True, DEMAND, "Bazoum's release"),
    (
        "Niger",
        "COERCE",
        "Mohamed Bazoum",
        False,
        "has been held with his wife at the presidential residence since the coup",
        "detention; passive, agent implied",
    ),
    ("Amadou Abdramane", "ROLE", "Niger", True, "spokesman Colonel Amadou Abdramane", "government spokesman"),
    (
        "Molly Phee",
        "ROLE",
        "United States",
        True,
        "Assistant Secretary of State for African Affairs Molly Phee",
        "Assistant Secretary of State for African Affairs",
    ),
    (
        "Michael Langley",
        "ROLE",
        "United States",
        True,
        "General Michael Langley, the head of U.S. Africa Command",
        "head of U.S. Africa Command",
    ),
    (
        "Matthew Miller",
        "ROLE",
        "United States",
        True,
        "State Department spokesperson Matthew Miller",
        "State Department spokesperson",
    ),
    (
        "Abdourahamane Tiani",
        "ROLE",
        "Niger",
        False,
        "soldiers led by General Abdourahamane Tiani",
        "coup leader",
    ),
    ("Mohamed Bazoum", "ROLE", "Niger", True, "ousted President Mohamed Bazoum", "President (ousted)"),
    (
        "Ali Mahaman Lamine Zeine",
        "ROLE",
        "Niger",
        True,
        "Prime Minister Ali Mahaman Lamine Zeine",
        "Prime Minister",
    ),
    (
        "Ulf Laessing",
        "ROLE",
        "Konrad Adenauer Foundation",
        True,
        "Ulf Laessing, head of the Sahel programme at the Konrad Adenauer Foundation",
        "head of the Sahel programme",
    ),
]
