"""Gold tables for focac_beijing_summit.txt."""

CN, UN, AU = "Q148", "Q1065", "Q7159"
E = [
    ("China", "Country", CN, ["Chinese"], CN),
    ("Xi Jinping", "Person", "Q15031", ["Xi", "Chinese President Xi Jinping"], CN),
    ("Africa", "Location", "Q15", [], None),
    ("Forum on China-Africa Cooperation", "IGO", None, ["FOCAC"], None),
    ("2024 Summit of the Forum on China-Africa Cooperation", "Event", None, [], None),
    ("African Union", "IGO", AU, ["the African Union", "the African Union Commission"], None),
    ("United Nations", "IGO", UN, ["UN"], None),
    ("Antonio Guterres", "Person", None, ["Guterres", "UN Secretary-General Antonio Guterres"], UN),
    ("Senegal", "Country", "Q1041", ["Senegalese"], "Q1041"),
    ("Bassirou Diomaye Faye", "Person", None, ["Senegalese President Bassirou Diomaye Faye"], "Q1041"),
    ("Moussa Faki Mahamat", "Person", None, [], AU),
    ("Group of 20", "IGO", "Q19771", [], None),
    ("South Africa", "Country", "Q258", ["South African"], "Q258"),
    ("Cyril Ramaphosa", "Person", None, ["Ramaphosa", "South African President Cyril Ramaphosa"], "Q258"),
    ("Nigeria", "Country", "Q1033", ["Nigerian"], "Q1033"),
    ("Bola Tinubu", "Person", None, ["Nigerian President Bola Tinubu"], "Q1033"),
    ("Kenya", "Country", "Q114", ["Kenyan"], "Q114"),
    ("William Ruto", "Person", None, ["Kenyan President William Ruto"], "Q114"),
    ("Tanzania", "Country", "Q924", ["Tanzanian"], "Q924"),
    ("Samia Suluhu Hassan", "Person", None, ["Tanzanian President Samia Suluhu Hassan"], "Q924"),
    ("Zambia", "Country", "Q953", ["Zambian"], "Q953"),
    ("Hakainde Hichilema", "Person", None, ["Zambian President Hakainde Hichilema"], "Q953"),
    ("Wang Yi", "Person", None, ["Wang", "Chinese Foreign Minister Wang Yi"], CN),
]

FIN = (
    "Chinese President Xi Jinping on Thursday announced that China will provide 360 billion yuan (about 50.7 "
    "billion U.S. dollars) in financial support to Africa over the next three years"
)
ELEV = (
    "said China is ready to elevate its bilateral relations with all African countries that have diplomatic "
    "relations with China to the level of strategic relations"
)
MIL = (
    "China will provide Africa with 1 billion yuan of grants in military assistance, train 6,000 military "
    "personnel and 1,000 police and law enforcement officers for Africa"
)
SA = (
    "Xi announced that China and South Africa have elevated their relations to an all-round strategic "
    "cooperative partnership in the new era"
)
NG = "Xi said China and Nigeria have decided to upgrade their ties to a comprehensive strategic partnership"
NGSIGN = "The two leaders witnessed the signing of cooperation documents on economy and trade, agriculture and media."
TZ = (
    "Xi, together with Tanzanian President Samia Suluhu Hassan and Zambian President Hakainde Hichilema, witnessed "
    "the signing of a memorandum of understanding on the revitalization of the Tanzania-Zambia Railway"
)
SGR = "thanked China for its support in building the Mombasa-Nairobi Standard Gauge Railway"
V = [
    ("Xi Jinping", "AID", "Africa", True, FIN, "360 billion yuan over three years"),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    (
        "Xi Jinping",
        "ALLY",
        "Africa",
        False,
        "Xi proposed that the overall characterization of China-Africa relations be elevated to an all-weather "
        "China-Africa community with a shared future for the new era",
        "proposal",
    ),
    ("Xi Jinping", "ALLY", "Africa", False, ELEV, "readiness to elevate ties"),
    (
        "China",
        "CONSULT",
        "African Union",
        False,
        "brought together leaders and representatives from 53 African countries and the African Union Commission",
        "multilateral summit; China implicit",
    ),
    (
        "Antonio Guterres",
        "CONSULT",
        "China",
        False,
        "UN Secretary-General Antonio Guterres also attended the opening ceremony.",
        "attended summit hosted by China",
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
        "Xi Jinping",
        "COOPERATE",
        "Africa",
        True,
        "Xi said China will work with Africa to implement ten partnership actions over the next three years",
        "pledge, ten partnership actions",
    ),
    (
        "China",
        "COOPERATE",
        "Africa",
        False,
        "China has decided to give the least developed countries having diplomatic relations with it zero-tariff "
        "treatment for 100 percent of tariff lines, including 33 African countries",
        "zero tariffs for 33 African LDCs",
    ),
    (
        "China",
        "AID",
        "Africa",
        True,
        "China will also implement 30 infrastructure connectivity projects in Africa",
        "30 projects, one million jobs",
    ),
    ("China", "AID", "Africa", True, MIL, "1 bn yuan military grants; training 6,000 + 1,000"),
    (
        "China",
        "COOPERATE",
        "Africa",
        False,
        "The two sides will also conduct joint military exercises, training and patrols.",
        "planned exercises",
    ),
    (
        "Bassirou Diomaye Faye",
        "ROLE",
        "Senegal",
        True,
        "Senegalese President Bassirou Diomaye Faye",
        "President",
    ),
    (
        "Bassirou Diomaye Faye",
        "ROLE",
        "Forum on China-Africa Cooperation",
        True,
        "Senegalese President Bassirou Diomaye Faye, co-chair of FOCAC",
        "co-chair",
    ),
    (
        "Bassirou Diomaye Faye",
        "SUPPORT",
        "China",
        True,
        'said in his speech that China has been a "sincere and reliable partner" of Africa',
        "praise",
    ),
    (
        "Moussa Faki Mahamat",
        "ROLE",
        "African Union",
        True,
        "Moussa Faki Mahamat, chairperson of the African Union Commission",
        "chairperson of the AU Commission",
    ),
    (
        "Moussa Faki Mahamat",
        "SUPPORT",
        "China",
        True,
        "hailed China's support for Africa's industrialization",
        "praise",
    ),
    (
        "China",
        "SUPPORT",
        "African Union",
        False,
        "its backing for the African Union's full membership in the Group of 20",
        "reported inside Faki's praise",
    ),
    (
        "African Union",
        "MEMBER_OF",
        "Group of 20",
        True,
        "the African Union's full membership in the Group of 20, which the bloc gained last year",
        "joined 2023",
    ),
    (
        "Antonio Guterres",
        "SUPPORT",
        "China",
        False,
        "Guterres said China-Africa cooperation can help drive the continent's development",
        "hedged endorsement",
    ),
    (
        "Xi Jinping",
        "CONSULT",
        "Cyril Ramaphosa",
        True,
        "Meeting South African President Cyril Ramaphosa on Wednesday",
        "bilateral meeting",
    ),
    ("China", "ALLY", "South Africa", True, SA, "all-round strategic cooperative partnership"),
    ("China", "AGREE", "South Africa", False, SA, "upgrade decided"),
    (
        "Cyril Ramaphosa",
        "SUPPORT",
        "China",
        True,
        "Ramaphosa said South Africa firmly adheres to the one-China principle",
        "one-China",
    ),
    (
        "Cyril Ramaphosa",
        "ROLE",
        "South Africa",
        True,
        "South African President Cyril Ramaphosa",
        "President",
    ),
    (
        "Xi Jinping",
        "CONSULT",
        "Bola Tinubu",
        True,
        "In talks with Nigerian President Bola Tinubu",
        "talks",
    ),
    ("China", "ALLY", "Nigeria", True, NG, "comprehensive strategic partnership"),
    ("China", "AGREE", "Nigeria", False, NG, "upgrade decided"),
    ("Xi Jinping", "AGREE", "Bola Tinubu", True, NGSIGN, "cooperation documents signed"),
    ("Bola Tinubu", "ROLE", "Nigeria", True, "Nigerian President Bola Tinubu", "President"),
    ("Xi Jinping", "CONSULT", "William Ruto", True, "Xi also met Kenyan President William Ruto", "meeting"),
    (
        "William Ruto",
        "AGREE",
        "China",
        False,
        "Kenya looks forward to deepening cooperation with China on infrastructure and the digital economy",
        "intent",
    ),
    ("William Ruto", "SUPPORT", "China", True, SGR, "thanks"),
    ("China", "AID", "Kenya", False, SGR, "SGR, background noun phrase"),
    ("William Ruto", "ROLE", "Kenya", True, "Kenyan President William Ruto", "President"),
    ("Xi Jinping", "AGREE", "Samia Suluhu Hassan", True, TZ, "TAZARA MoU"),
    ("Xi Jinping", "AGREE", "Hakainde Hichilema", True, TZ, "TAZARA MoU"),
    ("Samia Suluhu Hassan", "AGREE", "Hakainde Hichilema", True, TZ, "TAZARA MoU"),
    ("Samia Suluhu Hassan", "ROLE", "Tanzania", True, "Tanzanian President Samia Suluhu Hassan", "President"),
    ("Hakainde Hichilema", "ROLE", "Zambia", True, "Zambian President Hakainde Hichilema", "President"),
    ("China", "AID", "Tanzania", False, "which China built in the 1970s", "railway built in the 1970s"),
    ("China", "AID", "Zambia", False, "which China built in the 1970s", "railway built in the 1970s"),
    (
        "China",
        "AGREE",
        "Africa",
        False,
        "The summit is expected to adopt the Beijing Declaration and the FOCAC Beijing Action Plan (2025-2027).",
        "expected",
    ),
    ("Wang Yi", "ROLE", "China", True, "Chinese Foreign Minister Wang Yi", "Foreign Minister"),
    (
        "China",
        "COOPERATE",
        "Africa",
        False,
        "China has been Africa's largest trading partner for 15 consecutive years.",
        "trade statistic",
    ),
]
