"""Gold tables for saudi_houthi_sanaa_talks.txt."""

SA, YE, OM, US, UN = "Q851", "Q805", "Q842", "Q30", "Q1065"
E = [
    ("Saudi Arabia", "Country", SA, ["Saudi", "Riyadh", "Saudi Arabia's"], SA),
    (
        "Yemen",
        "Country",
        YE,
        [
            "Yemeni",
            "the internationally recognised government",
            "The Saudi-backed Presidential Leadership Council",
            "Presidential Leadership Council",
        ],
        YE,
    ),
    (
        "Houthi movement",
        "Organization",
        None,
        [
            "Houthis",
            "Houthi",
            "the Iran-aligned Houthi movement",
            "the Houthis' Supreme Political Council",
            "the group",
        ],
        None,
    ),
    ("Saudi-led coalition", "Organization", None, ["a military coalition", "The coalition"], SA),
    ("Oman", "Country", OM, ["Omani", "a delegation from Oman"], OM),
    (
        "Mohammed Al Jaber",
        "Person",
        None,
        ["Al Jaber", "Ambassador Mohammed Al Jaber", "Saudi Arabia's ambassador to Yemen"],
        SA,
    ),
    ("Mahdi al-Mashat", "Person", None, ["Mashat"], None),
    ("Mohammed Abdulsalam", "Person", None, [], None),
    ("Saba", "Organization", None, ["Houthi-run Saba news agency"], None),
    ("International Committee of the Red Cross", "Organization", None, ["ICRC"], None),
    ("Switzerland", "Country", "Q39", [], "Q39"),
    ("United Nations", "IGO", UN, ["U.N.", "the United Nations"], None),
    ("Iran", "Country", "Q794", ["Tehran"], "Q794"),
    ("Rashad al-Alimi", "Person", None, [], YE),
    ("Southern Transitional Council", "Organization", None, ["STC"], None),
    ("Hans Grundberg", "Person", None, ["U.N. Special Envoy Hans Grundberg"], UN),
    (
        "United States",
        "Country",
        US,
        ["U.S.", "Washington", "the United States", "U.S. State Department"],
        US,
    ),
    ("Tim Lenderking", "Person", None, ["U.S. envoy Tim Lenderking"], US),
    ("Mohammed Ali al-Houthi", "Person", None, [], None),
    ("Reuters", "Organization", None, [], None),
    ("Sanaa", "Location", None, [], None),
    ("Aden", "Location", None, [], None),
]

HEAD = "Saudi, Omani envoys hold talks with Houthis in Sanaa on ending Yemen war"
TALKS = (
    "Saudi Arabia's ambassador to Yemen held talks with leaders of the Iran-aligned Houthi movement "
    "in Sanaa on Monday"
)
OMAN = "accompanied by a delegation from Oman, which has mediated between the two sides"
MET = "met Mahdi al-Mashat, head of the Houthis' Supreme Political Council"
HOLD = (
    'He said the Houthis would hold Riyadh responsible if it failed to meet "the legitimate demands '
    'of the Yemeni people"'
)
THANK = "the group had thanked Oman for its efforts"
MUST = 'any agreement must include "an end to aggression and the lifting of the siege."'
SWAP = "the release of nearly 900 detainees agreed by the warring parties in Switzerland last month"
FREED = "Saudi Arabia on Saturday freed 13 Houthi prisoners"
EXCH = "in exchange for a Saudi prisoner released earlier by the group"
INTERV = "The coalition intervened in March 2015 after the Houthis ousted the internationally recognised government"
ATT = "cross-border Houthi missile and drone attacks on Saudi cities have stopped"
BEIJING = "a deal struck by Saudi Arabia and Iran in Beijing last month to restore diplomatic relations"
ARMED = (
    "Tehran, which has armed the Houthis according to Western and U.N. experts, could now encourage the group"
)
BRIEF = "Riyadh had briefed its chairman, Rashad al-Alimi, beforehand"
GRUND = "U.N. Special Envoy Hans Grundberg welcomed the contacts"
USSUP = "Washington supported the Saudi and Omani efforts"
LEND = "U.S. envoy Tim Lenderking had recently travelled to the Gulf to back the push"
ACC = "The Houthis, however, accuse the United States of prolonging the war by supporting the coalition"
V = [
    ("Saudi Arabia", "CONSULT", "Houthi movement", True, HEAD, "talks in Sanaa"),
    ("Oman", "CONSULT", "Houthi movement", True, HEAD, "talks in Sanaa"),
    ("Mohammed Al Jaber", "CONSULT", "Houthi movement", True, TALKS, "first Saudi visit since 2015"),
    (
        "Saudi Arabia",
        "MEMBER_OF",
        "Saudi-led coalition",
        True,
        "since Riyadh led a military coalition into the war in 2015",
        "leads it",
    ),
    (
        "Saudi Arabia",
        "MOBILIZE",
        "Houthi movement",
        False,
        "since Riyadh led a military coalition into the war in 2015",
        "2015 intervention, background",
    ),
    ("Oman", "CONSULT", "Houthi movement", True, OMAN, "mediation, delegation"),
    ("Oman", "CONSULT", "Saudi Arabia", True, OMAN, "mediation"),
    ("Mohammed Al Jaber", "CONSULT", "Mahdi al-Mashat", True, MET, "meeting"),
    (
        "Mohammed Al Jaber",
        "CONSULT",
        "Mahdi al-Mashat",
        True,
        "Pictures showed the two men shaking hands at the presidential palace",
        "",
    ),
    (
        "Mahdi al-Mashat",
        "AGREE",
        "Saudi Arabia",
        False,
        "We want peace that preserves the dignity of Yemenis, and we are ready to reach it",
        "willingness",
    ),
    ("Mahdi al-Mashat", "THREATEN", "Saudi Arabia", True, HOLD, "conditional warning"),
    ("Mahdi al-Mashat", "REQUEST", "Saudi Arabia", False, HOLD, "demands"),
    ("Houthi movement", "SUPPORT", "Oman", True, THANK, "thanks"),
    ("Mohammed Abdulsalam", "SUPPORT", "Oman", False, THANK, "he reported the thanks"),
    ("Mohammed Abdulsalam", "REQUEST", "Saudi Arabia", False, MUST, "target implicit"),
    ("Mohammed Abdulsalam", "ACCUSE", "Saudi Arabia", False, MUST, "'aggression', 'siege' implicit"),
    (
        "Mohammed Al Jaber",
        "SUPPORT",
        "Houthi movement",
        False,
        "to stabilise the truce and the ceasefire, support the prisoner exchange process",
        "stated purpose",
    ),
    ("Houthi movement", "AGREE", "Yemen", False, SWAP, "'warring parties' not named"),
    ("Houthi movement", "AGREE", "Saudi Arabia", False, SWAP, "'warring parties' not named"),
    ("Houthi movement", "RETREAT", "Yemen", False, SWAP, "future release"),
    ("Saudi Arabia", "RETREAT", "Houthi movement", True, FREED, "13 prisoners freed"),
    (
        "Saudi Arabia",
        "SUPPORT",
        "Houthi movement",
        False,
        "As a goodwill gesture, Saudi Arabia on Saturday freed 13 Houthi prisoners",
        "goodwill gesture",
    ),
    (
        "International Committee of the Red Cross",
        "AID",
        "Houthi movement",
        False,
        "who were flown to Sanaa on an ICRC plane",
        "transport",
    ),
    ("Houthi movement", "RETREAT", "Saudi Arabia", True, EXCH, "one Saudi prisoner released"),
    ("Saudi Arabia", "AGREE", "Houthi movement", False, EXCH, "exchange"),
    (
        "Saudi-led coalition",
        "ASSAULT",
        "Houthi movement",
        False,
        INTERV,
        "military intervention; could be MOBILIZE",
    ),
    ("Houthi movement", "COERCE", "Yemen", True, INTERV, "ousted the government from Sanaa"),
    ("Houthi movement", "ASSAULT", "Yemen", False, INTERV, ""),
    ("Houthi movement", "ASSAULT", "Saudi Arabia", False, ATT, "past attacks in a noun phrase"),
    ("Houthi movement", "RETREAT", "Saudi Arabia", False, ATT, "attacks stopped"),
    ("Saudi Arabia", "AGREE", "Iran", True, BEIJING, "restore relations"),
    ("Houthi movement", "ALLY", "Iran", False, "the Iran-aligned Houthi movement", "noun phrase alignment"),
    ("Iran", "AID", "Houthi movement", False, ARMED, "alleged by experts, denied"),
    ("United Nations", "ACCUSE", "Iran", False, ARMED, "experts' finding"),
    ("Iran", "REQUEST", "Houthi movement", False, ARMED, "hypothetical"),
    ("Iran", "REJECT", "United Nations", False, "Iran denies arming them", "denial"),
    (
        "Saudi Arabia",
        "REQUEST",
        "Houthi movement",
        False,
        "wants security guarantees along its southern border",
        "diplomats' account",
    ),
    (
        "Saudi Arabia",
        "SUPPORT",
        "Yemen",
        False,
        "The Saudi-backed Presidential Leadership Council",
        "noun phrase",
    ),
    ("Saudi Arabia", "CONSULT", "Rashad al-Alimi", True, BRIEF, "briefing"),
    ("Yemen", "REQUEST", "Saudi Arabia", False, "any deal would have to be put to the council", ""),
    (
        "Southern Transitional Council",
        "REJECT",
        "Houthi movement",
        False,
        "Nobody can sign away the south from a palace in Sanaa",
        "anonymous official, target implicit",
    ),
    ("Hans Grundberg", "SUPPORT", "Saudi Arabia", True, GRUND, "welcomed contacts"),
    ("Hans Grundberg", "SUPPORT", "Houthi movement", True, GRUND, "welcomed contacts"),
    (
        "United Nations",
        "SUPPORT",
        "Yemen",
        False,
        "the United Nations stood ready to support a Yemeni-led political process",
        "offer",
    ),
    ("United States", "SUPPORT", "Saudi Arabia", True, USSUP, ""),
    ("United States", "SUPPORT", "Oman", True, USSUP, ""),
    ("Tim Lenderking", "CONSULT", "Saudi Arabia", False, LEND, "'the Gulf' unspecified"),
    ("Tim Lenderking", "CONSULT", "Oman", False, LEND, "'the Gulf' unspecified"),
    ("Houthi movement", "ACCUSE", "United States", True, ACC, ""),
    ("United States", "SUPPORT", "Saudi-led coalition", False, ACC, "alleged by the Houthis"),
    (
        "Mohammed Ali al-Houthi",
        "REJECT",
        "United States",
        True,
        'Washington "has no place at the table"',
        "rejects US role",
    ),
    (
        "Saudi Arabia",
        "CONSULT",
        "Houthi movement",
        False,
        "a second round of talks could follow after the Eid al-Fitr holiday",
        "possible future talks",
    ),
    (
        "Mohammed Al Jaber",
        "ROLE",
        "Saudi Arabia",
        True,
        "Saudi Arabia's ambassador to Yemen",
        "ambassador to Yemen",
    ),
    ("Mahdi al-Mashat", "ROLE", "Houthi movement", True, MET, "head of the Supreme Political Council"),
    (
        "Mohammed Abdulsalam",
        "ROLE",
        "Houthi movement",
        True,
        "Mohammed Abdulsalam, the Houthis' chief negotiator",
        "chief negotiator",
    ),
    (
        "Rashad al-Alimi",
        "ROLE",
        "Yemen",
        True,
        "its chairman, Rashad al-Alimi",
        "chairman of the Presidential Leadership Council",
    ),
    ("Hans Grundberg", "ROLE", "United Nations", True, "U.N. Special Envoy Hans Grundberg", "Special Envoy"),
    ("Tim Lenderking", "ROLE", "United States", True, "U.S. envoy Tim Lenderking", "envoy"),
    (
        "Mohammed Ali al-Houthi",
        "ROLE",
        "Houthi movement",
        True,
        "Mohammed Ali al-Houthi, a senior member of the group's political council",
        "senior political council member",
    ),
]
