"""Gold tables for paraguay_brazil_itaipu_espionage.txt."""

PY, BR = "Q733", "Q155"
E = [
    (
        "Paraguay",
        "Country",
        PY,
        [
            "Paraguayan",
            "the Foreign Ministry",
            "the Ministry of Information and Communication Technologies",
            "the executive",
        ],
        PY,
    ),
    (
        "Brazil",
        "Country",
        BR,
        [
            "Brazilian",
            "Brasilia",
            "Brazil's Foreign Ministry",
            "Itamaraty",
            "the Brazilian Intelligence Agency",
            "Abin",
            "The Brazilian government",
            "President Luiz Inácio Lula da Silva's government",
        ],
        BR,
    ),
    (
        "Rubén Ramírez Lezcano",
        "Person",
        None,
        ["Ramírez Lezcano", "Foreign Minister Rubén Ramírez Lezcano"],
        PY,
    ),
    (
        "José Antonio Marcondes de Carvalho",
        "Person",
        None,
        ["Brazil's ambassador in Asunción, José Antonio Marcondes de Carvalho", "the Brazilian ambassador"],
        BR,
    ),
    (
        "Juan Ángel Delgadillo",
        "Person",
        None,
        ["Paraguay's ambassador in Brasilia, Juan Ángel Delgadillo", "the Paraguayan envoy"],
        PY,
    ),
    ("Santiago Peña", "Person", None, ["Peña", "President Santiago Peña", "The Paraguayan leader"], PY),
    ("Luiz Inácio Lula da Silva", "Person", None, ["Lula", "President Luiz Inácio Lula da Silva"], BR),
    ("Jair Bolsonaro", "Person", None, ["Bolsonaro", "former president Jair Bolsonaro"], None),
    ("Mario Abdo Benítez", "Person", None, ["former president Mario Abdo Benítez"], None),
    (
        "Luiz Fernando Corrêa",
        "Person",
        None,
        ["the current director of Abin, Luiz Fernando Corrêa"],
        BR,
    ),
    ("Itaipu Binational", "Organization", None, ["the Itaipu Binational entity"], None),
    ("Itaipu", "Location", None, [], None),
    ("UOL", "Organization", None, ["the Brazilian news portal UOL"], None),
    ("Colorado Party", "Organization", None, ["the ruling Colorado Party"], None),
    (
        "Organization of American States",
        "IGO",
        "Q123759",
        ["the Organization of American States", "OAS"],
        None,
    ),
    ("Marcos Pérez Talia", "Person", None, [], None),
    ("Asunción", "Location", None, [], None),
]

SUSP = "Paraguay has suspended negotiations with Brazil on the revision of Annex C of the Itaipu Treaty"
UNTIL = '"until Brazil provides satisfactory explanations"'
SUMMON = (
    "the Foreign Ministry had summoned Brazil's ambassador in Asunción, José Antonio Marcondes de Carvalho"
)
RECALL = "Paraguay's ambassador in Brasilia, Juan Ángel Delgadillo, had been recalled for consultations"
SPY = "Paraguay cannot sit at a negotiating table while there are serious indications that our counterpart spied on us"
UOL = (
    "the Brazilian Intelligence Agency (Abin) had run a cyber operation to break into systems used by "
    "Paraguayan authorities"
)
NOTE = (
    'adding that Brazil "values its relationship with Paraguay and remains willing to provide all the '
    'clarifications required"'
)
TARIFF = (
    "In May 2024, Peña and Lula agreed on a tariff of US$19.28 per kilowatt-month for the 2024-2026 period"
)
V = [
    ("Paraguay", "SANCTION", "Brazil", True, SUSP, "talks on Annex C suspended"),
    ("Paraguay", "REJECT", "Brazil", False, SUSP, "alternative: refusal to negotiate"),
    ("Paraguay", "REQUEST", "Brazil", True, UNTIL, "demand for explanations"),
    (
        "Brazil",
        "COERCE",
        "Paraguay",
        True,
        UOL,
        "cyber operation; reported by UOL, confirmed by Itamaraty as a 2022-23 operation",
    ),
    (
        "Brazil",
        "COERCE",
        "Paraguay",
        False,
        "reports that Brazilian intelligence hacked the computers of Paraguayan officials",
        "reports",
    ),
    (
        "Rubén Ramírez Lezcano",
        "SANCTION",
        "Brazil",
        False,
        "Foreign Minister Rubén Ramírez Lezcano announced the decision on Monday evening",
        "announcer",
    ),
    ("Paraguay", "ACCUSE", "José Antonio Marcondes de Carvalho", True, SUMMON, "summoning"),
    ("Paraguay", "ACCUSE", "Brazil", False, SUMMON, "summoning, state level"),
    ("Paraguay", "CONSULT", "José Antonio Marcondes de Carvalho", False, SUMMON, "summoning as meeting"),
    (
        "Paraguay",
        "REQUEST",
        "Brazil",
        True,
        'to request "a formal and detailed account" of what had happened',
        "",
    ),
    ("Paraguay", "SANCTION", "Brazil", True, RECALL, "ambassador recalled"),
    ("Rubén Ramírez Lezcano", "ACCUSE", "Brazil", True, SPY, "spying"),
    ("Rubén Ramírez Lezcano", "REJECT", "Brazil", False, SPY, "refusal to negotiate"),
    (
        "Luiz Fernando Corrêa",
        "RETREAT",
        "Paraguay",
        False,
        "was halted in March 2023 by the current director of Abin, Luiz Fernando Corrêa",
        "operation halted",
    ),
    (
        "Brazil",
        "REJECT",
        "Paraguay",
        False,
        "The Brazilian government categorically denies any involvement of the current government in the "
        "alleged action",
        "denial",
    ),
    ("Brazil", "SUPPORT", "Paraguay", True, NOTE, "values relationship"),
    ("Brazil", "AGREE", "Paraguay", False, NOTE, "willing to clarify"),
    (
        "Santiago Peña",
        "COOPERATE",
        "Luiz Inácio Lula da Silva",
        False,
        "who has built a close working relationship with Lula since taking office in 2023",
        "working relationship",
    ),
    (
        "Santiago Peña",
        "ACCUSE",
        "Brazil",
        False,
        'would not accept being treated "as a junior partner"',
        "implicit target",
    ),
    (
        "Santiago Peña",
        "REQUEST",
        "Brazil",
        True,
        "We demand respect. Paraguay has always negotiated in good faith, and we expect the same from our "
        "neighbours",
        "target 'our neighbours' = Brazil",
    ),
    (
        "Colorado Party",
        "REQUEST",
        "Paraguay",
        False,
        "Senators from both the ruling Colorado Party and the opposition called on the executive to take the "
        "case to the Organization of American States (OAS)",
        "domestic",
    ),
    (
        "Paraguay",
        "CONSULT",
        "Organization of American States",
        False,
        "take the case to the Organization of American States (OAS) if Brasilia's explanations proved "
        "insufficient",
        "hypothetical",
    ),
    (
        "Paraguay",
        "AGREE",
        "Brazil",
        False,
        "The 1973 treaty that created Itaipu established that the financial terms in Annex C would be reviewed "
        "after fifty years",
        "treaty; parties not named in the sentence",
    ),
    ("Santiago Peña", "AGREE", "Luiz Inácio Lula da Silva", True, TARIFF, "US$19.28/kW-month"),
    (
        "Santiago Peña",
        "AGREE",
        "Luiz Inácio Lula da Silva",
        True,
        "pledged to conclude the revision of Annex C by the end of that year",
        "pledge, later missed",
    ),
    (
        "Paraguay",
        "COOPERATE",
        "Brazil",
        True,
        "sells the surplus to Brazil",
        "electricity sales",
    ),
    (
        "Paraguay",
        "CONSULT",
        "Brazil",
        False,
        "talks will resume once Brasilia offers something concrete",
        "analyst's prediction",
    ),
    (
        "Rubén Ramírez Lezcano",
        "ROLE",
        "Paraguay",
        True,
        "Foreign Minister Rubén Ramírez Lezcano",
        "Foreign Minister",
    ),
    (
        "José Antonio Marcondes de Carvalho",
        "ROLE",
        "Brazil",
        True,
        "Brazil's ambassador in Asunción, José Antonio Marcondes de Carvalho",
        "ambassador to Paraguay",
    ),
    (
        "Juan Ángel Delgadillo",
        "ROLE",
        "Paraguay",
        True,
        "Paraguay's ambassador in Brasilia, Juan Ángel Delgadillo",
        "ambassador to Brazil",
    ),
    ("Santiago Peña", "ROLE", "Paraguay", True, "President Santiago Peña", "President"),
    (
        "Luiz Inácio Lula da Silva",
        "ROLE",
        "Brazil",
        True,
        "President Luiz Inácio Lula da Silva's government",
        "President",
    ),
    (
        "Luiz Fernando Corrêa",
        "ROLE",
        "Brazil",
        True,
        "the current director of Abin, Luiz Fernando Corrêa",
        "director of Abin",
    ),
    (
        "Jair Bolsonaro",
        "ROLE",
        "Brazil",
        False,
        "under the government of former president Jair Bolsonaro",
        "former president",
    ),
    (
        "Mario Abdo Benítez",
        "ROLE",
        "Paraguay",
        False,
        "former president Mario Abdo Benítez, Peña's predecessor",
        "former president",
    ),
]
