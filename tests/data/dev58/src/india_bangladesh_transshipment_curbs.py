"""Gold tables for india_bangladesh_transshipment_curbs.txt."""

IN, BD, CN = "Q668", "Q902", "Q148"
E = [
    (
        "India",
        "Country",
        IN,
        [
            "New Delhi",
            "Indian",
            "India's Directorate General of Foreign Trade",
            "External affairs ministry",
            "The Indian commerce ministry",
        ],
        IN,
    ),
    (
        "Bangladesh",
        "Country",
        BD,
        [
            "Dhaka",
            "Bangladeshi",
            "Bangladesh's interim government",
            "Yunus's interim government",
            "Bangladesh's National Board of Revenue",
        ],
        BD,
    ),
    ("China", "Country", CN, ["Beijing", "Chinese", "China's foreign ministry"], CN),
    ("Pakistan", "Country", "Q843", ["Pakistani"], "Q843"),
    ("Muhammad Yunus", "Person", None, ["Yunus"], BD),
    ("Xi Jinping", "Person", "Q15031", ["President Xi Jinping"], CN),
    ("Narendra Modi", "Person", "Q1058", ["Modi", "The Indian prime minister"], IN),
    ("Randhir Jaiswal", "Person", None, ["External affairs ministry spokesman Randhir Jaiswal"], IN),
    ("Sheikh Bashir Uddin", "Person", None, [], BD),
    ("Touhid Hossain", "Person", None, ["Foreign affairs adviser Touhid Hossain"], BD),
    ("Himanta Biswa Sarma", "Person", None, [], IN),
    (
        "Subrahmanyam Jaishankar",
        "Person",
        None,
        ["External Affairs Minister Subrahmanyam Jaishankar"],
        IN,
    ),
    ("Sheikh Hasina", "Person", None, ["former prime minister Sheikh Hasina"], None),
    ("Ajay Srivastava", "Person", None, [], None),
    (
        "Global Trade Research Initiative",
        "Organization",
        None,
        ["the Global Trade Research Initiative"],
        None,
    ),
    ("Mustafizur Rahman", "Person", None, [], None),
    ("Centre for Policy Dialogue", "Organization", None, ["the Centre for Policy Dialogue"], None),
    ("Sreeradha Datta", "Person", None, [], None),
    ("O.P. Jindal Global University", "Organization", None, [], None),
    ("BIMSTEC", "IGO", None, ["The seven-member BIMSTEC"], None),
    ("Bhutan", "Country", "Q917", [], "Q917"),
    ("Nepal", "Country", "Q837", [], "Q837"),
    ("Myanmar", "Country", "Q836", [], "Q836"),
    ("Sri Lanka", "Country", "Q854", [], "Q854"),
    ("Thailand", "Country", "Q869", [], "Q869"),
    ("Anjali Menon", "Person", None, [], None),
    ("Tanvir Ahmed", "Person", None, [], None),
    ("Assam", "Location", None, [], None),
    ("Kolkata", "Location", None, [], None),
    ("Nhava Sheva", "Location", None, [], None),
    ("Mongla port", "Location", None, [], None),
    ("Siliguri Corridor", "Location", None, ["India's narrow Siliguri Corridor"], None),
    ("Bay of Bengal", "Location", None, ["the Bay of Bengal"], None),
    ("Bangkok", "Location", None, [], None),
]

INVITE = (
    "officials in New Delhi took it as an invitation to China to expand its footprint on India's doorstep"
)
DGFT = (
    "India's Directorate General of Foreign Trade barred imports of Bangladeshi ready-made garments through all "
    "land border crossings"
)
TRANS = (
    "On April 8, India withdrew a 2020 arrangement that allowed Bangladeshi exporters to ship goods to third "
    "countries through Indian ports and airports"
)
YARN = "Bangladesh's National Board of Revenue halted imports of Indian yarn through land ports"
BASHIR = (
    "Sheikh Bashir Uddin, the commerce adviser in Yunus's interim government, said Bangladesh had not been consulted "
    "in advance and would seek to resolve the matter through dialogue"
)
XI = (
    "Yunus made his first bilateral state visit to China, not India, and was received by President Xi Jinping"
)
REMARK = (
    'Himanta Biswa Sarma, the chief minister of Assam, called the remark "offensive and strongly condemnable"'
)
CHERRY = 'said cooperation could not be "cherry-picked"'
NOT3 = (
    'China\'s foreign ministry has said its partnership with Bangladesh "is not targeted at any third party"'
)
MET = "Modi and Yunus met for the first time on April 4 on the sidelines of the BIMSTEC summit in Bangkok"
RHET = 'The Indian prime minister urged that "rhetoric that vitiates the environment is best avoided"'
HASINA = "Yunus, in turn, pressed for the extradition of former prime minister Sheikh Hasina"
BIM = (
    "The seven-member BIMSTEC, which groups Bangladesh, Bhutan, India, Myanmar, Nepal, Sri Lanka and Thailand"
)
RICE = (
    "It has resumed direct government-to-government trade with Pakistan, buying Pakistani rice for the first time "
    "in decades"
)
EASE = "New Delhi might ease the curbs if Bangladesh held elections and lowered the temperature"
JUTE = "further Bangladeshi moves toward Beijing could prompt India to restrict jute imports as well"
V = [
    ("Muhammad Yunus", "REQUEST", "China", False, INVITE, "New Delhi's reading of the remark"),
    ("India", "ACCUSE", "Muhammad Yunus", False, INVITE, "implied"),
    ("India", "SANCTION", "Bangladesh", True, "New Delhi's port curbs on Bangladeshi garments", "standfirst"),
    (
        "India",
        "SANCTION",
        "Bangladesh",
        True,
        DGFT,
        "garments only via Kolkata and Nhava Sheva; ~$770m affected",
    ),
    ("India", "COERCE", "Bangladesh", False, DGFT, "restriction could be read as COERCE"),
    (
        "India",
        "SANCTION",
        "Bangladesh",
        True,
        "Processed food, plastics, cotton yarn and wooden furniture from Bangladesh can no longer enter through land "
        "customs stations",
        "agent implicit",
    ),
    ("India", "SANCTION", "Bangladesh", True, TRANS, "transshipment facility withdrawn"),
    ("India", "COOPERATE", "Bangladesh", False, TRANS, "2020 arrangement, background"),
    ("Bangladesh", "SANCTION", "India", False, "Dhaka hit back within a week", "vague"),
    ("Bangladesh", "SANCTION", "India", True, YARN, "yarn import halt"),
    ("Bangladesh", "CONSULT", "India", False, BASHIR, "future dialogue"),
    ("Sheikh Bashir Uddin", "CONSULT", "India", False, BASHIR, "future dialogue"),
    ("Sheikh Bashir Uddin", "ACCUSE", "India", False, BASHIR, "implied complaint"),
    ("Muhammad Yunus", "CONSULT", "China", True, XI, "state visit"),
    ("Xi Jinping", "CONSULT", "Muhammad Yunus", True, XI, "passive"),
    (
        "China",
        "AID",
        "Bangladesh",
        True,
        "Beijing pledged about US$2.1 billion in investments, loans and grants",
        "$2.1bn pledged",
    ),
    (
        "China",
        "COOPERATE",
        "Bangladesh",
        False,
        "Chinese firms expressed interest in modernising Mongla port",
        "interest only; firms",
    ),
    ("Himanta Biswa Sarma", "ACCUSE", "Muhammad Yunus", True, REMARK, "condemnation"),
    ("Himanta Biswa Sarma", "ACCUSE", "Bangladesh", False, REMARK, ""),
    ("Subrahmanyam Jaishankar", "ACCUSE", "Bangladesh", False, CHERRY, "implicit rebuke"),
    ("China", "ALLY", "Bangladesh", True, NOT3, "partnership"),
    ("China", "REJECT", "India", False, NOT3, "implied rebuttal"),
    (
        "China",
        "ALLY",
        "Bangladesh",
        True,
        "Beijing and Dhaka describe their relationship as a strategic partnership of cooperation",
        "",
    ),
    ("Narendra Modi", "CONSULT", "Muhammad Yunus", True, MET, "meeting in Bangkok"),
    (
        "Bangladesh",
        "MEMBER_OF",
        "BIMSTEC",
        False,
        "where Bangladesh took over the grouping's chair from Thailand",
        "implied here; stated below",
    ),
    ("Narendra Modi", "REQUEST", "Muhammad Yunus", True, RHET, "target implicit"),
    ("Narendra Modi", "ACCUSE", "Muhammad Yunus", False, RHET, "implied"),
    (
        "Narendra Modi",
        "REQUEST",
        "Bangladesh",
        False,
        "raised the safety of Hindus in Bangladesh",
        "type debatable",
    ),
    ("Muhammad Yunus", "REQUEST", "Narendra Modi", True, HASINA, "extradition"),
    ("Bangladesh", "REQUEST", "India", False, "New Delhi has not acted on Dhaka's request", "noun phrase"),
    ("Bangladesh", "MEMBER_OF", "BIMSTEC", True, BIM, ""),
    ("Bhutan", "MEMBER_OF", "BIMSTEC", True, BIM, ""),
    ("India", "MEMBER_OF", "BIMSTEC", True, BIM, ""),
    ("Myanmar", "MEMBER_OF", "BIMSTEC", True, BIM, ""),
    ("Nepal", "MEMBER_OF", "BIMSTEC", True, BIM, ""),
    ("Sri Lanka", "MEMBER_OF", "BIMSTEC", True, BIM, ""),
    ("Thailand", "MEMBER_OF", "BIMSTEC", True, BIM, ""),
    ("Bangladesh", "COOPERATE", "Pakistan", True, RICE, "pronoun subject; rice purchases"),
    ("India", "RETREAT", "Bangladesh", False, EASE, "analyst's hypothetical"),
    ("India", "REQUEST", "Bangladesh", False, EASE, "implied condition"),
    ("India", "SANCTION", "Bangladesh", False, JUTE, "analyst's hypothetical"),
    ("Bangladesh", "COOPERATE", "China", False, JUTE, "hypothetical"),
    (
        "Muhammad Yunus",
        "ROLE",
        "Bangladesh",
        True,
        "Muhammad Yunus, the chief adviser of Bangladesh's interim government",
        "chief adviser",
    ),
    ("Xi Jinping", "ROLE", "China", True, "President Xi Jinping", "President"),
    ("Narendra Modi", "ROLE", "India", True, "The Indian prime minister urged", "Prime Minister"),
    (
        "Randhir Jaiswal",
        "ROLE",
        "India",
        True,
        "External affairs ministry spokesman Randhir Jaiswal",
        "external affairs ministry spokesman",
    ),
    (
        "Sheikh Bashir Uddin",
        "ROLE",
        "Bangladesh",
        True,
        "Sheikh Bashir Uddin, the commerce adviser in Yunus's interim government",
        "commerce adviser",
    ),
    (
        "Touhid Hossain",
        "ROLE",
        "Bangladesh",
        True,
        "Foreign affairs adviser Touhid Hossain",
        "foreign affairs adviser",
    ),
    (
        "Himanta Biswa Sarma",
        "ROLE",
        "Assam",
        True,
        "Himanta Biswa Sarma, the chief minister of Assam",
        "chief minister",
    ),
    (
        "Subrahmanyam Jaishankar",
        "ROLE",
        "India",
        True,
        "External Affairs Minister Subrahmanyam Jaishankar",
        "External Affairs Minister",
    ),
    (
        "Sheikh Hasina",
        "ROLE",
        "Bangladesh",
        False,
        "former prime minister Sheikh Hasina",
        "former prime minister",
    ),
    (
        "Ajay Srivastava",
        "ROLE",
        "Global Trade Research Initiative",
        True,
        "said Ajay Srivastava, the group's founder",
        "founder",
    ),
    (
        "Mustafizur Rahman",
        "ROLE",
        "Centre for Policy Dialogue",
        True,
        "Mustafizur Rahman, a distinguished fellow at the Centre for Policy Dialogue",
        "distinguished fellow",
    ),
    (
        "Sreeradha Datta",
        "ROLE",
        "O.P. Jindal Global University",
        True,
        "Sreeradha Datta, a professor at O.P. Jindal Global University",
        "professor",
    ),
]
