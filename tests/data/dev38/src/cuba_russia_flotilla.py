"""Gold tables for cuba_russia_flotilla.txt."""

RU, CU, US, CA = "Q159", "Q241", "Q30", "Q16"
E = [
    (
        "Russia",
        "Country",
        RU,
        [
            "Moscow",
            "the Kremlin",
            "Russian",
            "the Russian Federation",
            "The Russian Defense Ministry",
            "the Russian navy",
            "A Russian naval flotilla",
        ],
        RU,
    ),
    (
        "Cuba",
        "Country",
        CU,
        [
            "Havana",
            "Cuban",
            "Cuba's Ministry of the Revolutionary Armed Forces",
            "Cuban officials",
            "The Cuban foreign ministry",
            "A Cuban artillery battery",
        ],
        CU,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "U.S.",
            "Washington",
            "the United States",
            "American",
            "The Pentagon",
            "White House",
            "U.S. officials",
        ],
        US,
    ),
    ("Admiral Gorshkov", "Organization", None, ["The frigate Admiral Gorshkov", "the frigate"], RU),
    ("Kazan", "Organization", None, ["the submarine Kazan"], RU),
    ("USS Helena", "Organization", None, ["the fast-attack submarine USS Helena"], US),
    ("HMCS Margaret Brooke", "Organization", None, ["its offshore patrol vessel HMCS Margaret Brooke"], CA),
    ("Canada", "Country", CA, ["Canada's Department of National Defence"], CA),
    ("Guantanamo Bay", "Location", None, ["the U.S. naval base at Guantanamo Bay"], None),
    ("Sabrina Singh", "Person", None, ["Pentagon deputy press secretary Sabrina Singh"], US),
    ("John Kirby", "Person", None, ["White House national security spokesman John Kirby"], US),
    ("Vladimir Putin", "Person", "Q7747", ["President Vladimir Putin"], RU),
    ("NATO", "IGO", "Q7184", ["NATO members"], None),
    ("Ukraine", "Country", "Q212", ["Kyiv"], "Q212"),
    ("war in Ukraine", "Event", None, ["the war in Ukraine"], None),
    ("Soviet Union", "Country", "Q15180", ["the Soviet Union"], "Q15180"),
    ("Donald Trump", "Person", "Q22686", ["former President Donald Trump"], US),
    (
        "Carlos Fernandez de Cossio",
        "Person",
        None,
        ["Cuban Deputy Foreign Minister Carlos Fernandez de Cossio"],
        CU,
    ),
    ("Dmitry Peskov", "Person", None, ["Kremlin spokesman Dmitry Peskov"], RU),
    ("Ryan Berg", "Person", None, [], None),
    ("Center for Strategic and International Studies", "Organization", None, [], None),
    ("Venezuela", "Country", "Q717", [], "Q717"),
    ("Dave Sherwood", "Person", None, [], None),
    ("Idrees Ali", "Person", None, [], None),
    ("Ismail Shakil", "Person", None, [], None),
    ("Rosalba O'Brien", "Person", None, [], None),
]

ARRIVE = (
    "A Russian naval flotilla led by a guided-missile frigate and a nuclear-powered submarine sailed into Havana "
    "harbor on Wednesday"
)
PUTIN = (
    "Last week President Vladimir Putin warned that Russia could supply long-range weapons to third parties to "
    "strike Western targets"
)
NATO_KYIV = "in retaliation for NATO members letting Kyiv use their weapons against Russian territory"
HELENA = (
    "A U.S. official, speaking on condition of anonymity, said the fast-attack submarine USS Helena would arrive "
    "at the U.S. naval base at Guantanamo Bay on Thursday"
)
MB = (
    "Canada's Department of National Defence said its offshore patrol vessel HMCS Margaret Brooke, which helped "
    "monitor the Russian ships in the Atlantic, would make its own port visit to Havana on Friday"
)
EMBARGO = "the U.S. trade embargo, which Washington has maintained since the early 1960s"
V = [
    ("Russia", "COOPERATE", "Cuba", True, ARRIVE, "naval port call hosted by Cuba"),
    ("Russia", "CONSULT", "Cuba", False, ARRIVE, "port call read as a visit"),
    (
        "Admiral Gorshkov",
        "COOPERATE",
        "Cuba",
        False,
        (
            "The frigate Admiral Gorshkov and the submarine Kazan, escorted by a fuel tanker and a rescue tug, glided "
            "past the colonial-era Morro castle"
        ),
        "ship-level reading of the visit",
    ),
    (
        "Kazan",
        "COOPERATE",
        "Cuba",
        False,
        (
            "The frigate Admiral Gorshkov and the submarine Kazan, escorted by a fuel tanker and a rescue tug, glided "
            "past the colonial-era Morro castle"
        ),
        "ship-level reading of the visit",
    ),
    (
        "Cuba",
        "SUPPORT",
        "Russia",
        False,
        "A Cuban artillery battery fired a 21-gun salute, which the frigate returned",
        "ceremonial salute",
    ),
    (
        "Cuba",
        "ALLY",
        "Russia",
        False,
        (
            'It said the five-day visit reflected "the historic friendly relations" between Cuba and the Russian '
            "Federation"
        ),
        "friendly relations, not an alliance statement",
    ),
    (
        "Russia",
        "MOBILIZE",
        "United States",
        False,
        "as Moscow seeks to show it can project power close to American shores",
        "show of force, as interpreted",
    ),
    (
        "United States",
        "MOBILIZE",
        "Russia",
        True,
        (
            "U.S. officials said Navy destroyers and a P-8 maritime patrol aircraft had shadowed the group as it "
            "crossed the ocean"
        ),
        "shadowing by destroyers and a P-8",
    ),
    ("USS Helena", "MOBILIZE", "Russia", False, HELENA, "future arrival, read as a reply"),
    (
        "United States",
        "MOBILIZE",
        "Russia",
        False,
        "diplomats in Havana read it as a pointed reply to the Russian visit",
        "",
    ),
    ("HMCS Margaret Brooke", "MOBILIZE", "Russia", False, MB, "helped monitor"),
    ("HMCS Margaret Brooke", "CONSULT", "Cuba", False, MB, "planned port visit"),
    ("Canada", "CONSULT", "Cuba", False, MB, "planned port visit"),
    (
        "Canada",
        "SUPPORT",
        "Cuba",
        False,
        'in recognition of the "long-standing bilateral relationship" between Canada and Cuba',
        "",
    ),
    ("Vladimir Putin", "THREATEN", "NATO", True, PUTIN, "arming third parties against Western targets"),
    ("NATO", "AID", "Ukraine", False, NATO_KYIV, "weapons use permitted"),
    ("Ukraine", "ASSAULT", "Russia", False, NATO_KYIV, "implied strikes on Russian territory"),
    ("Russia", "ASSAULT", "Ukraine", False, "over the war in Ukraine", "noun phrase only"),
    ("Russia", "ALLY", "Cuba", True, "Moscow, Havana's closest strategic ally", ""),
    (
        "Russia",
        "AID",
        "Cuba",
        True,
        "Russia has shipped crude oil and tens of thousands of tonnes of wheat to Cuba this year",
        "oil and wheat",
    ),
    (
        "Russia",
        "COOPERATE",
        "Cuba",
        False,
        "Russian companies have pledged to invest in Cuban hotels and sugar mills",
        "company pledges",
    ),
    (
        "Cuba",
        "ACCUSE",
        "United States",
        True,
        "Cuban officials blame the crisis largely on the U.S. trade embargo",
        "",
    ),
    ("United States", "SANCTION", "Cuba", True, EMBARGO, "embargo since the early 1960s"),
    (
        "Donald Trump",
        "SANCTION",
        "Cuba",
        False,
        "tightened under former President Donald Trump",
        "agent implicit",
    ),
    (
        "Carlos Fernandez de Cossio",
        "REJECT",
        "United States",
        False,
        "Cuban Deputy Foreign Minister Carlos Fernandez de Cossio brushed off U.S. concerns on Tuesday",
        "dismissal",
    ),
    ("Carlos Fernandez de Cossio", "ACCUSE", "United States", True, "He accused Washington of hypocrisy", ""),
    (
        "United States",
        "COERCE",
        "Cuba",
        False,
        "The United States keeps a military base on Cuban territory against the will of our people",
        "claim in quote",
    ),
    (
        "Russia",
        "CONSULT",
        "Venezuela",
        False,
        "Some Western diplomats expect them to continue to Venezuela",
        "expected",
    ),
    (
        "Venezuela",
        "ALLY",
        "Russia",
        False,
        "another close partner of Moscow in the region",
        "diplomats' framing",
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
        "John Kirby",
        "ROLE",
        "United States",
        True,
        "White House national security spokesman John Kirby",
        "White House national security spokesman",
    ),
    ("Vladimir Putin", "ROLE", "Russia", True, "President Vladimir Putin", "President"),
    ("Donald Trump", "ROLE", "United States", False, "former President Donald Trump", "former President"),
    (
        "Carlos Fernandez de Cossio",
        "ROLE",
        "Cuba",
        True,
        "Cuban Deputy Foreign Minister Carlos Fernandez de Cossio",
        "Deputy Foreign Minister",
    ),
    ("Dmitry Peskov", "ROLE", "Russia", True, "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"),
    (
        "Ryan Berg",
        "ROLE",
        "Center for Strategic and International Studies",
        True,
        "Ryan Berg, director of the Americas Program at the Center for Strategic and International Studies",
        "director of the Americas Program",
    ),
]
