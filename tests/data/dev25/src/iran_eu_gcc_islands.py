"""Gold tables for iran_eu_gcc_islands.txt."""

IR, EU, AE, RU, CN, SA, QA = "Q794", "Q458", "Q878", "Q159", "Q148", "Q851", "Q846"
GCC = "Gulf Co-operation Council"
E = [
    ("Iran", "Country", IR, ["Tehran", "Iranian", "the Iranian foreign ministry"], IR),
    (
        "European Union",
        "IGO",
        EU,
        ["EU", "the EU", "Brussels", "European Council", "European Commission", "the Council of the EU"],
        None,
    ),
    (GCC, "IGO", None, ["GCC", "the six-member Gulf Co-operation Council"], None),
    (
        "United Arab Emirates",
        "Country",
        AE,
        ["UAE", "Abu Dhabi", "The UAE's Ministry of Foreign Affairs"],
        AE,
    ),
    ("Greater Tunb", "Location", None, [], None),
    ("Lesser Tunb", "Location", None, [], None),
    ("Abu Musa", "Location", None, [], None),
    ("International Court of Justice", "IGO", None, [], None),
    ("Charles Michel", "Person", None, ["European Council President Charles Michel"], "European Union"),
    (
        "Ursula von der Leyen",
        "Person",
        None,
        ["European Commission President Ursula von der Leyen"],
        "European Union",
    ),
    ("Qatar", "Country", QA, ["Doha"], QA),
    ("Tamim bin Hamad", "Person", None, ["Qatar's Emir Sheikh Tamim bin Hamad"], QA),
    ("International Atomic Energy Agency", "IGO", None, [], None),
    ("Red Sea", "Location", None, ["the Red Sea"], None),
    ("Abbas Araghchi", "Person", None, ["Foreign Minister Abbas Araghchi", "Mr Araghchi"], IR),
    ("Hungary", "Country", "Q28", [], "Q28"),
    ("Esmaeil Baghaei", "Person", None, ["spokesman Esmaeil Baghaei", "Mr Baghaei"], IR),
    ("Iran Air", "Organization", None, ["the national carrier Iran Air"], None),
    ("Russia", "Country", RU, ["Moscow", "Russian"], RU),
    ("Strait of Hormuz", "Location", None, ["the Strait of Hormuz"], None),
    ("Gulf", "Location", None, ["the Gulf"], None),
    ("United Kingdom", "Country", "Q145", ["British"], "Q145"),
    ("China", "Country", CN, [], CN),
    ("Chang Hua", "Person", None, [], CN),
    ("Xi Jinping", "Person", "Q15031", ["President Xi Jinping"], CN),
    ("Saudi Arabia", "Country", SA, ["Riyadh", "Saudi"], SA),
    ("Alexey Dedov", "Person", None, [], RU),
    ("Mohammed bin Salman", "Person", None, ["Saudi Crown Prince Mohammed bin Salman"], SA),
    ("Israel", "Country", "Q801", ["Israeli"], "Q801"),
    ("Hasan Alhasan", "Person", None, [], None),
    (
        "International Institute for Strategic Studies",
        "Organization",
        None,
        ["the International Institute for Strategic Studies"],
        None,
    ),
    ("Jasem Albudaiwi", "Person", None, ["GCC Secretary General Jasem Albudaiwi"], GCC),
]

SUMMIT = "The first summit between the EU and the six-member Gulf Co-operation Council, held in Brussels on Wednesday"
CALL = (
    "The joint statement, adopted by leaders of the 27 EU member states and the GCC, called on Iran to end its "
    "occupation of the three UAE islands of Greater Tunb, Lesser Tunb and Abu Musa"
)
INIT = (
    "It supported the UAE's initiative to reach a peaceful solution \"through bilateral negotiations or the "
    'International Court of Justice"'
)
CHAIR = (
    "The summit was co-chaired by European Council President Charles Michel and Qatar's Emir Sheikh Tamim bin Hamad, "
    "whose country holds the rotating GCC presidency"
)
NATURAL = 'European Commission President Ursula von der Leyen said the two sides were "natural partners"'
IAEA = "The statement also urged Iran to co-operate fully with the International Atomic Energy Agency"
FOREVER = (
    'Foreign Minister Abbas Araghchi wrote on X that the islands "belong to Iran forever" and that Tehran would '
    '"never allow anyone to question" its sovereignty over them'
)
SUMMON = (
    "On Thursday the Iranian foreign ministry summoned the ambassador of Hungary, which holds the rotating "
    "presidency of the Council of the EU"
)
BASELESS = (
    'what spokesman Esmaeil Baghaei called "baseless claims" and "interference in Iran\'s internal affairs"'
)
SANC = (
    "Mr Baghaei also condemned the EU's decision on Monday to impose sanctions on Iranian individuals and entities, "
    "including the national carrier Iran Air, over the alleged transfer of ballistic missiles to Russia"
)
WELCOME = "The UAE's Ministry of Foreign Affairs welcomed the summit's position"
SEIZE = "Iran seized them in November 1971, as British forces withdrew from the Gulf and days before the UAE was formed"
ICJ = (
    "The UAE has claimed them ever since and has repeatedly proposed taking the dispute to the International Court "
    "of Justice"
)
CHINA = (
    "In December 2022, Iran summoned China's ambassador, Chang Hua, after a statement issued during President "
    "Xi Jinping's visit to Riyadh supported the UAE's efforts to resolve the dispute through negotiations"
)
RUSSIA = (
    "In July 2023, it summoned Russia's ambassador, Alexey Dedov, over a similar statement from a Russia-GCC "
    "ministerial meeting in Moscow"
)
MBS = "Mr Araghchi met Saudi Crown Prince Mohammed bin Salman in Riyadh on October 9 and visited Doha the following day"
STRIKE = "as Tehran sought to keep the Gulf states out of a possible Israeli strike on Iran"
V = [
    ("European Union", "CONSULT", GCC, True, SUMMIT, "first EU-GCC summit"),
    (
        "European Union",
        "ALLY",
        GCC,
        False,
        "was billed as the start of a new strategic partnership covering trade, energy and security",
        "'billed as'",
    ),
    ("Iran", "ACCUSE", "European Union", True, "accused Brussels of meddling", "standfirst"),
    (
        "Iran",
        "ACCUSE",
        "Hungary",
        False,
        "Tehran has summoned a European envoy",
        "envoy unnamed in standfirst",
    ),
    ("European Union", "AGREE", GCC, True, CALL, "joint statement"),
    ("European Union", "REQUEST", "Iran", True, CALL, "end occupation of the islands"),
    (GCC, "REQUEST", "Iran", True, CALL, "end occupation of the islands"),
    ("European Union", "ACCUSE", "Iran", False, CALL, "'occupation' implies accusation"),
    (GCC, "ACCUSE", "Iran", False, CALL, "'occupation' implies accusation"),
    ("European Union", "SUPPORT", "United Arab Emirates", True, INIT, "'It' = the joint statement"),
    (GCC, "SUPPORT", "United Arab Emirates", True, INIT, "'It' = the joint statement"),
    ("Charles Michel", "CONSULT", "Tamim bin Hamad", True, CHAIR, "co-chairs"),
    ("Qatar", "MEMBER_OF", GCC, False, CHAIR, "implied by GCC presidency"),
    ("Ursula von der Leyen", "SUPPORT", GCC, False, NATURAL, "'natural partners'"),
    ("European Union", "ALLY", GCC, False, NATURAL, "'natural partners'"),
    ("European Union", "REQUEST", "Iran", True, IAEA, "co-operate with the IAEA"),
    (GCC, "REQUEST", "Iran", True, IAEA, "co-operate with the IAEA"),
    ("Abbas Araghchi", "REJECT", "European Union", True, FOREVER, "refuses any challenge to sovereignty"),
    ("Abbas Araghchi", "REJECT", "United Arab Emirates", False, FOREVER, "implied"),
    (
        "Abbas Araghchi",
        "REQUEST",
        "European Union",
        True,
        'He urged the EU to "correct its mistaken approach" towards Iran.',
        "",
    ),
    (
        "Abbas Araghchi",
        "ACCUSE",
        "European Union",
        False,
        'He urged the EU to "correct its mistaken approach" towards Iran.',
        "'mistaken approach'",
    ),
    ("Iran", "ACCUSE", "Hungary", True, SUMMON, "envoy summoned; unnamed ambassador"),
    ("Iran", "CONSULT", "Hungary", False, SUMMON, "summons"),
    ("Iran", "ACCUSE", "European Union", False, SUMMON, "Hungary as EU presidency"),
    ("Hungary", "MEMBER_OF", "European Union", False, SUMMON, "implied by presidency"),
    ("Esmaeil Baghaei", "ACCUSE", "European Union", True, BASELESS, "'baseless claims', 'interference'"),
    ("Esmaeil Baghaei", "ACCUSE", GCC, False, BASELESS, "implied"),
    ("Esmaeil Baghaei", "ACCUSE", "European Union", True, SANC, "condemned sanctions"),
    ("European Union", "SANCTION", "Iran", True, SANC, "sanctions on individuals and entities"),
    ("European Union", "SANCTION", "Iran Air", True, SANC, ""),
    ("Iran", "AID", "Russia", False, SANC, "alleged missile transfer, denied"),
    ("Iran", "REJECT", "European Union", False, "Tehran denies sending missiles to Moscow", "denial"),
    ("United Arab Emirates", "SUPPORT", "European Union", True, WELCOME, "welcomed"),
    ("United Arab Emirates", "SUPPORT", GCC, False, WELCOME, "summit = EU and GCC"),
    ("Iran", "COERCE", "Greater Tunb", True, SEIZE, "seizure 1971; 'them' = the islands"),
    ("Iran", "COERCE", "Lesser Tunb", True, SEIZE, "seizure 1971"),
    ("Iran", "COERCE", "Abu Musa", True, SEIZE, "seizure 1971"),
    ("Iran", "COERCE", "United Arab Emirates", False, SEIZE, "UAE did not yet exist"),
    ("United Kingdom", "RETREAT", "Gulf", False, SEIZE, "withdrawal from the Gulf"),
    ("United Arab Emirates", "REQUEST", "Iran", False, ICJ, "proposal to go to the ICJ"),
    ("United Arab Emirates", "ACCUSE", "Iran", False, ICJ, "territorial claim"),
    (
        "Iran",
        "REJECT",
        "United Arab Emirates",
        True,
        "Iran says its sovereignty is not open to negotiation.",
        "refusal to negotiate",
    ),
    ("Iran", "ACCUSE", "Chang Hua", True, CHINA, "envoy summoned, Dec 2022"),
    ("Iran", "ACCUSE", "China", False, CHINA, "state level"),
    ("Iran", "CONSULT", "Chang Hua", False, CHINA, "summons"),
    ("Xi Jinping", "CONSULT", "Saudi Arabia", False, CHINA, "visit, noun phrase"),
    ("China", "SUPPORT", "United Arab Emirates", False, CHINA, "statement's author implicit"),
    ("Iran", "ACCUSE", "Alexey Dedov", True, RUSSIA, "envoy summoned, July 2023; pronoun 'it'"),
    ("Iran", "ACCUSE", "Russia", False, RUSSIA, "state level"),
    ("Iran", "CONSULT", "Alexey Dedov", False, RUSSIA, "summons"),
    ("Russia", "CONSULT", GCC, False, RUSSIA, "ministerial meeting, noun phrase"),
    (
        "Russia",
        "SUPPORT",
        "Iran",
        False,
        "Russian officials said the wording did not change Moscow's policy of good relations with Tehran.",
        "'policy of good relations'",
    ),
    ("Abbas Araghchi", "CONSULT", "Mohammed bin Salman", True, MBS, "meeting in Riyadh"),
    ("Abbas Araghchi", "CONSULT", "Qatar", True, MBS, "visit to Doha"),
    ("Israel", "THREATEN", "Iran", False, STRIKE, "'possible' strike"),
    (
        GCC,
        "ACCUSE",
        "Iran",
        False,
        "The GCC is telling Tehran that detente does not mean silence on the islands",
        "analyst's reading",
    ),
    (
        "Iran",
        "THREATEN",
        "European Union",
        False,
        "Iran is telling Europe that it will treat any such wording as hostile",
        "analyst's reading",
    ),
    (
        GCC,
        "CONSULT",
        "European Union",
        False,
        "the bloc would hold its next summit with the EU in Saudi Arabia in 2026",
        "planned",
    ),
    (
        "Charles Michel",
        "ROLE",
        "European Union",
        True,
        "European Council President Charles Michel",
        "President of the European Council",
    ),
    (
        "Ursula von der Leyen",
        "ROLE",
        "European Union",
        True,
        "European Commission President Ursula von der Leyen",
        "President of the European Commission",
    ),
    ("Tamim bin Hamad", "ROLE", "Qatar", True, "Qatar's Emir Sheikh Tamim bin Hamad", "Emir"),
    ("Abbas Araghchi", "ROLE", "Iran", True, "Foreign Minister Abbas Araghchi", "Foreign Minister"),
    ("Esmaeil Baghaei", "ROLE", "Iran", True, BASELESS, "foreign ministry spokesman"),
    ("Chang Hua", "ROLE", "China", True, "China's ambassador, Chang Hua", "ambassador to Iran"),
    ("Alexey Dedov", "ROLE", "Russia", True, "Russia's ambassador, Alexey Dedov", "ambassador to Iran"),
    ("Xi Jinping", "ROLE", "China", True, "President Xi Jinping", "President"),
    (
        "Mohammed bin Salman",
        "ROLE",
        "Saudi Arabia",
        True,
        "Saudi Crown Prince Mohammed bin Salman",
        "Crown Prince",
    ),
    (
        "Hasan Alhasan",
        "ROLE",
        "International Institute for Strategic Studies",
        True,
        "Hasan Alhasan, a senior fellow at the International Institute for Strategic Studies",
        "senior fellow",
    ),
    (
        "Jasem Albudaiwi",
        "ROLE",
        GCC,
        True,
        "GCC Secretary General Jasem Albudaiwi",
        "Secretary General",
    ),
]
