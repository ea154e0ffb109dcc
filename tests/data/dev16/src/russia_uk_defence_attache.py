"""Gold tables for russia_uk_defence_attache.txt."""

RU, GB, UA, FR = "Q159", "Q145", "Q212", "Q142"
E = [
    (
        "Russia",
        "Country",
        RU,
        [
            "Moscow",
            "Russian",
            "the Russian Federation",
            "The Russian Foreign Ministry",
            "the Russian Defense Ministry",
            "the General Staff",
            "the Southern Military District",
            "Kremlin",
        ],
        RU,
    ),
    (
        "United Kingdom",
        "Country",
        GB,
        [
            "London",
            "British",
            "the United Kingdom",
            "UK",
            "the British authorities",
            "The British government",
            "the British Embassy in Moscow",
            "the Foreign Office",
            "the House of Commons",
            "British prosecutors",
        ],
        GB,
    ),
    ("Adrian Coghill", "Person", None, ["Air Commodore Adrian Coghill"], GB),
    ("Nigel Casey", "Person", None, ["Casey", "British Ambassador to Russia Nigel Casey"], GB),
    ("Maxim Elovik", "Person", None, ["Colonel Maxim Elovik"], RU),
    ("James Cleverly", "Person", None, ["UK Home Secretary James Cleverly"], GB),
    ("Andrei Kelin", "Person", None, ["Russian Ambassador to the UK Andrei Kelin"], RU),
    ("Seacox Heath", "Location", None, [], None),
    ("Highgate", "Location", None, [], None),
    ("Wagner", "Organization", None, ["the Wagner private military company"], None),
    ("Ukraine", "Country", UA, ["Kiev", "the Kiev regime"], UA),
    ("Maria Zakharova", "Person", None, ["Zakharova", "Foreign Ministry Spokeswoman Maria Zakharova"], RU),
    ("Dmitry Peskov", "Person", None, ["Peskov", "Kremlin Spokesman Dmitry Peskov"], RU),
    ("David Cameron", "Person", "Q192", ["Cameron", "UK Foreign Secretary David Cameron"], GB),
    ("Vladimir Putin", "Person", "Q7747", ["Supreme Commander-in-Chief Vladimir Putin"], RU),
    ("France", "Country", FR, ["French"], FR),
    ("Emmanuel Macron", "Person", "Q3052772", ["French President Emmanuel Macron"], FR),
    ("Rishi Sunak", "Person", None, ["Prime Minister Rishi Sunak"], GB),
    ("Sergei Skripal", "Person", None, ["former intelligence officer Sergei Skripal"], None),
    ("British Council", "Organization", None, ["the British Council"], GB),
]

PNG = (
    "The Russian Foreign Ministry has declared the defense attaché at the British Embassy in Moscow, "
    "Air Commodore Adrian Coghill, persona non grata"
)
NOTE = "He was handed a note declaring the defense attaché of the United Kingdom persona non grata"
SUM16 = "British Ambassador to Russia Nigel Casey was summoned to the Russian Foreign Ministry"
RESP = (
    'the step was taken in response to the "openly hostile, Russophobic" decision of the British authorities'
)
ELOVIK = "to expel the Russian defense attaché in London, Colonel Maxim Elovik"
STRIP = "to strip several Russian diplomatic properties in the United Kingdom of their status"
WARN = "any further hostile actions by London will be met with a firm and well-considered response"
CLEV = (
    "UK Home Secretary James Cleverly told the House of Commons that the Russian attaché was being expelled"
)
SPY = 'in his words, "an undeclared military intelligence officer."'
PREM = "He also said London would remove diplomatic premises status from Seacox Heath"
VISA = "would cap the length of visas issued to Russian diplomats"
KELIN = "Russian Ambassador to the UK Andrei Kelin was summoned to the Foreign Office the same day"
MALIGN = 'The British government tied the steps to what it called "malign activity" by Moscow'
WAGNER = "claim it was organized on behalf of the Wagner private military company"
SUM6 = "On May 6, Casey was summoned to the Russian Foreign Ministry"
HIT = 'Russia could respond by hitting "any British military facilities and equipment on the territory of Ukraine'
NUKE = 'The ministry said the drills were a response to "provocative statements and threats" by certain Western officials'
PESKOV2 = (
    "Peskov specifically referred to Cameron's remarks and to statements by French President Emmanuel Macron"
)
S2018 = "In 2018, London expelled 23 Russian diplomats over the Salisbury incident"
R2018 = "Moscow responded by expelling 23 British diplomats and ordering the closure of the British Council in Russia"
V = [
    ("Russia", "SANCTION", "Adrian Coghill", True, PNG, "declared persona non grata"),
    ("Russia", "SANCTION", "United Kingdom", False, PNG, "state level"),
    ("Russia", "SANCTION", "Adrian Coghill", True, NOTE, "one week to leave"),
    ("Russia", "ACCUSE", "Nigel Casey", True, SUM16, "summoned, May 16"),
    ("Russia", "ACCUSE", "United Kingdom", False, SUM16, "summons, state level"),
    ("Russia", "CONSULT", "Nigel Casey", False, SUM16, "summons as meeting"),
    ("Russia", "ACCUSE", "United Kingdom", True, RESP, "'openly hostile, Russophobic'"),
    ("United Kingdom", "SANCTION", "Maxim Elovik", True, ELOVIK, "expulsion"),
    ("United Kingdom", "SANCTION", "Russia", False, ELOVIK, "expulsion, state level"),
    ("United Kingdom", "SANCTION", "Russia", True, STRIP, "diplomatic properties lose status"),
    ("Russia", "THREATEN", "United Kingdom", True, WARN, "retaliation warning"),
    ("James Cleverly", "SANCTION", "Maxim Elovik", True, CLEV, "announces expulsion"),
    ("James Cleverly", "ACCUSE", "Maxim Elovik", True, SPY, "undeclared intelligence officer"),
    ("James Cleverly", "SANCTION", "Russia", False, CLEV, "state level"),
    ("United Kingdom", "SANCTION", "Russia", True, PREM, "premises status removed"),
    ("James Cleverly", "SANCTION", "Russia", False, PREM, "'He' = Cleverly announcing"),
    ("United Kingdom", "SANCTION", "Russia", True, VISA, "visa caps"),
    ("United Kingdom", "COERCE", "Russia", False, VISA, "restriction, alternative type"),
    ("United Kingdom", "ACCUSE", "Andrei Kelin", True, KELIN, "summoned"),
    ("United Kingdom", "ACCUSE", "Russia", False, KELIN, "summons, state level"),
    ("United Kingdom", "CONSULT", "Andrei Kelin", False, KELIN, "summons as meeting"),
    ("United Kingdom", "ACCUSE", "Russia", True, MALIGN, "malign activity"),
    ("United Kingdom", "ACCUSE", "Wagner", True, WAGNER, "prosecutors' claim"),
    ("Wagner", "ASSAULT", "United Kingdom", False, WAGNER, "alleged arson, denied by Russia"),
    (
        "Russia",
        "REJECT",
        "United Kingdom",
        False,
        "Moscow has rejected the accusations as baseless",
        "denial",
    ),
    (
        "Maria Zakharova",
        "THREATEN",
        "United Kingdom",
        True,
        "Foreign Ministry Spokeswoman Maria Zakharova said earlier that Moscow would not leave London's move unanswered",
        "retaliation",
    ),
    (
        "Maria Zakharova",
        "ACCUSE",
        "United Kingdom",
        True,
        "the British authorities are whipping up anti-Russian hysteria without presenting any facts or evidence",
        "",
    ),
    (
        "Maria Zakharova",
        "REJECT",
        "United Kingdom",
        False,
        'Zakharova dismissed the British allegations as "absurd fabrications"',
        "dismissal",
    ),
    (
        "Maria Zakharova",
        "ACCUSE",
        "Ukraine",
        False,
        "meant to distract from the Kiev regime's battlefield failures",
        "derisive aside",
    ),
    (
        "Dmitry Peskov",
        "ACCUSE",
        "United Kingdom",
        True,
        'the actions of the British authorities "cannot be described as anything other than unfriendly."',
        "",
    ),
    (
        "Dmitry Peskov",
        "ACCUSE",
        "United Kingdom",
        True,
        "Everything that London does is aimed at further degrading our bilateral relations",
        "",
    ),
    (
        "David Cameron",
        "SUPPORT",
        "Ukraine",
        True,
        "Ukraine had the right to use British-supplied weapons to strike targets on Russian territory",
        "",
    ),
    (
        "David Cameron",
        "CONSULT",
        "Ukraine",
        True,
        "UK Foreign Secretary David Cameron said during a visit to Kiev",
        "visit",
    ),
    (
        "United Kingdom",
        "AID",
        "Ukraine",
        False,
        "Ukraine had the right to use British-supplied weapons",
        "noun phrase",
    ),
    ("Russia", "ACCUSE", "Nigel Casey", True, SUM6, "summoned, May 6"),
    ("Russia", "ACCUSE", "United Kingdom", False, SUM6, "summons, state level"),
    ("Russia", "THREATEN", "United Kingdom", True, HIT, "strikes on British military facilities"),
    ("Russia", "THREATEN", "Ukraine", False, HIT, "strikes on Ukrainian territory"),
    (
        "Russia",
        "MOBILIZE",
        "United Kingdom",
        False,
        "the General Staff would begin preparations for an exercise to practice the use of non-strategic nuclear weapons",
        "nuclear drill, no stated target",
    ),
    ("Russia", "THREATEN", "United Kingdom", False, NUKE, "drills as response; target implied"),
    ("Russia", "THREATEN", "France", False, NUKE, "drills as response; target implied"),
    ("Dmitry Peskov", "ACCUSE", "David Cameron", False, PESKOV2, "implied: the remarks were provocative"),
    ("Dmitry Peskov", "ACCUSE", "Emmanuel Macron", False, PESKOV2, "implied: the remarks were provocative"),
    (
        "Emmanuel Macron",
        "THREATEN",
        "Russia",
        False,
        "who had not ruled out sending Western troops to Ukraine",
        "hedged",
    ),
    (
        "United Kingdom",
        "SUPPORT",
        "Ukraine",
        True,
        "London has been one of Kiev's most active backers",
        "",
    ),
    (
        "United Kingdom",
        "ALLY",
        "Ukraine",
        False,
        "London has been one of Kiev's most active backers",
        "backer, not ally",
    ),
    (
        "United Kingdom",
        "AID",
        "Ukraine",
        True,
        "The UK has pledged to provide 3 billion pounds ($3.8 billion) in military aid to Ukraine annually",
        "GBP 3bn a year",
    ),
    (
        "Rishi Sunak",
        "AID",
        "Ukraine",
        True,
        "in April Prime Minister Rishi Sunak announced an additional package of 500 million pounds",
        "GBP 500m",
    ),
    (
        "Russia",
        "ACCUSE",
        "Ukraine",
        False,
        "Moscow has repeatedly warned that weapons supplies to Ukraine make Western countries direct participants",
        "target is 'Western countries'",
    ),
    ("United Kingdom", "SANCTION", "Russia", True, S2018, "23 diplomats expelled, 2018"),
    (
        "United Kingdom",
        "ACCUSE",
        "Russia",
        True,
        "which the British government blamed on Russia without providing evidence",
        "Skripal poisoning",
    ),
    ("Russia", "SANCTION", "United Kingdom", True, R2018, "23 diplomats expelled, 2018"),
    ("Russia", "SANCTION", "British Council", True, R2018, "closure ordered"),
    ("Russia", "COERCE", "British Council", False, R2018, "ban, alternative type"),
    (
        "Adrian Coghill",
        "ROLE",
        "United Kingdom",
        True,
        "the defense attaché at the British Embassy in Moscow, Air Commodore Adrian Coghill",
        "defense attaché",
    ),
    (
        "Nigel Casey",
        "ROLE",
        "United Kingdom",
        True,
        "British Ambassador to Russia Nigel Casey",
        "Ambassador to Russia",
    ),
    ("Maxim Elovik", "ROLE", "Russia", True, ELOVIK, "defense attaché"),
    ("James Cleverly", "ROLE", "United Kingdom", True, "UK Home Secretary James Cleverly", "Home Secretary"),
    (
        "Andrei Kelin",
        "ROLE",
        "Russia",
        True,
        "Russian Ambassador to the UK Andrei Kelin",
        "Ambassador to the UK",
    ),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Foreign Ministry Spokeswoman Maria Zakharova",
        "Foreign Ministry spokeswoman",
    ),
    ("Dmitry Peskov", "ROLE", "Russia", True, "Kremlin Spokesman Dmitry Peskov", "Kremlin spokesman"),
    (
        "David Cameron",
        "ROLE",
        "United Kingdom",
        True,
        "UK Foreign Secretary David Cameron",
        "Foreign Secretary",
    ),
    (
        "Vladimir Putin",
        "ROLE",
        "Russia",
        True,
        "Supreme Commander-in-Chief Vladimir Putin",
        "Supreme Commander-in-Chief",
    ),
    ("Emmanuel Macron", "ROLE", "France", True, "French President Emmanuel Macron", "President"),
    ("Rishi Sunak", "ROLE", "United Kingdom", True, "Prime Minister Rishi Sunak", "Prime Minister"),
    (
        "Sergei Skripal",
        "ROLE",
        "Russia",
        False,
        "former intelligence officer Sergei Skripal",
        "former intelligence officer",
    ),
]
