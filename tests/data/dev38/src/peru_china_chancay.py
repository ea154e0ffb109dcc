"""Gold tables for peru_china_chancay.txt."""

CN, PE, US = "Q148", "Q419", "Q30"
E = [
    ("China", "Country", CN, ["Chinese", "the Chinese military", "Chinese Foreign Ministry"], CN),
    ("Peru", "Country", PE, ["Peruvian"], PE),
    ("Xi Jinping", "Person", "Q15031", ["Xi", "Chinese President Xi Jinping"], CN),
    ("Dina Boluarte", "Person", None, ["Boluarte", "Peruvian President Dina Boluarte"], PE),
    ("Chancay Port", "Location", None, ["Chancay"], None),
    ("COSCO Shipping Ports", "Organization", None, [], None),
    ("Volcan Compania Minera", "Organization", None, ["Peruvian miner Volcan Compania Minera"], None),
    ("APEC", "IGO", None, [], None),
    (
        "31st APEC Economic Leaders' Meeting",
        "Event",
        None,
        ["the 31st APEC Economic Leaders' Meeting", "the APEC meeting", "The Economic Leaders' Meeting"],
        None,
    ),
    ("United States", "Country", US, ["U.S.", "Washington", "the United States", "the U.S. side"], US),
    ("Donald Trump", "Person", "Q22686", ["U.S. President-elect Donald Trump"], US),
    ("Lin Jian", "Person", None, ["Lin", "Chinese Foreign Ministry spokesperson Lin Jian"], CN),
    ("Elmer Schialer", "Person", None, ["Peruvian Foreign Minister Elmer Schialer"], PE),
    ("Carlos Aquino", "Person", None, [], None),
    (
        "National University of San Marcos",
        "Organization",
        None,
        ["the National University of San Marcos"],
        None,
    ),
    ("Xinhua", "Organization", None, [], None),
    ("Chile", "Country", "Q298", [], "Q298"),
    ("Ecuador", "Country", "Q736", [], "Q736"),
    ("Colombia", "Country", "Q739", [], "Q739"),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("CELAC", "IGO", None, ["the Community of Latin American and Caribbean States"], None),
]

OPEN = (
    "Chinese President Xi Jinping and Peruvian President Dina Boluarte on Thursday attended, via video link from "
    "the Government Palace in Lima, the opening ceremony of Chancay Port, a flagship project of high-quality Belt "
    "and Road cooperation between the two countries"
)
PARTNER = (
    "The two heads of state agreed to deepen the China-Peru comprehensive strategic partnership, which the two "
    "countries established in 2013"
)
SIGN = (
    "the two presidents witnessed the signing of more than a dozen cooperation documents, including a protocol "
    "upgrading the China-Peru Free Trade Agreement"
)
CLAIM = (
    "some U.S. officials and politicians have claimed that the port could become a foothold for the Chinese "
    'military and a "debt trap" for Peru'
)
TARIFF = "an adviser to U.S. President-elect Donald Trump has suggested imposing tariffs on goods shipped through Chancay"
V = [
    ("Xi Jinping", "COOPERATE", "Dina Boluarte", True, OPEN, "joint inauguration of a BRI project"),
    ("China", "COOPERATE", "Peru", True, OPEN, "Belt and Road cooperation"),
    ("Xi Jinping", "CONSULT", "Dina Boluarte", False, OPEN, "joint attendance by video link"),
    (
        "Xi Jinping",
        "CONSULT",
        "Peru",
        True,
        "Xi, who arrived in Lima earlier in the day for a state visit to Peru",
        "state visit",
    ),
    (
        "Xi Jinping",
        "COOPERATE",
        "Peru",
        False,
        "China is ready to work with Peru to make the port a model of cooperation",
        "intent",
    ),
    ("Dina Boluarte", "SUPPORT", "China", True, "Boluarte thanked China for its support", "thanks"),
    ("China", "SUPPORT", "Peru", False, "Boluarte thanked China for its support", "unspecified support"),
    (
        "COSCO Shipping Ports",
        "COOPERATE",
        "Volcan Compania Minera",
        True,
        (
            "was built and is operated by COSCO Shipping Ports, which holds a 60 percent stake, in partnership with "
            "Peruvian miner Volcan Compania Minera"
        ),
        "60/40 joint venture; $1.3bn first phase, $3.6bn total",
    ),
    (
        "COSCO Shipping Ports",
        "COOPERATE",
        "Peru",
        False,
        "was built and is operated by COSCO Shipping Ports",
        "company-to-country reading",
    ),
    (
        "Xi Jinping",
        "CONSULT",
        "Dina Boluarte",
        True,
        "Before the ceremony, Xi held talks with Boluarte",
        "talks",
    ),
    ("Xi Jinping", "AGREE", "Dina Boluarte", True, PARTNER, "agreed to deepen the partnership"),
    ("China", "ALLY", "Peru", True, PARTNER, "comprehensive strategic partnership since 2013"),
    (
        "Xi Jinping",
        "ALLY",
        "Peru",
        False,
        "Xi said China and Peru are good friends and partners who trust each other",
        "rhetorical friendship",
    ),
    (
        "Xi Jinping",
        "SUPPORT",
        "Peru",
        True,
        "China supports Peru in pursuing a development path suited to its national conditions",
        "",
    ),
    (
        "Dina Boluarte",
        "SUPPORT",
        "China",
        True,
        "Boluarte said Peru firmly adheres to the one-China principle",
        "one-China principle",
    ),
    ("China", "AGREE", "Peru", True, SIGN, "FTA upgrade protocol and other documents"),
    ("Xi Jinping", "AGREE", "Dina Boluarte", False, SIGN, "presidents witnessed, did not sign"),
    (
        "China",
        "AGREE",
        "Peru",
        False,
        "the China-Peru Free Trade Agreement, which took effect in 2010",
        "background",
    ),
    (
        "China",
        "COOPERATE",
        "Peru",
        False,
        "China has been Peru's largest trading partner for a decade",
        "trade relation; type debatable",
    ),
    (
        "Peru",
        "AGREE",
        "China",
        True,
        "Peru signed a memorandum of understanding with China on Belt and Road cooperation in 2019",
        "BRI MoU",
    ),
    ("United States", "ACCUSE", "China", True, CLAIM, "military foothold, debt trap"),
    ("United States", "THREATEN", "Peru", False, TARIFF, "unnamed adviser's suggestion"),
    ("United States", "THREATEN", "China", False, TARIFF, "unnamed adviser's suggestion"),
    (
        "Lin Jian",
        "REJECT",
        "United States",
        False,
        "Chinese Foreign Ministry spokesperson Lin Jian rejected the accusations",
        "denial",
    ),
    (
        "Lin Jian",
        "ACCUSE",
        "United States",
        True,
        "China firmly opposes the U.S. side's groundless smears against normal cooperation",
        "smears",
    ),
    ("Lin Jian", "REQUEST", "United States", True, 'He urged Washington to "stop sowing discord"', ""),
    (
        "Elmer Schialer",
        "REJECT",
        "United States",
        False,
        "Peruvian Foreign Minister Elmer Schialer also dismissed the criticism",
        "dismissal",
    ),
    (
        "China",
        "COOPERATE",
        "CELAC",
        True,
        "China has stepped up cooperation with the Community of Latin American and Caribbean States (CELAC)",
        "",
    ),
    (
        "Xi Jinping",
        "CONSULT",
        "Brazil",
        False,
        "Xi is scheduled to travel on to Brazil for a state visit",
        "scheduled",
    ),
    ("Peru", "MEMBER_OF", "APEC", False, "Peru is hosting APEC for the third time", "implied by hosting"),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    ("Dina Boluarte", "ROLE", "Peru", True, "Peruvian President Dina Boluarte", "President"),
    ("Donald Trump", "ROLE", "United States", True, "U.S. President-elect Donald Trump", "President-elect"),
    (
        "Lin Jian",
        "ROLE",
        "China",
        True,
        "Chinese Foreign Ministry spokesperson Lin Jian",
        "Foreign Ministry spokesperson",
    ),
    ("Elmer Schialer", "ROLE", "Peru", True, "Peruvian Foreign Minister Elmer Schialer", "Foreign Minister"),
    (
        "Carlos Aquino",
        "ROLE",
        "National University of San Marcos",
        True,
        "Carlos Aquino, director of the Center for Asian Studies at the National University of San Marcos",
        "director of the Center for Asian Studies",
    ),
]
