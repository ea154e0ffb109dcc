"""Gold tables for turkey_syria_moscow_quadrilateral.txt."""

TR, SY, RU, IR, US = "Q43", "Q858", "Q159", "Q794", "Q30"
E = [
    ("Turkey", "Country", TR, ["Ankara", "Turkish", "Turkish troops", "Turkish forces"], TR),
    ("Syria", "Country", SY, ["Damascus", "Syrian", "the Assad regime"], SY),
    ("Russia", "Country", RU, ["Moscow", "Russian", "the Kremlin"], RU),
    ("Iran", "Country", IR, ["Tehran", "Iranian"], IR),
    (
        "United States",
        "Country",
        US,
        ["Washington", "the United States", "US", "The Americans", "American"],
        US,
    ),
    ("Sergei Lavrov", "Person", None, ["Lavrov", "Russian Foreign Minister Sergei Lavrov"], RU),
    ("Mevlüt Çavuşoğlu", "Person", None, ["Çavuşoğlu"], TR),
    ("Faisal Mekdad", "Person", None, ["Mekdad"], SY),
    ("Hossein Amir-Abdollahian", "Person", None, ["Amir-Abdollahian"], IR),
    ("Hulusi Akar", "Person", None, ["Turkish Defence Minister Hulusi Akar"], TR),
    ("Ali Mahmoud Abbas", "Person", None, ["his Syrian counterpart Ali Mahmoud Abbas"], SY),
    ("Sergei Shoigu", "Person", None, ["Russia's Sergei Shoigu"], RU),
    ("Bashar al-Assad", "Person", None, ["Assad", "President Bashar al-Assad"], SY),
    ("Recep Tayyip Erdoğan", "Person", None, ["Erdoğan", "President Recep Tayyip Erdoğan"], TR),
    ("Vladimir Putin", "Person", "Q7747", [], RU),
    ("Vedant Patel", "Person", None, ["State Department deputy spokesman Vedant Patel"], US),
    (
        "Syrian Democratic Forces",
        "Organization",
        None,
        ["the Kurdish-led Syrian Democratic Forces", "SDF"],
        None,
    ),
    ("People's Protection Units", "Organization", None, ["the People's Protection Units", "YPG"], None),
    ("PKK", "Organization", None, ["the outlawed PKK"], None),
    ("Syrian National Army", "Organization", None, ["the Syrian National Army"], None),
    ("Islamic State group", "Organization", None, ["the Islamic State group"], None),
    ("Kemal Kılıçdaroğlu", "Person", None, [], None),
    ("Aron Lund", "Person", None, [], None),
    ("Century International", "Organization", None, [], None),
    ("European Union", "IGO", "Q458", ["the EU"], None),
    ("United Nations", "IGO", "Q1065", ["UN"], None),
    ("Middle East Institute", "Organization", None, ["the Middle East Institute"], None),
]

MET = "The foreign ministers of Turkey, Syria, Russia and Iran met in Moscow on May 10"
ROAD = 'The four agreed to task their deputies with drafting a "road map" for normalizing Turkish-Syrian relations'
PRE = (
    "Damascus continues to make the withdrawal of Turkish troops from northern Syria a precondition; Ankara rejects "
    "any timetable."
)
HOST = (
    "Russian Foreign Minister Sergei Lavrov hosted his Turkish, Syrian and Iranian counterparts, Mevlüt Çavuşoğlu, "
    "Faisal Mekdad and Hossein Amir-Abdollahian, for four hours of talks."
)
JOINT = 'the ministers had reaffirmed their commitment to Syria\'s "sovereignty, independence and territorial integrity"'
APR = "talks between the defence ministers and intelligence chiefs of the four states in Moscow on April 25"
DEC = (
    "An earlier meeting, in December, brought together Turkish Defence Minister Hulusi Akar, his Syrian counterpart "
    "Ali Mahmoud Abbas and Russia's Sergei Shoigu"
)
COOP = 'Çavuşoğlu said Turkey wanted to cooperate with Damascus against "terrorist organizations"'
REF = (
    "a reference to the Kurdish-led Syrian Democratic Forces (SDF) and the People's Protection Units (YPG), which "
    "Ankara regards as extensions of the outlawed PKK"
)
MEK = (
    'Mekdad told the meeting that the "main goal" of Damascus was the exit of all illegal foreign forces, above all '
    "Turkish ones, from Syrian territory."
)
ASSAD = (
    "President Bashar al-Assad said in March, during a visit to Moscow, that he would meet President Recep Tayyip "
    "Erdoğan only once Turkey was ready to withdraw its troops."
)
DISM = "Çavuşoğlu dismissed that demand, saying Turkish forces would remain as long as the terror threat persisted."
OPS = "Turkey has launched three major cross-border operations against the YPG since 2016 and has threatened a fourth."
AMIR = 'Amir-Abdollahian said the process would help "the removal of the American occupation forces".'
PATEL = "the United States would not normalize relations with the Assad regime and did not support others doing so"
SDFUS = "where they work with the SDF against the Islamic State group"
LUND = '"The Americans are the one actor Ankara and Damascus both want out,"'
SDFW = (
    'The SDF, for its part, warned that any deal between Ankara and Damascus at its expense would be "a threat to '
    'the stability of the whole region".'
)
PAIRS = [
    ("Turkey", "Syria"),
    ("Turkey", "Russia"),
    ("Turkey", "Iran"),
    ("Syria", "Russia"),
    ("Syria", "Iran"),
    ("Russia", "Iran"),
]
V = [
    *[(a, "CONSULT", b, True, MET, "quadrilateral FM meeting") for a, b in PAIRS],
    *[(a, "AGREE", b, True, ROAD, "road map") for a, b in PAIRS],
    ("Syria", "REQUEST", "Turkey", True, PRE, "withdrawal precondition"),
    ("Turkey", "REJECT", "Syria", True, PRE, "no timetable"),
    ("Sergei Lavrov", "CONSULT", "Mevlüt Çavuşoğlu", True, HOST, "hosted"),
    ("Sergei Lavrov", "CONSULT", "Faisal Mekdad", True, HOST, "hosted"),
    ("Sergei Lavrov", "CONSULT", "Hossein Amir-Abdollahian", True, HOST, "hosted"),
    ("Turkey", "SUPPORT", "Syria", False, JOINT, "joint statement, 'the ministers'"),
    ("Russia", "SUPPORT", "Syria", False, JOINT, "joint statement"),
    ("Iran", "SUPPORT", "Syria", False, JOINT, "joint statement"),
    ("Turkey", "CONSULT", "Syria", True, APR, "defence ministers and intelligence chiefs"),
    ("Hulusi Akar", "CONSULT", "Ali Mahmoud Abbas", True, DEC, "December meeting"),
    ("Hulusi Akar", "CONSULT", "Sergei Shoigu", True, DEC, "December meeting"),
    ("Ali Mahmoud Abbas", "CONSULT", "Sergei Shoigu", True, DEC, "December meeting"),
    ("Mevlüt Çavuşoğlu", "AGREE", "Syria", False, COOP, "intent to cooperate"),
    (
        "Mevlüt Çavuşoğlu",
        "ACCUSE",
        "Syrian Democratic Forces",
        False,
        REF,
        "brief's reading of the reference",
    ),
    ("Turkey", "ACCUSE", "People's Protection Units", True, REF, "regarded as PKK"),
    ("Turkey", "ACCUSE", "Syrian Democratic Forces", True, REF, "regarded as PKK"),
    ("Turkey", "SANCTION", "PKK", False, REF, "'outlawed', noun phrase"),
    ("Faisal Mekdad", "REQUEST", "Turkey", True, MEK, "exit of Turkish forces"),
    ("Faisal Mekdad", "ACCUSE", "Turkey", False, MEK, "'illegal'"),
    ("Bashar al-Assad", "CONSULT", "Russia", True, ASSAD, "visit to Moscow"),
    ("Bashar al-Assad", "REQUEST", "Turkey", True, ASSAD, "withdrawal as condition"),
    ("Bashar al-Assad", "CONSULT", "Recep Tayyip Erdoğan", False, ASSAD, "conditional meeting"),
    ("Mevlüt Çavuşoğlu", "REJECT", "Syria", True, DISM, "refuses withdrawal"),
    ("Turkey", "ASSAULT", "People's Protection Units", True, OPS, "three operations"),
    ("Turkey", "THREATEN", "People's Protection Units", True, OPS, "fourth operation"),
    ("Turkey", "ASSAULT", "Syria", False, OPS, "cross-border"),
    (
        "Turkey",
        "SUPPORT",
        "Syrian National Army",
        True,
        "It also backs the Syrian National Army",
        "pronoun subject",
    ),
    (
        "Turkey",
        "AID",
        "Syrian National Army",
        False,
        "It also backs the Syrian National Army",
        "type unclear",
    ),
    (
        "Turkey",
        "REQUEST",
        "Syria",
        True,
        "Ankara wants guarantees from Damascus for their safe return.",
        "refugee return guarantees",
    ),
    (
        "Vladimir Putin",
        "REQUEST",
        "Recep Tayyip Erdoğan",
        True,
        "Vladimir Putin has pressed Erdoğan to meet Assad",
        "",
    ),
    (
        "Russia",
        "CONSULT",
        "Turkey",
        False,
        "Russian mediation fits the Kremlin's wider aim of reducing the US footprint in Syria",
        "mediation",
    ),
    (
        "Russia",
        "CONSULT",
        "Syria",
        False,
        "Russian mediation fits the Kremlin's wider aim of reducing the US footprint in Syria",
        "mediation",
    ),
    (
        "Iran",
        "REQUEST",
        "Russia",
        False,
        "Tehran, which initially was left out of the format, insisted on joining it.",
        "addressee implied",
    ),
    ("Hossein Amir-Abdollahian", "ACCUSE", "United States", False, AMIR, "'occupation forces'"),
    ("Hossein Amir-Abdollahian", "REQUEST", "United States", False, AMIR, "removal"),
    ("Vedant Patel", "REJECT", "Syria", True, PATEL, "no normalization"),
    ("Vedant Patel", "REJECT", "Turkey", False, PATEL, "'others', implied"),
    ("United States", "COOPERATE", "Syrian Democratic Forces", True, SDFUS, "about 900 troops"),
    ("United States", "ASSAULT", "Islamic State group", False, SDFUS, "'work against'"),
    ("Syrian Democratic Forces", "ASSAULT", "Islamic State group", False, SDFUS, "'work against'"),
    ("Turkey", "REQUEST", "United States", False, LUND, "analyst's view"),
    ("Syria", "REQUEST", "United States", False, LUND, "analyst's view"),
    (
        "Kemal Kılıçdaroğlu",
        "AGREE",
        "Syria",
        False,
        "Kemal Kılıçdaroğlu, the main opposition candidate, has pledged to restore ties with Damascus within two years.",
        "campaign pledge",
    ),
    (
        "Syria",
        "REJECT",
        "Turkey",
        True,
        "Damascus has refused to discuss a phased withdrawal",
        "refusal",
    ),
    ("Syrian Democratic Forces", "ACCUSE", "Turkey", False, SDFW, "warning"),
    ("Syrian Democratic Forces", "ACCUSE", "Syria", False, SDFW, "warning"),
    ("Sergei Lavrov", "ROLE", "Russia", True, "Russian Foreign Minister Sergei Lavrov", "Foreign Minister"),
    ("Mevlüt Çavuşoğlu", "ROLE", "Turkey", True, HOST, "Foreign Minister"),
    ("Faisal Mekdad", "ROLE", "Syria", True, HOST, "Foreign Minister"),
    ("Hossein Amir-Abdollahian", "ROLE", "Iran", True, HOST, "Foreign Minister"),
    ("Hulusi Akar", "ROLE", "Turkey", True, "Turkish Defence Minister Hulusi Akar", "Defence Minister"),
    (
        "Ali Mahmoud Abbas",
        "ROLE",
        "Syria",
        True,
        "his Syrian counterpart Ali Mahmoud Abbas",
        "Defence Minister",
    ),
    ("Sergei Shoigu", "ROLE", "Russia", False, DEC, "Defence Minister (implied)"),
    ("Bashar al-Assad", "ROLE", "Syria", True, "President Bashar al-Assad", "President"),
    (
        "Recep Tayyip Erdoğan",
        "ROLE",
        "Turkey",
        True,
        "President Recep Tayyip Erdoğan",
        "President",
    ),
    (
        "Vedant Patel",
        "ROLE",
        "United States",
        True,
        "State Department deputy spokesman Vedant Patel",
        "deputy spokesman",
    ),
    (
        "Aron Lund",
        "ROLE",
        "Century International",
        True,
        "Aron Lund, a fellow at Century International",
        "fellow",
    ),
]
