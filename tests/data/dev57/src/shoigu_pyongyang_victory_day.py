"""Gold tables for shoigu_pyongyang_victory_day.txt."""

KP, RU, CN, US, KR = "Q423", "Q159", "Q148", "Q30", "Q884"
E = [
    (
        "North Korea",
        "Country",
        KP,
        [
            "Democratic People's Republic of Korea",
            "DPRK",
            "the Korean People's Army",
            "The DPRK side",
        ],
        KP,
    ),
    (
        "Russia",
        "Country",
        RU,
        [
            "Russian Federation",
            "the Russian Federation",
            "Russian",
            "the Russian government",
            "the Russian delegation",
        ],
        RU,
    ),
    (
        "China",
        "Country",
        CN,
        [
            "People's Republic of China",
            "the People's Republic of China",
            "PRC",
            "Chinese",
            "the Chinese People's Volunteers",
            "the National People's Congress",
        ],
        CN,
    ),
    (
        "United States",
        "Country",
        US,
        ["U.S.", "the U.S. imperialists", "the U.S. imperialist aggressors", "Washington"],
        US,
    ),
    (
        "South Korea",
        "Country",
        KR,
        ["the puppet ROK", "the south Korean puppets", "the puppet military", "the puppet forces"],
        KR,
    ),
    ("Japan", "Country", "Q17", [], "Q17"),
    (
        "Kim Jong Un",
        "Person",
        "Q56226",
        ["Respected Comrade Kim Jong Un"],
        KP,
    ),
    (
        "Sergei Shoigu",
        "Person",
        None,
        ["Shoigu", "The Russian minister"],
        RU,
    ),
    ("Li Hongzhong", "Person", None, [], CN),
    ("Vladimir Putin", "Person", "Q7747", [], RU),
    ("Xi Jinping", "Person", "Q15031", [], CN),
    ("Kang Sun Nam", "Person", None, [], KP),
    ("Kim Yo Jong", "Person", None, [], KP),
    ("Choe Son Hui", "Person", None, [], KP),
    ("Choe Ryong Hae", "Person", None, [], KP),
    ("Kim Tok Hun", "Person", None, [], KP),
    ("Pak Jong Chon", "Person", None, [], KP),
    ("Yoon Suk Yeol", "Person", None, ["Traitor Yoon Suk Yeol"], KR),
    ("Workers' Party of Korea", "Organization", None, ["the Workers' Party of Korea", "WPK"], None),
    (
        "Communist Party of China",
        "Organization",
        None,
        ["the Communist Party of China", "CPC"],
        None,
    ),
    ("UN Security Council", "IGO", "Q37470", ["the UN Security Council"], None),
    ("Nuclear Consultative Group", "Organization", None, ["nuclear consultative group"], None),
    ("KCNA", "Organization", None, [], KP),
    ("Fatherland Liberation War", "Event", None, ["the great Fatherland Liberation War"], None),
    ("Armed Forces Development-2023", "Event", None, [], None),
    ("Pyongyang", "Location", None, [], None),
    ("Kim Il Sung Square", "Location", None, [], None),
    ("Friendship Tower", "Location", None, ["the Friendship Tower"], None),
    ("Pusan", "Location", None, ["the port of Pusan"], None),
    ("Seoul", "Location", None, [], None),
    ("East Sea of Korea", "Location", None, ["the East Sea of Korea"], None),
    ("Stockholm", "Location", None, [], None),
]

RECV = "received the military delegation of the Russian Federation headed by Sergei Shoigu"
RECV_CN = "the party and government delegation of the People's Republic of China headed by Li Hongzhong"
KIMTITLE = (
    "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the "
    "Democratic People's Republic of Korea"
)
LITITLE = (
    "Li Hongzhong, member of the Political Bureau of the Central Committee of the Communist Party of China and "
    "vice-chairman of the Standing Committee of the National People's Congress"
)
VISIT = (
    "its visit to Pyongyang offered an important opportunity for developing the strategic and traditional "
    "DPRK-Russia relations onto a new higher stage"
)
FOUGHT = (
    "the soldiers of the Chinese People's Volunteers fought shoulder to shoulder with the Korean People's Army "
    "against the U.S. imperialist aggressors in the war"
)
UNSC = (
    "The DPRK side highly appreciated that Russia and China had frustrated the attempt of the U.S. and its "
    "followers to adopt an anti-DPRK statement at the UN Security Council on July 13"
)
ESC = (
    "the U.S. imperialists and the south Korean puppets are escalating their reckless military confrontation "
    "against the DPRK"
)
SUB = "The U.S. introduced its strategic nuclear submarine into the port of Pusan on July 18"
NCG = 'the so-called "nuclear consultative group" of the U.S. and the puppet ROK held its first meeting in Seoul'
DRILL = (
    "On July 16 the U.S., Japan and the puppet military staged a trilateral missile defence drill in the East "
    "Sea of Korea"
)
KYJ = "Kim Yo Jong, vice department director of the WPK Central Committee, earlier rejected the U.S. offer of dialogue"
HOSTILE = (
    "the DPRK has no intention of sitting face to face with the U.S. as long as it pursues its hostile policy"
)
YOON = 'Traitor Yoon Suk Yeol was denounced for begging Washington for its "extended deterrence"'
V = [
    ("Kim Jong Un", "CONSULT", "Sergei Shoigu", True, RECV, "received delegation"),
    ("Kim Jong Un", "CONSULT", "Russia", True, RECV, "delegation = Russia"),
    ("Kim Jong Un", "CONSULT", "Li Hongzhong", True, RECV_CN, "received delegation"),
    ("Kim Jong Un", "CONSULT", "China", True, RECV_CN, "delegation = China"),
    (
        "Sergei Shoigu",
        "CONSULT",
        "Kim Jong Un",
        True,
        "Shoigu handed over to Kim Jong Un an autographed letter from Vladimir Putin",
        "delivered letter",
    ),
    (
        "Vladimir Putin",
        "CONSULT",
        "Kim Jong Un",
        False,
        "an autographed letter from Vladimir Putin",
        "letter",
    ),
    (
        "Kim Jong Un",
        "SUPPORT",
        "Russia",
        False,
        "Kim Jong Un warmly welcomed the Russian delegation",
        "welcome; the visit itself is CONSULT",
    ),
    ("Russia", "CONSULT", "North Korea", True, VISIT, "visit, pronoun 'its'"),
    ("North Korea", "ALLY", "Russia", True, VISIT, "strategic relations"),
    (
        "Kim Jong Un",
        "SUPPORT",
        "Russia",
        True,
        "He expressed full support and solidarity with the army and people of Russia in their just struggle",
        "support for the war in Ukraine (not named)",
    ),
    (
        "Sergei Shoigu",
        "SUPPORT",
        "North Korea",
        True,
        "The Russian minister said that Russia highly appreciates the principled stand of the DPRK",
        "title with nationality only",
    ),
    (
        "Russia",
        "COOPERATE",
        "North Korea",
        False,
        "the Russian government will strengthen cooperation with the DPRK in all fields, including the field of "
        "defence",
        "pledge, future",
    ),
    (
        "North Korea",
        "CONSULT",
        "Russia",
        True,
        "The two sides had a candid exchange of views on matters of mutual concern in national defence and security",
        "'the two sides'",
    ),
    (
        "Kang Sun Nam",
        "CONSULT",
        "Sergei Shoigu",
        True,
        "Kang Sun Nam, minister of National Defence, held talks with Shoigu on July 26",
        "talks",
    ),
    (
        "North Korea",
        "COOPERATE",
        "Russia",
        False,
        "they discussed ways to expand exchanges between the armies of the two countries",
        "discussed, not yet done",
    ),
    (
        "Kim Jong Un",
        "CONSULT",
        "Russia",
        True,
        'Kim Jong Un personally guided the Russian delegation around the exhibition "Armed Forces Development-2023"',
        "hosted visit",
    ),
    (
        "Sergei Shoigu",
        "SUPPORT",
        "North Korea",
        True,
        "Shoigu praised the great successes of the DPRK in building up its defence capability",
        "praise",
    ),
    (
        "Li Hongzhong",
        "CONSULT",
        "Kim Jong Un",
        True,
        "Li Hongzhong conveyed to Kim Jong Un the cordial greetings and a personal letter of Xi Jinping",
        "delivered letter",
    ),
    (
        "Xi Jinping",
        "CONSULT",
        "Kim Jong Un",
        False,
        "the cordial greetings and a personal letter of Xi Jinping",
        "letter",
    ),
    (
        "Xi Jinping",
        "SUPPORT",
        "Kim Jong Un",
        False,
        "the cordial greetings and a personal letter of Xi Jinping",
        "greetings",
    ),
    ("China", "COOPERATE", "North Korea", True, FOUGHT, "fought together in the Korean War"),
    ("China", "ASSAULT", "United States", True, FOUGHT, "Korean War, historical"),
    ("North Korea", "ASSAULT", "United States", True, FOUGHT, "Korean War, historical"),
    ("Kim Jong Un", "ACCUSE", "United States", False, "the U.S. imperialist aggressors", "label only"),
    (
        "North Korea",
        "ALLY",
        "China",
        True,
        "the DPRK-China friendship sealed in blood would grow stronger generation after generation",
        "friendship sealed in blood",
    ),
    (
        "Li Hongzhong",
        "AGREE",
        "North Korea",
        False,
        "Li said that China is ready to work with the DPRK to deepen strategic communication and practical "
        "cooperation",
        "intent",
    ),
    (
        "Russia",
        "SUPPORT",
        "North Korea",
        False,
        "Both delegations attended a grand military parade at Kim Il Sung Square",
        "attendance",
    ),
    (
        "China",
        "SUPPORT",
        "North Korea",
        False,
        "Both delegations attended a grand military parade at Kim Il Sung Square",
        "attendance",
    ),
    ("North Korea", "SUPPORT", "Russia", True, UNSC, "appreciation"),
    ("North Korea", "SUPPORT", "China", True, UNSC, "appreciation"),
    ("Russia", "REJECT", "United States", True, UNSC, "blocked UNSC statement"),
    ("China", "REJECT", "United States", True, UNSC, "blocked UNSC statement"),
    ("United States", "ACCUSE", "North Korea", False, UNSC, "attempted statement"),
    ("United States", "REQUEST", "UN Security Council", False, UNSC, "attempted statement"),
    ("United States", "MOBILIZE", "North Korea", False, ESC, "KCNA's characterisation"),
    ("South Korea", "MOBILIZE", "North Korea", False, ESC, "KCNA's characterisation"),
    ("North Korea", "ACCUSE", "United States", False, ESC, "state media's voice"),
    ("North Korea", "ACCUSE", "South Korea", False, ESC, "state media's voice"),
    ("United States", "MOBILIZE", "North Korea", False, SUB, "SSBN port call, target implied"),
    ("United States", "COOPERATE", "South Korea", False, SUB, "port call in South Korea"),
    ("United States", "CONSULT", "South Korea", True, NCG, "first NCG meeting"),
    ("United States", "MEMBER_OF", "Nuclear Consultative Group", False, NCG, ""),
    ("South Korea", "MEMBER_OF", "Nuclear Consultative Group", False, NCG, ""),
    ("United States", "COOPERATE", "Japan", True, DRILL, "trilateral missile defence drill"),
    ("United States", "COOPERATE", "South Korea", True, DRILL, "trilateral missile defence drill"),
    ("Japan", "COOPERATE", "South Korea", True, DRILL, "trilateral missile defence drill"),
    (
        "Kang Sun Nam",
        "THREATEN",
        "United States",
        True,
        "Kang Sun Nam warned in a press statement on July 20 that the deployment of the strategic nuclear "
        "submarine may fall under the conditions of the use of nuclear weapons",
        "nuclear threat",
    ),
    (
        "Kang Sun Nam",
        "REQUEST",
        "United States",
        True,
        "He called on the U.S. to immediately stop its reckless military provocations",
        "pronoun subject",
    ),
    (
        "Kang Sun Nam",
        "ACCUSE",
        "United States",
        False,
        "He called on the U.S. to immediately stop its reckless military provocations",
        "embedded accusation",
    ),
    ("Kim Yo Jong", "REJECT", "United States", True, KYJ, "rejected offer of dialogue"),
    ("United States", "REQUEST", "North Korea", False, KYJ, "offer of dialogue, noun phrase"),
    ("Kim Yo Jong", "ACCUSE", "United States", False, HOSTILE, "hostile policy"),
    ("North Korea", "ACCUSE", "Yoon Suk Yeol", False, YOON, "passive, agent not named"),
    ("Yoon Suk Yeol", "REQUEST", "United States", True, YOON, "asks for extended deterrence"),
    (
        "North Korea",
        "THREATEN",
        "South Korea",
        False,
        "the puppet forces were warned that they would pay dearly for any provocation",
        "passive, agent not named",
    ),
    ("Kim Jong Un", "ROLE", "Workers' Party of Korea", True, KIMTITLE, "general secretary"),
    ("Kim Jong Un", "ROLE", "North Korea", True, KIMTITLE, "president of the State Affairs"),
    ("Sergei Shoigu", "ROLE", "Russia", True, "Sergei Shoigu, minister of Defence", "minister of Defence"),
    ("Li Hongzhong", "ROLE", "Communist Party of China", True, LITITLE, "Politburo member"),
    ("Li Hongzhong", "ROLE", "China", True, LITITLE, "vice-chairman of the NPC Standing Committee"),
    (
        "Vladimir Putin",
        "ROLE",
        "Russia",
        True,
        "Vladimir Putin, president of the Russian Federation",
        "President",
    ),
    (
        "Xi Jinping",
        "ROLE",
        "Communist Party of China",
        True,
        "Xi Jinping, general secretary of the CPC Central Committee and president of the PRC",
        "general secretary",
    ),
    (
        "Xi Jinping",
        "ROLE",
        "China",
        True,
        "Xi Jinping, general secretary of the CPC Central Committee and president of the PRC",
        "President",
    ),
    (
        "Kang Sun Nam",
        "ROLE",
        "North Korea",
        True,
        "Kang Sun Nam, minister of National Defence",
        "minister of National Defence",
    ),
    (
        "Kim Yo Jong",
        "ROLE",
        "Workers' Party of Korea",
        True,
        "Kim Yo Jong, vice department director of the WPK Central Committee",
        "vice department director",
    ),
    (
        "Choe Son Hui",
        "ROLE",
        "North Korea",
        True,
        "Choe Son Hui, minister of Foreign Affairs",
        "minister of Foreign Affairs",
    ),
]
