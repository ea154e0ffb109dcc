"""Gold tables for egypt_somalia_arms_delivery.txt."""

EG, SO, ET, AU = "Q79", "Q1045", "Q115", "Q7159"
E = [
    ("Egypt", "Country", EG, ["Egyptian", "Cairo"], EG),
    (
        "Somalia",
        "Country",
        SO,
        [
            "Somali",
            "Mogadishu",
            "the Somali National Army",
            "SNA",
            "the federal government",
            "Villa Somalia",
            "the Somali state",
        ],
        SO,
    ),
    (
        "Ethiopia",
        "Country",
        ET,
        [
            "Ethiopian",
            "Addis Ababa",
            "Ethiopia's foreign ministry",
            "Ethiopian troops",
            "Ethiopia's embassy in Mogadishu",
        ],
        ET,
    ),
    ("Abdulkadir Mohamed Nur", "Person", None, ["Defence Minister Abdulkadir Mohamed Nur"], SO),
    ("Ahmed Moallim Fiqi", "Person", None, ["Fiqi", "Foreign Minister Ahmed Moallim Fiqi"], SO),
    ("al-Shabaab", "Organization", None, [], None),
    ("Aden Adde International Airport", "Location", None, [], None),
    ("Hassan Sheikh Mohamud", "Person", None, ["President Hassan Sheikh Mohamud"], SO),
    ("Abdel Fattah al-Sisi", "Person", None, ["his Egyptian counterpart Abdel Fattah al-Sisi"], EG),
    ("African Union", "IGO", AU, ["AU", "The African Union Commission"], None),
    ("ATMIS", "Organization", None, ["the AU mission"], None),
    ("Horn of Africa", "Location", None, ["the Horn of Africa", "the Horn"], None),
    ("Taye Atske Selassie", "Person", None, ["Foreign Minister Taye Atske Selassie"], ET),
    ("Abiy Ahmed", "Person", None, ["Prime Minister Abiy Ahmed"], ET),
    (
        "Somaliland",
        "Country",
        None,
        ["Hargeisa", "Somaliland's foreign ministry", "authorities in Hargeisa"],
        "Somaliland",
    ),
    ("Muse Bihi Abdi", "Person", None, ["Somaliland leader Muse Bihi Abdi"], "Somaliland"),
    ("Puntland", "Organization", None, ["Garowe", "The Puntland administration"], None),
    ("Said Abdullahi Deni", "Person", None, ["President Said Abdullahi Deni"], "Puntland"),
    ("Badr Abdelatty", "Person", None, ["Foreign Minister Badr Abdelatty"], EG),
    (
        "Grand Ethiopian Renaissance Dam",
        "Location",
        None,
        ["the Grand Ethiopian Renaissance Dam", "the dam"],
        None,
    ),
    ("Nile", "Location", None, [], None),
    ("Turkey", "Country", "Q43", [], "Q43"),
    (
        "Moussa Faki Mahamat",
        "Person",
        None,
        ["The African Union Commission chairperson, Moussa Faki Mahamat"],
        AU,
    ),
    ("Rashid Abdi", "Person", None, [], None),
    ("Sahan Research", "Organization", None, ["the Nairobi-based Sahan Research"], None),
    ("Garowe Online", "Organization", None, [], None),
    ("Abdiqani Hersi", "Person", None, [], None),
]

SHIP = (
    "An Egyptian naval vessel carrying heavy weapons docked at the port of Mogadishu on Monday, the second "
    "military consignment Cairo has sent to the Somali capital"
)
PLANES = (
    "Two Egyptian military aircraft had landed at Aden Adde International Airport on August 27 with weapons"
)
PROTO = (
    "President Hassan Sheikh Mohamud and his Egyptian counterpart Abdel Fattah al-Sisi signed a defence "
    "protocol in Cairo on August 14"
)
TROOPS = (
    "Egypt has also offered to deploy troops in Somalia, both bilaterally and within the African Union force"
)
IDLY = (
    '"Ethiopia cannot stand idly by while other actors take measures to destabilise the region," it said, '
    "without naming Egypt"
)
MOU = "Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi signed a memorandum of understanding"
AGGR = 'Mogadishu called the agreement "an act of aggression" and a violation of its territorial integrity'
FIQI = (
    "Fiqi has repeatedly warned that Ethiopian troops will have to leave Somalia when the ATMIS mandate "
    "expires unless Addis Ababa withdraws from the memorandum"
)
ETTROOPS = (
    "Ethiopia has thousands of soldiers in the country, some under the AU mission and others under bilateral "
    "arrangements, who have fought al-Shabaab for more than a decade"
)
LIB = "authorities in Hargeisa closed the Egyptian cultural library in the city"
TALKS = "hosted two rounds of talks between Ethiopian and Somali delegations in Ankara in July and August"
FAKI = (
    'The African Union Commission chairperson, Moussa Faki Mahamat, urged both governments "to exercise '
    'restraint and give dialogue a chance"'
)
ABDI = "Egypt is using Somalia to put pressure on Ethiopia over the dam"
V = [
    ("Egypt", "AID", "Somalia", True, SHIP, "second arms consignment: anti-aircraft guns, artillery"),
    ("Egypt", "COOPERATE", "Somalia", False, SHIP, "arms transfer could be read as cooperation"),
    (
        "Abdulkadir Mohamed Nur",
        "SUPPORT",
        "Egypt",
        True,
        'who described it as "a gift from our brothers in Egypt"',
        "praise",
    ),
    (
        "Ahmed Moallim Fiqi",
        "SUPPORT",
        "Egypt",
        True,
        'Foreign Minister Ahmed Moallim Fiqi thanked Cairo for "standing with the Somali people in difficult '
        'times"',
        "thanks",
    ),
    (
        "Somalia",
        "ASSAULT",
        "al-Shabaab",
        False,
        "insisted that the weapons would be used only to fight al-Shabaab",
        "future",
    ),
    (
        "Ahmed Moallim Fiqi",
        "REJECT",
        "Ethiopia",
        False,
        '"This cooperation is a sovereign decision, and no country has the right to question it," Fiqi told '
        "reporters",
        "target implicit",
    ),
    ("Egypt", "AID", "Somalia", True, PLANES, "first consignment by air, August 27"),
    ("Hassan Sheikh Mohamud", "AGREE", "Abdel Fattah al-Sisi", True, PROTO, "defence protocol"),
    ("Hassan Sheikh Mohamud", "CONSULT", "Egypt", False, PROTO, "visit to Cairo implied"),
    ("Egypt", "ALLY", "Somalia", False, PROTO, "defence protocol as alignment"),
    ("Egypt", "COOPERATE", "Somalia", False, TROOPS, "offered troops"),
    ("Egypt", "COOPERATE", "African Union", False, TROOPS, "offered troops to the new AU force"),
    (
        "Ethiopia",
        "ACCUSE",
        "Somalia",
        True,
        'accusing Mogadishu of "colluding with external actors" to destabilise the Horn',
        "",
    ),
    ("Ethiopia", "THREATEN", "Egypt", False, IDLY, "veiled; Egypt not named"),
    ("Ethiopia", "ACCUSE", "Egypt", False, IDLY, "veiled; Egypt not named"),
    (
        "Taye Atske Selassie",
        "ACCUSE",
        "Somalia",
        False,
        'the arms could "fall into the hands of terrorists"',
        "warning",
    ),
    (
        "Somalia",
        "REJECT",
        "Taye Atske Selassie",
        False,
        'a claim Somali officials dismissed as "baseless propaganda"',
        "dismissal",
    ),
    ("Abiy Ahmed", "AGREE", "Muse Bihi Abdi", True, MOU, "MoU, January 1 2024"),
    (
        "Somaliland",
        "COOPERATE",
        "Ethiopia",
        False,
        "granting landlocked Ethiopia access to 20 kilometres of coastline for a naval base",
        "planned naval base access",
    ),
    (
        "Ethiopia",
        "SUPPORT",
        "Somaliland",
        False,
        "Somaliland says the deal commits Addis Ababa to recognising its independence, which Ethiopia has not "
        "confirmed",
        "claimed recognition, unconfirmed",
    ),
    ("Somalia", "ACCUSE", "Ethiopia", True, AGGR, ""),
    ("Somalia", "REJECT", "Ethiopia", False, AGGR, "rejection of the MoU"),
    (
        "Somalia",
        "SANCTION",
        "Ethiopia",
        True,
        "the federal government expelled the Ethiopian ambassador and ordered the closure of Ethiopia's "
        "consulates in Hargeisa and Garowe",
        "ambassador expelled, consulates closed (April 2024)",
    ),
    ("Ahmed Moallim Fiqi", "THREATEN", "Ethiopia", True, FIQI, "conditional: troops must leave"),
    ("Ahmed Moallim Fiqi", "REQUEST", "Ethiopia", False, FIQI, "demand to withdraw from the MoU"),
    ("Ethiopia", "ASSAULT", "al-Shabaab", True, ETTROOPS, ""),
    ("Ethiopia", "COOPERATE", "ATMIS", False, ETTROOPS, "troops in the AU mission"),
    ("Ethiopia", "COOPERATE", "Somalia", False, ETTROOPS, "bilateral deployment"),
    (
        "Somaliland",
        "ACCUSE",
        "Egypt",
        True,
        'Somaliland\'s foreign ministry accused Egypt of "fuelling instability"',
        "",
    ),
    ("Somaliland", "SANCTION", "Egypt", True, LIB, "library closed"),
    ("Somaliland", "COERCE", "Egypt", False, LIB, ""),
    (
        "Puntland",
        "SANCTION",
        "Somalia",
        True,
        "Puntland, which withdrew its recognition of the federal government in March",
        "March 2024",
    ),
    (
        "Puntland",
        "ACCUSE",
        "Egypt",
        False,
        "over constitutional amendments, also objected",
        "objection to the Egyptian arms, object implicit",
    ),
    (
        "Puntland",
        "ACCUSE",
        "Somalia",
        True,
        'The Puntland administration of President Said Abdullahi Deni accused Villa Somalia of "arming itself '
        'against its own federal member states"',
        "",
    ),
    (
        "Badr Abdelatty",
        "SUPPORT",
        "Somalia",
        True,
        "Foreign Minister Badr Abdelatty said Egypt's support aimed to strengthen \"the capacities of the "
        'Somali state"',
        "",
    ),
    (
        "Badr Abdelatty",
        "ACCUSE",
        "Ethiopia",
        False,
        'rejected "any interference in Somalia\'s internal affairs"',
        "target implicit",
    ),
    (
        "Egypt",
        "ACCUSE",
        "Ethiopia",
        False,
        "Egypt and Ethiopia have been at odds for more than a decade over the Grand Ethiopian Renaissance Dam, "
        "which Cairo regards as a threat",
        "GERD dispute background",
    ),
    (
        "Turkey",
        "AGREE",
        "Somalia",
        True,
        "Turkey, which signed a defence and economic cooperation agreement with Somalia in February",
        "",
    ),
    ("Turkey", "CONSULT", "Ethiopia", True, TALKS, "mediation"),
    ("Turkey", "CONSULT", "Somalia", True, TALKS, "mediation"),
    ("Ethiopia", "CONSULT", "Somalia", True, TALKS, "Ankara talks"),
    ("Moussa Faki Mahamat", "REQUEST", "Ethiopia", True, FAKI, "'both governments'"),
    ("Moussa Faki Mahamat", "REQUEST", "Somalia", True, FAKI, "'both governments'"),
    ("Egypt", "COERCE", "Ethiopia", False, ABDI, "analyst's view"),
    (
        "Ethiopia",
        "COOPERATE",
        "Somaliland",
        False,
        "Ethiopia is using Somaliland to break out of its landlocked position",
        "analyst's view",
    ),
    (
        "Abdulkadir Mohamed Nur",
        "ROLE",
        "Somalia",
        True,
        "Defence Minister Abdulkadir Mohamed Nur",
        "Defence Minister",
    ),
    (
        "Ahmed Moallim Fiqi",
        "ROLE",
        "Somalia",
        True,
        "Foreign Minister Ahmed Moallim Fiqi",
        "Foreign Minister",
    ),
    ("Hassan Sheikh Mohamud", "ROLE", "Somalia", True, "President Hassan Sheikh Mohamud", "President"),
    (
        "Abdel Fattah al-Sisi",
        "ROLE",
        "Egypt",
        True,
        "his Egyptian counterpart Abdel Fattah al-Sisi",
        "President",
    ),
    (
        "Taye Atske Selassie",
        "ROLE",
        "Ethiopia",
        True,
        "Foreign Minister Taye Atske Selassie said in Addis Ababa",
        "Foreign Minister",
    ),
    ("Abiy Ahmed", "ROLE", "Ethiopia", True, "Prime Minister Abiy Ahmed", "Prime Minister"),
    ("Muse Bihi Abdi", "ROLE", "Somaliland", True, "Somaliland leader Muse Bihi Abdi", "leader"),
    (
        "Said Abdullahi Deni",
        "ROLE",
        "Puntland",
        True,
        "The Puntland administration of President Said Abdullahi Deni",
        "President",
    ),
    (
        "Badr Abdelatty",
        "ROLE",
        "Egypt",
        True,
        "In Cairo, Foreign Minister Badr Abdelatty",
        "Foreign Minister",
    ),
    (
        "Moussa Faki Mahamat",
        "ROLE",
        "African Union",
        True,
        "The African Union Commission chairperson, Moussa Faki Mahamat",
        "Commission chairperson",
    ),
    (
        "Rashid Abdi",
        "ROLE",
        "Sahan Research",
        True,
        "Rashid Abdi, an analyst at the Nairobi-based Sahan Research",
        "analyst",
    ),
]
