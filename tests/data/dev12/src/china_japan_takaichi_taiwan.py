"""Gold tables for china_japan_takaichi_taiwan.txt."""

CN, JP, TW, US = "Q148", "Q17", "Q865", "Q30"
E = [
    (
        "China",
        "Country",
        CN,
        [
            "Beijing",
            "Chinese",
            "the Chinese Foreign Ministry",
            "The Chinese Ministry of National Defense",
            "the Chinese People's Liberation Army",
            "the Taiwan Affairs Office of the State Council",
        ],
        CN,
    ),
    ("Japan", "Country", JP, ["Tokyo", "Japanese", "the Japanese side", "the Diet"], JP),
    ("Taiwan", "Country", TW, ["The Taiwan authorities"], TW),
    ("United States", "Country", US, ["US", "Washington"], US),
    ("South Korea", "Country", "Q884", [], "Q884"),
    ("Sun Weidong", "Person", None, ["Chinese Vice Foreign Minister Sun Weidong", "Sun"], CN),
    ("Kenji Kanasugi", "Person", None, ["Japanese Ambassador to China Kenji Kanasugi"], JP),
    (
        "Sanae Takaichi",
        "Person",
        None,
        ["Japanese Prime Minister Sanae Takaichi", "Takaichi"],
        JP,
    ),
    ("Lin Jian", "Person", None, ["Chinese Foreign Ministry spokesperson Lin Jian", "Lin"], CN),
    (
        "Takehiro Funakoshi",
        "Person",
        None,
        ["Japan's Vice Foreign Minister Takehiro Funakoshi"],
        JP,
    ),
    ("Wu Jianghao", "Person", None, ["Chinese Ambassador to Japan Wu Jianghao"], CN),
    ("Xue Jian", "Person", None, ["Xue"], CN),
    ("Minoru Kihara", "Person", None, ["Japanese Chief Cabinet Secretary Minoru Kihara"], JP),
    ("Da Zhigang", "Person", None, [], None),
    (
        "Institute of Northeast Asian Studies",
        "Organization",
        None,
        ["the Institute of Northeast Asian Studies"],
        None,
    ),
    (
        "Heilongjiang Provincial Academy of Social Sciences",
        "Organization",
        None,
        ["the Heilongjiang Provincial Academy of Social Sciences"],
        None,
    ),
    ("Jiang Bin", "Person", None, ["Spokesperson Jiang Bin"], CN),
    ("Lai Ching-te", "Person", None, ["Taiwan leader Lai Ching-te"], TW),
    ("George Glass", "Person", None, ["US Ambassador to Japan George Glass"], US),
    ("Xi Jinping", "Person", "Q15031", ["Chinese President Xi Jinping"], CN),
    ("APEC", "IGO", None, [], None),
    ("Lü Chao", "Person", None, [], None),
    (
        "Liaoning Academy of Social Sciences",
        "Organization",
        None,
        ["the Liaoning Academy of Social Sciences"],
        None,
    ),
    ("Global Times", "Organization", None, ["the Global Times"], None),
    ("Osaka", "Location", None, [], None),
    ("Taiwan Straits", "Location", None, ["the Taiwan Straits"], None),
    ("Gyeongju", "Location", None, [], None),
    ("First Sino-Japanese War", "Event", None, ["the First Sino-Japanese War"], None),
    (
        "Chinese People's War of Resistance against Japanese Aggression",
        "Event",
        None,
        ["the Chinese People's War of Resistance against Japanese Aggression"],
        None,
    ),
]

SUMMON = (
    "Chinese Vice Foreign Minister Sun Weidong on Thursday summoned Japanese Ambassador to China Kenji Kanasugi and "
    "lodged stern representations over Japanese Prime Minister Sanae Takaichi's erroneous remarks on Taiwan"
)
RETRACT = "urging Tokyo to immediately retract them"
REMARKS = (
    'suggested that a "Taiwan contingency" could constitute a "survival-threatening situation" for Japan, under '
    "which it may exercise the right of collective self-defense"
)
VIOL = (
    "The remarks seriously violated the one-China principle and the four political documents between China and "
    "Japan, and grossly interfered in China's internal affairs, Sun said."
)
CONSEQ = '"If Japan insists on going down the wrong path, it must bear all the consequences," Sun told the ambassador'
LIN = (
    '"We urge the Japanese side to immediately correct its wrongdoings and withdraw the egregious remarks, or it '
    'must bear all the consequences," Lin said.'
)
PROTESTS = 'China had made "strong protests" to Japan through diplomatic channels'
JSUMMON = (
    "Japan's Vice Foreign Minister Takehiro Funakoshi summoned Chinese Ambassador to Japan Wu Jianghao to protest "
    "against a social media post by Xue Jian, China's consul general in Osaka"
)
DA = (
    "\"The Japanese side is hyping up a diplomat's personal post to cover up the essence of the matter, which is "
    'its prime minister openly threatening military intervention in the Taiwan Straits,"'
)
JIANG = (
    'if Japan dared to intervene militarily in the Taiwan Straits, it would suffer "a crushing defeat against the '
    "iron will of the Chinese People's Liberation Army\""
)
MET = (
    "Takaichi met Chinese President Xi Jinping on the sidelines of the APEC meeting in Gyeongju, South Korea, on "
    "October 31"
)
AGREED = (
    'the two sides agreed to pursue a "mutually beneficial relationship based on common strategic interests"'
)
LU = '"It has taken less than two weeks for Takaichi to undermine the consensus reached by the two leaders," Lü Chao'
WARN = "He warned that exchanges in tourism, education and trade could be affected if Tokyo did not change course."
CEDED = "Taiwan was ceded to Japan in 1895 after the First Sino-Japanese War."
V = [
    ("Sun Weidong", "ACCUSE", "Kenji Kanasugi", True, SUMMON, "summoning"),
    ("Sun Weidong", "ACCUSE", "Japan", False, SUMMON, "summoning, state level"),
    ("Sun Weidong", "CONSULT", "Kenji Kanasugi", False, SUMMON, "summoning as meeting"),
    ("Sun Weidong", "ACCUSE", "Sanae Takaichi", True, SUMMON, "'erroneous remarks'"),
    ("Sun Weidong", "REQUEST", "Japan", True, RETRACT, "retraction demand"),
    ("Sanae Takaichi", "THREATEN", "China", False, REMARKS, "hypothetical use of collective self-defense"),
    ("Sun Weidong", "ACCUSE", "Sanae Takaichi", True, VIOL, ""),
    ("Sun Weidong", "ACCUSE", "Japan", False, VIOL, "remarks attributed to Japan"),
    ("Sun Weidong", "THREATEN", "Japan", True, CONSEQ, "conditional threat"),
    (
        "Sun Weidong",
        "THREATEN",
        "Japan",
        False,
        "the Chinese people would never allow any country to meddle in the Taiwan question",
        "general warning",
    ),
    (
        "China",
        "ACCUSE",
        "Japan",
        False,
        "It was the first time in years that Beijing had summoned Tokyo's envoy over remarks by a Japanese leader",
        "summoning restated at state level",
    ),
    (
        "Lin Jian",
        "ACCUSE",
        "Sanae Takaichi",
        True,
        'Takaichi\'s remarks were "extremely dangerous"',
        "",
    ),
    ("China", "ACCUSE", "Japan", True, PROTESTS, "diplomatic protest"),
    ("China", "PROTEST", "Japan", False, PROTESTS, "protest via diplomatic channels"),
    ("Lin Jian", "REQUEST", "Japan", True, LIN, "withdraw remarks"),
    ("Lin Jian", "THREATEN", "Japan", True, LIN, "conditional threat"),
    ("Sanae Takaichi", "REJECT", "China", True, "Takaichi has refused to retract the remarks.", "refusal"),
    (
        "Sanae Takaichi",
        "CONCEDE",
        "China",
        False,
        "though she would refrain from citing specific scenarios in the future",
        "partial softening",
    ),
    ("Takehiro Funakoshi", "ACCUSE", "Wu Jianghao", True, JSUMMON, "summoning"),
    ("Takehiro Funakoshi", "ACCUSE", "Xue Jian", True, JSUMMON, "protest against post"),
    ("Japan", "ACCUSE", "China", False, JSUMMON, "summoning, state level"),
    ("Takehiro Funakoshi", "CONSULT", "Wu Jianghao", False, JSUMMON, "summoning as meeting"),
    ("Japan", "ACCUSE", "Xue Jian", True, 'which Tokyo described as "extremely inappropriate"', ""),
    (
        "Minoru Kihara",
        "REQUEST",
        "China",
        True,
        'Minoru Kihara has demanded that China take "appropriate measures"',
        "",
    ),
    (
        "Japan",
        "ACCUSE",
        "Xue Jian",
        False,
        "some right-wing lawmakers have called for Xue to be declared persona non grata",
        "lawmakers' call, not government",
    ),
    ("Da Zhigang", "ACCUSE", "Japan", False, DA, "analyst"),
    ("Sanae Takaichi", "THREATEN", "China", False, DA, "analyst's characterisation"),
    (
        "China",
        "THREATEN",
        "Japan",
        True,
        "The Chinese Ministry of National Defense also issued a warning on Thursday.",
        "",
    ),
    ("Jiang Bin", "THREATEN", "Japan", True, JIANG, "conditional threat"),
    (
        "Jiang Bin",
        "THREATEN",
        "Japan",
        True,
        "\"Japan's right-wing forces must not underestimate the strong determination of the 1.4 billion Chinese people",
        "",
    ),
    (
        "Taiwan",
        "SUPPORT",
        "Sanae Takaichi",
        True,
        "The Taiwan authorities, meanwhile, voiced support for Takaichi.",
        "",
    ),
    (
        "Lai Ching-te",
        "REQUEST",
        "China",
        True,
        'Taiwan leader Lai Ching-te called on Beijing to "exercise restraint"',
        "",
    ),
    (
        "China",
        "ACCUSE",
        "Lai Ching-te",
        True,
        'a statement the Taiwan Affairs Office of the State Council described as "colluding with external forces to '
        'seek independence."',
        "",
    ),
    (
        "United States",
        "SUPPORT",
        "Japan",
        True,
        "Some US officials have also sided with Tokyo.",
        "",
    ),
    (
        "George Glass",
        "SUPPORT",
        "Sanae Takaichi",
        True,
        "US Ambassador to Japan George Glass wrote on social media that he stood with Takaichi",
        "",
    ),
    (
        "United States",
        "SUPPORT",
        "Japan",
        False,
        "another example of Washington encouraging Japan's militarist tendencies",
        "unnamed expert's framing",
    ),
    ("Sanae Takaichi", "CONSULT", "Xi Jinping", True, MET, "APEC sidelines meeting"),
    ("China", "AGREE", "Japan", True, AGREED, ""),
    ("Xi Jinping", "AGREE", "Sanae Takaichi", False, AGREED, "leader level"),
    ("China", "ALLY", "Japan", False, AGREED, "'strategic' relationship framework, not an alliance"),
    (
        "China",
        "AGREE",
        "Japan",
        False,
        "the four political documents between China and Japan",
        "historical, noun phrase",
    ),
    ("Lü Chao", "ACCUSE", "Sanae Takaichi", False, LU, "analyst"),
    ("Lü Chao", "THREATEN", "Japan", False, WARN, "analyst's warning"),
    ("China", "CONCEDE", "Japan", False, CEDED, "1895 cession, historical"),
    ("Japan", "COERCE", "Taiwan", False, "the recovery of Taiwan from Japanese colonial rule", "historical"),
    (
        "Japan",
        "ASSAULT",
        "China",
        False,
        "the Chinese People's War of Resistance against Japanese Aggression",
        "historical, noun phrase",
    ),
    (
        "Sun Weidong",
        "ROLE",
        "China",
        True,
        "Chinese Vice Foreign Minister Sun Weidong",
        "Vice Foreign Minister",
    ),
    (
        "Kenji Kanasugi",
        "ROLE",
        "Japan",
        True,
        "Japanese Ambassador to China Kenji Kanasugi",
        "Ambassador to China",
    ),
    ("Sanae Takaichi", "ROLE", "Japan", True, "Japanese Prime Minister Sanae Takaichi", "Prime Minister"),
    (
        "Lin Jian",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesperson Lin Jian",
        "Foreign Ministry spokesperson",
    ),
    (
        "Takehiro Funakoshi",
        "ROLE",
        "Japan",
        True,
        "Japan's Vice Foreign Minister Takehiro Funakoshi",
        "Vice Foreign Minister",
    ),
    ("Wu Jianghao", "ROLE", "China", True, "Chinese Ambassador to Japan Wu Jianghao", "Ambassador to Japan"),
    (
        "Xue Jian",
        "ROLE",
        "China",
        True,
        "Xue Jian, China's consul general in Osaka",
        "Consul General in Osaka",
    ),
    (
        "Minoru Kihara",
        "ROLE",
        "Japan",
        True,
        "Japanese Chief Cabinet Secretary Minoru Kihara",
        "Chief Cabinet Secretary",
    ),
    (
        "Da Zhigang",
        "ROLE",
        "Institute of Northeast Asian Studies",
        True,
        "Da Zhigang, director of the Institute of Northeast Asian Studies",
        "Director",
    ),
    (
        "Jiang Bin",
        "ROLE",
        "China",
        True,
        "Spokesperson Jiang Bin said that if Japan dared to intervene militarily",
        "Ministry of National Defense spokesperson",
    ),
    ("Lai Ching-te", "ROLE", "Taiwan", True, "Taiwan leader Lai Ching-te", "leader (President)"),
    (
        "George Glass",
        "ROLE",
        "United States",
        True,
        "US Ambassador to Japan George Glass",
        "Ambassador to Japan",
    ),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    (
        "Lü Chao",
        "ROLE",
        "Liaoning Academy of Social Sciences",
        True,
        "Lü Chao, an expert on East Asian affairs at the Liaoning Academy of Social Sciences",
        "expert on East Asian affairs",
    ),
]
