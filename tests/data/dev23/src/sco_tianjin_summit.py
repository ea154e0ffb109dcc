"""Gold tables for sco_tianjin_summit.txt."""

CN, IN, RU, US, IR, PK, UA, BY = (
    "Q148",
    "Q668",
    "Q159",
    "Q30",
    "Q794",
    "Q843",
    "Q212",
    "Q184",
)
SCO = "Shanghai Cooperation Organisation"
E = [
    (SCO, "IGO", None, ["SCO", "the bloc", "The member states"], None),
    ("China", "Country", CN, ["Chinese", "Beijing", "China's foreign ministry"], CN),
    ("Xi Jinping", "Person", "Q15031", ["Chinese President Xi Jinping", "Xi"], CN),
    ("India", "Country", IN, ["Indian", "New Delhi", "Indian officials"], IN),
    (
        "Narendra Modi",
        "Person",
        "Q1058",
        ["Indian Prime Minister Narendra Modi", "Modi"],
        IN,
    ),
    ("Russia", "Country", RU, ["Russian", "Moscow"], RU),
    (
        "Vladimir Putin",
        "Person",
        "Q7747",
        ["Russian President Vladimir Putin", "Putin", "the Russian leader"],
        RU,
    ),
    ("Iran", "Country", IR, [], IR),
    ("Israel", "Country", "Q801", [], "Q801"),
    ("United States", "Country", US, ["US", "Washington", "the United States"], US),
    ("Donald Trump", "Person", "Q22686", ["US President Donald Trump", "Trump"], US),
    ("Truth Social", "Organization", None, [], None),
    ("Pakistan", "Country", PK, [], PK),
    (
        "Shehbaz Sharif",
        "Person",
        None,
        ["Pakistan's Prime Minister Shehbaz Sharif", "Sharif"],
        PK,
    ),
    ("Ukraine", "Country", UA, ["Kyiv", "Ukraine's foreign ministry"], UA),
    ("NATO", "IGO", "Q7184", [], None),
    ("United Nations", "IGO", "Q1065", ["UN"], None),
    (
        "Antonio Guterres",
        "Person",
        "Q311440",
        ["UN Secretary-General Antonio Guterres", "Guterres"],
        "Q1065",
    ),
    ("Turkey", "Country", "Q43", ["Turkish"], "Q43"),
    (
        "Recep Tayyip Erdogan",
        "Person",
        "Q39723",
        ["Turkish President Recep Tayyip Erdogan"],
        "Q43",
    ),
    ("Kazakhstan", "Country", "Q232", [], "Q232"),
    ("Kyrgyzstan", "Country", "Q813", [], "Q813"),
    ("Tajikistan", "Country", "Q863", [], "Q863"),
    ("Uzbekistan", "Country", "Q265", [], "Q265"),
    ("Belarus", "Country", BY, [], BY),
    ("Masoud Pezeshkian", "Person", None, ["Iran's President Masoud Pezeshkian"], IR),
    ("Alexander Lukashenko", "Person", None, ["Belarus's Alexander Lukashenko"], BY),
    ("North Korea", "Country", "Q423", ["North Korean"], "Q423"),
    ("Kim Jong Un", "Person", None, ["North Korean leader Kim Jong Un"], "Q423"),
    ("Tianjin", "Location", None, [], None),
    ("Pahalgam", "Location", None, [], None),
    ("Kashmir", "Location", None, ["Indian-administered Kashmir"], None),
    ("Balochistan", "Location", None, ["Balochistan province"], None),
    ("Qingdao", "Location", None, [], None),
    ("Alaska", "Location", None, [], None),
    (
        "Tianjin Declaration",
        "Event",
        None,
        ["The Tianjin Declaration", "the Tianjin Declaration"],
        None,
    ),
]

HEAD = "SCO summit live: Xi hosts Putin and Modi in Tianjin"
TRUMP = (
    'Trump called the trade relationship with India "a totally one sided disaster" and said New Delhi had '
    'offered to cut its tariffs "but it\'s late"'
)
TARIFF = (
    "Last week Washington doubled tariffs on Indian goods to 50 percent, partly to punish New Delhi for buying "
    "Russian oil"
)
DECL = 'they "strongly condemn" the military strikes carried out by Israel and the United States against Iran in June'
PUTIN = 'by the West\'s "constant attempts to drag Ukraine into NATO"'
UKR = (
    'Ukraine\'s foreign ministry rejected the speech as "the same lies", accusing Moscow of using the summit to '
    "whitewash its aggression"
)
THANK = "He thanked China and India for their efforts to help resolve the conflict"
ALASKA = "understandings he had reached with Trump in Alaska last month"
AIDX = (
    "announced that China will provide 2 billion yuan ($280m) in free aid to member states this year, plus "
    "10 billion yuan in loans through the SCO's inter-bank consortium"
)
CAR = "Modi and Putin travelled together in the Russian leader's limousine to their bilateral meeting"
MEMB = (
    "The SCO's 10 members are China, Russia, India, Pakistan, Iran, Kazakhstan, Kyrgyzstan, Tajikistan, "
    "Uzbekistan and Belarus, which joined last year"
)
ATT = (
    "More than 20 leaders are attending, including Iran's President Masoud Pezeshkian and Belarus's Alexander "
    "Lukashenko"
)
ERD = (
    "Turkish President Recep Tayyip Erdogan met Putin and said Turkey was ready to host further talks between "
    "Russia and Ukraine"
)
XIMODI = "Modi, on his first visit to China in seven years, held talks with Xi"
FLIGHTS = "The two sides agreed to resume direct flights"
PARADE = "Putin and North Korean leader Kim Jong Un are expected to join Xi at a military parade in Beijing on Wednesday"
MEMBERS = [
    "China",
    "Russia",
    "India",
    "Pakistan",
    "Iran",
    "Kazakhstan",
    "Kyrgyzstan",
    "Tajikistan",
    "Uzbekistan",
]
V = [
    ("Xi Jinping", "CONSULT", "Vladimir Putin", True, HEAD, "hosting summit"),
    ("Xi Jinping", "CONSULT", "Narendra Modi", True, HEAD, "hosting summit"),
    (
        "Narendra Modi",
        "CONSULT",
        "Vladimir Putin",
        True,
        "Indian Prime Minister Narendra Modi and Russian President Vladimir Putin held talks",
        "talks",
    ),
    ("Narendra Modi", "CONSULT", "Vladimir Putin", True, CAR, "car ride and meeting"),
    ("Donald Trump", "ACCUSE", "India", True, TRUMP, "one sided disaster"),
    (
        "India",
        "CONCEDE",
        "United States",
        False,
        TRUMP,
        "offer to cut tariffs, as claimed by Trump",
    ),
    ("Donald Trump", "REJECT", "India", False, TRUMP, "'but it's late'"),
    (
        "United States",
        "SANCTION",
        "India",
        True,
        TARIFF,
        "tariffs doubled to 50 percent",
    ),
    (
        "India",
        "COOPERATE",
        "Russia",
        False,
        TARIFF,
        "oil purchases, subordinate clause",
    ),
    (
        "Shanghai Cooperation Organisation",
        "ACCUSE",
        "Israel",
        True,
        DECL,
        "condemnation",
    ),
    (
        "Shanghai Cooperation Organisation",
        "ACCUSE",
        "United States",
        True,
        DECL,
        "condemnation",
    ),
    ("Israel", "ASSAULT", "Iran", True, DECL, "June strikes"),
    ("United States", "ASSAULT", "Iran", True, DECL, "June strikes"),
    (
        "Shanghai Cooperation Organisation",
        "SUPPORT",
        "Iran",
        False,
        "calling them a violation of international law and of Iran's sovereignty",
        "implied support",
    ),
    (
        "India",
        "REJECT",
        "Shanghai Cooperation Organisation",
        True,
        "India had refused to sign a joint statement of SCO defence ministers in Qingdao in June",
        "refusal to sign",
    ),
    ("Vladimir Putin", "ACCUSE", "NATO", True, PUTIN, "blame for war"),
    (
        "Vladimir Putin",
        "ACCUSE",
        "Ukraine",
        False,
        '"a coup in Kyiv provoked and supported by the West"',
        "delegitimising Kyiv",
    ),
    ("Ukraine", "ACCUSE", "Russia", True, UKR, "whitewashing aggression"),
    ("Ukraine", "REJECT", "Vladimir Putin", False, UKR, "dismissal of speech"),
    ("Russia", "ASSAULT", "Ukraine", False, UKR, "war, as alleged by Kyiv"),
    ("Vladimir Putin", "SUPPORT", "China", True, THANK, "thanks"),
    ("Vladimir Putin", "SUPPORT", "India", True, THANK, "thanks"),
    ("Vladimir Putin", "AGREE", "Donald Trump", True, ALASKA, "Alaska understandings"),
    ("Vladimir Putin", "CONSULT", "Donald Trump", True, ALASKA, "Alaska meeting"),
    (
        "Xi Jinping",
        "AID",
        "Shanghai Cooperation Organisation",
        True,
        AIDX,
        "2bn yuan aid, 10bn yuan loans",
    ),
    (
        "Xi Jinping",
        "AGREE",
        "Shanghai Cooperation Organisation",
        False,
        "Xi has proposed setting up an SCO development bank",
        "proposal",
    ),
    (
        "Narendra Modi",
        "ALLY",
        "Russia",
        True,
        'He described the relationship as a "special and privileged strategic partnership"',
        "strategic partnership",
    ),
    (
        "Narendra Modi",
        "SUPPORT",
        "Russia",
        False,
        '"India and Russia have always stood shoulder to shoulder, even in the most difficult situations,"',
        "solidarity",
    ),
    (
        "Shehbaz Sharif",
        "CONSULT",
        "Shanghai Cooperation Organisation",
        True,
        "Pakistan's Prime Minister Shehbaz Sharif, who is also attending",
        "attending",
    ),
    (
        "Shehbaz Sharif",
        "CONSULT",
        "Xi Jinping",
        True,
        "Sharif held talks with Xi on Sunday",
        "talks",
    ),
    (
        "Shehbaz Sharif",
        "SUPPORT",
        "China",
        True,
        'thanked China for its "steadfast support"',
        "thanks",
    ),
    (
        "China",
        "SUPPORT",
        "Pakistan",
        False,
        'thanked China for its "steadfast support"',
        "implied",
    ),
    (
        "Antonio Guterres",
        "CONSULT",
        "Xi Jinping",
        True,
        "UN Secretary-General Antonio Guterres met Xi on the sidelines",
        "meeting",
    ),
    (
        "Antonio Guterres",
        "SUPPORT",
        "Shanghai Cooperation Organisation",
        True,
        "called the SCO an important platform for multilateralism",
        "praise, per Chinese foreign ministry",
    ),
    ("Recep Tayyip Erdogan", "CONSULT", "Vladimir Putin", True, ERD, "meeting"),
    ("Recep Tayyip Erdogan", "AGREE", "Russia", False, ERD, "offer to host talks"),
    ("Recep Tayyip Erdogan", "AGREE", "Ukraine", False, ERD, "offer to host talks"),
    ("Russia", "CONSULT", "Ukraine", False, ERD, "possible future talks"),
]
V += [(m, "MEMBER_OF", SCO, True, MEMB, "") for m in MEMBERS]
V += [
    ("Belarus", "MEMBER_OF", SCO, True, MEMB, "joined 2024"),
    ("Masoud Pezeshkian", "CONSULT", SCO, True, ATT, "attending"),
    ("Alexander Lukashenko", "CONSULT", SCO, True, ATT, "attending"),
    ("Narendra Modi", "CONSULT", "China", True, XIMODI, "visit"),
    ("Narendra Modi", "CONSULT", "Xi Jinping", True, XIMODI, "talks"),
    (
        "Narendra Modi",
        "AGREE",
        "Xi Jinping",
        True,
        "Modi and Xi agree to be 'partners, not rivals'",
        "headline of recap",
    ),
    (
        "Xi Jinping",
        "SUPPORT",
        "India",
        False,
        'Xi told him that the two countries should be "partners rather than rivals"',
        "appeal",
    ),
    ("India", "AGREE", "China", True, FLIGHTS, "direct flights, border settlement"),
    (
        "Narendra Modi",
        "REQUEST",
        "China",
        False,
        'Modi said ties should be guided by "mutual trust, respect and sensitivity"',
        "",
    ),
    ("Vladimir Putin", "CONSULT", "Xi Jinping", False, PARADE, "expected"),
    ("Kim Jong Un", "CONSULT", "Xi Jinping", False, PARADE, "expected"),
    ("Kim Jong Un", "CONSULT", "Vladimir Putin", False, PARADE, "expected"),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    (
        "Narendra Modi",
        "ROLE",
        "India",
        True,
        "Indian Prime Minister Narendra Modi",
        "Prime Minister",
    ),
    (
        "Vladimir Putin",
        "ROLE",
        "Russia",
        True,
        "Russian President Vladimir Putin",
        "President",
    ),
    (
        "Donald Trump",
        "ROLE",
        "United States",
        True,
        "US President Donald Trump",
        "President",
    ),
    (
        "Shehbaz Sharif",
        "ROLE",
        "Pakistan",
        True,
        "Pakistan's Prime Minister Shehbaz Sharif",
        "Prime Minister",
    ),
    (
        "Antonio Guterres",
        "ROLE",
        "United Nations",
        True,
        "UN Secretary-General Antonio Guterres",
        "Secretary-General",
    ),
    (
        "Recep Tayyip Erdogan",
        "ROLE",
        "Turkey",
        True,
        "Turkish President Recep Tayyip Erdogan",
        "President",
    ),
    (
        "Masoud Pezeshkian",
        "ROLE",
        "Iran",
        True,
        "Iran's President Masoud Pezeshkian",
        "President",
    ),
    (
        "Alexander Lukashenko",
        "ROLE",
        "Belarus",
        False,
        "Belarus's Alexander Lukashenko",
        "leader (untitled)",
    ),
    (
        "Kim Jong Un",
        "ROLE",
        "North Korea",
        True,
        "North Korean leader Kim Jong Un",
        "leader",
    ),
]
