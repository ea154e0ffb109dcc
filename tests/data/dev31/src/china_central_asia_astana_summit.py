"""Gold tables for china_central_asia_astana_summit.txt."""

from itertools import combinations

CN, KZ, KG, TJ, TM, UZ = "Q148", "Q232", "Q813", "Q863", "Q874", "Q265"
E = [
    ("China", "Country", CN, ["Chinese", "the Chinese side"], CN),
    ("Xi Jinping", "Person", "Q15031", ["Xi", "Chinese President Xi Jinping"], CN),
    ("Kazakhstan", "Country", KZ, ["Kazakh"], KZ),
    ("Kyrgyzstan", "Country", KG, ["Kyrgyz"], KG),
    ("Tajikistan", "Country", TJ, ["Tajik"], TJ),
    ("Turkmenistan", "Country", TM, ["Turkmen"], TM),
    ("Uzbekistan", "Country", UZ, ["Uzbek"], UZ),
    (
        "Kassym-Jomart Tokayev",
        "Person",
        None,
        ["Tokayev", "Kazakh President Kassym-Jomart Tokayev"],
        KZ,
    ),
    ("Sadyr Japarov", "Person", None, ["Japarov", "Kyrgyz President Sadyr Japarov"], KG),
    ("Emomali Rahmon", "Person", None, ["Rahmon", "Tajik President Emomali Rahmon"], TJ),
    (
        "Serdar Berdimuhamedov",
        "Person",
        None,
        ["Berdimuhamedov", "Turkmen President Serdar Berdimuhamedov"],
        TM,
    ),
    (
        "Shavkat Mirziyoyev",
        "Person",
        None,
        ["Mirziyoyev", "Uzbek President Shavkat Mirziyoyev"],
        UZ,
    ),
    (
        "China-Central Asia Summit",
        "Event",
        None,
        [
            "the second China-Central Asia Summit",
            "the third China-Central Asia Summit",
            "the summit",
            "the first summit",
        ],
        None,
    ),
    ("Israel", "Country", "Q801", [], "Q801"),
    ("Iran", "Country", "Q794", [], "Q794"),
    ("Cai Qi", "Person", None, [], CN),
    ("Wang Yi", "Person", None, ["Wang"], CN),
    (
        "Communist Party of China",
        "Organization",
        None,
        ["CPC Central Committee", "CPC"],
        CN,
    ),
    ("Taiwan", "Country", "Q865", [], "Q865"),
    ("China National Nuclear Corporation", "Organization", None, [], None),
    ("China-Central Asia Secretariat", "IGO", None, ["A permanent China-Central Asia Secretariat"], None),
]

SIGNED = (
    "The treaty was signed at the second China-Central Asia Summit, which was chaired by Kazakh President"
    " Kassym-Jomart Tokayev and attended by Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon,"
    " Turkmen President Serdar Berdimuhamedov and Uzbek President Shavkat Mirziyoyev"
)
GRANT = "Xi announced that China will provide 1.5 billion yuan (about 209 million U.S. dollars) in grants to Central Asian countries"
MIDEAST = (
    "opposes any move that infringes on other countries' sovereignty, security and territorial integrity"
)
DEESC = "He called on all parties to de-escalate as soon as possible."
PARTNER = "the two heads of state agreed to further consolidate the China-Kazakhstan permanent comprehensive strategic partnership"
SIDE = "Xi also met separately with Mirziyoyev, Japarov, Rahmon and Berdimuhamedov"
CAIQI = (
    "Cai Qi, a member of the Standing Committee of the Political Bureau of the Communist Party of China (CPC)"
    " Central Committee and director of the General Office of the CPC Central Committee"
)
WANGYI = "Wang Yi, a member of the Political Bureau of the CPC Central Committee and Chinese foreign minister"
RAIL = (
    "Japarov said construction of the railway, which began in December, is a landmark project for Kyrgyzstan"
)
CA = [
    "Kassym-Jomart Tokayev",
    "Sadyr Japarov",
    "Emomali Rahmon",
    "Serdar Berdimuhamedov",
    "Shavkat Mirziyoyev",
]
CA_STATES = ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"]

V = []
# Treaty: AGREE for each pair of the six signatories (named in the second sentence).
for a, b in combinations(["Xi Jinping", *CA], 2):
    V.append((a, "AGREE", b, True, SIGNED, "treaty on permanent good-neighborliness"))
# Summit: Xi met each Central Asian leader (core); Central Asian pairs at the summit (non-core).
for p in CA:
    V.append(("Xi Jinping", "CONSULT", p, True, SIGNED, "summit"))
for a, b in combinations(CA, 2):
    V.append((a, "CONSULT", b, False, SIGNED, "same multilateral summit"))
for s in CA_STATES:
    V.append(("Xi Jinping", "AID", s, False, GRANT, "1.5bn yuan grants to 'Central Asian countries'"))
V += [
    (
        "Kassym-Jomart Tokayev",
        "SUPPORT",
        "China",
        True,
        "thanked China for its support to the development of the region",
        "thanks",
    ),
    (
        "China",
        "AID",
        "Kazakhstan",
        False,
        "thanked China for its support to the development of the region",
        "",
    ),
    ("Israel", "ASSAULT", "Iran", True, "since Israel launched military strikes on Iran", "strikes"),
    (
        "Xi Jinping",
        "ACCUSE",
        "Israel",
        False,
        "Xi said China is deeply concerned about the sharp escalation of tensions since Israel launched military strikes on Iran",
        "concern, indirect",
    ),
    ("Xi Jinping", "ACCUSE", "Israel", False, MIDEAST, "indirect"),
    ("Xi Jinping", "REQUEST", "Israel", False, DEESC, "'all parties'"),
    ("Xi Jinping", "REQUEST", "Iran", False, DEESC, "'all parties'"),
    (
        "Xi Jinping",
        "CONSULT",
        "Kazakhstan",
        True,
        "Xi arrived in Astana on Monday for a state visit to Kazakhstan",
        "state visit",
    ),
    (
        "Xi Jinping",
        "CONSULT",
        "Kassym-Jomart Tokayev",
        True,
        "Xi held talks with Tokayev at the Akorda presidential palace on Monday",
        "talks",
    ),
    ("Xi Jinping", "AGREE", "Kassym-Jomart Tokayev", True, PARTNER, ""),
    (
        "China",
        "ALLY",
        "Kazakhstan",
        True,
        "the China-Kazakhstan permanent comprehensive strategic partnership",
        "",
    ),
    (
        "Xi Jinping",
        "SUPPORT",
        "Kazakhstan",
        True,
        "Xi said China firmly supports Kazakhstan in safeguarding its independence, sovereignty and territorial integrity",
        "",
    ),
    (
        "China",
        "COOPERATE",
        "Kazakhstan",
        False,
        "is ready to expand cooperation in energy, mining, transport and digital technology",
        "intent",
    ),
    (
        "Kassym-Jomart Tokayev",
        "SUPPORT",
        "China",
        True,
        "Tokayev reiterated that Kazakhstan firmly adheres to the one-China principle",
        "one-China",
    ),
    (
        "Kassym-Jomart Tokayev",
        "REJECT",
        "Taiwan",
        False,
        'opposes any form of "Taiwan independence."',
        "opposes independence, not Taiwan as such",
    ),
    (
        "Xi Jinping",
        "AGREE",
        "Kassym-Jomart Tokayev",
        True,
        "the two presidents witnessed the signing of more than 10 cooperation documents",
        "more than 10 documents",
    ),
    (
        "China National Nuclear Corporation",
        "COOPERATE",
        "Kazakhstan",
        False,
        "China National Nuclear Corporation will lead the construction of Kazakhstan's second nuclear power plant",
        "future construction",
    ),
    *[
        ("Xi Jinping", "CONSULT", p, True, SIDE, "sideline meeting")
        for p in CA
        if p != "Kassym-Jomart Tokayev"
    ],
    (
        "China",
        "ALLY",
        "Uzbekistan",
        True,
        "Xi said China and Uzbekistan are all-weather comprehensive strategic partners for a new era",
        "",
    ),
    (
        "China",
        "COOPERATE",
        "Uzbekistan",
        False,
        "the two sides should speed up work on the China-Kyrgyzstan-Uzbekistan railway",
        "proposal",
    ),
    ("China", "COOPERATE", "Kyrgyzstan", False, RAIL, "railway; partners not named in the sentence"),
    ("China", "COOPERATE", "Uzbekistan", False, RAIL, "railway"),
    ("Kyrgyzstan", "COOPERATE", "Uzbekistan", False, RAIL, "railway"),
    (
        "Sadyr Japarov",
        "SUPPORT",
        "China",
        True,
        "thanked the Chinese side for its financing support",
        "thanks",
    ),
    ("China", "AID", "Kyrgyzstan", False, "thanked the Chinese side for its financing support", "financing"),
    (
        "Emomali Rahmon",
        "COOPERATE",
        "China",
        False,
        "Rahmon said Tajikistan is ready to deepen cooperation with China in security and law enforcement",
        "intent",
    ),
    (
        "Turkmenistan",
        "COOPERATE",
        "China",
        False,
        "Turkmenistan, China's largest supplier of pipeline natural gas",
        "appositive background",
    ),
    (
        "Serdar Berdimuhamedov",
        "COOPERATE",
        "China",
        False,
        "is ready to accelerate the construction of Line D of the Central Asia-China gas pipeline",
        "intent",
    ),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    (
        "Kassym-Jomart Tokayev",
        "ROLE",
        "Kazakhstan",
        True,
        "Kazakh President Kassym-Jomart Tokayev",
        "President",
    ),
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
    ("Shavkat Mirziyoyev", "ROLE", "Uzbekistan", True, "Uzbek President Shavkat Mirziyoyev", "President"),
    (
        "Cai Qi",
        "ROLE",
        "Communist Party of China",
        True,
        CAIQI,
        "member of the Politburo Standing Committee; director of the General Office",
    ),
    ("Cai Qi", "ROLE", "China", False, CAIQI, "party post, not a state office"),
    ("Wang Yi", "ROLE", "Communist Party of China", True, WANGYI, "member of the Political Bureau"),
    ("Wang Yi", "ROLE", "China", True, WANGYI, "Foreign Minister"),
]
