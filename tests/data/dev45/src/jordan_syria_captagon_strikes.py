"""Gold tables for jordan_syria_captagon_strikes.txt."""

SY, JO = "Q858", "Q810"
E = [
    (
        "Syria",
        "Country",
        SY,
        [
            "Damascus",
            "Syria's foreign ministry",
            "Syrian",
            "the Syrian government",
            "President Bashar al-Assad's government",
            "Syrian authorities",
            "the Syrian state",
            "the security branches",
        ],
        SY,
    ),
    (
        "Jordan",
        "Country",
        JO,
        [
            "Amman",
            "Jordanian",
            "Jordan's air force",
            "the kingdom",
            "The Jordanian army",
            "Jordanian security sources",
            "Jordanian officials",
            "Jordan's foreign ministry",
        ],
        JO,
    ),
    (
        "drug smugglers",
        "Organization",
        None,
        ["smugglers", "drug gangs", "the traffickers", "armed groups"],
        None,
    ),
    (
        "pro-Iran militias",
        "Organization",
        None,
        ["Iranian-backed militias", "foreign militias"],
        None,
    ),
    ("Hezbollah", "Organization", None, [], None),
    ("Iran", "Country", "Q794", ["Tehran"], "Q794"),
    ("Ayman Safadi", "Person", None, ["Safadi", "Jordanian Foreign Minister Ayman Safadi"], JO),
    ("Muhannad Mubaidin", "Person", None, ["Government spokesman Muhannad Mubaidin"], JO),
    ("Abdullah II", "Person", None, ["King Abdullah II"], JO),
    ("Bashar al-Assad", "Person", None, ["Assad", "President Bashar al-Assad"], SY),
    ("Faisal Mekdad", "Person", None, [], SY),
    ("Saudi Arabia", "Country", "Q851", [], "Q851"),
    ("Egypt", "Country", "Q79", [], "Q79"),
    ("Iraq", "Country", "Q796", [], "Q796"),
    ("United States", "Country", "Q30", ["The United States", "Washington"], "Q30"),
    ("United Kingdom", "Country", "Q145", ["Britain"], "Q145"),
    ("Suwayda", "Location", None, ["the southern province of Suwayda", "the Druze-majority province"], None),
    ("Arman", "Location", None, [], None),
    ("Malah", "Location", None, [], None),
    ("Suwayda 24", "Organization", None, [], None),
    ("Rayan Maarouf", "Person", None, [], None),
    (
        "Syrian Observatory for Human Rights",
        "Organization",
        None,
        ["the UK-based Syrian Observatory for Human Rights"],
        None,
    ),
    ("Rami Abdel Rahman", "Person", None, [], None),
    ("Amer Al Sabaileh", "Person", None, [], None),
    ("Reuters", "Organization", None, [], None),
    ("The New Arab", "Organization", None, [], None),
]

HEAD = "Damascus voices 'deep regret' over Jordanian air strikes in Suwayda as Amman vows to keep hitting drug gangs"
FIRST = (
    "Syria's foreign ministry on Tuesday expressed \"deep regret\" over a series of air strikes by Jordan's air "
    "force in the southern province of Suwayda"
)
URGE = (
    'urged Amman to avoid "escalation" and to resolve the issue through the bilateral committees the two countries '
    "set up last year"
)
SRC = (
    "Jordanian security sources told Reuters they targeted warehouses and hideouts used by drug smugglers linked "
    "to Iranian-backed militias"
)
IDLE = (
    '"Jordan will not stand idle while gangs backed by foreign militias try to flood our country with drugs and '
    'weapons," he told reporters in Amman.'
)
DEC = (
    "In December, troops fought armed groups for more than 14 hours, killing a number of them and seizing large "
    "quantities of captagon pills, rockets and explosives"
)
HEZ = "The army has accused Hezbollah and pro-Iran militias operating in southern Syria of organising the smuggling"
DENY = "Tehran and Hezbollah deny any involvement."
JULY = (
    "Safadi met Assad in Damascus last July, when the two sides agreed to form a joint security committee to fight "
    "smuggling"
)
MAY = (
    "Syria also pledged, in a meeting hosted by Amman last May with the foreign ministers of Saudi Arabia, Egypt "
    "and Iraq, to crack down on drug trafficking"
)
SANC = (
    "The United States and Britain last year imposed sanctions on relatives of Assad and businessmen they accused "
    "of running the trade"
)
SAB = '"Amman has lost patience, but it still wants to keep a channel open to Assad,"'
READY = 'Damascus remained "ready for cooperation" with Jordan against smuggling'
V = [
    ("Syria", "ACCUSE", "Jordan", True, HEAD, "headline: deep regret"),
    ("Jordan", "ASSAULT", "Suwayda", True, HEAD, "air strikes"),
    ("Jordan", "THREATEN", "drug smugglers", True, HEAD, "vows to keep hitting"),
    ("Syria", "ACCUSE", "Jordan", True, FIRST, "deep regret"),
    ("Jordan", "ASSAULT", "Suwayda", True, FIRST, "at least ten civilians killed"),
    ("Jordan", "ASSAULT", "Syria", False, FIRST, "strikes on Syrian soil"),
    (
        "Syria",
        "ACCUSE",
        "Jordan",
        True,
        'The statement said there was "no justification" for military operations inside Syrian territory',
        "",
    ),
    ("Syria", "REQUEST", "Jordan", True, URGE, "avoid escalation"),
    ("Jordan", "ASSAULT", "drug smugglers", True, SRC, "warehouses and hideouts"),
    ("drug smugglers", "COOPERATE", "pro-Iran militias", False, SRC, "'linked to'"),
    (
        "Ayman Safadi",
        "THREATEN",
        "drug smugglers",
        False,
        'said on Sunday that the kingdom would "take every measure necessary" to protect its borders',
        "target implied",
    ),
    ("Ayman Safadi", "THREATEN", "drug smugglers", True, IDLE, "'gangs'"),
    ("Ayman Safadi", "ACCUSE", "pro-Iran militias", False, IDLE, "'foreign militias'"),
    (
        "Muhannad Mubaidin",
        "ACCUSE",
        "Syria",
        True,
        "Government spokesman Muhannad Mubaidin said Syrian authorities had not done enough to stop the traffickers.",
        "",
    ),
    (
        "Muhannad Mubaidin",
        "ACCUSE",
        "Syria",
        True,
        '"We have given Damascus every opportunity," he said.',
        "",
    ),
    (
        "Muhannad Mubaidin",
        "REQUEST",
        "Syria",
        False,
        '"The responsibility to control its side of the border lies with the Syrian state."',
        "implied demand",
    ),
    (
        "Jordan",
        "ASSAULT",
        "drug smugglers",
        True,
        "The Jordanian army has been locked in increasingly deadly clashes with smugglers",
        "clashes",
    ),
    (
        "drug smugglers",
        "ASSAULT",
        "Jordan",
        True,
        "The Jordanian army has been locked in increasingly deadly clashes with smugglers",
        "clashes",
    ),
    ("Jordan", "ASSAULT", "drug smugglers", True, DEC, "14-hour fight"),
    ("Jordan", "COERCE", "drug smugglers", True, DEC, "seizure"),
    (
        "drug smugglers",
        "ASSAULT",
        "Jordan",
        False,
        "One Jordanian soldier was killed in the fighting.",
        "passive",
    ),
    ("Jordan", "ACCUSE", "Hezbollah", True, HEZ, ""),
    ("Jordan", "ACCUSE", "pro-Iran militias", True, HEZ, ""),
    (
        "Abdullah II",
        "ACCUSE",
        "Iran",
        True,
        'King Abdullah II has said the trade is being run by groups "connected to Iran"',
        "",
    ),
    ("Iran", "REJECT", "Jordan", False, DENY, "denial"),
    ("Hezbollah", "REJECT", "Jordan", False, DENY, "denial"),
    (
        "Rayan Maarouf",
        "ACCUSE",
        "Syria",
        False,
        '"The real smugglers are protected by the security branches, and everybody knows it."',
        "journalist",
    ),
    (
        "Jordan",
        "CONSULT",
        "Syria",
        True,
        "Jordan was among the first Arab states to restore contacts with President Bashar al-Assad's government",
        "restored contacts",
    ),
    ("Ayman Safadi", "CONSULT", "Bashar al-Assad", True, JULY, "visit"),
    ("Jordan", "AGREE", "Syria", True, JULY, "joint security committee"),
    ("Jordan", "COOPERATE", "Syria", False, JULY, "planned committee"),
    ("Syria", "CONSULT", "Jordan", True, MAY, "Amman meeting"),
    ("Syria", "CONSULT", "Saudi Arabia", True, MAY, "Amman meeting"),
    ("Syria", "CONSULT", "Egypt", True, MAY, "Amman meeting"),
    ("Syria", "CONSULT", "Iraq", True, MAY, "Amman meeting"),
    ("Jordan", "CONSULT", "Saudi Arabia", False, MAY, "host"),
    ("Jordan", "CONSULT", "Egypt", False, MAY, "host"),
    ("Jordan", "CONSULT", "Iraq", False, MAY, "host"),
    ("Syria", "AGREE", "Jordan", False, MAY, "pledge"),
    (
        "Jordan",
        "ACCUSE",
        "Syria",
        True,
        "Jordanian officials now say the promise has not been kept.",
        "broken promise",
    ),
    ("United States", "SANCTION", "Syria", True, SANC, "sanctions on Assad relatives"),
    ("United Kingdom", "SANCTION", "Syria", True, SANC, "sanctions on Assad relatives"),
    ("United States", "ACCUSE", "Syria", False, SANC, ""),
    ("United Kingdom", "ACCUSE", "Syria", False, SANC, ""),
    (
        "United States",
        "AID",
        "Jordan",
        True,
        "Washington has provided Jordan with funding and equipment to strengthen its border surveillance",
        "border surveillance",
    ),
    ("Jordan", "CONSULT", "Bashar al-Assad", False, SAB, "analyst's view"),
    (
        "Jordan",
        "THREATEN",
        "Syria",
        False,
        '"It is sending the message that it will act alone if Damascus cannot or will not deliver."',
        "analyst's view",
    ),
    ("Syria", "AGREE", "Jordan", False, READY, "intent to cooperate"),
    ("Syria", "SUPPORT", "Jordan", False, READY, ""),
    (
        "Ayman Safadi",
        "ROLE",
        "Jordan",
        True,
        "Jordanian Foreign Minister Ayman Safadi",
        "Foreign Minister",
    ),
    (
        "Muhannad Mubaidin",
        "ROLE",
        "Jordan",
        True,
        "Government spokesman Muhannad Mubaidin",
        "government spokesman",
    ),
    ("Abdullah II", "ROLE", "Jordan", True, "King Abdullah II", "King"),
    ("Bashar al-Assad", "ROLE", "Syria", True, "President Bashar al-Assad", "President"),
    (
        "Faisal Mekdad",
        "ROLE",
        "Syria",
        True,
        "Syria's foreign ministry, which Faisal Mekdad heads",
        "Foreign Minister",
    ),
    ("Rayan Maarouf", "ROLE", "Suwayda 24", True, "Rayan Maarouf, editor of Suwayda 24", "editor"),
    (
        "Rami Abdel Rahman",
        "ROLE",
        "Syrian Observatory for Human Rights",
        True,
        "Rami Abdel Rahman, head of the UK-based Syrian Observatory for Human Rights",
        "head",
    ),
]
