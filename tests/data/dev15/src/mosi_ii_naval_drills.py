"""Gold tables for mosi_ii_naval_drills.txt."""

ZA, RU, CN, US, UA = "Q258", "Q159", "Q148", "Q30", "Q212"
E = [
    (
        "South Africa",
        "Country",
        ZA,
        [
            "Pretoria",
            "South African",
            "the South African Navy",
            "South African National Defence Force",
            "SANDF",
            "the South African government",
            "the frigate SAS Mendi",
            "Pandor's department",
        ],
        ZA,
    ),
    (
        "Russia",
        "Country",
        RU,
        ["Moscow", "Russian", "the frigate Admiral Gorshkov", "the Admiral Gorshkov"],
        RU,
    ),
    ("China", "Country", CN, ["Beijing", "Chinese", "the Chinese navy"], CN),
    ("Ukraine", "Country", UA, ["Kyiv", "Ukrainian"], UA),
    ("United States", "Country", US, ["Washington", "The US embassy in Pretoria"], US),
    ("Exercise Mosi II", "Event", None, ["Mosi II"], None),
    ("KwaZulu-Natal", "Location", None, [], None),
    ("Durban", "Location", None, [], None),
    ("Richards Bay", "Location", None, [], None),
    ("Cape Town", "Location", None, [], None),
    ("Gqeberha", "Location", None, [], None),
    ("Johannesburg", "Location", None, [], None),
    ("TASS", "Organization", None, ["The Russian state news agency TASS"], RU),
    ("Sergei Lavrov", "Person", None, ["Russian Foreign Minister Sergei Lavrov"], RU),
    ("Naledi Pandor", "Person", None, ["Pandor", "International Relations Minister Naledi Pandor"], ZA),
    ("Vincent Magwenya", "Person", None, [], ZA),
    ("Cyril Ramaphosa", "Person", None, ["President Cyril Ramaphosa"], ZA),
    ("Karine Jean-Pierre", "Person", None, ["White House press secretary Karine Jean-Pierre"], US),
    ("Liubov Abravitova", "Person", None, ["Ukraine's ambassador in Pretoria, Liubov Abravitova"], UA),
    (
        "Democratic Alliance",
        "Organization",
        None,
        ["the opposition Democratic Alliance", "DA", "The DA"],
        None,
    ),
    ("Kobus Marais", "Person", None, [], None),
    ("Thandi Modise", "Person", None, ["Modise", "Defence Minister Thandi Modise"], ZA),
    ("France", "Country", "Q142", [], "Q142"),
    ("Thabo Mokoena", "Person", None, ["Mokoena"], None),
    ("African National Congress", "Organization", None, ["The ANC"], None),
    ("Soviet Union", "Country", "Q15180", [], "Q15180"),
    ("BRICS", "IGO", None, [], None),
    ("India", "Country", "Q668", ["Indian"], "Q668"),
    ("Brazil", "Country", "Q155", ["Brazilian"], "Q155"),
    ("IBSAMAR VII", "Event", None, [], None),
    ("IBSA", "IGO", None, ["the IBSA countries"], None),
    ("UN General Assembly", "IGO", "Q47423", [], None),
    ("Lerato Nkosi", "Person", None, [], None),
]

HELD = "the South African Navy held Exercise Mosi II with warships from Russia and China"
FIRST = "the second edition of drills first staged off Cape Town in November 2019"
RUSENT = "Russia sent the frigate Admiral Gorshkov and the tanker Kama, while the Chinese navy deployed the destroyer Huainan"
INV = "the first anniversary, on 24 February, of Russia's full-scale invasion of Ukraine"
LAV = "Russian Foreign Minister Sergei Lavrov visited Pretoria on 23 January"
FRIENDS = 'International Relations Minister Naledi Pandor said that "all countries conduct military exercises with friends worldwide"'
WITHDRAW = "Pandor's department had called on Russia to withdraw its forces from Ukraine"
MAG = '"South Africa is not going to be told by anyone with whom it may hold exercises," Vincent Magwenya'
CALLS = "rejecting calls from Western capitals to cancel the drills"
UNEASE = "The United States, South Africa's second largest trading partner, made its unease plain."
KJP = 'Washington had "concerns about any country exercising with Russia as Russia wages a brutal war against Ukraine"'
EMB = "The US embassy in Pretoria said it had raised the matter directly with the South African government."
ABR = 'accused South Africa of giving "a platform for propaganda to a country that is killing Ukrainian civilians"'
DA = "the opposition Democratic Alliance (DA) said the exercise made South Africa complicit"
SIDE = '"We are signalling to the world that we side with an aggressor," said Kobus Marais'
ASK = "The DA asked Defence Minister Thandi Modise to explain who had approved the timing."
MOD = "South Africa also exercises with the United States and France"
MSG = "it is a message to Moscow and Beijing that Pretoria values the relationship"
SOV = "The ANC's bond with Moscow dates back to the struggle years, when the Soviet Union trained and armed its guerrillas."
BRICS = "China is South Africa's largest trading partner, and both are fellow members of BRICS, which South Africa chairs this year"
IBSA = "The South African Navy hosted the Indian and Brazilian navies off Gqeberha in October for IBSAMAR VII"
UNGA = "a UN General Assembly resolution demanding that Russia withdraw from Ukraine"

V = [
    ("South Africa", "COOPERATE", "Russia", True, HELD, "joint naval exercise"),
    ("South Africa", "COOPERATE", "China", True, HELD, "joint naval exercise"),
    ("Russia", "COOPERATE", "China", True, HELD, "joint naval exercise"),
    ("South Africa", "COOPERATE", "Russia", False, FIRST, "Mosi I 2019, participants implied"),
    ("South Africa", "COOPERATE", "China", False, FIRST, "Mosi I 2019, participants implied"),
    ("Russia", "COOPERATE", "China", False, FIRST, "Mosi I 2019, participants implied"),
    ("Russia", "MOBILIZE", "South Africa", False, RUSENT, "ships sent for the drill"),
    ("China", "MOBILIZE", "South Africa", False, RUSENT, "ships sent for the drill"),
    ("Russia", "ASSAULT", "Ukraine", False, INV, "invasion, noun phrase"),
    ("Sergei Lavrov", "CONSULT", "South Africa", True, LAV, "visit"),
    (
        "Sergei Lavrov",
        "CONSULT",
        "Naledi Pandor",
        True,
        "After their talks, International Relations Minister Naledi Pandor said",
        "talks",
    ),
    ("Naledi Pandor", "SUPPORT", "Russia", False, FRIENDS, "Russia implied as a friend"),
    (
        "Naledi Pandor",
        "REJECT",
        "United States",
        False,
        "South Africa should not be asked to justify its choices",
        "rebuff, target implicit",
    ),
    ("South Africa", "REQUEST", "Russia", True, WITHDRAW, "2022 call to withdraw"),
    ("Naledi Pandor", "REQUEST", "Russia", False, WITHDRAW, "her department"),
    ("Vincent Magwenya", "REJECT", "United States", False, CALLS, "refusal; 'Western capitals' unnamed"),
    ("Vincent Magwenya", "REJECT", "United States", False, MAG, "refusal; target implicit"),
    ("United States", "REQUEST", "South Africa", False, CALLS, "'Western capitals' asking to cancel"),
    ("United States", "ACCUSE", "South Africa", True, UNEASE, "disapproval"),
    ("Karine Jean-Pierre", "ACCUSE", "South Africa", False, KJP, "'any country', target implicit"),
    ("Karine Jean-Pierre", "ACCUSE", "Russia", True, KJP, "'brutal war'"),
    ("Russia", "ASSAULT", "Ukraine", False, KJP, "in a US official's words"),
    ("United States", "CONSULT", "South Africa", True, EMB, "raised the matter"),
    ("United States", "ACCUSE", "South Africa", False, EMB, "raising concerns"),
    ("Liubov Abravitova", "ACCUSE", "South Africa", True, ABR, ""),
    ("Liubov Abravitova", "ACCUSE", "Russia", False, ABR, "Russia not named"),
    ("Democratic Alliance", "ACCUSE", "South Africa", True, DA, "complicity"),
    ("Kobus Marais", "ACCUSE", "South Africa", False, SIDE, "'we side with an aggressor'"),
    ("Kobus Marais", "ACCUSE", "Russia", False, SIDE, "'aggressor', not named"),
    ("South Africa", "ALLY", "Russia", False, SIDE, "alignment claimed by a critic"),
    ("Democratic Alliance", "REQUEST", "Thandi Modise", True, ASK, "domestic demand for explanation"),
    ("Thandi Modise", "REJECT", "Democratic Alliance", False, "Modise has defended the drills", "rebuttal"),
    ("South Africa", "COOPERATE", "United States", False, MOD, "habitual exercises, minister's claim"),
    ("South Africa", "COOPERATE", "France", False, MOD, "habitual exercises, minister's claim"),
    ("South Africa", "SUPPORT", "Russia", False, MSG, "analyst's reading"),
    ("South Africa", "SUPPORT", "China", False, MSG, "analyst's reading"),
    ("Soviet Union", "AID", "African National Congress", True, SOV, "training and arms"),
    ("Soviet Union", "COOPERATE", "African National Congress", False, SOV, ""),
    ("African National Congress", "ALLY", "Russia", False, SOV, "'bond'"),
    ("China", "COOPERATE", "South Africa", False, BRICS, "largest trading partner"),
    ("China", "MEMBER_OF", "BRICS", True, BRICS, ""),
    ("Russia", "MEMBER_OF", "BRICS", True, BRICS, "'both'"),
    ("South Africa", "MEMBER_OF", "BRICS", True, BRICS, "chair"),
    ("South Africa", "COOPERATE", "India", True, IBSA, "IBSAMAR VII"),
    ("South Africa", "COOPERATE", "Brazil", True, IBSA, "IBSAMAR VII"),
    ("India", "COOPERATE", "Brazil", True, IBSA, "IBSAMAR VII"),
    ("South Africa", "MEMBER_OF", "IBSA", False, "the trilateral exercise of the IBSA countries", "implied"),
    ("India", "MEMBER_OF", "IBSA", False, "the trilateral exercise of the IBSA countries", "implied"),
    ("Brazil", "MEMBER_OF", "IBSA", False, "the trilateral exercise of the IBSA countries", "implied"),
    ("UN General Assembly", "REQUEST", "Russia", True, UNGA, "withdrawal resolution"),
    ("Sergei Lavrov", "ROLE", "Russia", True, "Russian Foreign Minister Sergei Lavrov", "Foreign Minister"),
    (
        "Naledi Pandor",
        "ROLE",
        "South Africa",
        True,
        "International Relations Minister Naledi Pandor",
        "Minister of International Relations",
    ),
    (
        "Vincent Magwenya",
        "ROLE",
        "South Africa",
        True,
        "Vincent Magwenya, spokesperson for President Cyril Ramaphosa",
        "presidential spokesperson",
    ),
    ("Cyril Ramaphosa", "ROLE", "South Africa", True, "President Cyril Ramaphosa", "President"),
    (
        "Karine Jean-Pierre",
        "ROLE",
        "United States",
        True,
        "White House press secretary Karine Jean-Pierre",
        "White House press secretary",
    ),
    (
        "Liubov Abravitova",
        "ROLE",
        "Ukraine",
        True,
        "Ukraine's ambassador in Pretoria, Liubov Abravitova",
        "ambassador",
    ),
    (
        "Kobus Marais",
        "ROLE",
        "Democratic Alliance",
        True,
        "Kobus Marais, the party's spokesperson on defence",
        "defence spokesperson",
    ),
    ("Thandi Modise", "ROLE", "South Africa", True, "Defence Minister Thandi Modise", "Defence Minister"),
]
