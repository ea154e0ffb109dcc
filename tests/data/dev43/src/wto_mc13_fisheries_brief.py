"""Gold tables for wto_mc13_fisheries_brief.txt."""

WTO = "World Trade Organization"
IN, AU, NZ, US, EU = "Q668", "Q408", "Q664", "Q30", "Q458"
MPIA = "Multi-Party Interim Appeal Arbitration Arrangement"
E = [
    (WTO, "IGO", "Q7825", ["WTO"], None),
    ("13th WTO Ministerial Conference", "Event", None, ["MC13"], None),
    ("MC14", "Event", None, [], None),
    ("United Arab Emirates", "Country", "Q878", [], "Q878"),
    ("Abu Dhabi", "Location", None, [], None),
    ("Thani bin Ahmed Al Zeyoudi", "Person", None, [], "Q878"),
    ("Ngozi Okonjo-Iweala", "Person", None, ["Okonjo-Iweala", "Director-General Ngozi Okonjo-Iweala"], WTO),
    ("India", "Country", IN, ["New Delhi", "Indian officials"], IN),
    ("Piyush Goyal", "Person", None, ["Goyal", "Commerce Minister Piyush Goyal"], IN),
    ("South Africa", "Country", "Q258", [], "Q258"),
    ("Turkey", "Country", "Q43", ["Türkiye"], "Q43"),
    ("Cairns Group", "IGO", None, ["the Cairns Group"], None),
    ("Australia", "Country", AU, ["Canberra"], AU),
    ("United States", "Country", US, ["the United States", "US", "Washington"], US),
    ("Indonesia", "Country", "Q252", [], "Q252"),
    ("Comoros", "Country", "Q970", [], "Q970"),
    ("Timor-Leste", "Country", "Q574", [], "Q574"),
    ("New Zealand", "Country", NZ, ["Wellington"], NZ),
    ("Appellate Body", "Organization", None, ["the Appellate Body", "the WTO's top court"], None),
    ("Katherine Tai", "Person", None, ["US Trade Representative Katherine Tai"], US),
    ("European Union", "IGO", EU, ["EU", "Brussels"], None),
    ("Valdis Dombrovskis", "Person", None, ["The EU's trade commissioner, Valdis Dombrovskis"], EU),
    (MPIA, "Organization", None, ["MPIA"], None),
    ("China", "Country", "Q148", [], "Q148"),
    ("Kiribati", "Country", "Q710", [], "Q710"),
    ("Tuvalu", "Country", "Q672", [], "Q672"),
    ("Taiwan", "Country", "Q865", [], "Q865"),
    ("South Korea", "Country", "Q884", [], "Q884"),
    ("Spain", "Country", "Q29", [], "Q29"),
    ("Fiji", "Country", "Q712", [], "Q712"),
    (
        "Manoa Kamikamica",
        "Person",
        None,
        ["Fiji's Deputy Prime Minister and trade minister Manoa Kamikamica"],
        "Q712",
    ),
    ("Vanuatu", "Country", "Q686", [], "Q686"),
    ("Samoa", "Country", "Q683", [], "Q683"),
    ("Pacific Islands Forum Fisheries Agency", "IGO", None, [], None),
    ("Papua New Guinea", "Country", "Q691", [], "Q691"),
    ("Solomon Islands", "Country", "Q685", [], "Q685"),
    ("Tonga", "Country", "Q678", [], "Q678"),
    ("African Group", "Organization", None, ["the African Group"], None),
    ("Japan", "Country", "Q17", [], "Q17"),
    ("Cameroon", "Country", "Q1009", [], "Q1009"),
    ("Geneva", "Location", None, [], None),
    ("Mele Tupou", "Person", None, [], None),
]

KP = "India blocked the fisheries text; the United States again declined to commit to restoring the Appellate Body"
DG = 'Director-General Ngozi Okonjo-Iweala opened the conference by urging members to "deliver for people"'
REF = "India, represented by Commerce Minister Piyush Goyal, refused to join consensus"
INS = "insisting that developing countries keep policy space for their fishing communities for 25 years"
IFD = "New Delhi also blocked the Investment Facilitation for Development (IFD) agreement backed by more than 120 members"
RES = "South Africa and Türkiye shared some of its reservations"
AG = (
    "Agriculture talks collapsed over India's demand for a permanent solution on public stockholding for food "
    "security, which the Cairns Group, chaired by Australia, and the United States opposed"
)
LAPSE = "Indonesia and South Africa had pushed to let it lapse"
NEW = "Comoros and Timor-Leste formally became the 165th and 166th members"
TL = (
    "Timor-Leste's accession was championed by Australia and New Zealand, which funded technical assistance "
    "throughout its seven-year negotiation"
)
AB = "Washington has blocked appointments to the Appellate Body since 2019"
DOMB = (
    'The EU\'s trade commissioner, Valdis Dombrovskis, criticised the outcome, saying Brussels "regrets" that a '
    "handful of members had blocked results supported by an overwhelming majority"
)
MP = (
    "Australia and New Zealand remain parties to the Multi-Party Interim Appeal Arbitration Arrangement (MPIA), "
    "the stopgap that the European Union and China have also joined"
)
KAM = 'said the region was "deeply disappointed" that "one member" had stopped a deal'
ASK = "Vanuatu and Samoa have asked Okonjo-Iweala to keep fisheries at the top of the Geneva agenda"
OFF = "the Pacific Islands Forum Fisheries Agency has offered its data to negotiators"
ARG = "Indian officials argue that their small-scale fishers receive a fraction of the support paid by China or the EU"
RICH = 'Goyal has accused rich nations of "protecting their own fleets while lecturing the poor"'
PAC = "Pacific members (Fiji, Papua New Guinea, Samoa, Solomon Islands, Tonga and Vanuatu)"
BIL = "Canberra and Wellington should use their bilateral channels with New Delhi"
V = [
    ("India", "REJECT", WTO, True, KP, "blocked fisheries text"),
    ("United States", "REJECT", "Appellate Body", True, KP, "no commitment to restore"),
    ("Ngozi Okonjo-Iweala", "REQUEST", WTO, False, DG, "urged members"),
    ("India", "REJECT", WTO, True, REF, "refused consensus on fisheries"),
    ("Piyush Goyal", "REJECT", WTO, False, REF, "India represented by Goyal"),
    ("India", "REQUEST", WTO, False, INS, "25-year policy space"),
    ("India", "REJECT", WTO, True, IFD, "blocked IFD"),
    ("South Africa", "SUPPORT", "India", False, RES, "shared reservations"),
    ("Turkey", "SUPPORT", "India", False, RES, "shared reservations"),
    ("South Africa", "REJECT", WTO, False, RES, ""),
    ("Turkey", "REJECT", WTO, False, RES, ""),
    ("India", "REQUEST", WTO, False, AG, "demand, noun phrase"),
    ("Cairns Group", "REJECT", "India", True, AG, "opposed stockholding demand"),
    ("United States", "REJECT", "India", True, AG, "opposed stockholding demand"),
    ("Australia", "MEMBER_OF", "Cairns Group", True, AG, "chairs the group"),
    ("Indonesia", "REQUEST", WTO, False, LAPSE, "pushed to end moratorium"),
    ("South Africa", "REQUEST", WTO, False, LAPSE, "pushed to end moratorium"),
    ("Comoros", "MEMBER_OF", WTO, True, NEW, "165th member"),
    ("Timor-Leste", "MEMBER_OF", WTO, True, NEW, "166th member"),
    (
        "Comoros",
        "MEMBER_OF",
        WTO,
        True,
        "Members extended the e-commerce moratorium and welcomed Comoros and Timor-Leste as new members",
        "",
    ),
    ("Australia", "SUPPORT", "Timor-Leste", True, TL, "championed accession"),
    ("New Zealand", "SUPPORT", "Timor-Leste", True, TL, "championed accession"),
    ("Australia", "AID", "Timor-Leste", True, TL, "technical assistance"),
    ("New Zealand", "AID", "Timor-Leste", True, TL, "technical assistance"),
    ("United States", "REJECT", "Appellate Body", True, AB, "blocked appointments"),
    ("United States", "COERCE", "Appellate Body", False, AB, "alternative reading"),
    ("Valdis Dombrovskis", "ACCUSE", "India", False, DOMB, "unnamed 'handful of members'"),
    ("Valdis Dombrovskis", "ACCUSE", WTO, False, DOMB, "criticised the outcome"),
    ("Australia", "MEMBER_OF", MPIA, True, MP, ""),
    ("New Zealand", "MEMBER_OF", MPIA, True, MP, ""),
    ("European Union", "MEMBER_OF", MPIA, True, MP, ""),
    ("China", "MEMBER_OF", MPIA, True, MP, ""),
    ("United States", "REJECT", MPIA, True, "The United States has refused to join it", "refused to join"),
    ("Manoa Kamikamica", "ACCUSE", "India", False, KAM, "'one member', not named"),
    ("Vanuatu", "REQUEST", "Ngozi Okonjo-Iweala", True, ASK, ""),
    ("Samoa", "REQUEST", "Ngozi Okonjo-Iweala", True, ASK, ""),
    ("Pacific Islands Forum Fisheries Agency", "COOPERATE", WTO, False, OFF, "offered data"),
    ("India", "ACCUSE", "China", False, ARG, "argument about subsidies"),
    ("India", "ACCUSE", "European Union", False, ARG, "argument about subsidies"),
    ("Piyush Goyal", "ACCUSE", "European Union", False, RICH, "'rich nations', not named"),
    ("Fiji", "MEMBER_OF", WTO, False, PAC, "implied"),
    ("Papua New Guinea", "MEMBER_OF", WTO, False, PAC, "implied"),
    ("Samoa", "MEMBER_OF", WTO, False, PAC, "implied"),
    ("Solomon Islands", "MEMBER_OF", WTO, False, PAC, "implied"),
    ("Tonga", "MEMBER_OF", WTO, False, PAC, "implied"),
    ("Vanuatu", "MEMBER_OF", WTO, False, PAC, "implied"),
    ("Fiji", "COOPERATE", "African Group", False, PAC, "recommendation"),
    ("Australia", "CONSULT", "India", False, BIL, "recommendation"),
    ("New Zealand", "CONSULT", "India", False, BIL, "recommendation"),
    (
        "Thani bin Ahmed Al Zeyoudi",
        "ROLE",
        "United Arab Emirates",
        True,
        "the United Arab Emirates' Minister of State for Foreign Trade, Thani bin Ahmed Al Zeyoudi",
        "Minister of State for Foreign Trade",
    ),
    ("Ngozi Okonjo-Iweala", "ROLE", WTO, True, "Director-General Ngozi Okonjo-Iweala", "Director-General"),
    ("Piyush Goyal", "ROLE", "India", True, "Commerce Minister Piyush Goyal", "Commerce Minister"),
    (
        "Katherine Tai",
        "ROLE",
        "United States",
        True,
        "US Trade Representative Katherine Tai",
        "Trade Representative",
    ),
    (
        "Valdis Dombrovskis",
        "ROLE",
        "European Union",
        True,
        "The EU's trade commissioner, Valdis Dombrovskis",
        "trade commissioner",
    ),
    (
        "Manoa Kamikamica",
        "ROLE",
        "Fiji",
        True,
        "Fiji's Deputy Prime Minister and trade minister Manoa Kamikamica",
        "Deputy Prime Minister and trade minister",
    ),
]
