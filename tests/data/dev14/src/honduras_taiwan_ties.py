"""Gold tables for honduras_taiwan_ties.txt."""

TW, CN, HN, US = "Q865", "Q148", "Q783", "Q30"
E = [
    (
        "Taiwan",
        "Country",
        TW,
        [
            "Taipei",
            "the Republic of China (Taiwan)",
            "ROC",
            "The Ministry of Foreign Affairs",
            "MOFA",
            "Democratic Progressive Party (DPP) administration",
        ],
        TW,
    ),
    (
        "China",
        "Country",
        CN,
        ["Beijing", "People's Republic of China", "PRC", "Chinese", "China's foreign ministry"],
        CN,
    ),
    ("Honduras", "Country", HN, ["Tegucigalpa", "Honduran", "Honduras' foreign ministry"], HN),
    (
        "United States",
        "Country",
        US,
        ["U.S.", "the United States", "Washington", "U.S. State Department"],
        US,
    ),
    ("Joseph Wu", "Person", None, ["Wu", "Foreign Minister Joseph Wu"], TW),
    ("Xiomara Castro", "Person", None, ["Castro", "President Xiomara Castro"], HN),
    (
        "Eduardo Enrique Reina",
        "Person",
        None,
        ["Reina", "Honduran Foreign Minister Eduardo Enrique Reina"],
        HN,
    ),
    ("Qin Gang", "Person", None, ["Chinese Foreign Minister Qin Gang"], CN),
    ("Tsai Ing-wen", "Person", None, ["Tsai", "President Tsai Ing-wen"], TW),
    ("Kevin McCarthy", "Person", None, ["U.S. House Speaker Kevin McCarthy"], US),
    ("Kuomintang", "Organization", None, ["KMT"], None),
    ("Democratic Progressive Party", "Organization", None, ["DPP"], None),
    ("Eric Chu", "Person", None, ["Kuomintang (KMT) Chairman Eric Chu"], None),
    ("Ma Ying-jeou", "Person", None, ["Former President Ma Ying-jeou"], None),
    ("Wang Wenbin", "Person", None, ["Chinese foreign ministry spokesman Wang Wenbin"], CN),
    ("Guatemala", "Country", "Q774", [], "Q774"),
    ("Belize", "Country", "Q242", [], "Q242"),
    ("Paraguay", "Country", "Q733", [], "Q733"),
    ("Haiti", "Country", "Q790", [], "Q790"),
    ("Nicaragua", "Country", "Q811", [], "Q811"),
    ("Holy See", "Country", None, ["the Holy See"], "Holy See"),
    ("Efraín Alegre", "Person", None, ["opposition candidate Efraín Alegre"], None),
    ("Central News Agency", "Organization", None, ["CNA"], None),
    ("Chang Ya-wen", "Person", None, [], None),
    ("Liu Kuan-ting", "Person", None, [], None),
    ("New York", "Location", None, [], None),
    ("Los Angeles", "Location", "Q65", [], None),
    ("California", "Location", "Q99", [], None),
    ("Central America", "Location", None, ["Central American"], None),
    ("South America", "Location", None, [], None),
    ("Americas", "Location", None, ["the Americas"], None),
    ("Europe", "Location", "Q46", [], None),
]

CUT = "Taiwan on Sunday terminated diplomatic relations with Honduras"
EST = "hours before the Central American country formally established ties with the People's Republic of China (PRC)"
WU_END = (
    "Foreign Minister Joseph Wu (吳釗燮) said the government had decided to end relations with immediate effect "
    "in order to safeguard the nation's sovereignty and dignity, and would recall its ambassador and embassy staff "
    "from Tegucigalpa"
)
CLOSE = (
    "has also asked Honduras to close its embassy in Taipei and withdraw its diplomats as soon as possible"
)
SOUGHT = "Honduran officials had sought as much as US$2.5 billion from Taipei"
ASKED = "his government had asked Taiwan to double its annual aid to US$100 million"
LURE = "Wu accused Beijing of luring Honduras with promises of investment and loans"
SQUEEZE = 'the PRC "continues to use every means to squeeze Taiwan\'s international space."'
COMM = (
    "Reina and Chinese Foreign Minister Qin Gang (秦剛) signed a joint communique in Beijing establishing relations "
    "at ambassadorial level"
)
ONECHINA = 'Honduras recognizes that "there is but one China in the world"'
BREAK = 'had informed Taipei of its decision to break off "official relations and contacts."'
TRIP = "Tsai said she would depart on Wednesday as planned on a trip to Guatemala and Belize"
ALLIES = (
    "Taiwan's remaining allies in the Americas include Guatemala, Belize, Paraguay and Haiti, while the Holy See "
    "is its only diplomatic ally in Europe"
)
NINTH = (
    "Honduras is the ninth country to switch recognition from Taipei to Beijing since Tsai took office in 2016, "
    "following Nicaragua in December 2021"
)
WARN = 'Beijing has warned that such a meeting would be a "provocation" and has vowed to take "resolute countermeasures."'
CHU = (
    'Kuomintang (KMT) Chairman Eric Chu (朱立倫) said the loss of another ally showed the "failure" of the '
    "Democratic Progressive Party (DPP) administration's diplomacy"
)
ARMS = "Washington, which has no formal ties with Taipei but is its main arms supplier"
V = [
    ("Taiwan", "SANCTION", "Honduras", True, CUT, "diplomatic ties cut"),
    ("Honduras", "AGREE", "China", True, EST, "diplomatic relations established"),
    ("Taiwan", "SANCTION", "Honduras", True, WU_END, "ties ended, ambassador recalled"),
    ("Joseph Wu", "SANCTION", "Honduras", False, WU_END, "announcer of the government's decision"),
    ("Taiwan", "REQUEST", "Honduras", True, CLOSE, "close embassy, withdraw diplomats"),
    ("Taiwan", "SANCTION", "Honduras", False, CLOSE, "amounts to expelling Honduran diplomats"),
    (
        "Joseph Wu",
        "ACCUSE",
        "Honduras",
        True,
        'adding that Honduras had "repeatedly asked for a high price" from Taiwan in recent months',
        "",
    ),
    (
        "Joseph Wu",
        "ACCUSE",
        "Xiomara Castro",
        False,
        '"We deeply regret that the government of President Xiomara Castro has chosen to disregard 82 years of '
        'friendship," Wu said',
        "regret; target could be read as Honduras",
    ),
    ("Honduras", "REQUEST", "Taiwan", True, SOUGHT, "US$2.5 billion, per Wu"),
    ("Honduras", "REQUEST", "Taiwan", True, ASKED, "double aid to US$100 million; US$600 million debt"),
    ("Eduardo Enrique Reina", "REQUEST", "Taiwan", False, ASKED, "Reina reports his government's request"),
    ("Taiwan", "AID", "Honduras", False, ASKED, "existing annual aid implied"),
    ("Joseph Wu", "ACCUSE", "China", True, LURE, ""),
    ("China", "AID", "Honduras", False, LURE, "alleged promises of investment and loans"),
    ("China", "COERCE", "Taiwan", False, SQUEEZE, "alleged, inside Wu's accusation"),
    ("Joseph Wu", "ACCUSE", "China", True, SQUEEZE, ""),
    (
        "Taiwan",
        "REJECT",
        "China",
        False,
        "Taiwan would not bow to such pressure, he added",
        "target implicit",
    ),
    ("Eduardo Enrique Reina", "AGREE", "Qin Gang", True, COMM, "joint communique signed"),
    ("Honduras", "AGREE", "China", True, COMM, "joint communique"),
    ("Honduras", "SUPPORT", "China", False, ONECHINA, "recognition of the one-China position"),
    (
        "Honduras",
        "SUPPORT",
        "China",
        False,
        'Honduras\' foreign ministry had said in a statement on Saturday night that it "recognizes only one China"',
        "",
    ),
    ("Honduras", "SANCTION", "Taiwan", True, BREAK, "broke off official relations"),
    ("Honduras", "SANCTION", "Taiwan", True, NINTH, "switched recognition"),
    ("Honduras", "AGREE", "China", False, NINTH, "switched recognition to Beijing"),
    ("Nicaragua", "SANCTION", "Taiwan", True, NINTH, "switched recognition in December 2021"),
    ("Nicaragua", "AGREE", "China", False, NINTH, "switched recognition to Beijing"),
    (
        "Xiomara Castro",
        "AGREE",
        "China",
        False,
        "Castro first announced on March 14 that she had instructed Reina to seek ties with Beijing",
        "intent to establish ties",
    ),
    (
        "Tsai Ing-wen",
        "REJECT",
        "China",
        True,
        'Taiwan would "not engage in a meaningless contest of dollar diplomacy with China,"',
        "refusal",
    ),
    (
        "Tsai Ing-wen",
        "ACCUSE",
        "China",
        False,
        "called on the public to stand united in the face of Beijing's coercion",
        "noun phrase",
    ),
    ("China", "COERCE", "Taiwan", False, "in the face of Beijing's coercion", "Tsai's characterisation"),
    ("Tsai Ing-wen", "CONSULT", "Guatemala", False, TRIP, "planned visit"),
    ("Tsai Ing-wen", "CONSULT", "Belize", False, TRIP, "planned visit"),
    (
        "Guatemala",
        "ALLY",
        "Taiwan",
        False,
        "two of the country's remaining allies in Central America",
        "diplomatic allies",
    ),
    (
        "Belize",
        "ALLY",
        "Taiwan",
        False,
        "two of the country's remaining allies in Central America",
        "diplomatic allies",
    ),
    ("Guatemala", "ALLY", "Taiwan", False, ALLIES, "diplomatic allies"),
    ("Belize", "ALLY", "Taiwan", False, ALLIES, "diplomatic allies"),
    ("Paraguay", "ALLY", "Taiwan", False, ALLIES, "diplomatic allies"),
    ("Haiti", "ALLY", "Taiwan", False, ALLIES, "diplomatic allies"),
    ("Holy See", "ALLY", "Taiwan", False, ALLIES, "diplomatic ally"),
    (
        "Paraguay",
        "ALLY",
        "Taiwan",
        False,
        "Paraguay, Taiwan's only ally in South America",
        "diplomatic ally",
    ),
    (
        "Tsai Ing-wen",
        "CONSULT",
        "Kevin McCarthy",
        False,
        "Tsai could meet U.S. House Speaker Kevin McCarthy during her stop in California",
        "possible meeting",
    ),
    ("China", "THREATEN", "United States", False, WARN, "target implicit (McCarthy meeting)"),
    ("China", "THREATEN", "Taiwan", False, WARN, "target implicit (Tsai meeting)"),
    ("Eric Chu", "ACCUSE", "Taiwan", True, CHU, "criticises the government's diplomacy"),
    ("Eric Chu", "ACCUSE", "Democratic Progressive Party", False, CHU, "party-level reading"),
    ("Eric Chu", "REQUEST", "Tsai Ing-wen", True, "urged Tsai to resume dialogue with Beijing", ""),
    (
        "Ma Ying-jeou",
        "CONSULT",
        "China",
        False,
        "Former President Ma Ying-jeou (馬英九) of the KMT is due to leave on Monday for a 12-day visit to China",
        "planned visit",
    ),
    (
        "United States",
        "REQUEST",
        "Honduras",
        True,
        "had urged Honduras to think carefully before making the switch",
        "",
    ),
    ("United States", "COOPERATE", "Taiwan", True, ARMS, "main arms supplier"),
    ("United States", "AID", "Taiwan", False, ARMS, "arms supply could be read as aid"),
    (
        "United States",
        "ACCUSE",
        "China",
        True,
        'Beijing often makes promises in exchange for recognition "that ultimately go unfulfilled,"',
        "",
    ),
    (
        "United States",
        "COOPERATE",
        "Taiwan",
        False,
        "the United States would keep deepening its unofficial relations with Taiwan",
        "stated intent",
    ),
    ("Wang Wenbin", "SUPPORT", "Honduras", True, 'welcomed Honduras\' "correct choice"', "praise"),
    (
        "Efraín Alegre",
        "THREATEN",
        "Taiwan",
        False,
        "opposition candidate Efraín Alegre has pledged to review ties with Taipei if elected",
        "conditional, candidate",
    ),
    ("Joseph Wu", "ROLE", "Taiwan", True, "Foreign Minister Joseph Wu", "Foreign Minister"),
    ("Xiomara Castro", "ROLE", "Honduras", True, "President Xiomara Castro", "President"),
    (
        "Eduardo Enrique Reina",
        "ROLE",
        "Honduras",
        True,
        "Honduran Foreign Minister Eduardo Enrique Reina",
        "Foreign Minister",
    ),
    ("Qin Gang", "ROLE", "China", True, "Chinese Foreign Minister Qin Gang", "Foreign Minister"),
    ("Tsai Ing-wen", "ROLE", "Taiwan", True, "President Tsai Ing-wen", "President"),
    (
        "Kevin McCarthy",
        "ROLE",
        "United States",
        True,
        "U.S. House Speaker Kevin McCarthy",
        "Speaker of the House",
    ),
    ("Eric Chu", "ROLE", "Kuomintang", True, "Kuomintang (KMT) Chairman Eric Chu", "Chairman"),
    ("Ma Ying-jeou", "ROLE", "Taiwan", False, "Former President Ma Ying-jeou", "former President"),
    (
        "Wang Wenbin",
        "ROLE",
        "China",
        True,
        "Chinese foreign ministry spokesman Wang Wenbin",
        "foreign ministry spokesman",
    ),
]
