"""Gold tables for oman_us_iran_muscat_talks.txt."""

IR, US, OM = "Q794", "Q30", "Q842"
E = [
    (
        "Iran",
        "Country",
        IR,
        [
            "the Islamic Republic of Iran",
            "the Islamic Republic",
            "Tehran",
            "Iranian",
            "The Iranian delegation",
            "The Iranian Foreign Ministry",
            "the Iranian nation",
        ],
        IR,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "the United States",
            "Washington",
            "US",
            "the American delegation",
            "The White House",
            "the US Treasury Department",
        ],
        US,
    ),
    ("Oman", "Country", OM, ["the Sultanate of Oman", "Omani"], OM),
    (
        "Seyed Abbas Araghchi",
        "Person",
        None,
        ["Araghchi", "Foreign Minister Seyed Abbas Araghchi", "the Iranian top diplomat"],
        IR,
    ),
    ("Steve Witkoff", "Person", None, ["Witkoff"], US),
    (
        "Badr Albusaidi",
        "Person",
        None,
        ["Albusaidi", "Omani Foreign Minister Badr Albusaidi", "the Omani foreign minister"],
        OM,
    ),
    ("Esmaeil Baqaei", "Person", None, ["Baqaei", "Foreign Ministry spokesman Esmaeil Baqaei"], IR),
    ("Haitham bin Tariq", "Person", None, ["Sultan Haitham bin Tariq"], OM),
    ("Masoud Pezeshkian", "Person", None, ["President Masoud Pezeshkian"], IR),
    ("Donald Trump", "Person", "Q22686", ["Trump", "President Donald Trump"], US),
    (
        "Ali Khamenei",
        "Person",
        None,
        ["Ayatollah Seyed Ali Khamenei", "the Leader of the Islamic Revolution", "The Leader"],
        IR,
    ),
    ("Anwar Gargash", "Person", None, [], "Q878"),
    ("United Arab Emirates", "Country", "Q878", ["the United Arab Emirates"], "Q878"),
    ("Israel", "Country", "Q801", ["The Zionist regime"], "Q801"),
    ("Benjamin Netanyahu", "Person", None, ["Prime Minister Benjamin Netanyahu"], "Q801"),
    ("Saudi Arabia", "Country", "Q851", [], "Q851"),
    ("Qatar", "Country", "Q846", [], "Q846"),
    ("Egypt", "Country", "Q79", [], "Q79"),
    ("Gulf Cooperation Council", "IGO", None, ["Persian Gulf Cooperation Council"], None),
    ("Jasem Albudaiwi", "Person", None, [], "Gulf Cooperation Council"),
    ("Russia", "Country", "Q159", [], "Q159"),
    ("China", "Country", "Q148", [], "Q148"),
    ("JCPOA", "Event", None, ["the 2015 nuclear deal known as the JCPOA"], None),
    ("Rafael Grossi", "Person", None, [], "International Atomic Energy Agency"),
    ("International Atomic Energy Agency", "IGO", None, ["IAEA"], None),
    ("Foad Izadi", "Person", None, [], None),
    ("University of Tehran", "Organization", None, ["the University of Tehran"], None),
    ("IRNA", "Organization", None, [], None),
    ("Muscat", "Location", None, ["the Omani capital"], None),
]

TALKS = (
    "the indirect negotiations between the Islamic Republic of Iran and the United States, held in the Omani "
    "capital through the mediation of the Sultanate of Oman"
)
AGREED = "both sides had agreed to continue the talks next week"
DELEG = (
    "sat in separate rooms and exchanged their governments' positions in writing through Omani Foreign Minister "
    "Badr Albusaidi"
)
HEADS = (
    "the heads of the two delegations spoke to each other for a few minutes in the presence of the Omani foreign "
    "minister"
)
TOPICS = "the lifting of the oppressive sanctions imposed on the Iranian nation"
NOTNEG = "Iran's defence capabilities and regional policy were not open to negotiation"
MET = (
    "Araghchi also met Sultan Haitham bin Tariq before the negotiations and conveyed the greetings of President "
    "Masoud Pezeshkian"
)
TREAS = (
    "the US Treasury Department on Thursday imposed new sanctions on companies and tankers it accused of shipping "
    "Iranian oil"
)
TRUMP = 'Trump said last week that Iran would be in "great danger" if the talks failed and warned of military action'
LETTER = "Trump sent a letter to the Leader of the Islamic Revolution, Ayatollah Seyed Ali Khamenei, via Anwar Gargash"
REPLY = (
    "Tehran replied through Oman, rejecting direct talks under pressure but leaving the door open to indirect "
    "negotiations"
)
ZION = (
    "The Zionist regime, which has opposed any agreement, called again this week for a complete dismantling of "
    "Iran's peaceful nuclear programme."
)
WELC = "Saudi Arabia, Qatar and Egypt welcomed the talks"
BACK = "Russia and China, both parties to the 2015 nuclear deal known as the JCPOA, have backed the Iranian position."
BEIJ = "Senior diplomats of the three countries met in Beijing last month"
UNLAW = 'called for an end to "unlawful unilateral sanctions"'
V = [
    ("Iran", "CONSULT", "United States", True, TALKS, "indirect talks"),
    ("Oman", "CONSULT", "Iran", True, TALKS, "mediation"),
    ("Oman", "CONSULT", "United States", True, TALKS, "mediation"),
    ("Iran", "AGREE", "United States", True, AGREED, "next round"),
    ("Seyed Abbas Araghchi", "CONSULT", "Steve Witkoff", True, DELEG, "indirect exchange"),
    ("Seyed Abbas Araghchi", "CONSULT", "Badr Albusaidi", True, DELEG, "through the mediator"),
    ("Steve Witkoff", "CONSULT", "Badr Albusaidi", True, DELEG, "through the mediator"),
    ("Seyed Abbas Araghchi", "CONSULT", "Steve Witkoff", True, HEADS, "brief direct exchange"),
    (
        "Seyed Abbas Araghchi",
        "REQUEST",
        "United States",
        False,
        '"If the other side enters with equal footing and goodwill, it is possible to reach an initial understanding."',
        "conditional; target 'the other side'",
    ),
    ("United States", "SANCTION", "Iran", False, TOPICS, "passive, agent implied"),
    ("Seyed Abbas Araghchi", "REQUEST", "United States", False, TOPICS, "lifting of sanctions as topic"),
    ("Seyed Abbas Araghchi", "REJECT", "United States", False, NOTNEG, "refusal, target implied"),
    (
        "Esmaeil Baqaei",
        "SUPPORT",
        "Oman",
        True,
        "Foreign Ministry spokesman Esmaeil Baqaei thanked the Sultanate of Oman for hosting the talks",
        "thanks",
    ),
    ("Seyed Abbas Araghchi", "CONSULT", "Haitham bin Tariq", True, MET, "meeting"),
    ("Masoud Pezeshkian", "SUPPORT", "Haitham bin Tariq", False, MET, "greetings conveyed"),
    ("Iran", "AGREE", "United States", True, "the two parties had agreed to meet again", "Omani statement"),
    (
        "Badr Albusaidi",
        "SUPPORT",
        "Iran",
        True,
        'The Omani foreign minister thanked both delegations for their "positive spirit".',
        "both delegations",
    ),
    (
        "Badr Albusaidi",
        "SUPPORT",
        "United States",
        True,
        'The Omani foreign minister thanked both delegations for their "positive spirit".',
        "both delegations",
    ),
    (
        "United States",
        "THREATEN",
        "Iran",
        True,
        "officials in Washington have repeatedly threatened the Islamic Republic",
        "",
    ),
    ("Donald Trump", "THREATEN", "Iran", True, TRUMP, "military action"),
    ("United States", "SANCTION", "Iran", True, TREAS, "oil shipping sanctions"),
    ("United States", "ACCUSE", "Iran", False, TREAS, "implied"),
    (
        "Iran",
        "ACCUSE",
        "United States",
        True,
        'The Iranian Foreign Ministry condemned the new measures as "a clear sign of Washington\'s hostility"',
        "",
    ),
    ("Donald Trump", "CONSULT", "Ali Khamenei", True, LETTER, "letter"),
    ("Anwar Gargash", "CONSULT", "Iran", False, LETTER, "letter carrier"),
    ("Iran", "CONSULT", "United States", True, REPLY, "reply"),
    ("Iran", "CONSULT", "Oman", False, REPLY, "channel"),
    ("Iran", "REJECT", "United States", True, REPLY, "no direct talks under pressure"),
    (
        "Ali Khamenei",
        "THREATEN",
        "United States",
        False,
        'The Leader has repeatedly warned that any aggression against Iran would be met with a "firm and decisive response".',
        "target implied",
    ),
    ("Israel", "REQUEST", "Iran", False, ZION, "dismantling demand, addressee unclear"),
    ("Israel", "REQUEST", "United States", False, ZION, "dismantling demand, addressee unclear"),
    ("Israel", "REJECT", "Iran", False, ZION, "opposes any agreement"),
    (
        "Benjamin Netanyahu",
        "CONSULT",
        "Donald Trump",
        True,
        "who was received by Trump at the White House on Monday",
        "visit",
    ),
    ("Benjamin Netanyahu", "REQUEST", "Iran", False, 'demanded a "Libya-style" deal', "addressee unclear"),
    (
        "Esmaeil Baqaei",
        "REJECT",
        "Benjamin Netanyahu",
        False,
        'Baqaei dismissed the demand as "a delusion".',
        "dismissal",
    ),
    ("Saudi Arabia", "SUPPORT", "Iran", False, WELC, "welcomed talks"),
    ("Saudi Arabia", "SUPPORT", "United States", False, WELC, "welcomed talks"),
    ("Qatar", "SUPPORT", "Iran", False, WELC, "welcomed talks"),
    ("Qatar", "SUPPORT", "United States", False, WELC, "welcomed talks"),
    ("Egypt", "SUPPORT", "Iran", False, WELC, "welcomed talks"),
    ("Egypt", "SUPPORT", "United States", False, WELC, "welcomed talks"),
    (
        "Jasem Albudaiwi",
        "SUPPORT",
        "Oman",
        True,
        "Jasem Albudaiwi, praised the Omani mediation",
        "praise",
    ),
    ("Russia", "SUPPORT", "Iran", True, BACK, ""),
    ("China", "SUPPORT", "Iran", True, BACK, ""),
    ("Russia", "CONSULT", "China", True, BEIJ, "trilateral meeting"),
    ("Russia", "CONSULT", "Iran", True, BEIJ, "trilateral meeting"),
    ("China", "CONSULT", "Iran", True, BEIJ, "trilateral meeting"),
    ("Russia", "REQUEST", "United States", False, UNLAW, "target implied"),
    ("China", "REQUEST", "United States", False, UNLAW, "target implied"),
    ("Iran", "REQUEST", "United States", False, UNLAW, "target implied"),
    (
        "United States",
        "SANCTION",
        "Iran",
        True,
        "The United States withdrew from the JCPOA in 2018 during Trump's first term and reimposed sanctions on Iran",
        "2018",
    ),
    (
        "Rafael Grossi",
        "CONSULT",
        "Iran",
        False,
        "is expected to travel to Tehran next week for talks with Iranian officials",
        "expected visit",
    ),
    (
        "Seyed Abbas Araghchi",
        "ROLE",
        "Iran",
        True,
        "Foreign Minister Seyed Abbas Araghchi",
        "Foreign Minister",
    ),
    (
        "Steve Witkoff",
        "ROLE",
        "United States",
        True,
        "Steve Witkoff, the US president's special envoy for the Middle East",
        "special envoy for the Middle East",
    ),
    ("Badr Albusaidi", "ROLE", "Oman", True, "Omani Foreign Minister Badr Albusaidi", "Foreign Minister"),
    ("Esmaeil Baqaei", "ROLE", "Iran", True, "Foreign Ministry spokesman Esmaeil Baqaei", "spokesman"),
    ("Haitham bin Tariq", "ROLE", "Oman", True, "Sultan Haitham bin Tariq", "Sultan"),
    ("Masoud Pezeshkian", "ROLE", "Iran", True, "President Masoud Pezeshkian", "President"),
    ("Donald Trump", "ROLE", "United States", True, "President Donald Trump", "President"),
    (
        "Ali Khamenei",
        "ROLE",
        "Iran",
        True,
        "the Leader of the Islamic Revolution, Ayatollah Seyed Ali Khamenei",
        "Leader of the Islamic Revolution",
    ),
    (
        "Anwar Gargash",
        "ROLE",
        "United Arab Emirates",
        True,
        "Anwar Gargash, diplomatic adviser to the president of the United Arab Emirates",
        "diplomatic adviser to the president",
    ),
    ("Benjamin Netanyahu", "ROLE", "Israel", True, "Prime Minister Benjamin Netanyahu", "Prime Minister"),
    (
        "Jasem Albudaiwi",
        "ROLE",
        "Gulf Cooperation Council",
        True,
        "The Secretary General of the Persian Gulf Cooperation Council, Jasem Albudaiwi",
        "Secretary General",
    ),
    (
        "Rafael Grossi",
        "ROLE",
        "International Atomic Energy Agency",
        True,
        "Rafael Grossi, director general of the International Atomic Energy Agency (IAEA)",
        "Director General",
    ),
    (
        "Foad Izadi",
        "ROLE",
        "University of Tehran",
        True,
        "Foad Izadi, a professor at the University of Tehran",
        "professor",
    ),
]
