"""Gold tables for czech_slovak_consultations.txt."""

CZ, SK, RU, UA, PL, HU = "Q213", "Q214", "Q159", "Q212", "Q36", "Q28"
E = [
    (
        "Czech Republic",
        "Country",
        CZ,
        [
            "Prague",
            "Czech",
            "the Czech government",
            "the Czech Republic",
            "the Fiala government",
            "Czech diplomats",
        ],
        CZ,
    ),
    ("Slovakia", "Country", SK, ["Bratislava", "Slovak"], SK),
    ("Russia", "Country", RU, ["Moscow", "Russian", "the Kremlin", "The Russian foreign ministry"], RU),
    ("Ukraine", "Country", UA, ["Kyiv", "Ukrainian"], UA),
    ("Petr Fiala", "Person", None, ["Fiala", "the Czech prime minister, Petr Fiala"], CZ),
    ("Juraj Blanár", "Person", None, ["Blanár", "the Slovak foreign minister, Juraj Blanár"], SK),
    ("Sergei Lavrov", "Person", None, ["Lavrov", "his Russian counterpart, Sergei Lavrov"], RU),
    ("Jan Lipavský", "Person", None, ["the foreign minister, Jan Lipavský"], CZ),
    ("Robert Fico", "Person", None, ["Fico"], SK),
    ("Petr Pavel", "Person", None, ["The Czech president, Petr Pavel"], CZ),
    ("Donald Tusk", "Person", None, ["Tusk", "the Polish prime minister, Donald Tusk"], PL),
    ("Viktor Orbán", "Person", None, ["Orbán", "Viktor Orbán of Hungary"], HU),
    ("Denys Shmyhal", "Person", None, ["Ukraine's prime minister, Denys Shmyhal"], UA),
    ("Zuzana Čaputová", "Person", None, ["Slovakia's outgoing president, Zuzana Čaputová"], SK),
    ("Maria Zakharova", "Person", None, ["The Russian foreign ministry spokeswoman, Maria Zakharova"], RU),
    ("Pavel Havlíček", "Person", None, [], None),
    ("Association for International Affairs", "Organization", None, [], None),
    ("Robert Tait", "Person", None, [], None),
    ("Turkey", "Country", "Q43", [], "Q43"),
    ("Poland", "Country", PL, ["Polish"], PL),
    ("Hungary", "Country", HU, ["Hungarian"], HU),
    ("Denmark", "Country", "Q35", [], "Q35"),
    ("Netherlands", "Country", "Q55", ["the Netherlands"], "Q55"),
    ("Canada", "Country", "Q16", [], "Q16"),
    ("European Union", "IGO", "Q458", ["EU"], "Q458"),
    ("NATO", "IGO", "Q7184", ["Nato"], "Q7184"),
    ("Visegrád Group", "IGO", None, [], None),
    ("Antalya Diplomacy Forum", "Event", None, ["the Antalya Diplomacy Forum"], None),
    ("Munich Security Conference", "Event", None, ["the Munich Security Conference"], None),
    ("Uzhhorod", "Location", None, [], None),
    ("Paris", "Location", None, [], None),
]

CALL = "the Czech government called off the regular joint consultations between the two cabinets"
POST = "We have decided to postpone the intergovernmental consultations"
DISAGREE = "I want to state clearly that the Czech Republic does not agree with these positions"
MEET = (
    "a meeting last Saturday between the Slovak foreign minister, Juraj Blanár, and his Russian counterpart, "
    "Sergei Lavrov"
)
LIP = 'had already described contacts with Moscow as helping "no one but the Kremlin\'s propaganda"'
FICO = 'accused the Fiala government of "deliberately damaging" relations'
SHELLS = (
    "Fico has also said Slovakia will not join an initiative led by the Czech Republic to buy about 800,000 "
    "artillery shells for Ukraine"
)
PLEDGE = "Denmark, the Netherlands and Canada are among those that have publicly pledged money."
V4 = "Last week's summit of the Visegrád Group in Prague laid bare the same divide."
CALLAID = "Fiala and the Polish prime minister, Donald Tusk, called for more military aid to Ukraine"
AGAINST = "Fico and Viktor Orbán of Hungary argued against sending weapons"
UZH = (
    "In January he travelled to the Ukrainian border city of Uzhhorod to meet Ukraine's prime minister, "
    "Denys Shmyhal"
)
PROM = "promising that Slovakia would not block Kyiv's EU accession talks and would support Ukrainian energy projects"
PKG = "he voted for the EU's €50bn support package for Ukraine after Orbán dropped his veto"
JETS = "Czech and Hungarian fighter jets have patrolled Slovakia's skies"
URGE = "urged both governments to restore contacts quickly"
ZAK = 'praised Bratislava for what she called its "pragmatic and independent" approach'
V = [
    ("Czech Republic", "SANCTION", "Slovakia", True, CALL, "joint cabinet consultations suspended"),
    ("Petr Fiala", "SANCTION", "Slovakia", True, POST, "consultations postponed"),
    ("Petr Fiala", "ACCUSE", "Slovakia", True, DISAGREE, "disapproval of Slovak positions"),
    (
        "Petr Fiala",
        "SUPPORT",
        "Slovakia",
        False,
        'while stressing that relations between the two peoples were "above-standard"',
        "",
    ),
    ("Juraj Blanár", "CONSULT", "Sergei Lavrov", True, MEET, "Antalya, 2 March 2024"),
    (
        "Juraj Blanár",
        "CONSULT",
        "Sergei Lavrov",
        True,
        "Blanár was the only foreign minister from an EU country to hold talks with Lavrov there",
        "",
    ),
    ("Jan Lipavský", "ACCUSE", "Russia", False, LIP, "criticism of contacts; Kremlin propaganda"),
    ("Jan Lipavský", "ACCUSE", "Slovakia", False, LIP, "implicit target"),
    ("Robert Fico", "ACCUSE", "Czech Republic", True, FICO, ""),
    (
        "Robert Fico",
        "ACCUSE",
        "Czech Republic",
        False,
        'called the Czech move "a pity"',
        "mild disapproval",
    ),
    (
        "Juraj Blanár",
        "REJECT",
        "Czech Republic",
        False,
        "rejected the suggestion that Slovakia was drifting away from the EU",
        "denial",
    ),
    (
        "Slovakia",
        "SANCTION",
        "Ukraine",
        True,
        "One of his government's first decisions was to stop state supplies of weapons to Ukraine",
        "military aid halted",
    ),
    ("Robert Fico", "REJECT", "Czech Republic", True, SHELLS, "refuses to join the ammunition initiative"),
    ("Robert Fico", "REJECT", "Ukraine", False, SHELLS, ""),
    ("Czech Republic", "AID", "Ukraine", False, SHELLS, "800,000 shells; noun phrase, in progress"),
    (
        "Petr Pavel",
        "AID",
        "Ukraine",
        False,
        "who unveiled the scheme at the Munich Security Conference last month",
        "scheme announced",
    ),
    ("Denmark", "AID", "Ukraine", True, PLEDGE, "funding pledged for shells"),
    ("Netherlands", "AID", "Ukraine", True, PLEDGE, "funding pledged for shells"),
    ("Canada", "AID", "Ukraine", True, PLEDGE, "funding pledged for shells"),
    ("Denmark", "COOPERATE", "Czech Republic", False, PLEDGE, "joins Czech initiative"),
    ("Netherlands", "COOPERATE", "Czech Republic", False, PLEDGE, "joins Czech initiative"),
    ("Canada", "COOPERATE", "Czech Republic", False, PLEDGE, "joins Czech initiative"),
    ("Czech Republic", "CONSULT", "Slovakia", False, V4, "V4 summit; participants named next sentence"),
    ("Czech Republic", "CONSULT", "Poland", False, V4, "V4 summit"),
    ("Czech Republic", "CONSULT", "Hungary", False, V4, "V4 summit"),
    ("Czech Republic", "MEMBER_OF", "Visegrád Group", False, V4, "implied"),
    ("Petr Fiala", "SUPPORT", "Ukraine", True, CALLAID, "call for more military aid"),
    ("Donald Tusk", "SUPPORT", "Ukraine", True, CALLAID, "call for more military aid"),
    ("Robert Fico", "REJECT", "Ukraine", False, AGAINST, "against arming Ukraine"),
    ("Viktor Orbán", "REJECT", "Ukraine", False, AGAINST, "against arming Ukraine"),
    ("Robert Fico", "CONSULT", "Denys Shmyhal", True, UZH, "Uzhhorod, January 2024"),
    ("Robert Fico", "CONSULT", "Ukraine", True, UZH, "visit"),
    ("Robert Fico", "AGREE", "Ukraine", True, PROM, "promises on EU talks, energy"),
    ("Robert Fico", "SUPPORT", "Ukraine", False, PROM, ""),
    ("European Union", "AID", "Ukraine", True, PKG, "EUR 50bn package"),
    ("Robert Fico", "SUPPORT", "Ukraine", True, PKG, "voted for the package"),
    ("Viktor Orbán", "CONCEDE", "European Union", True, PKG, "dropped veto"),
    ("Viktor Orbán", "REJECT", "European Union", False, PKG, "earlier veto, background"),
    (
        "Robert Fico",
        "ACCUSE",
        "Ukraine",
        False,
        "he has also questioned whether Ukraine is a sovereign country",
        "type debatable",
    ),
    (
        "Robert Fico",
        "ACCUSE",
        "NATO",
        False,
        "that some Nato and EU states were considering sending their own troops to Ukraine",
        "claim about unnamed states",
    ),
    (
        "Czech Republic",
        "COOPERATE",
        "Slovakia",
        True,
        "Czech diplomats stressed that defence cooperation, including the joint protection of Slovak airspace, "
        "was not affected",
        "defence cooperation continues",
    ),
    ("Czech Republic", "COOPERATE", "Slovakia", True, JETS, "air policing"),
    ("Hungary", "COOPERATE", "Slovakia", True, JETS, "air policing"),
    ("Czech Republic", "COOPERATE", "Hungary", False, JETS, "joint patrol implied"),
    (
        "Slovakia",
        "AID",
        "Ukraine",
        True,
        "Bratislava retired its Soviet-made MiG-29s and sent them to Ukraine in 2023",
        "MiG-29 jets",
    ),
    (
        "Zuzana Čaputová",
        "SUPPORT",
        "Czech Republic",
        False,
        'called Prague\'s frustration "understandable"',
        "",
    ),
    ("Zuzana Čaputová", "REQUEST", "Czech Republic", True, URGE, "restore contacts"),
    ("Zuzana Čaputová", "REQUEST", "Slovakia", False, URGE, "own government"),
    ("Maria Zakharova", "SUPPORT", "Slovakia", True, ZAK, "praise"),
    (
        "Maria Zakharova",
        "ACCUSE",
        "Czech Republic",
        True,
        'accused the Czech government of "Russophobic hysteria"',
        "",
    ),
    (
        "Slovakia",
        "MEMBER_OF",
        "European Union",
        True,
        "Blanár was the only foreign minister from an EU country to hold talks with Lavrov there",
        "",
    ),
    ("Petr Fiala", "ROLE", "Czech Republic", True, "the Czech prime minister, Petr Fiala", "Prime Minister"),
    (
        "Juraj Blanár",
        "ROLE",
        "Slovakia",
        True,
        "the Slovak foreign minister, Juraj Blanár",
        "Foreign Minister",
    ),
    ("Sergei Lavrov", "ROLE", "Russia", True, "his Russian counterpart, Sergei Lavrov", "Foreign Minister"),
    (
        "Jan Lipavský",
        "ROLE",
        "Czech Republic",
        True,
        "the foreign minister, Jan Lipavský",
        "Foreign Minister",
    ),
    ("Robert Fico", "ROLE", "Slovakia", True, "Robert Fico, the Slovak prime minister", "Prime Minister"),
    ("Petr Pavel", "ROLE", "Czech Republic", True, "The Czech president, Petr Pavel", "President"),
    ("Donald Tusk", "ROLE", "Poland", True, "the Polish prime minister, Donald Tusk", "Prime Minister"),
    ("Viktor Orbán", "ROLE", "Hungary", False, "Viktor Orbán of Hungary", "leader (title not given)"),
    ("Denys Shmyhal", "ROLE", "Ukraine", True, "Ukraine's prime minister, Denys Shmyhal", "Prime Minister"),
    (
        "Zuzana Čaputová",
        "ROLE",
        "Slovakia",
        True,
        "Slovakia's outgoing president, Zuzana Čaputová",
        "President",
    ),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "The Russian foreign ministry spokeswoman, Maria Zakharova",
        "foreign ministry spokeswoman",
    ),
    (
        "Pavel Havlíček",
        "ROLE",
        "Association for International Affairs",
        True,
        "said Pavel Havlíček of the Association for International Affairs",
        "analyst",
    ),
]
