"""Gold tables for tasman_sea_live_fire.txt."""

AU, NZ, CN = "Q408", "Q664", "Q148"
E = [
    (
        "Australia",
        "Country",
        AU,
        [
            "Canberra",
            "Australian",
            "the Australian side",
            "the Australian Defence Force",
            "the ADF",
            "HMAS Arunta",
            "Royal Australian Air Force",
            "Airservices Australia",
        ],
        AU,
    ),
    ("New Zealand", "Country", NZ, ["the Royal New Zealand Navy", "HMNZS Te Kaha"], NZ),
    (
        "China",
        "Country",
        CN,
        [
            "Chinese",
            "Beijing",
            "China's defence ministry",
            "Chinese defence ministry",
            "the PLA",
            "The Chinese navy",
            "China's foreign ministry",
            "the cruiser Zunyi",
            "the frigate Hengyang",
            "the replenishment ship Weishanhu",
        ],
        CN,
    ),
    ("Tasman Sea", "Location", None, ["the Tasman Sea"], None),
    ("Richard Marles", "Person", None, ["Marles"], AU),
    ("Virgin Australia", "Organization", None, [], None),
    ("Penny Wong", "Person", None, ["Wong", "The foreign minister, Penny Wong"], AU),
    ("Wang Yi", "Person", None, ["China's foreign minister, Wang Yi"], CN),
    ("G20", "IGO", None, [], None),
    ("Wu Qian", "Person", None, [], CN),
    ("Quad", "IGO", None, [], None),
    ("United States", "Country", "Q30", ["the US"], "Q30"),
    ("Japan", "Country", "Q17", [], "Q17"),
    ("India", "Country", "Q668", [], "Q668"),
    ("Judith Collins", "Person", None, ["Collins", "New Zealand's defence minister, Judith Collins"], NZ),
    ("Peter Dutton", "Person", None, ["Dutton", "The opposition leader, Peter Dutton"], None),
    ("Anthony Albanese", "Person", None, ["Albanese", "the prime minister", "The prime minister"], AU),
    ("Xi Jinping", "Person", "Q15031", ["President Xi"], CN),
    ("Qantas", "Organization", None, [], None),
    ("Emirates", "Organization", None, [], None),
    ("Air New Zealand", "Organization", None, [], None),
    ("Guo Jiakun", "Person", None, [], CN),
    ("Paracel Islands", "Location", None, ["the Paracel Islands", "the Xisha"], None),
    ("South China Sea", "Location", None, ["the South China Sea"], None),
]

DRILL = (
    "A Chinese naval task group conducted live-fire exercises in international waters in the Tasman Sea, "
    "between Australia and New Zealand"
)
RAISED = "Penny Wong raised the lack of notice with her Chinese counterpart, Wang Yi"
RAISED2 = (
    "she raised Australia's concerns about the short notice directly with China's foreign minister, Wang Yi, "
    "when the two met in Johannesburg"
)
EXPECT = (
    '"I made clear that Australia expects greater transparency and notice when the PLA conducts live-fire '
    'activity in our region," Wong told reporters.'
)
BJ = 'Beijing rejected the criticism and accused Australia of "hyping" the drills.'
WU = 'who accused Australia of "deliberately hyping" the exercises and "spreading false information"'
QUAD = "Wong, who met her Quad counterparts from the US, Japan and India in Washington last month"
TEKAHA = (
    "the Royal New Zealand Navy frigate HMNZS Te Kaha has been tracking the three Chinese vessels, working "
    "alongside the Australian Defence Force"
)
MARLES = '"We were not directly notified by China," Marles said. "That\'s not the standard practice we would expect."'
FLARES = (
    "a Chinese J-16 fighter released flares within 30 metres of a Royal Australian Air Force P-8A over the "
    "South China Sea"
)
V = [
    ("China", "MOBILIZE", "Australia", False, DRILL, "live-fire drills, implicit target"),
    ("China", "MOBILIZE", "New Zealand", False, DRILL, "live-fire drills, implicit target"),
    ("Richard Marles", "ACCUSE", "China", True, MARLES, "no direct notice"),
    ("Penny Wong", "CONSULT", "Wang Yi", True, RAISED, "G20 sidelines"),
    ("Penny Wong", "ACCUSE", "Wang Yi", True, RAISED, "raised concerns"),
    ("Penny Wong", "ACCUSE", "China", False, RAISED2, "state-level target"),
    ("Penny Wong", "CONSULT", "Wang Yi", True, RAISED2, "met in Johannesburg"),
    ("Penny Wong", "REQUEST", "China", True, EXPECT, "demands transparency and notice"),
    ("China", "REJECT", "Australia", False, BJ, "rejection of criticism"),
    ("China", "ACCUSE", "Australia", True, BJ, "hyping"),
    ("Wu Qian", "ACCUSE", "Australia", True, WU, ""),
    (
        "Wu Qian",
        "REJECT",
        "Australia",
        False,
        '"The Chinese navy\'s activities in the far seas are in full compliance with international law and practice," Wu said.',
        "dismissal",
    ),
    (
        "Wu Qian",
        "REQUEST",
        "Australia",
        True,
        '"We urge the Australian side to view them objectively and rationally."',
        "",
    ),
    ("Penny Wong", "CONSULT", "United States", True, QUAD, "Quad meeting"),
    ("Penny Wong", "CONSULT", "Japan", True, QUAD, "Quad meeting"),
    ("Penny Wong", "CONSULT", "India", True, QUAD, "Quad meeting"),
    ("Australia", "MEMBER_OF", "Quad", False, QUAD, "implied"),
    ("United States", "MEMBER_OF", "Quad", False, QUAD, "implied"),
    ("Japan", "MEMBER_OF", "Quad", False, QUAD, "implied"),
    ("India", "MEMBER_OF", "Quad", False, QUAD, "implied"),
    ("New Zealand", "COOPERATE", "Australia", True, TEKAHA, "joint tracking"),
    ("New Zealand", "MOBILIZE", "China", False, TEKAHA, "shadowing"),
    (
        "Judith Collins",
        "ACCUSE",
        "China",
        False,
        '"We were not given advance notice either," Collins said.',
        "implicit complaint",
    ),
    (
        "Peter Dutton",
        "ACCUSE",
        "Australia",
        True,
        'has accused the government of being "asleep at the wheel"',
        "domestic criticism of the government",
    ),
    (
        "Peter Dutton",
        "REQUEST",
        "Anthony Albanese",
        True,
        '"The prime minister should pick up the phone to President Xi and demand an explanation," Dutton told reporters in Brisbane',
        "",
    ),
    (
        "Anthony Albanese",
        "SUPPORT",
        "China",
        False,
        'said China had acted "in accordance with international law"',
        "acknowledges legality",
    ),
    (
        "Anthony Albanese",
        "ACCUSE",
        "China",
        False,
        "it would have been better if it had been given earlier",
        "mild criticism",
    ),
    (
        "Anthony Albanese",
        "CONSULT",
        "China",
        False,
        "He said the government would continue to raise the issue with Beijing.",
        "future",
    ),
    (
        "Australia",
        "MOBILIZE",
        "China",
        False,
        "the ADF has been monitoring the task group",
        "surveillance",
    ),
    ("China", "COERCE", "Australia", False, FLARES, "unsafe intercept"),
    ("China", "ASSAULT", "Australia", False, FLARES, "unsafe intercept, alternative"),
    (
        "Australia",
        "ACCUSE",
        "China",
        True,
        'Canberra called that intercept "unsafe and unprofessional".',
        "",
    ),
    (
        "Guo Jiakun",
        "ACCUSE",
        "Australia",
        True,
        'responded by accusing Australia of "deliberately intruding" into airspace over the Paracel Islands',
        "",
    ),
    (
        "Richard Marles",
        "ROLE",
        "Australia",
        True,
        "Richard Marles, the deputy prime minister and defence minister",
        "Deputy Prime Minister and Defence Minister",
    ),
    ("Penny Wong", "ROLE", "Australia", True, "The foreign minister, Penny Wong", "Foreign Minister"),
    ("Wang Yi", "ROLE", "China", True, "China's foreign minister, Wang Yi", "Foreign Minister"),
    (
        "Wu Qian",
        "ROLE",
        "China",
        True,
        "China's defence ministry has just issued a statement through its spokesperson, Wu Qian",
        "Defence Ministry spokesperson",
    ),
    (
        "Judith Collins",
        "ROLE",
        "New Zealand",
        True,
        "New Zealand's defence minister, Judith Collins",
        "Defence Minister",
    ),
    (
        "Peter Dutton",
        "ROLE",
        "Australia",
        False,
        "The opposition leader, Peter Dutton",
        "Opposition Leader",
    ),
    (
        "Anthony Albanese",
        "ROLE",
        "Australia",
        True,
        'it would have been better if it had been given earlier," the prime minister said',
        "Prime Minister",
    ),
    ("Xi Jinping", "ROLE", "China", True, "President Xi", "President"),
    (
        "Guo Jiakun",
        "ROLE",
        "China",
        True,
        "China's foreign ministry spokesperson, Guo Jiakun",
        "Foreign Ministry spokesperson",
    ),
]
