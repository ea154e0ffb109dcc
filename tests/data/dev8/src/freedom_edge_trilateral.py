"""Gold tables for freedom_edge_trilateral.txt."""

KR, US, JP, KP = "Q884", "Q30", "Q17", "Q423"
E = [
    (
        "South Korea",
        "Country",
        KR,
        ["S. Korea", "South Korean", "Seoul", "the defense ministry", "Joint Chiefs of Staff", "JCS"],
        KR,
    ),
    (
        "United States",
        "Country",
        US,
        ["U.S.", "the United States", "Washington", "Americans", "the incoming Trump administration"],
        US,
    ),
    ("Japan", "Country", JP, ["Japanese", "Tokyo"], JP),
    (
        "North Korea",
        "Country",
        KP,
        ["N. Korea", "the North", "Pyongyang", "The DPRK", "North Korean", "the North's defense ministry"],
        KP,
    ),
    ("Russia", "Country", "Q159", ["Moscow"], "Q159"),
    ("China", "Country", "Q148", [], "Q148"),
    ("Peru", "Country", "Q419", [], "Q419"),
    ("Kim Yo-jong", "Person", None, [], KP),
    ("Kim Jong-un", "Person", "Q56226", ["leader Kim Jong-un", "the North Korean leader"], KP),
    ("Kim Yong-hyun", "Person", None, ["Kim", "South Korea's Defense Minister Kim Yong-hyun"], KR),
    ("Lloyd Austin", "Person", None, ["U.S. Defense Secretary Lloyd Austin"], US),
    ("Gen Nakatani", "Person", None, ["Japanese Defense Minister Gen Nakatani"], JP),
    ("Yang Moo-jin", "Person", None, [], None),
    ("University of North Korean Studies", "Organization", None, [], None),
    ("Donald Trump", "Person", "Q22686", ["Trump", "U.S. President-elect Trump"], US),
    ("Yoon Suk Yeol", "Person", None, ["South Korean President Yoon Suk Yeol"], KR),
    ("Shigeru Ishiba", "Person", None, ["Japanese Prime Minister Shigeru Ishiba"], JP),
    ("Joe Biden", "Person", "Q6279", ["U.S. President Joe Biden"], US),
    ("Korean Central News Agency", "Organization", None, ["KCNA"], None),
    ("NATO", "IGO", "Q7184", [], None),
    ("Asia-Pacific Economic Cooperation", "IGO", None, ["APEC"], None),
    ("Freedom Edge", "Event", None, [], None),
    ("Kim Eun-jung", "Person", None, [], None),
    ("Jeju Island", "Location", None, [], None),
    ("East China Sea", "Location", None, [], None),
    ("East Sea", "Location", None, [], None),
    ("Korean Peninsula", "Location", None, ["the Korean Peninsula"], None),
    ("Lima", "Location", None, [], None),
]

DRILL = "South Korea, the United States and Japan wrapped up their second trilateral Freedom Edge exercise on Friday"
DENOUNCE = "North Korea denounced the drills as a rehearsal for invasion"
VOW = 'vowed to take "offensive" countermeasures'
KYJ = 'accused Washington, Seoul and Tokyo of turning the Korean Peninsula into "the most dangerous hotspot in the world."'
KYJ_T = "The DPRK will take more offensive and overwhelming countermeasures against the hostile forces"
BLOC = 'the "trilateral military bloc" was "an Asian version of NATO"'
READY = 'warned that the country\'s strategic forces were ready to act "at any moment."'
MOC = (
    "an agreement reached by the defense chiefs of the three countries -- Kim, U.S. Defense Secretary Lloyd Austin "
    "and Japanese Defense Minister Gen Nakatani -- to institutionalize trilateral security cooperation"
)
SHARE = "The three sides also run a real-time missile warning data sharing system"
MEET = "are expected to meet U.S. President Joe Biden on the sidelines of the Asia-Pacific Economic Cooperation (APEC) summit"
PARTNER = 'the leaders would "reaffirm their commitment" to the trilateral partnership'
THREE = [("South Korea", "United States"), ("South Korea", "Japan"), ("United States", "Japan")]
V = [(a, "COOPERATE", b, True, DRILL, "Freedom Edge joint exercise") for a, b in THREE]
V += [(a, "COOPERATE", b, True, SHARE, "missile warning data sharing") for a, b in THREE]
V += [(a, "ALLY", b, False, PARTNER, "trilateral partnership; 'the allies'") for a, b in THREE]
for t in ("South Korea", "United States", "Japan"):
    V += [
        ("North Korea", "ACCUSE", t, True, DENOUNCE, ""),
        ("North Korea", "THREATEN", t, True, VOW, "countermeasures against the drills"),
        ("North Korea", "ACCUSE", t, False, "Pyongyang lashed out at the exercise.", ""),
        ("Kim Yo-jong", "ACCUSE", t, True, KYJ, ""),
        ("Kim Yo-jong", "THREATEN", t, False, KYJ_T, "target 'hostile forces'"),
        ("North Korea", "ACCUSE", t, False, BLOC, "targets implicit"),
        ("North Korea", "THREATEN", t, False, READY, "targets implicit"),
    ]
V += [
    (
        "South Korea",
        "ACCUSE",
        "North Korea",
        False,
        "respond jointly to North Korea's advancing nuclear and missile threats",
        "",
    ),
    (
        "North Korea",
        "COOPERATE",
        "Russia",
        True,
        "Pyongyang's deepening military cooperation with Moscow",
        "",
    ),
    (
        "North Korea",
        "AID",
        "Russia",
        False,
        "the deployment of an estimated 10,000 North Korean troops to Russia",
        "about 10,000 troops",
    ),
    (
        "Kim Yong-hyun",
        "REJECT",
        "North Korea",
        False,
        "South Korea's Defense Minister Kim Yong-hyun rejected the criticism",
        "rejection of criticism",
    ),
    (
        "Kim Yong-hyun",
        "ACCUSE",
        "North Korea",
        True,
        "the North itself was to blame for regional tensions",
        "",
    ),
    (
        "Kim Yong-hyun",
        "THREATEN",
        "North Korea",
        True,
        "If North Korea provokes us, we will respond immediately, strongly and to the end",
        "conditional warning",
    ),
    ("Kim Yong-hyun", "AGREE", "Lloyd Austin", True, MOC, "memorandum of cooperation, July"),
    ("Kim Yong-hyun", "AGREE", "Gen Nakatani", True, MOC, "memorandum of cooperation, July"),
    ("Lloyd Austin", "AGREE", "Gen Nakatani", True, MOC, "memorandum of cooperation, July"),
    (
        "North Korea",
        "COERCE",
        "South Korea",
        False,
        "North Korea was suspected of jamming GPS signals near the western border islands",
        "suspected GPS jamming",
    ),
    (
        "South Korea",
        "REQUEST",
        "North Korea",
        True,
        'It urged Pyongyang to immediately stop the "provocative acts."',
        "",
    ),
    (
        "South Korea",
        "ACCUSE",
        "North Korea",
        False,
        'It urged Pyongyang to immediately stop the "provocative acts."',
        "",
    ),
    (
        "Donald Trump",
        "CONSULT",
        "Kim Jong-un",
        True,
        "who met Kim Jong-un three times during his first term",
        "three meetings, first term",
    ),
    (
        "Donald Trump",
        "SUPPORT",
        "Kim Jong-un",
        False,
        "has said he gets along with the North Korean leader",
        "",
    ),
    ("Yoon Suk Yeol", "CONSULT", "Joe Biden", False, MEET, "expected"),
    ("Shigeru Ishiba", "CONSULT", "Joe Biden", False, MEET, "expected"),
    ("Yoon Suk Yeol", "CONSULT", "Shigeru Ishiba", False, MEET, "expected"),
    (
        "Yoon Suk Yeol",
        "AGREE",
        "Shigeru Ishiba",
        False,
        "adopt a joint statement on setting up a trilateral secretariat",
        "expected",
    ),
    ("Kim Jong-un", "ROLE", "North Korea", True, "the powerful sister of leader Kim Jong-un", "leader"),
    (
        "Kim Yong-hyun",
        "ROLE",
        "South Korea",
        True,
        "South Korea's Defense Minister Kim Yong-hyun",
        "Defense Minister",
    ),
    (
        "Lloyd Austin",
        "ROLE",
        "United States",
        True,
        "U.S. Defense Secretary Lloyd Austin",
        "Defense Secretary",
    ),
    ("Gen Nakatani", "ROLE", "Japan", True, "Japanese Defense Minister Gen Nakatani", "Defense Minister"),
    ("Donald Trump", "ROLE", "United States", True, "U.S. President-elect Trump", "President-elect"),
    ("Yoon Suk Yeol", "ROLE", "South Korea", True, "South Korean President Yoon Suk Yeol", "President"),
    ("Shigeru Ishiba", "ROLE", "Japan", True, "Japanese Prime Minister Shigeru Ishiba", "Prime Minister"),
    ("Joe Biden", "ROLE", "United States", True, "U.S. President Joe Biden", "President"),
    (
        "Yang Moo-jin",
        "ROLE",
        "University of North Korean Studies",
        True,
        "Yang Moo-jin, president of the University of North Korean Studies",
        "president",
    ),
]
