"""Gold tables for iraq_coalition_drawdown.txt."""

US, IQ, IR = "Q30", "Q796", "Q794"
E = [
    (
        "United States",
        "Country",
        US,
        [
            "U.S.",
            "the United States",
            "Washington",
            "the Pentagon",
            "U.S. forces",
            "U.S. troops",
            "American forces",
            "the Americans",
            "U.S. Central Command",
        ],
        US,
    ),
    (
        "Iraq",
        "Country",
        IQ,
        ["Baghdad", "Iraqi", "Iraqi forces", "Iraq's security forces", "the government of Iraq"],
        IQ,
    ),
    ("U.S.-led coalition", "IGO", None, ["the coalition", "coalition troops"], None),
    ("Islamic State", "Organization", None, ["ISIS", "Islamic State militants"], None),
    ("Syria", "Country", "Q858", [], "Q858"),
    ("Kurdistan", "Location", None, ["the northern Kurdistan region"], None),
    ("Erbil", "Location", None, [], None),
    ("Ain al-Asad", "Location", None, ["Ain al-Asad air base"], None),
    ("Anbar", "Location", None, ["western Anbar province"], None),
    ("Higher Military Commission", "Organization", None, [], None),
    ("Iran", "Country", IR, ["Tehran", "Iranian"], IR),
    ("Mohammed Shia al-Sudani", "Person", None, ["Iraqi Prime Minister Mohammed Shia al-Sudani"], IQ),
    ("Lloyd Austin", "Person", None, ["U.S. Defense Secretary Lloyd Austin"], US),
    ("Thabet al-Abbasi", "Person", None, [], IQ),
    ("Antony Blinken", "Person", None, ["Secretary of State Antony Blinken"], US),
    ("United Kingdom", "Country", "Q145", ["Britain"], "Q145"),
    ("France", "Country", "Q142", [], "Q142"),
    ("Italy", "Country", "Q38", [], "Q38"),
    ("Kataib Hezbollah", "Organization", None, [], None),
    ("Islamic Resistance in Iraq", "Organization", None, [], None),
    ("Gaza war", "Event", None, ["the Gaza war"], None),
    ("Abbas Araghchi", "Person", None, ["Iranian Foreign Minister Abbas Araghchi"], IR),
    ("U.N. General Assembly", "Event", None, [], None),
    ("New York", "Location", None, [], None),
    ("Kurdistan Regional Government", "Organization", None, ["KRG"], IQ),
    ("Peshawa Hawramani", "Person", None, ["KRG spokesman Peshawa Hawramani"], IQ),
    ("Renad Mansour", "Person", None, [], None),
    ("Chatham House", "Organization", None, ["the London-based Chatham House think tank"], None),
    ("NATO", "IGO", "Q7184", [], None),
    ("Timour Azhari", "Person", None, [], None),
    ("Idrees Ali", "Person", None, [], None),
    ("Parisa Hafezi", "Person", None, [], None),
    ("Alex Richardson", "Person", None, [], None),
    ("Dubai", "Location", None, [], None),
]

END = (
    "The United States and Iraq said on Friday that the military mission of the U.S.-led coalition fighting "
    "Islamic State in Iraq would end by September 2025"
)
PHASE1 = "coalition troops will leave bases in Baghdad and other parts of federal Iraq"
TALKS = "nine months of talks in a Higher Military Commission that Baghdad and Washington set up in January"
PARTNER = '"It is a transition to an enduring bilateral security partnership."'
MEMB = "The coalition also includes troops from Britain, France, Italy and other countries."
KH = 'warned that any foreign soldier still on Iraqi soil after the deadline would be treated as "an occupier and a legitimate target."'
ATT = (
    "The group and its allies, operating under the banner of the Islamic Resistance in Iraq, claimed more than "
    "150 rocket and drone attacks on U.S. forces in Iraq and Syria"
)
STRIKE = "a U.S. strike south of Baghdad killed members of Kataib Hezbollah who, Washington said, were preparing to launch drones"
ARAG = 'said the presence of American forces had been "a source of insecurity for the whole region"'
ARAG2 = 'Tehran supported "the will of the Iraqi people to see the occupiers leave."'
KRG = "The Kurdistan Regional Government, which has long lobbied for a continued U.S. presence, welcomed the arrangement for Erbil."
HAW = '"The coalition has been a guarantee of stability and we want this partnership to last," KRG spokesman Peshawa Hawramani said.'
IS14 = (
    "Islamic State seized about a third of Iraq in 2014 before Iraqi forces, backed by coalition air strikes, "
    "declared it defeated in 2017"
)
LEFT = "U.S. forces left Iraq in 2011 and returned in 2014 at Baghdad's invitation."
RAID = "Iraqi and U.S. forces carried out a joint raid in Anbar's western desert that killed 15 Islamic State militants"
NATO = "NATO, which runs a separate advisory mission in Iraq at Baghdad's request"
V = [
    ("United States", "AGREE", "Iraq", True, END, "joint statement: coalition mission ends Sept 2025"),
    ("U.S.-led coalition", "RETREAT", "Iraq", False, END, "planned end of mission"),
    ("U.S.-led coalition", "ASSAULT", "Islamic State", False, END, "'fighting Islamic State', noun phrase"),
    ("U.S.-led coalition", "RETREAT", "Iraq", False, PHASE1, "planned, first phase"),
    ("United States", "RETREAT", "Iraq", False, PHASE1, "planned; US troops part of coalition"),
    (
        "U.S.-led coalition",
        "ASSAULT",
        "Islamic State",
        False,
        'they will keep operating from Erbil until September 2026 "to support counter-ISIS operations in Syria."',
        "future",
    ),
    ("Iraq", "CONSULT", "United States", True, TALKS, "Higher Military Commission talks"),
    ("Iraq", "AGREE", "United States", False, TALKS, "set up a joint commission"),
    (
        "United States",
        "ALLY",
        "Iraq",
        False,
        PARTNER,
        "future 'bilateral security partnership', anonymous official",
    ),
    (
        "Mohammed Shia al-Sudani",
        "REQUEST",
        "U.S.-led coalition",
        False,
        "has made ending the coalition's presence a central promise of his government",
        "campaign promise",
    ),
    (
        "Iraq",
        "CONSULT",
        "U.S.-led coalition",
        False,
        "Baghdad would now negotiate separate bilateral security agreements with individual coalition members",
        "future",
    ),
    (
        "Lloyd Austin",
        "CONSULT",
        "Thabet al-Abbasi",
        True,
        "U.S. Defense Secretary Lloyd Austin spoke by phone on Thursday with his Iraqi counterpart, Thabet al-Abbasi",
        "phone call",
    ),
    (
        "Lloyd Austin",
        "SUPPORT",
        "Iraq",
        False,
        'and "welcomed the progress" of the talks, the Pentagon said',
        "welcomed talks",
    ),
    (
        "Antony Blinken",
        "COOPERATE",
        "Iraq",
        False,
        'the United States would "continue to work closely with the government of Iraq"',
        "stated intent",
    ),
    (
        "United States",
        "COOPERATE",
        "Iraq",
        False,
        "About 2,500 U.S. troops are deployed in Iraq",
        "troop presence",
    ),
    (
        "United States",
        "MOBILIZE",
        "Syria",
        False,
        "About 2,500 U.S. troops are deployed in Iraq and about 900 in Syria",
        "900 troops",
    ),
    ("United Kingdom", "MEMBER_OF", "U.S.-led coalition", True, MEMB, ""),
    ("France", "MEMBER_OF", "U.S.-led coalition", True, MEMB, ""),
    ("Italy", "MEMBER_OF", "U.S.-led coalition", True, MEMB, ""),
    (
        "United States",
        "MEMBER_OF",
        "U.S.-led coalition",
        True,
        "the military mission of the U.S.-led coalition",
        "leads it",
    ),
    (
        "Kataib Hezbollah",
        "THREATEN",
        "U.S.-led coalition",
        True,
        KH,
        "foreign soldiers after deadline = targets",
    ),
    ("Kataib Hezbollah", "THREATEN", "United States", False, KH, "foreign soldiers mostly US"),
    (
        "Iran",
        "SUPPORT",
        "Kataib Hezbollah",
        False,
        "Kataib Hezbollah, one of the most powerful Iran-backed factions",
        "'Iran-backed'",
    ),
    ("Kataib Hezbollah", "ASSAULT", "United States", True, ATT, "150+ rocket and drone attacks"),
    ("Islamic Resistance in Iraq", "ASSAULT", "United States", True, ATT, "150+ rocket and drone attacks"),
    ("Kataib Hezbollah", "MEMBER_OF", "Islamic Resistance in Iraq", False, ATT, "operating under its banner"),
    ("United States", "ASSAULT", "Kataib Hezbollah", True, STRIKE, "air strike south of Baghdad"),
    ("United States", "ACCUSE", "Kataib Hezbollah", False, STRIKE, "preparing drones"),
    ("Abbas Araghchi", "ACCUSE", "United States", True, ARAG, ""),
    ("Iran", "SUPPORT", "Iraq", False, ARAG2, ""),
    ("Iran", "REQUEST", "United States", False, ARAG2, "occupiers should leave"),
    ("Kurdistan Regional Government", "SUPPORT", "United States", False, KRG, "welcomed the arrangement"),
    (
        "Kurdistan Regional Government",
        "REQUEST",
        "United States",
        False,
        KRG,
        "lobbied for continued presence",
    ),
    ("Peshawa Hawramani", "SUPPORT", "U.S.-led coalition", True, HAW, "praise"),
    ("Kurdistan Regional Government", "ALLY", "U.S.-led coalition", False, HAW, "'this partnership'"),
    ("Islamic State", "COERCE", "Iraq", True, IS14, "seized a third of Iraq, 2014"),
    ("Islamic State", "ASSAULT", "Iraq", False, IS14, ""),
    ("Iraq", "ASSAULT", "Islamic State", True, IS14, "defeated 2017"),
    ("U.S.-led coalition", "ASSAULT", "Islamic State", True, IS14, "coalition air strikes"),
    ("U.S.-led coalition", "AID", "Iraq", True, IS14, "air support"),
    ("United States", "RETREAT", "Iraq", True, LEFT, "2011 withdrawal"),
    ("Iraq", "REQUEST", "United States", False, LEFT, "2014 invitation"),
    ("United States", "AID", "Iraq", False, LEFT, "returned 2014"),
    ("Iraq", "COOPERATE", "United States", True, RAID, "joint raid, 15 killed"),
    ("Iraq", "ASSAULT", "Islamic State", True, RAID, "15 killed"),
    ("United States", "ASSAULT", "Islamic State", True, RAID, "15 killed"),
    ("NATO", "COOPERATE", "Iraq", True, NATO, "advisory mission"),
    ("Iraq", "REQUEST", "NATO", False, NATO, "at Baghdad's request"),
    (
        "Mohammed Shia al-Sudani",
        "ROLE",
        "Iraq",
        True,
        "Iraqi Prime Minister Mohammed Shia al-Sudani",
        "Prime Minister",
    ),
    (
        "Lloyd Austin",
        "ROLE",
        "United States",
        True,
        "U.S. Defense Secretary Lloyd Austin",
        "Defense Secretary",
    ),
    ("Thabet al-Abbasi", "ROLE", "Iraq", True, "his Iraqi counterpart, Thabet al-Abbasi", "Defence Minister"),
    (
        "Antony Blinken",
        "ROLE",
        "United States",
        True,
        "Secretary of State Antony Blinken",
        "Secretary of State",
    ),
    ("Abbas Araghchi", "ROLE", "Iran", True, "Iranian Foreign Minister Abbas Araghchi", "Foreign Minister"),
    (
        "Peshawa Hawramani",
        "ROLE",
        "Kurdistan Regional Government",
        True,
        "KRG spokesman Peshawa Hawramani",
        "spokesman",
    ),
    (
        "Renad Mansour",
        "ROLE",
        "Chatham House",
        True,
        "Renad Mansour, who heads the Iraq Initiative at the London-based Chatham House think tank",
        "head of the Iraq Initiative",
    ),
]
