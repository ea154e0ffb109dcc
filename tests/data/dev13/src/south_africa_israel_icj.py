"""Gold tables for south_africa_israel_icj.txt."""

ZA, IL, US, DE = "Q258", "Q801", "Q30", "Q183"
ICJ = "International Court of Justice"
E = [
    (
        "South Africa",
        "Country",
        ZA,
        ["Pretoria", "South Africa's lawyers", "the applicant", "parliament"],
        ZA,
    ),
    ("Israel", "Country", IL, ["Israeli", "Israel's foreign ministry"], IL),
    ("Gaza", "Location", None, [], None),
    ("The Hague", "Location", None, [], None),
    ("Peace Palace", "Location", None, ["THE PEACE PALACE"], None),
    (ICJ, "IGO", "Q7801", ["ICJ", "the court"], None),
    ("Ronald Lamola", "Person", None, [], ZA),
    ("Tal Becker", "Person", None, [], IL),
    ("Hamas", "Organization", None, [], None),
    ("Binyamin Netanyahu", "Person", None, [], IL),
    ("Malaysia", "Country", "Q833", [], "Q833"),
    ("Turkey", "Country", "Q43", [], "Q43"),
    ("Bolivia", "Country", "Q750", [], "Q750"),
    ("Organisation of Islamic Cooperation", "IGO", None, [], None),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("Luiz Inácio Lula da Silva", "Person", None, [], "Q155"),
    (
        "United States",
        "Country",
        US,
        ["America", "Washington", "American", "the National Security Council"],
        US,
    ),
    ("John Kirby", "Person", None, [], US),
    ("Germany", "Country", DE, ["Berlin", "German"], DE),
    ("Steffen Hebestreit", "Person", None, [], DE),
    ("Namibia", "Country", "Q1030", [], "Q1030"),
    ("Hage Geingob", "Person", None, [], "Q1030"),
    ("African National Congress", "Organization", None, ["ANC"], None),
    ("Cyril Ramaphosa", "Person", None, ["President Cyril Ramaphosa"], ZA),
    ("Tel Aviv", "Location", None, [], None),
    ("Priyal Singh", "Person", None, [], None),
    ("Institute for Security Studies", "Organization", None, [], None),
    ("Joan Donoghue", "Person", None, [], ICJ),
]

ACC = "For three hours South Africa's lawyers accused Israel of committing genocide against Palestinians in Gaza"
ASK = "asked the International Court of Justice (ICJ) to order it to suspend its military operations there at once"
BECKER = 'told the judges that South Africa had presented "a profoundly distorted factual and legal picture"'
HAMAS = (
    "The war, he argued, was an act of self-defence after Hamas killed some 1,200 people in southern Israel on"
    " October 7th and dragged around 240 hostages into Gaza."
)
BIBI = 'went further, calling the case an outrage and accusing South Africa of "hypocrisy"'
BOMB = "Israel's bombardment and ground offensive have killed more than 24,000 Palestinians"
ENDORSE = (
    "Malaysia, Turkey, Bolivia and the Organisation of Islamic Cooperation, a club of 57 mostly Muslim countries,"
    " have endorsed it."
)
KIRBY = (
    'John Kirby, a spokesman for the National Security Council, called the submission "meritless,'
    ' counterproductive and completely without any basis in fact whatsoever"'
)
INTERVENE = "said Berlin would intervene as a third party before the court on Israel's side"
REJ = '"decisively and explicitly" rejected the accusation of genocide'
GEINGOB = (
    "That drew a furious response from Namibia, whose president, Hage Geingob, accused Germany of being unable to"
    " learn from its own history."
)
COLONIAL = (
    "German colonial troops slaughtered tens of thousands of Herero and Nama people in what is now Namibia between"
    " 1904 and 1908"
)
AGOA = (
    "some Republican lawmakers are muttering that Pretoria's tax-free access to the American market under the"
    " African Growth and Opportunity Act should be reviewed"
)
V = [
    ("South Africa", "ACCUSE", "Israel", True, ACC, "genocide"),
    ("South Africa", "REQUEST", ICJ, True, ASK, "provisional measures"),
    ("South Africa", "REQUEST", "Israel", False, ASK, "demand addressed to Israel through the court"),
    (
        "Ronald Lamola",
        "REQUEST",
        ICJ,
        False,
        '"Nothing will stop this suffering except an order from this court," said Ronald Lamola',
        "implicit appeal",
    ),
    ("Israel", "REJECT", ICJ, False, "Israel usually shuns international tribunals.", "habitual, general"),
    ("Israel", "CONSULT", ICJ, False, "This time it sent a full legal team.", "took part in the hearing"),
    ("Tal Becker", "ACCUSE", "South Africa", True, BECKER, "distortion charge"),
    ("Tal Becker", "REJECT", "South Africa", False, BECKER, "denial"),
    ("Hamas", "ASSAULT", "Israel", True, HAMAS, "about 1,200 killed, about 240 hostages"),
    ("Israel", "ASSAULT", "Hamas", False, HAMAS, "war framed as self-defence"),
    ("Binyamin Netanyahu", "ACCUSE", "South Africa", True, BIBI, "hypocrisy"),
    (
        "Israel",
        "ACCUSE",
        "South Africa",
        True,
        'Israel\'s foreign ministry has described the applicant as "the legal arm" of Hamas.',
        "",
    ),
    ("Israel", "ASSAULT", "Gaza", True, BOMB, "more than 24,000 killed (Gaza health ministry)"),
    (
        "South Africa",
        "ACCUSE",
        "Israel",
        True,
        "South Africa's 84-page filing also cites statements by Israeli ministers as evidence of intent.",
        "",
    ),
    ("Israel", "REJECT", "South Africa", False, "Israel calls such quotations cherry-picked.", "dismissal"),
    ("Malaysia", "SUPPORT", "South Africa", True, ENDORSE, "endorsed the case"),
    ("Turkey", "SUPPORT", "South Africa", True, ENDORSE, "endorsed the case"),
    ("Bolivia", "SUPPORT", "South Africa", True, ENDORSE, "endorsed the case"),
    ("Organisation of Islamic Cooperation", "SUPPORT", "South Africa", True, ENDORSE, "endorsed the case"),
    (
        "Luiz Inácio Lula da Silva",
        "SUPPORT",
        "South Africa",
        True,
        "Luiz Inácio Lula da Silva, said he supported the suit",
        "",
    ),
    ("John Kirby", "ACCUSE", "South Africa", True, KIRBY, "criticism of the submission"),
    ("John Kirby", "REJECT", "South Africa", False, KIRBY, "dismissal"),
    ("John Kirby", "SUPPORT", "Israel", False, KIRBY, "implicit backing"),
    ("Steffen Hebestreit", "SUPPORT", "Israel", True, INTERVENE, "third-party intervention announced"),
    ("Germany", "SUPPORT", "Israel", False, INTERVENE, "state level"),
    ("Steffen Hebestreit", "REJECT", "South Africa", False, REJ, "rejection of the accusation"),
    ("Hage Geingob", "ACCUSE", "Germany", True, GEINGOB, ""),
    ("Namibia", "ACCUSE", "Germany", False, GEINGOB, "state level"),
    (
        "Germany",
        "ASSAULT",
        "Namibia",
        False,
        COLONIAL,
        "colonial-era massacre 1904-08; Namibia not yet a state",
    ),
    (
        "Germany",
        "CONCEDE",
        "Namibia",
        False,
        "a crime Berlin formally acknowledged as genocide only in 2021",
        "acknowledgement; target implicit",
    ),
    (
        "Israel",
        "COOPERATE",
        "South Africa",
        False,
        "Israel sold arms to the apartheid regime",
        "historic arms sales to the apartheid state",
    ),
    (
        "Cyril Ramaphosa",
        "ACCUSE",
        "Israel",
        True,
        "President Cyril Ramaphosa has called Israel's conduct in Gaza a violation of international law",
        "",
    ),
    (
        "South Africa",
        "SANCTION",
        "Israel",
        True,
        "In November South Africa recalled its diplomats from Tel Aviv",
        "diplomats recalled",
    ),
    (
        "South Africa",
        "SANCTION",
        "Israel",
        False,
        "parliament voted to close Israel's embassy in Pretoria",
        "parliamentary vote; closure not stated as carried out",
    ),
    (
        "Israel",
        "SANCTION",
        "South Africa",
        True,
        "Israel in turn recalled its ambassador for consultations.",
        "ambassador recalled",
    ),
    (
        "United States",
        "COOPERATE",
        "South Africa",
        False,
        "America is South Africa's second-largest trading partner",
        "trade",
    ),
    ("United States", "THREATEN", "South Africa", False, AGOA, "unnamed lawmakers; AGOA review"),
    (
        "South Africa",
        "SUPPORT",
        "United States",
        False,
        "Officials in Pretoria insist their ties with Washington remain sound.",
        "",
    ),
    (
        "Ronald Lamola",
        "ROLE",
        "South Africa",
        True,
        "Ronald Lamola, South Africa's justice minister",
        "justice minister",
    ),
    (
        "Tal Becker",
        "ROLE",
        "Israel",
        True,
        "Tal Becker, the legal adviser to Israel's foreign ministry",
        "legal adviser to the foreign ministry",
    ),
    (
        "Binyamin Netanyahu",
        "ROLE",
        "Israel",
        True,
        "Binyamin Netanyahu, the prime minister",
        "prime minister",
    ),
    (
        "Luiz Inácio Lula da Silva",
        "ROLE",
        "Brazil",
        True,
        "Brazil's president, Luiz Inácio Lula da Silva",
        "president",
    ),
    (
        "John Kirby",
        "ROLE",
        "United States",
        True,
        "John Kirby, a spokesman for the National Security Council",
        "NSC spokesman",
    ),
    (
        "Steffen Hebestreit",
        "ROLE",
        "Germany",
        True,
        "its government spokesman, Steffen Hebestreit",
        "government spokesman",
    ),
    ("Hage Geingob", "ROLE", "Namibia", True, "Namibia, whose president, Hage Geingob", "president"),
    ("Cyril Ramaphosa", "ROLE", "South Africa", True, "President Cyril Ramaphosa", "President"),
    (
        "Priyal Singh",
        "ROLE",
        "Institute for Security Studies",
        True,
        "Priyal Singh of the Institute for Security Studies",
        "researcher",
    ),
    (
        "Joan Donoghue",
        "ROLE",
        ICJ,
        True,
        "Joan Donoghue, the American judge who presides over the court",
        "president of the court",
    ),
]
