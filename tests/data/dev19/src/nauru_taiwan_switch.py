"""Gold tables for nauru_taiwan_switch.txt."""

TW, NR, CN, US = "Q865", "Q697", "Q148", "Q30"
E = [
    (
        "Taiwan",
        "Country",
        TW,
        ["Taipei", "the Ministry of Foreign Affairs", "MOFA", "the Republic of China (Taiwan)", "Taiwanese"],
        TW,
    ),
    ("Nauru", "Country", NR, ["the Government of Nauru", "the Nauru government", "Nauruan"], NR),
    (
        "China",
        "Country",
        CN,
        ["Beijing", "the People's Republic of China", "the PRC", "Chinese", "Taiwan Affairs Office"],
        CN,
    ),
    ("Tien Chung-kwang", "Person", None, ["Tien", "Deputy Foreign Minister Tien Chung-kwang"], TW),
    ("David Adeang", "Person", None, ["Nauru President David Adeang"], NR),
    ("Wang Wenbin", "Person", None, ["Chinese Foreign Ministry spokesperson Wang Wenbin"], CN),
    ("Lai Ching-te", "Person", None, ["Lai", "Vice President Lai Ching-te"], TW),
    ("Democratic Progressive Party", "Organization", None, ["DPP"], None),
    ("Joseph Wu", "Person", None, ["Foreign Minister Joseph Wu", "Wu"], TW),
    ("Tsai Ing-wen", "Person", None, ["Tsai", "President Tsai Ing-wen"], TW),
    ("Honduras", "Country", "Q783", [], "Q783"),
    (
        "United States",
        "Country",
        US,
        ["U.S.", "the United States", "Washington", "the Biden administration", "U.S. State Department"],
        US,
    ),
    ("Stephen Hadley", "Person", None, ["former National Security Advisor Stephen Hadley"], US),
    ("James Steinberg", "Person", None, ["former Deputy Secretary of State James Steinberg"], US),
    ("Australia", "Country", "Q408", ["Australian"], "Q408"),
    ("Palau", "Country", "Q695", [], "Q695"),
    ("Marshall Islands", "Country", "Q709", ["the Marshall Islands"], "Q709"),
    ("Tuvalu", "Country", "Q672", [], "Q672"),
    ("Pacific Islands Forum", "IGO", None, ["PIF"], None),
    ("Surangel Whipps Jr.", "Person", None, ["Palau President Surangel Whipps Jr."], "Q695"),
    ("Huang Chia-ling", "Person", None, [], None),
    ("Peter Chen", "Person", None, [], None),
]

LEAD = "Taiwan on Monday ended diplomatic relations with Nauru"
BREAK = (
    "hours after the Pacific island nation announced it would break with Taipei and recognize the People's "
    "Republic of China"
)
TERM = 'the government had decided to terminate relations with Nauru "with immediate effect"'
CLOSE = "Taiwan will close its embassy in Nauru and withdraw its diplomats and technical mission staff"
ASKCLOSE = "has asked Nauru to close its embassy in Taipei"
MONEY = "Nauru had in recent months asked Taiwan for a large sum of economic assistance"
APPROACH = "Beijing had approached Nauruan politicians with offers of aid"
RETAL = (
    '"The timing of this move by China is an obvious act of retaliation against our democratic elections and '
    'a direct challenge to the international order," Tien said.'
)
DOLLAR = 'He said Taiwan "strongly condemns" Beijing\'s use of "dollar diplomacy" to lure away its partners.'
NOREC = (
    'would "no longer recognize the Republic of China (Taiwan) as a separate country but rather as an '
    "inalienable part of China's territory\""
)
WELCOME = (
    'Chinese Foreign Ministry spokesperson Wang Wenbin said China "appreciates and welcomes" the decision of '
    "the Nauru government"
)
HOND = "The most recent was Honduras, which switched recognition to Beijing in March 2023."
HIST = (
    "first established ties with Taipei in 1980, switched to Beijing in 2002 and returned to Taiwan in 2005"
)
PROMISE = (
    'warned that the PRC "often makes promises in exchange for diplomatic recognition that ultimately remain '
    'unfulfilled."'
)
DELEG = (
    "Tsai met on Monday in Taipei with a delegation of former senior U.S. officials, including former National "
    "Security Advisor Stephen Hadley and former Deputy Secretary of State James Steinberg"
)
THANK = 'Tsai thanked Washington for its "rock-solid support"'
ALLIES = (
    "Taiwan's three remaining allies in the Pacific -- Palau, the Marshall Islands and Tuvalu -- are all members "
    "of the Pacific Islands Forum (PIF)."
)
WHIPPS = (
    'Palau President Surangel Whipps Jr. said in a statement that his country "stands firmly with Taiwan" and '
    'accused Beijing of trying to pick off Taiwan\'s friends "one by one."'
)
V = [
    ("Taiwan", "SANCTION", "Nauru", True, LEAD, "ties cut"),
    ("Nauru", "SANCTION", "Taiwan", True, BREAK, "ties cut"),
    ("Nauru", "SUPPORT", "China", True, BREAK, "diplomatic recognition"),
    ("Taiwan", "SANCTION", "Nauru", True, TERM, ""),
    ("Tien Chung-kwang", "SANCTION", "Nauru", False, TERM, "announcer"),
    ("Taiwan", "SANCTION", "Nauru", True, CLOSE, "embassy closed, diplomats withdrawn"),
    ("Taiwan", "RETREAT", "Nauru", False, CLOSE, "withdraw staff"),
    ("Taiwan", "REQUEST", "Nauru", True, ASKCLOSE, "close embassy in Taipei"),
    ("Taiwan", "SANCTION", "Nauru", False, ASKCLOSE, "expulsion of mission"),
    ("Nauru", "REQUEST", "Taiwan", True, MONEY, "according to Tien"),
    ("Taiwan", "REJECT", "Nauru", False, "that Taipei judged it could not provide", "implicit refusal"),
    ("China", "AID", "Nauru", False, APPROACH, "offer of aid, alleged"),
    ("China", "CONSULT", "Nauru", False, APPROACH, "approached politicians"),
    ("Tien Chung-kwang", "ACCUSE", "China", True, RETAL, ""),
    ("Taiwan", "ACCUSE", "China", True, DOLLAR, "condemns dollar diplomacy"),
    ("Tien Chung-kwang", "ACCUSE", "China", False, DOLLAR, "speaker"),
    ("Nauru", "SANCTION", "Taiwan", True, NOREC, "statement"),
    ("Nauru", "SANCTION", "Taiwan", True, "sever 'diplomatic relations' with Taiwan as of this day", ""),
    (
        "Nauru",
        "AGREE",
        "China",
        False,
        "Nauru would seek to resume full diplomatic relations with Beijing",
        "intent",
    ),
    ("Wang Wenbin", "SUPPORT", "Nauru", True, WELCOME, "welcomes decision"),
    ("China", "SUPPORT", "Nauru", False, WELCOME, "China as grammatical subject"),
    (
        "China",
        "AGREE",
        "Nauru",
        False,
        'China was ready to open "a new chapter" in bilateral relations with Nauru',
        "intent",
    ),
    (
        "China",
        "ACCUSE",
        "Democratic Progressive Party",
        True,
        'the DPP "cannot represent the mainstream public opinion"',
        "Taiwan Affairs Office",
    ),
    ("China", "ACCUSE", "Lai Ching-te", True, 'has repeatedly described Lai as a "separatist."', ""),
    ("Joseph Wu", "ACCUSE", "China", True, 'China had chosen to "punish" Taiwanese voters', ""),
    ("Joseph Wu", "REJECT", "China", False, "Taiwan would not be intimidated", "defiance"),
    ("Nauru", "ALLY", "Taiwan", False, "Nauru is the 10th diplomatic ally Taiwan has lost", "former ally"),
    ("Honduras", "SANCTION", "Taiwan", True, HOND, "switched recognition"),
    ("Honduras", "SUPPORT", "China", True, HOND, "recognition"),
    ("Nauru", "AGREE", "Taiwan", False, HIST, "ties established 1980 / restored 2005"),
    ("Nauru", "SANCTION", "Taiwan", False, HIST, "2002 switch"),
    ("United States", "ACCUSE", "Nauru", False, '"nonetheless an unfortunate one,"', "mild disapproval"),
    ("United States", "ACCUSE", "China", True, PROMISE, ""),
    (
        "United States",
        "SUPPORT",
        "Taiwan",
        False,
        "The spokesperson urged all countries to expand engagement with Taiwan.",
        "urging third parties",
    ),
    ("Tsai Ing-wen", "CONSULT", "Stephen Hadley", True, DELEG, "meeting"),
    ("Tsai Ing-wen", "CONSULT", "James Steinberg", True, DELEG, "meeting"),
    (
        "United States",
        "CONSULT",
        "Taiwan",
        False,
        "who were sent by the Biden administration after the election",
        "delegation",
    ),
    ("Tsai Ing-wen", "SUPPORT", "United States", True, THANK, "thanks"),
    ("United States", "SUPPORT", "Taiwan", False, THANK, "support as thanked"),
    (
        "Taiwan",
        "AGREE",
        "United States",
        False,
        "Taiwan would keep deepening cooperation with the United States",
        "intent",
    ),
    (
        "Australia",
        "AID",
        "Nauru",
        True,
        "Nauru depends heavily on Australia, its largest aid donor",
        "largest donor",
    ),
    (
        "Australia",
        "COOPERATE",
        "Nauru",
        False,
        "which also funds an offshore processing center for asylum seekers on the island",
        "processing centre",
    ),
    ("Palau", "ALLY", "Taiwan", True, ALLIES, "diplomatic ally"),
    ("Marshall Islands", "ALLY", "Taiwan", True, ALLIES, "diplomatic ally"),
    ("Tuvalu", "ALLY", "Taiwan", True, ALLIES, "diplomatic ally"),
    ("Palau", "MEMBER_OF", "Pacific Islands Forum", True, ALLIES, ""),
    ("Marshall Islands", "MEMBER_OF", "Pacific Islands Forum", True, ALLIES, ""),
    ("Tuvalu", "MEMBER_OF", "Pacific Islands Forum", True, ALLIES, ""),
    ("Surangel Whipps Jr.", "SUPPORT", "Taiwan", True, WHIPPS, ""),
    ("Surangel Whipps Jr.", "ACCUSE", "China", True, WHIPPS, ""),
    ("Palau", "ALLY", "Taiwan", False, WHIPPS, "stands firmly with"),
    (
        "Tien Chung-kwang",
        "ROLE",
        "Taiwan",
        True,
        "Deputy Foreign Minister Tien Chung-kwang",
        "Deputy Foreign Minister",
    ),
    ("David Adeang", "ROLE", "Nauru", True, "Nauru President David Adeang", "President"),
    (
        "Wang Wenbin",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesperson Wang Wenbin",
        "Foreign Ministry spokesperson",
    ),
    ("Lai Ching-te", "ROLE", "Taiwan", True, "Vice President Lai Ching-te", "Vice President"),
    (
        "Lai Ching-te",
        "ROLE",
        "Democratic Progressive Party",
        False,
        "Lai Ching-te (賴清德) of the ruling Democratic Progressive Party",
        "party candidate",
    ),
    ("Joseph Wu", "ROLE", "Taiwan", True, "Foreign Minister Joseph Wu", "Foreign Minister"),
    ("Tsai Ing-wen", "ROLE", "Taiwan", True, "President Tsai Ing-wen", "President"),
    (
        "Stephen Hadley",
        "ROLE",
        "United States",
        False,
        "former National Security Advisor Stephen Hadley",
        "former National Security Advisor",
    ),
    (
        "James Steinberg",
        "ROLE",
        "United States",
        False,
        "former Deputy Secretary of State James Steinberg",
        "former Deputy Secretary of State",
    ),
    (
        "Surangel Whipps Jr.",
        "ROLE",
        "Palau",
        True,
        "Palau President Surangel Whipps Jr.",
        "President",
    ),
]
