"""Gold tables for bosnia_dodik_verdict.txt."""

BA, US, RU, HU, RS_, EU = "Q225", "Q30", "Q159", "Q28", "Q403", "Q458"
E = [
    (
        "Bosnia and Herzegovina",
        "Country",
        BA,
        [
            "Bosnia",
            "Bosnia's state prosecutor",
            "the prosecutor's office",
            "the Court of Bosnia and Herzegovina",
            "the state court",
            "Bosnia's Constitutional Court",
            "the State Investigation and Protection Agency",
            "SIPA",
            "Sarajevo",
        ],
        BA,
    ),
    (
        "Milorad Dodik",
        "Person",
        None,
        ["Dodik", "Bosnian Serb leader Milorad Dodik", "the Bosnian Serb leader"],
        None,
    ),
    (
        "Republika Srpska",
        "Organization",
        None,
        [
            "the Serb-dominated Republika Srpska region",
            "the regional assembly",
            "the regional assembly in Banja Luka",
            "the regional police",
            "Banja Luka",
            "the Serb Republic",
            "Bosnian Serb leaders",
        ],
        None,
    ),
    ("Radovan Viskovic", "Person", None, ["Republika Srpska Prime Minister Radovan Viskovic"], None),
    ("Nenad Stevandic", "Person", None, ["the speaker of the regional assembly, Nenad Stevandic"], None),
    ("Christian Schmidt", "Person", None, ["Schmidt"], None),
    ("EUFOR", "Organization", None, ["The EU peacekeeping force EUFOR"], "European Union"),
    ("European Union", "IGO", EU, ["The European Union", "EU", "the bloc"], None),
    ("United States", "Country", US, ["U.S.", "Washington"], US),
    ("Marco Rubio", "Person", "Q324546", ["U.S. Secretary of State Marco Rubio"], US),
    (
        "Kaja Kallas",
        "Person",
        None,
        ["The European Union's foreign policy chief Kaja Kallas"],
        "European Union",
    ),
    ("Marta Kos", "Person", None, ["Enlargement Commissioner Marta Kos"], "European Union"),
    ("Russia", "Country", RU, ["Moscow"], RU),
    ("Maria Zakharova", "Person", None, ["Foreign Ministry spokeswoman Maria Zakharova"], RU),
    ("UN Security Council", "IGO", "Q37470", ["the U.N. Security Council"], None),
    ("Hungary", "Country", HU, ["Budapest", "Hungarian counter-terrorism police"], HU),
    ("Viktor Orban", "Person", None, ["Hungarian Prime Minister Viktor Orban"], HU),
    ("Serbia", "Country", RS_, ["Belgrade"], RS_),
    ("Aleksandar Vucic", "Person", None, ["Serbian President Aleksandar Vucic"], RS_),
    ("Bosniak leaders", "Organization", None, [], None),
    ("Nenad Nesic", "Person", None, ["Bosnian Security Minister Nenad Nesic"], BA),
    ("Jasmin Mujanovic", "Person", None, [], None),
    ("Vladimir Putin", "Person", "Q7747", ["Russian President Vladimir Putin"], RU),
    (
        "Dayton Agreement",
        "Event",
        None,
        ["the Dayton peace agreement", "the Dayton agreement", "The Dayton accords"],
        None,
    ),
    ("Daria Sito-Sucic", "Person", None, [], None),
    ("Ivana Sekularac", "Person", None, [], None),
    ("Krisztina Than", "Person", None, [], None),
    ("Andrew Heavens", "Person", None, [], None),
]

WARRANT = (
    "Bosnia's state prosecutor issued an arrest warrant on Wednesday for Bosnian Serb leader Milorad Dodik after he "
    "ignored a summons for questioning over laws that bar national judicial and police institutions from the "
    "Serb-dominated Republika Srpska region"
)
NAMES = (
    "The warrant also names Republika Srpska Prime Minister Radovan Viskovic and the speaker of the regional "
    "assembly, Nenad Stevandic, who are suspected of attacking the constitutional order"
)
SENT = (
    "was sentenced on Feb. 26 by the Court of Bosnia and Herzegovina to one year in prison and banned from politics "
    "for six years for defying decisions of Christian Schmidt"
)
LAWS = (
    "Within days, the regional assembly in Banja Luka passed laws banning the state court, the prosecutor's office "
    "and the State Investigation and Protection Agency (SIPA) from operating on its territory."
)
CC = "Bosnia's Constitutional Court suspended the laws last week."
NOT = '"I will not respond to any summons from an unconstitutional prosecutor," Dodik told reporters in Banja Luka.'
AGGR = (
    "He said the regional police would protect institutions of Republika Srpska and warned that any attempt by SIPA "
    'officers to enter the region would be "an act of aggression."'
)
EUF = 'The EU peacekeeping force EUFOR said on Tuesday it was deploying reserve troops to Bosnia to "maintain a safe'
EUF2 = 'adding that it had "the capability and the mandate" to respond to any threat'
RUB = (
    "U.S. Secretary of State Marco Rubio said Dodik's actions were \"undermining the institutions of Bosnia and "
    'Herzegovina and threatening its security and stability."'
)
KAL = (
    "The European Union's foreign policy chief Kaja Kallas urged Bosnian Serb leaders to \"refrain from divisive "
    'rhetoric and actions"'
)
KOS = "Enlargement Commissioner Marta Kos, who visited Sarajevo last week"
SCH = 'said the Banja Luka laws were "a direct assault" on the Dayton agreement'
ZAK = "accusing Schmidt of acting without the approval of the U.N. Security Council"
ORB = (
    "Hungarian Prime Minister Viktor Orban, who has cultivated close ties with Dodik, called the prison sentence a "
    '"witch hunt" and said Hungary would stand by the Bosnian Serb leader.'
)
HUP = "Bosnian media reported that Hungarian counter-terrorism police had been sent to Republika Srpska in recent days"
VUC = "Serbian President Aleksandar Vucic, whose country borders Republika Srpska, met Dodik in Belgrade after the verdict"
VUC2 = 'described it as "a blow to the Serb people,"'
TRAV = "Dodik said he would travel to Moscow and Budapest in the coming weeks"
V = [
    ("Bosnia and Herzegovina", "COERCE", "Milorad Dodik", True, WARRANT, "arrest warrant"),
    (
        "Bosnia and Herzegovina",
        "THREATEN",
        "Milorad Dodik",
        False,
        WARRANT,
        "warrant read as threat of arrest",
    ),
    ("Bosnia and Herzegovina", "COERCE", "Radovan Viskovic", True, NAMES, "arrest warrant"),
    ("Bosnia and Herzegovina", "COERCE", "Nenad Stevandic", True, NAMES, "arrest warrant"),
    ("Milorad Dodik", "REJECT", "Bosnia and Herzegovina", True, WARRANT, "ignored summons"),
    ("Bosnia and Herzegovina", "REQUEST", "Milorad Dodik", False, WARRANT, "summons, noun phrase"),
    (
        "Republika Srpska",
        "COERCE",
        "Bosnia and Herzegovina",
        False,
        WARRANT,
        "laws barring state institutions",
    ),
    ("Bosnia and Herzegovina", "SANCTION", "Milorad Dodik", True, SENT, "1 year prison, 6-year ban"),
    ("Milorad Dodik", "REJECT", "Christian Schmidt", False, SENT, "defying decisions; court's finding"),
    (
        "Republika Srpska",
        "COERCE",
        "Bosnia and Herzegovina",
        True,
        LAWS,
        "ban on state court, prosecutor, SIPA",
    ),
    ("Republika Srpska", "REJECT", "Bosnia and Herzegovina", False, LAWS, "alternative reading"),
    ("Bosnia and Herzegovina", "REJECT", "Republika Srpska", True, CC, "laws suspended"),
    ("Bosnia and Herzegovina", "COERCE", "Republika Srpska", False, CC, "alternative reading"),
    ("Milorad Dodik", "REJECT", "Bosnia and Herzegovina", True, NOT, "refuses summons"),
    ("Milorad Dodik", "THREATEN", "Bosnia and Herzegovina", True, AGGR, "police would protect institutions"),
    ("Milorad Dodik", "ACCUSE", "Bosnia and Herzegovina", False, AGGR, "'act of aggression'"),
    ("EUFOR", "MOBILIZE", "Bosnia and Herzegovina", True, EUF, "reserve troops"),
    ("EUFOR", "THREATEN", "Republika Srpska", False, EUF2, "implicit deterrence"),
    ("Marco Rubio", "ACCUSE", "Milorad Dodik", True, RUB, ""),
    (
        "United States",
        "SUPPORT",
        "Bosnia and Herzegovina",
        True,
        "He said Washington stood by the country's territorial integrity.",
        "territorial integrity",
    ),
    (
        "United States",
        "SANCTION",
        "Milorad Dodik",
        True,
        "Dodik has been under U.S. sanctions since 2017 for obstructing the Dayton peace agreement.",
        "since 2017",
    ),
    ("Kaja Kallas", "REQUEST", "Republika Srpska", True, KAL, ""),
    ("Marta Kos", "CONSULT", "Bosnia and Herzegovina", True, KOS, "visit"),
    (
        "European Union",
        "AGREE",
        "Bosnia and Herzegovina",
        True,
        "which the bloc agreed to open in March 2024",
        "accession talks",
    ),
    ("Christian Schmidt", "ACCUSE", "Republika Srpska", True, SCH, ""),
    (
        "Christian Schmidt",
        "THREATEN",
        "Republika Srpska",
        False,
        "did not rule out using his powers to annul them",
        "hedged",
    ),
    (
        "Milorad Dodik",
        "REJECT",
        "Christian Schmidt",
        False,
        "Schmidt, whose office Dodik does not recognise",
        "non-recognition",
    ),
    (
        "Russia",
        "ACCUSE",
        "Bosnia and Herzegovina",
        True,
        "Russia condemned the verdict against Dodik as politically motivated.",
        "verdict",
    ),
    (
        "Russia",
        "SUPPORT",
        "Milorad Dodik",
        False,
        "Russia condemned the verdict against Dodik as politically motivated.",
        "implied",
    ),
    ("Maria Zakharova", "ACCUSE", "Christian Schmidt", True, ZAK, ""),
    (
        "Russia",
        "REJECT",
        "Christian Schmidt",
        False,
        "Moscow does not recognise Schmidt's appointment.",
        "non-recognition",
    ),
    ("Viktor Orban", "ACCUSE", "Bosnia and Herzegovina", True, ORB, "'witch hunt'"),
    ("Viktor Orban", "SUPPORT", "Milorad Dodik", True, ORB, "stand by"),
    ("Viktor Orban", "COOPERATE", "Milorad Dodik", False, ORB, "close ties, background"),
    ("Hungary", "AID", "Republika Srpska", False, HUP, "media report, unconfirmed"),
    ("Hungary", "COOPERATE", "Republika Srpska", False, HUP, "media report, unconfirmed"),
    ("Aleksandar Vucic", "CONSULT", "Milorad Dodik", True, VUC, "meeting"),
    ("Aleksandar Vucic", "ACCUSE", "Bosnia and Herzegovina", True, VUC2, "criticised verdict"),
    ("Aleksandar Vucic", "SUPPORT", "Milorad Dodik", False, VUC2, "implied"),
    (
        "Bosniak leaders",
        "ACCUSE",
        "Serbia",
        True,
        "Bosniak leaders accused Belgrade of encouraging Dodik.",
        "",
    ),
    (
        "Serbia",
        "SUPPORT",
        "Milorad Dodik",
        False,
        "Bosniak leaders accused Belgrade of encouraging Dodik.",
        "alleged",
    ),
    (
        "Nenad Nesic",
        "SUPPORT",
        "Milorad Dodik",
        False,
        'said no arrest would be carried out "by force."',
        "Dodik ally",
    ),
    ("Milorad Dodik", "CONSULT", "Russia", False, TRAV, "planned trip"),
    ("Milorad Dodik", "CONSULT", "Hungary", False, TRAV, "planned trip"),
    (
        "Milorad Dodik",
        "CONSULT",
        "Vladimir Putin",
        False,
        "hinted that he might seek a meeting with Russian President Vladimir Putin",
        "hinted",
    ),
    ("Milorad Dodik", "ROLE", "Republika Srpska", False, WARRANT, "Bosnian Serb leader"),
    ("Radovan Viskovic", "ROLE", "Republika Srpska", True, NAMES, "Prime Minister"),
    ("Nenad Stevandic", "ROLE", "Republika Srpska", True, NAMES, "speaker of the regional assembly"),
    ("Marco Rubio", "ROLE", "United States", True, RUB, "Secretary of State"),
    ("Kaja Kallas", "ROLE", "European Union", True, KAL, "foreign policy chief"),
    ("Marta Kos", "ROLE", "European Union", True, KOS, "Enlargement Commissioner"),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Foreign Ministry spokeswoman Maria Zakharova",
        "Foreign Ministry spokeswoman",
    ),
    ("Viktor Orban", "ROLE", "Hungary", True, ORB, "Prime Minister"),
    ("Aleksandar Vucic", "ROLE", "Serbia", True, VUC, "President"),
    (
        "Nenad Nesic",
        "ROLE",
        "Bosnia and Herzegovina",
        True,
        "Bosnian Security Minister Nenad Nesic",
        "Security Minister",
    ),
    ("Vladimir Putin", "ROLE", "Russia", True, "Russian President Vladimir Putin", "President"),
]
