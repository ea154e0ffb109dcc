"""Gold tables for us_ukraine_minerals_deal.txt."""

US, UA, RU = "Q30", "Q212", "Q159"
E = [
    (
        "United States",
        "Country",
        US,
        ["Washington", "US", "America's", "the Trump administration", "Congress's"],
        US,
    ),
    (
        "Ukraine",
        "Country",
        UA,
        ["Kyiv", "Ukrainian", "Ukraine's parliament", "the Verkhovna Rada", "the Ukrainian delegation"],
        UA,
    ),
    ("Russia", "Country", RU, ["Moscow", "Russian", "Russian forces", "Russia's Security Council"], RU),
    ("Scott Bessent", "Person", None, ["US Treasury Secretary Scott Bessent", "Bessent"], US),
    (
        "Yulia Svyrydenko",
        "Person",
        None,
        ["Ukraine's First Deputy Prime Minister Yulia Svyrydenko", "Svyrydenko"],
        UA,
    ),
    (
        "United States-Ukraine Reconstruction Investment Fund",
        "Organization",
        None,
        [],
        None,
    ),
    (
        "Volodymyr Zelensky",
        "Person",
        "Q3874799",
        ["President Volodymyr Zelensky", "Zelensky", "Zelensky's"],
        UA,
    ),
    ("Donald Trump", "Person", "Q22686", ["President Donald Trump", "Trump"], US),
    ("JD Vance", "Person", None, ["Vice-President JD Vance"], US),
    ("Denys Shmyhal", "Person", None, ["Prime Minister Denys Shmyhal"], UA),
    ("Dmitry Medvedev", "Person", None, [], RU),
    ("Vladimir Putin", "Person", "Q7747", [], RU),
    ("Tymofiy Mylovanov", "Person", None, [], None),
    ("Kyiv School of Economics", "Organization", None, ["the Kyiv School of Economics"], None),
    ("European Union", "IGO", "Q458", ["the European Union"], None),
    ("Saudi Arabia", "Country", "Q851", [], "Q851"),
    ("Telegram", "Organization", None, [], None),
    ("Donbas", "Location", None, ["the Donbas"], None),
    ("Jeddah", "Location", None, [], None),
    ("Oval Office", "Location", None, ["the Oval Office"], None),
    ("White House", "Location", None, ["the White House"], None),
]

SIGNED = (
    "The deal was signed in Washington on Wednesday by US Treasury Secretary Scott Bessent and Ukraine's First "
    "Deputy Prime Minister Yulia Svyrydenko"
)
FUND = "The two countries will set up a joint United States-Ukraine Reconstruction Investment Fund"
BESSENT = (
    'Bessent said the agreement "signals clearly to Russia that the Trump administration is committed to a peace '
    'process centred on a free, sovereign and prosperous Ukraine over the long term"'
)
SVYR = 'Svyrydenko called it an agreement between "equal partners" and said the US would help attract investment and technology to Ukraine'
PARTNER = 'The final text refers to America\'s "long-term strategic partnership" with Ukraine'
LONG = (
    "President Donald Trump has long argued that the US should get something back for the billions of dollars in "
    "aid it has sent Ukraine since Russia's full-scale invasion in 2022"
)
FLEW = (
    "Zelensky flew to Washington at the end of February to sign an earlier version, but the meeting collapsed into "
    "a shouting match"
)
VANCE = (
    'Trump and Vice-President JD Vance accused him of being ungrateful and of "gambling with World War Three"'
)
LEAVE = "the Ukrainian delegation was asked to leave the White House"
JEDDAH = (
    "Both were restored after talks in Jeddah, Saudi Arabia, in March, where Ukraine accepted a US proposal for a "
    "30-day ceasefire"
)
MEDV = (
    'mocked the deal on Telegram, saying Trump had forced Kyiv to "pay for American aid with the mineral resources '
    'of a disappearing country"'
)
OFFER = (
    "Moscow has itself offered the US access to rare earth deposits in Russia and in occupied Ukrainian territory, "
    "an idea Vladimir Putin floated in February"
)
V = [
    (
        "United States",
        "AGREE",
        "Ukraine",
        True,
        "the United States and Ukraine have signed an agreement that gives Washington a stake in Ukraine's future "
        "mineral wealth",
        "minerals deal signed",
    ),
    ("Scott Bessent", "AGREE", "Yulia Svyrydenko", True, SIGNED, "signatories"),
    ("United States", "COOPERATE", "Ukraine", True, FUND, "joint investment fund"),
    (
        "United States",
        "AID",
        "Ukraine",
        False,
        "The US can count new military assistance, such as air-defence systems, as its contribution.",
        "possible future military aid",
    ),
    (
        "United States",
        "REQUEST",
        "Ukraine",
        True,
        "An earlier US draft had asked for $500bn (£375bn) in returns",
        "$500bn demand",
    ),
    (
        "Volodymyr Zelensky",
        "REJECT",
        "United States",
        True,
        'a demand President Volodymyr Zelensky rejected, saying he would not "sell our state"',
        "",
    ),
    ("Scott Bessent", "SUPPORT", "Ukraine", True, BESSENT, ""),
    ("Scott Bessent", "THREATEN", "Russia", False, BESSENT, "'signals to Russia' read as warning"),
    ("Yulia Svyrydenko", "ALLY", "United States", False, SVYR, "'equal partners'"),
    ("United States", "AID", "Ukraine", False, SVYR, "future help, per Svyrydenko"),
    (
        "Russia",
        "COERCE",
        "Ukraine",
        True,
        "some of the most valuable lie in areas now occupied by Russia",
        "occupation",
    ),
    (
        "Russia",
        "COERCE",
        "Ukraine",
        False,
        "Ukrainian officials estimate that Russian forces control resources worth hundreds of billions of dollars",
        "estimate",
    ),
    ("United States", "ALLY", "Ukraine", True, PARTNER, "strategic partnership"),
    (
        "Volodymyr Zelensky",
        "REQUEST",
        "United States",
        True,
        "That was Zelensky's main demand when talks began in February",
        "security guarantees",
    ),
    (
        "Ukraine",
        "CONSULT",
        "United States",
        False,
        "That was Zelensky's main demand when talks began in February",
        "talks, noun phrase",
    ),
    (
        "Denys Shmyhal",
        "SUPPORT",
        "United States",
        False,
        "Prime Minister Denys Shmyhal said it was nevertheless a signal that Washington would stay engaged",
        "",
    ),
    (
        "Ukraine",
        "AGREE",
        "United States",
        False,
        "The deal still has to be ratified by Ukraine's parliament, the Verkhovna Rada",
        "future ratification",
    ),
    ("United States", "AID", "Ukraine", True, LONG, "billions in aid"),
    ("Donald Trump", "REQUEST", "Ukraine", False, LONG, "argues for a return"),
    ("Russia", "ASSAULT", "Ukraine", False, LONG, "invasion in a noun phrase"),
    ("Volodymyr Zelensky", "CONSULT", "United States", True, FLEW, "visit"),
    ("Volodymyr Zelensky", "CONSULT", "Donald Trump", False, FLEW, "meeting, Trump implicit"),
    ("Donald Trump", "ACCUSE", "Volodymyr Zelensky", True, VANCE, ""),
    ("JD Vance", "ACCUSE", "Volodymyr Zelensky", True, VANCE, ""),
    ("United States", "SANCTION", "Ukraine", False, LEAVE, "delegation sent away; type debatable"),
    ("United States", "REQUEST", "Ukraine", False, LEAVE, "asked to leave"),
    (
        "United States",
        "SANCTION",
        "Ukraine",
        True,
        "Days later, the US paused military aid and intelligence sharing with Kyiv.",
        "aid pause",
    ),
    ("United States", "AID", "Ukraine", True, JEDDAH, "aid and intelligence restored"),
    ("Ukraine", "CONSULT", "United States", True, JEDDAH, "Jeddah talks"),
    ("Ukraine", "AGREE", "United States", True, JEDDAH, "accepted 30-day ceasefire proposal"),
    ("Russia", "REJECT", "United States", False, "Russia did not accept it.", "negated acceptance"),
    (
        "Ukraine",
        "CONSULT",
        "United States",
        False,
        "Negotiations on the minerals text continued into the final hours",
        "actors implicit",
    ),
    ("Dmitry Medvedev", "ACCUSE", "Ukraine", True, MEDV, "mockery"),
    ("Dmitry Medvedev", "ACCUSE", "Donald Trump", False, MEDV, ""),
    ("Donald Trump", "COERCE", "Ukraine", False, MEDV, "Medvedev's claim"),
    ("Russia", "AGREE", "United States", True, OFFER, "offer of access"),
    ("Russia", "COOPERATE", "United States", False, OFFER, "offer, type alternative"),
    ("Vladimir Putin", "AGREE", "United States", False, OFFER, "floated"),
    ("Russia", "COERCE", "Ukraine", False, OFFER, "occupied territory, noun phrase"),
    (
        "United States",
        "AID",
        "Ukraine",
        False,
        'the US would "get far more than the $350bn" it had spent',
        "$350bn claim",
    ),
    (
        "Scott Bessent",
        "ROLE",
        "United States",
        True,
        "US Treasury Secretary Scott Bessent",
        "Treasury Secretary",
    ),
    (
        "Yulia Svyrydenko",
        "ROLE",
        "Ukraine",
        True,
        "Ukraine's First Deputy Prime Minister Yulia Svyrydenko, who is also economy minister",
        "First Deputy Prime Minister and Economy Minister",
    ),
    ("Volodymyr Zelensky", "ROLE", "Ukraine", True, "President Volodymyr Zelensky", "President"),
    ("Denys Shmyhal", "ROLE", "Ukraine", True, "Prime Minister Denys Shmyhal", "Prime Minister"),
    ("Donald Trump", "ROLE", "United States", True, "President Donald Trump", "President"),
    ("JD Vance", "ROLE", "United States", True, "Vice-President JD Vance", "Vice-President"),
    (
        "Dmitry Medvedev",
        "ROLE",
        "Russia",
        True,
        "Dmitry Medvedev, the former Russian president who is deputy chairman of Russia's Security Council",
        "Deputy Chairman of the Security Council (former President)",
    ),
    (
        "Tymofiy Mylovanov",
        "ROLE",
        "Kyiv School of Economics",
        True,
        "Tymofiy Mylovanov, president of the Kyiv School of Economics",
        "President",
    ),
]
