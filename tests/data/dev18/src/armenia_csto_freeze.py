"""Gold tables for armenia_csto_freeze.txt."""

RU, AM, FR, US, EU, BY = "Q159", "Q399", "Q142", "Q30", "Q458", "Q184"
CSTO = "Collective Security Treaty Organization"
E = [
    (
        "Russia",
        "Country",
        RU,
        [
            "Moscow",
            "Russian",
            "the Russian side",
            "Russian border guards",
            "Border Service of the Federal Security Service",
            "FSB",
        ],
        RU,
    ),
    (
        "Armenia",
        "Country",
        AM,
        [
            "Yerevan",
            "Armenian",
            "the Armenian leadership",
            "the Armenian side",
            "the republic",
            "Armenian servicemen",
        ],
        AM,
    ),
    (CSTO, "IGO", None, ["CSTO", "the organization", "the bloc", "the Secretariat"], None),
    (
        "Maria Zakharova",
        "Person",
        None,
        [
            "Russian Foreign Ministry Spokeswoman Maria Zakharova",
            "Zakharova",
            "the diplomat",
            "The Russian diplomat",
        ],
        RU,
    ),
    ("Nikol Pashinyan", "Person", None, ["Armenian Prime Minister Nikol Pashinyan", "Pashinyan"], AM),
    ("France 24", "Organization", None, [], None),
    ("Dmitry Peskov", "Person", None, ["Kremlin Spokesman Dmitry Peskov", "Peskov"], RU),
    ("Imangali Tasmagambetov", "Person", None, ["CSTO Secretary General Imangali Tasmagambetov"], CSTO),
    ("TASS", "Organization", None, [], None),
    ("Zvartnots International Airport", "Location", None, ["Zvartnots"], None),
    ("Armen Grigoryan", "Person", None, ["Secretary of Armenia's Security Council Armen Grigoryan"], AM),
    ("Turkey", "Country", "Q43", [], "Q43"),
    ("Iran", "Country", "Q794", [], "Q794"),
    ("Ararat Mirzoyan", "Person", None, ["Armenian Foreign Minister Ararat Mirzoyan", "Mirzoyan"], AM),
    ("Gyumri", "Location", None, [], None),
    ("European Union", "IGO", EU, ["the European Union", "EU", "Brussels"], None),
    ("Josep Borrell", "Person", None, ["EU foreign policy chief Josep Borrell"], "European Union"),
    ("United States", "Country", US, ["the United States", "Washington", "the US military"], US),
    ("South Caucasus", "Location", None, ["the South Caucasus"], None),
    ("EU civilian mission", "Organization", None, [], "European Union"),
    ("NATO", "IGO", "Q7184", [], None),
    ("Azerbaijan", "Country", "Q227", ["Azerbaijani"], "Q227"),
    ("France", "Country", FR, ["Paris", "French"], FR),
    ("Sebastien Lecornu", "Person", None, ["French Armed Forces Minister Sebastien Lecornu"], FR),
    ("Sergey Lavrov", "Person", None, ["Russian Foreign Minister Sergey Lavrov"], RU),
    ("Alexander Lukashenko", "Person", None, ["Belarusian President Alexander Lukashenko"], BY),
    ("Belarus", "Country", BY, ["Belarusian"], BY),
    ("Kazakhstan", "Country", "Q232", [], "Q232"),
    ("Kyrgyzstan", "Country", "Q813", [], "Q813"),
    ("Tajikistan", "Country", "Q863", [], "Q863"),
]

LEAD = (
    'Moscow expects the Armenian leadership to explain through official channels what it means by the "freezing" of '
    "its participation in the Collective Security Treaty Organization (CSTO)"
)
FREEZE = (
    'Pashinyan said in an interview with France 24 last month that Yerevan had "in practice" frozen its '
    "participation in the CSTO because the organization had failed to fulfill its obligations to Armenia in 2021 "
    "and 2022."
)
LEAVE = 'He later told parliament that the republic could leave the bloc "when the time comes."'
WARN = (
    'she warned that "attempts to replace allied relations with Russia with promises from the collective West will '
    "not bring Armenia security"
)
PES = "Kremlin Spokesman Dmitry Peskov earlier told journalists that Moscow would seek clarification from its Armenian partners."
ALLY = '"Armenia is our ally, and we intend to continue dialogue at all levels," Peskov said.'
TAS = "CSTO Secretary General Imangali Tasmagambetov confirmed to TASS"
REF = "Armenia had refused to host the organization's joint exercises in 2023"
ZV = (
    "The situation was further complicated by Yerevan's decision to end the service of Russian border guards at "
    "Zvartnots International Airport."
)
GRI = (
    "Secretary of Armenia's Security Council Armen Grigoryan told reporters on Monday that the Armenian side had "
    "notified Moscow that its own border service would take over passport control at the airport from August 1."
)
FSB = (
    "Russian border guards of the Border Service of the Federal Security Service (FSB) have worked at Zvartnots since "
    "1992 under an intergovernmental agreement."
)
UNI = (
    'Zakharova said the move was "a unilateral step" that contradicted the spirit of the bilateral agreements'
)
IMP = 'Russia "will act in accordance with the law and will not impose its presence anywhere."'
MIR = "Mirzoyan said during a visit to Brussels, where he met with EU foreign policy chief Josep Borrell."
ACT = (
    "The Russian diplomat drew attention to the growing activity of the European Union and the United States in the "
    "South Caucasus."
)
OUTP = (
    'She recalled that the EU civilian mission deployed on the Armenian-Azerbaijani border was "a NATO outpost in '
    'all but name," and criticized Paris for supplying weapons to Yerevan.'
)
ARMS = (
    "France signed a contract with Armenia last year for the delivery of GM200 radars and agreed in February to sell "
    "it Caesar self-propelled howitzers during a visit to Yerevan by French Armed Forces Minister Sebastien Lecornu."
)
EX = (
    "In September 2023, Armenian servicemen held joint exercises with the US military near Yerevan, which Moscow "
    "described as an unfriendly act."
)
INSTR = (
    '"We see how Washington and Paris are trying to turn Armenia into an instrument of their policy against Russia,"'
    " Zakharova said."
)
LAV = "Russian Foreign Minister Sergey Lavrov said last week"
TREATY = (
    "Russia remains committed to its obligations under the bilateral Treaty of Friendship, Cooperation and Mutual "
    "Assistance"
)
LUK = "Belarusian President Alexander Lukashenko, whom Pashinyan has refused to meet in recent months"
COMP = "The CSTO comprises Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan."
V = [
    ("Maria Zakharova", "REQUEST", "Armenia", True, LEAD, "demand for official explanation"),
    ("Russia", "REQUEST", "Armenia", False, LEAD, "state-level duplicate"),
    ("Armenia", "SANCTION", CSTO, True, FREEZE, "participation frozen"),
    ("Nikol Pashinyan", "ACCUSE", CSTO, True, FREEZE, "failed obligations"),
    ("Nikol Pashinyan", "THREATEN", CSTO, False, LEAVE, "could leave, hedged"),
    ("Armenia", "MEMBER_OF", CSTO, True, "Armenia remains a full member of the CSTO", ""),
    (
        CSTO,
        "REQUEST",
        "Nikol Pashinyan",
        False,
        "Armenian Prime Minister Nikol Pashinyan had been invited to all events of the organization",
        "invitation",
    ),
    ("Maria Zakharova", "ACCUSE", "Armenia", False, WARN, "warning"),
    ("Russia", "ALLY", "Armenia", False, WARN, "'allied relations', in a warning"),
    ("Dmitry Peskov", "REQUEST", "Armenia", False, PES, "will seek clarification"),
    ("Russia", "ALLY", "Armenia", True, ALLY, "'our ally'"),
    ("Dmitry Peskov", "CONSULT", "Armenia", False, ALLY, "intends dialogue"),
    ("Armenia", "REJECT", CSTO, True, REF, "refused to host exercises, 2023"),
    ("Armenia", "SANCTION", "Russia", True, ZV, "Russian border guards to leave Zvartnots"),
    ("Armen Grigoryan", "SANCTION", "Russia", True, GRI, "notification, from August 1"),
    ("Russia", "RETREAT", "Armenia", False, GRI, "planned departure"),
    ("Russia", "COOPERATE", "Armenia", True, FSB, "border guards since 1992"),
    ("Russia", "AGREE", "Armenia", False, FSB, "intergovernmental agreement, noun phrase"),
    (
        "Russia",
        "COOPERATE",
        "Armenia",
        True,
        "They also guard Armenia's borders with Turkey and Iran.",
        "border protection",
    ),
    ("Maria Zakharova", "ACCUSE", "Armenia", True, UNI, "'unilateral step'"),
    ("Russia", "CONCEDE", "Armenia", False, IMP, "will not impose presence"),
    ("Ararat Mirzoyan", "CONSULT", "Josep Borrell", True, MIR, "meeting"),
    ("Ararat Mirzoyan", "CONSULT", "European Union", False, MIR, "visit to Brussels"),
    ("Maria Zakharova", "ACCUSE", "European Union", False, ACT, "'growing activity'"),
    ("Maria Zakharova", "ACCUSE", "United States", False, ACT, "'growing activity'"),
    ("Maria Zakharova", "ACCUSE", "EU civilian mission", True, OUTP, "'NATO outpost'"),
    ("Maria Zakharova", "ACCUSE", "France", True, OUTP, "arms supplies"),
    ("EU civilian mission", "COOPERATE", "Armenia", False, OUTP, "deployment, noun phrase"),
    ("France", "AID", "Armenia", False, OUTP, "weapons supplies, in criticism"),
    ("France", "AGREE", "Armenia", True, ARMS, "radar contract, howitzer sale"),
    ("France", "COOPERATE", "Armenia", True, ARMS, "arms sale"),
    ("Sebastien Lecornu", "CONSULT", "Armenia", True, ARMS, "visit to Yerevan"),
    ("Armenia", "COOPERATE", "United States", True, EX, "joint exercises"),
    ("Russia", "ACCUSE", "Armenia", True, EX, "'unfriendly act'"),
    ("Russia", "ACCUSE", "United States", False, EX, "'unfriendly act', target unclear"),
    ("Maria Zakharova", "ACCUSE", "United States", True, INSTR, ""),
    ("Maria Zakharova", "ACCUSE", "France", True, INSTR, ""),
    ("Russia", "ALLY", "Armenia", True, TREATY, "mutual assistance treaty"),
    ("Nikol Pashinyan", "REJECT", "Alexander Lukashenko", True, LUK, "refused to meet"),
    ("Armenia", "MEMBER_OF", CSTO, True, COMP, ""),
    ("Belarus", "MEMBER_OF", CSTO, True, COMP, ""),
    ("Kazakhstan", "MEMBER_OF", CSTO, True, COMP, ""),
    ("Kyrgyzstan", "MEMBER_OF", CSTO, True, COMP, ""),
    ("Russia", "MEMBER_OF", CSTO, True, COMP, ""),
    ("Tajikistan", "MEMBER_OF", CSTO, True, COMP, ""),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Russian Foreign Ministry Spokeswoman Maria Zakharova",
        "Foreign Ministry Spokeswoman",
    ),
    ("Nikol Pashinyan", "ROLE", "Armenia", True, "Armenian Prime Minister Nikol Pashinyan", "Prime Minister"),
    ("Dmitry Peskov", "ROLE", "Russia", True, PES, "Kremlin Spokesman"),
    ("Imangali Tasmagambetov", "ROLE", CSTO, True, TAS, "Secretary General"),
    ("Armen Grigoryan", "ROLE", "Armenia", True, GRI, "Secretary of the Security Council"),
    (
        "Ararat Mirzoyan",
        "ROLE",
        "Armenia",
        True,
        "Armenian Foreign Minister Ararat Mirzoyan",
        "Foreign Minister",
    ),
    ("Josep Borrell", "ROLE", "European Union", True, MIR, "foreign policy chief"),
    ("Sebastien Lecornu", "ROLE", "France", True, ARMS, "Armed Forces Minister"),
    ("Sergey Lavrov", "ROLE", "Russia", True, LAV, "Foreign Minister"),
    ("Alexander Lukashenko", "ROLE", "Belarus", True, LUK, "President"),
]
