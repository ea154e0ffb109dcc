"""Gold tables for eswatini_us_deportees.txt."""

SZ, US, ZA = "Q1050", "Q30", "Q258"
E = [
    (
        "Eswatini",
        "Country",
        SZ,
        ["Mbabane", "The Eswatini government", "the Kingdom of Eswatini", "the kingdom"],
        SZ,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "US",
            "Washington",
            "America",
            "American",
            "The US Department of Homeland Security",
            "the administration of President Donald Trump",
            "the Trump administration",
            "the State Department",
            "The US embassy in Mbabane",
        ],
        US,
    ),
    ("Donald Trump", "Person", "Q22686", ["Trump", "President Donald Trump"], US),
    ("Tricia McLaughlin", "Person", None, ["Assistant Secretary Tricia McLaughlin"], US),
    ("Vietnam", "Country", "Q881", [], "Q881"),
    ("Jamaica", "Country", "Q766", ["The Jamaican government"], "Q766"),
    ("Laos", "Country", "Q819", [], "Q819"),
    ("Cuba", "Country", "Q241", [], "Q241"),
    ("Yemen", "Country", "Q805", [], "Q805"),
    ("Thabile Mdluli", "Person", None, ["Mdluli", "Acting government spokesperson Thabile Mdluli"], SZ),
    ("International Organization for Migration", "IGO", None, [], None),
    (
        "South Africa",
        "Country",
        ZA,
        ["Pretoria", "The Department of International Relations and Cooperation", "Dirco"],
        ZA,
    ),
    ("Chrispin Phiri", "Person", None, ["Phiri", "Dirco spokesperson Chrispin Phiri"], ZA),
    ("Southern African Development Community", "IGO", None, [], None),
    ("Mswati III", "Person", None, ["King Mswati III", "The king"], SZ),
    ("People's United Democratic Movement", "Organization", None, ["Pudemo"], None),
    ("South Sudan", "Country", "Q958", ["Juba"], "Q958"),
    ("Rwanda", "Country", "Q1037", ["Kigali", "Rwandan"], "Q1037"),
    ("Olivier Nduhungirehe", "Person", None, ["Rwandan Foreign Minister Olivier Nduhungirehe"], "Q1037"),
    ("Taiwan", "Country", "Q865", [], "Q865"),
    ("Thulani Dlamini", "Person", None, [], None),
    ("Sarah Mwangi", "Person", None, [], None),
]

HOME = (
    'describing the men, who come from Vietnam, Jamaica, Laos, Cuba and Yemen, as "individuals so uniquely '
    'barbaric that their home countries refused to take them back"'
)
DEAL = (
    'Acting government spokesperson Thabile Mdluli said the agreement had been reached "after months of robust '
    'high-level engagements" with the administration of President Donald Trump'
)
DIRCO = (
    "The Department of International Relations and Cooperation (Dirco) said on Thursday it had not been consulted "
    "and would seek an urgent explanation from Mbabane."
)
SEC = "we are concerned about the potential impact of this arrangement on our national security"
SADC = (
    "Phiri said South Africa would also raise the matter within the Southern African Development Community, of "
    "which both countries are members."
)
PUD = (
    'The People\'s United Democratic Movement (Pudemo) said the kingdom had been turned into "a dumping ground" '
    "and demanded that the agreement be tabled in parliament."
)
JAM = "it was in contact with US officials to bring him home"
JUBA = "Juba had initially refused to take at least one of the men, before relenting."
RW = (
    "In May, Rwandan Foreign Minister Olivier Nduhungirehe confirmed that Kigali was in early talks with Washington "
    "about receiving migrants deported from the US."
)
GRATE = 'the US was "grateful to the Kingdom of Eswatini for its partnership" on migration and security'
V = [
    (
        "Eswatini",
        "COOPERATE",
        "United States",
        True,
        "making the small southern African kingdom the latest country to accept Washington's third-country deportees",
        "accepts five deportees",
    ),
    ("Vietnam", "REJECT", "United States", False, HOME, "DHS claim"),
    ("Jamaica", "REJECT", "United States", False, HOME, "DHS claim"),
    ("Laos", "REJECT", "United States", False, HOME, "DHS claim"),
    ("Cuba", "REJECT", "United States", False, HOME, "DHS claim"),
    ("Yemen", "REJECT", "United States", False, HOME, "DHS claim"),
    (
        "Tricia McLaughlin",
        "ROLE",
        "United States",
        True,
        "Assistant Secretary Tricia McLaughlin",
        "Assistant Secretary",
    ),
    ("Eswatini", "AGREE", "United States", True, DEAL, "deportation agreement"),
    ("Eswatini", "CONSULT", "United States", False, DEAL, "'months of engagements', spokesperson's account"),
    (
        "Thabile Mdluli",
        "ROLE",
        "Eswatini",
        True,
        "Acting government spokesperson Thabile Mdluli",
        "acting government spokesperson",
    ),
    ("Donald Trump", "ROLE", "United States", True, "President Donald Trump", "President"),
    (
        "Eswatini",
        "COOPERATE",
        "International Organization for Migration",
        False,
        "the government will work with the International Organization for Migration to facilitate their transit",
        "planned",
    ),
    ("South Africa", "REQUEST", "Eswatini", True, DIRCO, "demand for explanation"),
    ("South Africa", "ACCUSE", "Eswatini", False, DIRCO, "complaint of not being consulted"),
    ("Chrispin Phiri", "ACCUSE", "Eswatini", False, SEC, "concern"),
    (
        "Chrispin Phiri",
        "CONSULT",
        "Eswatini",
        False,
        "We will engage our Eswatini counterparts through the appropriate channels.",
        "planned",
    ),
    ("Chrispin Phiri", "ROLE", "South Africa", True, "Dirco spokesperson Chrispin Phiri", "spokesperson"),
    ("South Africa", "CONSULT", "Southern African Development Community", False, SADC, "planned"),
    ("South Africa", "MEMBER_OF", "Southern African Development Community", True, SADC, ""),
    ("Eswatini", "MEMBER_OF", "Southern African Development Community", True, SADC, ""),
    (
        "People's United Democratic Movement",
        "ACCUSE",
        "Mswati III",
        False,
        "which has long accused King Mswati III, Africa's last absolute monarch, of ruling without accountability",
        "subject is the unnamed pro-democracy movement",
    ),
    ("Mswati III", "ROLE", "Eswatini", True, "King Mswati III, Africa's last absolute monarch", "King"),
    ("People's United Democratic Movement", "ACCUSE", "Eswatini", True, PUD, "'dumping ground'"),
    ("People's United Democratic Movement", "REQUEST", "Eswatini", True, PUD, "demand to table the deal"),
    (
        "Mswati III",
        "AGREE",
        "United States",
        False,
        "The king made a deal, and we are told after the plane has landed",
        "opposition's claim",
    ),
    ("Jamaica", "CONSULT", "United States", True, JAM, "contact to repatriate citizen"),
    (
        "Jamaica",
        "ACCUSE",
        "United States",
        False,
        "it had not been informed in advance that one of its citizens had been sent to Eswatini",
        "implicit complaint",
    ),
    (
        "United States",
        "COOPERATE",
        "South Sudan",
        False,
        "the US deported eight men to South Sudan",
        "deportation flight; type unclear",
    ),
    ("South Sudan", "REJECT", "United States", True, JUBA, "initial refusal"),
    ("South Sudan", "CONCEDE", "United States", True, JUBA, "relented"),
    ("Rwanda", "CONSULT", "United States", True, RW, "early talks"),
    (
        "Olivier Nduhungirehe",
        "ROLE",
        "Rwanda",
        True,
        "Rwandan Foreign Minister Olivier Nduhungirehe",
        "Foreign Minister",
    ),
    (
        "United States",
        "SANCTION",
        "Eswatini",
        False,
        "faces tariffs under Trump's trade policy",
        "tariffs; analysts' framing",
    ),
    (
        "Eswatini",
        "COOPERATE",
        "United States",
        False,
        "Eswatini, which relies heavily on exports of sugar and textiles to the US",
        "trade",
    ),
    (
        "Eswatini",
        "ALLY",
        "Taiwan",
        True,
        "Eswatini is also Taiwan's last diplomatic ally in Africa",
        "diplomatic ally",
    ),
    (
        "United States",
        "SUPPORT",
        "Eswatini",
        False,
        "a status the US has long encouraged it to keep",
        "encouragement of Taiwan ties",
    ),
    ("United States", "SUPPORT", "Eswatini", True, GRATE, "gratitude"),
    ("United States", "ALLY", "Eswatini", False, GRATE, "'partnership'"),
]
