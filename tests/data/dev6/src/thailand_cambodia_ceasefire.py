from lib import E, build

UNSC = "UN Security Council"
ICJ = "International Court of Justice"
ents = [
    E("Thailand", "Country", ["Thai", "Bangkok", "the Thai army"]),
    E(
        "Cambodia",
        "Country",
        [
            "Cambodian",
            "Phnom Penh",
            "Cambodia's defence ministry",
            "Cambodian troops",
            "Cambodian forces",
            "the Cambodian envoy",
        ],
    ),
    E("Laos", "Country", [], None, "Q819"),
    E("France", "Country", ["French"]),
    E("United States", "Country", ["US", "Washington"]),
    E("China", "Country", ["Chinese"]),
    E("Malaysia", "Country", ["Malaysian"]),
    E("ASEAN", "IGO", ["the Association of Southeast Asian Nations", "Asean"]),
    E(ICJ, "IGO", ["the International Court of Justice", "ICJ", "the court"]),
    E(UNSC, "IGO", ["the UN Security Council"]),
    E("Constitutional Court of Thailand", "Organization", ["Thailand's Constitutional Court"], "Thailand"),
    E("Paetongtarn Shinawatra", "Person", ["Thai Prime Minister Paetongtarn Shinawatra"], "Thailand"),
    E("Hun Sen", "Person", [], "Cambodia"),
    E("Hun Manet", "Person", [], "Cambodia"),
    E("Donald Trump", "Person", ["US President Donald Trump", "Mr Trump"], "United States", "Q22686"),
    E("Phumtham Wechayachai", "Person", ["Mr Phumtham"], "Thailand"),
    E("Anwar Ibrahim", "Person", ["Malaysian Prime Minister Anwar Ibrahim", "Mr Anwar"], "Malaysia"),
    E("Thitinan Pongsudhirak", "Person", []),
    E("Chulalongkorn University", "Organization", []),
    E("Priya Lim", "Person", []),
    E("BBC News", "Organization", []),
    E("Emerald Triangle", "Location", ["the Emerald Triangle"]),
    E("Ta Muen Thom temple", "Location", ["the ancient Ta Muen Thom temple"]),
    E("Sisaket province", "Location"),
    E("Preah Vihear temple", "Location", ["the Preah Vihear temple"]),
    E("Putrajaya", "Location"),
]

s_cf = "A ceasefire between Thailand and Cambodia came into force at midnight on Monday, after five days of the heaviest fighting between the two South East Asian neighbours in more than a decade."
s_acc = "Within hours of the truce, the Thai army accused Cambodian troops of firing into Thai territory at several points."
s_deny = 'Cambodia\'s defence ministry denied this, saying its forces had "strictly respected" the agreement.'
s_cmd = "Local commanders from both sides met on Tuesday morning to try to keep the ceasefire on track."
s_may = "Tensions had been building since May, when a Cambodian soldier was killed in a brief exchange of fire in a disputed area known as the Emerald Triangle"
s_mine = 'Bangkok said the mines had been newly laid by Cambodia, which Phnom Penh called "baseless".'
s_amb = "Thailand recalled its ambassador from Phnom Penh and expelled the Cambodian envoy"
s_cut = "Cambodia responded by cutting its diplomatic ties with Thailand to the lowest level"
s_clash = "The next morning, troops clashed near the ancient Ta Muen Thom temple."
s_first = "Each side says the other fired first."
s_rock = "Cambodian forces fired rockets into Thailand, one of which hit a petrol station in Sisaket province, killing several civilians."
s_f16 = "Thailand sent F-16 fighter jets to bomb Cambodian military positions, and closed all its land border crossings."
s_1962 = "In 1962 the International Court of Justice (ICJ) awarded the Preah Vihear temple to Cambodia, a ruling that still rankles in Thailand"
s_ask = "Cambodia has asked the court to rule on four more disputed areas"
s_norec = "Thailand does not recognise the court's jurisdiction and wants the issue settled through bilateral talks."
s_call = 'a phone call leaked in which Thai Prime Minister Paetongtarn Shinawatra addressed Cambodia\'s influential former leader, Hun Sen, as "uncle"'
s_son = "Hun Sen - whose son Hun Manet is now Cambodia's prime minister - has since become one of Bangkok's harshest critics"
s_trump = "US President Donald Trump telephoned both Hun Manet and Thailand's acting prime minister, Phumtham Wechayachai"
s_threat = "Mr Trump said he had told them that Washington would not conclude trade deals with either country while the fighting continued"
s_tariff = "as both face steep US tariffs from 1 August"
s_anwar = "Malaysian Prime Minister Anwar Ibrahim, the current chair of the Association of Southeast Asian Nations (Asean), hosted the two leaders at his official residence in Putrajaya"
s_talks = 'After several hours of talks, attended by the US and Chinese ambassadors, both sides agreed to an "immediate and unconditional ceasefire".'
s_obs = "Malaysia has offered to send observers to monitor the truce."
s_china = 'China, which has close ties with Cambodia but is also a major trading partner of Thailand, said it welcomed the deal and would continue to play a "constructive role".'
s_thit = "said Thitinan Pongsudhirak, a political scientist at Chulalongkorn University in Bangkok"
s_rej = "Thailand has so far rejected outside mediation beyond Malaysia's role as host."
s_unsc = "Cambodia, by contrast, wants international involvement and asked the UN Security Council for an emergency meeting last week."
s_dep = "Both armies remain heavily deployed along the border"

T, C = "Thailand", "Cambodia"
evs = [
    (T, "AGREE", C, True, s_cf, "ceasefire"),
    (T, "RETREAT", C, False, s_cf, "ceasefire in force"),
    (C, "RETREAT", T, False, s_cf, "ceasefire in force"),
    (T, "ASSAULT", C, False, s_cf, "five days of fighting"),
    (C, "ASSAULT", T, False, s_cf, "five days of fighting"),
    (T, "ACCUSE", C, True, s_acc, "ceasefire violations"),
    (C, "ASSAULT", T, False, s_acc, "alleged firing"),
    (C, "REJECT", T, False, s_deny, "denial"),
    (T, "CONSULT", C, True, s_cmd, "local commanders met"),
    (T, "ASSAULT", C, False, s_may, "exchange of fire, Cambodian soldier killed"),
    (C, "ASSAULT", T, False, s_may),
    (T, "ACCUSE", C, True, s_mine, "newly laid mines"),
    (C, "REJECT", T, False, s_mine, "called it baseless"),
    (T, "SANCTION", C, True, s_amb, "ambassador recalled, envoy expelled"),
    (C, "SANCTION", T, True, s_cut, "ties downgraded to lowest level"),
    (T, "ASSAULT", C, True, s_clash, "clashes near Ta Muen Thom"),
    (C, "ASSAULT", T, True, s_clash),
    (T, "ACCUSE", C, True, s_first, "fired first"),
    (C, "ACCUSE", T, True, s_first, "fired first"),
    (C, "ASSAULT", T, True, s_rock, "rocket hit petrol station, civilians killed"),
    (T, "ASSAULT", C, True, s_f16, "F-16 air strikes"),
    (T, "SANCTION", C, True, s_f16, "land border crossings closed"),
    (T, "COERCE", C, False, s_f16, "border closure"),
    (ICJ, "SUPPORT", C, False, s_1962, "1962 Preah Vihear ruling"),
    (ICJ, "REJECT", T, False, s_1962),
    (C, "REQUEST", ICJ, True, s_ask, "ruling on four disputed areas"),
    (C, "ACCUSE", T, False, s_ask, "legal claim"),
    (T, "REJECT", ICJ, True, s_norec, "does not recognise jurisdiction"),
    (T, "REQUEST", C, False, s_norec, "bilateral talks"),
    ("Paetongtarn Shinawatra", "CONSULT", "Hun Sen", True, s_call, "leaked phone call"),
    ("Paetongtarn Shinawatra", "ROLE", T, True, s_call, "Prime Minister"),
    ("Hun Sen", "ROLE", C, True, s_call, "former leader"),
    ("Hun Manet", "ROLE", C, True, s_son, "prime minister"),
    ("Hun Sen", "ACCUSE", T, True, s_son, "harshest critic"),
    ("Donald Trump", "CONSULT", "Hun Manet", True, s_trump, "phone call"),
    ("Donald Trump", "CONSULT", "Phumtham Wechayachai", True, s_trump, "phone call"),
    ("Donald Trump", "ROLE", "United States", True, s_trump, "President"),
    ("Phumtham Wechayachai", "ROLE", T, True, s_trump, "acting prime minister"),
    ("Donald Trump", "THREATEN", T, True, s_threat, "no trade deals while fighting continues"),
    ("Donald Trump", "THREATEN", C, True, s_threat, "no trade deals while fighting continues"),
    ("United States", "SANCTION", T, False, s_tariff, "tariffs from 1 August"),
    ("United States", "SANCTION", C, False, s_tariff, "tariffs from 1 August"),
    ("Anwar Ibrahim", "CONSULT", "Hun Manet", True, s_anwar, "Putrajaya talks"),
    ("Anwar Ibrahim", "CONSULT", "Phumtham Wechayachai", True, s_anwar, "Putrajaya talks"),
    ("Hun Manet", "CONSULT", "Phumtham Wechayachai", True, s_anwar, "Putrajaya talks"),
    ("Anwar Ibrahim", "ROLE", "Malaysia", True, s_anwar, "Prime Minister"),
    ("Anwar Ibrahim", "ROLE", "ASEAN", True, s_anwar, "chair"),
    ("Malaysia", "MEMBER_OF", "ASEAN", False, s_anwar),
    ("United States", "CONSULT", T, True, s_talks, "ambassador attended talks"),
    ("United States", "CONSULT", C, True, s_talks),
    ("China", "CONSULT", T, True, s_talks),
    ("China", "CONSULT", C, True, s_talks),
    ("United States", "CONSULT", "China", False, s_talks),
    ("United States", "CONSULT", "Malaysia", False, s_talks),
    ("China", "CONSULT", "Malaysia", False, s_talks),
    (T, "AGREE", C, True, s_talks, "immediate and unconditional ceasefire"),
    ("Hun Manet", "AGREE", "Phumtham Wechayachai", False, s_talks),
    ("Malaysia", "AGREE", T, False, s_obs, "offer of observers"),
    ("Malaysia", "AGREE", C, False, s_obs, "offer of observers"),
    ("China", "ALLY", C, False, s_china, "close ties"),
    ("China", "COOPERATE", C, False, s_china),
    ("China", "COOPERATE", T, False, s_china, "trading partner"),
    ("China", "SUPPORT", T, False, s_china, "welcomed the deal"),
    ("China", "SUPPORT", C, False, s_china, "welcomed the deal"),
    ("Thitinan Pongsudhirak", "ROLE", "Chulalongkorn University", True, s_thit, "political scientist"),
    (T, "REJECT", C, False, s_rej, "rejects outside mediation"),
    (C, "REQUEST", UNSC, True, s_unsc, "emergency meeting"),
    (T, "MOBILIZE", C, True, s_dep, "troops deployed along border"),
    (C, "MOBILIZE", T, True, s_dep),
]

build("thailand_cambodia_ceasefire", "2025-07-29", ents, evs)
