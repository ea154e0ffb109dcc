"""Gold tables for g7_charlevoix_foreign_ministers_release.txt."""

CA, US, EU, RU, CN, KP, IR, UA = "Q16", "Q30", "Q458", "Q159", "Q148", "Q423", "Q794", "Q212"
E = [
    ("Canada", "Country", CA, ["Canadian", "Global Affairs Canada"], CA),
    ("G7", "IGO", None, ["the G7", "G7 members"], None),
    ("Mélanie Joly", "Person", None, ["the Honourable Mélanie Joly", "Minister Joly"], CA),
    ("Marco Rubio", "Person", "Q324546", ["U.S. Secretary of State Marco Rubio", "Secretary Rubio"], US),
    ("United States", "Country", US, ["U.S.", "the United States"], US),
    ("David Lammy", "Person", None, ["United Kingdom Foreign Secretary David Lammy"], "Q145"),
    ("United Kingdom", "Country", "Q145", ["the United Kingdom"], "Q145"),
    (
        "Jean-Noël Barrot",
        "Person",
        None,
        ["France's Minister for Europe and Foreign Affairs Jean-Noël Barrot"],
        "Q142",
    ),
    ("France", "Country", "Q142", [], "Q142"),
    (
        "Annalena Baerbock",
        "Person",
        None,
        ["Germany's Federal Minister for Foreign Affairs Annalena Baerbock"],
        "Q183",
    ),
    ("Germany", "Country", "Q183", [], "Q183"),
    (
        "Antonio Tajani",
        "Person",
        None,
        ["Italy's Deputy Prime Minister and Minister of Foreign Affairs Antonio Tajani"],
        "Q38",
    ),
    ("Italy", "Country", "Q38", [], "Q38"),
    (
        "Takeshi Iwaya",
        "Person",
        None,
        ["Japan's Minister for Foreign Affairs Takeshi Iwaya", "Minister Iwaya"],
        "Q17",
    ),
    ("Japan", "Country", "Q17", [], "Q17"),
    ("Kaja Kallas", "Person", None, ["High Representative Kallas"], EU),
    ("European Union", "IGO", EU, ["the European Union"], None),
    ("Ukraine", "Country", UA, ["Ukrainian"], UA),
    ("Andrii Sybiha", "Person", None, ["Ukraine's Minister of Foreign Affairs, Andrii Sybiha"], UA),
    ("Russia", "Country", RU, ["Russian"], RU),
    ("Saudi Arabia", "Country", "Q851", [], "Q851"),
    ("North Korea", "Country", KP, ["the DPRK"], KP),
    ("Iran", "Country", IR, [], IR),
    ("China", "Country", CN, [], CN),
    ("Taiwan", "Country", "Q865", [], "Q865"),
    ("Philippines", "Country", "Q928", ["Philippine"], "Q928"),
    ("Belarus", "Country", "Q184", [], "Q184"),
    ("G7 Foreign Ministers' Meeting", "Event", None, ["the G7 Foreign Ministers' Meeting"], None),
    ("Charlevoix", "Location", None, [], None),
    ("La Malbaie", "Location", None, [], None),
    ("Quebec", "Location", None, [], None),
    ("Jeddah", "Location", None, [], None),
    ("Indo-Pacific", "Location", None, ["the Indo-Pacific"], None),
    ("Middle East", "Location", None, ["the Middle East"], None),
    ("Taiwan Strait", "Location", None, ["the Taiwan Strait"], None),
    ("South China Sea", "Location", None, ["the South China Sea"], None),
    ("Kananaskis", "Location", None, [], None),
    ("Alberta", "Location", None, [], None),
]

WELCOME = (
    "Minister Joly welcomed to Charlevoix U.S. Secretary of State Marco Rubio, United Kingdom Foreign Secretary"
    " David Lammy, France's Minister for Europe and Foreign Affairs Jean-Noël Barrot, Germany's Federal Minister"
    " for Foreign Affairs Annalena Baerbock, Italy's Deputy Prime Minister and Minister of Foreign Affairs Antonio"
    " Tajani, Japan's Minister for Foreign Affairs Takeshi Iwaya, and the High Representative of the European"
    " Union for Foreign Affairs and Security Policy, Kaja Kallas"
)
HOST = "concluded the G7 Foreign Ministers' Meeting, which she hosted in Charlevoix, Quebec"
JEDDAH = (
    "They welcomed Ukraine's acceptance of a proposal for an immediate 30-day ceasefire, following talks"
    " between Ukrainian and U.S. delegations in Jeddah, Saudi Arabia, on March 11"
)
COSTS = (
    "Ministers discussed imposing further costs on Russia should it refuse such a ceasefire, including through"
    " further sanctions"
)
CONDEMN = (
    "They condemned the provision of military assistance to Russia by the DPRK and Iran, and China's enablement"
    " of Russia's war machine"
)
IRAN = "reaffirmed that Iran can never be allowed to develop a nuclear weapon"
FLEET = (
    'Members committed to counter the "shadow fleet" of ageing tankers that Russia uses to evade sanctions'
)
TARIFF = "She raised the unjustified tariffs imposed by the United States on Canadian steel and aluminum"
SOV = "made clear that Canada's sovereignty is not up for discussion"
BILAT = "The minister also held bilateral meetings with High Representative Kallas and Minister Iwaya"
MEMBERS = (
    "The G7 is made up of Canada, France, Germany, Italy, Japan, the United Kingdom and the United States"
)
COUNTER = (
    "Canada responded to U.S. tariffs with counter-tariffs on $29.8 billion of goods from the United States"
)
SANCT = "has sanctioned more than 3,000 individuals and entities in Russia, Belarus, Iran and the DPRK"
V = [
    ("Mélanie Joly", "CONSULT", "G7", True, HOST, "hosted the meeting"),
    ("Mélanie Joly", "CONSULT", "Marco Rubio", True, WELCOME, "meeting"),
    ("Mélanie Joly", "CONSULT", "David Lammy", True, WELCOME, "meeting"),
    ("Mélanie Joly", "CONSULT", "Jean-Noël Barrot", True, WELCOME, "meeting"),
    ("Mélanie Joly", "CONSULT", "Annalena Baerbock", True, WELCOME, "meeting"),
    ("Mélanie Joly", "CONSULT", "Antonio Tajani", True, WELCOME, "meeting"),
    ("Mélanie Joly", "CONSULT", "Takeshi Iwaya", True, WELCOME, "meeting"),
    ("Mélanie Joly", "CONSULT", "Kaja Kallas", True, WELCOME, "meeting"),
    (
        "G7",
        "SUPPORT",
        "Ukraine",
        True,
        "G7 members reaffirmed their unwavering support for Ukraine",
        "",
    ),
    ("G7", "SUPPORT", "Ukraine", True, JEDDAH, "welcomed Ukraine's acceptance"),
    ("Ukraine", "AGREE", "United States", True, JEDDAH, "accepted 30-day ceasefire proposal"),
    ("Ukraine", "CONSULT", "United States", True, JEDDAH, "talks in Jeddah"),
    (
        "G7",
        "REQUEST",
        "Russia",
        True,
        "Ministers called on Russia to reciprocate by agreeing to a ceasefire on equal terms",
        "ceasefire",
    ),
    ("G7", "THREATEN", "Russia", True, COSTS, "conditional: further sanctions, oil price caps"),
    ("G7", "ACCUSE", "North Korea", True, CONDEMN, "condemnation"),
    ("G7", "ACCUSE", "Iran", True, CONDEMN, "condemnation"),
    ("G7", "ACCUSE", "China", True, CONDEMN, "condemnation"),
    ("North Korea", "AID", "Russia", False, CONDEMN, "noun phrase"),
    ("Iran", "AID", "Russia", False, CONDEMN, "noun phrase"),
    ("China", "AID", "Russia", False, CONDEMN, "'enablement'"),
    (
        "Russia",
        "ASSAULT",
        "Ukraine",
        False,
        "Russia's war of aggression against Ukraine",
        "noun phrase",
    ),
    (
        "Andrii Sybiha",
        "CONSULT",
        "G7",
        True,
        "Ukraine's Minister of Foreign Affairs, Andrii Sybiha, joined ministers by video for a session on Ukraine",
        "video session",
    ),
    (
        "Mélanie Joly",
        "AID",
        "Ukraine",
        True,
        "Minister Joly announced $25 million for humanitarian demining and the repair of energy infrastructure in Ukraine",
        "$25 million",
    ),
    (
        "Russia",
        "ASSAULT",
        "Ukraine",
        True,
        "which Russian missile and drone strikes continue to target",
        "strikes on energy infrastructure",
    ),
    (
        "G7",
        "ACCUSE",
        "China",
        True,
        "Ministers expressed concern about China's military build-up",
        "",
    ),
    (
        "G7",
        "ACCUSE",
        "China",
        False,
        "They opposed any unilateral attempt to change the status quo in the Taiwan Strait by force or coercion",
        "China not named",
    ),
    (
        "G7",
        "SUPPORT",
        "Taiwan",
        True,
        "supported Taiwan's meaningful participation in international organizations",
        "",
    ),
    (
        "G7",
        "ACCUSE",
        "China",
        True,
        "They also opposed China's dangerous manoeuvres against Philippine vessels in the South China Sea",
        "",
    ),
    (
        "China",
        "COERCE",
        "Philippines",
        False,
        "China's dangerous manoeuvres against Philippine vessels in the South China Sea",
        "noun phrase",
    ),
    (
        "G7",
        "REQUEST",
        "North Korea",
        True,
        "Ministers demanded that the DPRK abandon all of its nuclear weapons and ballistic missile programs",
        "",
    ),
    ("G7", "REQUEST", "Iran", False, IRAN, "demand-like statement"),
    ("G7", "THREATEN", "Iran", False, IRAN, "implicit"),
    ("G7", "ACCUSE", "Russia", True, FLEET, "shadow fleet, sanctions evasion"),
    ("G7", "SANCTION", "Russia", False, FLEET, "existing sanctions, noun phrase"),
    ("G7", "COERCE", "Russia", False, FLEET, "commitment to counter, future"),
    (
        "Mélanie Joly",
        "CONSULT",
        "Marco Rubio",
        True,
        "On the margins of the meeting, Minister Joly met with Secretary Rubio",
        "bilateral",
    ),
    ("Mélanie Joly", "ACCUSE", "United States", True, TARIFF, "'unjustified tariffs'"),
    ("United States", "SANCTION", "Canada", False, TARIFF, "tariffs, noun phrase"),
    ("Mélanie Joly", "REJECT", "United States", False, SOV, "target implicit"),
    ("Mélanie Joly", "CONSULT", "Kaja Kallas", True, BILAT, "bilateral"),
    ("Mélanie Joly", "CONSULT", "Takeshi Iwaya", True, BILAT, "bilateral"),
    (
        "Canada",
        "COOPERATE",
        "Japan",
        False,
        "with whom she discussed strengthening security and defence cooperation",
        "discussed, future",
    ),
    (
        "Canada",
        "COOPERATE",
        "European Union",
        False,
        "with whom she discussed strengthening security and defence cooperation",
        "discussed, future",
    ),
    ("Mélanie Joly", "REQUEST", "Russia", True, "Russia must accept a ceasefire", ""),
    (
        "Mélanie Joly",
        "THREATEN",
        "Russia",
        False,
        "those who arm its war must pay a price",
        "targets are Russia's suppliers, unnamed",
    ),
    ("Mélanie Joly", "REJECT", "United States", False, "Canada will not be intimidated", "target implicit"),
    ("Canada", "MEMBER_OF", "G7", True, MEMBERS, ""),
    ("France", "MEMBER_OF", "G7", True, MEMBERS, ""),
    ("Germany", "MEMBER_OF", "G7", True, MEMBERS, ""),
    ("Italy", "MEMBER_OF", "G7", True, MEMBERS, ""),
    ("Japan", "MEMBER_OF", "G7", True, MEMBERS, ""),
    ("United Kingdom", "MEMBER_OF", "G7", True, MEMBERS, ""),
    ("United States", "MEMBER_OF", "G7", True, MEMBERS, ""),
    (
        "European Union",
        "MEMBER_OF",
        "G7",
        False,
        "The European Union participates in all of its work",
        "participant, not a member",
    ),
    ("Canada", "SANCTION", "United States", True, COUNTER, "counter-tariffs on $29.8 billion"),
    ("United States", "SANCTION", "Canada", False, COUNTER, "'U.S. tariffs', noun phrase"),
    (
        "Canada",
        "AID",
        "Ukraine",
        True,
        "Canada has committed more than $19.5 billion in assistance to Ukraine",
        "> $19.5 billion since 2022",
    ),
    ("Canada", "SANCTION", "Russia", True, SANCT, "> 3,000 individuals and entities"),
    ("Canada", "SANCTION", "Belarus", True, SANCT, ""),
    ("Canada", "SANCTION", "Iran", True, SANCT, ""),
    ("Canada", "SANCTION", "North Korea", True, SANCT, ""),
    (
        "Mélanie Joly",
        "ROLE",
        "Canada",
        True,
        "the Honourable Mélanie Joly, Minister of Foreign Affairs",
        "Minister of Foreign Affairs",
    ),
    (
        "Marco Rubio",
        "ROLE",
        "United States",
        True,
        "U.S. Secretary of State Marco Rubio",
        "Secretary of State",
    ),
    (
        "David Lammy",
        "ROLE",
        "United Kingdom",
        True,
        "United Kingdom Foreign Secretary David Lammy",
        "Foreign Secretary",
    ),
    (
        "Jean-Noël Barrot",
        "ROLE",
        "France",
        True,
        "France's Minister for Europe and Foreign Affairs Jean-Noël Barrot",
        "Minister for Europe and Foreign Affairs",
    ),
    (
        "Annalena Baerbock",
        "ROLE",
        "Germany",
        True,
        "Germany's Federal Minister for Foreign Affairs Annalena Baerbock",
        "Federal Minister for Foreign Affairs",
    ),
    (
        "Antonio Tajani",
        "ROLE",
        "Italy",
        True,
        "Italy's Deputy Prime Minister and Minister of Foreign Affairs Antonio Tajani",
        "Deputy Prime Minister and Minister of Foreign Affairs",
    ),
    (
        "Takeshi Iwaya",
        "ROLE",
        "Japan",
        True,
        "Japan's Minister for Foreign Affairs Takeshi Iwaya",
        "Minister for Foreign Affairs",
    ),
    (
        "Kaja Kallas",
        "ROLE",
        "European Union",
        True,
        "the High Representative of the European Union for Foreign Affairs and Security Policy, Kaja Kallas",
        "High Representative for Foreign Affairs and Security Policy",
    ),
    (
        "Andrii Sybiha",
        "ROLE",
        "Ukraine",
        True,
        "Ukraine's Minister of Foreign Affairs, Andrii Sybiha",
        "Minister of Foreign Affairs",
    ),
]
