"""Gold tables for kuwait_iraq_khor_abdullah.txt."""

KW, IQ, GCC, AL = "Q817", "Q796", "Gulf Cooperation Council", "Q7172"
E = [
    (
        "Kuwait",
        "Country",
        KW,
        [
            "the State of Kuwait",
            "the Ministry of Foreign Affairs",
            "The Council of Ministers",
            "Kuwait's National Assembly",
            "the Assembly",
            "the Kuwait Fund for Arab Economic Development",
        ],
        KW,
    ),
    (
        "Iraq",
        "Country",
        IQ,
        [
            "brotherly Iraq",
            "the Republic of Iraq",
            "Baghdad",
            "Iraqi",
            "the Iraqi parliament",
            "the Council of Representatives",
            "the Iraqi government",
            "the government of brotherly Iraq",
            "the Iraqi Ambassador to the State of Kuwait",
            "The Iraqi Ambassador",
        ],
        IQ,
    ),
    ("Federal Supreme Court", "Organization", None, ["Iraq's Federal Supreme Court"], IQ),
    (
        "Salem Abdullah Al-Jaber Al-Sabah",
        "Person",
        None,
        ["Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah", "Sheikh Salem", "The Foreign Minister"],
        KW,
    ),
    (
        "Ahmad Nawaf Al-Ahmad Al-Sabah",
        "Person",
        None,
        [
            "His Highness the Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah",
            "His Highness the Prime Minister",
        ],
        KW,
    ),
    (
        "Mohammed Shia Al-Sudani",
        "Person",
        None,
        ["Iraqi Prime Minister Mohammed Shia Al-Sudani", "Al-Sudani"],
        IQ,
    ),
    (
        "Fuad Hussein",
        "Person",
        None,
        ["Iraqi Deputy Prime Minister and Minister of Foreign Affairs Fuad Hussein"],
        IQ,
    ),
    ("Ahmad Al-Saadoun", "Person", None, ["Speaker of the National Assembly Ahmad Al-Saadoun"], KW),
    ("Gulf Cooperation Council", "IGO", None, ["GCC"], None),
    (
        "Jasem Mohammed Al-Budaiwi",
        "Person",
        None,
        ["Al-Budaiwi", "Gulf Cooperation Council (GCC) Secretary-General Jasem Mohammed Al-Budaiwi"],
        GCC,
    ),
    ("Saudi Arabia", "Country", "Q851", ["The Saudi Ministry of Foreign Affairs", "the Kingdom"], "Q851"),
    ("Qatar", "Country", "Q846", [], "Q846"),
    ("Bahrain", "Country", "Q398", [], "Q398"),
    ("Arab League", "IGO", AL, [], AL),
    (
        "Ahmed Aboul Gheit",
        "Person",
        None,
        ["Arab League Secretary-General Ahmed Aboul Gheit"],
        AL,
    ),
    ("United Nations", "IGO", "Q1065", ["the United Nations", "UN"], "Q1065"),
    (
        "United Nations Security Council",
        "IGO",
        "Q37470",
        ["UN Security Council", "Security Council"],
        "Q37470",
    ),
    ("Khor Abdullah", "Location", None, [], None),
    ("Kuwait International Conference for the Reconstruction of Iraq", "Event", None, [], None),
    ("KUNA", "Organization", None, [], None),
]

NOTE = (
    "Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah on Tuesday handed the Iraqi Ambassador to the "
    "State of Kuwait a protest note"
)
FALL = 'the State of Kuwait expressed its categorical rejection of the "historical fallacies" contained in the reasoning of the ruling'
RULING = "Iraq's Federal Supreme Court ruled on September 4 that the law ratifying the agreement was unconstitutional"
SIGNED = "The agreement, signed by the State of Kuwait and the Republic of Iraq in Baghdad in 2012"
SUDANI = (
    "Al-Sudani affirmed Iraq's commitment to the agreements concluded between the two countries and its respect "
    "for the sovereignty of the State of Kuwait"
)
SAADOUN = 'Speaker of the National Assembly Ahmad Al-Saadoun said the ruling constituted "a dangerous violation" of an international agreement'
BUD_REQ = (
    "called on Iraq to respect Kuwait's sovereignty and territorial integrity and to abide by the relevant "
    "Security Council resolutions"
)
SAUDI = "The Saudi Ministry of Foreign Affairs voiced the Kingdom's support for Kuwait in all measures it takes to preserve its rights"
GHEIT = (
    'Arab League Secretary-General Ahmed Aboul Gheit expressed hope that the matter would be resolved "within '
    'the framework of good-neighbourly relations" between the two Arab countries'
)
PLEDGE = "where it pledged two billion US dollars in loans and investments"
JOINT = (
    "the two countries were working to complete the demarcation of the maritime border beyond marker 162 "
    "through a joint technical committee"
)
V = [
    (
        "Salem Abdullah Al-Jaber Al-Sabah",
        "ACCUSE",
        "Iraq",
        True,
        NOTE,
        "protest note to the Iraqi ambassador",
    ),
    (
        "Salem Abdullah Al-Jaber Al-Sabah",
        "PROTEST",
        "Iraq",
        False,
        NOTE,
        "protest note (PLOVER PROTEST is demos)",
    ),
    ("Salem Abdullah Al-Jaber Al-Sabah", "CONSULT", "Iraq", False, NOTE, "meeting with the envoy"),
    ("Kuwait", "REJECT", "Federal Supreme Court", False, FALL, "rejection of the court's reasoning"),
    ("Kuwait", "ACCUSE", "Federal Supreme Court", False, FALL, "alternative reading"),
    (
        "Salem Abdullah Al-Jaber Al-Sabah",
        "REQUEST",
        "Iraq",
        True,
        'The Foreign Minister called on the government of brotherly Iraq to take "concrete, urgent and serious steps"',
        "",
    ),
    (
        "Federal Supreme Court",
        "REJECT",
        "Kuwait",
        False,
        RULING,
        "ruling voids ratification; not directed at Kuwait",
    ),
    ("Kuwait", "AGREE", "Iraq", True, SIGNED, "2012 Khor Abdullah navigation agreement"),
    (
        "Iraq",
        "ASSAULT",
        "Kuwait",
        False,
        "the liberation of Kuwait from the Iraqi invasion of 1990",
        "1990 invasion, noun-phrase background",
    ),
    (
        "Kuwait",
        "ACCUSE",
        "Iraq",
        False,
        'expressed its "deep regret" over the ruling',
        "cabinet regret; target implicit",
    ),
    (
        "Kuwait",
        "THREATEN",
        "Iraq",
        False,
        'Kuwait would take "all measures necessary" to preserve its rights under international law',
        "vague",
    ),
    (
        "Ahmad Nawaf Al-Ahmad Al-Sabah",
        "CONSULT",
        "Mohammed Shia Al-Sudani",
        True,
        "a telephone call he received on Monday from Iraqi Prime Minister Mohammed Shia Al-Sudani",
        "phone call",
    ),
    ("Mohammed Shia Al-Sudani", "AGREE", "Kuwait", False, SUDANI, "affirmed commitment; type debatable"),
    ("Mohammed Shia Al-Sudani", "SUPPORT", "Kuwait", False, SUDANI, "alternative reading"),
    (
        "Salem Abdullah Al-Jaber Al-Sabah",
        "CONSULT",
        "Fuad Hussein",
        True,
        "Sheikh Salem also received a telephone call from Iraqi Deputy Prime Minister and Minister of Foreign Affairs Fuad Hussein",
        "phone call",
    ),
    ("Ahmad Al-Saadoun", "ACCUSE", "Iraq", False, SAADOUN, "target is the ruling"),
    ("Ahmad Al-Saadoun", "REQUEST", "Iraq", True, "urged Baghdad to respect its commitments", ""),
    (
        "Jasem Mohammed Al-Budaiwi",
        "SUPPORT",
        "Kuwait",
        True,
        "affirmed the Council's full solidarity with the State of Kuwait",
        "solidarity",
    ),
    ("Jasem Mohammed Al-Budaiwi", "REQUEST", "Iraq", True, BUD_REQ, ""),
    (
        "Kuwait",
        "MEMBER_OF",
        "Gulf Cooperation Council",
        True,
        "the State of Kuwait, a founding member of the GCC",
        "founding member",
    ),
    (
        "Gulf Cooperation Council",
        "REJECT",
        "Federal Supreme Court",
        False,
        'Al-Budaiwi said the GCC rejected the ruling and its "historically inaccurate" contents',
        "rejection of a ruling",
    ),
    (
        "Gulf Cooperation Council",
        "ACCUSE",
        "Iraq",
        False,
        'Al-Budaiwi said the GCC rejected the ruling and its "historically inaccurate" contents',
        "alternative target",
    ),
    ("Saudi Arabia", "SUPPORT", "Kuwait", True, SAUDI, ""),
    ("Saudi Arabia", "REQUEST", "Iraq", True, "called on Iraq to honour the agreement", ""),
    (
        "Qatar",
        "SUPPORT",
        "Kuwait",
        True,
        "Qatar and Bahrain issued similar statements of solidarity.",
        "solidarity with Kuwait",
    ),
    (
        "Bahrain",
        "SUPPORT",
        "Kuwait",
        True,
        "Qatar and Bahrain issued similar statements of solidarity.",
        "solidarity with Kuwait",
    ),
    ("Ahmed Aboul Gheit", "REQUEST", "Iraq", False, GHEIT, "expressed hope"),
    ("Ahmed Aboul Gheit", "REQUEST", "Kuwait", False, GHEIT, "expressed hope"),
    (
        "Kuwait",
        "AID",
        "Iraq",
        True,
        "Kuwait has been among the main supporters of Iraq's reconstruction.",
        "reconstruction support",
    ),
    ("Kuwait", "AID", "Iraq", True, PLEDGE, "USD 2bn pledge, 2018"),
    (
        "Kuwait",
        "AID",
        "Iraq",
        True,
        "the Kuwait Fund for Arab Economic Development has financed dozens of projects across Iraq",
        "development finance",
    ),
    ("Kuwait", "COOPERATE", "Iraq", False, JOINT, "joint demarcation work, attributed to observers"),
    ("Kuwait", "CONSULT", "Iraq", False, "The committee met in Baghdad in July.", "joint committee meeting"),
    (
        "Kuwait",
        "MEMBER_OF",
        "Arab League",
        False,
        "between the two Arab countries",
        "implied",
    ),
    ("Iraq", "MEMBER_OF", "Arab League", False, "between the two Arab countries", "implied"),
    (
        "Salem Abdullah Al-Jaber Al-Sabah",
        "ROLE",
        "Kuwait",
        True,
        "Foreign Minister Sheikh Salem Abdullah Al-Jaber Al-Sabah",
        "Foreign Minister",
    ),
    (
        "Ahmad Nawaf Al-Ahmad Al-Sabah",
        "ROLE",
        "Kuwait",
        True,
        "His Highness the Prime Minister Sheikh Ahmad Nawaf Al-Ahmad Al-Sabah",
        "Prime Minister",
    ),
    (
        "Mohammed Shia Al-Sudani",
        "ROLE",
        "Iraq",
        True,
        "Iraqi Prime Minister Mohammed Shia Al-Sudani",
        "Prime Minister",
    ),
    (
        "Fuad Hussein",
        "ROLE",
        "Iraq",
        True,
        "Iraqi Deputy Prime Minister and Minister of Foreign Affairs Fuad Hussein",
        "Deputy Prime Minister and Minister of Foreign Affairs",
    ),
    (
        "Ahmad Al-Saadoun",
        "ROLE",
        "Kuwait",
        True,
        "Speaker of the National Assembly Ahmad Al-Saadoun",
        "Speaker of the National Assembly",
    ),
    (
        "Jasem Mohammed Al-Budaiwi",
        "ROLE",
        "Gulf Cooperation Council",
        True,
        "Gulf Cooperation Council (GCC) Secretary-General Jasem Mohammed Al-Budaiwi",
        "Secretary-General",
    ),
    (
        "Ahmed Aboul Gheit",
        "ROLE",
        "Arab League",
        True,
        "Arab League Secretary-General Ahmed Aboul Gheit",
        "Secretary-General",
    ),
]
