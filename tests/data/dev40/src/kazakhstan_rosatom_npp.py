"""Gold tables for kazakhstan_rosatom_npp.txt."""

KZ, RU = "Q232", "Q159"
E = [
    (
        "Kazakhstan",
        "Country",
        KZ,
        [
            "Astana",
            "Kazakh",
            "the Kazakh side",
            "the Agency for Atomic Energy of Kazakhstan",
            "the Agency for Atomic Energy",
            "the republic's atomic energy agency",
        ],
        KZ,
    ),
    (
        "Russia",
        "Country",
        RU,
        ["Moscow", "Russian", "Kremlin", "Russian officials"],
        RU,
    ),
    (
        "Rosatom",
        "Organization",
        None,
        [
            "Russia's State Atomic Energy Corporation Rosatom",
            "the Russian corporation",
            "the Russian state corporation",
        ],
        RU,
    ),
    ("China", "Country", "Q148", ["Chinese"], "Q148"),
    (
        "China National Nuclear Corporation",
        "Organization",
        None,
        ["CNNC", "the Chinese state-owned China National Nuclear Corporation"],
        "Q148",
    ),
    ("South Korea", "Country", "Q884", [], "Q884"),
    ("Korea Hydro & Nuclear Power", "Organization", None, ["KHNP"], "Q884"),
    ("France", "Country", "Q142", [], "Q142"),
    ("EDF", "Organization", None, ["France's EDF"], "Q142"),
    (
        "Almasadam Satkaliyev",
        "Person",
        None,
        ["Satkaliyev", "Chairman of the Agency for Atomic Energy Almasadam Satkaliyev"],
        KZ,
    ),
    (
        "Alexey Likhachev",
        "Person",
        None,
        ["Likhachev", "Rosatom Director General Alexey Likhachev"],
        RU,
    ),
    ("Dmitry Peskov", "Person", None, ["Kremlin Spokesman Dmitry Peskov"], RU),
    (
        "Vladimir Putin",
        "Person",
        "Q7747",
        ["Putin", "Russian President Vladimir Putin"],
        RU,
    ),
    (
        "Kassym-Jomart Tokayev",
        "Person",
        None,
        ["Tokayev", "Kazakh President Kassym-Jomart Tokayev"],
        KZ,
    ),
    ("Collective Security Treaty Organization", "IGO", None, ["CSTO"], None),
    ("Eurasian Economic Union", "IGO", None, ["EAEU"], None),
    (
        "Kazatomprom",
        "Organization",
        None,
        ["Kazakhstan's national atomic company Kazatomprom"],
        KZ,
    ),
    ("United States", "Country", "Q30", ["US", "The US Treasury"], "Q30"),
    ("International Atomic Energy Agency", "IGO", None, ["IAEA"], None),
    ("Uzbekistan", "Country", "Q265", [], "Q265"),
    ("Turkey", "Country", "Q43", ["Türkiye"], "Q43"),
    ("Egypt", "Country", "Q79", [], "Q79"),
    ("Bangladesh", "Country", "Q902", [], "Q902"),
    ("Hungary", "Country", "Q28", [], "Q28"),
    ("TASS", "Organization", None, [], None),
    ("Ulken", "Location", None, [], None),
    ("Almaty Region", "Location", None, [], None),
    ("Lake Balkhash", "Location", None, [], None),
    ("Aktau", "Location", None, [], None),
    ("Caspian Sea", "Location", None, ["the Caspian Sea"], None),
]

VISIT = (
    "The construction of a nuclear power plant was discussed by Russian President Vladimir Putin and Kazakh "
    "President Kassym-Jomart Tokayev during Putin's state visit to Astana in November 2024"
)
DECL = (
    "the two leaders signed a declaration on strengthening comprehensive strategic partnership and alliance"
)
ALLIES = (
    "Kazakhstan and Russia are allies in the Collective Security Treaty Organization (CSTO) and partners in the "
    "Eurasian Economic Union (EAEU)"
)
VENDORS = "Kazakhstan had been studying proposals from four vendors"
BUILD = "it is constructing plants in Türkiye, Egypt, Bangladesh and Hungary"
IAEA = (
    "a mission of the International Atomic Energy Agency (IAEA) reviewed the site selection for the plant and "
    "made recommendations"
)
V = [
    (
        "Kazakhstan",
        "COOPERATE",
        "Rosatom",
        True,
        (
            "Rosatom has been selected to lead the international consortium that will build Kazakhstan's first "
            "nuclear power plant"
        ),
        "NPP contract leader",
    ),
    (
        "Kazakhstan",
        "COOPERATE",
        "Rosatom",
        True,
        "Rosatom has been identified as the leader of the international consortium",
        "",
    ),
    (
        "Kazakhstan",
        "SUPPORT",
        "Rosatom",
        False,
        "The Kazakh side considers the Russian state corporation's proposal the most optimal",
        "evaluation",
    ),
    (
        "Kazakhstan",
        "COOPERATE",
        "China National Nuclear Corporation",
        False,
        "it considers it expedient to proceed with work on the second and third nuclear power plants",
        "intent, second and third plants",
    ),
    (
        "Russia",
        "AID",
        "Kazakhstan",
        False,
        (
            "the Russian proposal was the most favorable in terms of technology, cost and the possibility of state "
            "export financing"
        ),
        "offered export financing",
    ),
    ("Kazakhstan", "CONSULT", "Rosatom", False, VENDORS, "bid evaluation"),
    (
        "Kazakhstan",
        "CONSULT",
        "China National Nuclear Corporation",
        False,
        VENDORS,
        "bid evaluation",
    ),
    (
        "Kazakhstan",
        "CONSULT",
        "Korea Hydro & Nuclear Power",
        False,
        VENDORS,
        "bid evaluation",
    ),
    ("Kazakhstan", "CONSULT", "EDF", False, VENDORS, "bid evaluation"),
    (
        "Almasadam Satkaliyev",
        "AGREE",
        "Rosatom",
        False,
        "Astana expected to sign a roadmap with the Russian corporation in the coming days",
        "expected signing",
    ),
    (
        "Almasadam Satkaliyev",
        "CONSULT",
        "Rosatom",
        False,
        (
            "We will now move to the stage of negotiations on the terms of the engineering, procurement and "
            "construction contract"
        ),
        "future negotiations",
    ),
    (
        "Alexey Likhachev",
        "SUPPORT",
        "Kazakhstan",
        True,
        "Rosatom Director General Alexey Likhachev thanked the Kazakh side for its trust",
        "thanks",
    ),
    (
        "Alexey Likhachev",
        "AID",
        "Kazakhstan",
        False,
        "Rosatom would help train specialists for the future plant at Russian universities",
        "training pledge",
    ),
    (
        "Alexey Likhachev",
        "CONSULT",
        "Almasadam Satkaliyev",
        True,
        "Likhachev and Satkaliyev held talks in Moscow in May",
        "talks in Moscow",
    ),
    (
        "Dmitry Peskov",
        "SUPPORT",
        "Kazakhstan",
        True,
        "Kremlin Spokesman Dmitry Peskov welcomed Astana's decision",
        "",
    ),
    (
        "Vladimir Putin",
        "CONSULT",
        "Kassym-Jomart Tokayev",
        True,
        VISIT,
        "talks, November 2024",
    ),
    ("Vladimir Putin", "CONSULT", "Kazakhstan", True, VISIT, "state visit"),
    (
        "Vladimir Putin",
        "AGREE",
        "Kassym-Jomart Tokayev",
        True,
        DECL,
        "declaration signed",
    ),
    ("Russia", "ALLY", "Kazakhstan", True, DECL, "strategic partnership and alliance"),
    ("Kazakhstan", "ALLY", "Russia", True, ALLIES, "CSTO allies"),
    (
        "Kazakhstan",
        "MEMBER_OF",
        "Collective Security Treaty Organization",
        True,
        ALLIES,
        "",
    ),
    (
        "Russia",
        "MEMBER_OF",
        "Collective Security Treaty Organization",
        True,
        ALLIES,
        "",
    ),
    ("Kazakhstan", "MEMBER_OF", "Eurasian Economic Union", True, ALLIES, ""),
    ("Russia", "MEMBER_OF", "Eurasian Economic Union", True, ALLIES, ""),
    (
        "Rosatom",
        "COOPERATE",
        "Kazatomprom",
        True,
        (
            "Rosatom and Kazakhstan's national atomic company Kazatomprom have cooperated for many years in uranium "
            "mining"
        ),
        "joint ventures",
    ),
    (
        "United States",
        "SANCTION",
        "Rosatom",
        True,
        "The US Treasury has placed several Rosatom subsidiaries on its sanctions list",
        "subsidiaries sanctioned",
    ),
    (
        "International Atomic Energy Agency",
        "COOPERATE",
        "Kazakhstan",
        True,
        IAEA,
        "site review mission",
    ),
    (
        "International Atomic Energy Agency",
        "AID",
        "Kazakhstan",
        False,
        IAEA,
        "technical advice",
    ),
    (
        "Rosatom",
        "COOPERATE",
        "Uzbekistan",
        True,
        "Rosatom is also building a small nuclear power plant in Uzbekistan",
        "",
    ),
    (
        "Rosatom",
        "AGREE",
        "Uzbekistan",
        False,
        "under an agreement signed in 2024",
        "agreement in a noun phrase",
    ),
    ("Rosatom", "COOPERATE", "Turkey", True, BUILD, "plant construction"),
    ("Rosatom", "COOPERATE", "Egypt", True, BUILD, "plant construction"),
    ("Rosatom", "COOPERATE", "Bangladesh", True, BUILD, "plant construction"),
    ("Rosatom", "COOPERATE", "Hungary", True, BUILD, "plant construction"),
    (
        "Rosatom",
        "AGREE",
        "Uzbekistan",
        True,
        "In May, Rosatom and Uzbekistan agreed to expand the project",
        "two VVER-1000 units",
    ),
    (
        "Almasadam Satkaliyev",
        "ROLE",
        "Kazakhstan",
        True,
        "Chairman of the Agency for Atomic Energy Almasadam Satkaliyev",
        "Chairman of the Agency for Atomic Energy",
    ),
    (
        "Alexey Likhachev",
        "ROLE",
        "Rosatom",
        True,
        "Rosatom Director General Alexey Likhachev",
        "Director General",
    ),
    (
        "Dmitry Peskov",
        "ROLE",
        "Russia",
        True,
        "Kremlin Spokesman Dmitry Peskov",
        "Kremlin Spokesman",
    ),
    (
        "Vladimir Putin",
        "ROLE",
        "Russia",
        True,
        "Russian President Vladimir Putin",
        "President",
    ),
    (
        "Kassym-Jomart Tokayev",
        "ROLE",
        "Kazakhstan",
        True,
        "Kazakh President Kassym-Jomart Tokayev",
        "President",
    ),
]
