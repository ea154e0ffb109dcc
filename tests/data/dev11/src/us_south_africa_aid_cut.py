"""Gold tables for us_south_africa_aid_cut.txt."""

ZA, US = "Q258", "Q30"
E = [
    (
        "South Africa",
        "Country",
        ZA,
        [
            "Pretoria",
            "South African",
            "the Union Buildings",
            "the South African government",
            "Department of International Relations and Cooperation",
            "Dirco",
            "Ramaphosa's office",
        ],
        ZA,
    ),
    (
        "United States",
        "Country",
        US,
        ["US", "Washington", "the United States", "the Trump administration"],
        US,
    ),
    ("Donald Trump", "Person", "Q22686", ["Trump", "US President Donald Trump"], US),
    ("Marco Rubio", "Person", "Q324546", ["Rubio", "Secretary of State Marco Rubio"], US),
    ("Cyril Ramaphosa", "Person", None, ["Ramaphosa", "President Cyril Ramaphosa"], ZA),
    ("Ronald Lamola", "Person", None, ["Foreign Minister Ronald Lamola"], ZA),
    ("Elon Musk", "Person", "Q317521", ["Musk"], US),
    ("Israel", "Country", "Q801", [], "Q801"),
    ("Iran", "Country", "Q794", [], "Q794"),
    ("Russia", "Country", "Q159", [], "Q159"),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("India", "Country", "Q668", [], "Q668"),
    ("China", "Country", "Q148", [], "Q148"),
    ("International Court of Justice", "IGO", "Q7801", ["ICJ"], None),
    ("G20", "IGO", None, [], None),
    ("BRICS", "IGO", None, [], None),
    ("PEPFAR", "Organization", None, [], US),
    ("Steven Gruzd", "Person", None, [], None),
    (
        "South African Institute of International Affairs",
        "Organization",
        None,
        [],
        None,
    ),
    ("AfriForum", "Organization", None, [], None),
    ("Kallie Kriel", "Person", None, ["AfriForum chief executive Kallie Kriel"], None),
    ("Ebrahim Rasool", "Person", None, ["Ambassador Ebrahim Rasool"], ZA),
]

EO = (
    'The executive order, titled "Addressing Egregious Actions of the Republic of South Africa", halts US aid and '
    "assistance to the country"
)
EOACC = (
    'It accuses Pretoria of fuelling "disproportionate violence" against "racially disfavoured landowners"'
)
ICJ = (
    'of taking "aggressive positions" towards the United States and its ally Israel through the genocide case at '
    "the International Court of Justice"
)
RUBIO = (
    "On Wednesday he announced on X that he would not attend the G20 foreign ministers' meeting in Johannesburg "
    "later this month"
)
DIRCO = 'the Department of International Relations and Cooperation (Dirco) said the executive order "lacks factual accuracy"'
BRICS = "South Africa, a founding member of BRICS with Brazil, Russia, India and China"
PEPFAR = "The US spent roughly $440-million in South Africa in 2023, most of it through PEPFAR"
ENGAGE = (
    "Ramaphosa's office says it will seek to engage the Trump administration directly and is considering sending "
    "a special envoy"
)
V = [
    ("Donald Trump", "SANCTION", "South Africa", True, "Trump's aid freeze", "headline"),
    (
        "Donald Trump",
        "ACCUSE",
        "South Africa",
        True,
        'US President Donald Trump wrote on Truth Social that South Africa was "confiscating land"',
        "land confiscation",
    ),
    (
        "Donald Trump",
        "THREATEN",
        "South Africa",
        True,
        'He promised to cut off "all future funding" until a full investigation had been completed.',
        "threat to cut funding",
    ),
    ("Donald Trump", "SANCTION", "South Africa", True, EO, "aid halted by executive order"),
    ("United States", "SANCTION", "South Africa", False, EO, "state-level reading"),
    ("Donald Trump", "ACCUSE", "South Africa", True, EOACC, "executive order's charges"),
    ("Donald Trump", "ACCUSE", "South Africa", True, ICJ, "ICJ case against Israel"),
    ("United States", "ALLY", "Israel", True, "the United States and its ally Israel", ""),
    ("South Africa", "ACCUSE", "Israel", False, ICJ, "genocide case, background noun phrase"),
    (
        "South Africa",
        "COOPERATE",
        "Iran",
        False,
        'of "reinvigorating relations with Iran"',
        "alleged by the executive order",
    ),
    ("Marco Rubio", "REJECT", "South Africa", True, RUBIO, "boycott of G20 meeting"),
    ("Marco Rubio", "REJECT", "G20", False, RUBIO, "meeting of the G20"),
    (
        "Marco Rubio",
        "ACCUSE",
        "South Africa",
        True,
        'because South Africa was "doing very bad things"',
        "",
    ),
    (
        "South Africa",
        "MEMBER_OF",
        "G20",
        True,
        'using its G20 presidency to promote "DEI and climate change"',
        "holds presidency",
    ),
    (
        "Cyril Ramaphosa",
        "REJECT",
        "Donald Trump",
        False,
        'President Cyril Ramaphosa has insisted since Monday that "the South African government has not confiscated any land"',
        "denial",
    ),
    (
        "Cyril Ramaphosa",
        "REJECT",
        "United States",
        False,
        '"We will not be bullied,"',
        "defiance, target implied",
    ),
    ("South Africa", "ACCUSE", "United States", True, DIRCO, "criticism of executive order"),
    ("South Africa", "REJECT", "United States", False, DIRCO, "dismissal"),
    (
        "South Africa",
        "ACCUSE",
        "United States",
        False,
        'It said it was concerned about "a campaign of misinformation and propaganda"',
        "source of campaign not named",
    ),
    (
        "Ronald Lamola",
        "REJECT",
        "United States",
        True,
        "making clear that Pretoria would not withdraw it",
        "refuses to drop ICJ case",
    ),
    (
        "Ronald Lamola",
        "ACCUSE",
        "Israel",
        False,
        "Foreign Minister Ronald Lamola has been equally blunt on the ICJ case.",
        "maintains the genocide case",
    ),
    (
        "Elon Musk",
        "ACCUSE",
        "Cyril Ramaphosa",
        True,
        'asking Ramaphosa on X why South Africa had "openly racist ownership laws"',
        "",
    ),
    (
        "Elon Musk",
        "ACCUSE",
        "South Africa",
        False,
        'asking Ramaphosa on X why South Africa had "openly racist ownership laws"',
        "",
    ),
    ("United States", "AID", "South Africa", True, PEPFAR, "about $440 million in 2023"),
    (
        "PEPFAR",
        "AID",
        "South Africa",
        True,
        "the HIV programme that funds about 17% of the country's HIV response",
        "17% of HIV response",
    ),
    (
        "United States",
        "COOPERATE",
        "South Africa",
        False,
        "South Africa is the largest non-oil beneficiary of the African Growth and Opportunity Act",
        "AGOA trade preferences",
    ),
    (
        "United States",
        "ACCUSE",
        "South Africa",
        False,
        '"Washington is bundling Israel, Iran, Russia and BRICS into a single charge sheet.',
        "analyst's view",
    ),
    ("South Africa", "MEMBER_OF", "BRICS", True, BRICS, "founding member"),
    ("Brazil", "MEMBER_OF", "BRICS", True, BRICS, ""),
    ("Russia", "MEMBER_OF", "BRICS", True, BRICS, ""),
    ("India", "MEMBER_OF", "BRICS", True, BRICS, ""),
    ("China", "MEMBER_OF", "BRICS", True, BRICS, ""),
    (
        "AfriForum",
        "REJECT",
        "United States",
        False,
        'AfriForum chief executive Kallie Kriel said on Saturday that "our members want to stay and build their future here"',
        "declines resettlement offer, implied",
    ),
    (
        "AfriForum",
        "CONSULT",
        "United States",
        False,
        "the group has lobbied in Washington against the land law",
        "lobbying",
    ),
    (
        "AfriForum",
        "ACCUSE",
        "South Africa",
        False,
        "the group has lobbied in Washington against the land law",
        "opposes the law",
    ),
    ("South Africa", "CONSULT", "United States", False, ENGAGE, "planned engagement"),
    ("South Africa", "REQUEST", "United States", False, ENGAGE, "seeks talks"),
    (
        "Ebrahim Rasool",
        "CONSULT",
        "United States",
        False,
        "Ambassador Ebrahim Rasool, who only presented his credentials last month",
        "credentials",
    ),
    ("Donald Trump", "ROLE", "United States", True, "US President Donald Trump", "President"),
    ("Marco Rubio", "ROLE", "United States", True, "Secretary of State Marco Rubio", "Secretary of State"),
    ("Cyril Ramaphosa", "ROLE", "South Africa", True, "President Cyril Ramaphosa", "President"),
    ("Ronald Lamola", "ROLE", "South Africa", True, "Foreign Minister Ronald Lamola", "Foreign Minister"),
    (
        "Elon Musk",
        "ROLE",
        "United States",
        False,
        "who now heads Trump's cost-cutting drive",
        "head of the cost-cutting drive (DOGE, not named)",
    ),
    (
        "Steven Gruzd",
        "ROLE",
        "South African Institute of International Affairs",
        True,
        "Steven Gruzd of the South African Institute of International Affairs",
        "analyst",
    ),
    ("Kallie Kriel", "ROLE", "AfriForum", True, "AfriForum chief executive Kallie Kriel", "chief executive"),
    ("Ebrahim Rasool", "ROLE", "South Africa", True, "Ambassador Ebrahim Rasool", "Ambassador to the US"),
]
