"""Gold tables for panama_canal_pressure.txt."""

US, PA, CN, UN = "Q30", "Q804", "Q148", "Q1065"
E = [
    (
        "United States",
        "Country",
        US,
        ["US", "the United States", "United States of America", "Washington", "the State Department"],
        US,
    ),
    (
        "Panama",
        "Country",
        PA,
        [
            "Panama's mission to the United Nations",
            "Panama's comptroller",
            "the Panama Canal Authority",
            "Panamanians",
        ],
        PA,
    ),
    ("Donald Trump", "Person", "Q22686", ["Trump", "President Donald Trump"], US),
    ("José Raúl Mulino", "Person", None, ["Mulino", "President José Raúl Mulino"], PA),
    ("Marco Rubio", "Person", "Q324546", ["Rubio", "Secretary of State Marco Rubio"], US),
    ("United Nations", "IGO", UN, ["UN"], None),
    ("António Guterres", "Person", None, ["Secretary-General António Guterres"], "United Nations"),
    ("China", "Country", CN, ["Beijing", "Chinese", "Its foreign ministry"], CN),
    ("Lin Jian", "Person", None, ["spokesman Lin Jian"], CN),
    ("CK Hutchison", "Organization", None, ["Hong Kong-based CK Hutchison"], None),
    ("Panama Ports Company", "Organization", None, [], None),
    ("Mexico", "Country", "Q96", ["Mexican"], "Q96"),
    ("Claudia Sheinbaum", "Person", None, ["Mexican President Claudia Sheinbaum"], "Q96"),
    ("Colombia", "Country", "Q739", ["Colombian"], "Q739"),
    ("Gustavo Petro", "Person", None, ["Colombian President Gustavo Petro"], "Q739"),
    (
        "Atlantic Council",
        "Organization",
        None,
        ["the Atlantic Council's Adrienne Arsht Latin America Center"],
        None,
    ),
    ("Daniela Ríos", "Person", None, [], None),
    ("Truth Social", "Organization", None, [], None),
    ("X", "Organization", None, [], None),
    ("Belt and Road Initiative", "Event", None, ["China's Belt and Road Initiative"], None),
    ("Neutrality Treaty", "Event", None, ["the 1977 Neutrality Treaty"], None),
    ("Panama Canal", "Location", None, ["the canal", "the Panama Canal"], None),
    ("Panama City", "Location", None, [], None),
    ("Hong Kong", "Location", None, [], None),
    ("Darién", "Location", None, ["the Darién"], None),
    ("Latin America", "Location", None, ["Latin American"], None),
]

DEC = (
    "It began on December 21, when President Donald Trump complained on Truth Social that Panama was charging "
    '"ridiculous" fees and warned that the United States would demand the canal "be returned to the United States of '
    'America, in full, quickly and without question."'
)
JAN7 = "On January 7 he declined to rule out military or economic coercion to get it"
INAUG = 'in his inaugural address he declared: "We gave it to Panama, and we\'re taking it back."'
MUL = (
    'President José Raúl Mulino said that "every square meter" of the canal belongs to Panama and that its '
    'sovereignty "is not negotiable."'
)
LETTER = (
    "Panama's mission to the United Nations sent a letter to Secretary-General António Guterres recalling the UN "
    "Charter's prohibition on the threat or use of force against the territorial integrity of any state"
)
TRIP = "Secretary of State Marco Rubio's trip to Panama City on February 2, his first abroad as the top US diplomat"
READ = (
    "Rubio told Mulino that Trump had made a preliminary determination that China's influence over the canal area "
    'violated the 1977 Neutrality Treaty, and that "absent immediate changes," the United States would take the '
    "measures necessary to protect its rights"
)
BRI = (
    "He announced that Panama would not renew its 2017 memorandum of understanding on China's Belt and Road "
    "Initiative and would look at leaving it early"
)
MIG = (
    "He promised to expand cooperation with Washington on migration, including deportation flights for migrants "
    "crossing the Darién that the United States will pay for"
)
AUDIT = (
    "Panama's comptroller had already opened an audit of Panama Ports Company, the subsidiary of Hong Kong-based "
    "CK Hutchison that runs ports at both ends of the waterway"
)
INSIST = (
    "Mulino insisted that the canal's sovereignty was not on the table and told reporters he did not believe there "
    'was "any real threat" to the treaty'
)
POWER = (
    'Trump, for his part, said the next day that Panama had agreed to "many things" but that "something very '
    'powerful" would happen if it did not go further'
)
FEES = "the State Department said on X that US government vessels could now transit the canal without paying fees"
FALSE = 'Mulino called the claim a "falsehood" and said he would raise it with Trump directly'
NEVER = (
    "Its foreign ministry has repeated that China has never taken part in the management or operation of the canal "
    "and that it respects Panama's sovereignty"
)
LIN = (
    'spokesman Lin Jian said China "firmly opposes" the United States using "pressure and coercion" to smear its '
    "cooperation with other countries"
)
FOOT = "Chinese companies do have a real footprint in Panama"
SOLD = "there is no evidence that Chinese soldiers are operating the canal, as Trump has claimed"
NEIGH = (
    'Mexican President Claudia Sheinbaum said that the canal "belongs to Panamanians," and Colombian President '
    "Gustavo Petro compared the threats to the gunboat diplomacy of the last century"
)
V = [
    ("Donald Trump", "ACCUSE", "Panama", True, DEC, "'ridiculous' fees"),
    ("Donald Trump", "THREATEN", "Panama", True, DEC, "demand the canal's return"),
    ("Donald Trump", "REQUEST", "Panama", False, DEC, "demand, phrased as a warning"),
    ("Donald Trump", "THREATEN", "Panama", True, JAN7, "force not ruled out; pronoun subject"),
    ("Donald Trump", "THREATEN", "Panama", True, INAUG, "'we're taking it back'"),
    (
        "United States",
        "ASSAULT",
        "Panama",
        False,
        "since the 1989 invasion",
        "historical, actors implicit",
    ),
    ("José Raúl Mulino", "REJECT", "United States", True, MUL, "sovereignty not negotiable; refusal"),
    ("José Raúl Mulino", "REJECT", "Donald Trump", False, MUL, "alternative target"),
    ("Panama", "CONSULT", "António Guterres", False, LETTER, "letter to the UN chief"),
    ("Panama", "REQUEST", "United Nations", False, LETTER, "appeal to the UN"),
    ("Panama", "ACCUSE", "United States", False, LETTER, "implicit complaint about threat of force"),
    ("Panama", "MEMBER_OF", "United Nations", False, LETTER, "implied by its UN mission"),
    ("Marco Rubio", "CONSULT", "Panama", True, TRIP, "visit"),
    ("Marco Rubio", "CONSULT", "José Raúl Mulino", True, READ, "meeting"),
    ("Marco Rubio", "THREATEN", "Panama", True, READ, "conditional: 'absent immediate changes'"),
    ("Marco Rubio", "REQUEST", "Panama", False, READ, "implied demand for changes"),
    ("Donald Trump", "ACCUSE", "China", True, READ, "treaty violation determination"),
    ("Marco Rubio", "ACCUSE", "China", False, READ, "relays Trump's determination"),
    (
        "José Raúl Mulino",
        "CONCEDE",
        "United States",
        False,
        "Mulino conceded a great deal.",
        "target implicit",
    ),
    ("José Raúl Mulino", "SANCTION", "China", True, BRI, "Belt and Road MOU not renewed"),
    ("Panama", "AGREE", "China", False, BRI, "2017 memorandum, noun phrase"),
    ("José Raúl Mulino", "CONCEDE", "United States", False, BRI, "concession under US pressure"),
    ("José Raúl Mulino", "AGREE", "United States", True, MIG, "promise to expand migration cooperation"),
    ("Panama", "COOPERATE", "United States", False, MIG, "deportation flights, future"),
    ("United States", "AID", "Panama", False, MIG, "US to pay for flights"),
    ("Panama", "ACCUSE", "Panama Ports Company", True, AUDIT, "audit (investigate)"),
    ("José Raúl Mulino", "REJECT", "United States", False, INSIST, "target implicit"),
    ("Donald Trump", "THREATEN", "Panama", True, POWER, "'something very powerful'"),
    ("Panama", "AGREE", "United States", False, POWER, "Trump's claim that Panama agreed"),
    ("Panama", "CONCEDE", "United States", False, FEES, "US claim that fees were waived; denied"),
    (
        "Panama",
        "REJECT",
        "United States",
        False,
        "Within hours, the Panama Canal Authority denied it.",
        "denial",
    ),
    ("José Raúl Mulino", "ACCUSE", "United States", True, FALSE, "calls the US claim a falsehood"),
    ("José Raúl Mulino", "CONSULT", "Donald Trump", False, FALSE, "planned call"),
    ("China", "REJECT", "United States", False, NEVER, "denial, target implicit"),
    ("China", "SUPPORT", "Panama", False, NEVER, "respects Panama's sovereignty"),
    ("Lin Jian", "ACCUSE", "United States", True, LIN, ""),
    ("United States", "COERCE", "Panama", False, LIN, "alleged 'pressure and coercion'"),
    ("China", "COOPERATE", "Panama", False, FOOT, "commercial presence"),
    (
        "China",
        "COOPERATE",
        "Panama",
        False,
        "a fourth bridge over the canal being built by a Chinese state-owned consortium",
        "",
    ),
    ("Donald Trump", "ACCUSE", "China", True, SOLD, "claim of Chinese soldiers operating the canal"),
    ("Claudia Sheinbaum", "SUPPORT", "Panama", True, NEIGH, "canal belongs to Panamanians"),
    ("Gustavo Petro", "ACCUSE", "United States", False, NEIGH, "criticism of 'the threats', target implicit"),
    ("Gustavo Petro", "SUPPORT", "Panama", False, NEIGH, "implied solidarity"),
    (
        "United States",
        "COERCE",
        "Panama",
        False,
        "Washington has shown that pressure can produce quick concessions.",
        "author's assessment",
    ),
    ("Donald Trump", "ROLE", "United States", True, "President Donald Trump", "President"),
    ("José Raúl Mulino", "ROLE", "Panama", True, "President José Raúl Mulino", "President"),
    ("Marco Rubio", "ROLE", "United States", True, "Secretary of State Marco Rubio", "Secretary of State"),
    (
        "António Guterres",
        "ROLE",
        "United Nations",
        True,
        "Secretary-General António Guterres",
        "Secretary-General",
    ),
    ("Lin Jian", "ROLE", "China", True, "spokesman Lin Jian", "foreign ministry spokesman"),
    ("Claudia Sheinbaum", "ROLE", "Mexico", True, "Mexican President Claudia Sheinbaum", "President"),
    ("Gustavo Petro", "ROLE", "Colombia", True, "Colombian President Gustavo Petro", "President"),
    (
        "Daniela Ríos",
        "ROLE",
        "Atlantic Council",
        True,
        "Daniela Ríos is a nonresident senior fellow at the Atlantic Council's Adrienne Arsht Latin America Center",
        "nonresident senior fellow",
    ),
]
