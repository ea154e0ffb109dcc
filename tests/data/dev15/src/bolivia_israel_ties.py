"""Gold tables for bolivia_israel_ties.txt."""

BO, IL, CL, CO = "Q750", "Q801", "Q298", "Q739"
E = [
    (
        "Bolivia",
        "Country",
        BO,
        [
            "La Paz",
            "the Bolivian government",
            "the government of President Luis Arce",
            "the interim government of Jeanine Áñez",
        ],
        BO,
    ),
    (
        "Israel",
        "Country",
        IL,
        ["Israeli", "the Israeli State", "The Israeli military", "the Israeli foreign ministry"],
        IL,
    ),
    ("Palestine", "Country", "Q219060", ["Palestinian"], "Q219060"),
    ("Gaza Strip", "Location", "Q39760", ["Gaza"], None),
    ("Jabalia refugee camp", "Location", None, ["Jabalia"], None),
    ("Chile", "Country", CL, ["Santiago"], CL),
    ("Colombia", "Country", CO, ["Bogotá"], CO),
    ("Freddy Mamani", "Person", None, ["Deputy Foreign Minister Freddy Mamani"], BO),
    ("María Nela Prada", "Person", None, [], BO),
    ("Luis Arce", "Person", None, ["Arce", "President Luis Arce"], BO),
    ("Ibrahim Biari", "Person", None, [], None),
    ("Hamas", "Organization", None, ["the Hamas terrorist organisation"], None),
    ("Lior Haiat", "Person", None, ["Foreign ministry spokesman Lior Haiat"], IL),
    ("Iran", "Country", "Q794", ["the ayatollahs' regime in Iran"], "Q794"),
    ("Gabriel Boric", "Person", None, ["Boric", "President Gabriel Boric"], CL),
    ("Jorge Carvajal", "Person", None, ["ambassador Jorge Carvajal"], CL),
    ("Gustavo Petro", "Person", None, ["Petro", "Colombia's President Gustavo Petro"], CO),
    (
        "Margarita Manjarrez",
        "Person",
        None,
        ["ambassador Margarita Manjarrez", "the Colombian ambassador"],
        CO,
    ),
    ("Venezuela", "Country", "Q717", [], "Q717"),
    ("Brazil", "Country", "Q155", [], "Q155"),
    (
        "Luiz Inácio Lula da Silva",
        "Person",
        None,
        ["Brazil's President Luiz Inácio Lula da Silva"],
        "Q155",
    ),
    ("UN Security Council", "IGO", "Q37470", [], None),
    ("United States", "Country", "Q30", [], "Q30"),
    ("Argentina", "Country", "Q414", ["the Argentine foreign ministry", "Argentine"], "Q414"),
    ("Evo Morales", "Person", None, ["President Evo Morales", "Morales"], None),
    ("Jeanine Áñez", "Person", None, [], None),
    ("MAS", "Organization", None, ["the ruling MAS party"], None),
]

LEDE_BO = (
    "Bolivia on Tuesday became the first Latin American country to break off diplomatic relations with Israel"
)
LEDE_CL = "the governments of Chile and Colombia recalled their ambassadors from Tel Aviv for consultations"
QUOTE = '"Bolivia has decided to break diplomatic relations with the Israeli State'
COND = "in repudiation and condemnation of the aggressive and disproportionate Israeli military offensive"
MAMANI = "Deputy Foreign Minister Freddy Mamani told a press conference in La Paz"
DEMAND = "the government of President Luis Arce demanded an end to the attacks on the Gaza Strip"
AIDP = "She announced that Bolivia will send humanitarian aid to the Palestinian people"
JAB = "an Israeli airstrike hit the crowded Jabalia refugee camp in northern Gaza"
BIARI = "The Israeli military said the strike killed Ibrahim Biari, a Hamas commander"
OCT7 = "the October 7 attack on southern Israel, in which some 1,400 people were killed and more than 200 taken hostage"
SURR = "Foreign ministry spokesman Lior Haiat described La Paz's decision as \"a surrender to terrorism and to the ayatollahs' regime in Iran\""
ALIGN = "the Bolivian government is aligning itself with the Hamas terrorist organisation"
BORIC = (
    "President Gabriel Boric announced that he had called ambassador Jorge Carvajal home for consultations"
)
IHL = "the unacceptable violations of International Humanitarian Law that Israel has committed in the Gaza Strip"
HOST = "has also condemned the Hamas attacks, and Boric again demanded the immediate release of all hostages"
PETRO = (
    "Colombia's President Gustavo Petro wrote that he had decided to call back ambassador Margarita Manjarrez"
)
MASS = '"If Israel does not stop the massacre of the Palestinian people we cannot be there," he said.'
SUMMON = "the Israeli foreign ministry summoned the Colombian ambassador for a reprimand"
EXPORTS = "announced it was halting security exports to Colombia"
NAZI = "after Petro compared Israel's conduct in Gaza to that of the Nazis"
SUSPEND = '"if we have to suspend foreign relations with Israel, we suspend them"'
EXPECT = 'the Israeli foreign ministry said it expected both countries "to support the right of a democratic country to protect its citizens"'
ALIGN2 = "urged them not to align themselves with Venezuela and Iran"
VETO = "the United States vetoed its draft resolution calling for humanitarian pauses in the fighting"
ARG = (
    "the Argentine foreign ministry said that nothing justified violations of international humanitarian law"
)
ARGH = "again calling for the release of Argentine citizens held by Hamas"
B2009 = (
    "Bolivia broke relations in 2009 under President Evo Morales over an earlier Israeli offensive in Gaza"
)
RESTORE = "the ties were only restored in 2019 by the interim government of Jeanine Áñez"
MORALES = 'had urged the government last week to cut ties and to declare Israel a "terrorist state"'

V = [
    ("Bolivia", "SANCTION", "Israel", True, LEDE_BO, "diplomatic relations broken"),
    ("Chile", "SANCTION", "Israel", True, LEDE_CL, "ambassador recalled"),
    ("Colombia", "SANCTION", "Israel", True, LEDE_CL, "ambassador recalled"),
    ("Bolivia", "SANCTION", "Israel", True, QUOTE, ""),
    ("Bolivia", "ACCUSE", "Israel", True, COND, "condemnation of the offensive"),
    ("Freddy Mamani", "SANCTION", "Israel", False, MAMANI, "announcer of the decision"),
    ("Freddy Mamani", "ACCUSE", "Israel", False, MAMANI, "announcer of the condemnation"),
    ("Bolivia", "REQUEST", "Israel", True, DEMAND, "end attacks and blockade"),
    ("María Nela Prada", "REQUEST", "Israel", False, DEMAND, "speaker"),
    ("Bolivia", "AID", "Palestine", True, AIDP, "humanitarian aid pledge, no figure"),
    ("María Nela Prada", "AID", "Palestine", False, AIDP, "speaker"),
    ("Bolivia", "AID", "Gaza Strip", False, AIDP, "recipients in Gaza"),
    (
        "Luis Arce",
        "CONSULT",
        "Palestine",
        True,
        "Arce had received the Palestinian ambassador in La Paz on Monday",
        "meeting with envoy",
    ),
    (
        "Luis Arce",
        "ACCUSE",
        "Israel",
        False,
        '"we reject the war crimes being committed in Gaza"',
        "target implicit",
    ),
    ("Israel", "ASSAULT", "Jabalia refugee camp", True, JAB, "airstrike; dozens killed"),
    ("Israel", "ASSAULT", "Gaza Strip", False, JAB, ""),
    ("Israel", "ASSAULT", "Palestine", False, JAB, "civilians killed"),
    ("Israel", "ASSAULT", "Ibrahim Biari", True, BIARI, "killed, per the Israeli military"),
    ("Israel", "ASSAULT", "Hamas", False, BIARI, "commander killed"),
    (
        "Israel",
        "ACCUSE",
        "Ibrahim Biari",
        False,
        "a Hamas commander it held responsible for the October 7 attack",
        "",
    ),
    ("Hamas", "ASSAULT", "Israel", True, OCT7, "about 1,400 killed, 200+ hostages"),
    ("Ibrahim Biari", "ASSAULT", "Israel", False, OCT7, "alleged by Israel"),
    ("Lior Haiat", "ACCUSE", "Bolivia", True, SURR, ""),
    ("Israel", "ACCUSE", "Bolivia", False, SURR, "state-level duplicate"),
    ("Lior Haiat", "ACCUSE", "Bolivia", True, ALIGN, ""),
    ("Bolivia", "ALLY", "Hamas", False, ALIGN, "alignment claimed by a critic"),
    ("Bolivia", "ALLY", "Iran", False, SURR, "alignment claimed by a critic"),
    (
        "Hamas",
        "SUPPORT",
        "Bolivia",
        True,
        "Hamas, for its part, welcomed the decision in a statement",
        "welcome",
    ),
    ("Gabriel Boric", "SANCTION", "Israel", True, BORIC, "ambassador recalled"),
    ("Gabriel Boric", "ACCUSE", "Israel", True, IHL, "IHL violations"),
    ("Chile", "ACCUSE", "Hamas", True, HOST, "condemned Hamas attacks"),
    ("Gabriel Boric", "REQUEST", "Hamas", True, HOST, "release of hostages"),
    ("Gustavo Petro", "SANCTION", "Israel", True, PETRO, "ambassador recalled"),
    ("Gustavo Petro", "ACCUSE", "Israel", True, MASS, "massacre"),
    ("Gustavo Petro", "THREATEN", "Israel", True, MASS, "conditional break"),
    ("Gustavo Petro", "REQUEST", "Israel", False, MASS, "implied demand to stop"),
    ("Israel", "ACCUSE", "Margarita Manjarrez", True, SUMMON, "envoy summoned"),
    ("Israel", "ACCUSE", "Colombia", False, SUMMON, "summoning, state level"),
    ("Israel", "CONSULT", "Colombia", False, SUMMON, "summoning"),
    ("Israel", "SANCTION", "Colombia", True, EXPORTS, "security exports halted"),
    ("Gustavo Petro", "ACCUSE", "Israel", True, NAZI, "Nazi comparison"),
    ("Gustavo Petro", "THREATEN", "Israel", True, SUSPEND, "conditional suspension of relations"),
    ("Israel", "REQUEST", "Chile", True, EXPECT, ""),
    ("Israel", "REQUEST", "Colombia", True, EXPECT, ""),
    ("Israel", "REQUEST", "Chile", True, ALIGN2, "not to align with Venezuela and Iran"),
    ("Israel", "REQUEST", "Colombia", True, ALIGN2, ""),
    ("Israel", "ACCUSE", "Chile", False, ALIGN2, "implied alignment charge"),
    ("Israel", "ACCUSE", "Colombia", False, ALIGN2, "implied alignment charge"),
    (
        "Luiz Inácio Lula da Silva",
        "ACCUSE",
        "Israel",
        False,
        'what is happening in Gaza "is not a war, it is a genocide"',
        "target implicit",
    ),
    ("United States", "REJECT", "Brazil", True, VETO, "veto of Brazil's draft"),
    ("Brazil", "REQUEST", "UN Security Council", False, VETO, "draft resolution"),
    (
        "Brazil",
        "MEMBER_OF",
        "UN Security Council",
        False,
        "Brazil held the rotating presidency of the UN Security Council in October",
        "implied by the presidency",
    ),
    ("Argentina", "ACCUSE", "Israel", False, ARG, "target implicit (Jabalia strike)"),
    ("Argentina", "REQUEST", "Hamas", True, ARGH, "release of Argentine hostages"),
    ("Bolivia", "SANCTION", "Israel", True, B2009, "2009 rupture"),
    ("Evo Morales", "SANCTION", "Israel", False, B2009, "president at the time"),
    ("Israel", "ASSAULT", "Gaza Strip", False, B2009, "2009 offensive, noun phrase"),
    ("Bolivia", "COOPERATE", "Israel", False, RESTORE, "ties restored 2019"),
    ("Evo Morales", "REQUEST", "Bolivia", True, MORALES, "domestic demand to cut ties"),
    ("Evo Morales", "ACCUSE", "Israel", False, MORALES, "'terrorist state'"),
    (
        "Freddy Mamani",
        "ROLE",
        "Bolivia",
        True,
        "Deputy Foreign Minister Freddy Mamani",
        "Deputy Foreign Minister",
    ),
    (
        "María Nela Prada",
        "ROLE",
        "Bolivia",
        True,
        "the Minister of the Presidency, María Nela Prada",
        "Minister of the Presidency",
    ),
    ("Luis Arce", "ROLE", "Bolivia", True, "the government of President Luis Arce", "President"),
    (
        "Lior Haiat",
        "ROLE",
        "Israel",
        True,
        "Foreign ministry spokesman Lior Haiat",
        "foreign ministry spokesman",
    ),
    ("Gabriel Boric", "ROLE", "Chile", True, "In Santiago, President Gabriel Boric", "President"),
    ("Jorge Carvajal", "ROLE", "Chile", True, BORIC, "ambassador (to Israel)"),
    ("Gustavo Petro", "ROLE", "Colombia", True, "Colombia's President Gustavo Petro", "President"),
    ("Margarita Manjarrez", "ROLE", "Colombia", True, PETRO, "ambassador (to Israel)"),
    (
        "Luiz Inácio Lula da Silva",
        "ROLE",
        "Brazil",
        True,
        "Brazil's President Luiz Inácio Lula da Silva",
        "President",
    ),
    ("Ibrahim Biari", "ROLE", "Hamas", True, BIARI, "commander"),
    ("Evo Morales", "ROLE", "Bolivia", False, B2009, "former President"),
    ("Jeanine Áñez", "ROLE", "Bolivia", False, RESTORE, "former interim head of government"),
    (
        "Evo Morales",
        "ROLE",
        "MAS",
        False,
        "Morales, now a fierce rival of Arce inside the ruling MAS party",
        "party figure",
    ),
]
