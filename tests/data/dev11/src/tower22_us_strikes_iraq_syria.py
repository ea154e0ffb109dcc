"""Gold tables for tower22_us_strikes_iraq_syria.txt."""

US, IQ, SY, IR = "Q30", "Q796", "Q858", "Q794"
E = [
    (
        "United States",
        "Country",
        US,
        [
            "US",
            "the United States",
            "Washington",
            "US forces",
            "White House",
            "US Central Command",
            "CENTCOM",
        ],
        US,
    ),
    (
        "Iraq",
        "Country",
        IQ,
        ["Baghdad", "Iraqi", "the Iraqi government", "Iraq's Ministry of Foreign Affairs"],
        IQ,
    ),
    ("Syria", "Country", SY, ["Syrian", "Syria's army", "the army's general command"], SY),
    (
        "Iran",
        "Country",
        IR,
        ["Tehran", "Iran's foreign ministry", "Islamic Revolutionary Guard Corps", "IRGC", "Quds Force"],
        IR,
    ),
    ("Jordan", "Country", "Q810", [], "Q810"),
    ("Russia", "Country", "Q159", ["Moscow"], "Q159"),
    ("United Kingdom", "Country", "Q145", ["UK", "the United Kingdom", "British"], "Q145"),
    ("United Nations", "IGO", "Q1065", ["UN", "the United Nations"], None),
    ("UN Security Council", "IGO", "Q37470", ["Security Council"], None),
    ("US-led coalition", "IGO", None, ["the US-led coalition"], None),
    ("Joe Biden", "Person", "Q6279", ["Biden", "US President Joe Biden", "the president"], US),
    ("David Burger", "Person", None, ["the US charge d'affaires in Baghdad, David Burger"], US),
    ("Dmitry Polyanskiy", "Person", None, [], "Q159"),
    ("David Cameron", "Person", None, ["British Foreign Secretary David Cameron"], "Q145"),
    ("Nasser Kanaani", "Person", None, ["Iran's foreign ministry spokesman Nasser Kanaani"], IR),
    ("SANA", "Organization", None, ["the state news agency SANA"], SY),
    ("Basim al-Awadi", "Person", None, ["Iraqi government spokesman Basim al-Awadi"], IQ),
    (
        "Mohammed Shia al-Sudani",
        "Person",
        None,
        ["Prime Minister Mohammed Shia al-Sudani"],
        IQ,
    ),
    ("Kataib Hezbollah", "Organization", None, [], None),
    ("Lloyd Austin", "Person", None, ["Defense Secretary Lloyd Austin"], US),
    ("John Kirby", "Person", None, ["National Security Council spokesman John Kirby"], US),
    ("Islamic Resistance in Iraq", "Organization", None, ["The Islamic Resistance in Iraq"], None),
    ("Tower 22", "Location", None, [], None),
]

LEDE = "The United States has launched air strikes on more than 85 targets in Iraq and Syria"
CENT = "its forces struck more than 85 targets at seven facilities - four in Syria and three in Iraq"
QUDS = (
    "rocket, missile and drone storage facilities used by the IRGC's Quds Force and affiliated militia groups"
)
BUL_IQ = "Iraq says 16 people, including civilians, were killed and calls the strikes a violation of its sovereignty."
BUL_IR = 'Iran condemns the attacks as a "strategic mistake"; Russia calls for an urgent UN Security Council meeting.'
SUMMON = "Iraq's Ministry of Foreign Affairs has summoned the US charge d'affaires in Baghdad, David Burger"
NOTE = "to hand him a formal protest note over the overnight strikes"
POLY = (
    'Dmitry Polyanskiy, says Moscow has requested an urgent meeting of the UN Security Council over "the threat '
    'to peace and security created by US strikes on Syria and Iraq"'
)
UKS = "the United Kingdom supports the US's right to respond to attacks on its forces"
KH = "Kataib Hezbollah, the Iran-aligned Iraqi armed group Washington blames for the Jordan attack"
KHP = "said on Tuesday it was suspending its military operations against US forces"
BIDEN = '"Our response began today. It will continue at times and places of our choosing."'
AUSTIN = (
    'the president had directed "additional actions" to hold the Islamic Revolutionary Guard Corps (IRGC) and its '
    "affiliated groups accountable"
)
TALKS = (
    "Prime Minister Mohammed Shia al-Sudani's government began talks with Washington last month on winding down the "
    "coalition's mission in the country"
)
IRI = "The Islamic Resistance in Iraq, an umbrella group of Iran-aligned fighters, claimed a series of drone attacks"
V = [
    ("United States", "ASSAULT", "Iran", True, QUDS, "IRGC Quds Force facilities in Iraq and Syria struck"),
    ("United States", "ASSAULT", "Iraq", False, LEDE, "strikes on Iraqi soil against militias"),
    ("United States", "ASSAULT", "Syria", False, LEDE, "strikes on Syrian soil against militias"),
    ("United States", "ASSAULT", "Iraq", False, CENT, "three facilities in Iraq"),
    ("United States", "ASSAULT", "Syria", False, CENT, "four facilities in Syria"),
    (
        "United States",
        "ASSAULT",
        "Kataib Hezbollah",
        False,
        LEDE,
        "implied: retaliation against the group blamed",
    ),
    ("Iraq", "ACCUSE", "United States", True, BUL_IQ, "sovereignty violation; 16 killed"),
    ("United States", "ASSAULT", "Iraq", False, BUL_IQ, "Iraqi casualty claim"),
    ("Iran", "ACCUSE", "United States", True, BUL_IR, "strategic mistake"),
    ("Russia", "REQUEST", "UN Security Council", True, BUL_IR, "urgent meeting"),
    ("Joe Biden", "THREATEN", "Iran", False, BIDEN, "target not named"),
    ("Joe Biden", "THREATEN", "Kataib Hezbollah", False, BIDEN, "target not named"),
    (
        "Joe Biden",
        "THREATEN",
        "Iran",
        False,
        '"If you harm an American, we will respond," he added.',
        "generic conditional threat",
    ),
    ("Iraq", "ACCUSE", "David Burger", True, SUMMON, "summoning"),
    ("Iraq", "CONSULT", "David Burger", False, SUMMON, "summoning as meeting"),
    ("Iraq", "ACCUSE", "United States", False, SUMMON, "summoning, state level"),
    ("Iraq", "ACCUSE", "United States", True, NOTE, "protest note"),
    ("Iraq", "PROTEST", "United States", False, NOTE, "protest note, PLOVER PROTEST alternative"),
    (
        "Iraq",
        "ACCUSE",
        "United States",
        True,
        'the attacks were "a new aggression against the sovereignty of Iraq"',
        "",
    ),
    ("Russia", "REQUEST", "UN Security Council", True, POLY, "urgent meeting"),
    ("Dmitry Polyanskiy", "REQUEST", "UN Security Council", False, POLY, "speaks for Moscow"),
    ("Dmitry Polyanskiy", "ACCUSE", "United States", True, POLY, "threat to peace"),
    ("David Cameron", "SUPPORT", "United States", True, UKS, "right to respond"),
    ("United Kingdom", "SUPPORT", "United States", True, UKS, ""),
    (
        "David Cameron",
        "ACCUSE",
        "Iran",
        True,
        '"We have long condemned Iran\'s destabilising activity throughout the region,"',
        "",
    ),
    (
        "Nasser Kanaani",
        "ACCUSE",
        "United States",
        True,
        'has condemned the US attacks as "another adventurous act and strategic mistake"',
        "",
    ),
    (
        "Iran",
        "REJECT",
        "United States",
        False,
        "Tehran has repeatedly denied any role in the Jordan attack",
        "denial",
    ),
    (
        "United States",
        "ASSAULT",
        "Syria",
        False,
        'Syria\'s army says the US strikes on desert areas and border towns in the eastern Deir ez-Zor province killed "a number of civilians and soldiers"',
        "Syrian claim of soldiers killed",
    ),
    (
        "Syria",
        "ACCUSE",
        "United States",
        True,
        '"The occupation of parts of Syrian territory by US forces cannot continue,"',
        "occupation",
    ),
    (
        "Syria",
        "REQUEST",
        "United States",
        False,
        '"The occupation of parts of Syrian territory by US forces cannot continue,"',
        "implicit demand to leave",
    ),
    (
        "Basim al-Awadi",
        "REJECT",
        "United States",
        False,
        "He rejected White House claims that Washington had coordinated with Baghdad in advance.",
        "denial of prior coordination",
    ),
    (
        "Basim al-Awadi",
        "ACCUSE",
        "United States",
        True,
        '"This claim is a lie intended to mislead international public opinion,"',
        "",
    ),
    (
        "Basim al-Awadi",
        "ACCUSE",
        "US-led coalition",
        True,
        'the presence of the US-led coalition had become "a reason for threatening security and stability in Iraq"',
        "",
    ),
    ("United States", "MEMBER_OF", "US-led coalition", True, "the US-led coalition", "leads it"),
    ("Iraq", "CONSULT", "United States", True, TALKS, "talks on ending coalition mission"),
    ("Mohammed Shia al-Sudani", "CONSULT", "United States", False, TALKS, "his government"),
    ("United States", "ACCUSE", "Kataib Hezbollah", True, KH, "blamed for Tower 22"),
    ("Kataib Hezbollah", "ASSAULT", "United States", False, KH, "alleged by Washington"),
    ("Kataib Hezbollah", "ALLY", "Iran", False, KH, "Iran-aligned"),
    ("Kataib Hezbollah", "RETREAT", "United States", True, KHP, "suspension of operations"),
    ("Joe Biden", "THREATEN", "Iran", False, AUSTIN, "the president directed further actions"),
    ("Lloyd Austin", "THREATEN", "Iran", True, AUSTIN, "additional actions against the IRGC"),
    ("Lloyd Austin", "ACCUSE", "Iran", False, AUSTIN, "hold accountable implies blame"),
    (
        "United States",
        "CONSULT",
        "Iraq",
        False,
        "Washington informed the Iraqi government before the strikes took place",
        "claim, denied by Baghdad",
    ),
    (
        "Islamic Resistance in Iraq",
        "ASSAULT",
        "United States",
        True,
        "claimed a series of drone attacks on US bases that day",
        "Tower 22: 3 killed, 40+ wounded",
    ),
    ("Islamic Resistance in Iraq", "ALLY", "Iran", False, IRI, "Iran-aligned"),
    (
        "Jordan",
        "ACCUSE",
        "Islamic Resistance in Iraq",
        False,
        "Jordan condemned the attack",
        "target implied",
    ),
    (
        "Jordan",
        "COOPERATE",
        "United States",
        True,
        "said it was working with the US to secure its border",
        "border security",
    ),
    ("Joe Biden", "ROLE", "United States", True, "US President Joe Biden", "President"),
    (
        "David Burger",
        "ROLE",
        "United States",
        True,
        "the US charge d'affaires in Baghdad, David Burger",
        "charge d'affaires in Baghdad",
    ),
    (
        "Dmitry Polyanskiy",
        "ROLE",
        "Russia",
        True,
        "Russia's deputy ambassador to the United Nations, Dmitry Polyanskiy",
        "deputy ambassador to the UN",
    ),
    (
        "David Cameron",
        "ROLE",
        "United Kingdom",
        True,
        "British Foreign Secretary David Cameron",
        "Foreign Secretary",
    ),
    (
        "Nasser Kanaani",
        "ROLE",
        "Iran",
        True,
        "Iran's foreign ministry spokesman Nasser Kanaani",
        "foreign ministry spokesman",
    ),
    (
        "Basim al-Awadi",
        "ROLE",
        "Iraq",
        True,
        "Iraqi government spokesman Basim al-Awadi",
        "government spokesman",
    ),
    (
        "Mohammed Shia al-Sudani",
        "ROLE",
        "Iraq",
        True,
        "Prime Minister Mohammed Shia al-Sudani",
        "Prime Minister",
    ),
    ("Lloyd Austin", "ROLE", "United States", True, "Defense Secretary Lloyd Austin", "Defense Secretary"),
    (
        "John Kirby",
        "ROLE",
        "United States",
        True,
        "National Security Council spokesman John Kirby",
        "National Security Council spokesman",
    ),
]
