"""Gold tables for china_russia_northern_interaction.txt."""

CN, RU, JP, KR, US = "Q148", "Q159", "Q17", "Q884", "Q30"
E = [
    (
        "China",
        "Country",
        CN,
        [
            "Beijing",
            "Chinese",
            "China's Ministry of National Defense",
            "the People's Liberation Army's Northern Theater Command",
            "the PLA",
            "The Chinese task group",
        ],
        CN,
    ),
    (
        "Russia",
        "Country",
        RU,
        ["Moscow", "Russian", "The Russian Pacific Fleet", "the Russian Defense Ministry"],
        RU,
    ),
    (
        "Japan",
        "Country",
        JP,
        [
            "Tokyo",
            "Japanese",
            "Japan's Joint Staff Office",
            "Maritime Self-Defense Force",
            "Japan's Air Self-Defense Force",
        ],
        JP,
    ),
    ("South Korea", "Country", KR, ["Seoul", "South Korean", "the Republic of Korea Air Force"], KR),
    (
        "United States",
        "Country",
        US,
        ["US", "the United States", "Washington", "American forces", "US Navy"],
        US,
    ),
    ("Northern/Interaction-2023", "Event", None, [], None),
    ("Joint Sea", "Event", None, [], None),
    ("Sea of Japan", "Location", None, ["the Sea of Japan"], None),
    ("Pacific", "Location", None, ["the western Pacific"], None),
    ("Qingdao", "Location", None, [], None),
    ("Tan Kefei", "Person", None, ["Senior Colonel Tan Kefei"], CN),
    ("Xi Jinping", "Person", "Q15031", ["the Chinese leader"], CN),
    ("Vladimir Putin", "Person", "Q7747", ["Putin"], RU),
    ("Tsushima Strait", "Location", None, ["the Tsushima Strait"], None),
    ("Yasukazu Hamada", "Person", None, ["Japanese Defense Minister Yasukazu Hamada"], JP),
    ("East China Sea", "Location", None, ["the East China Sea"], None),
    (
        "Korean Air Defense Identification Zone",
        "Location",
        None,
        ["the Korean Air Defense Identification Zone"],
        None,
    ),
    ("Tsugaru Strait", "Location", None, ["the Tsugaru Strait"], None),
    ("Izu Islands", "Location", None, ["the Izu Islands"], None),
    ("Naval News", "Organization", None, [], None),
    ("Alessio Patalano", "Person", None, [], None),
    ("King's College London", "Organization", None, [], None),
    ("Joe Biden", "Person", "Q6279", ["President Joe Biden"], US),
    ("Fumio Kishida", "Person", None, ["Japanese Prime Minister Fumio Kishida"], JP),
    ("Yoon Suk Yeol", "Person", None, ["South Korean President Yoon Suk Yeol"], KR),
    ("Camp David", "Location", None, [], None),
    ("Sakhalin", "Location", None, [], None),
    ("Kuril Islands", "Location", None, ["the Kuril Islands", "Northern Territories"], None),
    ("Daniel Harwood", "Person", None, [], None),
]

LEAD = 'The Chinese and Russian navies concluded the "Northern/Interaction-2023" exercise in the Sea of Japan on July 23'
PATROL = "the two flotillas are now expected to sail together on a joint patrol into the western Pacific"
FIRST = "It was the first time the PLA's northern command has led a bilateral naval exercise with Russia"
PARTNER = (
    'Beijing and Moscow describe such drills as routine elements of their "comprehensive strategic partnership '
    'of coordination for a new era,"'
)
PLEDGE = "which Xi Jinping and Vladimir Putin pledged to deepen during the Chinese leader's state visit to Moscow in March"
SHADOW = (
    "Japan's Joint Staff Office reported that the Chinese ships transited the Tsushima Strait into the Sea of Japan "
    "on July 17, shadowed by a Maritime Self-Defense Force destroyer"
)
HAMADA = (
    "The repeated joint activities of Chinese and Russian forces around our country are clearly intended as a "
    "demonstration of force against Japan and are of grave concern to our security"
)
CONVEY = "He said Japan had conveyed its concerns to both governments through diplomatic channels"
BOMB = (
    "two Russian Tu-95MS strategic bombers and two Chinese H-6K bombers flew together over the Sea of Japan "
    "and the East China Sea"
)
SCRAMBLE = "Japan's Air Self-Defense Force and the Republic of Korea Air Force scrambled fighters"
SEOUL = "Seoul lodged protests with Beijing and Moscow"
NEXT = "Both navies have signaled that a combined patrol, the third since 2021, will follow the exercise"
LAST = "Last year's patrol took Chinese and Russian ships through the Tsugaru Strait"
TRACK = 'American forces would "track any transit in international waters and airspace,"'
MSG = "the message to Tokyo and Washington is clear"
TRI = "The three countries' navies held a trilateral ballistic missile defense drill in the Sea of Japan on July 16"
TIGHTEN = "the United States, Japan and South Korea move to tighten their own cooperation"
CAMP = (
    "President Joe Biden is set to host Japanese Prime Minister Fumio Kishida and South Korean President "
    "Yoon Suk Yeol at Camp David in August"
)
SNAP = "a sweeping snap readiness inspection ordered by Putin in April"
KURIL = "its ships practiced repelling a landing on Sakhalin and the Kuril Islands, territory Japan claims"
V = [
    ("China", "COOPERATE", "Russia", True, LEAD, "joint naval exercise"),
    ("China", "COOPERATE", "Russia", False, PATROL, "expected joint patrol"),
    ("China", "COOPERATE", "Russia", True, FIRST, ""),
    (
        "China",
        "COOPERATE",
        "Russia",
        False,
        'previous iterations of the "Joint Sea" series were coordinated at navy level',
        "background",
    ),
    ("China", "ALLY", "Russia", True, PARTNER, "comprehensive strategic partnership"),
    ("Xi Jinping", "AGREE", "Vladimir Putin", True, PLEDGE, "pledge to deepen partnership"),
    ("Xi Jinping", "CONSULT", "Russia", True, PLEDGE, "state visit, March 2023"),
    ("Xi Jinping", "CONSULT", "Vladimir Putin", False, PLEDGE, "meeting implied"),
    ("Japan", "MOBILIZE", "China", False, SHADOW, "shadowing / surveillance"),
    ("Yasukazu Hamada", "ACCUSE", "China", True, HAMADA, "demonstration of force"),
    ("Yasukazu Hamada", "ACCUSE", "Russia", True, HAMADA, "demonstration of force"),
    ("China", "THREATEN", "Japan", False, HAMADA, "Japanese reading of the drills"),
    ("Russia", "THREATEN", "Japan", False, HAMADA, "Japanese reading of the drills"),
    ("Japan", "ACCUSE", "China", True, CONVEY, "concerns conveyed"),
    ("Japan", "ACCUSE", "Russia", True, CONVEY, "concerns conveyed"),
    (
        "Japan",
        "ACCUSE",
        "China",
        False,
        "The warning echoes Tokyo's reaction to the last joint bomber flight in early June",
        "earlier reaction, unspecified",
    ),
    (
        "Japan",
        "ACCUSE",
        "Russia",
        False,
        "The warning echoes Tokyo's reaction to the last joint bomber flight in early June",
        "earlier reaction, unspecified",
    ),
    ("Russia", "COOPERATE", "China", True, BOMB, "joint bomber flight, June 2023"),
    ("Japan", "MOBILIZE", "China", False, SCRAMBLE, "scramble; target implied"),
    ("Japan", "MOBILIZE", "Russia", False, SCRAMBLE, "scramble; target implied"),
    ("South Korea", "MOBILIZE", "China", False, SCRAMBLE, "scramble; target implied"),
    ("South Korea", "MOBILIZE", "Russia", False, SCRAMBLE, "scramble; target implied"),
    ("South Korea", "ACCUSE", "China", True, SEOUL, "protest"),
    ("South Korea", "ACCUSE", "Russia", True, SEOUL, "protest"),
    ("South Korea", "PROTEST", "China", False, SEOUL, "diplomatic protest, alternative type"),
    ("South Korea", "PROTEST", "Russia", False, SEOUL, "diplomatic protest, alternative type"),
    (
        "China",
        "MOBILIZE",
        "South Korea",
        False,
        "the aircraft entered the Korean Air Defense Identification Zone without notice",
        "ADIZ entry",
    ),
    (
        "Russia",
        "MOBILIZE",
        "South Korea",
        False,
        "the aircraft entered the Korean Air Defense Identification Zone without notice",
        "ADIZ entry",
    ),
    ("China", "COOPERATE", "Russia", False, NEXT, "future patrol"),
    ("China", "COOPERATE", "Russia", True, LAST, "2022 joint patrol"),
    ("United States", "MOBILIZE", "China", False, TRACK, "future tracking"),
    ("United States", "MOBILIZE", "Russia", False, TRACK, "future tracking"),
    ("China", "THREATEN", "Japan", False, MSG, "analyst's view"),
    ("Russia", "THREATEN", "Japan", False, MSG, "analyst's view"),
    ("China", "THREATEN", "United States", False, MSG, "analyst's view"),
    ("Russia", "THREATEN", "United States", False, MSG, "analyst's view"),
    ("United States", "COOPERATE", "Japan", True, TRI, "trilateral BMD drill"),
    ("United States", "COOPERATE", "South Korea", True, TRI, "trilateral BMD drill"),
    ("Japan", "COOPERATE", "South Korea", True, TRI, "trilateral BMD drill"),
    ("United States", "COOPERATE", "Japan", False, TIGHTEN, "vague"),
    ("United States", "COOPERATE", "South Korea", False, TIGHTEN, "vague"),
    ("Japan", "COOPERATE", "South Korea", False, TIGHTEN, "vague"),
    ("Joe Biden", "CONSULT", "Fumio Kishida", False, CAMP, "future summit"),
    ("Joe Biden", "CONSULT", "Yoon Suk Yeol", False, CAMP, "future summit"),
    ("Fumio Kishida", "CONSULT", "Yoon Suk Yeol", False, CAMP, "future summit"),
    ("Russia", "MOBILIZE", "Japan", False, KURIL, "drill on disputed islands; target implied"),
    ("Vladimir Putin", "MOBILIZE", "Japan", False, SNAP, "snap inspection, no stated target"),
    (
        "Tan Kefei",
        "ROLE",
        "China",
        True,
        "Senior Colonel Tan Kefei, spokesperson for China's Ministry of National Defense",
        "Ministry of National Defense spokesperson",
    ),
    (
        "Yasukazu Hamada",
        "ROLE",
        "Japan",
        True,
        "Japanese Defense Minister Yasukazu Hamada",
        "Defense Minister",
    ),
    (
        "Alessio Patalano",
        "ROLE",
        "King's College London",
        True,
        "Alessio Patalano, professor of war and strategy in East Asia at King's College London",
        "professor",
    ),
    ("Joe Biden", "ROLE", "United States", True, "President Joe Biden", "President"),
    ("Fumio Kishida", "ROLE", "Japan", True, "Japanese Prime Minister Fumio Kishida", "Prime Minister"),
    ("Yoon Suk Yeol", "ROLE", "South Korea", True, "South Korean President Yoon Suk Yeol", "President"),
    ("Xi Jinping", "ROLE", "China", False, PLEDGE, "'the Chinese leader'"),
]
