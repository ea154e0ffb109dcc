"""Gold tables for georgia_eu_brief (think-tank policy brief)."""

from gold import build

GE, EU, US, RU = "Q230", "Q458", "Q30", "Q159"
BALTS = ["Lithuania", "Latvia", "Estonia"]
E = [
    (
        "Georgia",
        "Country",
        GE,
        [
            "Tbilisi",
            "Georgian",
            "Georgians",
            "The Georgian government",
            "Riot police",
            "the Georgian delegation",
            "the government",
        ],
        None,
    ),
    ("European Union", "IGO", EU, ["the EU", "EU", "Brussels", "the Union", "the Council of the EU"], None),
    ("European Commission", "Organization", None, ["The Commission"], EU),
    ("European Parliament", "Organization", None, ["the European Parliament"], EU),
    ("European Peace Facility", "Organization", None, ["the European Peace Facility"], EU),
    ("Georgian Dream", "Organization", None, ["Georgia's ruling Georgian Dream party"], GE),
    ("Parliament of Georgia", "Organization", None, ["the parliament elected in October"], GE),
    (
        "Parliamentary Assembly of the Council of Europe",
        "IGO",
        None,
        ["the Parliamentary Assembly of the Council of Europe", "the assembly"],
        None,
    ),
    ("Hungary", "Country", "Q28", ["Hungarian"], None),
    ("United States", "Country", US, ["Washington", "the State Department", "the US Treasury", "US"], None),
    ("Russia", "Country", RU, ["Moscow", "the Russian foreign ministry", "The Kremlin"], None),
    ("Lithuania", "Country", "Q37", [], None),
    ("Latvia", "Country", "Q211", [], None),
    ("Estonia", "Country", "Q191", [], None),
    ("Ukraine", "Country", "Q212", [], None),
    ("Slovakia", "Country", "Q214", [], None),
    ("Irakli Kobakhidze", "Person", None, ["Prime Minister Irakli Kobakhidze", "Kobakhidze"], GE),
    ("Salome Zourabichvili", "Person", None, ["President Salome Zourabichvili", "Zourabichvili"], GE),
    ("Mikheil Kavelashvili", "Person", None, [], GE),
    ("Bidzina Ivanishvili", "Person", None, ["Ivanishvili"], GE),
    ("Viktor Orbán", "Person", None, [], "Q28"),
    ("Kaja Kallas", "Person", None, [], EU),
    ("Maria Zakharova", "Person", None, [], RU),
    ("Nino Abashidze", "Person", None, [], None),
    ("West", "Location", None, ["the West"], None),
    ("Europe", "Location", "Q46", ["European"], None),
    ("Caucasus", "Location", None, ["the Caucasus"], None),
    ("South Caucasus", "Location", None, ["the South Caucasus"], None),
    ("Maidan revolution", "Event", None, ["the Maidan revolution"], None),
]

FROZE = "Georgia's ruling Georgian Dream party has frozen the country's path to the European Union"
KOBA = (
    "Prime Minister Irakli Kobakhidze announced that his government would not put the question of opening "
    "accession negotiations on the agenda until the end of 2028 and would refuse budget support from the EU"
)
BLACKMAIL = (
    'He accused the European Parliament and "a group of European bureaucrats" of using the accession '
    'process to "blackmail" Georgia'
)
TREAS = "on 27 December the US Treasury imposed sanctions on Bidzina Ivanishvili"
UNDERMINE = (
    'accusing him of undermining "the democratic and Euro-Atlantic future" of Georgia for the benefit of '
    "Russia"
)
BANS = (
    "The three Baltic states imposed entry bans on Ivanishvili, Kobakhidze's interior minister and a dozen other "
    "officials responsible for the crackdown"
)
BLOCK = "proposals to sanction Georgian officials were blocked by Hungary"
ORBAN = (
    "Viktor Orbán, the Hungarian prime minister, was the first European leader to congratulate Georgian Dream on "
    "its election victory"
)
VISA = (
    "the Council of the EU could agree only on suspending visa-free travel for holders of Georgian diplomatic and "
    "service passports"
)
KALLAS = 'Kaja Kallas, the EU\'s High Representative, admitted that the measure was "a first step" and that "the price of repression must go up"'
BOW = 'Kobakhidze has said that Georgia "will not bow to foreign pressure"'
PACE = (
    "the Georgian delegation withdrew from the Parliamentary Assembly of the Council of Europe after the assembly "
    "questioned its mandate"
)
HALT = (
    "have already led the EU to halt the accession process de facto and to suspend 30 million euros in military "
    "assistance under the European Peace Facility"
)
V = [
    ("Georgian Dream", "REJECT", "European Union", False, FROZE, "accession frozen"),
    ("Georgian Dream", "SANCTION", "European Union", False, FROZE, "accession frozen"),
    (
        "European Union",
        "SANCTION",
        "Georgia",
        False,
        "the EU has answered with measures that are so far mostly symbolic",
        "vague",
    ),
    ("Hungary", "REJECT", "European Union", False, "above all Hungary's veto", "noun phrase"),
    (
        "Hungary",
        "MEMBER_OF",
        "European Union",
        False,
        "Divisions among member states, above all Hungary's veto",
        "implied",
    ),
    (
        "Irakli Kobakhidze",
        "REJECT",
        "European Union",
        True,
        KOBA,
        "accession talks shelved until 2028, budget support refused",
    ),
    ("Irakli Kobakhidze", "SANCTION", "European Union", False, KOBA),
    ("Irakli Kobakhidze", "ACCUSE", "European Parliament", True, BLACKMAIL),
    ("Irakli Kobakhidze", "ACCUSE", "European Union", False, BLACKMAIL, "European bureaucrats"),
    (
        "Salome Zourabichvili",
        "REJECT",
        "Parliament of Georgia",
        True,
        "refused to recognise the parliament elected in October",
        "domestic",
    ),
    (
        "United States",
        "SANCTION",
        "Georgia",
        True,
        "On 30 November the State Department suspended the US-Georgia Strategic Partnership",
        "partnership suspended",
    ),
    ("United States", "ALLY", "Georgia", False, "the US-Georgia Strategic Partnership", "now suspended"),
    ("United States", "SANCTION", "Bidzina Ivanishvili", True, TREAS),
    ("United States", "ACCUSE", "Bidzina Ivanishvili", True, UNDERMINE),
    ("Bidzina Ivanishvili", "SUPPORT", "Russia", False, UNDERMINE, "alleged"),
    ("Bidzina Ivanishvili", "REJECT", "United States", False, 'Ivanishvili called the sanctions "absurd"'),
    *[(b, "SANCTION", "Bidzina Ivanishvili", True, BANS, "entry ban") for b in BALTS],
    *[(b, "SANCTION", "Georgia", False, BANS, "entry bans on officials") for b in BALTS],
    *[
        (
            b,
            "MEMBER_OF",
            "European Union",
            False,
            "Lithuania, Latvia and Estonia were quicker than the EU as a whole",
            "implied",
        )
        for b in BALTS
    ],
    (
        "Ukraine",
        "SANCTION",
        "Bidzina Ivanishvili",
        True,
        "Ukraine followed with its own sanctions against Ivanishvili and several of his associates",
    ),
    ("Hungary", "REJECT", "European Union", True, BLOCK, "veto on sanctions"),
    ("European Union", "THREATEN", "Georgia", False, "proposals to sanction Georgian officials"),
    ("Hungary", "SUPPORT", "Georgia", False, BLOCK),
    ("Viktor Orbán", "SUPPORT", "Georgian Dream", True, ORBAN, "congratulations"),
    ("Viktor Orbán", "CONSULT", "Georgia", True, "and visited Tbilisi days after the vote", "visit"),
    (
        "Slovakia",
        "REJECT",
        "European Union",
        False,
        "Slovakia has also expressed reservations.",
        "target implicit",
    ),
    (
        "European Union",
        "SANCTION",
        "Georgia",
        True,
        VISA,
        "visa-free travel suspended for diplomatic passports",
    ),
    ("Kaja Kallas", "THREATEN", "Georgia", False, KALLAS, "implicit"),
    ("Kaja Kallas", "ACCUSE", "Georgia", False, KALLAS, "repression"),
    ("Irakli Kobakhidze", "REJECT", "European Union", False, BOW, "target implicit"),
    ("Irakli Kobakhidze", "REJECT", "United States", False, BOW, "target implicit"),
    (
        "Georgia",
        "SANCTION",
        "Parliamentary Assembly of the Council of Europe",
        True,
        PACE,
        "delegation withdrew",
    ),
    (
        "Parliamentary Assembly of the Council of Europe",
        "ACCUSE",
        "Georgia",
        False,
        PACE,
        "mandate questioned",
    ),
    (
        "Maria Zakharova",
        "ACCUSE",
        "West",
        True,
        'accused the West of trying to open "a second front" against Russia in the Caucasus',
    ),
    (
        "Georgian Dream",
        "SUPPORT",
        "European Union",
        False,
        "Georgian Dream, which still formally supports EU membership",
    ),
    (
        "European Union",
        "SUPPORT",
        "Georgia",
        False,
        "Georgia's candidate status, granted in December 2023",
        "passive",
    ),
    ("European Union", "SANCTION", "Georgia", True, HALT, "accession halted; EUR 30m military aid suspended"),
    (
        "Georgia",
        "SUPPORT",
        "European Union",
        False,
        "about 80 per cent of Georgians support EU membership",
        "opinion poll",
    ),
    ("Irakli Kobakhidze", "ROLE", "Georgia", True, "Prime Minister Irakli Kobakhidze", "Prime Minister"),
    (
        "Salome Zourabichvili",
        "ROLE",
        "Georgia",
        True,
        "President Salome Zourabichvili, whose term ended in December",
        "President",
    ),
    (
        "Mikheil Kavelashvili",
        "ROLE",
        "Georgia",
        False,
        "She left the presidential palace on 29 December, when Mikheil Kavelashvili, a former footballer nominated by Georgian Dream, was sworn in",
        "President (implied)",
    ),
    (
        "Bidzina Ivanishvili",
        "ROLE",
        "Georgian Dream",
        True,
        "Bidzina Ivanishvili, the billionaire founder of Georgian Dream",
        "founder",
    ),
    ("Viktor Orbán", "ROLE", "Hungary", True, "Viktor Orbán, the Hungarian prime minister", "prime minister"),
    (
        "Kaja Kallas",
        "ROLE",
        "European Union",
        True,
        "Kaja Kallas, the EU's High Representative",
        "High Representative",
    ),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Maria Zakharova, the spokesperson of the Russian foreign ministry",
        "foreign ministry spokesperson",
    ),
]

if __name__ == "__main__":
    print(build("georgia_eu_brief", E, V))
