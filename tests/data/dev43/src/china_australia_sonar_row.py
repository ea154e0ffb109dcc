"""Gold tables for china_australia_sonar_row.txt."""

CN, AU, US, UK = "Q148", "Q408", "Q30", "Q145"
E = [
    (
        "China",
        "Country",
        CN,
        [
            "Beijing",
            "Chinese",
            "the Chinese side",
            "Chinese authorities",
            "Chinese Foreign Ministry",
            "a Chinese naval destroyer",
            "the Chinese destroyer",
            "the Chinese destroyer Ningbo",
            "the Chinese navy",
            "The Chinese Ministry of National Defense",
            "the PLA Navy",
            "the PLA",
            "the Chinese military",
            "the Chinese naval formation",
        ],
        CN,
    ),
    (
        "Australia",
        "Country",
        AU,
        [
            "Canberra",
            "Australian",
            "the Australian side",
            "Royal Australian Navy",
            "HMAS Toowoomba",
            "the Toowoomba",
            "the Australian frigate",
            "Albanese's Labor government",
            "Australian warships",
        ],
        AU,
    ),
    ("Mao Ning", "Person", None, ["Mao", "Chinese Foreign Ministry spokesperson Mao Ning"], CN),
    (
        "Richard Marles",
        "Person",
        None,
        ["Marles", "Australian Deputy Prime Minister and Defence Minister Richard Marles"],
        AU,
    ),
    ("Japan", "Country", "Q17", [], "Q17"),
    ("Anthony Albanese", "Person", None, ["Albanese", "Australian Prime Minister Anthony Albanese"], AU),
    ("Xi Jinping", "Person", "Q15031", ["Xi", "President Xi", "Chinese President Xi Jinping"], CN),
    ("APEC", "IGO", None, [], None),
    ("San Francisco", "Location", None, [], None),
    ("Wu Qian", "Person", None, ["Wu", "Spokesperson Wu Qian"], CN),
    ("Operation Argos", "Event", None, [], None),
    ("United Nations Security Council", "IGO", "Q37470", ["UN Security Council"], None),
    ("North Korea", "Country", "Q423", ["the Democratic People's Republic of Korea"], "Q423"),
    ("United States", "Country", US, ["The US State Department", "the US", "Washington"], US),
    ("Li Qiang", "Person", None, ["Premier Li Qiang", "Premier Li"], CN),
    ("World Trade Organization", "IGO", "Q7825", [], None),
    ("Chen Hong", "Person", None, ["Chen"], None),
    ("East China Normal University", "Organization", None, [], None),
    ("Global Times", "Organization", None, ["the Global Times"], None),
    ("United Kingdom", "Country", UK, ["the UK"], UK),
    ("AUKUS", "IGO", None, ["the AUKUS pact"], None),
    ("Penny Wong", "Person", None, ["Australian Foreign Minister Penny Wong"], AU),
    ("Xiao Qian", "Person", None, ["Chinese Ambassador to Australia Xiao Qian"], CN),
]

LEAD = (
    "China on Monday firmly rejected accusations by Australia that a Chinese naval destroyer had injured "
    "Australian navy divers with sonar pulses"
)
URG = 'urging Canberra to stop making "groundless" claims'
MAO = (
    "Chinese Foreign Ministry spokesperson Mao Ning told a regular press conference in Beijing that Chinese "
    "authorities had checked with the competent department and found that the Chinese destroyer had not "
    "conducted any activity that could harm the Australian divers"
)
MAO2 = '"We urge the Australian side to respect the facts, stop making irresponsible remarks'
MAR = (
    "Australian Deputy Prime Minister and Defence Minister Richard Marles claimed on Saturday that the Chinese "
    'destroyer Ningbo had "operated its hull-mounted sonar" on November 14'
)
MAR2 = 'described the Chinese navy\'s conduct as "unsafe and unprofessional"'
RAISE = 'Canberra said it had raised "serious concerns" with Beijing through diplomatic channels'
APEC = (
    "Australian Prime Minister Anthony Albanese told reporters that he had raised the matter with Chinese President "
    "Xi Jinping on the sidelines of the APEC meeting in San Francisco"
)
MND = 'The Chinese Ministry of National Defense also said on Monday that the Australian claims were "totally inconsistent with the facts"'
WU = (
    "Spokesperson Wu Qian said the Australian frigate had approached the Chinese naval formation at close range "
    "during its training"
)
WU2 = '"We urge the Australian side to stop provocations and to refrain from hyping the incident," Wu said'
WU3 = 'warning that China "will not tolerate" any attempt to use such claims to smear the Chinese military'
ARG = (
    "the Toowoomba was in the area to support Operation Argos, a multinational mission that monitors the "
    "enforcement of UN Security Council sanctions on the Democratic People's Republic of Korea"
)
USS = (
    'The US State Department, never hesitant to join in, said it "stands with its ally Australia" and accused the '
    'PLA of "a pattern of risky behavior" in the region'
)
VIS = "The incident comes only two weeks after Albanese visited Beijing"
TALK = "Albanese held talks with President Xi and Premier Li Qiang"
DIAL = "the two sides agreed to resume high-level dialogue on climate change, trade and consular matters"
XI = 'Xi told Albanese that China and Australia "have no historical grievances or fundamental conflict of interest"'
LIFT = (
    "Beijing has lifted tariffs on Australian barley and removed restrictions on Australian timber and coal"
)
WINE = "China also agreed in October to review its anti-dumping duties on Australian wine"
WTO = "Canberra in turn suspended its complaint at the World Trade Organization"
CHEN = (
    'told the Global Times that "certain forces in Canberra who are uncomfortable with the thaw" were using the '
    "incident to please Washington"
)
PROV = '"Canberra should ask itself who is the provocateur."'
AUK = "Chen noted that Australia, the US and the UK are pressing ahead with the AUKUS pact"
SUB = "under which Australia will acquire nuclear-powered submarines"
CRIT = "a deal China has repeatedly criticized as a threat to regional peace"
LIV = "Analysts said they did not expect the row to derail Premier Li's planned visit to Australia next year"
DEC = "senior officials from both countries are expected to meet in Beijing in December for the strategic dialogue"
V = [
    ("China", "REJECT", "Australia", False, LEAD, "denial"),
    ("Australia", "ACCUSE", "China", True, LEAD, "accusations by Australia"),
    ("China", "ASSAULT", "Australia", False, LEAD, "alleged sonar injury"),
    ("China", "REQUEST", "Australia", True, URG, ""),
    ("China", "ACCUSE", "Australia", False, URG, "'groundless' claims"),
    ("Mao Ning", "REJECT", "Australia", False, MAO, "denial"),
    ("Mao Ning", "REQUEST", "Australia", True, MAO2, ""),
    ("Richard Marles", "ACCUSE", "China", True, MAR, ""),
    ("China", "ASSAULT", "Australia", False, MAR, "alleged, minor injuries"),
    ("Richard Marles", "ACCUSE", "China", True, MAR2, ""),
    ("Australia", "ACCUSE", "China", True, RAISE, "serious concerns"),
    ("Australia", "CONSULT", "China", False, RAISE, "diplomatic channels"),
    ("Anthony Albanese", "CONSULT", "Xi Jinping", True, APEC, "APEC sidelines"),
    ("Anthony Albanese", "ACCUSE", "Xi Jinping", False, APEC, "raised the matter"),
    ("China", "REJECT", "Australia", False, MND, "denial"),
    ("Wu Qian", "ACCUSE", "Australia", True, WU, "approached at close range"),
    ("Wu Qian", "REQUEST", "Australia", True, WU2, ""),
    ("Wu Qian", "ACCUSE", "Australia", False, WU2, "'provocations'"),
    ("Wu Qian", "THREATEN", "Australia", False, WU3, "vague warning"),
    ("Wu Qian", "ACCUSE", "Australia", False, WU3, "smear"),
    ("Australia", "COOPERATE", "United Nations Security Council", False, ARG, "sanctions monitoring"),
    ("United Nations Security Council", "SANCTION", "North Korea", False, ARG, "noun phrase"),
    ("United States", "SUPPORT", "Australia", True, USS, "stands with"),
    ("United States", "ALLY", "Australia", True, USS, "its ally"),
    ("United States", "ACCUSE", "China", True, USS, "risky behavior"),
    ("Anthony Albanese", "CONSULT", "China", True, VIS, "visit"),
    ("Anthony Albanese", "CONSULT", "Xi Jinping", True, TALK, ""),
    ("Anthony Albanese", "CONSULT", "Li Qiang", True, TALK, ""),
    ("Australia", "AGREE", "China", True, DIAL, "resume dialogue"),
    ("Xi Jinping", "CONSULT", "Anthony Albanese", True, XI, ""),
    ("Xi Jinping", "SUPPORT", "Australia", False, XI, "reassurance"),
    ("China", "CONCEDE", "Australia", True, LIFT, "tariffs lifted"),
    ("China", "RETREAT", "Australia", False, LIFT, "alternative coding"),
    ("China", "AGREE", "Australia", True, WINE, "wine duty review"),
    ("China", "SANCTION", "Australia", False, WINE, "existing duties, noun phrase"),
    ("Australia", "CONCEDE", "China", True, WTO, "suspended WTO complaint"),
    ("Australia", "ACCUSE", "China", False, WTO, "complaint, noun phrase"),
    ("Chen Hong", "ACCUSE", "Australia", False, CHEN, "analyst"),
    ("Chen Hong", "ACCUSE", "Australia", False, PROV, "analyst"),
    ("Australia", "MEMBER_OF", "AUKUS", True, AUK, ""),
    ("United States", "MEMBER_OF", "AUKUS", True, AUK, ""),
    ("United Kingdom", "MEMBER_OF", "AUKUS", True, AUK, ""),
    ("Australia", "ALLY", "United States", True, AUK, "AUKUS"),
    ("Australia", "ALLY", "United Kingdom", True, AUK, "AUKUS"),
    ("United States", "ALLY", "United Kingdom", True, AUK, "AUKUS"),
    ("United States", "AID", "Australia", False, SUB, "future submarines"),
    ("China", "ACCUSE", "AUKUS", True, CRIT, ""),
    ("China", "ACCUSE", "Australia", False, CRIT, "via AUKUS"),
    ("China", "ACCUSE", "United States", False, CRIT, "via AUKUS"),
    ("China", "ACCUSE", "United Kingdom", False, CRIT, "via AUKUS"),
    ("Li Qiang", "CONSULT", "Australia", False, LIV, "planned visit"),
    ("Australia", "CONSULT", "China", False, DEC, "expected meeting"),
    (
        "Mao Ning",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesperson Mao Ning",
        "Foreign Ministry spokesperson",
    ),
    (
        "Richard Marles",
        "ROLE",
        "Australia",
        True,
        "Australian Deputy Prime Minister and Defence Minister Richard Marles",
        "Deputy Prime Minister and Defence Minister",
    ),
    (
        "Anthony Albanese",
        "ROLE",
        "Australia",
        True,
        "Australian Prime Minister Anthony Albanese",
        "Prime Minister",
    ),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    ("Wu Qian", "ROLE", "China", True, MND + ". Spokesperson Wu Qian", "defence ministry spokesperson"),
    ("Li Qiang", "ROLE", "China", True, "Premier Li Qiang", "Premier"),
    (
        "Chen Hong",
        "ROLE",
        "East China Normal University",
        True,
        "Chen Hong, director of the Australian Studies Centre at East China Normal University",
        "director of the Australian Studies Centre",
    ),
    ("Penny Wong", "ROLE", "Australia", True, "Australian Foreign Minister Penny Wong", "Foreign Minister"),
    (
        "Xiao Qian",
        "ROLE",
        "China",
        True,
        "Chinese Ambassador to Australia Xiao Qian",
        "Ambassador to Australia",
    ),
]
