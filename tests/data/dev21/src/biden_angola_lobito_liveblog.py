"""Gold tables for biden_angola_lobito_liveblog.txt."""

US, AO, ZM, CD, TZ, CN = "Q30", "Q916", "Q953", "Q974", "Q924", "Q148"
DRC = "Democratic Republic of the Congo"
LAR = "Lobito Atlantic Railway"
E = [
    (
        "United States",
        "Country",
        US,
        [
            "US",
            "Washington",
            "the United States",
            "American",
            "The Americans",
            "The US International Development Finance Corporation",
            "DFC",
        ],
        US,
    ),
    ("Joe Biden", "Person", "Q6279", ["Biden", "US President Joe Biden"], US),
    (
        "Angola",
        "Country",
        AO,
        ["Angolan", "Luanda", "President Joao Lourenco's government"],
        AO,
    ),
    ("Joao Lourenco", "Person", None, ["Lourenco", "President Joao Lourenco"], AO),
    ("Zambia", "Country", ZM, ["Zambian"], ZM),
    (
        "Hakainde Hichilema",
        "Person",
        None,
        ["Hichilema", "Zambian President Hakainde Hichilema"],
        ZM,
    ),
    (DRC, "Country", CD, ["DRC"], CD),
    (
        "Felix Tshisekedi",
        "Person",
        None,
        ["Tshisekedi", "DRC President Felix Tshisekedi"],
        CD,
    ),
    ("Tanzania", "Country", TZ, ["Tanzanian"], TZ),
    ("Philip Mpango", "Person", None, ["Tanzanian Vice President Philip Mpango"], TZ),
    ("Samia Suluhu Hassan", "Person", None, ["President Samia Suluhu Hassan"], TZ),
    ("China", "Country", CN, ["Beijing", "Chinese", "China's"], CN),
    (
        "Mao Ning",
        "Person",
        None,
        ["Chinese foreign ministry spokesperson Mao Ning"],
        CN,
    ),
    ("European Union", "IGO", "Q458", ["Brussels"], "Q458"),
    (
        "Lobito Corridor",
        "Location",
        None,
        ["the corridor", "The US-backed Lobito Corridor railway"],
        None,
    ),
    (LAR, "Organization", None, [], None),
    ("Trafigura", "Organization", None, [], None),
    ("Mota-Engil", "Organization", None, [], None),
    ("Vecturis", "Organization", None, [], None),
    ("Africa Finance Corporation", "Organization", None, [], None),
    ("TAZARA", "Location", None, ["the TAZARA railway"], None),
    ("Forum on China-Africa Cooperation", "Event", None, [], None),
    ("UNITA", "Organization", None, ["UNITA rebels"], None),
    ("Adalberto Costa Junior", "Person", None, [], None),
    ("MPLA", "Organization", None, ["his MPLA party"], None),
    ("Donald Trump", "Person", "Q22686", ["President-elect Donald Trump", "Trump"], US),
    ("Ovigwe Eguegu", "Person", None, [], None),
    ("Development Reimagined", "Organization", None, [], None),
    ("Edna Mohamed", "Person", None, [], None),
    ("Al Jazeera", "Organization", None, [], None),
]

KEY = (
    "He is holding a summit with the leaders of Angola, Zambia and the Democratic Republic of the Congo, and "
    "Tanzania's vice president."
)
TABLE = (
    "Around the table are Lourenco, Zambian President Hakainde Hichilema, DRC President Felix Tshisekedi and "
    "Tanzanian Vice President Philip Mpango, who is standing in for President Samia Suluhu Hassan."
)
JOINT = (
    "The leaders later issued a joint statement pledging to extend the corridor eastward through Zambia to "
    "Tanzania's Indian Ocean coast."
)
MOU = (
    "The corridor has been backed by Washington and Brussels under a memorandum of understanding signed in 2023 "
    "with Angola, Zambia and the DRC."
)
TAZ = (
    "China signed an agreement with Tanzania and Zambia to revive the TAZARA railway, which Beijing built in the "
    "1970s."
)
TALKS = "Biden held talks with Lourenco at the presidential palace, the first visit by a sitting US president to Angola."
COLD = (
    'Lourenco described relations as having moved "from confrontation to partnership" since the Cold War, when '
    "Washington armed UNITA rebels against his MPLA party."
)
ASK = (
    "Lourenco asked Washington to help Angola diversify away from oil and invited US firms to invest in farming "
    "and energy."
)
COSTA = (
    "Adalberto Costa Junior, leader of Angola's main opposition party UNITA, has accused Washington of "
    '"rewarding" President Joao Lourenco\'s government despite a crackdown on protesters and journalists.'
)
LEADERS = ["Joao Lourenco", "Hakainde Hichilema", "Felix Tshisekedi", "Philip Mpango"]
V = [
    ("Joe Biden", "CONSULT", "Angola", False, KEY, "summit, country level"),
    ("Joe Biden", "CONSULT", "Zambia", False, KEY, "summit, country level"),
    ("Joe Biden", "CONSULT", DRC, False, KEY, "summit, country level"),
    ("Joe Biden", "CONSULT", "Tanzania", False, KEY, "summit, country level"),
    *[("Joe Biden", "CONSULT", p, True, TABLE, "Lobito summit") for p in LEADERS],
    *[
        (a, "CONSULT", b, False, TABLE, "co-participants")
        for i, a in enumerate(LEADERS)
        for b in LEADERS[i + 1 :]
    ],
    *[("Joe Biden", "AGREE", p, True, JOINT, "joint statement; 'the leaders'") for p in LEADERS],
    *[
        (a, "AGREE", b, False, JOINT, "joint statement")
        for i, a in enumerate(LEADERS)
        for b in LEADERS[i + 1 :]
    ],
    (
        "Joe Biden",
        "AID",
        "Lobito Corridor",
        True,
        "Biden told the summit that the United States would provide an additional $600m for the corridor",
        "$600m more; ~$4bn total",
    ),
    (
        "Hakainde Hichilema",
        "SUPPORT",
        "United States",
        True,
        'Hichilema thanked Washington for what he called "a partnership, not a handout".',
        "thanks",
    ),
    (
        "Felix Tshisekedi",
        "REQUEST",
        "United States",
        False,
        "Tshisekedi called on American companies to invest in processing in the DRC",
        "target is US companies",
    ),
    (
        "United States",
        "AID",
        LAR,
        True,
        "The US International Development Finance Corporation (DFC) has lent it $553m.",
        "$553m loan",
    ),
    ("United States", "AGREE", "Angola", True, MOU, "2023 MoU"),
    ("United States", "AGREE", "Zambia", True, MOU, "2023 MoU"),
    ("United States", "AGREE", DRC, True, MOU, "2023 MoU"),
    ("European Union", "AGREE", "Angola", True, MOU, "2023 MoU"),
    ("European Union", "AGREE", "Zambia", True, MOU, "2023 MoU"),
    ("European Union", "AGREE", DRC, True, MOU, "2023 MoU"),
    ("United States", "AGREE", "European Union", False, MOU, "co-backers"),
    ("Angola", "AGREE", "Zambia", False, MOU, "co-signatories"),
    ("Angola", "AGREE", DRC, False, MOU, "co-signatories"),
    ("Zambia", "AGREE", DRC, False, MOU, "co-signatories"),
    ("United States", "SUPPORT", "Lobito Corridor", True, MOU, "backed"),
    ("European Union", "SUPPORT", "Lobito Corridor", True, MOU, "backed"),
    (
        "Mao Ning",
        "ACCUSE",
        "United States",
        False,
        'Africa was "a big stage for international cooperation, not an arena for major-power competition"',
        "implicit criticism",
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
        "China",
        "AID",
        "Angola",
        True,
        "China is Angola's biggest creditor, and Luanda still owes Chinese lenders about $17bn.",
        "loans, ~$17bn owed",
    ),
    ("China", "AGREE", "Tanzania", True, TAZ, "TAZARA revival"),
    ("China", "AGREE", "Zambia", True, TAZ, "TAZARA revival"),
    ("Tanzania", "AGREE", "Zambia", True, TAZ, "TAZARA revival"),
    ("China", "AID", "TAZARA", False, TAZ, "built in the 1970s"),
    ("Joe Biden", "CONSULT", "Joao Lourenco", True, TALKS, "talks in Luanda"),
    (
        "Joe Biden",
        "CONSULT",
        "Angola",
        False,
        TALKS,
        "first visit by a sitting US president",
    ),
    (
        "Joe Biden",
        "CONSULT",
        "Joao Lourenco",
        True,
        "Biden was greeted on the tarmac by Lourenco.",
        "greeting",
    ),
    (
        "Joao Lourenco",
        "SUPPORT",
        "United States",
        False,
        COLD,
        "positive characterisation; type debatable",
    ),
    ("United States", "AID", "UNITA", True, COLD, "armed rebels during Cold War"),
    ("Joao Lourenco", "REQUEST", "United States", True, ASK, "help diversify, invest"),
    ("Adalberto Costa Junior", "ACCUSE", "United States", True, COSTA, ""),
    ("Adalberto Costa Junior", "ACCUSE", "Angola", False, COSTA, "implied crackdown"),
    (
        "Adalberto Costa Junior",
        "ROLE",
        "UNITA",
        True,
        "Adalberto Costa Junior, leader of Angola's main opposition party UNITA",
        "leader",
    ),
    ("Joe Biden", "ROLE", "United States", True, "US President Joe Biden", "President"),
    (
        "Joao Lourenco",
        "ROLE",
        "Angola",
        True,
        "President Joao Lourenco's government",
        "President",
    ),
    (
        "Hakainde Hichilema",
        "ROLE",
        "Zambia",
        True,
        "Zambian President Hakainde Hichilema",
        "President",
    ),
    (
        "Felix Tshisekedi",
        "ROLE",
        DRC,
        True,
        "DRC President Felix Tshisekedi",
        "President",
    ),
    (
        "Philip Mpango",
        "ROLE",
        "Tanzania",
        True,
        "Tanzanian Vice President Philip Mpango",
        "Vice President",
    ),
    (
        "Samia Suluhu Hassan",
        "ROLE",
        "Tanzania",
        True,
        "President Samia Suluhu Hassan",
        "President",
    ),
    (
        "Donald Trump",
        "ROLE",
        "United States",
        True,
        "President-elect Donald Trump takes office",
        "President-elect",
    ),
    (
        "Ovigwe Eguegu",
        "ROLE",
        "Development Reimagined",
        True,
        "Ovigwe Eguegu, a policy analyst at Development Reimagined",
        "policy analyst",
    ),
]
