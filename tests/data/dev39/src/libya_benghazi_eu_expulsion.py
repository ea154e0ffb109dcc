"""Gold tables for libya_benghazi_eu_expulsion.txt."""

LY, GR, EU, IT, MT, TR = "Q1016", "Q41", "Q458", "Q38", "Q233", "Q43"
GNS, GNU, LNA = "Government of National Stability", "Government of National Unity", "Libyan National Army"
E = [
    ("Libya", "Country", LY, ["Libyan"], LY),
    (
        GNS,
        "Organization",
        None,
        [
            "The administration that controls eastern Libya",
            "Hammad's government",
            "Hammad's cabinet",
            "the eastern government",
        ],
        LY,
    ),
    (GNU, "Organization", None, ["GNU", "the internationally recognized Government of National Unity"], LY),
    (LNA, "Organization", None, ["LNA", "Haftar's camp"], LY),
    ("Osama Hammad", "Person", None, [], LY),
    ("Abdul Hamid Dbeibah", "Person", None, [], LY),
    ("Khalifa Haftar", "Person", None, ["Field Marshal Khalifa Haftar", "General Haftar", "Haftar"], LY),
    ("Saddam Haftar", "Person", None, ["His son Saddam Haftar"], LY),
    ("Greece", "Country", GR, ["Athens", "Greek", "the Hellenic Navy"], GR),
    ("Thanos Plevris", "Person", None, ["Migration Minister Thanos Plevris", "Plevris"], GR),
    (
        "European Union",
        "IGO",
        EU,
        ["The European Union", "the EU", "European Commission", "the Commission", "Frontex"],
        None,
    ),
    (
        "Magnus Brunner",
        "Person",
        None,
        ["European Commissioner for Internal Affairs and Migration Magnus Brunner"],
        EU,
    ),
    ("Italy", "Country", IT, ["Italian"], IT),
    ("Matteo Piantedosi", "Person", None, ["Piantedosi"], IT),
    ("Malta", "Country", MT, [], MT),
    ("Byron Camilleri", "Person", None, [], MT),
    ("Pavlos Marinakis", "Person", None, ["Government spokesman Pavlos Marinakis"], GR),
    ("Giorgos Gerapetritis", "Person", None, ["Foreign Minister Giorgos Gerapetritis"], GR),
    ("Kyriakos Mitsotakis", "Person", None, ["Prime Minister Kyriakos Mitsotakis"], GR),
    (
        "House of Representatives",
        "Organization",
        None,
        ["The House of Representatives", "the eastern-based parliament allied with Haftar"],
        LY,
    ),
    ("Turkey", "Country", TR, ["Ankara", "Turkish", "Turkish naval ships"], TR),
    ("Yasar Guler", "Person", None, ["Turkish Defence Minister Yasar Guler"], TR),
    ("United Nations", "IGO", "Q1065", ["the United Nations"], None),
    ("Chevron", "Organization", None, ["the US energy company Chevron"], None),
    ("United States", "Country", "Q30", ["US"], "Q30"),
    ("Benghazi", "Location", None, [], None),
    ("Tripoli", "Location", None, [], None),
    ("Crete", "Location", None, [], None),
    ("Gavdos", "Location", None, ["the islet of Gavdos"], None),
    ("Tobruk", "Location", None, [], None),
    ("Benina airport", "Location", None, [], None),
    ("Brussels", "Location", None, [], None),
]

ORDERED = "A European delegation that included Migration Minister Thanos Plevris was ordered out of Benghazi on Tuesday within hours of landing"
PNG = (
    "said it had declared European Commissioner for Internal Affairs and Migration Magnus Brunner, Plevris and the "
    'interior ministers of Italy and Malta, Matteo Piantedosi and Byron Camilleri, "persona non grata"'
)
HEAD = "The administration that controls eastern Libya, headed by Osama Hammad"
LEAVE = "demanded that they leave Libyan territory immediately"
ACC = (
    "Hammad's government accused the delegation of \"a flagrant violation of diplomatic norms and international "
    'conventions"'
)
TALKS = (
    "The delegation had flown in from Tripoli, where earlier in the day it held talks with Abdul Hamid Dbeibah, "
    "prime minister of the internationally recognized Government of National Unity (GNU)"
)
DUE = "In Benghazi it was due to meet Field Marshal Khalifa Haftar"
LNA_EV = "Field Marshal Khalifa Haftar, whose Libyan National Army (LNA) controls the east and south of the country"
DECL = "the delegation declined to meet its ministers in an official setting"
NOREC = "The European Union does not recognize the eastern government"
PLANE = "Within an hour, the visitors were told to get back on their plane."
NAVY = (
    "the Hellenic Navy would keep vessels stationed in international waters off the Libyan coast, as Athens announced "
    "last month, and that Greece was coordinating with Frontex and with Italy and Malta"
)
GERA = "Foreign Minister Giorgos Gerapetritis held talks with Haftar in Benghazi only on Sunday"
AGREED = (
    "when the two sides agreed to set up a joint mechanism on migration and to begin technical contacts on the "
    "delimitation of maritime zones"
)
MOU = (
    "the 2019 maritime memorandum signed between Turkey and the then government in Tripoli, which Athens considers "
    "null and void because it ignores the presence of Crete"
)
RATIFY = "has been considering whether to ratify the 2019 maritime memorandum"
PROT = (
    "Libya has also protested to the United Nations over Greek plans to open blocks south of Crete to exploration by "
    "the US energy company Chevron"
)
SADDAM = (
    "His son Saddam Haftar, the LNA's chief of staff of ground forces, was received in Ankara by Turkish Defence "
    "Minister Yasar Guler in April"
)
PORT = "Turkish naval ships made a port call in Benghazi last summer"
EUAID = (
    "The EU's migration partnership with Libya, which includes training and equipment for the Libyan coast guard, "
    "is worth hundreds of millions of euros."
)
V = [
    (GNS, "SANCTION", "Thanos Plevris", True, ORDERED, "ordered out (passive, agent in next sentence)"),
    (GNS, "SANCTION", "Magnus Brunner", True, PNG, "persona non grata"),
    (GNS, "SANCTION", "Thanos Plevris", True, PNG, "persona non grata"),
    (GNS, "SANCTION", "Matteo Piantedosi", True, PNG, "persona non grata"),
    (GNS, "SANCTION", "Byron Camilleri", True, PNG, "persona non grata"),
    (GNS, "SANCTION", "European Union", False, PNG, "delegation level"),
    ("Osama Hammad", "SANCTION", "Magnus Brunner", False, PNG, "his administration acted"),
    (GNS, "REQUEST", "European Union", False, LEAVE, "part of the expulsion"),
    (GNS, "ACCUSE", "European Union", True, ACC, "violation of diplomatic norms, sovereignty"),
    (GNS, "ACCUSE", "Thanos Plevris", False, ACC, "member of the delegation"),
    ("European Union", "CONSULT", "Abdul Hamid Dbeibah", True, TALKS, "talks in Tripoli"),
    ("Thanos Plevris", "CONSULT", "Abdul Hamid Dbeibah", False, TALKS, "member of the delegation"),
    ("Matteo Piantedosi", "CONSULT", "Abdul Hamid Dbeibah", False, TALKS, "member of the delegation"),
    ("Byron Camilleri", "CONSULT", "Abdul Hamid Dbeibah", False, TALKS, "member of the delegation"),
    ("European Union", "CONSULT", "Khalifa Haftar", False, DUE, "planned meeting, did not happen"),
    ("European Union", "REJECT", GNS, True, DECL, "declined to meet"),
    ("European Union", "REJECT", GNS, False, NOREC, "non-recognition, standing position"),
    (GNS, "COERCE", "European Union", False, PLANE, "told to leave"),
    (
        "European Union",
        "CONSULT",
        "Libya",
        False,
        'the EU would "continue to engage with all Libyan actors" on migration',
        "intent",
    ),
    (
        "Matteo Piantedosi",
        "CONSULT",
        "Khalifa Haftar",
        False,
        '"the dialogue with General Haftar is not interrupted."',
        "ongoing dialogue claimed",
    ),
    ("Greece", "MOBILIZE", "Libya", True, NAVY, "navy vessels off the Libyan coast"),
    ("Greece", "COOPERATE", "European Union", True, NAVY, "Frontex"),
    ("Greece", "COOPERATE", "Italy", True, NAVY, ""),
    ("Greece", "COOPERATE", "Malta", True, NAVY, ""),
    ("Giorgos Gerapetritis", "CONSULT", "Khalifa Haftar", True, GERA, "talks in Benghazi"),
    (
        "Giorgos Gerapetritis",
        "AGREE",
        "Khalifa Haftar",
        True,
        AGREED,
        "migration mechanism, maritime contacts",
    ),
    (
        "Kyriakos Mitsotakis",
        "SUPPORT",
        "Libya",
        False,
        'had spoken of "a new page" with eastern Libya',
        "eastern Libya",
    ),
    (
        "House of Representatives",
        "ALLY",
        "Khalifa Haftar",
        True,
        "the eastern-based parliament allied with Haftar",
        "",
    ),
    ("House of Representatives", "AGREE", "Turkey", False, RATIFY, "considering ratification"),
    ("Turkey", "AGREE", "Libya", True, MOU, "2019 maritime memorandum"),
    ("Greece", "REJECT", "Turkey", True, MOU, "considers the memorandum null and void"),
    ("Greece", "REJECT", "Libya", True, MOU, "considers the memorandum null and void"),
    ("Libya", "ACCUSE", "Greece", True, PROT, "protest to the UN"),
    ("Libya", "PROTEST", "Greece", False, PROT, "diplomatic protest"),
    ("Libya", "CONSULT", "United Nations", False, PROT, "complaint lodged at the UN"),
    ("Greece", "COOPERATE", "Chevron", False, PROT, "planned exploration blocks"),
    ("Turkey", "CONSULT", LNA, False, "Ankara has meanwhile been courting Haftar's camp.", "'courting'"),
    ("Yasar Guler", "CONSULT", "Saddam Haftar", True, SADDAM, "received in Ankara"),
    ("Turkey", "COOPERATE", "Libya", False, PORT, "naval port call"),
    ("Turkey", "CONSULT", LNA, False, PORT, "port call as visit"),
    (
        "European Union",
        "CONSULT",
        GNS,
        False,
        "the Commission was now considering whether to send a lower-level technical mission to Benghazi",
        "considered",
    ),
    ("European Union", "AID", "Libya", True, EUAID, "training, equipment; hundreds of millions of euros"),
    ("European Union", "COOPERATE", "Libya", False, EUAID, "migration partnership"),
    ("Thanos Plevris", "ROLE", "Greece", True, "Migration Minister Thanos Plevris", "Migration Minister"),
    (
        "Magnus Brunner",
        "ROLE",
        "European Union",
        True,
        "European Commissioner for Internal Affairs and Migration Magnus Brunner",
        "European Commissioner for Internal Affairs and Migration",
    ),
    (
        "Matteo Piantedosi",
        "ROLE",
        "Italy",
        True,
        "the interior ministers of Italy and Malta, Matteo Piantedosi and Byron Camilleri",
        "interior minister",
    ),
    (
        "Byron Camilleri",
        "ROLE",
        "Malta",
        True,
        "the interior ministers of Italy and Malta, Matteo Piantedosi and Byron Camilleri",
        "interior minister",
    ),
    ("Osama Hammad", "ROLE", GNS, True, HEAD, "head of the eastern government"),
    (
        "Abdul Hamid Dbeibah",
        "ROLE",
        GNU,
        True,
        "Abdul Hamid Dbeibah, prime minister of the internationally recognized Government of National Unity",
        "prime minister",
    ),
    ("Khalifa Haftar", "ROLE", LNA, True, LNA_EV, "Field Marshal, commander"),
    (
        "Pavlos Marinakis",
        "ROLE",
        "Greece",
        True,
        "Government spokesman Pavlos Marinakis",
        "Government spokesman",
    ),
    (
        "Giorgos Gerapetritis",
        "ROLE",
        "Greece",
        True,
        "Foreign Minister Giorgos Gerapetritis",
        "Foreign Minister",
    ),
    ("Kyriakos Mitsotakis", "ROLE", "Greece", True, "Prime Minister Kyriakos Mitsotakis", "Prime Minister"),
    (
        "Saddam Haftar",
        "ROLE",
        LNA,
        True,
        "Saddam Haftar, the LNA's chief of staff of ground forces",
        "chief of staff of ground forces",
    ),
    ("Yasar Guler", "ROLE", "Turkey", True, "Turkish Defence Minister Yasar Guler", "Defence Minister"),
]
