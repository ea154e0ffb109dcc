"""Gold tables for unsc_zaporizhzhia_drones.txt."""

RU, UA, US, UK, FR, CN = "Q159", "Q212", "Q30", "Q145", "Q142", "Q148"
IAEA = "International Atomic Energy Agency"
UNSC = "United Nations Security Council"
E = [
    (IAEA, "IGO", None, ["IAEA", "U.N. nuclear watchdog", "the agency"], None),
    (
        UNSC,
        "IGO",
        "Q37470",
        ["U.N. Security Council", "the Security Council", "the council", "the 15-member council"],
        None,
    ),
    ("United Nations", "IGO", "Q1065", ["U.N."], None),
    ("Rafael Grossi", "Person", None, ["Grossi", "The head of the U.N. nuclear watchdog"], IAEA),
    (
        "Russia",
        "Country",
        RU,
        ["Moscow", "Russian", "Russian forces", "Russian troops", "the occupiers", "Moscow's mission"],
        RU,
    ),
    ("Ukraine", "Country", UA, ["Kyiv", "Ukrainian", "Ukrainian forces"], UA),
    ("Vasily Nebenzia", "Person", None, ["Nebenzia", "Moscow's U.N. ambassador Vasily Nebenzia"], RU),
    ("Sergiy Kyslytsya", "Person", None, ["Ukraine's ambassador Sergiy Kyslytsya"], UA),
    ("United States", "Country", US, ["U.S.", "Washington"], US),
    ("Robert Wood", "Person", None, ["U.S. Deputy Ambassador Robert Wood"], US),
    ("United Kingdom", "Country", UK, ["Britain"], UK),
    ("Barbara Woodward", "Person", None, ["Britain's ambassador Barbara Woodward"], UK),
    ("France", "Country", FR, ["French", "Paris"], FR),
    ("Nicolas de Riviere", "Person", None, ["her French counterpart Nicolas de Riviere"], FR),
    ("China", "Country", CN, ["China's envoy"], CN),
    ("Malta", "Country", "Q233", [], "Q233"),
    ("Switzerland", "Country", "Q39", [], "Q39"),
    ("Energoatom", "Organization", None, ["Ukraine's state nuclear company Energoatom"], UA),
    ("Rosatom", "Organization", None, [], RU),
    ("Alexei Likhachev", "Person", None, ["Likhachev", "Rosatom chief Alexei Likhachev"], RU),
    ("Dmytro Kuleba", "Person", None, ["Ukraine's Foreign Minister Dmytro Kuleba"], UA),
    ("European Union", "IGO", "Q458", ["the bloc"], None),
    ("Richard Gowan", "Person", None, [], None),
    ("International Crisis Group", "Organization", None, [], None),
    (
        "Zaporizhzhia nuclear power plant",
        "Location",
        None,
        ["Zaporizhzhia plant", "Europe's largest nuclear power plant", "the six-reactor plant"],
        None,
    ),
    ("Kaliningrad", "Location", None, [], None),
    ("Vienna", "Location", None, [], None),
    ("Clara Whitfield", "Person", None, [], None),
    ("Dmitri Antonov", "Person", None, [], None),
    ("Howard Lane", "Person", None, [], None),
]

LEAD = (
    "The head of the U.N. nuclear watchdog told the Security Council on Monday that a series of drone strikes "
    'on Europe\'s largest nuclear power plant had brought the world "dangerously close" to a nuclear accident, '
    "as Russia and Ukraine blamed each other for the attacks"
)
RQ = "Russia, which requested the meeting, accused Kyiv of carrying out the strikes"
NEB = 'Moscow\'s U.N. ambassador Vasily Nebenzia said Ukrainian forces were "playing with fire"'
HAND = (
    "He said Russia had handed the IAEA fragments of the drones and demanded that the agency name the culprit"
)
KYS = 'Ukraine\'s ambassador Sergiy Kyslytsya rejected the accusation as "a cynical provocation" staged by the occupiers'
BASE = "He said Moscow had turned the plant into a military base and was holding its Ukrainian staff hostage"
URGE = "he urged the council to demand the withdrawal of Russian troops from the site"
WOOD = (
    "U.S. Deputy Ambassador Robert Wood said Washington could not confirm who launched the drones but that the "
    "root of the danger was Russia's seizure of the plant"
)
SIM = (
    "Britain's ambassador Barbara Woodward and her French counterpart Nicolas de Riviere made similar remarks"
)
PARIS = 'Paris called for the plant to be returned to the "full control" of its legitimate operator'
CHN = "China's envoy urged both sides to exercise restraint and to cooperate with the IAEA"
SWISS = (
    "Diplomats said a draft text of press elements proposed by Switzerland had been blocked by Russia, which "
    "objected to a reference to Ukraine's sovereignty"
)
RESPECT = "Both Moscow and Kyiv have said they respect the principles"
PLAN = (
    "Grossi said he planned to return to Russia for talks with Rosatom chief Alexei Likhachev and would also "
    "travel to Kyiv"
)
SEIZE = "Russian forces seized the six-reactor plant in March 2022, shortly after Moscow launched its full-scale invasion of Ukraine"
KUL = 'Ukraine\'s Foreign Minister Dmytro Kuleba said on social media that the strikes showed Russia "will stop at nothing"'
KUL2 = "called on the European Union to impose sanctions on Rosatom"
VETO = (
    "Russia vetoed a resolution condemning its annexation of four Ukrainian regions, including Zaporizhzhia"
)
V = [
    ("Russia", "ACCUSE", "Ukraine", True, LEAD, "mutual blame"),
    ("Ukraine", "ACCUSE", "Russia", True, LEAD, "mutual blame"),
    ("Rafael Grossi", "CONSULT", UNSC, False, LEAD, "briefing"),
    ("Russia", "REQUEST", UNSC, True, RQ, "requested the meeting"),
    ("Russia", "ACCUSE", "Ukraine", True, RQ, ""),
    ("Vasily Nebenzia", "ACCUSE", "Ukraine", True, NEB, ""),
    (
        "Vasily Nebenzia",
        "REQUEST",
        UNSC,
        False,
        "called on Western members of the council to rein in their partner",
        "addressed to Western members",
    ),
    ("Russia", "COOPERATE", IAEA, False, HAND, "handed drone fragments, reported by Nebenzia"),
    ("Russia", "REQUEST", IAEA, True, HAND, "demanded the agency name the culprit"),
    ("Sergiy Kyslytsya", "REJECT", "Russia", False, KYS, "denial"),
    ("Sergiy Kyslytsya", "ACCUSE", "Russia", True, KYS, "staged provocation"),
    ("Sergiy Kyslytsya", "ACCUSE", "Russia", True, BASE, "military base, staff hostage"),
    ("Russia", "COERCE", "Ukraine", False, BASE, "staff held hostage, alleged"),
    ("Sergiy Kyslytsya", "REQUEST", UNSC, True, URGE, ""),
    ("Sergiy Kyslytsya", "REQUEST", "Russia", False, URGE, "indirect demand for withdrawal"),
    ("Robert Wood", "ACCUSE", "Russia", True, WOOD, "seizure is root of danger"),
    (
        "Robert Wood",
        "REQUEST",
        "Russia",
        False,
        '"Russia could end this risk today by withdrawing its forces," he said',
        "implicit demand",
    ),
    ("Barbara Woodward", "ACCUSE", "Russia", False, SIM, "similar remarks"),
    ("Nicolas de Riviere", "ACCUSE", "Russia", False, SIM, "similar remarks"),
    ("France", "REQUEST", "Russia", False, PARIS, "addressee implied"),
    ("France", "SUPPORT", "Ukraine", False, PARIS, "backs Ukrainian control"),
    ("China", "REQUEST", "Russia", True, CHN, "both sides"),
    ("China", "REQUEST", "Ukraine", True, CHN, "both sides"),
    (
        "Malta",
        "MEMBER_OF",
        UNSC,
        False,
        "Malta, which holds the council presidency this month",
        "implied by presidency",
    ),
    ("Russia", "REJECT", "Switzerland", True, SWISS, "blocked Swiss draft"),
    ("Russia", "REJECT", UNSC, False, SWISS, ""),
    ("Russia", "REJECT", "Ukraine", False, SWISS, "objected to sovereignty reference"),
    ("Russia", "AGREE", IAEA, False, RESPECT, "say they respect, not committed"),
    ("Ukraine", "AGREE", IAEA, False, RESPECT, "say they respect, not committed"),
    ("Rafael Grossi", "CONSULT", "Alexei Likhachev", False, PLAN, "planned"),
    ("Rafael Grossi", "CONSULT", "Russia", False, PLAN, "planned"),
    ("Rafael Grossi", "CONSULT", "Ukraine", False, PLAN, "planned"),
    (
        "Rafael Grossi",
        "CONSULT",
        "Alexei Likhachev",
        True,
        "He last met Likhachev in February in Kaliningrad",
        "",
    ),
    ("Russia", "COERCE", "Zaporizhzhia nuclear power plant", True, SEIZE, "seizure March 2022"),
    ("Russia", "COERCE", "Ukraine", False, SEIZE, "seizure of a Ukrainian plant"),
    ("Russia", "ASSAULT", "Ukraine", True, SEIZE, "full-scale invasion"),
    ("Dmytro Kuleba", "ACCUSE", "Russia", True, KUL, ""),
    ("Dmytro Kuleba", "REQUEST", "European Union", True, KUL2, "sanctions on Rosatom"),
    (
        "Rosatom",
        "REJECT",
        "Ukraine",
        False,
        'Rosatom said it would not comment on "Ukrainian propaganda"',
        "dismissal",
    ),
    ("Russia", "MEMBER_OF", UNSC, False, "Russia holds a veto", "analyst; implied permanent seat"),
    (
        "Rafael Grossi",
        "CONSULT",
        UNSC,
        False,
        "Grossi first briefed the council on the plant in September 2022",
        "briefing",
    ),
    ("Russia", "REJECT", UNSC, True, VETO, "veto"),
    ("Russia", "COERCE", "Ukraine", False, VETO, "annexation, noun phrase"),
    (
        "Rafael Grossi",
        "ROLE",
        IAEA,
        True,
        "Rafael Grossi, director general of the International Atomic Energy Agency",
        "Director General",
    ),
    (
        "Vasily Nebenzia",
        "ROLE",
        "Russia",
        True,
        "Moscow's U.N. ambassador Vasily Nebenzia",
        "U.N. ambassador",
    ),
    ("Sergiy Kyslytsya", "ROLE", "Ukraine", True, "Ukraine's ambassador Sergiy Kyslytsya", "U.N. ambassador"),
    ("Robert Wood", "ROLE", "United States", True, "U.S. Deputy Ambassador Robert Wood", "Deputy Ambassador"),
    (
        "Barbara Woodward",
        "ROLE",
        "United Kingdom",
        True,
        "Britain's ambassador Barbara Woodward",
        "ambassador",
    ),
    ("Nicolas de Riviere", "ROLE", "France", True, "her French counterpart Nicolas de Riviere", "ambassador"),
    (
        "Dmytro Kuleba",
        "ROLE",
        "Ukraine",
        True,
        "Ukraine's Foreign Minister Dmytro Kuleba",
        "Foreign Minister",
    ),
    ("Alexei Likhachev", "ROLE", "Rosatom", True, "Rosatom chief Alexei Likhachev", "chief"),
    (
        "Richard Gowan",
        "ROLE",
        "International Crisis Group",
        True,
        "Richard Gowan, U.N. director at the International Crisis Group",
        "U.N. director",
    ),
]
