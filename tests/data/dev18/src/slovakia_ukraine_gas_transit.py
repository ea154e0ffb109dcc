"""Gold tables for slovakia_ukraine_gas_transit.txt."""

SK, UA, RU, HU, PL, EU = "Q214", "Q212", "Q159", "Q28", "Q36", "Q458"
E = [
    ("Slovakia", "Country", SK, ["Slovak", "Bratislava"], SK),
    ("Ukraine", "Country", UA, ["Kyiv", "Ukrainian", "Zelenskyy's office"], UA),
    (
        "Robert Fico",
        "Person",
        None,
        ["Slovak Prime Minister Robert Fico", "Fico", "the Slovak leader", "the prime minister"],
        SK,
    ),
    (
        "Volodymyr Zelenskyy",
        "Person",
        "Q3874799",
        ["Ukrainian President Volodymyr Zelenskyy", "Zelenskyy", "the Ukrainian leader"],
        UA,
    ),
    ("Gazprom", "Organization", None, [], None),
    ("Russia", "Country", RU, ["Moscow", "Russian", "the Kremlin"], RU),
    ("Andrii Sybiha", "Person", None, ["Foreign Minister Andrii Sybiha"], UA),
    ("Vladimir Putin", "Person", "Q7747", ["Putin", "the Russian president"], RU),
    (
        "European Union",
        "IGO",
        EU,
        ["the EU", "EU", "Brussels", "the bloc", "The European Commission", "the Commission"],
        None,
    ),
    ("Dan Jørgensen", "Person", None, ["Energy Commissioner Dan Jørgensen"], "European Union"),
    ("Hungary", "Country", HU, ["Budapest", "Hungarian"], HU),
    ("Viktor Orbán", "Person", None, ["Hungarian Prime Minister Viktor Orbán"], HU),
    ("Poland", "Country", PL, ["Warsaw"], PL),
    ("Donald Tusk", "Person", None, ["Prime Minister Donald Tusk"], PL),
    ("Visegrad Group", "IGO", None, ["the Visegrad Group", "the group"], None),
    ("NATO", "IGO", "Q7184", [], None),
    ("Michal Šimečka", "Person", None, ["opposition leader Michal Šimečka"], None),
    ("Grigorij Mesežnikov", "Person", None, [], None),
    ("Institute for Public Affairs", "Organization", None, ["the Institute for Public Affairs"], None),
    ("Nicholas Vinocur", "Person", None, [], None),
]

WAR = (
    "Slovak Prime Minister Robert Fico has spent the first week of 2025 waging a war of words with Ukrainian "
    "President Volodymyr Zelenskyy over Kyiv's decision to let its transit contract with Gazprom expire on Dec. 31."
)
COST = "Fico says the move will cost Slovakia around €500 million a year in lost transit fees"
BLOOD = 'Zelenskyy says he will not let Moscow "earn additional billions on our blood."'
THR = (
    "Fico said his government would consider cutting back support for the roughly 130,000 Ukrainians who have sought "
    "refuge in Slovakia, and repeated his threat to halt emergency electricity supplies to Ukraine's battered grid "
    '"if the situation does not change."'
)
SYB = (
    '"Ukraine will not continue a transit that finances the Russian war machine," Foreign Minister Andrii Sybiha '
    'wrote on X, accusing Fico of "playing along with the Kremlin\'s script."'
)
MOS = (
    "Three days before Christmas, Fico flew to the Russian capital for talks with Vladimir Putin — only the third EU "
    "leader to meet the Russian president since the full-scale invasion."
)
GAS = "He returned saying Putin had confirmed Russia's readiness to keep supplying gas to the West."
FRONT = (
    'Zelenskyy responded that Fico had been ordered by Putin "to open a second energy front against Ukraine at the '
    'expense of the interests of the Slovak people."'
)
BEG = 'Fico shot back by calling the Ukrainian leader "a beggar and a blackmailer" going around Europe asking for money.'
OFFER = (
    "Fico claimed that Zelenskyy had offered him €500 million in frozen Russian assets if Slovakia voted in favor of "
    "Ukraine joining NATO"
)
FANT = 'an account Zelenskyy\'s office dismissed as "fantasy."'
NEVER = 'Fico said he had refused: "I will never support Ukraine\'s membership of NATO."'
RES = "Brussels has so far resisted Fico's demand that it push Kyiv to reopen the pipeline."
JOR = (
    'Energy Commissioner Dan Jørgensen told reporters the bloc would "not be blackmailed by anyone" and that its goal '
    "remained to phase out Russian energy imports by 2027."
)
DRAG = (
    "Fico has in turn threatened to make life difficult for Brussels, hinting that Slovakia could drag its feet on the "
    'next renewal of EU sanctions against Russia unless the Commission finds "a solution."'
)
ORB = (
    "Hungarian Prime Minister Viktor Orbán, who has kept his own gas flowing through the TurkStream pipeline under "
    'the Black Sea, backed his Slovak counterpart, saying Ukraine\'s decision was "hurting Central Europe" and that '
    'Budapest would "stand with Slovakia."'
)
TUSK = (
    "Prime Minister Donald Tusk said Warsaw was ready to help Ukraine with power supplies if Slovakia pulled the "
    'plug, and accused Fico of "doing Putin\'s bidding."'
)
V4 = "Warsaw and Bratislava are both members of the Visegrad Group"
SIM = "opposition leader Michal Šimečka accused the prime minister of steering the country toward Moscow"
INV = "Zelenskyy, for his part, has invited Fico to come to Kyiv to talk."
MEET = 'Fico replied that he was ready to meet "anywhere, at the border if necessary."'
V = [
    ("Robert Fico", "ACCUSE", "Volodymyr Zelenskyy", True, WAR, "war of words"),
    ("Volodymyr Zelenskyy", "ACCUSE", "Robert Fico", False, WAR, "war of words, mutual reading"),
    ("Ukraine", "SANCTION", "Gazprom", True, WAR, "transit contract allowed to expire"),
    ("Ukraine", "SANCTION", "Russia", False, WAR, "transit ended; state-level reading"),
    ("Robert Fico", "ACCUSE", "Ukraine", False, COST, "EUR 500m a year, complaint"),
    ("Volodymyr Zelenskyy", "ACCUSE", "Russia", True, BLOOD, ""),
    ("Volodymyr Zelenskyy", "SANCTION", "Russia", False, BLOOD, "refusal to resume transit"),
    ("Robert Fico", "THREATEN", "Ukraine", True, THR, "electricity cut, refugee support; ~130,000 refugees"),
    ("Andrii Sybiha", "REJECT", "Robert Fico", True, SYB, "will not continue transit"),
    ("Andrii Sybiha", "ACCUSE", "Robert Fico", True, SYB, "'Kremlin's script'"),
    ("Andrii Sybiha", "ACCUSE", "Russia", False, SYB, "'war machine'"),
    ("Robert Fico", "CONSULT", "Vladimir Putin", True, MOS, "talks in Moscow"),
    ("Russia", "ASSAULT", "Ukraine", False, MOS, "'full-scale invasion', noun phrase"),
    ("Vladimir Putin", "COOPERATE", "Slovakia", False, GAS, "readiness to supply gas, reported by Fico"),
    ("Volodymyr Zelenskyy", "ACCUSE", "Robert Fico", True, FRONT, "'second energy front'"),
    ("Volodymyr Zelenskyy", "ACCUSE", "Vladimir Putin", False, FRONT, "ordering Fico"),
    ("Robert Fico", "ACCUSE", "Volodymyr Zelenskyy", True, BEG, "'beggar and blackmailer'"),
    ("Robert Fico", "ACCUSE", "Volodymyr Zelenskyy", True, OFFER, "alleged offer"),
    ("Volodymyr Zelenskyy", "REQUEST", "Robert Fico", False, OFFER, "alleged offer, disputed"),
    ("Slovakia", "MEMBER_OF", "NATO", False, OFFER, "implied"),
    ("Ukraine", "REJECT", "Robert Fico", False, FANT, "dismissal"),
    ("Robert Fico", "REJECT", "Volodymyr Zelenskyy", True, NEVER, "refused offer"),
    ("Robert Fico", "REJECT", "Ukraine", True, NEVER, "NATO membership"),
    ("Robert Fico", "REQUEST", "European Union", True, RES, "push Kyiv to reopen pipeline"),
    ("European Union", "REJECT", "Robert Fico", True, RES, "resisted demand"),
    ("Robert Fico", "REQUEST", "Ukraine", False, RES, "indirect"),
    ("Dan Jørgensen", "REJECT", "Robert Fico", False, JOR, "'not be blackmailed', target implicit"),
    ("European Union", "SANCTION", "Russia", False, JOR, "planned phase-out by 2027"),
    ("Robert Fico", "THREATEN", "European Union", True, DRAG, "sanctions renewal"),
    ("European Union", "SANCTION", "Russia", False, DRAG, "existing sanctions, noun phrase"),
    (
        "Robert Fico",
        "ALLY",
        "Viktor Orbán",
        False,
        "Fico has one reliable ally in the EU's top ranks.",
        "Orbán named in the next sentence",
    ),
    ("Viktor Orbán", "SUPPORT", "Robert Fico", True, ORB, "backed"),
    ("Viktor Orbán", "ACCUSE", "Ukraine", True, ORB, "'hurting Central Europe'"),
    ("Hungary", "SUPPORT", "Slovakia", True, ORB, "'stand with Slovakia'"),
    ("Hungary", "COOPERATE", "Russia", False, ORB, "gas via TurkStream, implied"),
    (
        "Poland",
        "AID",
        "Ukraine",
        False,
        "Poland, by contrast, offered to fill any gap.",
        "offer, conditional",
    ),
    ("Donald Tusk", "SUPPORT", "Ukraine", True, TUSK, "ready to help with power"),
    ("Poland", "AID", "Ukraine", False, TUSK, "conditional"),
    ("Donald Tusk", "ACCUSE", "Robert Fico", True, TUSK, "'Putin's bidding'"),
    ("Poland", "MEMBER_OF", "Visegrad Group", True, V4, ""),
    ("Slovakia", "MEMBER_OF", "Visegrad Group", True, V4, ""),
    ("Michal Šimečka", "ACCUSE", "Robert Fico", True, SIM, "domestic opposition"),
    ("Volodymyr Zelenskyy", "REQUEST", "Robert Fico", True, INV, "invitation to Kyiv"),
    ("Volodymyr Zelenskyy", "CONSULT", "Robert Fico", False, INV, "proposed talks"),
    ("Robert Fico", "AGREE", "Volodymyr Zelenskyy", False, MEET, "ready to meet"),
    ("Robert Fico", "CONSULT", "Volodymyr Zelenskyy", False, MEET, "proposed meeting"),
    ("Robert Fico", "ROLE", "Slovakia", True, WAR, "Prime Minister"),
    ("Volodymyr Zelenskyy", "ROLE", "Ukraine", True, WAR, "President"),
    ("Andrii Sybiha", "ROLE", "Ukraine", True, SYB, "Foreign Minister"),
    ("Vladimir Putin", "ROLE", "Russia", True, MOS, "president"),
    ("Dan Jørgensen", "ROLE", "European Union", True, JOR, "Energy Commissioner"),
    ("Viktor Orbán", "ROLE", "Hungary", True, ORB, "Prime Minister"),
    ("Donald Tusk", "ROLE", "Poland", True, TUSK, "Prime Minister"),
    (
        "Grigorij Mesežnikov",
        "ROLE",
        "Institute for Public Affairs",
        True,
        "said Grigorij Mesežnikov, president of the Institute for Public Affairs, a think tank in Bratislava",
        "president",
    ),
]
