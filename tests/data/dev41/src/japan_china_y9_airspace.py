"""Gold tables for japan_china_y9_airspace.txt."""

JP, CN, RU, US, TW = "Q17", "Q148", "Q159", "Q30", "Q865"
E = [
    (
        "Japan",
        "Country",
        JP,
        ["Tokyo", "Japanese", "the Defense Ministry", "The Air Self-Defense Force", "ASDF"],
        JP,
    ),
    ("China", "Country", CN, ["Beijing", "Chinese", "the Chinese side", "The Chinese Defense Ministry"], CN),
    ("Russia", "Country", RU, ["Moscow", "Russian"], RU),
    ("United States", "Country", US, ["Washington", "the United States"], US),
    ("Taiwan", "Country", TW, ["Taiwan's Defense Ministry"], TW),
    ("Masataka Okano", "Person", None, ["Okano", "Vice Foreign Minister Masataka Okano"], JP),
    ("Shi Yong", "Person", None, ["Shi"], CN),
    ("Yoshimasa Hayashi", "Person", None, ["Chief Cabinet Secretary Yoshimasa Hayashi"], JP),
    ("Minoru Kihara", "Person", None, ["Defense Minister Minoru Kihara"], JP),
    ("Lin Jian", "Person", None, ["Lin", "Chinese Foreign Ministry spokesman Lin Jian"], CN),
    ("Fumio Kishida", "Person", None, ["Kishida", "Prime Minister Fumio Kishida"], JP),
    ("Li Qiang", "Person", None, ["Chinese Premier Li Qiang"], CN),
    ("Xi Jinping", "Person", "Q15031", ["Chinese President Xi Jinping"], CN),
    ("Yoko Kamikawa", "Person", None, ["Foreign Minister Yoko Kamikawa"], JP),
    ("Wang Yi", "Person", None, ["her Chinese counterpart Wang Yi"], CN),
    ("Rahm Emanuel", "Person", None, ["U.S. Ambassador to Japan Rahm Emanuel"], US),
    ("Sayuri Mizuno", "Person", None, [], None),
    ("Sasakawa Peace Foundation", "Organization", None, ["the Sasakawa Peace Foundation"], None),
    ("Kyodo News", "Organization", None, ["Kyodo"], None),
    ("Astellas Pharma", "Organization", None, ["drugmaker Astellas Pharma"], None),
    (
        "North American Aerospace Defense Command",
        "Organization",
        None,
        ["the North American Aerospace Defense Command"],
        None,
    ),
    ("Nagasaki Prefecture", "Location", None, [], None),
    ("Danjo Islands", "Location", None, ["the Danjo Islands"], None),
    ("East China Sea", "Location", None, ["the East China Sea"], None),
    ("Senkaku Islands", "Location", None, ["the Senkaku Islands"], None),
    ("Okinawa", "Location", None, [], None),
    ("Miyako Island", "Location", None, [], None),
    ("Alaska", "Location", None, [], None),
    ("Seoul", "Location", None, [], None),
    (
        "Fukushima Daiichi nuclear power plant",
        "Location",
        None,
        ["the crippled Fukushima Daiichi nuclear power plant"],
        None,
    ),
]

LEAD = (
    "Japan lodged a strong protest with China on Tuesday after a Chinese military surveillance aircraft violated"
    " Japanese airspace off Nagasaki Prefecture"
)
SUMMON = "Vice Foreign Minister Masataka Okano summoned Shi Yong, the acting Chinese ambassador to Japan"
SCRAMBLE = "The Air Self-Defense Force scrambled fighter jets and issued warnings, but did not use weapons."
BOMB = (
    "Chinese and Russian strategic bombers have conducted joint flights near Japan several times since 2019"
)
ALASKA = (
    "in July they flew together near Alaska for the first time, prompting the North American Aerospace Defense"
    " Command to intercept them"
)
GRAVE = 'Tokyo has conveyed "grave concerns" about the joint flights to both Beijing and Moscow.'
DETAIN = "A Japanese employee of drugmaker Astellas Pharma was detained in Beijing in March 2023 on suspicion of espionage"
MAY = (
    "Prime Minister Fumio Kishida and Chinese Premier Li Qiang agreed at talks in Seoul in May to pursue a"
    ' "mutually beneficial relationship based on common strategic interests,"'
)
KAMI = (
    "Foreign Minister Yoko Kamikawa is considering raising the incident with her Chinese counterpart Wang Yi when"
    " they next meet"
)
EMAN = (
    "U.S. Ambassador to Japan Rahm Emanuel wrote on social media that the flight was \"another example of Beijing's"
    ' provocative behavior"'
)
V = [
    ("Japan", "ACCUSE", "China", True, LEAD, "strong protest"),
    ("Japan", "PROTEST", "China", False, LEAD, "alternative for a diplomatic protest"),
    ("China", "COERCE", "Japan", True, LEAD, "airspace violation by a Y-9"),
    ("China", "MOBILIZE", "Japan", False, LEAD, "alternative: military posture"),
    ("Japan", "MOBILIZE", "China", False, SCRAMBLE, "target implied"),
    ("Japan", "THREATEN", "China", False, SCRAMBLE, "warnings to the aircraft"),
    ("Masataka Okano", "ACCUSE", "Shi Yong", True, SUMMON, "summoned"),
    ("Masataka Okano", "ACCUSE", "China", False, SUMMON, "state level"),
    ("Masataka Okano", "CONSULT", "Shi Yong", False, SUMMON, "meeting"),
    (
        "Masataka Okano",
        "ROLE",
        "Japan",
        True,
        "Vice Foreign Minister Masataka Okano",
        "Vice Foreign Minister",
    ),
    (
        "Shi Yong",
        "ROLE",
        "China",
        True,
        "Shi Yong, the acting Chinese ambassador to Japan",
        "acting ambassador",
    ),
    (
        "Masataka Okano",
        "ACCUSE",
        "China",
        True,
        'told him the incursion was "a serious violation of Japan\'s sovereignty" and "utterly unacceptable."',
        "",
    ),
    (
        "Masataka Okano",
        "REQUEST",
        "China",
        True,
        "Okano demanded that Beijing take measures to prevent a recurrence",
        "",
    ),
    (
        "Yoshimasa Hayashi",
        "ROLE",
        "Japan",
        True,
        "Chief Cabinet Secretary Yoshimasa Hayashi, the top government spokesman",
        "Chief Cabinet Secretary",
    ),
    (
        "Japan",
        "REQUEST",
        "China",
        True,
        "He said Tokyo was seeking an explanation of the aircraft's intentions from the Chinese side.",
        "",
    ),
    ("Minoru Kihara", "ROLE", "Japan", True, "Defense Minister Minoru Kihara", "Defense Minister"),
    (
        "Minoru Kihara",
        "ACCUSE",
        "China",
        False,
        'the incident "not only infringes on our sovereignty but also threatens our security,"',
        "China not named in the sentence",
    ),
    (
        "Lin Jian",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesman Lin Jian",
        "Foreign Ministry spokesman",
    ),
    (
        "China",
        "CONSULT",
        "Japan",
        True,
        "Beijing and Tokyo were in communication through diplomatic channels",
        "",
    ),
    (
        "Lin Jian",
        "REJECT",
        "Japan",
        False,
        '"China has no intention of violating the airspace of any country," Lin told a regular press briefing.',
        "denial",
    ),
    (
        "China",
        "MOBILIZE",
        "Japan",
        False,
        "Chinese navy vessels and coast guard ships regularly sail near the Senkaku Islands",
        "",
    ),
    ("China", "COOPERATE", "Russia", True, BOMB, "joint bomber flights"),
    ("China", "MOBILIZE", "Japan", False, BOMB, ""),
    ("Russia", "MOBILIZE", "Japan", False, BOMB, ""),
    ("North American Aerospace Defense Command", "MOBILIZE", "China", False, ALASKA, "intercept"),
    ("North American Aerospace Defense Command", "MOBILIZE", "Russia", False, ALASKA, "intercept"),
    ("Japan", "ACCUSE", "China", True, GRAVE, ""),
    ("Japan", "ACCUSE", "Russia", True, GRAVE, ""),
    (
        "Japan",
        "MOBILIZE",
        "China",
        False,
        "about 70 percent of them against Chinese planes",
        "669 scrambles in FY2023",
    ),
    (
        "China",
        "SANCTION",
        "Japan",
        True,
        "China has banned all imports of Japanese seafood",
        "seafood import ban",
    ),
    ("China", "COERCE", "Japan", False, DETAIN, "passive, agent and target implied"),
    ("China", "COERCE", "Astellas Pharma", False, DETAIN, "employee detained"),
    (
        "Japan",
        "REQUEST",
        "China",
        True,
        "Tokyo has repeatedly called for his early release",
        "release of the Astellas employee",
    ),
    ("Fumio Kishida", "AGREE", "Li Qiang", True, MAY, ""),
    ("Fumio Kishida", "CONSULT", "Li Qiang", True, MAY, "talks in Seoul"),
    ("Fumio Kishida", "ROLE", "Japan", True, "Prime Minister Fumio Kishida", "Prime Minister"),
    ("Li Qiang", "ROLE", "China", True, "Chinese Premier Li Qiang", "Premier"),
    (
        "Japan",
        "CONSULT",
        "China",
        True,
        "the two governments have kept up dialogue on the seafood issue",
        "",
    ),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    ("Yoko Kamikawa", "ROLE", "Japan", True, "Foreign Minister Yoko Kamikawa", "Foreign Minister"),
    ("Wang Yi", "ROLE", "China", True, "her Chinese counterpart Wang Yi", "Foreign Minister"),
    ("Yoko Kamikawa", "CONSULT", "Wang Yi", False, KAMI, "considered"),
    ("Yoko Kamikawa", "ACCUSE", "China", False, KAMI, "considered"),
    (
        "Japan",
        "COOPERATE",
        "United States",
        True,
        "Japan has tightened security cooperation with the United States",
        "",
    ),
    (
        "United States",
        "ACCUSE",
        "China",
        True,
        "the United States, which has expressed concern over China's conduct",
        "",
    ),
    (
        "Rahm Emanuel",
        "ROLE",
        "United States",
        True,
        "U.S. Ambassador to Japan Rahm Emanuel",
        "Ambassador to Japan",
    ),
    ("Rahm Emanuel", "ACCUSE", "China", True, EMAN, ""),
    ("Rahm Emanuel", "SUPPORT", "Japan", True, "said Washington stood with its ally", ""),
    ("United States", "ALLY", "Japan", True, "said Washington stood with its ally", "'its ally'"),
    (
        "Sayuri Mizuno",
        "ROLE",
        "Sasakawa Peace Foundation",
        True,
        "Sayuri Mizuno, a security analyst at the Sasakawa Peace Foundation",
        "security analyst",
    ),
    (
        "China",
        "MOBILIZE",
        "Japan",
        False,
        '"Beijing may be testing how Japan responds during a change of leadership,"',
        "analyst",
    ),
    (
        "China",
        "MOBILIZE",
        "Taiwan",
        False,
        "it had detected 16 Chinese aircraft around Taiwan over the previous 24 hours",
        "",
    ),
]
