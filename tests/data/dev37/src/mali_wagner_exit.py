"""Gold tables for mali_wagner_exit.txt."""

ML, RU = "Q912", "Q159"
E = [
    ("Wagner Group", "Organization", None, ["Wagner", "PMC Wagner", "Russian mercenary group Wagner"], None),
    ("Africa Corps", "Organization", None, ["the Africa Corps"], RU),
    (
        "Russia",
        "Country",
        RU,
        ["Moscow", "the Kremlin", "Russian", "the Russian Defence Ministry", "The Defence Ministry"],
        RU,
    ),
    (
        "Mali",
        "Country",
        ML,
        [
            "Bamako",
            "Malian",
            "Mali's army",
            "Mali's ruling junta",
            "the Malian authorities",
            "Malian troops",
            "Malian forces",
            "Mali's junta",
            "Mali's government",
        ],
        ML,
    ),
    ("JNIM", "Organization", None, ["Al Qaeda affiliate JNIM"], None),
    ("Al Qaeda", "Organization", "Q34490", [], None),
    ("Burkina Faso", "Country", "Q965", [], "Q965"),
    ("Niger", "Country", "Q1032", [], "Q1032"),
    ("Algeria", "Country", "Q262", ["Algerian"], "Q262"),
    ("Assimi Goita", "Person", None, ["General Assimi Goita"], ML),
    ("France", "Country", "Q142", [], "Q142"),
    ("United Nations", "IGO", "Q1065", ["U.N."], None),
    ("MINUSMA", "Organization", None, ["the United Nations peacekeeping mission MINUSMA"], None),
    ("United States", "Country", "Q30", ["The United States"], "Q30"),
    ("Ivan Maslov", "Person", None, [], None),
    ("Yevgeny Prigozhin", "Person", None, [], None),
    ("Alliance of Sahel States", "IGO", None, ["AES"], None),
    ("ECOWAS", "IGO", None, ["the regional bloc ECOWAS"], None),
    ("Central African Republic", "Country", "Q929", ["the Central African Republic"], "Q929"),
    ("Faustin-Archange Touadera", "Person", None, ["President Faustin-Archange Touadera"], "Q929"),
    ("Ulf Laessing", "Person", None, [], None),
    ("Konrad Adenauer Foundation", "Organization", None, [], None),
    ("Benin", "Country", "Q962", [], "Q962"),
    ("Togo", "Country", "Q945", [], "Q945"),
    ("Reuters", "Organization", "Q130879", [], None),
    ("Fadimata Kontao", "Person", None, [], None),
    ("Portia Crowe", "Person", None, [], None),
    ("Alison Williams", "Person", None, [], None),
]

LEAVE = "Russian mercenary group Wagner said on Friday it was leaving Mali"
ALONG = "after three and a half years fighting Islamist insurgents alongside the West African country's army"
CONT = "Russia's military presence will continue under the Africa Corps"
TIN = (
    "Wagner suffered its own heaviest known losses in July 2024, when Tuareg-led separatists and JNIM fighters "
    "ambushed a convoy near Tinzaouaten"
)
INV = "Mali's junta, led by General Assimi Goita, invited Wagner in late 2021 after falling out with France"
FRW = "which withdrew its last troops from the country in 2022"
MIN = "Bamako later demanded the departure of the United Nations peacekeeping mission MINUSMA"
UNACC = (
    'Rights groups and U.N. investigators have accused Malian troops and "foreign military personnel" widely '
    "identified as Wagner of killing hundreds of civilians"
)
REJ = "Mali and Russia have rejected the allegations."
USS = "The United States sanctioned Wagner's then-head in Mali, Ivan Maslov, in 2023"
USACC = "accusing the group of helping the junta secure arms and of exploiting the country's gold"
AC = "Africa Corps units have deployed to Burkina Faso and Niger"
AES = "whose juntas joined Mali in the Alliance of Sahel States (AES)"
QUIT = "formally quit the regional bloc ECOWAS in January"
CAR = "Wagner fighters remain in the Central African Republic, where they guard President Faustin-Archange Touadera"
COAST = "has expanded its attacks towards coastal states such as Benin and Togo"
V = [
    ("Wagner Group", "RETREAT", "Mali", True, LEAVE, "withdrawal announced"),
    ("Wagner Group", "COOPERATE", "Mali", True, ALONG, "fighting alongside the army"),
    ("Russia", "COOPERATE", "Mali", True, CONT, "military presence continues"),
    ("Africa Corps", "COOPERATE", "Mali", False, CONT, ""),
    (
        "Wagner Group",
        "AID",
        "Mali",
        False,
        "claiming it had helped Mali's ruling junta retake control of all regional capitals",
        "Wagner's claim",
    ),
    (
        "Africa Corps",
        "COOPERATE",
        "Mali",
        True,
        "adding that the Africa Corps would continue to support the Malian authorities",
        "continued support",
    ),
    (
        "Africa Corps",
        "AGREE",
        "Mali",
        False,
        "adding that the Africa Corps would continue to support the Malian authorities",
        "statement of intent",
    ),
    (
        "Russia",
        "COOPERATE",
        "Mali",
        False,
        '"Russia remains in Mali at a new level," it said',
        "Africa Corps channel",
    ),
    (
        "Wagner Group",
        "RETREAT",
        "Mali",
        False,
        "most of Wagner's roughly 2,000 fighters would be absorbed into the Africa Corps or rotated out",
        "sources; about 2,000 fighters",
    ),
    (
        "Mali",
        "ALLY",
        "Russia",
        False,
        "The partner is still Russia. It is state to state now",
        "anonymous official",
    ),
    (
        "JNIM",
        "ASSAULT",
        "Mali",
        True,
        "Al Qaeda affiliate JNIM said it killed more than 30 soldiers when it overran a military camp in Boulkessi",
        "more than 30 soldiers killed, Boulkessi, June 1",
    ),
    (
        "JNIM",
        "ASSAULT",
        "Mali",
        True,
        "its fighters attacked an army base and the airport in Timbuktu the following day",
        "Timbuktu, June 2",
    ),
    (
        "Mali",
        "ASSAULT",
        "JNIM",
        True,
        "Mali's army said it had repelled the Timbuktu assault and killed 14 attackers",
        "14 attackers killed",
    ),
    ("JNIM", "MEMBER_OF", "Al Qaeda", False, "Al Qaeda affiliate JNIM", "affiliate"),
    ("JNIM", "ASSAULT", "Wagner Group", True, TIN, "Tinzaouaten ambush, dozens killed"),
    (
        "JNIM",
        "ASSAULT",
        "Mali",
        False,
        "Dozens of Wagner contractors and Malian soldiers were killed.",
        "attacker named only in previous sentence",
    ),
    ("Mali", "COOPERATE", "Wagner Group", True, INV, "invited Wagner"),
    ("Mali", "REQUEST", "Wagner Group", False, INV, "invitation"),
    ("Mali", "ACCUSE", "France", False, INV, "'falling out', vague"),
    ("France", "RETREAT", "Mali", True, FRW, "troops withdrawn 2022"),
    (
        "France",
        "COOPERATE",
        "Mali",
        False,
        "after nearly a decade of counterinsurgency operations",
        "background noun phrase",
    ),
    ("Mali", "REQUEST", "MINUSMA", True, MIN, "demanded departure"),
    ("Mali", "SANCTION", "MINUSMA", False, MIN, "expulsion of peacekeepers"),
    ("Mali", "REQUEST", "United Nations", False, MIN, "UN as parent body"),
    ("MINUSMA", "RETREAT", "Mali", True, "which ended its operations in December 2023", "mission ended"),
    ("United Nations", "ACCUSE", "Mali", True, UNACC, "Moura, hundreds of civilians"),
    ("United Nations", "ACCUSE", "Wagner Group", False, UNACC, "'widely identified as Wagner'"),
    ("Mali", "REJECT", "United Nations", False, REJ, "denial"),
    ("Russia", "REJECT", "United Nations", False, REJ, "denial"),
    ("United States", "SANCTION", "Ivan Maslov", True, USS, "2023"),
    ("United States", "SANCTION", "Wagner Group", False, USS, "sanction on its head"),
    ("United States", "ACCUSE", "Wagner Group", True, USACC, "arms and gold"),
    ("Wagner Group", "AID", "Mali", False, USACC, "alleged"),
    ("Ivan Maslov", "ROLE", "Wagner Group", True, USS, "head in Mali"),
    (
        "Yevgeny Prigozhin",
        "ROLE",
        "Wagner Group",
        True,
        "the death of its founder, Yevgeny Prigozhin",
        "founder",
    ),
    (
        "Yevgeny Prigozhin",
        "ASSAULT",
        "Russia",
        False,
        "his short-lived mutiny against Moscow's military leadership",
        "mutiny, background noun phrase",
    ),
    (
        "Russia",
        "COERCE",
        "Wagner Group",
        False,
        "The Defence Ministry has since sought to bring the group's African business under direct state control.",
        "takeover attempt",
    ),
    ("Africa Corps", "COOPERATE", "Burkina Faso", True, AC, "deployment"),
    ("Africa Corps", "COOPERATE", "Niger", True, AC, "deployment"),
    ("Russia", "COOPERATE", "Burkina Faso", False, AC, "country level"),
    ("Russia", "COOPERATE", "Niger", False, AC, "country level"),
    ("Burkina Faso", "MEMBER_OF", "Alliance of Sahel States", True, AES, ""),
    ("Niger", "MEMBER_OF", "Alliance of Sahel States", True, AES, ""),
    ("Mali", "MEMBER_OF", "Alliance of Sahel States", True, AES, ""),
    ("Burkina Faso", "ALLY", "Mali", False, AES, "alliance implied by AES"),
    ("Niger", "ALLY", "Mali", False, AES, "alliance implied by AES"),
    ("Burkina Faso", "ALLY", "Niger", False, AES, "alliance implied by AES"),
    ("Burkina Faso", "SANCTION", "ECOWAS", True, QUIT, "left the bloc"),
    ("Niger", "SANCTION", "ECOWAS", True, QUIT, "left the bloc"),
    ("Wagner Group", "COOPERATE", "Central African Republic", True, CAR, "presidential guard"),
    ("Wagner Group", "AID", "Faustin-Archange Touadera", False, CAR, "protection"),
    ("Faustin-Archange Touadera", "ROLE", "Central African Republic", True, CAR, "President"),
    (
        "Ulf Laessing",
        "ROLE",
        "Konrad Adenauer Foundation",
        True,
        "Ulf Laessing, head of the Sahel programme at the Konrad Adenauer Foundation",
        "head of the Sahel programme",
    ),
    ("JNIM", "ASSAULT", "Benin", True, COAST, "expanding attacks"),
    ("JNIM", "ASSAULT", "Togo", True, COAST, "expanding attacks"),
    ("Assimi Goita", "ROLE", "Mali", True, "Mali's junta, led by General Assimi Goita", "junta leader"),
]
