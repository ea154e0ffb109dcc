"""Gold tables for tajikistan_russia_crocus_migrants.txt."""

TJ, RU, US = "Q863", "Q159", "Q30"
E = [
    (
        "Tajikistan",
        "Country",
        TJ,
        [
            "Dushanbe",
            "Tajik",
            "Tajikistan's Foreign Ministry",
            "The Tajik Foreign Ministry",
            "Tajikistan's State Committee for National Security",
            "Tajik officials",
        ],
        TJ,
    ),
    (
        "Russia",
        "Country",
        RU,
        [
            "Moscow",
            "Russian",
            "The Russian Embassy in Dushanbe",
            "Russian police",
            "Russian authorities",
            "Russia's Investigative Committee",
            "Russia's State Duma",
            "The Russian troops",
            "Russia's 201st military base",
        ],
        RU,
    ),
    ("Semyon Grigoryev", "Person", None, ["Russian Ambassador Semyon Grigoryev"], RU),
    (
        "Crocus City Hall",
        "Location",
        None,
        ["the Crocus City Hall concert venue"],
        None,
    ),
    ("Central Asia", "Location", None, [], None),
    ("Vnukovo", "Location", None, ["Moscow's Vnukovo airport"], None),
    ("Radio Ozodi", "Organization", None, ["RFE/RL's Tajik Service"], None),
    ("Farangis Najibullah", "Person", None, [], None),
    ("Dmitry Peskov", "Person", None, ["Kremlin spokesman Dmitry Peskov"], RU),
    (
        "Islamic State",
        "Organization",
        None,
        ["The Islamic State extremist group"],
        None,
    ),
    (
        "Islamic State-Khorasan",
        "Organization",
        None,
        ["its Afghanistan-based affiliate"],
        None,
    ),
    ("United States", "Country", US, ["U.S.", "Washington"], US),
    ("Alexander Bastrykin", "Person", None, [], RU),
    ("Vladimir Putin", "Person", "Q7747", ["Putin", "President Vladimir Putin"], RU),
    ("Ukraine", "Country", "Q212", ["Kyiv"], "Q212"),
    (
        "Emomali Rahmon",
        "Person",
        None,
        ["Rahmon", "Tajik President Emomali Rahmon"],
        TJ,
    ),
    (
        "Sirojiddin Muhriddin",
        "Person",
        None,
        ["Foreign Minister Sirojiddin Muhriddin"],
        TJ,
    ),
    (
        "Sergei Lavrov",
        "Person",
        "Q80137",
        ["Russian Foreign Minister Sergei Lavrov"],
        RU,
    ),
    ("World Bank", "IGO", "Q7164", ["the World Bank"], None),
    ("Collective Security Treaty Organization", "IGO", None, ["CSTO"], None),
    ("Afghanistan", "Country", "Q889", ["Taliban-ruled Afghanistan"], "Q889"),
    ("Parviz Mullojanov", "Person", None, [], None),
    (
        "Kyrgyzstan",
        "Country",
        "Q813",
        ["Kyrgyzstan's Foreign Ministry", "Kyrgyz"],
        "Q813",
    ),
    ("Uzbekistan", "Country", "Q265", [], "Q265"),
    ("Eurasian Economic Union", "IGO", None, [], None),
]

SUMMON = (
    "Tajikistan's Foreign Ministry summoned Russian Ambassador Semyon Grigoryev and handed him a note of "
    "protest"
)
HELD = (
    "Hundreds of Tajik nationals arriving in Russia in recent weeks have been held for days in cramped transit "
    "areas at Vnukovo"
)
REFUSED = "many were refused entry and flown back to Dushanbe"
ADVISE = "the ministry had advised Tajiks to temporarily refrain from travelling to Russia"
WARN = "Washington had warned Moscow in early March that an attack on a large gathering was being planned."
CALL = "Putin telephoned Tajik President Emomali Rahmon two days after the attack"
AGREED = "the two leaders agreed to step up cooperation between their security services"
MEET = (
    "Foreign Minister Sirojiddin Muhriddin raised the issue with Russian Foreign Minister Sergei Lavrov during "
    "a meeting in Moscow in early April"
)
CSTO = "Tajikistan is also a member of the Russia-led Collective Security Treaty Organization (CSTO)"
BASE = "Russia's 201st military base, its largest abroad, is stationed near Dushanbe"
GUARD = (
    "The Russian troops guard a country that shares a 1,300-kilometer border with Taliban-ruled Afghanistan."
)
KG = (
    "Kyrgyzstan's Foreign Ministry has also complained to Moscow about the treatment of Kyrgyz citizens at "
    "Russian airports"
)
NEXT = "Rahmon is expected to attend the Victory Day parade in Moscow on May 9"
V = [
    (
        "Tajikistan",
        "ACCUSE",
        "Semyon Grigoryev",
        True,
        SUMMON,
        "summoning + protest note",
    ),
    ("Tajikistan", "ACCUSE", "Russia", False, SUMMON, "state level"),
    (
        "Tajikistan",
        "CONSULT",
        "Semyon Grigoryev",
        False,
        SUMMON,
        "summoning as meeting",
    ),
    ("Tajikistan", "PROTEST", "Russia", False, SUMMON, "protest note"),
    (
        "Tajikistan",
        "ACCUSE",
        "Russia",
        True,
        'what it called the "humiliating" treatment of Tajik citizens at Moscow\'s Vnukovo airport',
        "",
    ),
    (
        "Russia",
        "COERCE",
        "Tajikistan",
        True,
        HELD,
        "detention of Tajik nationals at the airport",
    ),
    ("Russia", "COERCE", "Tajikistan", True, REFUSED, "refused entry, sent back"),
    (
        "Russia",
        "COERCE",
        "Tajikistan",
        False,
        "border officers photographed them, took their fingerprints and searched their phones",
        "migrants' account",
    ),
    (
        "Tajikistan",
        "REQUEST",
        "Russia",
        True,
        'the note demanded that Moscow "take urgent measures"',
        "",
    ),
    (
        "Tajikistan",
        "ACCUSE",
        "Russia",
        False,
        ADVISE,
        "travel advisory; type debatable",
    ),
    (
        "Russia",
        "REJECT",
        "Tajikistan",
        False,
        'The Russian Embassy in Dushanbe said the checks were "temporary"',
        "justification",
    ),
    (
        "Islamic State",
        "ASSAULT",
        "Russia",
        True,
        "The Islamic State extremist group claimed responsibility",
        "145 killed",
    ),
    (
        "Islamic State-Khorasan",
        "ASSAULT",
        "Russia",
        False,
        "U.S. officials have said its Afghanistan-based affiliate, known as Islamic State-Khorasan, was behind it",
        "attributed to US officials",
    ),
    ("United States", "CONSULT", "Russia", False, WARN, "warning passed on"),
    ("United States", "COOPERATE", "Russia", False, WARN, "intelligence sharing"),
    (
        "Vladimir Putin",
        "ACCUSE",
        "Ukraine",
        True,
        "has repeatedly suggested, without evidence, that Ukraine had a hand in it",
        "",
    ),
    (
        "Ukraine",
        "REJECT",
        "Vladimir Putin",
        False,
        "Kyiv has rejected the claim as absurd.",
        "denial",
    ),
    ("Vladimir Putin", "CONSULT", "Emomali Rahmon", True, CALL, "phone call"),
    ("Vladimir Putin", "AGREE", "Emomali Rahmon", True, AGREED, "security cooperation"),
    (
        "Tajikistan",
        "COOPERATE",
        "Russia",
        True,
        "Dushanbe has cooperated with the Russian investigation.",
        "",
    ),
    ("Sirojiddin Muhriddin", "CONSULT", "Sergei Lavrov", True, MEET, "meeting"),
    ("Sirojiddin Muhriddin", "ACCUSE", "Russia", False, MEET, "raised the issue"),
    (
        "Tajikistan",
        "ALLY",
        "Russia",
        True,
        "one of its closest allies in Central Asia",
        "",
    ),
    (
        "Tajikistan",
        "MEMBER_OF",
        "Collective Security Treaty Organization",
        True,
        CSTO,
        "",
    ),
    (
        "Russia",
        "MEMBER_OF",
        "Collective Security Treaty Organization",
        False,
        CSTO,
        "'Russia-led'",
    ),
    ("Russia", "COOPERATE", "Tajikistan", False, BASE, "military base"),
    ("Russia", "AID", "Tajikistan", False, GUARD, "military protection"),
    ("Kyrgyzstan", "ACCUSE", "Russia", True, KG, "complaint"),
    (
        "Kyrgyzstan",
        "ACCUSE",
        "Russia",
        False,
        "issued a similar travel warning",
        "travel advisory",
    ),
    (
        "Uzbekistan",
        "CONSULT",
        "Russia",
        True,
        "Uzbekistan has said it is in contact with Russian authorities about the situation.",
        "",
    ),
    ("Emomali Rahmon", "CONSULT", "Russia", False, NEXT, "expected visit"),
    (
        "Emomali Rahmon",
        "CONSULT",
        "Vladimir Putin",
        False,
        "he is likely to raise the migrant issue with Putin directly",
        "analysts' expectation",
    ),
    (
        "Semyon Grigoryev",
        "ROLE",
        "Russia",
        True,
        "Russian Ambassador Semyon Grigoryev",
        "Ambassador",
    ),
    (
        "Dmitry Peskov",
        "ROLE",
        "Russia",
        True,
        "Kremlin spokesman Dmitry Peskov",
        "Kremlin spokesman",
    ),
    (
        "Alexander Bastrykin",
        "ROLE",
        "Russia",
        True,
        "Alexander Bastrykin, the head of Russia's Investigative Committee",
        "head of the Investigative Committee",
    ),
    ("Vladimir Putin", "ROLE", "Russia", True, "President Vladimir Putin", "President"),
    (
        "Emomali Rahmon",
        "ROLE",
        "Tajikistan",
        True,
        "Tajik President Emomali Rahmon",
        "President",
    ),
    (
        "Sirojiddin Muhriddin",
        "ROLE",
        "Tajikistan",
        True,
        "Foreign Minister Sirojiddin Muhriddin",
        "Foreign Minister",
    ),
    (
        "Sergei Lavrov",
        "ROLE",
        "Russia",
        True,
        "Russian Foreign Minister Sergei Lavrov",
        "Foreign Minister",
    ),
]
