"""Gold tables for niger_uranium_orano (Africanews)."""

from gold import build

NE, RU, FR, EU = "Q1032", "Q159", "Q142", "Q458"
E = [
    (
        "Niger",
        "Country",
        NE,
        [
            "Niamey",
            "Nigerien",
            "Nigeriens",
            "Niger's military government",
            "the Nigerien state",
            "the government",
            "The junta",
            "Niger's leaders",
        ],
        None,
    ),
    ("Russia", "Country", RU, ["Moscow", "Russian", "Russian military instructors"], None),
    (
        "France",
        "Country",
        FR,
        [
            "Paris",
            "French",
            "the French state",
            "the French foreign ministry",
            "French troops",
            "French soldiers",
        ],
        None,
    ),
    ("Mali", "Country", "Q912", [], None),
    ("Burkina Faso", "Country", "Q965", [], None),
    ("Iran", "Country", "Q794", ["Tehran"], None),
    ("United States", "Country", "Q30", ["The United States", "Washington", "officials in Washington"], None),
    ("Kazakhstan", "Country", "Q232", [], None),
    ("Orano", "Organization", None, ["French nuclear group Orano", "The group"], FR),
    ("SOMAIR", "Organization", None, [], None),
    ("Rosatom", "Organization", None, ["Russian state nuclear corporation Rosatom"], RU),
    (
        "International Centre for Settlement of Investment Disputes",
        "IGO",
        None,
        ["the International Centre for Settlement of Investment Disputes", "ICSID"],
        None,
    ),
    ("World Bank", "IGO", "Q7164", [], None),
    ("Alliance of Sahel States", "IGO", None, ["the Alliance of Sahel States", "AES"], None),
    ("European Union", "IGO", EU, ["the European Union", "EU"], None),
    ("Euratom Supply Agency", "Organization", None, ["The Euratom Supply Agency"], EU),
    ("Africanews", "Organization", None, [], None),
    ("Abarchi Ousmane", "Person", None, ["Colonel Abarchi Ousmane", "Colonel Ousmane"], NE),
    ("Alexei Likhachev", "Person", None, [], RU),
    ("Abdourahamane Tiani", "Person", None, ["General Abdourahamane Tiani", "Tiani", "General Tiani"], NE),
    ("Sylvain Itte", "Person", None, [], FR),
    ("Vladimir Putin", "Person", "Q7747", ["President Vladimir Putin"], RU),
    ("Ibrahim Moussa", "Person", None, [], None),
    ("Aissata Boubacar", "Person", None, [], None),
    ("Arlit", "Location", None, [], None),
    ("Sahel", "Location", None, ["the Sahel"], None),
    ("Europe", "Location", "Q46", [], None),
]

MOU = "Niger and Russia have signed a memorandum of understanding on the peaceful use of nuclear energy"
SIGN = (
    "The agreement was signed in Moscow on Monday by Niger's Minister of Mines, Colonel Abarchi Ousmane, and the "
    "director general of Russian state nuclear corporation Rosatom, Alexei Likhachev"
)
STUDY = (
    "the two sides will study the joint development of uranium deposits and the possible construction of a "
    "nuclear power plant in Niger, and Rosatom will train Nigerien engineers"
)
NAT = "Niger's military government nationalised SOMAIR"
ACC = (
    'the government accused Orano of "irresponsible and unfriendly behaviour" and of having plundered Niger\'s '
    "resources for decades"
)
ICSID = (
    "has filed a case at the International Centre for Settlement of Investment Disputes (ICSID), a World Bank "
    "arbitration body, seeking compensation"
)
AES = (
    "Niger, Mali and Burkina Faso, which form the Alliance of Sahel States (AES), have also signed agreements with "
    "Russia on satellite communications and the training of troops"
)
TIANI = "General Tiani has repeatedly accused France of seeking to destabilise Niger by supporting armed groups in the Sahel"
V = [
    ("Niger", "AGREE", "Russia", True, MOU, "nuclear MoU"),
    ("Niger", "COOPERATE", "Russia", False, MOU),
    ("Niger", "ALLY", "Russia", False, "Niamey is turning to Moscow", "alignment, interpretive"),
    ("Abarchi Ousmane", "AGREE", "Alexei Likhachev", True, SIGN, "signing"),
    ("Abarchi Ousmane", "CONSULT", "Alexei Likhachev", False, SIGN),
    ("Rosatom", "COOPERATE", "Niger", False, STUDY, "future"),
    ("Rosatom", "AID", "Niger", False, "Rosatom will train Nigerien engineers", "future training"),
    (
        "Abarchi Ousmane",
        "SUPPORT",
        "Russia",
        False,
        "Russia has shown that it respects our choices",
        "praise",
    ),
    ("Niger", "COERCE", "SOMAIR", True, NAT, "nationalisation"),
    ("Niger", "COERCE", "Orano", False, NAT, "Orano held 63.4%"),
    ("Niger", "ACCUSE", "Orano", True, ACC),
    ("Orano", "REJECT", "Niger", False, "Orano has rejected the accusations", "denial"),
    ("Orano", "ACCUSE", "Niger", True, "says the nationalisation violates the company's mining agreement"),
    (
        "Niger",
        "COERCE",
        "Orano",
        False,
        "has already lost operational control of its three Nigerien subsidiaries",
        "agent implicit",
    ),
    ("Orano", "ACCUSE", "Niger", True, ICSID, "arbitration case"),
    ("Orano", "REQUEST", "Niger", False, ICSID, "compensation"),
    ("Orano", "THREATEN", "Niger", False, "Any sale of this material would be a violation of our rights"),
    ("France", "CONSULT", "Orano", False, "was in contact with Orano"),
    (
        "Niger",
        "SANCTION",
        "France",
        True,
        "The junta ordered French troops to leave the country",
        "troops expelled",
    ),
    ("Niger", "COERCE", "France", False, "The junta ordered French troops to leave the country"),
    (
        "Niger",
        "SANCTION",
        "Sylvain Itte",
        True,
        "expelled the French ambassador, Sylvain Itte",
        "ambassador expelled",
    ),
    (
        "France",
        "RETREAT",
        "Niger",
        True,
        "The last French soldiers left in December 2023",
        "troop withdrawal",
    ),
    (
        "France",
        "SANCTION",
        "Niger",
        True,
        "France closed its embassy in Niamey weeks later",
        "embassy closed",
    ),
    ("Niger", "COOPERATE", "Russia", False, "Niger has since moved closer to Russia."),
    (
        "Russia",
        "COOPERATE",
        "Niger",
        True,
        "Russian military instructors arrived in Niamey in April 2024",
        "military instructors",
    ),
    ("Russia", "AID", "Niger", False, "Russian military instructors arrived in Niamey in April 2024"),
    (
        "Abdourahamane Tiani",
        "CONSULT",
        "Vladimir Putin",
        True,
        "Tiani has held several phone calls with President Vladimir Putin on security cooperation",
        "phone calls",
    ),
    ("Niger", "AGREE", "Russia", True, AES, "satellite and training agreements"),
    ("Mali", "AGREE", "Russia", True, AES, "satellite and training agreements"),
    ("Burkina Faso", "AGREE", "Russia", True, AES, "satellite and training agreements"),
    ("Niger", "COOPERATE", "Russia", False, AES),
    ("Mali", "COOPERATE", "Russia", False, AES),
    ("Burkina Faso", "COOPERATE", "Russia", False, AES),
    ("Niger", "MEMBER_OF", "Alliance of Sahel States", True, AES),
    ("Mali", "MEMBER_OF", "Alliance of Sahel States", True, AES),
    ("Burkina Faso", "MEMBER_OF", "Alliance of Sahel States", True, AES),
    ("Niger", "ALLY", "Mali", False, AES, "AES partners"),
    ("Niger", "ALLY", "Burkina Faso", False, AES, "AES partners"),
    ("Mali", "ALLY", "Burkina Faso", False, AES, "AES partners"),
    ("Abdourahamane Tiani", "ACCUSE", "France", True, TIANI),
    ("France", "REJECT", "Niger", False, "an accusation Paris firmly denies", "denial"),
    (
        "Niger",
        "COOPERATE",
        "European Union",
        False,
        "Niger supplied about a quarter of the uranium imported by the European Union in 2022",
        "uranium trade",
    ),
    (
        "Iran",
        "CONSULT",
        "Niger",
        False,
        "Iran was reported last year to be negotiating the purchase of 300 tonnes of uranium concentrate",
        "reported, unconfirmed",
    ),
    (
        "United States",
        "THREATEN",
        "Niger",
        False,
        "The United States had warned Niger's leaders against such a deal",
        "warning; type debatable",
    ),
    (
        "United States",
        "REQUEST",
        "Niger",
        False,
        "The United States had warned Niger's leaders against such a deal",
        "warning; type debatable",
    ),
    ("Rosatom", "COOPERATE", "Kazakhstan", False, "Rosatom already has large uranium assets in Kazakhstan"),
    (
        "Abarchi Ousmane",
        "ROLE",
        "Niger",
        True,
        "Niger's Minister of Mines, Colonel Abarchi Ousmane",
        "Minister of Mines",
    ),
    (
        "Alexei Likhachev",
        "ROLE",
        "Rosatom",
        True,
        "the director general of Russian state nuclear corporation Rosatom, Alexei Likhachev",
        "director general",
    ),
    (
        "Abdourahamane Tiani",
        "ROLE",
        "Niger",
        True,
        "the July 2023 coup that brought General Abdourahamane Tiani to power",
        "General, junta leader",
    ),
    ("Sylvain Itte", "ROLE", "France", True, "the French ambassador, Sylvain Itte", "ambassador"),
    ("Vladimir Putin", "ROLE", "Russia", True, "President Vladimir Putin", "President"),
    (
        "Ibrahim Moussa",
        "ROLE",
        "SOMAIR",
        False,
        "said Ibrahim Moussa, a mine worker",
        "mine worker; employer implied",
    ),
]

if __name__ == "__main__":
    print(build("niger_uranium_orano", E, V))
