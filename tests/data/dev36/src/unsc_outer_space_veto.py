"""Gold tables for unsc_outer_space_veto.txt."""

RU, US, JP, CN, FR, UK = "Q159", "Q30", "Q17", "Q148", "Q142", "Q145"
SC, UN = "Q37470", "Q1065"
E = [
    (
        "United Nations Security Council",
        "IGO",
        SC,
        ["The Security Council", "the Council"],
        None,
    ),
    ("United Nations", "IGO", UN, ["the United Nations"], None),
    ("Russia", "Country", RU, ["the Russian Federation", "Russian", "Moscow"], RU),
    ("Japan", "Country", JP, ["Tokyo"], JP),
    ("United States", "Country", US, ["the United States", "Washington", "Her Government"], US),
    ("China", "Country", CN, ["Beijing"], CN),
    ("France", "Country", FR, [], FR),
    ("United Kingdom", "Country", UK, ["the United Kingdom"], UK),
    (
        "Linda Thomas-Greenfield",
        "Person",
        None,
        ["Linda Thomas-Greenfield, the United States representative"],
        US,
    ),
    ("Vladimir Putin", "Person", "Q7747", ["President Vladimir Putin"], RU),
    ("Kazuyuki Yamazaki", "Person", None, ["Japan's representative, Kazuyuki Yamazaki"], JP),
    ("Vassily Nebenzia", "Person", None, [], RU),
    ("Zhang Jun", "Person", None, ["China's representative, Zhang Jun"], CN),
    ("Barbara Woodward", "Person", None, [], UK),
    ("Nicolas de Rivière", "Person", None, [], FR),
    ("Switzerland", "Country", "Q39", [], "Q39"),
    ("Pascale Baeriswyl", "Person", None, [], "Q39"),
    ("Ecuador", "Country", "Q736", [], "Q736"),
    ("Guyana", "Country", "Q734", [], "Q734"),
    ("Malta", "Country", "Q233", [], "Q233"),
    ("United Nations General Assembly", "IGO", "Q47423", ["the General Assembly", "General Assembly"], None),
    ("António Guterres", "Person", "Q311440", ["Secretary-General António Guterres"], UN),
    ("Jake Sullivan", "Person", None, [], US),
    ("Joe Biden", "Person", "Q6279", ["President Joe Biden"], US),
]

LEAD = (
    "The Security Council on Wednesday failed to adopt a draft resolution that would have affirmed the obligation "
    "of all States not to place nuclear weapons or other weapons of mass destruction in orbit around the Earth, "
    "after the Russian Federation, a permanent member, cast a negative vote"
)
VOTE = (
    "The text, put forward by Japan and the United States and co-sponsored by more than 60 Member States, received "
    "13 votes in favour to 1 against (Russian Federation), with 1 abstention (China)"
)
P5 = (
    "no veto by any of the five permanent members – China, France, the Russian Federation, the United Kingdom and "
    "the United States – to pass"
)
AMEND = (
    "the Council rejected an amendment proposed by the Russian Federation and China that would have extended the "
    'text to call on all States to prevent "the placement of weapons of any kind" in outer space'
)
LTG = "What could you possibly be hiding?"
SAT = (
    "Her Government has said the Russian Federation is developing a satellite carrying a nuclear device, an assertion "
    "Moscow has repeatedly denied"
)
NEB = (
    'rejected the draft as "a dirty spectacle" and "a cynical attempt" by Washington and Tokyo to score '
    "propaganda points"
)
NEB2 = (
    "The United States and its allies, he said, were more interested in placing conventional weapons in space than "
    "in banning them, which was why they had voted against his delegation's amendment"
)
SWISS = (
    "The representative of Switzerland, Pascale Baeriswyl, called on the five permanent members to resume dialogue "
    "on space security"
)
V = [
    ("Russia", "REJECT", "Japan", True, VOTE, "veto of US-Japan draft, 13-1-1"),
    ("Russia", "REJECT", "United States", True, VOTE, "veto of US-Japan draft, 13-1-1"),
    ("Russia", "REJECT", "United Nations Security Council", False, LEAD, "veto; target the Council"),
    ("Japan", "COOPERATE", "United States", True, VOTE, "joint draft"),
    ("Russia", "MEMBER_OF", "United Nations Security Council", True, P5, "permanent member"),
    ("China", "MEMBER_OF", "United Nations Security Council", True, P5, "permanent member"),
    ("France", "MEMBER_OF", "United Nations Security Council", True, P5, "permanent member"),
    ("United Kingdom", "MEMBER_OF", "United Nations Security Council", True, P5, "permanent member"),
    ("United States", "MEMBER_OF", "United Nations Security Council", True, P5, "permanent member"),
    (
        "Japan",
        "MEMBER_OF",
        "United Nations Security Council",
        False,
        "Tokyo had negotiated in good faith with all Council members for more than six weeks",
        "implied elected member",
    ),
    (
        "Switzerland",
        "MEMBER_OF",
        "United Nations Security Council",
        False,
        "Several Council members voiced disappointment.",
        "implied",
    ),
    (
        "Ecuador",
        "MEMBER_OF",
        "United Nations Security Council",
        False,
        "Ecuador, Guyana and Malta also appealed for a return to negotiations.",
        "implied",
    ),
    (
        "Guyana",
        "MEMBER_OF",
        "United Nations Security Council",
        False,
        "Ecuador, Guyana and Malta also appealed for a return to negotiations.",
        "implied",
    ),
    (
        "Malta",
        "MEMBER_OF",
        "United Nations Security Council",
        False,
        "Ecuador, Guyana and Malta also appealed for a return to negotiations.",
        "implied",
    ),
    (
        "Russia",
        "AGREE",
        "United States",
        False,
        "the 1967 Outer Space Treaty, to which both the Russian Federation and the United States are parties",
        "treaty parties, background",
    ),
    ("United Nations Security Council", "REJECT", "Russia", True, AMEND, "amendment 7-7-1"),
    ("United Nations Security Council", "REJECT", "China", True, AMEND, "amendment 7-7-1"),
    ("Russia", "COOPERATE", "China", True, AMEND, "joint amendment"),
    (
        "Linda Thomas-Greenfield",
        "ACCUSE",
        "Russia",
        False,
        'said the outcome was "a missed opportunity to rebuild much-needed trust in existing arms control obligations"',
        "implicit target",
    ),
    ("Linda Thomas-Greenfield", "ACCUSE", "Russia", True, LTG, "'you' = Russia"),
    ("Linda Thomas-Greenfield", "ACCUSE", "Vladimir Putin", False, LTG, ""),
    ("United States", "ACCUSE", "Russia", True, SAT, "nuclear satellite"),
    ("Russia", "REJECT", "United States", False, SAT, "denial"),
    (
        "Kazuyuki Yamazaki",
        "ACCUSE",
        "Russia",
        False,
        "said his delegation deeply regretted the veto",
        "implicit target",
    ),
    (
        "Japan",
        "CONSULT",
        "United Nations Security Council",
        True,
        "Tokyo had negotiated in good faith with all Council members for more than six weeks",
        "negotiations",
    ),
    ("Vassily Nebenzia", "ACCUSE", "United States", True, NEB, ""),
    ("Vassily Nebenzia", "ACCUSE", "Japan", True, NEB, ""),
    ("Vassily Nebenzia", "REJECT", "United States", True, NEB, "draft rejected"),
    ("Vassily Nebenzia", "REJECT", "Japan", True, NEB, "draft rejected"),
    ("Vassily Nebenzia", "ACCUSE", "United States", True, NEB2, "space weapons"),
    ("United States", "REJECT", "Russia", False, NEB2, "voted against amendment, per Nebenzia"),
    (
        "Russia",
        "COOPERATE",
        "China",
        False,
        "His country, together with China, had for years promoted a binding treaty",
        "reported by Nebenzia",
    ),
    (
        "Zhang Jun",
        "ACCUSE",
        "United States",
        False,
        'explained his abstention by saying the text was "neither comprehensive nor balanced"',
        "criticism of the draft",
    ),
    (
        "Zhang Jun",
        "ACCUSE",
        "Japan",
        False,
        'explained his abstention by saying the text was "neither comprehensive nor balanced"',
        "criticism of the draft",
    ),
    (
        "Zhang Jun",
        "REQUEST",
        "United States",
        True,
        'He urged the United States to "stop pursuing absolute military superiority" in space.',
        "",
    ),
    (
        "Zhang Jun",
        "ACCUSE",
        "United States",
        False,
        'He urged the United States to "stop pursuing absolute military superiority" in space.',
        "implied accusation",
    ),
    (
        "Barbara Woodward",
        "ACCUSE",
        "Russia",
        True,
        'Barbara Woodward of the United Kingdom said the veto raised "serious questions" about Moscow\'s intentions',
        "",
    ),
    (
        "Nicolas de Rivière",
        "REQUEST",
        "Russia",
        False,
        'Nicolas de Rivière of France urged all States to "dispel doubts" through transparency',
        "'all States', implicit",
    ),
    ("Pascale Baeriswyl", "REQUEST", "Russia", False, SWISS, "five permanent members"),
    ("Pascale Baeriswyl", "REQUEST", "United States", False, SWISS, "five permanent members"),
    ("Pascale Baeriswyl", "REQUEST", "China", False, SWISS, "five permanent members"),
    ("Pascale Baeriswyl", "REQUEST", "France", False, SWISS, "five permanent members"),
    ("Pascale Baeriswyl", "REQUEST", "United Kingdom", False, SWISS, "five permanent members"),
    (
        "Jake Sullivan",
        "ACCUSE",
        "Russia",
        True,
        '"Russia\'s veto begs the question: what is it hiding?" he said.',
        "",
    ),
    (
        "Linda Thomas-Greenfield",
        "ROLE",
        "United States",
        True,
        "Linda Thomas-Greenfield, the United States representative",
        "representative to the UN",
    ),
    ("Vladimir Putin", "ROLE", "Russia", True, "President Vladimir Putin had said his country", "President"),
    (
        "Kazuyuki Yamazaki",
        "ROLE",
        "Japan",
        True,
        "Japan's representative, Kazuyuki Yamazaki",
        "representative to the UN",
    ),
    (
        "Vassily Nebenzia",
        "ROLE",
        "Russia",
        True,
        "The representative of the Russian Federation, Vassily Nebenzia",
        "representative to the UN",
    ),
    ("Zhang Jun", "ROLE", "China", True, "China's representative, Zhang Jun", "representative to the UN"),
    (
        "Barbara Woodward",
        "ROLE",
        "United Kingdom",
        True,
        "Barbara Woodward of the United Kingdom",
        "representative to the UN",
    ),
    (
        "Nicolas de Rivière",
        "ROLE",
        "France",
        True,
        "Nicolas de Rivière of France",
        "representative to the UN",
    ),
    (
        "Pascale Baeriswyl",
        "ROLE",
        "Switzerland",
        True,
        "The representative of Switzerland, Pascale Baeriswyl",
        "representative to the UN",
    ),
    (
        "António Guterres",
        "ROLE",
        "United Nations",
        True,
        "Secretary-General António Guterres",
        "Secretary-General",
    ),
    (
        "Jake Sullivan",
        "ROLE",
        "United States",
        True,
        "The United States National Security Adviser, Jake Sullivan",
        "National Security Adviser",
    ),
    ("Joe Biden", "ROLE", "United States", True, "President Joe Biden had been informed", "President"),
]
