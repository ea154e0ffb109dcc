"""Gold tables for icj_climate_opinion_liveblog.txt."""

ICJ = "International Court of Justice"
UNGA = "United Nations General Assembly"
UN = "United Nations"
PIS = "Pacific Islands Students Fighting Climate Change"
AOSIS = "Alliance of Small Island States"
VU, US, AU, NZ = "Q686", "Q30", "Q408", "Q664"
E = [
    (ICJ, "IGO", "Q7801", ["ICJ", "World Court", "the court", "the judges"], None),
    (UNGA, "IGO", "Q47423", ["UN General Assembly", "the General Assembly", "General Assembly"], None),
    (UN, "IGO", "Q1065", ["UN"], None),
    ("Vanuatu", "Country", VU, ["Port Vila", "Vanuatu's lawyers"], VU),
    (
        "United States",
        "Country",
        US,
        ["Washington", "the US", "The State Department", "White House", "America"],
        US,
    ),
    ("Taylor Rogers", "Person", None, ["A White House spokeswoman, Taylor Rogers"], US),
    ("Donald Trump", "Person", "Q22686", ["President Donald Trump"], US),
    ("Australia", "Country", AU, ["Canberra"], AU),
    ("Chris Bowen", "Person", None, ["Bowen", "Australia's Climate Change Minister Chris Bowen"], AU),
    ("COP31", "Event", None, ["the COP31 climate summit"], None),
    ("COP30", "Event", None, [], None),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("Turkey", "Country", "Q43", ["Türkiye"], "Q43"),
    ("António Guterres", "Person", None, ["Guterres", "UN Secretary-General António Guterres"], UN),
    ("Tuvalu", "Country", "Q672", [], "Q672"),
    ("Feleti Teo", "Person", None, ["Tuvalu's Prime Minister Feleti Teo"], "Q672"),
    ("Fiji", "Country", "Q712", ["Suva"], "Q712"),
    ("Sitiveni Rabuka", "Person", None, ["Fiji's Prime Minister Sitiveni Rabuka"], "Q712"),
    ("Palau", "Country", "Q695", [], "Q695"),
    ("Ilana Seid", "Person", None, ["Palau's UN ambassador Ilana Seid"], "Q695"),
    (AOSIS, "IGO", None, ["the 39-member bloc"], None),
    (
        "Ralph Regenvanu",
        "Person",
        None,
        ["Regenvanu", "Vanuatu's Climate Change Minister Ralph Regenvanu"],
        VU,
    ),
    ("Peace Palace", "Location", None, ["the Peace Palace"], None),
    ("The Hague", "Location", None, [], None),
    ("Yuji Iwasawa", "Person", None, ["ICJ President Yuji Iwasawa"], ICJ),
    ("Japan", "Country", "Q17", [], "Q17"),
    ("University of the South Pacific", "Organization", None, [], None),
    (PIS, "Organization", None, [], None),
    ("Vishal Prasad", "Person", None, ["campaigner Vishal Prasad"], None),
    ("Saudi Arabia", "Country", "Q851", [], "Q851"),
    ("Kuwait", "Country", "Q817", [], "Q817"),
    ("China", "Country", "Q148", [], "Q148"),
    ("India", "Country", "Q668", [], "Q668"),
    ("New Zealand", "Country", NZ, ["Wellington", "Parliament"], NZ),
    ("Simon Watts", "Person", None, ["New Zealand's Climate Change Minister Simon Watts"], NZ),
    ("Margaretha Wewerinke-Singh", "Person", None, [], None),
    ("University of Amsterdam", "Organization", None, [], None),
    ("RNZ", "Organization", None, [], None),
    ("Losana Vakaloloma", "Person", None, [], None),
    ("James Ruatoka", "Person", None, [], None),
]

HEAD = "World Court delivers landmark climate opinion sought by Vanuatu and Pacific students"
REQ = "The advisory opinion was requested by the UN General Assembly at the initiative of Vanuatu"
ROG = (
    'A White House spokeswoman, Taylor Rogers, said President Donald Trump "will always put America first" and '
    'that the administration would not be bound by "activist" interpretations'
)
USARG = "The United States, which argued at the December hearings that the Paris Agreement alone governs states' duties"
AUS = (
    "Australia told the judges in December that existing treaties set the limits of its obligations, a position "
    "Vanuatu's lawyers rejected at the time"
)
GUT = 'UN Secretary-General António Guterres hailed the opinion as "a victory for our planet'
WEL = "Tuvalu and Fiji welcome ruling"
TEO = 'Tuvalu\'s Prime Minister Feleti Teo said the opinion "confirms what our people have known for decades"'
RAB = 'Fiji\'s Prime Minister Sitiveni Rabuka thanked Port Vila for its "courageous leadership"'
BACK = "said Suva would back any General Assembly resolution to give effect to it"
SEID = "Palau's UN ambassador Ilana Seid, who chairs the Alliance of Small Island States"
REG = 'Vanuatu\'s Climate Change Minister Ralph Regenvanu, speaking outside the Peace Palace, called the ruling "a turning point for climate justice"'
TABLE = 'He said Vanuatu would table a General Assembly resolution within months "to turn this opinion into action"'
QS = "All 15 judges agreed on the answers to both questions put by the General Assembly"
ASKED = '"We asked our government to take the biggest problem in the world to the highest court in the world," said campaigner Vishal Prasad'
ADOPT = "In March 2023, the General Assembly adopted Vanuatu's request for an opinion by consensus, with more than 130 co-sponsors"
OIL = (
    "Major oil producers, among them Saudi Arabia and Kuwait, argued the court should not create obligations "
    "beyond the UN climate treaties"
)
CI = "China and India also urged restraint"
WATTS = "New Zealand's Climate Change Minister Simon Watts told RNZ last week that Wellington would \"respect the court's role\""
WS = "Margaretha Wewerinke-Singh, a Vanuatu legal adviser and professor at the University of Amsterdam"
V = [
    ("Vanuatu", "REQUEST", ICJ, False, HEAD, "sought by; formally UNGA's request"),
    (PIS, "REQUEST", ICJ, False, HEAD, "'Pacific students'"),
    (UNGA, "REQUEST", ICJ, True, REQ, "passive"),
    ("Vanuatu", "REQUEST", UNGA, False, REQ, "initiative"),
    ("Vanuatu", "REQUEST", ICJ, False, REQ, "initiative"),
    ("United States", "REJECT", ICJ, False, "Washington dismisses ruling", "dismissal"),
    ("Taylor Rogers", "REJECT", ICJ, True, ROG, "will not be bound"),
    ("United States", "REQUEST", ICJ, False, USARG, "argued at hearings"),
    ("Australia", "REQUEST", ICJ, False, AUS, "argued at hearings"),
    ("Vanuatu", "REJECT", "Australia", False, AUS, "rejected a legal position"),
    ("António Guterres", "SUPPORT", ICJ, True, GUT, "hailed opinion"),
    ("Tuvalu", "SUPPORT", ICJ, True, WEL, "welcome"),
    ("Fiji", "SUPPORT", ICJ, True, WEL, "welcome"),
    ("Feleti Teo", "SUPPORT", ICJ, False, TEO, "endorsement in a quote"),
    ("Sitiveni Rabuka", "SUPPORT", "Vanuatu", True, RAB, "praise"),
    ("Fiji", "SUPPORT", "Vanuatu", False, BACK, "future backing of resolution"),
    ("Fiji", "SUPPORT", UNGA, False, BACK, "future"),
    ("Palau", "MEMBER_OF", AOSIS, False, SEID, "implied by chair"),
    ("Ralph Regenvanu", "SUPPORT", ICJ, True, REG, "praised ruling"),
    ("Vanuatu", "REQUEST", UNGA, False, TABLE, "planned resolution"),
    (UNGA, "REQUEST", ICJ, True, QS, "questions put"),
    (PIS, "REQUEST", "Vanuatu", False, ASKED, "'our government'"),
    ("Vanuatu", "SUPPORT", PIS, True, "Vanuatu took up their campaign in 2021", ""),
    (UNGA, "AGREE", "Vanuatu", True, ADOPT, "adopted request by consensus"),
    ("Saudi Arabia", "REQUEST", ICJ, False, OIL, "legal argument"),
    ("Kuwait", "REQUEST", ICJ, False, OIL, "legal argument"),
    ("China", "REQUEST", ICJ, True, CI, "urged restraint"),
    ("India", "REQUEST", ICJ, True, CI, "urged restraint"),
    ("Simon Watts", "SUPPORT", ICJ, False, WATTS, "hedged"),
    ("New Zealand", "SUPPORT", ICJ, False, WATTS, "hedged"),
    (
        "Taylor Rogers",
        "ROLE",
        "United States",
        True,
        "A White House spokeswoman, Taylor Rogers",
        "White House spokeswoman",
    ),
    ("Donald Trump", "ROLE", "United States", True, "President Donald Trump", "President"),
    (
        "Chris Bowen",
        "ROLE",
        "Australia",
        True,
        "Australia's Climate Change Minister Chris Bowen",
        "Climate Change Minister",
    ),
    ("António Guterres", "ROLE", UN, True, "UN Secretary-General António Guterres", "Secretary-General"),
    ("Feleti Teo", "ROLE", "Tuvalu", True, "Tuvalu's Prime Minister Feleti Teo", "Prime Minister"),
    ("Sitiveni Rabuka", "ROLE", "Fiji", True, "Fiji's Prime Minister Sitiveni Rabuka", "Prime Minister"),
    ("Ilana Seid", "ROLE", "Palau", True, "Palau's UN ambassador Ilana Seid", "UN ambassador"),
    ("Ilana Seid", "ROLE", AOSIS, True, SEID, "chair"),
    (
        "Ralph Regenvanu",
        "ROLE",
        "Vanuatu",
        True,
        "Vanuatu's Climate Change Minister Ralph Regenvanu",
        "Climate Change Minister",
    ),
    ("Yuji Iwasawa", "ROLE", ICJ, True, "ICJ President Yuji Iwasawa of Japan", "President"),
    (
        "Simon Watts",
        "ROLE",
        "New Zealand",
        True,
        "New Zealand's Climate Change Minister Simon Watts",
        "Climate Change Minister",
    ),
    ("Margaretha Wewerinke-Singh", "ROLE", "University of Amsterdam", True, WS, "professor"),
    ("Margaretha Wewerinke-Singh", "ROLE", "Vanuatu", False, WS, "legal adviser (not a state official)"),
    ("Vishal Prasad", "ROLE", PIS, False, ASKED, "campaigner"),
]
