"""Gold tables for qatar_bahrain_ties.txt."""

QA, BH, SA, GCC, AL = "Q846", "Q398", "Q851", "Gulf Cooperation Council", "Arab League"
E = [
    ("Qatar", "Country", QA, ["The State of Qatar", "the State of Qatar", "Qatari", "Doha"], QA),
    ("Bahrain", "Country", BH, ["the Kingdom of Bahrain", "Bahraini", "Manama"], BH),
    (
        "Gulf Cooperation Council",
        "IGO",
        None,
        ["GCC", "the General Secretariat", "the Council"],
        None,
    ),
    (
        "Saudi Arabia",
        "Country",
        SA,
        [
            "the Kingdom of Saudi Arabia",
            "The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia",
            "the Kingdom",
        ],
        SA,
    ),
    ("Riyadh", "Location", None, [], None),
    ("AlUla", "Location", None, ["the Saudi governorate of AlUla"], None),
    ("41st GCC Summit", "Event", None, [], None),
    (
        "Ahmed bin Hassan Al Hammadi",
        "Person",
        None,
        ["Secretary-General of the Ministry of Foreign Affairs HE Dr. Ahmed bin Hassan Al Hammadi"],
        QA,
    ),
    ("Abdulla bin Ahmed Al Khalifa", "Person", None, ["HE Dr. Sheikh Abdulla bin Ahmed Al Khalifa"], BH),
    (
        "Jasem Mohamed Albudaiwi",
        "Person",
        None,
        ["GCC Secretary-General HE Jasem Mohamed Albudaiwi", "the GCC Secretary-General"],
        GCC,
    ),
    (
        "Tamim bin Hamad Al Thani",
        "Person",
        None,
        ["His Highness the Amir Sheikh Tamim bin Hamad Al Thani"],
        QA,
    ),
    ("Salman bin Hamad Al Khalifa", "Person", None, ["Prince Salman bin Hamad Al Khalifa"], BH),
    ("Majed bin Mohammed Al Ansari", "Person", None, ["Dr. Majed bin Mohammed Al Ansari"], QA),
    ("Kuwait", "Country", "Q817", ["The State of Kuwait", "the State of Kuwait"], "Q817"),
    ("Oman", "Country", "Q842", ["the Sultanate of Oman"], "Q842"),
    ("Egypt", "Country", "Q79", ["The Arab Republic of Egypt"], "Q79"),
    ("Arab League", "IGO", "Q7172", ["League of Arab States", "the League of Arab States"], None),
    ("Ahmed Aboul Gheit", "Person", None, ["HE Ahmed Aboul Gheit"], AL),
    (
        "Organisation of Islamic Cooperation",
        "IGO",
        None,
        ["OIC", "The Organisation of Islamic Cooperation"],
        None,
    ),
    ("United Arab Emirates", "Country", "Q878", ["the United Arab Emirates"], "Q878"),
    ("International Court of Justice", "IGO", None, ["the International Court of Justice"], None),
    ("Hawar Islands", "Location", None, ["the Hawar Islands"], None),
]

RESTORE = (
    "The State of Qatar and the Kingdom of Bahrain agreed on Wednesday to restore diplomatic relations between "
    "the two brotherly countries, during a meeting held at the headquarters of the General Secretariat of the Gulf "
    "Cooperation Council (GCC) in Riyadh"
)
RESUME = "agreed to resume diplomatic relations in accordance with the 1961 Vienna Convention on Diplomatic Relations"
HEADS = (
    "The Qatari delegation to the meeting was headed by Secretary-General of the Ministry of Foreign Affairs HE Dr. "
    "Ahmed bin Hassan Al Hammadi, while the Bahraini delegation was headed by Undersecretary for Political Affairs "
    "at the Ministry of Foreign Affairs HE Dr. Sheikh Abdulla bin Ahmed Al Khalifa"
)
FEB = "The meeting was the second of the bilateral follow-up committees of the two countries, after a first meeting held at the General Secretariat in February."
THANKS = "The two delegations extended their thanks to the Kingdom of Saudi Arabia for hosting the meeting, and to GCC Secretary-General HE Jasem Mohamed Albudaiwi"
FACIL = "the staff of the General Secretariat for their efforts in facilitating the talks"
WELC = "HE the GCC Secretary-General welcomed the agreement"
CALL = (
    "a phone call in January between His Highness the Amir Sheikh Tamim bin Hamad Al Thani and His Royal Highness "
    "Prince Salman bin Hamad Al Khalifa"
)
STRESS = "the two sides stressed the importance of resolving outstanding issues between the two countries through the bilateral committees"
AMB = (
    "the two countries would proceed with the necessary procedures, including the appointment of ambassadors"
)
FLIGHTS = (
    "the resumption of direct flights between Doha and Manama was among the issues that would be discussed"
)
SAUDI = "The Ministry of Foreign Affairs of the Kingdom of Saudi Arabia expressed the Kingdom's welcome of the step"
KW = "The State of Kuwait also welcomed the agreement, as did the Sultanate of Oman"
EG = "The Arab Republic of Egypt's Ministry of Foreign Affairs welcomed the decision"
AG = 'Secretary-General of the League of Arab States HE Ahmed Aboul Gheit described it as "a positive development that strengthens the Arab ranks."'
OIC = "The Organisation of Islamic Cooperation (OIC) also issued a statement welcoming the move."
CUT = (
    "Bahrain, together with the Kingdom of Saudi Arabia, the United Arab Emirates and Egypt, cut diplomatic ties "
    "with the State of Qatar and imposed a land, sea and air blockade on it"
)
RESTORED = "Saudi Arabia and Egypt restored full diplomatic relations with Doha"
GROUPS = (
    "The GCC, founded in 1981, groups the State of Qatar, the Kingdom of Bahrain, the Kingdom of Saudi Arabia, "
    "the United Arab Emirates, the State of Kuwait and the Sultanate of Oman."
)
V = [
    ("Qatar", "AGREE", "Bahrain", True, RESTORE, "restore diplomatic relations"),
    ("Qatar", "CONSULT", "Bahrain", True, RESTORE, "meeting at GCC secretariat"),
    ("Qatar", "COOPERATE", "Bahrain", False, RESTORE, "restoring ties could be coded COOPERATE"),
    ("Qatar", "AGREE", "Bahrain", True, RESUME, "joint statement"),
    (
        "Ahmed bin Hassan Al Hammadi",
        "CONSULT",
        "Abdulla bin Ahmed Al Khalifa",
        False,
        HEADS,
        "heads of delegations",
    ),
    ("Qatar", "CONSULT", "Bahrain", True, FEB, "first meeting in February"),
    ("Qatar", "SUPPORT", "Saudi Arabia", True, THANKS, "thanks"),
    ("Bahrain", "SUPPORT", "Saudi Arabia", True, THANKS, "thanks"),
    ("Qatar", "SUPPORT", "Jasem Mohamed Albudaiwi", True, THANKS, "thanks"),
    ("Bahrain", "SUPPORT", "Jasem Mohamed Albudaiwi", True, THANKS, "thanks"),
    ("Saudi Arabia", "CONSULT", "Qatar", False, THANKS, "host"),
    ("Saudi Arabia", "CONSULT", "Bahrain", False, THANKS, "host"),
    ("Jasem Mohamed Albudaiwi", "CONSULT", "Qatar", False, FACIL, "facilitation"),
    ("Jasem Mohamed Albudaiwi", "CONSULT", "Bahrain", False, FACIL, "facilitation"),
    ("Jasem Mohamed Albudaiwi", "SUPPORT", "Qatar", True, WELC, "welcome"),
    ("Jasem Mohamed Albudaiwi", "SUPPORT", "Bahrain", True, WELC, "welcome"),
    ("Tamim bin Hamad Al Thani", "CONSULT", "Salman bin Hamad Al Khalifa", True, CALL, "phone call, January"),
    ("Tamim bin Hamad Al Thani", "AGREE", "Salman bin Hamad Al Khalifa", False, STRESS, "shared position"),
    ("Majed bin Mohammed Al Ansari", "COOPERATE", "Bahrain", False, AMB, "future exchange of ambassadors"),
    ("Qatar", "CONSULT", "Bahrain", False, FLIGHTS, "future talks on flights"),
    ("Saudi Arabia", "SUPPORT", "Qatar", True, SAUDI, "welcome"),
    ("Saudi Arabia", "SUPPORT", "Bahrain", True, SAUDI, "welcome"),
    ("Kuwait", "SUPPORT", "Qatar", True, KW, "welcome"),
    ("Kuwait", "SUPPORT", "Bahrain", True, KW, "welcome"),
    ("Oman", "SUPPORT", "Qatar", True, KW, "welcome"),
    ("Oman", "SUPPORT", "Bahrain", True, KW, "welcome"),
    ("Egypt", "SUPPORT", "Qatar", True, EG, "welcome"),
    ("Egypt", "SUPPORT", "Bahrain", True, EG, "welcome"),
    ("Ahmed Aboul Gheit", "SUPPORT", "Qatar", True, AG, "praise"),
    ("Ahmed Aboul Gheit", "SUPPORT", "Bahrain", True, AG, "praise"),
    ("Organisation of Islamic Cooperation", "SUPPORT", "Qatar", True, OIC, "welcome"),
    ("Organisation of Islamic Cooperation", "SUPPORT", "Bahrain", True, OIC, "welcome"),
    ("Bahrain", "SANCTION", "Qatar", True, CUT, "ties cut June 2017"),
    ("Saudi Arabia", "SANCTION", "Qatar", True, CUT, "ties cut June 2017"),
    ("United Arab Emirates", "SANCTION", "Qatar", True, CUT, "ties cut June 2017"),
    ("Egypt", "SANCTION", "Qatar", True, CUT, "ties cut June 2017"),
    ("Bahrain", "COERCE", "Qatar", False, CUT, "blockade"),
    ("Saudi Arabia", "COERCE", "Qatar", False, CUT, "blockade"),
    ("United Arab Emirates", "COERCE", "Qatar", False, CUT, "blockade"),
    ("Egypt", "COERCE", "Qatar", False, CUT, "blockade"),
    ("Saudi Arabia", "COOPERATE", "Qatar", True, RESTORED, "relations restored 2021"),
    ("Egypt", "COOPERATE", "Qatar", True, RESTORED, "relations restored 2021"),
    ("Saudi Arabia", "AGREE", "Qatar", False, RESTORED, ""),
    ("Egypt", "AGREE", "Qatar", False, RESTORED, ""),
    ("Qatar", "MEMBER_OF", "Gulf Cooperation Council", True, GROUPS, ""),
    ("Bahrain", "MEMBER_OF", "Gulf Cooperation Council", True, GROUPS, ""),
    ("Saudi Arabia", "MEMBER_OF", "Gulf Cooperation Council", True, GROUPS, ""),
    ("United Arab Emirates", "MEMBER_OF", "Gulf Cooperation Council", True, GROUPS, ""),
    ("Kuwait", "MEMBER_OF", "Gulf Cooperation Council", True, GROUPS, ""),
    ("Oman", "MEMBER_OF", "Gulf Cooperation Council", True, GROUPS, ""),
    (
        "Ahmed bin Hassan Al Hammadi",
        "ROLE",
        "Qatar",
        True,
        HEADS,
        "Secretary-General of the Ministry of Foreign Affairs",
    ),
    ("Abdulla bin Ahmed Al Khalifa", "ROLE", "Bahrain", True, HEADS, "Undersecretary for Political Affairs"),
    (
        "Jasem Mohamed Albudaiwi",
        "ROLE",
        "Gulf Cooperation Council",
        True,
        "GCC Secretary-General HE Jasem Mohamed Albudaiwi",
        "Secretary-General",
    ),
    (
        "Tamim bin Hamad Al Thani",
        "ROLE",
        "Qatar",
        True,
        "His Highness the Amir Sheikh Tamim bin Hamad Al Thani",
        "Amir",
    ),
    (
        "Salman bin Hamad Al Khalifa",
        "ROLE",
        "Bahrain",
        True,
        "Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister of the Kingdom of Bahrain",
        "Crown Prince and Prime Minister",
    ),
    (
        "Majed bin Mohammed Al Ansari",
        "ROLE",
        "Qatar",
        True,
        "Advisor to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr. Majed bin Mohammed Al Ansari",
        "Official Spokesperson for the Ministry of Foreign Affairs",
    ),
    ("Ahmed Aboul Gheit", "ROLE", "Arab League", True, AG, "Secretary-General"),
]
