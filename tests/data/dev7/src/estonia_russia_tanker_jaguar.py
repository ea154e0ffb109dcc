"""Gold tables for estonia_russia_tanker_jaguar (Estonian MFA press release)."""

from itertools import combinations

from gold import build

EE, RU, FI, NATO, EU = "Q191", "Q159", "Q33", "Q7184", "Q458"
E = [
    (
        "Estonia",
        "Country",
        EE,
        [
            "Estonian",
            "The Ministry of Foreign Affairs",
            "the Estonian Defence Forces",
            "the Estonian Navy",
            "the Navy",
        ],
        None,
    ),
    (
        "Russia",
        "Country",
        RU,
        [
            "Russian",
            "the Russian Federation",
            "the Embassy of the Russian Federation in Tallinn",
            "Russian authorities",
            "the Russian side",
        ],
        None,
    ),
    ("United Kingdom", "Country", "Q145", ["the United Kingdom"], None),
    ("Poland", "Country", "Q36", ["Polish", "Polish Air Force fighters"], None),
    ("Finland", "Country", FI, ["Finnish", "Finnish authorities"], None),
    ("Germany", "Country", "Q183", [], None),
    ("Denmark", "Country", "Q35", [], None),
    ("Sweden", "Country", "Q34", [], None),
    ("Greece", "Country", "Q41", ["Greek"], None),
    ("NATO", "IGO", NATO, [], None),
    ("European Union", "IGO", EU, ["the European Union", "EU", "European Union ambassadors"], None),
    ("G7", "IGO", None, ["the G7"], None),
    ("Baltic Air Policing", "Event", None, ["the NATO Baltic Air Policing mission"], None),
    ("Baltic Sentry", "Event", None, ["the Baltic Sentry activity"], None),
    (
        "Margus Tsahkna",
        "Person",
        None,
        ["Tsahkna", "Minister of Foreign Affairs Margus Tsahkna", "The minister"],
        EE,
    ),
    ("Hanno Pevkur", "Person", None, ["Pevkur", "Minister of Defence Hanno Pevkur"], EE),
    ("Kristen Michal", "Person", None, ["Prime Minister Kristen Michal"], EE),
    ("Petteri Orpo", "Person", None, ["Finnish Prime Minister Petteri Orpo"], FI),
    ("Mark Rutte", "Person", None, [], NATO),
    ("Kaja Kallas", "Person", None, [], EU),
    ("Tallinn", "Location", None, [], None),
    ("Vaindloo", "Location", None, [], None),
    ("Gulf of Finland", "Location", None, ["the Gulf of Finland"], None),
    ("Primorsk", "Location", None, [], None),
    ("Baltic Sea", "Location", None, ["the Baltic Sea"], None),
    ("Sillamae", "Location", None, [], None),
    ("Estlink 2", "Location", None, ["the Estlink 2 power cable"], None),
    ("Estlink 1", "Location", None, ["the Estlink 1 cable"], None),
]

NOTE = (
    "The Ministry of Foreign Affairs today handed a note of protest to a representative of the Embassy of the "
    "Russian Federation in Tallinn over the violation of Estonian airspace"
)
VIOL = "the violation of Estonian airspace by a Russian Federation Air Force Su-35 fighter jet on 13 May"
POL = "Polish Air Force fighters serving in the NATO Baltic Air Policing mission were scrambled and escorted the Russian aircraft out of the area"
CAP = "which Russia uses to circumvent the price cap on its oil exports imposed by the G7 and the European Union"
JOINT = "Finland and Estonia agreed to step up joint surveillance of the Gulf of Finland"
SENTRY = "Estonia, Finland, Germany, Denmark, Sweden and other Allies contribute ships and aircraft to the activity"
PKG = "the 17th package of sanctions against Russia agreed by European Union ambassadors this week"
GREEN = "Russian authorities detained the Greek-owned tanker Green Admire after it left the Estonian port of Sillamae"
PMS = "The two prime ministers agreed that the Baltic Sea states would not allow Russia to turn the sea into a zone of intimidation"
BRIEF = "Estonia has also briefed the NATO Secretary General, Mark Rutte, and the EU High Representative, Kaja Kallas, on the incident"
V = [
    ("Estonia", "ACCUSE", "Russia", True, NOTE, "protest note"),
    ("Russia", "MOBILIZE", "Estonia", False, VIOL, "airspace violation; type debatable"),
    ("Russia", "COERCE", "Estonia", False, VIOL, "airspace violation; type debatable"),
    (
        "Russia",
        "MOBILIZE",
        "Estonia",
        False,
        "the aircraft entered Estonian airspace without permission near the island of Vaindloo",
        "under a minute",
    ),
    (
        "United Kingdom",
        "SANCTION",
        "Russia",
        True,
        "is listed in the United Kingdom's sanctions against Russia's shadow fleet",
    ),
    ("Estonia", "CONSULT", "NATO", False, "NATO was informed immediately.", "passive"),
    ("Poland", "COERCE", "Russia", False, POL, "interception"),
    ("Poland", "MOBILIZE", "Russia", False, POL, "fighters scrambled"),
    (
        "Margus Tsahkna",
        "ACCUSE",
        "Russia",
        True,
        "Minister of Foreign Affairs Margus Tsahkna said that the incident was extremely serious and unacceptable",
    ),
    (
        "Margus Tsahkna",
        "ACCUSE",
        "Russia",
        True,
        "Russia has chosen to send a fighter jet into the airspace of a NATO member state to protect a ship that has no flag",
    ),
    ("Margus Tsahkna", "ACCUSE", "Russia", True, "Russia is responsible for every consequence."),
    ("Estonia", "MEMBER_OF", "NATO", True, "the airspace of a NATO member state"),
    ("Estonia", "MEMBER_OF", "European Union", False, "its allies in NATO and the European Union", "implied"),
    (
        "Estonia",
        "CONSULT",
        "NATO",
        False,
        "The minister said Estonia would raise the incident with its allies in NATO and the European Union",
        "future",
    ),
    (
        "Estonia",
        "CONSULT",
        "European Union",
        False,
        "The minister said Estonia would raise the incident with its allies in NATO and the European Union",
        "future",
    ),
    (
        "Margus Tsahkna",
        "REQUEST",
        "European Union",
        False,
        "called on partners to adopt further sanctions against vessels of the shadow fleet",
        "partners implicit",
    ),
    ("Hanno Pevkur", "REJECT", "Russia", False, "We will not be intimidated"),
    ("G7", "SANCTION", "Russia", True, CAP, "oil price cap"),
    ("European Union", "SANCTION", "Russia", True, CAP, "oil price cap"),
    (
        "Finland",
        "COERCE",
        "Russia",
        False,
        "Finnish authorities seized the tanker Eagle S",
        "ship seized; link to Russia implicit",
    ),
    (
        "Estonia",
        "MOBILIZE",
        "Russia",
        False,
        "Estonia deployed naval vessels to protect the Estlink 1 cable",
        "target implicit",
    ),
    ("Finland", "AGREE", "Estonia", True, JOINT),
    ("Finland", "COOPERATE", "Estonia", True, JOINT, "joint surveillance"),
    *[
        (a, "COOPERATE", b, True, SENTRY, "Baltic Sentry")
        for a, b in combinations(["Estonia", "Finland", "Germany", "Denmark", "Sweden"], 2)
    ],
    *[
        (a, "MEMBER_OF", "NATO", False, SENTRY, "implied by 'other Allies'")
        for a in ["Finland", "Germany", "Denmark", "Sweden"]
    ],
    ("European Union", "SANCTION", "Russia", True, PKG, "17th package, ~200 vessels"),
    ("Estonia", "SUPPORT", "European Union", False, "Estonia also welcomes the 17th package of sanctions"),
    (
        "Estonia",
        "REQUEST",
        "European Union",
        False,
        "Estonia has consistently pushed for a lower oil price cap and for a ban on maritime services for Russian oil",
        "target implicit",
    ),
    ("Russia", "COERCE", "Estonia", False, GREEN, "tanker detained after leaving an Estonian port"),
    ("Russia", "COERCE", "Greece", False, GREEN, "Greek-owned tanker detained"),
    (
        "Estonia",
        "AGREE",
        "Russia",
        False,
        "a route through Russian territorial waters agreed between Estonia and Russia",
    ),
    (
        "Estonia",
        "ACCUSE",
        "Russia",
        True,
        "The Ministry of Foreign Affairs considers the detention a provocation",
    ),
    ("Estonia", "REQUEST", "Russia", True, "has asked the Russian side for an explanation"),
    ("Estonia", "SANCTION", "Russia", False, "Estonia has since suspended use of the route"),
    (
        "Kristen Michal",
        "CONSULT",
        "Petteri Orpo",
        True,
        "Prime Minister Kristen Michal spoke by telephone with Finnish Prime Minister Petteri Orpo on Wednesday",
        "phone call",
    ),
    ("Kristen Michal", "AGREE", "Petteri Orpo", True, PMS),
    ("Kristen Michal", "THREATEN", "Russia", False, PMS),
    ("Petteri Orpo", "THREATEN", "Russia", False, PMS),
    ("Estonia", "CONSULT", "Mark Rutte", True, BRIEF, "briefing"),
    ("Estonia", "CONSULT", "Kaja Kallas", True, BRIEF, "briefing"),
    (
        "Margus Tsahkna",
        "ROLE",
        "Estonia",
        True,
        "Minister of Foreign Affairs Margus Tsahkna",
        "Minister of Foreign Affairs",
    ),
    ("Hanno Pevkur", "ROLE", "Estonia", True, "Minister of Defence Hanno Pevkur", "Minister of Defence"),
    ("Kristen Michal", "ROLE", "Estonia", True, "Prime Minister Kristen Michal", "Prime Minister"),
    ("Petteri Orpo", "ROLE", "Finland", True, "Finnish Prime Minister Petteri Orpo", "Prime Minister"),
    ("Mark Rutte", "ROLE", "NATO", True, "the NATO Secretary General, Mark Rutte", "Secretary General"),
    (
        "Kaja Kallas",
        "ROLE",
        "European Union",
        True,
        "the EU High Representative, Kaja Kallas",
        "High Representative",
    ),
]

if __name__ == "__main__":
    print(build("estonia_russia_tanker_jaguar", E, V))
