"""Gold tables for kursk_incursion.txt."""

UA, RU, US, DE, BY, EU = "Q212", "Q159", "Q30", "Q183", "Q184", "Q458"
IAEA = "International Atomic Energy Agency"
E = [
    (
        "Ukraine",
        "Country",
        UA,
        [
            "Kyiv",
            "Ukrainian",
            "Ukrainian forces",
            "Ukrainian troops",
            "Ukrainian units",
            "Ukraine's Foreign Ministry",
            "Ukraine's General Staff",
        ],
        UA,
    ),
    (
        "Russia",
        "Country",
        RU,
        [
            "Moscow",
            "Russian",
            "The Russian Defense Ministry",
            "Russia's National Anti-Terrorism Committee",
            "Russian Foreign Ministry",
            "Russian forces",
            "Russian authorities",
            "Russian officials",
        ],
        RU,
    ),
    ("Volodymyr Zelenskyy", "Person", "Q3874799", ["Zelenskyy", "President Volodymyr Zelenskyy"], UA),
    ("Vladimir Putin", "Person", "Q7747", ["Putin", "President Vladimir Putin"], RU),
    ("Valery Gerasimov", "Person", None, ["Chief of the General Staff Valery Gerasimov"], RU),
    ("Alexei Smirnov", "Person", None, ["Acting Kursk Governor Alexei Smirnov"], RU),
    (IAEA, "IGO", None, ["IAEA"], None),
    ("Rafael Grossi", "Person", None, ["IAEA chief Rafael Grossi"], IAEA),
    ("Maria Zakharova", "Person", None, ["Russian Foreign Ministry spokeswoman Maria Zakharova"], RU),
    (
        "United States",
        "Country",
        US,
        ["Washington", "US", "the United States", "Pentagon", "White House"],
        US,
    ),
    ("John Kirby", "Person", None, ["White House National Security Council spokesman John Kirby"], US),
    ("Sabrina Singh", "Person", None, ["Pentagon deputy press secretary Sabrina Singh"], US),
    ("Germany", "Country", DE, ["Berlin", "German", "a German government spokesperson"], DE),
    ("European Union", "IGO", EU, ["EU"], None),
    ("Peter Stano", "Person", None, ["EU foreign affairs spokesman Peter Stano"], "European Union"),
    ("Belarus", "Country", BY, ["Minsk", "Belarusian", "the Defense Ministry"], BY),
    ("Alexander Lukashenko", "Person", None, ["Lukashenko", "President Alexander Lukashenko"], BY),
    ("Institute for the Study of War", "Organization", None, ["ISW"], None),
    ("Deutsche Welle", "Organization", None, ["DW"], None),
    ("Reuters", "Organization", "Q130879", [], None),
    ("Associated Press", "Organization", None, ["AP"], None),
    ("Agence France-Presse", "Organization", None, ["AFP"], None),
    ("Deutsche Presse-Agentur", "Organization", None, ["dpa"], None),
    ("Kursk", "Location", None, ["Kursk region"], None),
    ("Belgorod", "Location", None, [], None),
    ("Bryansk", "Location", None, [], None),
    ("Sudzha", "Location", None, [], None),
    ("Kursk nuclear power plant", "Location", None, [], None),
    ("Kurchatov", "Location", None, [], None),
    ("Kostiantynivka", "Location", None, [], None),
    ("Donetsk region", "Location", None, [], None),
    ("Lipetsk region", "Location", None, ["Lipetsk"], None),
    ("Pokrovsk", "Location", None, [], None),
    ("Europe", "Location", "Q46", [], None),
]

STAND = (
    'Moscow has declared a "counterterrorism operation" in three border regions and is rushing reinforcements to '
    "Kursk, where Ukrainian troops are still fighting on Russian soil five days after crossing the border"
)
LAUNCH = (
    "five days after Ukrainian forces launched the largest cross-border attack on Russia since Moscow began its "
    "full-scale invasion of Ukraine in February 2022"
)
REINF = (
    "The Russian Defense Ministry said it was sending additional units, including rocket launchers, artillery and "
    'tanks, to the area and that its forces were "continuing to destroy" the enemy'
)
WAR = '"Russia brought war to our land and should feel what it has done."'
CROSS = (
    "Ukrainian units backed by armored vehicles and drones crossed the border on Tuesday morning near the town of "
    "Sudzha"
)
PUTIN = (
    'President Vladimir Putin called the attack a "large-scale provocation" and accused Ukraine of "indiscriminate" '
    "fire on civilian buildings, homes and ambulances"
)
GROSSI = 'IAEA chief Rafael Grossi urged "maximum restraint" from both sides to avoid a nuclear accident'
ZAKH = (
    "Russian Foreign Ministry spokeswoman Maria Zakharova accused Western countries of direct involvement, saying the "
    "attack would have been impossible without weapons and intelligence from the United States and its allies"
)
SINGH = (
    'Pentagon deputy press secretary Sabrina Singh said the operation was "consistent with our policy" and that '
    "Washington would continue to support Ukraine"
)
BERLIN = (
    "In Berlin, a German government spokesperson said Ukraine was exercising its right to self-defense, which under "
    "international law could also include operations on the aggressor's territory"
)
ARMS = "Germany is Ukraine's second-largest supplier of weapons after the United States"
BY_MOB = (
    "the Defense Ministry said on Saturday that it was deploying additional troops, air defense units and rocket "
    "artillery to the border with Ukraine"
)
LUKA = (
    "President Alexander Lukashenko, a close ally of Putin, accused Ukraine of violating Belarusian airspace with "
    "drones and said his air defenses had shot several of them down"
)
UA_BY = (
    "Ukraine's Foreign Ministry urged Minsk to pull its forces back from the border and not to make \"tragic "
    "mistakes under Moscow's pressure.\""
)
KOST = (
    "A Russian missile strike on a supermarket in Kostiantynivka in the eastern Donetsk region killed at least 14 "
    "people on Friday"
)
LIP = (
    "Ukraine's General Staff said its drones had hit a military airfield in Russia's Lipetsk region overnight"
)
V = [
    ("Ukraine", "ASSAULT", "Russia", True, LAUNCH, "cross-border ground offensive"),
    ("Russia", "ASSAULT", "Ukraine", True, LAUNCH, "full-scale invasion since February 2022 (background)"),
    ("Russia", "MOBILIZE", "Ukraine", True, STAND, "reinforcements against the incursion"),
    ("Ukraine", "ASSAULT", "Russia", True, STAND, "fighting on Russian soil"),
    ("Russia", "MOBILIZE", "Kursk", False, STAND, "location reading"),
    (
        "Russia",
        "COERCE",
        "Kursk",
        False,
        "Russia's National Anti-Terrorism Committee announced late on Friday a counterterrorism regime in the Kursk, "
        "Belgorod and Bryansk regions",
        "domestic emergency regime; restrictions",
    ),
    ("Russia", "MOBILIZE", "Ukraine", True, REINF, "additional units"),
    ("Russia", "ASSAULT", "Ukraine", False, REINF, "'continuing to destroy' the enemy; target implicit"),
    ("Volodymyr Zelenskyy", "ACCUSE", "Russia", True, WAR, ""),
    (
        "Volodymyr Zelenskyy",
        "THREATEN",
        "Russia",
        False,
        WAR,
        "'should feel what it has done' read as warning",
    ),
    ("Ukraine", "ASSAULT", "Russia", True, CROSS, "per Russian officials"),
    ("Ukraine", "ASSAULT", "Sudzha", False, CROSS, "location reading"),
    (
        "Ukraine",
        "COERCE",
        "Russia",
        False,
        "Russian military bloggers said they had advanced several kilometers and taken a number of villages",
        "territory seized, unverified",
    ),
    ("Vladimir Putin", "ACCUSE", "Ukraine", True, PUTIN, ""),
    ("Ukraine", "ASSAULT", "Russia", False, PUTIN, "alleged shelling of civilians"),
    (
        "Valery Gerasimov",
        "CONSULT",
        "Vladimir Putin",
        False,
        "Chief of the General Staff Valery Gerasimov told Putin that the advance had been halted",
        "domestic briefing",
    ),
    ("Rafael Grossi", "REQUEST", "Russia", True, GROSSI, "'both sides'"),
    ("Rafael Grossi", "REQUEST", "Ukraine", True, GROSSI, "'both sides'"),
    ("Maria Zakharova", "ACCUSE", "United States", True, ZAKH, "Western involvement"),
    (
        "United States",
        "AID",
        "Ukraine",
        False,
        ZAKH,
        "weapons and intelligence, inside Zakharova's accusation",
    ),
    (
        "John Kirby",
        "CONSULT",
        "Ukraine",
        False,
        "White House National Security Council spokesman John Kirby said the US would be in touch with Ukraine to "
        "understand its objectives",
        "future contact",
    ),
    ("Sabrina Singh", "SUPPORT", "Ukraine", True, SINGH, "operation consistent with US policy"),
    ("United States", "AID", "Ukraine", False, SINGH, "continued support, future"),
    ("Germany", "SUPPORT", "Ukraine", True, BERLIN, "right to self-defense"),
    ("Germany", "AID", "Ukraine", True, ARMS, "second-largest weapons supplier"),
    ("United States", "AID", "Ukraine", True, ARMS, "largest weapons supplier"),
    ("European Union", "SUPPORT", "Ukraine", True, "The European Union also backed Kyiv.", ""),
    (
        "Peter Stano",
        "SUPPORT",
        "Ukraine",
        True,
        '"Ukraine has the legitimate right to defend itself," EU foreign affairs spokesman Peter Stano said.',
        "",
    ),
    ("Belarus", "MOBILIZE", "Ukraine", True, BY_MOB, "troops, air defense, rocket artillery to the border"),
    ("Alexander Lukashenko", "ACCUSE", "Ukraine", True, LUKA, "airspace violation by drones"),
    (
        "Alexander Lukashenko",
        "ALLY",
        "Vladimir Putin",
        True,
        "President Alexander Lukashenko, a close ally of Putin",
        "",
    ),
    ("Belarus", "ASSAULT", "Ukraine", False, LUKA, "claimed drone shoot-downs"),
    ("Ukraine", "ASSAULT", "Belarus", False, LUKA, "alleged drone incursion"),
    ("Ukraine", "REQUEST", "Belarus", True, UA_BY, "pull forces back"),
    ("Ukraine", "THREATEN", "Belarus", False, UA_BY, "warning against 'tragic mistakes'"),
    ("Ukraine", "ACCUSE", "Russia", False, UA_BY, "'Moscow's pressure'"),
    ("Russia", "ASSAULT", "Ukraine", True, KOST, "at least 14 killed"),
    ("Russia", "ASSAULT", "Kostiantynivka", False, KOST, "location reading"),
    ("Ukraine", "ASSAULT", "Russia", True, LIP, "drone strike on airfield"),
    ("Ukraine", "ASSAULT", "Lipetsk region", False, LIP, "location reading"),
    (
        "Russia",
        "ASSAULT",
        "Ukraine",
        True,
        "where Russian forces have been slowly advancing toward the city of Pokrovsk",
        "offensive in the east",
    ),
    (
        "Russia",
        "ASSAULT",
        "Pokrovsk",
        False,
        "where Russian forces have been slowly advancing toward the city of Pokrovsk",
        "location reading",
    ),
    ("Volodymyr Zelenskyy", "ROLE", "Ukraine", True, "President Volodymyr Zelenskyy", "President"),
    ("Vladimir Putin", "ROLE", "Russia", True, "President Vladimir Putin", "President"),
    (
        "Valery Gerasimov",
        "ROLE",
        "Russia",
        True,
        "Chief of the General Staff Valery Gerasimov",
        "Chief of the General Staff",
    ),
    (
        "Alexei Smirnov",
        "ROLE",
        "Russia",
        True,
        "Acting Kursk Governor Alexei Smirnov",
        "acting Kursk governor",
    ),
    ("Rafael Grossi", "ROLE", IAEA, True, "IAEA chief Rafael Grossi", "chief"),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Russian Foreign Ministry spokeswoman Maria Zakharova",
        "Foreign Ministry spokeswoman",
    ),
    (
        "John Kirby",
        "ROLE",
        "United States",
        True,
        "White House National Security Council spokesman John Kirby",
        "National Security Council spokesman",
    ),
    (
        "Sabrina Singh",
        "ROLE",
        "United States",
        True,
        "Pentagon deputy press secretary Sabrina Singh",
        "Pentagon deputy press secretary",
    ),
    (
        "Peter Stano",
        "ROLE",
        "European Union",
        True,
        "EU foreign affairs spokesman Peter Stano",
        "foreign affairs spokesman",
    ),
    ("Alexander Lukashenko", "ROLE", "Belarus", True, "President Alexander Lukashenko", "President"),
]
