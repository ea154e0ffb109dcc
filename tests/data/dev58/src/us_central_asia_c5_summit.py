"""Gold tables for us_central_asia_c5_summit.txt."""

US, KZ, UZ, KG, TJ, TM = "Q30", "Q232", "Q265", "Q813", "Q863", "Q874"
RU, CN, IL = "Q159", "Q148", "Q801"
E = [
    ("United States", "Country", US, ["Washington", "U.S.", "the White House", "Congress"], US),
    ("Kazakhstan", "Country", KZ, ["Astana", "Kazakh", "Kazakhstan's foreign ministry"], KZ),
    ("Uzbekistan", "Country", UZ, ["Uzbek"], UZ),
    ("Kyrgyzstan", "Country", KG, ["Kyrgyz"], KG),
    ("Tajikistan", "Country", TJ, ["Tajik"], TJ),
    ("Turkmenistan", "Country", TM, ["Turkmen"], TM),
    ("Russia", "Country", RU, ["Moscow", "Kremlin"], RU),
    ("China", "Country", CN, ["Beijing"], CN),
    ("Israel", "Country", IL, ["Israeli", "the Jewish state"], IL),
    ("United Arab Emirates", "Country", "Q878", ["the United Arab Emirates"], "Q878"),
    ("Bahrain", "Country", "Q398", [], "Q398"),
    ("Morocco", "Country", "Q1028", [], "Q1028"),
    ("Donald Trump", "Person", "Q22686", ["Trump", "President Donald Trump"], US),
    (
        "Kassym-Jomart Tokayev",
        "Person",
        None,
        ["Tokayev", "Kazakh President Kassym-Jomart Tokayev"],
        KZ,
    ),
    (
        "Benjamin Netanyahu",
        "Person",
        "Q43723",
        ["Netanyahu", "Israeli Prime Minister Benjamin Netanyahu"],
        IL,
    ),
    ("Steve Witkoff", "Person", None, ["U.S. special envoy Steve Witkoff"], US),
    ("Shavkat Mirziyoyev", "Person", None, ["Mirziyoyev", "Uzbek President Shavkat Mirziyoyev"], UZ),
    ("Sadyr Japarov", "Person", None, ["Kyrgyz President Sadyr Japarov"], KG),
    ("Emomali Rahmon", "Person", None, ["Tajik President Emomali Rahmon"], TJ),
    ("Serdar Berdimuhamedov", "Person", None, ["Turkmen President Serdar Berdimuhamedov"], TM),
    ("Marco Rubio", "Person", "Q324546", ["Secretary of State Marco Rubio"], US),
    ("Sergio Gor", "Person", None, ["Gor"], US),
    ("Christopher Landau", "Person", None, ["Deputy Secretary of State Christopher Landau"], US),
    ("Dmitry Peskov", "Person", None, ["Kremlin spokesman Dmitry Peskov"], RU),
    ("Vladimir Putin", "Person", "Q7747", ["President Vladimir Putin"], RU),
    ("Temur Umarov", "Person", None, [], None),
    ("Carnegie Russia Eurasia Center", "Organization", None, ["the Carnegie Russia Eurasia Center"], None),
    ("Human Rights Watch", "Organization", None, [], None),
    ("Cove Kaz Capital", "Organization", None, ["U.S.-based Cove Kaz Capital"], None),
    ("Tau-Ken Samruk", "Organization", None, ["Kazakh state miner Tau-Ken Samruk"], None),
    ("Wabtec", "Organization", None, [], None),
    ("Boeing", "Organization", None, [], None),
    (
        "Collective Security Treaty Organization",
        "IGO",
        None,
        ["the Russian-led Collective Security Treaty Organization"],
        None,
    ),
    ("Abraham Accords", "Organization", None, ["the Abraham Accords"], None),
    ("C5+1", "Event", None, ["the C5+1 diplomatic format"], None),
    ("Belt and Road Initiative", "Event", None, [], None),
    ("Daniel Hart", "Person", None, [], None),
    ("Aigerim Sadykova", "Person", None, [], None),
    ("Mark Porter", "Person", None, [], None),
    ("Miami", "Location", None, [], None),
    ("Central Asia", "Location", None, [], None),
]

JOIN = "Kazakhstan will join the Abraham Accords, President Donald Trump said on Thursday"
CALL = (
    'after what he called a "great call" with Kazakh President Kassym-Jomart Tokayev and Israeli Prime Minister '
    "Benjamin Netanyahu"
)
SIGN = (
    "unlike the United Arab Emirates, Bahrain and Morocco, which signed the accords in 2020 to normalise ties"
)
NET = "Netanyahu said in a statement that Israel warmly welcomed the decision and invited Tokayev to visit"
DINNER = (
    "brought Tokayev together with Uzbek President Shavkat Mirziyoyev, Kyrgyz President Sadyr Japarov, Tajik "
    "President Emomali Rahmon and Turkmen President Serdar Berdimuhamedov"
)
TUNG = (
    "Washington and Astana signed an agreement under which U.S.-based Cove Kaz Capital will develop tungsten "
    "deposits with Kazakh state miner Tau-Ken Samruk"
)
BUY = "Kazakhstan also agreed to buy locomotives from Wabtec and aircraft from Boeing"
UZB = (
    "Uzbekistan committed to purchase and invest more than $100 billion in U.S. sectors over the next decade"
)
JV = "Tokayev and Mirziyoyev both urged Washington to repeal the Cold War-era Jackson-Vanik amendment"
JV2 = "which still formally restricts trade with their countries"
OCT = "Gor and Deputy Secretary of State Christopher Landau visited Kazakhstan and Uzbekistan in October"
TM_ = "Turkmenistan, which is constitutionally neutral and belongs to no military bloc, was promised closer cooperation"
CSTO = "Kazakhstan, Kyrgyzstan and Tajikistan are members of the Russian-led Collective Security Treaty Organization"
PESK = 'Kremlin spokesman Dmitry Peskov told reporters in Moscow it was Astana\'s "sovereign right"'
VISIT = (
    "Tokayev is due in Moscow next week for a state visit, during which he and President Vladimir Putin are expected "
    "to sign a declaration raising ties to a comprehensive strategic partnership"
)
BRI = "Beijing has pledged billions of dollars in loans and infrastructure to the five states"
V = [
    ("Kazakhstan", "MEMBER_OF", "Abraham Accords", False, JOIN, "announced, future"),
    ("Kazakhstan", "AGREE", "Israel", False, JOIN, "accession to come; signing ceremony pending"),
    ("Kazakhstan", "AGREE", "United States", False, JOIN, "accession brokered by the US, future"),
    ("Donald Trump", "CONSULT", "Kassym-Jomart Tokayev", True, CALL, "phone call"),
    ("Donald Trump", "CONSULT", "Benjamin Netanyahu", True, CALL, "phone call"),
    ("Kassym-Jomart Tokayev", "CONSULT", "Benjamin Netanyahu", False, CALL, "three-way call, inferred"),
    (
        "Donald Trump",
        "SUPPORT",
        "Kazakhstan",
        False,
        "calling Kazakhstan the first country of his second term to join the accords",
        "praise, type debatable",
    ),
    (
        "Kazakhstan",
        "ALLY",
        "Israel",
        False,
        "Kazakhstan has maintained full diplomatic relations with Israel since 1992",
        "diplomatic ties, not an alliance",
    ),
    ("United Arab Emirates", "AGREE", "Israel", True, SIGN, "Abraham Accords 2020"),
    ("Bahrain", "AGREE", "Israel", True, SIGN, "Abraham Accords 2020"),
    ("Morocco", "AGREE", "Israel", True, SIGN, "Abraham Accords 2020"),
    ("United Arab Emirates", "MEMBER_OF", "Abraham Accords", False, SIGN, "accords typed as Organization"),
    ("Bahrain", "MEMBER_OF", "Abraham Accords", False, SIGN, ""),
    ("Morocco", "MEMBER_OF", "Abraham Accords", False, SIGN, ""),
    ("Benjamin Netanyahu", "SUPPORT", "Kazakhstan", True, NET, "welcome"),
    ("Benjamin Netanyahu", "CONSULT", "Kassym-Jomart Tokayev", False, NET, "invitation, future visit"),
    ("Donald Trump", "CONSULT", "Kassym-Jomart Tokayev", True, DINNER, "White House dinner"),
    ("Donald Trump", "CONSULT", "Shavkat Mirziyoyev", True, DINNER, "White House dinner"),
    ("Donald Trump", "CONSULT", "Sadyr Japarov", True, DINNER, "White House dinner"),
    ("Donald Trump", "CONSULT", "Emomali Rahmon", True, DINNER, "White House dinner"),
    ("Donald Trump", "CONSULT", "Serdar Berdimuhamedov", True, DINNER, "White House dinner"),
    ("United States", "AGREE", "Kazakhstan", True, TUNG, "tungsten agreement, ~$1.1bn"),
    ("Cove Kaz Capital", "COOPERATE", "Tau-Ken Samruk", False, TUNG, "future joint development"),
    ("Cove Kaz Capital", "COOPERATE", "Kazakhstan", False, TUNG, ""),
    ("Kazakhstan", "AGREE", "Wabtec", True, BUY, "locomotive purchase"),
    ("Kazakhstan", "AGREE", "Boeing", True, BUY, "aircraft purchase; deals ~$17bn"),
    ("Kazakhstan", "COOPERATE", "Wabtec", False, BUY, "purchase"),
    ("Kazakhstan", "COOPERATE", "Boeing", False, BUY, "purchase"),
    ("Uzbekistan", "AGREE", "United States", False, UZB, "commitment reported by Trump; >$100bn"),
    ("Uzbekistan", "COOPERATE", "United States", False, UZB, "future investment"),
    (
        "Donald Trump",
        "SUPPORT",
        "Shavkat Mirziyoyev",
        True,
        'thanking Mirziyoyev "for being such a great partner."',
        "praise",
    ),
    (
        "Donald Trump",
        "ALLY",
        "Shavkat Mirziyoyev",
        False,
        'thanking Mirziyoyev "for being such a great partner."',
        "'partner' as praise",
    ),
    ("Kassym-Jomart Tokayev", "REQUEST", "United States", True, JV, "repeal Jackson-Vanik"),
    ("Shavkat Mirziyoyev", "REQUEST", "United States", True, JV, "repeal Jackson-Vanik"),
    ("United States", "SANCTION", "Kazakhstan", False, JV2, "standing trade restriction"),
    ("United States", "SANCTION", "Uzbekistan", False, JV2, "standing trade restriction"),
    ("Donald Trump", "AGREE", "Kazakhstan", False, "Trump said he would ask Congress to act", "future"),
    ("Donald Trump", "AGREE", "Uzbekistan", False, "Trump said he would ask Congress to act", "future"),
    ("Sergio Gor", "CONSULT", "Kazakhstan", True, OCT, "visit"),
    ("Sergio Gor", "CONSULT", "Uzbekistan", True, OCT, "visit"),
    ("Christopher Landau", "CONSULT", "Kazakhstan", True, OCT, "visit"),
    ("Christopher Landau", "CONSULT", "Uzbekistan", True, OCT, "visit"),
    ("United States", "COOPERATE", "Turkmenistan", False, TM_, "promise, passive"),
    ("United States", "AGREE", "Turkmenistan", False, TM_, "promise, passive"),
    ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization", True, CSTO, ""),
    ("Kyrgyzstan", "MEMBER_OF", "Collective Security Treaty Organization", True, CSTO, ""),
    ("Tajikistan", "MEMBER_OF", "Collective Security Treaty Organization", True, CSTO, ""),
    ("Russia", "MEMBER_OF", "Collective Security Treaty Organization", False, CSTO, "'Russian-led', implied"),
    (
        "Russia",
        "COOPERATE",
        "Tajikistan",
        False,
        "Russia keeps a military base in Tajikistan",
        "basing; type debatable",
    ),
    ("Dmitry Peskov", "SUPPORT", "Kazakhstan", False, PESK, "acknowledgement, type debatable"),
    ("Kassym-Jomart Tokayev", "CONSULT", "Russia", False, VISIT, "planned state visit"),
    ("Kassym-Jomart Tokayev", "AGREE", "Vladimir Putin", False, VISIT, "expected signing"),
    ("Kazakhstan", "ALLY", "Russia", False, VISIT, "expected comprehensive strategic partnership"),
    ("China", "AID", "Kazakhstan", False, BRI, "'the five states', implicit list"),
    ("China", "AID", "Uzbekistan", False, BRI, "implicit list"),
    ("China", "AID", "Kyrgyzstan", False, BRI, "implicit list"),
    ("China", "AID", "Tajikistan", False, BRI, "implicit list"),
    ("China", "AID", "Turkmenistan", False, BRI, "implicit list"),
    (
        "Human Rights Watch",
        "ACCUSE",
        "United States",
        True,
        'Human Rights Watch said Washington had "rolled out the red carpet" for governments that jail critics',
        "",
    ),
    ("Donald Trump", "ROLE", "United States", True, "President Donald Trump", "President"),
    (
        "Kassym-Jomart Tokayev",
        "ROLE",
        "Kazakhstan",
        True,
        "Kazakh President Kassym-Jomart Tokayev",
        "President",
    ),
    (
        "Benjamin Netanyahu",
        "ROLE",
        "Israel",
        True,
        "Israeli Prime Minister Benjamin Netanyahu",
        "Prime Minister",
    ),
    ("Steve Witkoff", "ROLE", "United States", True, "U.S. special envoy Steve Witkoff", "special envoy"),
    ("Shavkat Mirziyoyev", "ROLE", "Uzbekistan", True, "Uzbek President Shavkat Mirziyoyev", "President"),
    ("Sadyr Japarov", "ROLE", "Kyrgyzstan", True, "Kyrgyz President Sadyr Japarov", "President"),
    ("Emomali Rahmon", "ROLE", "Tajikistan", True, "Tajik President Emomali Rahmon", "President"),
    (
        "Serdar Berdimuhamedov",
        "ROLE",
        "Turkmenistan",
        True,
        "Turkmen President Serdar Berdimuhamedov",
        "President",
    ),
    ("Marco Rubio", "ROLE", "United States", True, "Secretary of State Marco Rubio", "Secretary of State"),
    (
        "Sergio Gor",
        "ROLE",
        "United States",
        True,
        "Sergio Gor, the special envoy for South and Central Asia",
        "special envoy for South and Central Asia",
    ),
    (
        "Christopher Landau",
        "ROLE",
        "United States",
        True,
        "Deputy Secretary of State Christopher Landau",
        "Deputy Secretary of State",
    ),
    ("Dmitry Peskov", "ROLE", "Russia", True, "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"),
    ("Vladimir Putin", "ROLE", "Russia", True, "President Vladimir Putin", "President"),
    (
        "Temur Umarov",
        "ROLE",
        "Carnegie Russia Eurasia Center",
        True,
        "Temur Umarov, a fellow at the Carnegie Russia Eurasia Center",
        "fellow",
    ),
]
