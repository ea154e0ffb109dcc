"""Gold tables for icj_mbanie_gabon_equatorial_guinea.txt."""

GA, GQ, UN = "Q1000", "Q983", "Q1065"
ICJ = "International Court of Justice"
E = [
    (
        "Gabon",
        "Country",
        GA,
        ["Gabonese troops", "Gabonese", "Libreville", "Gabon's"],
        GA,
    ),
    ("Equatorial Guinea", "Country", GQ, ["Malabo"], GQ),
    ("Mbanié", "Location", None, ["Mbanié island"], None),
    ("Cocotiers", "Location", None, [], None),
    ("Conga", "Location", None, [], None),
    (ICJ, "IGO", None, ["ICJ", "the court", "the UN's top court"], None),
    ("Iwasawa Yuji", "Person", None, ["Judge Iwasawa Yuji"], ICJ),
    ("France", "Country", "Q142", [], "Q142"),
    ("Spain", "Country", "Q29", ["Spain's"], "Q29"),
    ("Omar Bongo", "Person", None, [], GA),
    ("Francisco Macías Nguema", "Person", None, [], GQ),
    ("United Nations", "IGO", UN, ["UN", "the UN", "the UN Security Council"], UN),
    ("Ban Ki-moon", "Person", None, ["then-Secretary-General Ban Ki-moon"], UN),
    (
        "Teodoro Nguema Obiang Mangue",
        "Person",
        None,
        ["Vice-President Teodoro Nguema Obiang Mangue"],
        GQ,
    ),
    (
        "Teodoro Obiang Nguema Mbasogo",
        "Person",
        None,
        ["President Teodoro Obiang Nguema Mbasogo"],
        GQ,
    ),
    (
        "Brice Oligui Nguema",
        "Person",
        None,
        ["President Brice Oligui Nguema", "Gen Oligui Nguema"],
        GA,
    ),
    ("Paul Melly", "Person", None, [], None),
    ("Chatham House", "Organization", None, [], None),
    ("Natasha Booty", "Person", None, [], None),
    ("BBC News", "Organization", None, [], None),
]

PARIS = (
    "The judges found that a convention signed in Paris in 1900 by France and Spain, the two colonial powers of "
    "the time, is the treaty that has the force of law between the two neighbours on their land and sea borders."
)
REJ = (
    "Crucially, they rejected Gabon's argument that a later agreement - the so-called Bata Convention of 1974 - "
    "settled the matter in its favour."
)
SOV = (
    "The court concluded that Equatorial Guinea, as Spain's successor, holds sovereignty over Mbanié and the "
    "smaller islets of Cocotiers and Conga."
)
LAND = "Gabonese troops landed on Mbanié in 1972 and have kept a small presence there ever since"
OCC = "a move Equatorial Guinea has always regarded as an occupation of its territory"
BATA = (
    "Gabon says the late presidents Omar Bongo and Francisco Macías Nguema signed it in the Equatorial Guinean "
    "city of Bata in 1974, recognising Gabonese sovereignty over the island."
)
DISP = "Equatorial Guinea has long disputed that such a treaty was ever concluded"
MED = "After decades of failed talks, the UN stepped in as mediator in 2008."
MARR = (
    "Under then-Secretary-General Ban Ki-moon, the two governments signed a special agreement in Marrakesh in "
    "2016 committing them to ask the ICJ to rule."
)
HAIL = 'In Malabo, the government hailed what it called "a historic victory for international law".'
TALKS = "called on Malabo to open talks on the practical consequences of the ruling"
V = [
    ("France", "AGREE", "Spain", True, PARIS, "1900 Paris convention (historical)"),
    (
        ICJ,
        "REJECT",
        "Gabon",
        True,
        REJ,
        "rejected Gabon's Bata Convention argument (judicial)",
    ),
    (
        ICJ,
        "SUPPORT",
        "Equatorial Guinea",
        False,
        SOV,
        "ruling in its favour; type debatable",
    ),
    (
        "Iwasawa Yuji",
        "ROLE",
        ICJ,
        True,
        "Reading the judgment, the court's president, Judge Iwasawa Yuji, said the decision was final",
        "President",
    ),
    ("Gabon", "COERCE", "Mbanié", True, LAND, "seized/occupied island in 1972"),
    (
        "Gabon",
        "COERCE",
        "Equatorial Guinea",
        False,
        LAND,
        "occupation of claimed territory",
    ),
    ("Equatorial Guinea", "ACCUSE", "Gabon", False, OCC, "long-standing view"),
    (
        "Omar Bongo",
        "AGREE",
        "Francisco Macías Nguema",
        False,
        BATA,
        "claimed by Gabon, disputed",
    ),
    ("Gabon", "AGREE", "Equatorial Guinea", False, BATA, "claimed 1974 treaty"),
    ("Equatorial Guinea", "REJECT", "Gabon", False, DISP, "denial"),
    ("Gabon", "CONSULT", "Equatorial Guinea", False, MED, "'failed talks' noun phrase"),
    ("United Nations", "CONSULT", "Gabon", True, MED, "mediation"),
    ("United Nations", "CONSULT", "Equatorial Guinea", True, MED, "mediation"),
    ("Gabon", "AGREE", "Equatorial Guinea", True, MARR, "2016 special agreement"),
    ("Ban Ki-moon", "CONSULT", "Gabon", False, MARR, "mediation under him"),
    ("Ban Ki-moon", "CONSULT", "Equatorial Guinea", False, MARR, "mediation under him"),
    ("Gabon", "REQUEST", ICJ, False, MARR, "commitment to ask"),
    ("Equatorial Guinea", "REQUEST", ICJ, False, MARR, "commitment to ask"),
    (
        "Ban Ki-moon",
        "ROLE",
        "United Nations",
        True,
        "then-Secretary-General Ban Ki-moon",
        "Secretary-General",
    ),
    ("Equatorial Guinea", "SUPPORT", ICJ, False, HAIL, "hailed the ruling"),
    (
        "Teodoro Nguema Obiang Mangue",
        "ROLE",
        "Equatorial Guinea",
        True,
        "Vice-President Teodoro Nguema Obiang Mangue",
        "Vice-President",
    ),
    (
        "Teodoro Obiang Nguema Mbasogo",
        "ROLE",
        "Equatorial Guinea",
        True,
        "President Teodoro Obiang Nguema Mbasogo",
        "President",
    ),
    (
        "Brice Oligui Nguema",
        "ROLE",
        "Gabon",
        True,
        "the government of President Brice Oligui Nguema",
        "President",
    ),
    ("Gabon", "REQUEST", "Equatorial Guinea", True, TALKS, "talks on consequences"),
    (
        "Gabon",
        "SUPPORT",
        "Equatorial Guinea",
        False,
        'It insisted that Gabon remained committed to "good neighbourliness"',
        "",
    ),
    (
        "Brice Oligui Nguema",
        "CONSULT",
        "Equatorial Guinea",
        True,
        "Malabo was the first foreign capital he visited after taking over",
        "visit 2023",
    ),
    (
        "Brice Oligui Nguema",
        "CONSULT",
        "Teodoro Obiang Nguema Mbasogo",
        False,
        "the two leaders have met several times since",
        "'the two leaders' (coreference)",
    ),
    (
        "Gabon",
        "SUPPORT",
        "Equatorial Guinea",
        False,
        "Relations between the two capitals have warmed since Gen Oligui Nguema seized power in a coup in 2023.",
        "warming ties",
    ),
    (
        "Paul Melly",
        "ROLE",
        "Chatham House",
        True,
        "Paul Melly, a consulting fellow in the Africa programme at the London think tank Chatham House",
        "consulting fellow",
    ),
    (
        "Gabon",
        "MEMBER_OF",
        "United Nations",
        False,
        "Under the UN Charter, both states are bound to comply with the ICJ's decisions.",
        "implied",
    ),
    (
        "Equatorial Guinea",
        "MEMBER_OF",
        "United Nations",
        False,
        "Under the UN Charter, both states are bound to comply with the ICJ's decisions.",
        "implied",
    ),
]
