"""Gold tables for china_gallium_germanium_ban.txt."""

CN, US, CSIS = "Q148", "Q30", "Center for Strategic and International Studies"
E = [
    (
        "China",
        "Country",
        CN,
        [
            "Beijing",
            "Chinese",
            "China's Ministry of Commerce",
            "MOFCOM",
            "China's commerce ministry",
            "Beijing's market regulator",
            "the People's Liberation Army",
        ],
        CN,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "the United States",
            "U.S.",
            "Washington",
            "American",
            "the U.S. Department of Commerce",
            "the U.S. Geological Survey",
            "the Pentagon",
            "the outgoing Biden administration",
        ],
        US,
    ),
    ("Gina Raimondo", "Person", None, ["Commerce Secretary Gina Raimondo"], US),
    ("Lin Jian", "Person", None, ["Foreign ministry spokesperson Lin Jian"], CN),
    ("Donald Trump", "Person", "Q22686", ["President-elect Donald Trump"], US),
    ("Naura", "Organization", None, [], None),
    ("Piotech", "Organization", None, [], None),
    ("Nvidia", "Organization", "Q182477", [], None),
    (
        "China Semiconductor Industry Association",
        "Organization",
        None,
        ["the China Semiconductor Industry Association"],
        None,
    ),
    ("Samsung", "Organization", None, [], None),
    ("SK Hynix", "Organization", None, [], None),
    ("Japan", "Country", "Q17", ["Tokyo"], "Q17"),
    (
        "Netherlands",
        "Country",
        "Q55",
        ["the Netherlands", "The Dutch government"],
        "Q55",
    ),
    ("South Korea", "Country", "Q884", [], "Q884"),
    ("Taiwan", "Country", "Q865", [], "Q865"),
    ("Canada", "Country", "Q16", ["Ottawa"], "Q16"),
    ("Australia", "Country", "Q408", ["Canberra"], "Q408"),
    ("India", "Country", "Q668", [], "Q668"),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("Belgium", "Country", "Q31", [], "Q31"),
    ("Germany", "Country", "Q183", [], "Q183"),
    ("European Union", "IGO", "Q458", ["the European Union"], None),
    ("G7", "IGO", None, ["the G7"], None),
    (
        "Minerals Security Partnership",
        "IGO",
        None,
        ["the Minerals Security Partnership", "MSP"],
        None,
    ),
    (
        CSIS,
        "Organization",
        None,
        ["the Center for Strategic and International Studies", "CSIS"],
        None,
    ),
    ("British Columbia", "Location", None, [], None),
    ("Western Australia", "Location", None, [], None),
    ("Rachel Okafor", "Person", None, [], None),
    ("Thomas Lindqvist", "Person", None, [], None),
]

BAN = (
    "China's Ministry of Commerce (MOFCOM) banned exports of gallium, germanium, antimony and so-called superhard "
    "materials to the United States"
)
NOTICE = (
    'The MOFCOM notice prohibits, "in principle", any export of the three minerals to U.S. buyers and bars '
    "shipments of dual-use items to American military end users"
)
EL = (
    "the U.S. Department of Commerce added 140 Chinese entities, including the chip-tool makers Naura and Piotech, "
    "to its Entity List and restricted sales of high-bandwidth memory to China"
)
LIN = (
    'Foreign ministry spokesperson Lin Jian said China "firmly opposes" the U.S. measures and accused Washington '
    'of "overstretching the concept of national security"'
)
RAIM = (
    "Commerce Secretary Gina Raimondo had defended the new rules as necessary to keep advanced technology out of "
    "the hands of the People's Liberation Army"
)
IMP = "imports much of its germanium via Belgium and Germany, where Chinese feedstock is refined"
EXEMPT = "Washington exempted them from the new foreign direct product rule after months of pressure"
PARALLEL = "both governments are expected to adopt parallel restrictions on their own timetable"
MSP = (
    "Canada and Australia, both members of the Minerals Security Partnership (MSP) with the United States, Japan, "
    "South Korea, India and the European Union"
)
UNLESS = (
    "China's commerce ministry has signaled that it will not lift the ban unless the United States rolls back the "
    "Entity List additions"
)
KOREA = (
    "South Korea, whose memory makers Samsung and SK Hynix sell heavily to China, has quietly sought assurances "
    "from Washington that its plants in China will keep their waivers"
)
OFFTAKE = "Washington should bring India and Brazil, both of which hold untapped deposits, into long-term offtake agreements"
MATCH = (
    "Beijing has now shown that it will match each round of U.S. chip controls with controls on the minerals "
    "those chips depend on"
)
V = [
    (
        "China",
        "SANCTION",
        "United States",
        True,
        BAN,
        "export ban: gallium, germanium, antimony, superhard",
    ),
    (
        "China",
        "SANCTION",
        "United States",
        True,
        NOTICE,
        "ban incl. dual-use to US military users",
    ),
    (
        "United States",
        "SANCTION",
        "China",
        True,
        EL,
        "140 entities listed; HBM restrictions",
    ),
    ("United States", "SANCTION", "Naura", True, EL, "Entity List"),
    ("United States", "SANCTION", "Piotech", True, EL, "Entity List"),
    (
        "China Semiconductor Industry Association",
        "ACCUSE",
        "United States",
        False,
        'American chips were "no longer safe or reliable"',
        "criticism of US products",
    ),
    (
        "China",
        "ACCUSE",
        "Nvidia",
        True,
        "Beijing's market regulator opened an antitrust investigation into Nvidia",
        "antitrust probe (investigate)",
    ),
    ("Lin Jian", "ACCUSE", "United States", True, LIN, ""),
    (
        "Lin Jian",
        "REJECT",
        "United States",
        False,
        LIN,
        "'firmly opposes' could be read as REJECT",
    ),
    ("Gina Raimondo", "SANCTION", "China", False, RAIM, "defends controls"),
    ("Gina Raimondo", "ACCUSE", "China", False, RAIM, "implicit"),
    ("United States", "COOPERATE", "Belgium", False, IMP, "trade"),
    ("United States", "COOPERATE", "Germany", False, IMP, "trade"),
    ("United States", "CONCEDE", "Japan", False, EXEMPT, "exemption"),
    ("United States", "CONCEDE", "Netherlands", False, EXEMPT, "exemption"),
    ("Japan", "COOPERATE", "United States", False, PARALLEL, "expected"),
    ("Netherlands", "COOPERATE", "United States", False, PARALLEL, "expected"),
    (
        "South Korea",
        "REQUEST",
        "United States",
        True,
        KOREA,
        "seeks assurances on waivers",
    ),
    ("Samsung", "COOPERATE", "China", False, KOREA, "sales"),
    ("SK Hynix", "COOPERATE", "China", False, KOREA, "sales"),
    ("Canada", "MEMBER_OF", "Minerals Security Partnership", True, MSP, ""),
    ("Australia", "MEMBER_OF", "Minerals Security Partnership", True, MSP, ""),
    ("United States", "MEMBER_OF", "Minerals Security Partnership", True, MSP, ""),
    ("Japan", "MEMBER_OF", "Minerals Security Partnership", True, MSP, ""),
    ("South Korea", "MEMBER_OF", "Minerals Security Partnership", True, MSP, ""),
    ("India", "MEMBER_OF", "Minerals Security Partnership", True, MSP, ""),
    ("European Union", "MEMBER_OF", "Minerals Security Partnership", True, MSP, ""),
    ("Canada", "ALLY", "United States", False, MSP, "partnership framing"),
    ("Australia", "ALLY", "United States", False, MSP, "partnership framing"),
    (
        "China",
        "THREATEN",
        "United States",
        False,
        MATCH,
        "authors' analysis",
    ),
    (
        "United States",
        "COOPERATE",
        "G7",
        False,
        "should coordinate with the G7 on a shared stockpile of gallium and germanium",
        "recommendation",
    ),
    ("United States", "COOPERATE", "India", False, OFFTAKE, "recommendation"),
    ("United States", "COOPERATE", "Brazil", False, OFFTAKE, "recommendation"),
    ("China", "REQUEST", "United States", True, UNLESS, "condition for lifting ban"),
    ("China", "REJECT", "United States", False, UNLESS, "refuses to lift ban"),
    (
        "United States",
        "REJECT",
        "China",
        True,
        "something the outgoing Biden administration has ruled out",
        "refuses rollback",
    ),
    (
        "Gina Raimondo",
        "ROLE",
        "United States",
        True,
        "Commerce Secretary Gina Raimondo",
        "Commerce Secretary",
    ),
    (
        "Lin Jian",
        "ROLE",
        "China",
        True,
        "Foreign ministry spokesperson Lin Jian",
        "Foreign ministry spokesperson",
    ),
    (
        "Donald Trump",
        "ROLE",
        "United States",
        True,
        "President-elect Donald Trump",
        "President-elect",
    ),
    (
        "Rachel Okafor",
        "ROLE",
        CSIS,
        True,
        "Rachel Okafor is a fellow and Thomas Lindqvist is a senior associate with the Economic Security Program at the Center for Strategic and International Studies",
        "fellow",
    ),
    (
        "Thomas Lindqvist",
        "ROLE",
        CSIS,
        True,
        "Thomas Lindqvist is a senior associate with the Economic Security Program at the Center for Strategic and International Studies",
        "senior associate",
    ),
]
