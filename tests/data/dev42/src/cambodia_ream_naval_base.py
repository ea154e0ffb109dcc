"""Gold tables for cambodia_ream_naval_base.txt."""

KH, CN, JP, US = "Q424", "Q148", "Q17", "Q30"
E = [
    ("Cambodia", "Country", KH, ["Phnom Penh", "Cambodian"], KH),
    (
        "China",
        "Country",
        CN,
        [
            "Beijing",
            "Chinese",
            "PRC",
            "People's Liberation Army Navy",
            "PLAN",
            "the PLA",
            "China's Ministry of National Defense",
        ],
        CN,
    ),
    ("Japan", "Country", JP, ["Tokyo", "Japanese", "Japan's Maritime Self-Defense Force"], JP),
    (
        "United States",
        "Country",
        US,
        [
            "US",
            "Washington",
            "American",
            "the US military",
            "the US Navy",
            "the Trump administration",
            "State Department",
            "USS Savannah",
        ],
        US,
    ),
    ("Vietnam", "Country", "Q881", [], "Q881"),
    ("Thailand", "Country", "Q869", [], "Q869"),
    ("Singapore", "Country", "Q334", [], "Q334"),
    ("ASEAN", "IGO", "Q7768", [], None),
    ("Hun Manet", "Person", None, ["Prime Minister Hun Manet"], KH),
    ("Tea Seiha", "Person", None, ["Defence Minister Tea Seiha"], KH),
    ("Wang Wenbin", "Person", None, ["Chinese Ambassador Wang Wenbin"], CN),
    ("Lloyd Austin", "Person", "Q1513098", ["US Defense Secretary Lloyd Austin"], US),
    ("Donald Trump", "Person", "Q22686", ["President Donald Trump"], US),
    ("Xi Jinping", "Person", "Q15031", ["President Xi Jinping"], CN),
    ("Malika Teng", "Person", None, [], None),
    (
        "ISEAS - Yusof Ishak Institute",
        "Organization",
        None,
        ["ISEAS", "the ISEAS - Yusof Ishak Institute"],
        None,
    ),
    ("The Wall Street Journal", "Organization", "Q164746", [], None),
    ("Ream Naval Base", "Location", None, ["Ream", "the expanded Ream Naval Base"], None),
    ("Gulf of Thailand", "Location", None, ["the Gulf of Thailand"], None),
    ("Southeast Asia", "Location", None, [], None),
    ("Sihanoukville", "Location", None, [], None),
    ("Funan Techo Canal", "Location", None, ["the Funan Techo Canal"], None),
    ("Mekong delta", "Location", None, ["the Mekong delta"], None),
    ("South China Sea", "Location", None, ["the South China Sea"], None),
    ("Angkor Sentinel", "Event", None, ["the Angkor Sentinel exercises"], None),
    ("Golden Dragon", "Event", None, ["annual Golden Dragon drills"], None),
]

CORVETTES = "two People's Liberation Army Navy (PLAN) corvettes have been berthed at Ream since December 2023"
CENTRE = "a China-Cambodia joint logistics and training centre opened at the ceremony"
WSJ = (
    "The Wall Street Journal reported that Cambodia had secretly agreed to grant China exclusive use of part of "
    "the base for 30 years"
)
WANG = 'Chinese Ambassador Wang Wenbin, who led Beijing\'s delegation, praised the project as "a model of ironclad friendship"'
MINESWEEPERS = "Tea Seiha announced that two Japanese minesweepers would call at Ream later this month"
TOKYO = (
    "Tokyo has quietly deepened defence ties with Phnom Penh, funding mine-clearance training and hosting Cambodian "
    "naval officers"
)
DEMOLISH = (
    "In 2020, Cambodia demolished a US-funded maritime security building at Ream after declining Washington's "
    "offer to refurbish it"
)
ANGKOR = "Phnom Penh suspended the Angkor Sentinel exercises with the US military in 2017"
AUSTIN = "US Defense Secretary Lloyd Austin visited Phnom Penh in June 2024 and met Hun Manet and Tea Seiha"
SAVANNAH = "the littoral combat ship USS Savannah called at Sihanoukville's commercial port in December"
STATE = (
    "a State Department spokesperson said this week that Washington \"remains concerned about the PRC's plans "
    'for Ream"'
)
TARIFF = "On 2 April the Trump administration imposed a 49 per cent tariff on Cambodian goods"
LETTER = "Hun Manet wrote to President Donald Trump two days later asking for negotiations"
XI = "President Xi Jinping is expected in Phnom Penh for a state visit later this month"
V = [
    (
        "China",
        "AID",
        "Cambodia",
        True,
        "rebuilt over three years with Chinese grant funding",
        "grant-funded upgrade",
    ),
    (
        "China",
        "COOPERATE",
        "Cambodia",
        False,
        "rebuilt over three years with Chinese grant funding",
        "alternative",
    ),
    (
        "Japan",
        "COOPERATE",
        "Cambodia",
        False,
        "Japan's Maritime Self-Defense Force will be the first foreign navy to use its new pier",
        "planned",
    ),
    ("China", "COOPERATE", "Cambodia", True, CORVETTES, "PLAN presence at Ream"),
    ("China", "MOBILIZE", "Cambodia", False, CORVETTES, "deployment; alternative reading"),
    ("China", "COOPERATE", "Cambodia", True, CENTRE, "joint logistics and training centre"),
    (
        "United States",
        "ACCUSE",
        "Cambodia",
        False,
        "The United States remains suspicious",
        "vague disapproval",
    ),
    (
        "United States",
        "SANCTION",
        "Cambodia",
        True,
        "Washington imposed steep tariffs on Cambodian exports",
        "tariffs",
    ),
    ("United States", "SANCTION", "Cambodia", True, TARIFF, "49% tariff"),
    ("United States", "COERCE", "Cambodia", False, TARIFF, "economic pressure; alternative"),
    ("Cambodia", "AGREE", "China", False, WSJ, "alleged secret deal, denied"),
    (
        "Cambodia",
        "REJECT",
        "The Wall Street Journal",
        False,
        "Phnom Penh denied the report then and has denied it ever since",
        "denial",
    ),
    ("Wang Wenbin", "SUPPORT", "Cambodia", True, WANG, "praise"),
    ("Wang Wenbin", "CONSULT", "Cambodia", False, WANG, "led delegation to the ceremony"),
    ("China", "ALLY", "Cambodia", False, WANG, "'ironclad friendship'"),
    (
        "China",
        "COOPERATE",
        "Cambodia",
        False,
        'said China-Cambodia military cooperation "is not targeted at any third party"',
        "military cooperation, stated in passing",
    ),
    ("Japan", "CONSULT", "Cambodia", False, MINESWEEPERS, "planned port call"),
    ("Japan", "COOPERATE", "Cambodia", False, MINESWEEPERS, "planned port call"),
    ("Japan", "COOPERATE", "Cambodia", True, TOKYO, "defence ties"),
    ("Japan", "AID", "Cambodia", True, TOKYO, "mine-clearance training funded"),
    ("Cambodia", "CONSULT", "Japan", False, "By inviting a US ally first", "invitation; analytic"),
    ("Japan", "ALLY", "United States", True, "By inviting a US ally first", "Japan as 'a US ally'"),
    ("Cambodia", "REJECT", "United States", True, DEMOLISH, "declined offer"),
    ("Cambodia", "SANCTION", "United States", False, DEMOLISH, "demolition of US-funded building"),
    ("United States", "AID", "Cambodia", False, DEMOLISH, "'US-funded'; offer to refurbish"),
    ("Cambodia", "SANCTION", "United States", True, ANGKOR, "exercises suspended"),
    ("Cambodia", "COOPERATE", "United States", False, ANGKOR, "past exercises; noun phrase"),
    (
        "Cambodia",
        "COOPERATE",
        "China",
        True,
        "has since held annual Golden Dragon drills with the PLA",
        "joint exercises; pronoun-less subject",
    ),
    ("Lloyd Austin", "CONSULT", "Cambodia", True, AUSTIN, "visit"),
    ("Lloyd Austin", "CONSULT", "Hun Manet", True, AUSTIN, "meeting"),
    ("Lloyd Austin", "CONSULT", "Tea Seiha", True, AUSTIN, "meeting"),
    ("United States", "COOPERATE", "Cambodia", True, SAVANNAH, "port call"),
    ("United States", "CONSULT", "Cambodia", False, SAVANNAH, "port call as visit"),
    ("United States", "ACCUSE", "China", True, STATE, "concern over PRC plans"),
    (
        "United States",
        "REQUEST",
        "Cambodia",
        True,
        'urged Cambodia to guarantee "transparent and equal access"',
        "demand",
    ),
    ("Hun Manet", "REQUEST", "Donald Trump", True, LETTER, "negotiations requested"),
    (
        "Hun Manet",
        "CONCEDE",
        "United States",
        False,
        "offering to cut duties on 19 categories of American products",
        "offer",
    ),
    (
        "China",
        "COOPERATE",
        "Cambodia",
        False,
        "China is Cambodia's largest investor and creditor",
        "state descriptor",
    ),
    (
        "China",
        "COOPERATE",
        "Cambodia",
        False,
        "Chinese companies are also building the Funan Techo Canal",
        "companies, not the state",
    ),
    ("Vietnam", "ACCUSE", "Cambodia", False, "a project that has worried Vietnam", "concern"),
    ("Xi Jinping", "CONSULT", "Cambodia", False, XI, "expected visit"),
    (
        "Cambodia",
        "AGREE",
        "China",
        False,
        "the two sides are likely to sign further agreements",
        "expected",
    ),
    (
        "Cambodia",
        "ACCUSE",
        "United States",
        False,
        'Senior Cambodian officials privately describe the tariffs as "a gift to China"',
        "anonymous, private",
    ),
    ("Vietnam", "MEMBER_OF", "ASEAN", False, "ASEAN partners, notably Vietnam and Thailand", "implied"),
    ("Thailand", "MEMBER_OF", "ASEAN", False, "ASEAN partners, notably Vietnam and Thailand", "implied"),
    ("Cambodia", "MEMBER_OF", "ASEAN", False, "ASEAN partners, notably Vietnam and Thailand", "implied"),
    # roles
    ("Hun Manet", "ROLE", "Cambodia", True, "Prime Minister Hun Manet", "Prime Minister"),
    ("Tea Seiha", "ROLE", "Cambodia", True, "Defence Minister Tea Seiha", "Defence Minister"),
    ("Wang Wenbin", "ROLE", "China", True, "Chinese Ambassador Wang Wenbin", "Ambassador to Cambodia"),
    ("Lloyd Austin", "ROLE", "United States", True, "US Defense Secretary Lloyd Austin", "Defense Secretary"),
    ("Donald Trump", "ROLE", "United States", True, "President Donald Trump", "President"),
    ("Xi Jinping", "ROLE", "China", True, "President Xi Jinping", "President"),
    (
        "Malika Teng",
        "ROLE",
        "ISEAS - Yusof Ishak Institute",
        True,
        "Malika Teng is Visiting Fellow with the Regional Strategic and Political Studies Programme at the ISEAS - "
        "Yusof Ishak Institute",
        "Visiting Fellow",
    ),
]
