"""Gold tables for madagascar_military_takeover.txt."""

MG, AU, UN = "Q1019", "Q7159", "Q1065"
SADC = "Southern African Development Community"
E = [
    (
        "Madagascar",
        "Country",
        MG,
        [
            "the army",
            "the military",
            "Rajoelina's government",
            "the National Assembly",
            "lawmakers",
            "the High Constitutional Court",
        ],
        MG,
    ),
    (
        "Michael Randrianirina",
        "Person",
        None,
        ["Colonel Michael Randrianirina", "Randrianirina", "The colonel"],
        MG,
    ),
    ("CAPSAT", "Organization", None, ["the elite CAPSAT unit", "the CAPSAT unit"], MG),
    (
        "Andry Rajoelina",
        "Person",
        None,
        ["Rajoelina", "Ousted President Andry Rajoelina", "the ousted president"],
        MG,
    ),
    ("France", "Country", "Q142", ["Paris", "French"], "Q142"),
    ("Emmanuel Macron", "Person", "Q3052772", ["Macron", "French President Emmanuel Macron"], "Q142"),
    ("RFI", "Organization", None, ["French radio station RFI"], None),
    (
        "African Union",
        "IGO",
        AU,
        ["AU", "The African Union", "The African Union's Peace and Security Council", "the continental body"],
        None,
    ),
    ("Mahmoud Ali Youssouf", "Person", None, ["AU Commission Chairperson Mahmoud Ali Youssouf"], AU),
    ("United Nations", "IGO", UN, ["UN", "The UN human rights office"], None),
    ("Antonio Guterres", "Person", None, ["UN Secretary-General Antonio Guterres"], UN),
    ("Stephane Dujarric", "Person", None, ["Dujarric", "his spokesperson Stephane Dujarric"], UN),
    (SADC, "IGO", None, ["SADC", "the 16-member bloc"], None),
    ("Elias Magosi", "Person", None, ["SADC Executive Secretary Elias Magosi"], SADC),
    ("Gen Z Madagascar", "Organization", None, [], None),
    ("Ruphin Zafisambo", "Person", None, ["General Ruphin Zafisambo"], MG),
    ("Mali", "Country", "Q912", [], "Q912"),
    ("Burkina Faso", "Country", "Q965", [], "Q965"),
    ("Niger", "Country", "Q1032", [], "Q1032"),
    ("Guinea", "Country", "Q1006", [], "Q1006"),
    ("Gabon", "Country", "Q1000", [], "Q1000"),
]

SUSP1 = 'The African Union has suspended Madagascar from all its activities "with immediate effect" after the army seized power.'
SUSP2 = (
    "The African Union's Peace and Security Council has suspended Madagascar from all AU activities until "
    "constitutional order is restored."
)
GUT = (
    'UN Secretary-General Antonio Guterres is "deeply concerned" by the unconstitutional change of government in '
    "Madagascar and calls for a swift return to constitutional order and the rule of law"
)
SADCS = (
    'In a statement, the 16-member bloc said it "notes with grave concern" the events in Antananarivo and urged '
    '"all stakeholders to exercise restraint"'
)
YOU = (
    '"The African Union rejects any unconstitutional change of government," AU Commission Chairperson Mahmoud Ali '
    'Youssouf said in a statement, adding that the continental body "stands with the people of Madagascar" and '
    "urged the military to hand power to civilians."
)
PAST = (
    "Mali, Burkina Faso, Niger, Guinea and Gabon were all suspended after military takeovers in recent years."
)
HCC = (
    "On Tuesday night, the High Constitutional Court invited Randrianirina to exercise the functions of head of "
    "state, hours after lawmakers voted to impeach Rajoelina."
)
RFI = (
    "French radio station RFI reported that Rajoelina was evacuated on Sunday on a French army Casa aircraft to the "
    "French island of Reunion after an agreement with Macron."
)
OFFICE = (
    "the ousted president's office said the military's actions amounted to \"an attempt to seize power "
    'illegally"'
)
CAPS = (
    "On Saturday, soldiers of the CAPSAT unit refused orders to fire on protesters and joined them in central "
    "Antananarivo."
)
V = [
    ("African Union", "SANCTION", "Madagascar", True, SUSP1, "suspension"),
    ("Madagascar", "COERCE", "Andry Rajoelina", False, SUSP1, "army seized power; target implicit"),
    (
        "Michael Randrianirina",
        "ROLE",
        "CAPSAT",
        True,
        "Colonel Michael Randrianirina, commander of the elite CAPSAT unit",
        "commander",
    ),
    (
        "Michael Randrianirina",
        "ROLE",
        "Madagascar",
        False,
        "says he will be sworn in as president within days",
        "president-designate",
    ),
    (
        "Andry Rajoelina",
        "ACCUSE",
        "Madagascar",
        False,
        'Ousted President Andry Rajoelina, whose whereabouts are unknown, calls the takeover "illegal".',
        "target = the military, implicit",
    ),
    ("Andry Rajoelina", "ROLE", "Madagascar", True, "Ousted President Andry Rajoelina", "ousted president"),
    ("Antonio Guterres", "ACCUSE", "Madagascar", True, GUT, "concern at unconstitutional change"),
    ("Antonio Guterres", "REQUEST", "Madagascar", True, GUT, "return to constitutional order"),
    (
        "Antonio Guterres",
        "ROLE",
        "United Nations",
        True,
        "UN Secretary-General Antonio Guterres",
        "Secretary-General",
    ),
    (
        "Stephane Dujarric",
        "ROLE",
        "United Nations",
        True,
        "his spokesperson Stephane Dujarric",
        "spokesperson",
    ),
    (
        "United Nations",
        "SUPPORT",
        "Madagascar",
        False,
        'Dujarric said the UN was "ready to support" an inclusive national dialogue.',
        "offer",
    ),
    (
        SADC,
        "CONSULT",
        "Madagascar",
        False,
        "says it will convene an extraordinary summit to discuss the situation",
        "planned summit",
    ),
    (
        "Madagascar",
        "MEMBER_OF",
        SADC,
        False,
        "The Southern African Development Community, which Madagascar currently chairs",
        "membership implied by chairing",
    ),
    (
        "Andry Rajoelina",
        "ROLE",
        SADC,
        True,
        "Madagascar took over the SADC chairmanship in August, with Rajoelina as chair.",
        "chair",
    ),
    (SADC, "ACCUSE", "Madagascar", False, SADCS, "grave concern"),
    (SADC, "REQUEST", "Madagascar", False, SADCS, "restraint; 'all stakeholders'"),
    (
        "Elias Magosi",
        "AID",
        "Madagascar",
        False,
        "SADC Executive Secretary Elias Magosi said the bloc stood ready to deploy its Panel of Elders to the island.",
        "offer of mediators",
    ),
    ("Elias Magosi", "ROLE", SADC, True, "SADC Executive Secretary Elias Magosi", "Executive Secretary"),
    ("African Union", "SANCTION", "Madagascar", True, SUSP2, "PSC suspension"),
    ("Mahmoud Ali Youssouf", "ACCUSE", "Madagascar", False, YOU, "general rejection of coups"),
    ("Mahmoud Ali Youssouf", "SUPPORT", "Madagascar", False, YOU, "solidarity with the people"),
    ("Mahmoud Ali Youssouf", "REQUEST", "Madagascar", True, YOU, "hand power to civilians"),
    (
        "Mahmoud Ali Youssouf",
        "ROLE",
        "African Union",
        True,
        "AU Commission Chairperson Mahmoud Ali Youssouf",
        "Chairperson of the AU Commission",
    ),
    ("African Union", "SANCTION", "Mali", True, PAST, "past suspension; agent from context"),
    ("African Union", "SANCTION", "Burkina Faso", True, PAST, "past suspension; agent from context"),
    ("African Union", "SANCTION", "Niger", True, PAST, "past suspension; agent from context"),
    ("African Union", "SANCTION", "Guinea", True, PAST, "past suspension; agent from context"),
    ("African Union", "SANCTION", "Gabon", True, PAST, "past suspension; agent from context"),
    (
        "Madagascar",
        "SUPPORT",
        "Michael Randrianirina",
        False,
        HCC,
        "court invitation to act as head of state",
    ),
    ("Michael Randrianirina", "ROLE", "Madagascar", False, HCC, "head of state (invited)"),
    ("Madagascar", "SANCTION", "Andry Rajoelina", False, HCC, "impeachment vote; type debatable"),
    (
        "Emmanuel Macron",
        "ROLE",
        "France",
        True,
        "French President Emmanuel Macron",
        "President",
    ),
    (
        "Emmanuel Macron",
        "REQUEST",
        "Madagascar",
        False,
        '"The constitutional order and institutional continuity must be preserved."',
        "no explicit addressee",
    ),
    ("France", "AID", "Andry Rajoelina", False, RFI, "reported evacuation, unconfirmed"),
    ("Andry Rajoelina", "AGREE", "Emmanuel Macron", False, RFI, "reported agreement"),
    ("Andry Rajoelina", "ACCUSE", "Madagascar", True, OFFICE, "target = the military"),
    ("Andry Rajoelina", "ACCUSE", "Michael Randrianirina", False, OFFICE, "leader of the takeover"),
    (
        "Andry Rajoelina",
        "COERCE",
        "Madagascar",
        False,
        "He had earlier issued a decree dissolving the National Assembly",
        "dissolution decree; domestic",
    ),
    (
        "Madagascar",
        "REJECT",
        "Andry Rajoelina",
        False,
        "a move lawmakers ignored",
        "lawmakers ignored the decree",
    ),
    (
        "Gen Z Madagascar",
        "PROTEST",
        "Madagascar",
        True,
        'Protests led by young people calling themselves "Gen Z Madagascar" erupted on September 25 over chronic '
        "water and power cuts",
        "protests from September 25",
    ),
    (
        "Gen Z Madagascar",
        "REQUEST",
        "Andry Rajoelina",
        True,
        "quickly turned into a movement demanding Rajoelina's resignation",
        "resignation demand",
    ),
    (
        "United Nations",
        "ACCUSE",
        "Madagascar",
        False,
        "The UN human rights office said at least 22 people were killed in the first days of the protests.",
        "at least 22 killed; perpetrator not stated",
    ),
    (
        "Madagascar",
        "REJECT",
        "United Nations",
        False,
        "Rajoelina's government disputed the figure.",
        "dispute",
    ),
    (
        "Ruphin Zafisambo",
        "ROLE",
        "Madagascar",
        True,
        "named General Ruphin Zafisambo as prime minister",
        "prime minister",
    ),
    (
        "Andry Rajoelina",
        "CONCEDE",
        "Gen Z Madagascar",
        False,
        "Rajoelina sacked his government and named General Ruphin Zafisambo as prime minister, but the concessions "
        "failed to calm the streets.",
        "concessions to protesters",
    ),
    ("CAPSAT", "REJECT", "Andry Rajoelina", False, CAPS, "refused orders; issuer not named"),
    ("CAPSAT", "SUPPORT", "Gen Z Madagascar", False, CAPS, "joined protesters"),
    (
        "CAPSAT",
        "SUPPORT",
        "Andry Rajoelina",
        False,
        "CAPSAT played a decisive role in the 2009 coup that first brought Rajoelina to power.",
        "2009 background",
    ),
]
