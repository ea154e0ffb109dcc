"""Gold tables for turkey_israel_trade_halt.txt."""

TR, IL = "Q43", "Q801"
E = [
    (
        "Turkey",
        "Country",
        TR,
        ["Ankara", "Turkish", "The trade ministry", "Turkish officials", "Turkish aircraft"],
        TR,
    ),
    (
        "Israel",
        "Country",
        IL,
        ["Israeli", "the Israeli government", "the Netanyahu government", "Jerusalem"],
        IL,
    ),
    (
        "Recep Tayyip Erdoğan",
        "Person",
        None,
        ["Erdoğan", "President Recep Tayyip Erdoğan"],
        TR,
    ),
    ("Gaza", "Location", None, ["the besieged enclave", "the enclave"], None),
    ("Palestinian Authority", "Organization", None, ["the Palestinian Authority"], None),
    ("Israel Katz", "Person", None, ["Foreign minister Israel Katz", "Katz"], IL),
    ("Nir Barkat", "Person", None, [], IL),
    ("Hakan Fidan", "Person", None, ["Foreign Minister Hakan Fidan"], TR),
    ("Benjamin Netanyahu", "Person", None, [], IL),
    ("South Africa", "Country", "Q258", [], "Q258"),
    ("International Court of Justice", "IGO", None, ["the International Court of Justice"], None),
    ("Hamas", "Organization", None, ["Hamas militants"], None),
    ("Republican People's party", "Organization", None, ["CHP"], None),
    ("AKP", "Organization", None, [], None),
    ("New Welfare party", "Organization", None, ["the Islamist New Welfare party"], None),
    ("Fatih Erbakan", "Person", None, [], None),
    ("Sinan Ülgen", "Person", None, [], None),
    ("Edam", "Organization", None, [], None),
    ("Ismail Haniyeh", "Person", None, [], None),
    ("Istanbul", "Location", None, [], None),
    ("New York", "Location", None, [], None),
    ("Tel Aviv", "Location", None, [], None),
    ("Gallia Lindenstrauss", "Person", None, [], None),
    ("Institute for National Security Studies", "Organization", None, [], None),
    ("Greece", "Country", "Q41", [], "Q41"),
    ("Azerbaijan", "Country", "Q227", ["Azerbaijani"], "Q227"),
    ("Ceyhan", "Location", None, ["the Turkish port of Ceyhan"], None),
    ("Baku-Tbilisi-Ceyhan pipeline", "Location", None, ["the Baku-Tbilisi-Ceyhan pipeline"], None),
    ("United States", "Country", "Q30", ["Washington", "US"], "Q30"),
    ("NATO", "IGO", "Q7184", ["Nato"], None),
    ("Adam Samson", "Person", None, [], None),
    ("James Shotter", "Person", None, [], None),
]

HALT = "Turkey's decision to halt all trade with Israel marks the most serious economic rupture between the two countries in decades"
MIN = "The trade ministry said on Thursday that it had suspended all exports to and imports from Israel"
UNTIL = (
    '"until the Israeli government allows an uninterrupted and sufficient flow of humanitarian aid to Gaza"'
)
APRIL = (
    "the restrictions imposed in early April on 54 categories of goods, including steel, cement and jet fuel, which "
    "Turkey introduced after Israel refused to let Turkish aircraft take part in airdrops of aid into the besieged enclave"
)
KATZ = 'Foreign minister Israel Katz accused Erdoğan of "behaving like a dictator"'
KIND = 'vowed that Israel would "respond in kind"'
BARKAT = (
    "saying Israel would move to cancel its 1997 free trade agreement with Turkey and impose a 100 per cent tariff on "
    "any Turkish goods that still arrived through third countries"
)
DOOR = (
    'He said Turkey had "closed the door" on trade with "the Netanyahu government", which he accused of committing '
    '"genocide" in Gaza'
)
FIDAN = (
    "Foreign Minister Hakan Fidan announced that Turkey would formally apply to join South Africa's case against "
    "Israel at the International Court of Justice"
)
OFF = "Israel's military offensive in Gaza has killed more than 34,000 people"
HAMAS = "Hamas militants attacked southern Israel on October 7, killing about 1,200 people and taking some 250 hostages"
HANIYEH = "He hosted Ismail Haniyeh, the head of its political bureau, in Istanbul last month for more than two hours of talks."
RESTORED = "the two countries restored full diplomatic ties in 2022"
MET = "Erdoğan met Benjamin Netanyahu for the first time in New York last September"
PULL = "Israel pulled its diplomats out of Turkey for security reasons"
RECALL = "in November Ankara recalled its ambassador from Tel Aviv"
AZ = (
    "Azerbaijani crude oil, which is shipped from the Turkish port of Ceyhan and meets a large share of Israel's needs, "
    "continues to move through the Baku-Tbilisi-Ceyhan pipeline"
)
US = "Washington, which counts both Turkey, a fellow Nato member, and Israel as close partners"
DEESC = 'hoped the two sides would "find a way to de-escalate"'
V = [
    ("Turkey", "SANCTION", "Israel", True, HALT, "all trade halted"),
    (
        "Turkey",
        "SANCTION",
        "Israel",
        True,
        "Ankara's decision to cut off a $7bn commercial relationship",
        "standfirst",
    ),
    ("Recep Tayyip Erdoğan", "SANCTION", "Israel", False, "Erdoğan's trade embargo on Israel", "headline"),
    ("Turkey", "SANCTION", "Israel", True, MIN, "exports and imports suspended"),
    ("Turkey", "REQUEST", "Israel", True, UNTIL, "condition: aid flow to Gaza"),
    (
        "Turkey",
        "COOPERATE",
        "Palestinian Authority",
        False,
        "Ankara would coordinate with the Palestinian Authority",
        "planned coordination",
    ),
    ("Turkey", "SANCTION", "Israel", True, APRIL, "April export curbs, 54 categories"),
    ("Israel", "REJECT", "Turkey", True, APRIL, "refused Turkish aid airdrops"),
    ("Israel Katz", "ACCUSE", "Recep Tayyip Erdoğan", True, KATZ, "'dictator'"),
    ("Israel Katz", "THREATEN", "Turkey", True, KIND, "retaliation"),
    ("Nir Barkat", "THREATEN", "Turkey", True, BARKAT, "cancel FTA, 100% tariff"),
    ("Nir Barkat", "SANCTION", "Turkey", False, BARKAT, "announced, not yet done"),
    ("Turkey", "COOPERATE", "Israel", False, "Bilateral trade reached $6.8bn last year", "$6.8bn trade 2023"),
    (
        "Israel",
        "COOPERATE",
        "Turkey",
        False,
        "Israeli builders depend heavily on Turkish steel and cement",
        "trade dependence",
    ),
    ("Recep Tayyip Erdoğan", "SANCTION", "Israel", True, DOOR, "trade cut"),
    ("Recep Tayyip Erdoğan", "ACCUSE", "Israel", True, DOOR, "genocide"),
    ("Recep Tayyip Erdoğan", "ACCUSE", "Benjamin Netanyahu", False, DOOR, "'the Netanyahu government'"),
    ("Hakan Fidan", "ACCUSE", "Israel", True, FIDAN, "joining ICJ case"),
    ("Hakan Fidan", "SUPPORT", "South Africa", False, FIDAN, "joining its case"),
    ("South Africa", "ACCUSE", "Israel", False, FIDAN, "background, noun phrase"),
    ("Israel", "ASSAULT", "Gaza", True, OFF, "34,000+ killed"),
    ("Hamas", "ASSAULT", "Israel", True, HAMAS, "~1,200 killed, ~250 hostages"),
    (
        "Turkey",
        "COOPERATE",
        "Israel",
        False,
        "Turkish trade with Israel carried on almost as normal",
        "trade before the halt",
    ),
    (
        "Recep Tayyip Erdoğan",
        "CONSULT",
        "Hamas",
        True,
        "Erdoğan has also stepped up his contacts with Hamas",
        "contacts",
    ),
    ("Recep Tayyip Erdoğan", "CONSULT", "Ismail Haniyeh", True, HANIYEH, "talks in Istanbul"),
    ("Turkey", "COOPERATE", "Israel", True, RESTORED, "ties restored 2022"),
    ("Turkey", "AGREE", "Israel", False, RESTORED, ""),
    ("Recep Tayyip Erdoğan", "CONSULT", "Benjamin Netanyahu", True, MET, "meeting Sept 2023"),
    ("Israel", "SANCTION", "Turkey", False, PULL, "withdrawal for security reasons, not punitive"),
    ("Israel", "RETREAT", "Turkey", False, PULL, ""),
    ("Turkey", "SANCTION", "Israel", True, RECALL, "ambassador recalled"),
    (
        "Turkey",
        "COOPERATE",
        "Israel",
        False,
        "Turkish goods would keep reaching Israel through Greece and other third countries",
        "analyst's view",
    ),
    ("Azerbaijan", "COOPERATE", "Israel", False, AZ, "oil supply"),
    ("Turkey", "COOPERATE", "Azerbaijan", False, AZ, "pipeline transit"),
    ("United States", "ALLY", "Turkey", True, US, "close partners"),
    ("United States", "ALLY", "Israel", True, US, "close partners"),
    ("Turkey", "MEMBER_OF", "NATO", True, US, ""),
    ("United States", "MEMBER_OF", "NATO", False, US, "'fellow' member, implied"),
    ("United States", "REQUEST", "Turkey", False, DEESC, "hope, anonymous official"),
    ("United States", "REQUEST", "Israel", False, DEESC, "hope, anonymous official"),
    (
        "Recep Tayyip Erdoğan",
        "ROLE",
        "Turkey",
        True,
        "President Recep Tayyip Erdoğan",
        "President",
    ),
    ("Israel Katz", "ROLE", "Israel", True, "Foreign minister Israel Katz", "Foreign minister"),
    ("Nir Barkat", "ROLE", "Israel", True, "Nir Barkat, the economy minister", "economy minister"),
    ("Hakan Fidan", "ROLE", "Turkey", True, "Foreign Minister Hakan Fidan", "Foreign Minister"),
    ("Recep Tayyip Erdoğan", "ROLE", "AKP", False, "Erdoğan's AKP", "party leader, implied"),
    (
        "Fatih Erbakan",
        "ROLE",
        "New Welfare party",
        True,
        "the Islamist New Welfare party, led by Fatih Erbakan",
        "leader",
    ),
    (
        "Sinan Ülgen",
        "ROLE",
        "Edam",
        True,
        "Sinan Ülgen, director of the Istanbul-based think-tank Edam",
        "director",
    ),
    (
        "Ismail Haniyeh",
        "ROLE",
        "Hamas",
        True,
        "Ismail Haniyeh, the head of its political bureau",
        "head of the political bureau",
    ),
    (
        "Gallia Lindenstrauss",
        "ROLE",
        "Institute for National Security Studies",
        True,
        "Gallia Lindenstrauss, a Turkey specialist at the Institute for National Security Studies",
        "Turkey specialist",
    ),
]
