"""Gold tables for dominican_haiti_canal.txt."""

DO, HT, US = "Q786", "Q790", "Q30"
E = [
    (
        "Dominican Republic",
        "Country",
        DO,
        [
            "Dominican",
            "Santo Domingo",
            "the Dominican government",
            "the Army",
            "the Specialized Land Border Security Corps",
            "Cesfront",
        ],
        DO,
    ),
    (
        "Haiti",
        "Country",
        HT,
        [
            "Haitian",
            "Port-au-Prince",
            "the government of Prime Minister Ariel Henry",
            "Haiti's Ministry of Foreign Affairs",
            "Haitian officials",
        ],
        HT,
    ),
    ("Luis Abinader", "Person", None, ["Abinader", "President Luis Abinader"], DO),
    (
        "Carlos Luciano Díaz Morfa",
        "Person",
        None,
        ["Defense Minister Carlos Luciano Díaz Morfa"],
        DO,
    ),
    ("Ariel Henry", "Person", None, ["Henry", "Prime Minister Ariel Henry"], HT),
    ("Jean Victor Généus", "Person", None, ["Haitian Foreign Minister Jean Victor Généus"], HT),
    ("Roberto Álvarez", "Person", None, ["Dominican Foreign Minister Roberto Álvarez"], DO),
    ("Organization of American States", "IGO", "Q123759", ["the Organization of American States"], None),
    ("CARICOM", "IGO", None, ["the Caribbean Community"], None),
    (
        "United States",
        "Country",
        US,
        ["the United States", "Washington", "The United States embassy in Santo Domingo"],
        US,
    ),
    (
        "United Nations General Assembly",
        "Event",
        None,
        ["the United Nations General Assembly"],
        None,
    ),
    ("Leonel Fernández", "Person", None, ["Dominican opposition leader Leonel Fernández"], None),
    ("Kenya", "Country", "Q114", [], "Q114"),
    ("Massacre River", "Location", None, ["the Massacre River", "the Dajabón River"], None),
    ("Dajabón", "Location", None, [], None),
    ("Ouanaminthe", "Location", None, [], None),
]

CLOSE = "The Dominican Republic on Friday closed all its land, sea and air borders with Haiti"
VISA = "the government suspended the issuance of visas to Haitian nationals and shut the busy crossing at Dajabón"
TREATY = (
    "in breach of the 1929 Treaty of Peace, Perpetual Friendship and Arbitration, which requires both states to "
    "refrain from works that alter the course of shared rivers"
)
TROOPS = (
    "Defense Minister Carlos Luciano Díaz Morfa said that additional troops, armoured vehicles and drones had "
    "been sent to the frontier"
)
US_CALL = (
    'encouraged both governments to resolve the dispute "through dialogue and in accordance with international '
    'agreements."'
)
RAISE = (
    "Haitian Foreign Minister Jean Victor Généus said his government would raise the matter with the "
    "Organization of American States and the Caribbean Community (CARICOM)"
)
PROMISE = "Haitian officials had promised in May to halt the works, a commitment he said was not honoured"
V = [
    ("Dominican Republic", "SANCTION", "Haiti", True, CLOSE, "total border closure"),
    ("Dominican Republic", "COERCE", "Haiti", False, CLOSE, "closure read as a restriction"),
    (
        "Luis Abinader",
        "ACCUSE",
        "Haiti",
        False,
        (
            "after President Luis Abinader warned that the construction of a canal on the Haitian side of the "
            "Massacre River threatens water supplies"
        ),
        "warning",
    ),
    ("Dominican Republic", "SANCTION", "Haiti", True, VISA, "visa suspension, crossing shut"),
    (
        "Luis Abinader",
        "ACCUSE",
        "Haiti",
        True,
        "a work that violates the treaties between our two nations",
        "treaty violation",
    ),
    ("Dominican Republic", "ACCUSE", "Haiti", True, TREATY, "1929 treaty breach"),
    ("Dominican Republic", "AGREE", "Haiti", False, TREATY, "1929 treaty, background"),
    ("Carlos Luciano Díaz Morfa", "MOBILIZE", "Haiti", True, TROOPS, "troops, armoured vehicles, drones"),
    (
        "Dominican Republic",
        "MOBILIZE",
        "Haiti",
        False,
        "the Army and the Specialized Land Border Security Corps (Cesfront) were patrolling the crossings",
        "patrols",
    ),
    (
        "Haiti",
        "REJECT",
        "Dominican Republic",
        False,
        "the government of Prime Minister Ariel Henry rejected the Dominican arguments",
        "rejection of arguments",
    ),
    (
        "Haiti",
        "ACCUSE",
        "Dominican Republic",
        True,
        'accused Santo Domingo of taking "unilateral measures"',
        "",
    ),
    (
        "Haiti",
        "ACCUSE",
        "Dominican Republic",
        True,
        'The ministry said the closure of the border was "disproportionate"',
        "",
    ),
    (
        "Haiti",
        "REQUEST",
        "Dominican Republic",
        True,
        "It urged the Dominican government to return to the bilateral technical commission",
        "",
    ),
    ("Jean Victor Généus", "CONSULT", "Organization of American States", False, RAISE, "planned"),
    ("Jean Victor Généus", "CONSULT", "CARICOM", False, RAISE, "planned"),
    (
        "Haiti",
        "MEMBER_OF",
        "CARICOM",
        True,
        "the Caribbean Community (CARICOM), of which Haiti is a member",
        "",
    ),
    (
        "Dominican Republic",
        "CONSULT",
        "Haiti",
        True,
        "Technical talks between the two governments were held in Santo Domingo and Ouanaminthe in recent months",
        "technical talks",
    ),
    ("Roberto Álvarez", "ACCUSE", "Haiti", True, PROMISE, "broken promise"),
    ("Haiti", "CONCEDE", "Dominican Republic", False, PROMISE, "reported promise to halt"),
    ("United States", "REQUEST", "Dominican Republic", True, US_CALL, "dialogue"),
    ("United States", "REQUEST", "Haiti", True, US_CALL, "dialogue"),
    (
        "Haiti",
        "COOPERATE",
        "Dominican Republic",
        False,
        "Haiti is the Dominican Republic's second-largest export market after the United States",
        "trade",
    ),
    (
        "Leonel Fernández",
        "SUPPORT",
        "Dominican Republic",
        False,
        "Dominican opposition leader Leonel Fernández backed the closure",
        "domestic",
    ),
    (
        "Leonel Fernández",
        "ACCUSE",
        "Dominican Republic",
        False,
        "criticized the government for having allowed the situation to reach this point",
        "domestic",
    ),
    (
        "Dominican Republic",
        "COERCE",
        "Haiti",
        True,
        "The Dominican Republic has deported tens of thousands of Haitian migrants this year",
        "deportations",
    ),
    ("Kenya", "AID", "Haiti", False, "a proposal that Kenya has offered to lead", "offer to lead a force"),
    ("Luis Abinader", "REQUEST", "Haiti", True, "It is with a project that must stop", "stop the canal"),
    ("Luis Abinader", "ROLE", "Dominican Republic", True, "President Luis Abinader", "President"),
    (
        "Carlos Luciano Díaz Morfa",
        "ROLE",
        "Dominican Republic",
        True,
        "Defense Minister Carlos Luciano Díaz Morfa",
        "Defense Minister",
    ),
    ("Ariel Henry", "ROLE", "Haiti", True, "Prime Minister Ariel Henry", "Prime Minister"),
    (
        "Jean Victor Généus",
        "ROLE",
        "Haiti",
        True,
        "Haitian Foreign Minister Jean Victor Généus",
        "Foreign Minister",
    ),
    (
        "Roberto Álvarez",
        "ROLE",
        "Dominican Republic",
        True,
        "Dominican Foreign Minister Roberto Álvarez",
        "Foreign Minister",
    ),
    (
        "Leonel Fernández",
        "ROLE",
        "Dominican Republic",
        False,
        "Dominican opposition leader Leonel Fernández",
        "opposition leader",
    ),
]
