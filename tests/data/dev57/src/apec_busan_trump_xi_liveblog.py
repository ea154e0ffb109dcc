"""Gold tables for apec_busan_trump_xi_liveblog.txt."""

US, CN, KR, KP, JP, CA = "Q30", "Q148", "Q884", "Q423", "Q17", "Q16"
E = [
    ("United States", "Country", US, ["US", "Washington", "American", "the Pentagon"], US),
    (
        "China",
        "Country",
        CN,
        ["Beijing", "Chinese", "China's commerce ministry", "Chinese foreign ministry"],
        CN,
    ),
    ("South Korea", "Country", KR, ["Seoul"], KR),
    ("North Korea", "Country", KP, ["Pyongyang", "North Korean"], KP),
    ("Japan", "Country", JP, [], JP),
    ("Canada", "Country", CA, ["Ottawa"], CA),
    ("Russia", "Country", "Q159", ["The Kremlin"], "Q159"),
    ("Taiwan", "Country", "Q865", [], "Q865"),
    (
        "Donald Trump",
        "Person",
        "Q22686",
        ["Trump", "US President Donald Trump"],
        US,
    ),
    ("Xi Jinping", "Person", "Q15031", ["Xi", "Chinese President Xi Jinping"], CN),
    ("Lee Jae-myung", "Person", None, ["Lee", "President Lee Jae-myung"], KR),
    ("Kim Jong Un", "Person", "Q56226", ["North Korea's leader"], KP),
    ("Scott Bessent", "Person", None, ["Treasury Secretary Scott Bessent"], US),
    ("He Lifeng", "Person", None, ["Vice-Premier He Lifeng"], CN),
    ("Kim Yong-beom", "Person", None, [], KR),
    ("Sanae Takaichi", "Person", None, ["Takaichi"], JP),
    ("Mark Carney", "Person", None, ["Carney"], CA),
    ("Guo Jiakun", "Person", None, ["Chinese foreign ministry spokesperson Guo Jiakun"], CN),
    ("Marco Rubio", "Person", "Q324546", ["Secretary of State Marco Rubio"], US),
    ("Cho Hyun", "Person", None, ["Foreign Minister Cho Hyun"], KR),
    ("Ronald Reagan", "Person", "Q9960", [], None),
    ("Hannah Ellery", "Person", None, [], None),
    ("Chen Wei-ming", "Person", None, [], None),
    ("Asia-Pacific Economic Cooperation", "IGO", None, ["Apec"], None),
    (
        "Korean Confederation of Trade Unions",
        "Organization",
        None,
        ["the Korean Confederation of Trade Unions"],
        None,
    ),
    ("Xinhua", "Organization", None, [], CN),
    ("KCNA", "Organization", None, [], KP),
    ("Truth Social", "Organization", None, [], None),
    ("Philly Shipyard", "Organization", None, ["the Philly Shipyard"], None),
    ("Gimhae air base", "Location", None, [], None),
    ("Busan", "Location", None, [], None),
    ("Gyeongju", "Location", None, [], None),
    ("Kuala Lumpur", "Location", None, [], None),
    ("Yellow Sea", "Location", None, ["the Yellow Sea"], None),
    ("Tokyo", "Location", None, [], None),
    ("Ontario", "Location", None, [], None),
]

MET = "US President Donald Trump and Chinese President Xi Jinping met for about 100 minutes at Gimhae air base in Busan"
CUT = 'Trump said he would cut the "fentanyl" tariff on Chinese goods from 20% to 10%'
PAUSE = (
    "China agreed to pause for one year the sweeping rare earth export controls it announced on 9 October, and "
    "to resume purchases of American soybeans"
)
SUSP = (
    "Beijing would suspend the 9 October export control measures for one year, while Washington would suspend "
    "for a year its rule extending blacklist restrictions to subsidiaries of listed Chinese firms"
)
ABUSE = 'It also said Xi warned that Washington should not "abuse" export controls'
BESSENT = (
    "Treasury Secretary Scott Bessent said the details had been settled with Vice-Premier He Lifeng in Kuala "
    "Lumpur on Sunday"
)
SUBM = 'Trump said he had given South Korea "approval to build a Nuclear Powered Submarine"'
DEAL = "South Korea will invest $350bn in the US"
GIFT = "Lee presented Trump with a replica Silla-era golden crown and the Grand Order of Mugunghwa"
KCTU = (
    "Several thousand members of the Korean Confederation of Trade Unions marched near the summit venue, "
    'denouncing the investment package as "tribute" to Washington'
)
TOKYO = "On Tuesday in Tokyo she and Trump signed a framework on critical minerals and rare earths"
CANADA = "Trump said he would not meet Carney in South Korea after he ended all trade negotiations with Ottawa last week"
V = [
    ("Donald Trump", "CONSULT", "Xi Jinping", True, MET, "about 100 minutes"),
    ("Donald Trump", "CONCEDE", "China", True, CUT, "fentanyl tariff 20% -> 10%, overall about 47%"),
    ("China", "AGREE", "United States", True, PAUSE, "truce"),
    ("China", "CONCEDE", "United States", True, PAUSE, "rare earth controls paused one year"),
    ("China", "COOPERATE", "United States", False, PAUSE, "soybean purchases to resume"),
    ("China", "SANCTION", "United States", False, PAUSE, "background noun phrase: 9 October export controls"),
    ("Donald Trump", "CONSULT", "China", False, "Trump said he would visit China in April", "planned"),
    (
        "China",
        "AGREE",
        "United States",
        True,
        "China's commerce ministry has confirmed the truce",
        "confirmed",
    ),
    ("China", "CONCEDE", "United States", True, SUSP, "controls suspended"),
    ("United States", "CONCEDE", "China", True, SUSP, "affiliates rule suspended"),
    (
        "China",
        "REQUEST",
        "United States",
        False,
        'The ministry said both sides should "properly handle differences through equal consultation"',
        "appeal to both sides",
    ),
    (
        "Xi Jinping",
        "SUPPORT",
        "Donald Trump",
        False,
        'quoted Xi as telling Trump that the two countries "should be partners and friends"',
        "appeal",
    ),
    ("Xi Jinping", "REQUEST", "United States", True, ABUSE, "warning, pronoun 'It' = Xinhua"),
    ("Xi Jinping", "ACCUSE", "United States", False, ABUSE, "implied accusation"),
    (
        "Donald Trump",
        "SUPPORT",
        "Xi Jinping",
        False,
        'Trump called the meeting "amazing" and rated it "12 out of 10"',
        "praise of the meeting",
    ),
    (
        "Xi Jinping",
        "AGREE",
        "Donald Trump",
        True,
        'He said Xi had agreed to "work very hard" to stop the flow of fentanyl precursors',
        "fentanyl",
    ),
    ("Scott Bessent", "AGREE", "He Lifeng", True, BESSENT, "Kuala Lumpur"),
    ("Scott Bessent", "CONSULT", "He Lifeng", True, BESSENT, "Kuala Lumpur talks"),
    (
        "Donald Trump",
        "REQUEST",
        "Kim Jong Un",
        False,
        'Trump repeated on the flight that he would "love to meet" North Korea\'s leader',
        "wish to meet",
    ),
    ("Donald Trump", "CONCEDE", "South Korea", True, SUBM, "approval"),
    ("Donald Trump", "AGREE", "South Korea", False, SUBM, "alternative reading"),
    (
        "United States",
        "COOPERATE",
        "South Korea",
        False,
        "that it would be built at the Philly Shipyard",
        "future",
    ),
    (
        "Lee Jae-myung",
        "REQUEST",
        "Donald Trump",
        True,
        "President Lee Jae-myung had asked Trump on Wednesday to allow Seoul to obtain fuel for nuclear-powered "
        "submarines",
        "fuel request",
    ),
    (
        "South Korea",
        "AGREE",
        "United States",
        True,
        "the two governments had finalised the tariff deal agreed in principle in July",
        "trade deal",
    ),
    ("South Korea", "COOPERATE", "United States", True, DEAL, "$350bn investment"),
    (
        "United States",
        "CONCEDE",
        "South Korea",
        True,
        "Washington will lower its tariff on Korean cars to 15%",
        "car tariff 15%",
    ),
    (
        "Lee Jae-myung",
        "CONSULT",
        "Donald Trump",
        True,
        "At Wednesday's summit in Gyeongju, Lee presented Trump",
        "summit",
    ),
    ("Lee Jae-myung", "SUPPORT", "Donald Trump", True, GIFT, "gifts and decoration"),
    ("Korean Confederation of Trade Unions", "PROTEST", "United States", True, KCTU, "march"),
    ("Korean Confederation of Trade Unions", "ACCUSE", "South Korea", False, KCTU, "denounced the package"),
    (
        "Sanae Takaichi",
        "CONSULT",
        "Xi Jinping",
        False,
        "Sanae Takaichi, is due to meet Xi in Gyeongju on Friday",
        "planned",
    ),
    ("Sanae Takaichi", "AGREE", "Donald Trump", True, TOKYO, "critical minerals framework"),
    ("Sanae Takaichi", "CONSULT", "Donald Trump", True, TOKYO, "meeting in Tokyo"),
    (
        "Sanae Takaichi",
        "SUPPORT",
        "Donald Trump",
        True,
        "she told him she would nominate him for the Nobel peace prize",
        "Nobel nomination",
    ),
    ("Mark Carney", "CONSULT", "Xi Jinping", False, "Mark Carney, is also due to see Xi", "planned"),
    ("Donald Trump", "REJECT", "Mark Carney", True, CANADA, "refuses to meet"),
    ("Donald Trump", "SANCTION", "Canada", True, CANADA, "trade talks ended"),
    (
        "Donald Trump",
        "THREATEN",
        "Canada",
        True,
        "Trump has also threatened Canada with an additional 10% tariff",
        "10% tariff",
    ),
    (
        "Russia",
        "REJECT",
        "Donald Trump",
        False,
        "The Kremlin said Russia had not conducted a nuclear test",
        "denial",
    ),
    (
        "Guo Jiakun",
        "REQUEST",
        "United States",
        True,
        'Guo Jiakun urged Washington to "earnestly abide" by the global moratorium on testing',
        "",
    ),
    (
        "Marco Rubio",
        "CONSULT",
        "Cho Hyun",
        False,
        "Secretary of State Marco Rubio and Foreign Minister Cho Hyun are due to hold talks",
        "planned",
    ),
    ("Xi Jinping", "CONSULT", "Lee Jae-myung", False, "Xi will meet Lee on Saturday", "planned"),
    (
        "Xi Jinping",
        "CONSULT",
        "South Korea",
        False,
        "his first state visit to South Korea in 11 years",
        "planned",
    ),
    ("Donald Trump", "ROLE", "United States", True, "US President Donald Trump", "President"),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    (
        "Scott Bessent",
        "ROLE",
        "United States",
        True,
        "Treasury Secretary Scott Bessent",
        "Treasury Secretary",
    ),
    ("He Lifeng", "ROLE", "China", True, "Vice-Premier He Lifeng", "Vice-Premier"),
    ("Kim Jong Un", "ROLE", "North Korea", True, "North Korea's leader", "leader"),
    ("Lee Jae-myung", "ROLE", "South Korea", True, "President Lee Jae-myung", "President"),
    (
        "Kim Yong-beom",
        "ROLE",
        "South Korea",
        True,
        "Kim Yong-beom, Lee's chief of staff for policy",
        "presidential chief of staff for policy",
    ),
    ("Sanae Takaichi", "ROLE", "Japan", True, "Japan's new prime minister, Sanae Takaichi", "Prime Minister"),
    ("Mark Carney", "ROLE", "Canada", True, "Canada's prime minister, Mark Carney", "Prime Minister"),
    (
        "Guo Jiakun",
        "ROLE",
        "China",
        True,
        "Chinese foreign ministry spokesperson Guo Jiakun",
        "foreign ministry spokesperson",
    ),
    ("Marco Rubio", "ROLE", "United States", True, "Secretary of State Marco Rubio", "Secretary of State"),
    ("Cho Hyun", "ROLE", "South Korea", True, "Foreign Minister Cho Hyun", "Foreign Minister"),
]
