"""Gold tables for tunisia_eu_migration_deal.txt."""

TN, EU, IT, NL = "Q948", "Q458", "Q38", "Q55"
E = [
    (
        "Tunisia",
        "Country",
        TN,
        [
            "Tunis",
            "Tunisian",
            "Tunisian authorities",
            "Tunisian security forces",
            "Tunisian officials",
            "the presidency",
            "the Tunisian coastguard",
        ],
        TN,
    ),
    (
        "European Union",
        "IGO",
        EU,
        [
            "the European Union",
            "EU",
            "Brussels",
            "Europe",
            "the European Commission",
            "the Commission",
            "A Commission spokesperson",
            "Commission officials",
            "a Commission delegation",
        ],
        None,
    ),
    (
        "European Parliament",
        "Organization",
        "Q8889",
        ["the European Parliament's foreign affairs committee", "The MEPs"],
        None,
    ),
    ("Ursula von der Leyen", "Person", "Q60772", ["von der Leyen"], EU),
    ("Kais Saied", "Person", None, ["Saied", "the Tunisian president"], TN),
    ("Giorgia Meloni", "Person", None, ["Meloni"], IT),
    ("Mark Rutte", "Person", None, ["Rutte", "caretaker prime minister Rutte"], NL),
    ("Italy", "Country", IT, ["Rome"], IT),
    ("Netherlands", "Country", NL, ["The Netherlands"], NL),
    ("International Monetary Fund", "IGO", "Q7804", ["the International Monetary Fund", "IMF"], None),
    ("United States", "Country", "Q30", ["Washington"], "Q30"),
    ("Libya", "Country", "Q1016", ["Libya's interior ministry"], "Q1016"),
    ("Algeria", "Country", "Q262", [], "Q262"),
    ("Human Rights Watch", "Organization", None, [], None),
    ("Emily O'Reilly", "Person", None, ["The European Ombudsman"], EU),
    ("Germany", "Country", "Q183", [], "Q183"),
    ("Luxembourg", "Country", "Q32", [], "Q32"),
    ("Hamza Meddeb", "Person", None, [], None),
    ("Carnegie Middle East Center", "Organization", None, ["the Carnegie Middle East Center"], None),
    ("Lorenzo Tondo", "Person", None, [], None),
    ("Jennifer Rankin", "Person", None, [], None),
    ("Lampedusa", "Location", None, ["the island of Lampedusa"], None),
    ("Sfax", "Location", None, [], None),
]

SIGN = (
    "When Ursula von der Leyen stood beside Kais Saied at the presidential palace in Carthage in July, "
    "flanked by Giorgia Meloni and Mark Rutte, the European Commission president hailed the memorandum of "
    "understanding they had just signed"
)
REJ = 'Saied said Tunisia "rejects what was announced by the European Union in recent days"'
PALTRY = 'which he described as a paltry sum that "contradicts the spirit" of the agreement'
PROM = "Under the memorandum, the EU promised €105m to fight people smuggling"
COND = "conditional on Tunis concluding a $1.9bn loan agreement with the International Monetary Fund"
COMMIT = (
    "Tunisia committed to tighten controls on its coastline and to cooperate on the return of its own "
    "nationals"
)
IMF = (
    "Saied has so far refused the IMF's conditions, denouncing subsidy cuts and the restructuring of state "
    'firms as "diktats"'
)
DENY = (
    "Tunisian authorities denied entry to a delegation of five members of the European Parliament's foreign "
    "affairs committee"
)
MEP = (
    'The MEPs called the decision "unprecedented" and demanded that the Commission explain what guarantees it '
    "had obtained on human rights"
)
COMM = (
    'Brussels remained "fully committed" to the memorandum and would continue to work with Tunisian partners'
)
LAMP = 'she travelled there with von der Leyen and urged EU partners to "stop the departures"'
ROME = "Rome has also pressed Washington and the IMF to release a first tranche of the loan"
HRW = 'according to Human Rights Watch, which accused the authorities of "collective expulsions"'
GUARD = 'say the country will not serve as "a border guard for Europe"'
MS = (
    "several member states, among them Germany and Luxembourg, complained that the memorandum was concluded "
    "without consulting the council"
)
V = [
    (
        "Kais Saied",
        "REJECT",
        "European Union",
        False,
        "Saied's snub exposes the fragile foundations of Europe's migration deal with Tunisia",
        "headline 'snub'",
    ),
    ("Tunisia", "REJECT", "European Union", True, "Tunis is returning the money", "refuses EU funds"),
    ("Ursula von der Leyen", "AGREE", "Kais Saied", True, SIGN, "MoU signed"),
    ("Giorgia Meloni", "AGREE", "Kais Saied", True, SIGN, "MoU signed"),
    ("Mark Rutte", "AGREE", "Kais Saied", True, SIGN, "MoU signed"),
    ("Ursula von der Leyen", "CONSULT", "Kais Saied", False, SIGN, "meeting in Carthage"),
    (
        "Ursula von der Leyen",
        "SUPPORT",
        "Tunisia",
        False,
        'hailed the memorandum of understanding they had just signed as "a template"',
        "praise of the deal",
    ),
    ("Kais Saied", "REJECT", "European Union", True, REJ, "rejects EUR 60m"),
    ("Kais Saied", "ACCUSE", "European Union", False, PALTRY, "criticism"),
    (
        "European Union",
        "AID",
        "Tunisia",
        False,
        "the Commission's plan to disburse €60m in budget support",
        "planned EUR 60m, rejected",
    ),
    (
        "Kais Saied",
        "REJECT",
        "European Union",
        True,
        '"Tunisia, which accepts cooperation, does not accept anything that resembles charity or favour,"',
        "",
    ),
    ("European Union", "AID", "Tunisia", True, PROM, "EUR 105m + 150m + up to 900m pledged"),
    ("European Union", "AGREE", "Tunisia", True, PROM, "MoU terms"),
    ("Tunisia", "CONSULT", "International Monetary Fund", False, COND, "loan talks implied"),
    ("International Monetary Fund", "AID", "Tunisia", False, COND, "hypothetical $1.9bn loan"),
    ("Tunisia", "AGREE", "European Union", True, COMMIT, "commitments"),
    ("Tunisia", "COOPERATE", "European Union", False, COMMIT, "future cooperation on returns"),
    ("Kais Saied", "REJECT", "International Monetary Fund", True, IMF, "refuses conditions"),
    ("Kais Saied", "ACCUSE", "International Monetary Fund", True, IMF, "'diktats'"),
    ("Tunisia", "COERCE", "European Parliament", True, DENY, "entry denied to MEPs"),
    ("Tunisia", "REJECT", "European Parliament", False, DENY, "alternative reading"),
    ("European Parliament", "ACCUSE", "Tunisia", True, MEP, "'unprecedented'"),
    ("European Parliament", "REQUEST", "European Union", True, MEP, "demand to the Commission"),
    (
        "Tunisia",
        "REJECT",
        "European Union",
        False,
        "Tunisia postponed a visit by a Commission delegation",
        "postponement",
    ),
    ("European Union", "AGREE", "Tunisia", False, COMM, "commitment"),
    ("European Union", "COOPERATE", "Tunisia", False, COMM, "continued work"),
    ("Giorgia Meloni", "CONSULT", "Ursula von der Leyen", True, LAMP, "joint visit to Lampedusa"),
    ("Giorgia Meloni", "REQUEST", "European Union", True, LAMP, "urges EU partners"),
    ("Italy", "MEMBER_OF", "European Union", False, LAMP, "'EU partners' implies"),
    ("Italy", "REQUEST", "United States", True, ROME, ""),
    ("Italy", "REQUEST", "International Monetary Fund", True, ROME, ""),
    ("Human Rights Watch", "ACCUSE", "Tunisia", True, HRW, "collective expulsions"),
    (
        "Tunisia",
        "REJECT",
        "Human Rights Watch",
        False,
        "Tunisian officials deny mistreating migrants",
        "denial",
    ),
    ("Tunisia", "REJECT", "European Union", True, GUARD, "refusal"),
    (
        "Emily O'Reilly",
        "REQUEST",
        "European Union",
        True,
        "The European Ombudsman, Emily O'Reilly, has asked the Commission to explain",
        "",
    ),
    ("Germany", "ACCUSE", "European Union", True, MS, "complaint"),
    ("Luxembourg", "ACCUSE", "European Union", True, MS, "complaint"),
    ("Germany", "MEMBER_OF", "European Union", True, MS, "member state"),
    ("Luxembourg", "MEMBER_OF", "European Union", True, MS, "member state"),
    (
        "European Union",
        "AID",
        "Tunisia",
        True,
        "a first €42m package for the Tunisian coastguard is under way",
        "EUR 42m",
    ),
    (
        "Netherlands",
        "SUPPORT",
        "Tunisia",
        False,
        "says it is still the best available option",
        "support for the deal, target implicit",
    ),
    (
        "Hamza Meddeb",
        "ACCUSE",
        "European Union",
        False,
        "The EU has outsourced its border policy to a government that does not share its values",
        "analyst",
    ),
    (
        "European Union",
        "COOPERATE",
        "Tunisia",
        False,
        "The EU has outsourced its border policy to a government that does not share its values",
        "analyst",
    ),
    (
        "Ursula von der Leyen",
        "ROLE",
        "European Union",
        True,
        "the European Commission president",
        "European Commission president",
    ),
    ("Kais Saied", "ROLE", "Tunisia", True, "the Tunisian president", "President"),
    (
        "Giorgia Meloni",
        "ROLE",
        "Italy",
        False,
        "Meloni, whose government has championed the deal",
        "head of government (implied)",
    ),
    ("Mark Rutte", "ROLE", "Netherlands", True, "caretaker prime minister Rutte", "caretaker prime minister"),
    (
        "Emily O'Reilly",
        "ROLE",
        "European Union",
        True,
        "The European Ombudsman, Emily O'Reilly",
        "European Ombudsman",
    ),
    (
        "Hamza Meddeb",
        "ROLE",
        "Carnegie Middle East Center",
        True,
        "Hamza Meddeb, a research fellow at the Carnegie Middle East Center",
        "research fellow",
    ),
]
