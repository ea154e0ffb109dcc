"""Gold tables for png_us_defence_pact.txt."""

PG, US, CN, IN, AU, FJ, NZ = "Q691", "Q30", "Q148", "Q668", "Q408", "Q712", "Q664"
PIF = "Pacific Islands Forum"
E = [
    (
        "Papua New Guinea",
        "Country",
        PG,
        ["PAPUA New Guinea", "PNG", "the Government", "PNG Defence Force", "PNGDF", "Parliament"],
        PG,
    ),
    (
        "United States",
        "Country",
        US,
        ["US", "the United States", "Washington", "American", "US Coast Guard"],
        US,
    ),
    ("James Marape", "Person", None, ["Prime Minister James Marape", "PM Marape", "Mr Marape"], PG),
    ("Win Bakri Daki", "Person", None, ["Defence Minister Win Bakri Daki", "Defence Minister Daki"], PG),
    ("Antony Blinken", "Person", None, ["US Secretary of State Antony Blinken", "Mr Blinken"], US),
    ("Joe Biden", "Person", "Q6279", ["President Joe Biden"], US),
    ("China", "Country", CN, ["Beijing", "Chinese Foreign Ministry"], CN),
    ("Wang Wenbin", "Person", None, ["Chinese Foreign Ministry spokesman Wang Wenbin"], CN),
    ("PNG University of Technology", "Organization", None, ["the PNG University of Technology"], None),
    ("Joseph Lelang", "Person", None, ["Opposition Leader Joseph Lelang"], None),
    ("India", "Country", IN, ["Indian"], IN),
    ("Narendra Modi", "Person", "Q1058", ["Indian Prime Minister Narendra Modi", "Mr Modi"], IN),
    (
        "Forum for India-Pacific Islands Cooperation",
        "IGO",
        None,
        ["FIPIC"],
        None,
    ),
    ("Fiji", "Country", FJ, [], FJ),
    ("Sitiveni Rabuka", "Person", None, ["Fiji's Prime Minister Sitiveni Rabuka"], FJ),
    ("Bob Dadae", "Person", None, ["Governor-General Sir Bob Dadae"], PG),
    ("G20", "IGO", None, [], None),
    (PIF, "IGO", None, [], None),
    ("New Zealand", "Country", NZ, [], NZ),
    ("Chris Hipkins", "Person", None, ["New Zealand Prime Minister Chris Hipkins"], NZ),
    ("Solomon Islands", "Country", "Q685", [], "Q685"),
    ("Tonga", "Country", "Q678", [], "Q678"),
    ("Australia", "Country", AU, ["Canberra", "the Australian Defence Force"], AU),
    ("John Tamba", "Person", None, ["JOHN TAMBA"], None),
    ("APEC Haus", "Location", None, [], None),
    ("Lae", "Location", None, [], None),
    ("Jacksons International Airport", "Location", None, [], None),
    ("Pacific", "Location", None, ["the Pacific region"], None),
]

SIGN = (
    "PAPUA New Guinea and the United States yesterday signed a Defence Cooperation Agreement that will allow "
    "American forces to access and upgrade PNG facilities"
)
MIN = (
    "Defence Minister Win Bakri Daki and US Secretary of State Antony Blinken signed the agreement together with a "
    "separate shiprider agreement"
)
SHIP = (
    "a separate shiprider agreement that will let PNG officers board US Coast Guard vessels to patrol the country's "
    "exclusive economic zone"
)
CAME = (
    "Mr Blinken, who came in place of President Joe Biden after the President cut short his Asia trip to deal with "
    'debt talks in Washington, said the two countries had negotiated "as equal partners and as sovereign nations".'
)
CAP = "it will help build the capacity of the PNG Defence Force"
USD = (
    "He also announced US$45 million (about K158 million) in new US assistance for PNG, covering security "
    "cooperation, climate adaptation and the fight against HIV/AIDS"
)
CHINA_OK = "it does not stop us from working with China or any of our partners"
STUD = (
    "protests by students at the PNG University of Technology in Lae, who boycotted classes on Monday and marched on "
    "campus to oppose the deal"
)
LEL = (
    'Opposition Leader Joseph Lelang said the Government had kept the people "in the dark" and demanded that the '
    "agreement be debated on the floor of Parliament before it takes effect"
)
WANG = (
    "Chinese Foreign Ministry spokesman Wang Wenbin said China did not oppose normal cooperation between countries "
    'but warned against "geopolitical games" in the Pacific region'
)
FIPIC = (
    "Indian Prime Minister Narendra Modi co-chaired with PM Marape the third summit of the Forum for India-Pacific "
    "Islands Cooperation (FIPIC)"
)
WELC = (
    "Mr Modi, the first Indian prime minister to visit PNG, was welcomed at Jacksons International Airport on Sunday "
    "night by PM Marape, who bowed and touched his feet in a gesture of respect"
)
PLAN = (
    "At the summit Mr Modi announced a 12-step development plan for the region, including a super-specialty "
    "cardiology hospital in Fiji, dialysis units and sea ambulances for every Pacific island country, and a regional "
    "IT and cybersecurity hub in PNG"
)
G20 = (
    "PM Marape urged India to use its voice in the G20 and other global forums to press large polluting nations to "
    "honour their climate finance commitments to small island states"
)
PIFM = "Later in the day Mr Blinken met Pacific Islands Forum leaders, including New Zealand Prime Minister Chris Hipkins"
EMB = (
    "Washington would keep expanding its diplomatic presence in the region after reopening its embassy in Solomon "
    "Islands in February and opening one in Tonga this month"
)
SOL = (
    "The US pact comes a year after Solomon Islands signed a security agreement with China, which alarmed Canberra "
    "and Washington."
)
AUS = (
    "PNG is also negotiating a bilateral security treaty with Australia, its largest aid donor, which PM Marape said "
    "he hoped to conclude this year."
)
TRAIN = "Defence Minister Daki said PNG would continue to train with the Australian Defence Force"
V = [
    ("Papua New Guinea", "AGREE", "United States", True, SIGN, "Defence Cooperation Agreement signed"),
    ("United States", "COOPERATE", "Papua New Guinea", False, SIGN, "future access to facilities"),
    ("Win Bakri Daki", "AGREE", "Antony Blinken", True, MIN, "DCA and shiprider agreement signed"),
    ("Papua New Guinea", "COOPERATE", "United States", False, SHIP, "future joint patrols"),
    (
        "James Marape",
        "CONSULT",
        "Antony Blinken",
        False,
        "in a ceremony at APEC Haus witnessed by Prime Minister James Marape",
        "attended the signing",
    ),
    ("Antony Blinken", "CONSULT", "Papua New Guinea", True, CAME, "visit"),
    ("United States", "CONSULT", "Papua New Guinea", True, CAME, "'the two countries had negotiated'"),
    ("United States", "AID", "Papua New Guinea", False, CAP, "capacity building, future"),
    ("Antony Blinken", "AID", "Papua New Guinea", True, USD, "US$45 million"),
    ("Papua New Guinea", "COOPERATE", "China", False, CHINA_OK, "implied ongoing cooperation"),
    ("PNG University of Technology", "PROTEST", "Papua New Guinea", True, STUD, "student boycott and march"),
    ("PNG University of Technology", "PROTEST", "United States", False, STUD, "against the US deal"),
    ("Joseph Lelang", "ACCUSE", "Papua New Guinea", True, LEL, "kept people in the dark"),
    ("Joseph Lelang", "REQUEST", "Papua New Guinea", True, LEL, "parliamentary debate"),
    ("Wang Wenbin", "ACCUSE", "United States", False, WANG, "warning, target implicit"),
    ("Narendra Modi", "CONSULT", "James Marape", True, FIPIC, "co-chaired summit"),
    (
        "Narendra Modi",
        "CONSULT",
        "Forum for India-Pacific Islands Cooperation",
        False,
        FIPIC,
        "multilateral summit",
    ),
    ("Narendra Modi", "CONSULT", "Papua New Guinea", True, WELC, "visit"),
    ("James Marape", "CONSULT", "Narendra Modi", True, WELC, "welcomed him"),
    ("James Marape", "SUPPORT", "Narendra Modi", False, WELC, "gesture of respect"),
    ("Narendra Modi", "AID", "Fiji", True, PLAN, "cardiology hospital"),
    ("Narendra Modi", "AID", "Papua New Guinea", True, PLAN, "IT and cybersecurity hub"),
    ("Narendra Modi", "AID", "Pacific", False, PLAN, "region-wide plan"),
    (
        "Narendra Modi",
        "AID",
        "Pacific",
        False,
        '"India is a reliable development partner for you. We will share our capabilities and experience without '
        'hesitation," he told the leaders.',
        "pledge to the leaders",
    ),
    ("James Marape", "REQUEST", "India", True, G20, "press polluters on climate finance"),
    ("India", "MEMBER_OF", "G20", False, G20, "implied by 'its voice in the G20'"),
    (
        "Bob Dadae",
        "SUPPORT",
        "Narendra Modi",
        True,
        "Governor-General Sir Bob Dadae conferred the Companion of the Order of Logohu, PNG's highest honour, on Mr Modi",
        "honour",
    ),
    (
        "Sitiveni Rabuka",
        "SUPPORT",
        "Narendra Modi",
        True,
        "Fiji's Prime Minister Sitiveni Rabuka also presented him with the Companion of the Order of Fiji",
        "honour; pronoun target",
    ),
    ("Antony Blinken", "CONSULT", PIF, True, PIFM, "meeting"),
    ("Antony Blinken", "CONSULT", "Chris Hipkins", True, PIFM, "meeting"),
    ("New Zealand", "MEMBER_OF", PIF, True, PIFM, "Hipkins among the Forum leaders"),
    ("United States", "COOPERATE", "Solomon Islands", True, EMB, "embassy reopened"),
    ("United States", "COOPERATE", "Tonga", True, EMB, "embassy opened"),
    ("Solomon Islands", "AGREE", "China", True, SOL, "security agreement (2022)"),
    ("Solomon Islands", "COOPERATE", "China", False, SOL, "security cooperation"),
    ("Australia", "ACCUSE", "Solomon Islands", False, SOL, "'alarmed' - concern, not a stated act"),
    ("United States", "ACCUSE", "Solomon Islands", False, SOL, "'alarmed' - concern, not a stated act"),
    ("Papua New Guinea", "CONSULT", "Australia", True, AUS, "treaty negotiations"),
    ("Australia", "AID", "Papua New Guinea", False, AUS, "largest aid donor, noun phrase"),
    ("James Marape", "AGREE", "Australia", False, AUS, "hoped-for treaty"),
    ("Papua New Guinea", "COOPERATE", "Australia", True, TRAIN, "continued training with the ADF"),
    ("Win Bakri Daki", "COOPERATE", "Australia", False, TRAIN, "speaker-level reading"),
    (
        "United States",
        "AID",
        "Papua New Guinea",
        False,
        '"The PNGDF will be the main beneficiary of this cooperation,"',
        "",
    ),
    ("James Marape", "ROLE", "Papua New Guinea", True, "Prime Minister James Marape", "Prime Minister"),
    (
        "Win Bakri Daki",
        "ROLE",
        "Papua New Guinea",
        True,
        "Defence Minister Win Bakri Daki",
        "Defence Minister",
    ),
    (
        "Antony Blinken",
        "ROLE",
        "United States",
        True,
        "US Secretary of State Antony Blinken",
        "Secretary of State",
    ),
    ("Joe Biden", "ROLE", "United States", True, "President Joe Biden", "President"),
    (
        "Wang Wenbin",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesman Wang Wenbin",
        "Foreign Ministry spokesman",
    ),
    (
        "Joseph Lelang",
        "ROLE",
        "Papua New Guinea",
        True,
        "Opposition Leader Joseph Lelang",
        "Opposition Leader",
    ),
    ("Narendra Modi", "ROLE", "India", True, "Indian Prime Minister Narendra Modi", "Prime Minister"),
    ("Bob Dadae", "ROLE", "Papua New Guinea", True, "Governor-General Sir Bob Dadae", "Governor-General"),
    ("Sitiveni Rabuka", "ROLE", "Fiji", True, "Fiji's Prime Minister Sitiveni Rabuka", "Prime Minister"),
    (
        "Chris Hipkins",
        "ROLE",
        "New Zealand",
        True,
        "New Zealand Prime Minister Chris Hipkins",
        "Prime Minister",
    ),
]
