"""Gold tables for us_rosneft_lukoil_sanctions.txt."""

US, RU, CN, IN, EU, UA, NATO = "Q30", "Q159", "Q148", "Q668", "Q458", "Q212", "Q7184"
E = [
    ("United States", "Country", US, ["US", "Washington", "The US Treasury", "Treasury"], US),
    (
        "Russia",
        "Country",
        RU,
        ["Moscow", "Russian", "the Kremlin", "Kremlin", "Russia's security council"],
        RU,
    ),
    ("Rosneft", "Organization", None, [], None),
    ("Lukoil", "Organization", None, [], None),
    (
        "Vladimir Putin",
        "Person",
        "Q7747",
        ["Putin", "President Putin", "the Russian president", "the Russian leader"],
        RU,
    ),
    ("Donald Trump", "Person", "Q22686", ["Trump"], US),
    ("China", "Country", CN, ["Beijing", "Chinese", "Chinese state oil majors"], CN),
    ("Guo Jiakun", "Person", None, ["Foreign ministry spokesperson Guo Jiakun"], CN),
    ("India", "Country", IN, ["Indian", "New Delhi", "The Indian government"], IN),
    ("Reliance Industries", "Organization", None, ["India's Reliance"], None),
    ("Narendra Modi", "Person", "Q1058", ["Prime Minister Narendra Modi"], IN),
    ("European Union", "IGO", EU, ["EU", "the European Commission", "European leaders"], None),
    ("Slovakia", "Country", "Q214", [], "Q214"),
    ("Robert Fico", "Person", None, ["Slovakia's prime minister, Robert Fico"], "Q214"),
    ("Hungary", "Country", "Q28", [], "Q28"),
    ("Viktor Orbán", "Person", "Q57641", ["Hungary's Viktor Orbán"], "Q28"),
    ("Kaja Kallas", "Person", None, ["Kaja Kallas, the EU's foreign policy chief"], EU),
    ("Dmitry Medvedev", "Person", None, ["Medvedev"], RU),
    ("Volodymyr Zelensky", "Person", "Q3874799", ["Zelensky", "the Ukrainian president"], UA),
    ("Ukraine", "Country", UA, ["Ukrainian"], UA),
    ("Belgium", "Country", "Q31", [], "Q31"),
    ("Scott Bessent", "Person", None, ["the Treasury secretary, Scott Bessent"], US),
    ("NATO", "IGO", NATO, ["Nato"], None),
    ("Mark Rutte", "Person", "Q57792", ["Nato's secretary general, Mark Rutte", "Rutte"], NATO),
    ("Xi Jinping", "Person", "Q15031", [], CN),
    ("South Korea", "Country", "Q884", [], "Q884"),
    ("United Kingdom", "Country", "Q145", ["The UK"], "Q145"),
    ("Canada", "Country", "Q16", [], "Q16"),
    ("Tatiana Mitrova", "Person", None, [], None),
    (
        "Center on Global Energy Policy",
        "Organization",
        None,
        ["Columbia University's Center on Global Energy Policy"],
        None,
    ),
    ("Reuters", "Organization", None, [], None),
    ("Telegram", "Organization", None, [], None),
    ("Budapest summit", "Event", None, [], None),
    ("Marta Kowalczyk", "Person", None, [], None),
]

TREAS = (
    "The US Treasury imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, and more than 30 "
    "of their subsidiaries"
)
BESS = (
    "\"Given President Putin's refusal to end this senseless war, Treasury is sanctioning Russia's two largest oil "
    "companies that fund the Kremlin's war machine,\""
)
TOMA = (
    "He warned that any strike on Russian territory with Tomahawk missiles supplied by Washington would meet a "
    '"very serious, if not overwhelming" response'
)
GUO = 'China "consistently opposes unilateral sanctions that have no basis in international law"'
REL = (
    'Reliance Industries, the largest Indian buyer of Russian crude, said it was "recalibrating" imports to comply '
    "with the sanctions"
)
PKG = (
    "The package bans imports of Russian liquefied natural gas from January 2027, adds 117 more vessels of Russia's "
    "shadow fleet to the blacklist"
)
CHREF = "for the first time, targets Chinese refineries and traders accused of buying Russian oil"
FICO = (
    "Slovakia's prime minister, Robert Fico, said he had dropped his objection after receiving assurances from the "
    "European Commission"
)
MED = (
    "\"The US is our adversary, and their talkative 'peacemaker' has now fully embarked on the warpath with "
    'Russia,"'
)
ZEL = "welcomed both packages and thanked Trump"
CANC = "Trump said he had cancelled his planned summit with Putin in Budapest"
XI = "Trump also said he would raise Chinese purchases of Russian oil with Xi Jinping"
UK = "The UK sanctioned both companies last week"
V = [
    ("United States", "SANCTION", "Rosneft", True, TREAS, "plus 30+ subsidiaries"),
    ("United States", "SANCTION", "Lukoil", True, TREAS, ""),
    ("United States", "SANCTION", "Russia", False, TREAS, "country level via state companies"),
    (
        "United States",
        "SANCTION",
        "Russia",
        False,
        "Washington targets Russia's two biggest oil companies",
        "standfirst",
    ),
    ("Donald Trump", "REJECT", "Vladimir Putin", True, CANC, "cancelled summit"),
    ("Donald Trump", "SANCTION", "Russia", False, CANC, "cancelled summit as reduced relations"),
    (
        "Donald Trump",
        "ACCUSE",
        "Vladimir Putin",
        True,
        'complained that his conversations with the Russian leader "don\'t go anywhere"',
        "complaint",
    ),
    (
        "Russia",
        "REJECT",
        "United States",
        True,
        "Kremlin says sanctions will not change its course",
        "refusal",
    ),
    ("Vladimir Putin", "ACCUSE", "United States", True, 'calling the US sanctions "an unfriendly act"', ""),
    (
        "Vladimir Putin",
        "REJECT",
        "United States",
        False,
        '"No self-respecting country and no self-respecting people ever decide anything under pressure,"',
        "general",
    ),
    ("Vladimir Putin", "THREATEN", "United States", True, TOMA, "conditional threat"),
    ("Vladimir Putin", "THREATEN", "Ukraine", False, TOMA, "implicit striker"),
    ("United States", "AID", "Ukraine", False, TOMA, "hypothetical Tomahawk supply"),
    (
        "Vladimir Putin",
        "CONSULT",
        "Donald Trump",
        False,
        "did not rule out meeting Donald Trump at a later date",
        "hedged possibility",
    ),
    ("China", "ACCUSE", "United States", True, "Beijing has criticised the US measures", ""),
    ("Guo Jiakun", "ACCUSE", "United States", True, GUO, "unilateral sanctions"),
    (
        "China",
        "COOPERATE",
        "Russia",
        False,
        'its energy trade with Russia was "normal and legitimate"',
        "trade",
    ),
    (
        "China",
        "SANCTION",
        "Russia",
        False,
        "Chinese state oil majors have suspended some seaborne purchases of Russian crude",
        "reported by traders",
    ),
    ("Reliance Industries", "COOPERATE", "Russia", False, REL, "buyer"),
    ("Reliance Industries", "CONCEDE", "United States", False, REL, "compliance"),
    (
        "Donald Trump",
        "REQUEST",
        "Narendra Modi",
        True,
        "Trump has repeatedly pressed Prime Minister Narendra Modi to stop buying Russian oil",
        "",
    ),
    (
        "Donald Trump",
        "SANCTION",
        "India",
        True,
        "doubled tariffs on Indian goods to 50% in August as a penalty",
        "50%",
    ),
    ("India", "COOPERATE", "Russia", False, "to stop buying Russian oil", "oil purchases"),
    (
        "European Union",
        "SANCTION",
        "Russia",
        True,
        "The EU's 19th package of sanctions against Russia has been formally adopted",
        "passive",
    ),
    ("European Union", "SANCTION", "Russia", True, "EU adopts 19th sanctions package", "subhead"),
    (
        "Slovakia",
        "CONCEDE",
        "European Union",
        True,
        "after Slovakia lifted its veto overnight",
        "veto lifted",
    ),
    ("Slovakia", "REJECT", "European Union", False, "after Slovakia lifted its veto overnight", "prior veto"),
    ("European Union", "SANCTION", "Russia", True, PKG, "LNG ban, 117 vessels"),
    ("European Union", "SANCTION", "China", True, CHREF, "refineries, traders"),
    ("European Union", "ACCUSE", "China", False, CHREF, "accused of buying"),
    (
        "Kaja Kallas",
        "ACCUSE",
        "Vladimir Putin",
        False,
        '"It is getting harder and harder for Putin to finance this war,"',
        "implied",
    ),
    ("Robert Fico", "CONCEDE", "European Union", True, FICO, "dropped objection"),
    ("European Union", "AGREE", "Robert Fico", False, FICO, "assurances"),
    ("Dmitry Medvedev", "ACCUSE", "United States", True, MED, ""),
    ("Dmitry Medvedev", "ACCUSE", "Donald Trump", True, 'Medvedev: Trump "on the warpath"', "subhead"),
    ("Dmitry Medvedev", "ACCUSE", "Donald Trump", False, MED, "'peacemaker' = Trump, implicit"),
    (
        "Dmitry Medvedev",
        "ACCUSE",
        "United States",
        True,
        "also accused Washington of abandoning its own peace effort",
        "",
    ),
    (
        "Volodymyr Zelensky",
        "CONSULT",
        "European Union",
        True,
        "Volodymyr Zelensky, arriving in Brussels for the EU leaders' summit",
        "visit",
    ),
    ("Volodymyr Zelensky", "SUPPORT", "Donald Trump", True, ZEL, "thanks"),
    ("Volodymyr Zelensky", "SUPPORT", "European Union", True, ZEL, "welcomed EU package"),
    ("Volodymyr Zelensky", "SUPPORT", "United States", True, ZEL, "welcomed US package"),
    ("Volodymyr Zelensky", "ACCUSE", "Russia", False, "aggression will not go unpunished", "implicit"),
    (
        "Volodymyr Zelensky",
        "REQUEST",
        "European Union",
        True,
        "He urged European leaders to approve a plan to use frozen Russian assets",
        "",
    ),
    ("European Union", "AID", "Ukraine", False, 'a €140bn "reparations loan" for Ukraine', "planned"),
    (
        "Belgium",
        "REQUEST",
        "European Union",
        False,
        "Belgium, where most of the assets are held, has demanded legal guarantees before agreeing to the plan",
        "target implicit",
    ),
    ("Scott Bessent", "ACCUSE", "Vladimir Putin", True, BESS, "refusal to end war"),
    ("Scott Bessent", "SANCTION", "Russia", False, BESS, "announcer"),
    (
        "Vladimir Putin",
        "REJECT",
        "Ukraine",
        False,
        "President Putin's refusal to end this senseless war",
        "noun phrase",
    ),
    (
        "Scott Bessent",
        "THREATEN",
        "Russia",
        True,
        "He said Washington was prepared to take further action if necessary",
        "target implicit",
    ),
    (
        "Donald Trump",
        "CONSULT",
        "Mark Rutte",
        True,
        "Trump hosted Nato's secretary general, Mark Rutte, at the White House",
        "host",
    ),
    ("Mark Rutte", "SUPPORT", "United States", True, "Rutte praised the decision", "praise"),
    ("Mark Rutte", "ACCUSE", "Vladimir Putin", False, '"the only language Putin understands"', ""),
    ("Donald Trump", "CONSULT", "Xi Jinping", False, XI, "planned meeting"),
    ("Donald Trump", "ACCUSE", "China", False, XI, "planned complaint"),
    ("China", "COOPERATE", "Russia", False, "Chinese purchases of Russian oil", "oil trade"),
    ("United Kingdom", "SANCTION", "Rosneft", True, UK, ""),
    ("United Kingdom", "SANCTION", "Lukoil", True, UK, ""),
    ("Canada", "THREATEN", "Russia", False, "Canada said it was reviewing similar measures", "considering"),
    (
        "Donald Trump",
        "SANCTION",
        "Russia",
        False,
        "These are the first sanctions of Trump's second term aimed squarely at Moscow",
        "analyst",
    ),
    ("Vladimir Putin", "ROLE", "Russia", True, "the Russian president told reporters in Moscow", "president"),
    (
        "Guo Jiakun",
        "ROLE",
        "China",
        True,
        "Foreign ministry spokesperson Guo Jiakun",
        "Foreign ministry spokesperson",
    ),
    ("Narendra Modi", "ROLE", "India", True, "Prime Minister Narendra Modi", "Prime Minister"),
    (
        "Kaja Kallas",
        "ROLE",
        "European Union",
        True,
        "Kaja Kallas, the EU's foreign policy chief",
        "foreign policy chief",
    ),
    ("Robert Fico", "ROLE", "Slovakia", True, "Slovakia's prime minister, Robert Fico", "prime minister"),
    (
        "Dmitry Medvedev",
        "ROLE",
        "Russia",
        True,
        "Dmitry Medvedev, the deputy chair of Russia's security council",
        "deputy chair of the security council",
    ),
    ("Dmitry Medvedev", "ROLE", "Russia", False, "Medvedev, a former president", "former president"),
    ("Volodymyr Zelensky", "ROLE", "Ukraine", True, "the Ukrainian president said", "president"),
    (
        "Scott Bessent",
        "ROLE",
        "United States",
        True,
        "the Treasury secretary, Scott Bessent",
        "Treasury secretary",
    ),
    ("Mark Rutte", "ROLE", "NATO", True, "Nato's secretary general, Mark Rutte", "secretary general"),
    (
        "Tatiana Mitrova",
        "ROLE",
        "Center on Global Energy Policy",
        True,
        "Tatiana Mitrova, a research fellow at Columbia University's Center on Global Energy Policy",
        "research fellow",
    ),
]
