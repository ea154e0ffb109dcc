"""Gold tables for iraq_iran_erbil_strikes.txt."""

IR, IQ, US, IL = "Q794", "Q796", "Q30", "Q801"
E = [
    (
        "Iran",
        "Country",
        IR,
        [
            "Tehran",
            "Iranian",
            "Iran's Islamic Revolutionary Guard Corps",
            "IRGC",
            "the IRGC",
            "Iran's foreign ministry",
        ],
        IR,
    ),
    (
        "Iraq",
        "Country",
        IQ,
        [
            "Baghdad",
            "Iraqi",
            "Iraq's foreign ministry",
            "the federal government in Baghdad",
            "the Iraqi government",
        ],
        IQ,
    ),
    (
        "United States",
        "Country",
        US,
        ["US", "Washington", "American", "US troops", "US forces", "State Department"],
        US,
    ),
    ("Israel", "Country", IL, ["Israeli", "Mossad"], IL),
    ("Syria", "Country", "Q858", [], "Q858"),
    (
        "UN Security Council",
        "IGO",
        "Q37470",
        ["the UN Security Council", "the United Nations Security Council"],
        None,
    ),
    (
        "Kurdistan Regional Government",
        "Organization",
        None,
        ["KRG", "Kurdish authorities"],
        IQ,
    ),
    ("Fuad Hussein", "Person", None, ["Foreign Minister Fuad Hussein"], IQ),
    ("Matthew Miller", "Person", None, ["State Department spokesman Matthew Miller"], US),
    ("Nasser Kanaani", "Person", None, ["Iran's foreign ministry spokesman Nasser Kanaani"], IR),
    ("Hossein Amir-Abdollahian", "Person", None, ["Foreign Minister Hossein Amir-Abdollahian"], IR),
    ("Naseer Abdul Mohsen", "Person", None, [], IQ),
    ("Mohammed Shia al-Sudani", "Person", None, ["Prime Minister Mohammed Shia al-Sudani"], IQ),
    ("Qassim al-Araji", "Person", None, ["National Security Adviser Qassim al-Araji"], IQ),
    ("Masrour Barzani", "Person", None, ["Barzani"], IQ),
    ("Peshraw Dizayee", "Person", None, ["Dizayee", "businessman Peshraw Dizayee"], None),
    ("Qassem Soleimani", "Person", None, ["General Qassem Soleimani"], IR),
    ("ISIL", "Organization", None, ["ISIS"], None),
    ("Islamic Resistance in Iraq", "Organization", None, [], None),
    ("Kurdistan Democratic Party of Iran", "Organization", None, ["KDPI"], None),
    ("World Economic Forum", "Event", None, ["the World Economic Forum in Davos", "the Davos forum"], None),
    ("Erbil", "Location", None, ["Erbil airport"], None),
    ("Idlib", "Location", None, ["Syria's Idlib province"], None),
    ("Kerman", "Location", None, [], None),
    ("Gaza", "Location", None, [], None),
    ("Lina Haddad", "Person", None, [], None),
]

LEDE = (
    "Iran's Islamic Revolutionary Guard Corps (IRGC) says it fired ballistic missiles at an \"Israeli spy "
    "headquarters\" in Erbil, capital of Iraq's semi-autonomous Kurdistan region, and at ISIL (ISIS) positions in "
    "Syria"
)
UNSC = (
    "Iraq's foreign ministry says it will lodge a complaint against Iran with the United Nations Security Council "
    'over what it called a "blatant violation" of Iraqi sovereignty'
)
IRI = (
    "which has come under repeated drone fire since October from the Islamic Resistance in Iraq, an umbrella of "
    "Iran-aligned armed groups that says it is targeting US forces over Washington's support for Israel's war in Gaza"
)
MOSSAD = 'said Iran had targeted Mossad agents and "terrorists" and that it had "no problem" with the Iraqi government'
RECALL = "Iraq has recalled its ambassador in Tehran, Naseer Abdul Mohsen, for consultations"
SUMMON = "The ministry also summoned Iran's charge d'affaires in Baghdad and handed him a protest note."
CRIME = 'called the strikes "a crime against the Kurdish people"'
URGE = "urged the federal government in Baghdad and the international community not to stay silent"
CANCEL = "Barzani, who is attending the Davos forum, cancelled a planned meeting with Iranian officials"
REVENGE = 'the IRGC said the strikes were a response to "recent crimes" by Israel, including the killing of IRGC commanders in Syria'
KERMAN = (
    "It said the missiles fired into Syria's Idlib province targeted fighters of ISIL, which claimed the twin "
    "suicide bombings in Kerman on January 3 that killed nearly 90 people"
)
DEAL = (
    "Iran and Iraq signed a security agreement in March last year under which Baghdad pledged to disarm Iranian "
    "Kurdish opposition groups based in the north of the country"
)
V = [
    ("Iran", "ASSAULT", "Iraq", True, LEDE, "ballistic missiles on Erbil"),
    ("Iran", "ASSAULT", "Erbil", False, LEDE, "place as target"),
    ("Iran", "ASSAULT", "Israel", False, LEDE, "IRGC's claim of an Israeli target, denied"),
    ("Iran", "ASSAULT", "ISIL", True, LEDE, ""),
    ("Iran", "ASSAULT", "Syria", False, LEDE, "strikes on Syrian soil"),
    (
        "Iran",
        "ASSAULT",
        "Peshraw Dizayee",
        False,
        "Kurdish authorities say four civilians were killed in Erbil, including businessman Peshraw Dizayee",
        "4 killed; agent implicit",
    ),
    (
        "Iraq",
        "SANCTION",
        "Iran",
        True,
        "Baghdad recalls its ambassador from Tehran",
        "ambassador recalled",
    ),
    ("Iraq", "SANCTION", "Iran", True, RECALL, "ambassador recalled"),
    ("Iraq", "ACCUSE", "Iran", True, UNSC, "blatant violation of sovereignty"),
    ("Iraq", "REQUEST", "UN Security Council", False, UNSC, "planned complaint"),
    (
        "Iraq",
        "ACCUSE",
        "Iran",
        False,
        "says it will file a complaint at the UN Security Council",
        "planned complaint",
    ),
    (
        "Fuad Hussein",
        "REJECT",
        "Iran",
        False,
        'told reporters there was "no Israeli presence" at the sites that were hit',
        "denial of Iran's claim",
    ),
    ("Fuad Hussein", "ACCUSE", "Iran", True, '"These are lies.', "accuses Tehran of lying"),
    ("United States", "ACCUSE", "Iran", True, "The United States has condemned the attack.", "condemnation"),
    (
        "Matthew Miller",
        "ACCUSE",
        "Iran",
        True,
        'State Department spokesman Matthew Miller called the strikes "reckless"',
        "",
    ),
    (
        "United States",
        "ASSAULT",
        "ISIL",
        False,
        "US troops with the coalition fighting ISIL are stationed at Erbil airport",
        "noun phrase",
    ),
    (
        "Islamic Resistance in Iraq",
        "ASSAULT",
        "United States",
        True,
        IRI,
        "repeated drone fire on Erbil airport",
    ),
    ("Islamic Resistance in Iraq", "ASSAULT", "Erbil", False, IRI, "airport as target"),
    ("Iran", "ALLY", "Islamic Resistance in Iraq", False, IRI, "'Iran-aligned', noun phrase"),
    ("United States", "SUPPORT", "Israel", False, IRI, "noun phrase, group's claim"),
    ("Israel", "ASSAULT", "Gaza", False, IRI, "noun phrase"),
    ("Hossein Amir-Abdollahian", "ASSAULT", "Israel", False, MOSSAD, "claim about targets"),
    ("Hossein Amir-Abdollahian", "SUPPORT", "Iraq", False, MOSSAD, "'no problem' with Baghdad"),
    ("Iraq", "ACCUSE", "Iran", True, SUMMON, "charge d'affaires summoned, protest note"),
    ("Iraq", "CONSULT", "Iran", False, SUMMON, "summons"),
    ("Iraq", "PROTEST", "Iran", False, SUMMON, "protest note"),
    (
        "Mohammed Shia al-Sudani",
        "ACCUSE",
        "Iran",
        True,
        'Prime Minister Mohammed Shia al-Sudani described the strikes as "a clear aggression" against Iraq',
        "",
    ),
    ("Masrour Barzani", "ACCUSE", "Iran", True, CRIME, ""),
    ("Masrour Barzani", "REQUEST", "Iraq", True, URGE, "not to stay silent"),
    ("Masrour Barzani", "REJECT", "Iran", False, CANCEL, "cancelled meeting"),
    ("Masrour Barzani", "SANCTION", "Iran", False, CANCEL, "cancelled meeting, alternative reading"),
    ("Iran", "ACCUSE", "Israel", True, REVENGE, "'recent crimes'"),
    ("Israel", "ASSAULT", "Iran", False, REVENGE, "killing of IRGC commanders, per the IRGC"),
    ("Iran", "ASSAULT", "ISIL", True, KERMAN, "Idlib strikes"),
    ("Iran", "ASSAULT", "Idlib", False, KERMAN, "place as target"),
    ("ISIL", "ASSAULT", "Iran", True, KERMAN, "Kerman bombings, nearly 90 killed"),
    ("ISIL", "ASSAULT", "Kerman", False, KERMAN, "place as target"),
    ("Iran", "AGREE", "Iraq", True, DEAL, "March 2023 security agreement"),
    ("Iraq", "CONCEDE", "Iran", False, DEAL, "pledge to disarm groups"),
    (
        "Iran",
        "ASSAULT",
        "Kurdistan Democratic Party of Iran",
        True,
        "The IRGC has repeatedly struck those groups, including the Kurdistan Democratic Party of Iran (KDPI), "
        "with missiles and drones",
        "",
    ),
    ("Fuad Hussein", "ROLE", "Iraq", True, "Foreign Minister Fuad Hussein", "Foreign Minister"),
    (
        "Matthew Miller",
        "ROLE",
        "United States",
        True,
        "State Department spokesman Matthew Miller",
        "State Department spokesman",
    ),
    (
        "Nasser Kanaani",
        "ROLE",
        "Iran",
        True,
        "Iran's foreign ministry spokesman Nasser Kanaani",
        "foreign ministry spokesman",
    ),
    (
        "Hossein Amir-Abdollahian",
        "ROLE",
        "Iran",
        True,
        "Foreign Minister Hossein Amir-Abdollahian",
        "Foreign Minister",
    ),
    ("Naseer Abdul Mohsen", "ROLE", "Iraq", True, RECALL, "ambassador to Iran"),
    (
        "Mohammed Shia al-Sudani",
        "ROLE",
        "Iraq",
        True,
        "Prime Minister Mohammed Shia al-Sudani",
        "Prime Minister",
    ),
    (
        "Qassim al-Araji",
        "ROLE",
        "Iraq",
        True,
        "National Security Adviser Qassim al-Araji",
        "National Security Adviser",
    ),
    (
        "Masrour Barzani",
        "ROLE",
        "Kurdistan Regional Government",
        True,
        "Masrour Barzani, prime minister of the Kurdistan Regional Government (KRG)",
        "prime minister",
    ),
    ("Qassem Soleimani", "ROLE", "Iran", False, "General Qassem Soleimani", "General (title only)"),
]
