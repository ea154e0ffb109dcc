from lib import E, build

UAE = "United Arab Emirates"
ents = [
    E(
        "Sudan",
        "Country",
        [
            "Sudanese",
            "Sudan's army-aligned government",
            "the government in Port Sudan",
            "the army",
            "The army",
            "the army-backed government",
            "the country's Security and Defence Council",
            "Port Sudan Authority",
            "Khartoum",
            "Sudan's justice minister",
            "army officials",
        ],
    ),
    E(
        UAE,
        "Country",
        ["the United Arab Emirates", "UAE", "The UAE", "Abu Dhabi", "Emirati", "the Gulf state"],
    ),
    E(
        "Rapid Support Forces",
        "Organization",
        [
            "the Rapid Support Forces",
            "RSF",
            "The RSF",
            "the Janjaweed militia",
            "the paramilitary group",
            "this militia",
        ],
    ),
    E("Saudi Arabia", "Country", ["Riyadh", "Saudi Arabia's foreign ministry", "the kingdom"]),
    E("Egypt", "Country", ["Cairo"]),
    E("Qatar", "Country", ["Qatar's foreign ministry"]),
    E("United States", "Country", ["the United States", "US", "US officials"]),
    E("Chad", "Country", [], None, "Q657"),
    E("United Nations", "IGO", ["UN", "Independent UN experts"]),
    E(
        "International Court of Justice",
        "IGO",
        ["the International Court of Justice", "the world court", "The court"],
    ),
    E("Abdel Fattah al-Burhan", "Person", ["Burhan", "Gen Abdel Fattah al-Burhan"], "Sudan"),
    E("Yassin Ibrahim", "Person", ["Ibrahim"], "Sudan"),
    E("Mohamed Hamdan Dagalo", "Person", ["Hemedti"], None),
    E("Antonio Guterres", "Person", [], "United Nations", "Q311440"),
    E("Tom Fletcher", "Person", [], "United Nations"),
    E("Tom Ashcroft", "Person", []),
    E("WAM", "Organization", [], UAE),
    E("Reuters", "Organization", []),
    E("Masalit", "Organization", ["the Masalit people"]),
    E("Port Sudan", "Location"),
    E("West Darfur", "Location"),
    E("Red Sea", "Location", ["the Red Sea"]),
    E("Jeddah", "Location"),
]

s_cut = "Sudan has cut diplomatic relations with the United Arab Emirates, accusing it of supplying the Rapid Support Forces (RSF) with the drones that have struck Port Sudan since Sunday."
s_burh = "a hotel near the residence of the army chief, Gen Abdel Fattah al-Burhan"
s_norec = 'The UAE said it did not recognise the decision, describing the government in Port Sudan as an "authority" that did not represent the Sudanese people.'
s_cond = "Saudi Arabia, Egypt and Qatar condemned the attacks."
s_wam = 'its foreign ministry said it "does not recognise" the decision, which it said had been issued by the "so-called Security and Defence Council of the Port Sudan Authority"'
s_deny = "The ministry repeated that it was not supplying weapons to either side in the war"
s_dist = "said the army was trying to distract attention from its own role in prolonging the conflict"
s_gut = 'The UN secretary general, Antonio Guterres, is "alarmed" by the strikes on Port Sudan'
s_flet = 'The UN relief chief, Tom Fletcher, warned that attacks on the port and airport "risk further cutting off lifelines" for millions of people facing famine.'
s_saudi = 'Saudi Arabia\'s foreign ministry condemned the "targeting of vital facilities and civilian infrastructure" in Port Sudan and reaffirmed the kingdom\'s support for "the unity, security and stability" of Sudan.'
s_egypt = 'Egypt, which has backed the army throughout the conflict, said the attacks were a "flagrant violation" of Sudan\'s sovereignty.'
s_qatar = "Qatar's foreign ministry also issued a statement of condemnation."
s_jed = "Saudi Arabia and the United States co-hosted talks in Jeddah between the army and the RSF in 2023"
s_sev = "Sudan's defence minister, Yassin Ibrahim, has just read out a statement on state television announcing that the country's Security and Defence Council had decided to \"sever diplomatic relations with the aggressor state, the United Arab Emirates\", and to recall its ambassador from Abu Dhabi."
s_proxy = '"The UAE has violated the sovereignty of Sudan through its proxy, the Janjaweed militia, and its local collaborators," Ibrahim said'
s_resp = 'He said Sudan "reserves the right to respond" by all means to protect its territory.'
s_hem = "The RSF, led by Mohamed Hamdan Dagalo, known as Hemedti, has not claimed the attacks"
s_offic = "army officials say the long-range drones were launched from RSF-held territory with Emirati technical support"
s_icj = "on Monday the International Court of Justice dismissed a case that Sudan had brought against the UAE, in which Khartoum accused the Gulf state of complicity in genocide against the Masalit people in West Darfur by arming the RSF"
s_welc = 'The UAE welcomed the ruling, while Sudan\'s justice minister said his government would keep pursuing the case "in every available forum".'
s_exp = "Independent UN experts and US officials have previously reported flights carrying weapons from the UAE to RSF areas through neighbouring Chad."
s_denies = "Abu Dhabi denies the allegations."
s_overran = "after the RSF overran much of Khartoum in the first weeks of the war in April 2023"
s_retook = "The army retook the capital in March."
s_vow = 'Burhan, who visited the damaged airport on Monday, vowed to defeat "this militia and everyone who stands behind it".'

evs = [
    ("Sudan", "SANCTION", UAE, True, s_cut, "diplomatic relations cut"),
    ("Sudan", "ACCUSE", UAE, True, s_cut, "supplying drones to RSF"),
    (UAE, "AID", "Rapid Support Forces", False, s_cut, "alleged drone supply"),
    (
        "Rapid Support Forces",
        "ASSAULT",
        "Sudan",
        False,
        s_cut,
        "drone strikes on Port Sudan (attribution implied)",
    ),
    ("Abdel Fattah al-Burhan", "ROLE", "Sudan", True, s_burh, "army chief"),
    (UAE, "REJECT", "Sudan", True, s_norec, "does not recognise decision"),
    (UAE, "ACCUSE", "Sudan", False, s_norec, "government not representative"),
    ("Saudi Arabia", "ACCUSE", "Rapid Support Forces", False, s_cond, "condemned attacks, attacker unnamed"),
    ("Egypt", "ACCUSE", "Rapid Support Forces", False, s_cond),
    ("Qatar", "ACCUSE", "Rapid Support Forces", False, s_cond),
    (UAE, "REJECT", "Sudan", True, s_wam),
    (UAE, "REJECT", "Sudan", False, s_deny, "denial of arms supply"),
    (UAE, "ACCUSE", "Sudan", True, s_dist, "prolonging the conflict"),
    ("Antonio Guterres", "ROLE", "United Nations", True, s_gut, "secretary general"),
    ("Tom Fletcher", "ROLE", "United Nations", True, s_flet, "relief chief"),
    ("Saudi Arabia", "ACCUSE", "Rapid Support Forces", False, s_saudi),
    ("Saudi Arabia", "SUPPORT", "Sudan", True, s_saudi, "support for unity and stability"),
    ("Egypt", "SUPPORT", "Sudan", True, s_egypt, "backed the army"),
    ("Egypt", "ACCUSE", "Rapid Support Forces", False, s_egypt),
    ("Qatar", "ACCUSE", "Rapid Support Forces", False, s_qatar),
    ("Saudi Arabia", "CONSULT", "Sudan", True, s_jed, "Jeddah talks 2023"),
    ("Saudi Arabia", "CONSULT", "Rapid Support Forces", True, s_jed),
    ("United States", "CONSULT", "Sudan", True, s_jed),
    ("United States", "CONSULT", "Rapid Support Forces", True, s_jed),
    ("Sudan", "CONSULT", "Rapid Support Forces", True, s_jed),
    ("Saudi Arabia", "CONSULT", "United States", False, s_jed, "co-mediators"),
    ("Saudi Arabia", "COOPERATE", "United States", False, s_jed, "co-hosts"),
    ("Sudan", "SANCTION", UAE, True, s_sev, "ties severed, ambassador recalled"),
    ("Yassin Ibrahim", "SANCTION", UAE, False, s_sev),
    ("Sudan", "ACCUSE", UAE, True, s_sev, "aggressor state"),
    ("Yassin Ibrahim", "ROLE", "Sudan", True, s_sev, "defence minister"),
    ("Yassin Ibrahim", "ACCUSE", UAE, True, s_proxy, "violated sovereignty through proxy"),
    (UAE, "ALLY", "Rapid Support Forces", False, s_proxy, "proxy"),
    (UAE, "SUPPORT", "Rapid Support Forces", False, s_proxy),
    ("Yassin Ibrahim", "ACCUSE", "Rapid Support Forces", False, s_proxy),
    ("Yassin Ibrahim", "THREATEN", UAE, False, s_resp, "right to respond"),
    ("Mohamed Hamdan Dagalo", "ROLE", "Rapid Support Forces", True, s_hem, "leader"),
    ("Sudan", "ACCUSE", "Rapid Support Forces", True, s_offic, "drones launched from RSF territory"),
    ("Sudan", "ACCUSE", UAE, True, s_offic, "Emirati technical support"),
    (UAE, "AID", "Rapid Support Forces", False, s_offic),
    ("Rapid Support Forces", "ASSAULT", "Sudan", False, s_offic),
    ("International Court of Justice", "REJECT", "Sudan", True, s_icj, "case dismissed"),
    ("Sudan", "ACCUSE", UAE, True, s_icj, "complicity in genocide"),
    ("Sudan", "REQUEST", "International Court of Justice", False, s_icj),
    (UAE, "AID", "Rapid Support Forces", False, s_icj, "arming (alleged)"),
    (UAE, "SUPPORT", "International Court of Justice", False, s_welc, "welcomed ruling"),
    ("Sudan", "ACCUSE", UAE, False, s_welc),
    ("United Nations", "ACCUSE", UAE, True, s_exp, "weapons flights reported by UN experts"),
    ("United States", "ACCUSE", UAE, True, s_exp, "weapons flights"),
    (UAE, "AID", "Rapid Support Forces", False, s_exp, "weapons flights via Chad"),
    (UAE, "REJECT", "United Nations", False, s_denies),
    (UAE, "REJECT", "United States", False, s_denies),
    ("Rapid Support Forces", "ASSAULT", "Sudan", True, s_overran, "overran Khartoum April 2023"),
    ("Sudan", "ASSAULT", "Rapid Support Forces", False, s_retook, "retook capital"),
    ("Abdel Fattah al-Burhan", "THREATEN", "Rapid Support Forces", True, s_vow, "vowed to defeat"),
    ("Abdel Fattah al-Burhan", "THREATEN", UAE, False, s_vow, "everyone who stands behind it"),
]

build("sudan_uae_port_sudan", "2025-05-06", ents, evs)
