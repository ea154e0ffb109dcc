"""Gold tables for azerbaijan_iran_embassy_attack.txt."""

AZ, IR = "Q227", "Q794"
E = [
    (
        "Azerbaijan",
        "Country",
        AZ,
        ["Baku", "Azerbaijani", "the foreign ministry in Baku", "Azerbaijan's State Security Service"],
        AZ,
    ),
    ("Iran", "Country", IR, ["Tehran", "Iranian", "Iran's foreign ministry", "Iranian intelligence"], IR),
    ("Ilham Aliyev", "Person", None, ["Aliyev", "President Ilham Aliyev"], AZ),
    ("Orkhan Askerov", "Person", None, ["The embassy's security chief, Orkhan Askerov"], AZ),
    ("Jeyhun Bayramov", "Person", None, ["Azerbaijani Foreign Minister Jeyhun Bayramov"], AZ),
    (
        "Hossein Amir-Abdollahian",
        "Person",
        None,
        ["Amir-Abdollahian", "his Iranian counterpart Hossein Amir-Abdollahian"],
        IR,
    ),
    ("Abbas Mousavi", "Person", None, ["Iran's ambassador in Baku, Abbas Mousavi"], IR),
    ("Hossein Rahimi", "Person", None, ["Tehran police chief Hossein Rahimi"], IR),
    ("Hikmet Hajiyev", "Person", None, [], AZ),
    ("Ebrahim Raisi", "Person", None, ["President Ebrahim Raisi"], IR),
    ("Nasser Kanaani", "Person", None, ["Foreign ministry spokesman Nasser Kanaani"], IR),
    ("Turkey", "Country", "Q43", ["Turkish"], "Q43"),
    ("United States", "Country", "Q30", ["Washington", "the United States", "State Department"], "Q30"),
    ("Ned Price", "Person", None, ["State Department spokesman Ned Price"], "Q30"),
    ("Pakistan", "Country", "Q843", [], "Q843"),
    ("Georgia", "Country", "Q230", [], "Q230"),
    ("European Union", "IGO", "Q458", ["the European Union"], None),
    ("Russia", "Country", "Q159", ["Moscow", "Russia's foreign ministry"], "Q159"),
    ("Maria Zakharova", "Person", None, ["Russia's foreign ministry spokeswoman Maria Zakharova"], "Q159"),
    ("Israel", "Country", "Q801", ["Israel's foreign ministry"], "Q801"),
    ("Armenia", "Country", "Q399", [], "Q399"),
    ("Armenian separatists", "Organization", None, [], None),
    ("Nakhchivan", "Location", None, ["Nakhchivan exclave"], None),
    ("Nagorno-Karabakh", "Location", None, [], None),
    ("Tabriz", "Location", None, [], None),
    ("Zaur Shiriyev", "Person", None, ["Shiriyev"], None),
    ("International Crisis Group", "Organization", None, ["the International Crisis Group"], None),
    ("Reuters", "Organization", None, [], None),
    ("Nailia Bagirova", "Person", None, [], None),
    ("Parisa Hafezi", "Person", None, [], None),
    ("Humeyra Pamuk", "Person", None, [], None),
    ("Jonathan Spicer", "Person", None, [], None),
    ("Alex Richardson", "Person", None, [], None),
]

HEAD = "Azerbaijan evacuates Tehran embassy after deadly gun attack, blames Iranian 'campaign'"
EVAC = "Azerbaijan said on Friday it would evacuate its embassy in Tehran"
CALL = (
    "Azerbaijani Foreign Minister Jeyhun Bayramov told his Iranian counterpart Hossein Amir-Abdollahian "
    "in a phone call that Iran bore full responsibility for the safety of diplomats on its soil"
)
NOTE = "It said it had handed a protest note to Iran's ambassador in Baku, Abbas Mousavi."
KAN = (
    "Foreign ministry spokesman Nasser Kanaani said Tehran regretted the decision to evacuate the embassy and "
    'warned Baku against "hasty judgments"'
)
TUR = 'Turkey, Azerbaijan\'s closest ally, condemned the attack "in the strongest terms" and said it stood by "brotherly Azerbaijan".'
PRICE = (
    "State Department spokesman Ned Price said the United States condemned the violence and urged Iran to respect "
    "its obligations under the Vienna Convention"
)
OTH = "Pakistan, Georgia and the European Union also issued statements of condemnation."
ZAK = "Russia's foreign ministry spokeswoman Maria Zakharova called on both sides to show restraint"
FOOT = "Tehran has accused Baku of allowing Israel a foothold on its northern frontier"
BORDER = (
    "Iranian officials have also warned against any change to the Iran-Armenia border, opposing a land corridor "
    "that Baku wants across southern Armenia to its Nakhchivan exclave"
)
SPY = (
    "Azerbaijan's State Security Service said it had detained a group of people accused of spying for Iranian "
    "intelligence"
)
WAR = "whose country regained control of territory around Nagorno-Karabakh from Armenia in a 2020 war"
FUEL = "has also accused Iran of supplying fuel to Armenian separatists there, a charge Tehran rejects"
V = [
    ("Azerbaijan", "SANCTION", "Iran", True, EVAC, "embassy evacuated"),
    ("Azerbaijan", "ACCUSE", "Iran", True, HEAD, "headline: blames Iranian campaign"),
    (
        "Ilham Aliyev",
        "REQUEST",
        "Iran",
        True,
        "He demanded that the attacker be punished, saying it was Tehran's duty to bring those responsible to justice.",
        "punish attacker",
    ),
    ("Jeyhun Bayramov", "CONSULT", "Hossein Amir-Abdollahian", True, CALL, "phone call"),
    ("Jeyhun Bayramov", "ACCUSE", "Iran", False, CALL, "responsibility for diplomats' safety"),
    ("Jeyhun Bayramov", "REQUEST", "Iran", False, CALL, "could be read as a demand"),
    ("Azerbaijan", "ACCUSE", "Iran", True, NOTE, "protest note"),
    ("Azerbaijan", "ACCUSE", "Abbas Mousavi", False, NOTE, "note handed to the envoy"),
    ("Azerbaijan", "PROTEST", "Iran", False, NOTE, "diplomatic protest note"),
    (
        "Azerbaijan",
        "SANCTION",
        "Iran",
        True,
        "Baku said the embassy's staff and their families would be flown home and the mission's operations suspended.",
        "mission suspended",
    ),
    ("Azerbaijan", "REJECT", "Iran", False, "Azerbaijani officials dismissed that account.", "dismissal"),
    (
        "Hikmet Hajiyev",
        "ACCUSE",
        "Iran",
        True,
        'said a campaign of "anti-Azerbaijani rhetoric" in Iranian state media had encouraged the attack',
        "",
    ),
    (
        "Hikmet Hajiyev",
        "ACCUSE",
        "Iran",
        True,
        '"Tehran cannot hide behind family stories," he told Reuters.',
        "pronoun subject",
    ),
    (
        "Iran",
        "SUPPORT",
        "Azerbaijan",
        False,
        "Iran's foreign ministry condemned the shooting",
        "condemnation of the attack",
    ),
    ("Nasser Kanaani", "ACCUSE", "Azerbaijan", True, KAN, "regret and warning"),
    ("Turkey", "ALLY", "Azerbaijan", True, TUR, "closest ally"),
    ("Turkey", "SUPPORT", "Azerbaijan", True, TUR, "solidarity"),
    ("Ned Price", "REQUEST", "Iran", True, PRICE, "respect Vienna Convention"),
    ("Ned Price", "SUPPORT", "Azerbaijan", False, PRICE, "condemnation"),
    ("Pakistan", "SUPPORT", "Azerbaijan", False, OTH, "condemnation"),
    ("Georgia", "SUPPORT", "Azerbaijan", False, OTH, "condemnation"),
    ("European Union", "SUPPORT", "Azerbaijan", False, OTH, "condemnation"),
    ("Maria Zakharova", "REQUEST", "Azerbaijan", True, ZAK, "restraint, both sides"),
    ("Maria Zakharova", "REQUEST", "Iran", True, ZAK, "restraint, both sides"),
    (
        "Russia",
        "REQUEST",
        "Iran",
        False,
        'Moscow expected the investigation to be "objective and swift"',
        "expectation",
    ),
    (
        "Iran",
        "MOBILIZE",
        "Azerbaijan",
        True,
        "Iran staged large military drills near the Azerbaijani border in October",
        "border drills",
    ),
    ("Iran", "ACCUSE", "Azerbaijan", True, FOOT, ""),
    ("Iran", "ACCUSE", "Israel", False, FOOT, "implied"),
    ("Azerbaijan", "COOPERATE", "Israel", False, FOOT, "alleged"),
    (
        "Azerbaijan",
        "COOPERATE",
        "Israel",
        True,
        "Azerbaijan has bought drones and other weapons from Israel",
        "arms purchases",
    ),
    (
        "Azerbaijan",
        "COOPERATE",
        "Israel",
        False,
        "its parliament voted in November to open an embassy in Tel Aviv",
        "planned embassy",
    ),
    ("Iran", "REJECT", "Azerbaijan", True, BORDER, "opposes corridor"),
    ("Iran", "THREATEN", "Azerbaijan", False, BORDER, "warning"),
    ("Azerbaijan", "REQUEST", "Armenia", False, BORDER, "wants corridor"),
    ("Azerbaijan", "ACCUSE", "Iran", True, SPY, "espionage"),
    ("Iran", "REJECT", "Azerbaijan", False, "Iran has denied running agents in Azerbaijan.", "denial"),
    (
        "Azerbaijan",
        "SANCTION",
        "Iran",
        False,
        "the evacuation may well be a prelude to a downgrade of ties",
        "analyst's speculation",
    ),
    ("Azerbaijan", "COERCE", "Armenia", True, WAR, "territory regained"),
    ("Azerbaijan", "COERCE", "Nagorno-Karabakh", False, WAR, ""),
    ("Azerbaijan", "ASSAULT", "Armenia", False, WAR, "war in noun phrase"),
    ("Ilham Aliyev", "ACCUSE", "Iran", True, FUEL, ""),
    ("Iran", "AID", "Armenian separatists", False, FUEL, "alleged, denied"),
    ("Iran", "REJECT", "Azerbaijan", False, FUEL, "denial"),
    (
        "Turkey",
        "AID",
        "Azerbaijan",
        False,
        "Turkish drones played a major part in that war.",
        "implied arms supply",
    ),
    ("Ilham Aliyev", "ROLE", "Azerbaijan", True, "President Ilham Aliyev", "President"),
    (
        "Orkhan Askerov",
        "ROLE",
        "Azerbaijan",
        True,
        "The embassy's security chief, Orkhan Askerov",
        "embassy security chief",
    ),
    (
        "Jeyhun Bayramov",
        "ROLE",
        "Azerbaijan",
        True,
        "Azerbaijani Foreign Minister Jeyhun Bayramov",
        "Foreign Minister",
    ),
    (
        "Hossein Amir-Abdollahian",
        "ROLE",
        "Iran",
        True,
        "his Iranian counterpart Hossein Amir-Abdollahian",
        "Foreign Minister",
    ),
    ("Abbas Mousavi", "ROLE", "Iran", True, "Iran's ambassador in Baku, Abbas Mousavi", "Ambassador"),
    ("Hossein Rahimi", "ROLE", "Iran", True, "Tehran police chief Hossein Rahimi", "Tehran police chief"),
    (
        "Hikmet Hajiyev",
        "ROLE",
        "Azerbaijan",
        True,
        "Hikmet Hajiyev, foreign policy adviser to Aliyev",
        "foreign policy adviser",
    ),
    ("Ebrahim Raisi", "ROLE", "Iran", True, "President Ebrahim Raisi", "President"),
    ("Nasser Kanaani", "ROLE", "Iran", True, "Foreign ministry spokesman Nasser Kanaani", "spokesman"),
    ("Ned Price", "ROLE", "United States", True, "State Department spokesman Ned Price", "spokesman"),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Russia's foreign ministry spokeswoman Maria Zakharova",
        "spokeswoman",
    ),
    (
        "Zaur Shiriyev",
        "ROLE",
        "International Crisis Group",
        True,
        "Zaur Shiriyev, an analyst at the International Crisis Group",
        "analyst",
    ),
]
