"""Gold tables for saudi_iran_beijing_fm_meeting.txt."""

SA, IR, CN = "Q851", "Q794", "Q148"
FAISAL, AMIR, QIN = "Faisal bin Farhan Al Saud", "Hossein Amir-Abdollahian", "Qin Gang"
E = [
    ("Saudi Arabia", "Country", SA, ["Saudi", "Riyadh"], SA),
    (
        "Iran",
        "Country",
        IR,
        ["Iranian", "Tehran", "the Iranian side", "Iran's Supreme National Security Council"],
        IR,
    ),
    (
        "China",
        "Country",
        CN,
        ["Chinese", "Beijing", "the Office of the Central Foreign Affairs Commission"],
        CN,
    ),
    (
        FAISAL,
        "Person",
        None,
        ["Saudi Foreign Minister Prince Faisal bin Farhan Al Saud", "Prince Faisal"],
        SA,
    ),
    (AMIR, "Person", None, ["Iranian Foreign Minister Hossein Amir-Abdollahian", "Amir-Abdollahian"], IR),
    (QIN, "Person", None, ["Chinese State Councilor and Foreign Minister Qin Gang", "Qin"], CN),
    ("Wang Yi", "Person", None, [], CN),
    ("Ali Shamkhani", "Person", None, [], IR),
    ("Musaed Al-Aiban", "Person", None, [], SA),
    ("Nimr al-Nimr", "Person", None, ["the prominent Shiite cleric Nimr al-Nimr"], None),
    ("Iraq", "Country", "Q796", [], "Q796"),
    ("Oman", "Country", "Q842", [], "Q842"),
    ("Syria", "Country", "Q858", [], "Q858"),
    ("Ebrahim Raisi", "Person", None, ["Iranian President Ebrahim Raisi", "Raisi"], IR),
    ("Salman bin Abdulaziz Al Saud", "Person", None, ["King Salman bin Abdulaziz Al Saud"], SA),
    ("Xi Jinping", "Person", "Q15031", ["Chinese President Xi Jinping", "Xi"], CN),
    ("United Nations", "IGO", "Q1065", ["The United Nations"], None),
    ("Turkey", "Country", "Q43", ["Türkiye"], "Q43"),
    ("United Arab Emirates", "Country", "Q878", ["the United Arab Emirates"], "Q878"),
    ("Xinhua", "Organization", None, [], None),
    ("Jeddah", "Location", None, [], None),
    ("Mashhad", "Location", None, [], None),
    ("Middle East", "Location", None, ["the Middle East"], None),
]

TALKS = "held talks in Beijing on Thursday and signed a joint statement announcing the resumption of diplomatic relations"
REOPEN = "the two sides agreed to reopen their embassies in Riyadh and Tehran"
ACTIVATE = "The two ministers also agreed to activate the security cooperation agreement signed in 2001"
THANK = "The two sides expressed their appreciation to China for hosting the meeting"
ROLE_CN = "for its positive role in bringing about the agreement reached in Beijing on March 10"
QINMET = "Chinese State Councilor and Foreign Minister Qin Gang met with the two ministers on the same day."
QINSUP = "Qin said China firmly supports Saudi Arabia and Iran in continuing to improve their relations"
FRIEND = "China, as a sincere friend and reliable partner of both countries"
MARCH = "Saudi Arabia and Iran agreed to restore diplomatic ties and reopen embassies within two months"
WANG = (
    "following talks in Beijing between Wang Yi, director of the Office of the Central Foreign Affairs Commission, "
    "Ali Shamkhani, secretary of Iran's Supreme National Security Council, and Musaed Al-Aiban"
)
HOSTS = "Iraq and Oman had hosted several rounds of talks between Saudi and Iranian officials since 2021"
THANKS2 = "which the two sides thanked in the March statement"
XI = "Chinese President Xi Jinping had proposed the Beijing talks as part of China's support for the two countries"
XIVISIT = "Xi visited Riyadh in December 2022 and hosted Raisi in Beijing in February"
WELCOME = (
    "The United Nations and a number of regional countries, including Iraq, Oman, Türkiye and the United Arab "
    "Emirates, have welcomed the agreement."
)
V = [
    (FAISAL, "CONSULT", AMIR, True, TALKS, "first formal meeting in over seven years"),
    (FAISAL, "AGREE", AMIR, True, TALKS, "joint statement"),
    ("Saudi Arabia", "AGREE", "Iran", True, REOPEN, "embassies and consulates"),
    ("Saudi Arabia", "COOPERATE", "Iran", False, REOPEN, "restored diplomatic relations"),
    (FAISAL, "AGREE", AMIR, True, ACTIVATE, "2001 security and 1998 general agreements"),
    ("Saudi Arabia", "SUPPORT", "China", True, THANK, "appreciation"),
    ("Iran", "SUPPORT", "China", True, THANK, "appreciation"),
    ("China", "CONSULT", "Saudi Arabia", False, THANK, "host / third-party"),
    ("China", "CONSULT", "Iran", False, THANK, "host / third-party"),
    ("China", "CONSULT", "Saudi Arabia", False, ROLE_CN, "mediation"),
    (QIN, "CONSULT", FAISAL, True, QINMET, ""),
    (QIN, "CONSULT", AMIR, True, QINMET, ""),
    (QIN, "SUPPORT", "Saudi Arabia", True, QINSUP, ""),
    (QIN, "SUPPORT", "Iran", True, QINSUP, ""),
    ("China", "SUPPORT", "Saudi Arabia", False, QINSUP, "state-level alternative"),
    ("China", "SUPPORT", "Iran", False, QINSUP, "state-level alternative"),
    ("China", "ALLY", "Saudi Arabia", False, FRIEND, "'reliable partner', rhetorical"),
    ("China", "ALLY", "Iran", False, FRIEND, "'reliable partner', rhetorical"),
    (FAISAL, "SUPPORT", "China", True, "thanked China for the role it played", "thanks"),
    (AMIR, "SUPPORT", "China", True, 'praised China\'s "valuable efforts"', "praise"),
    (
        AMIR,
        "AGREE",
        "Saudi Arabia",
        False,
        "Amir-Abdollahian said Iran was ready to work with Saudi Arabia",
        "willingness to cooperate",
    ),
    ("Saudi Arabia", "AGREE", "Iran", True, MARCH, "March 10 agreement"),
    (
        "Saudi Arabia",
        "AGREE",
        "Iran",
        True,
        "The two countries also affirmed respect for the sovereignty of states",
        "",
    ),
    ("Wang Yi", "CONSULT", "Ali Shamkhani", True, WANG, "March talks"),
    ("Wang Yi", "CONSULT", "Musaed Al-Aiban", True, WANG, "March talks"),
    ("Ali Shamkhani", "CONSULT", "Musaed Al-Aiban", True, WANG, "March talks"),
    (
        "Saudi Arabia",
        "SANCTION",
        "Iran",
        True,
        "Riyadh severed ties with Tehran in January 2016",
        "ties cut 2016",
    ),
    (
        "Saudi Arabia",
        "ASSAULT",
        "Nimr al-Nimr",
        False,
        "Saudi Arabia's execution of the prominent Shiite cleric Nimr al-Nimr",
        "execution; background noun phrase",
    ),
    ("Iraq", "CONSULT", "Saudi Arabia", True, HOSTS, "host of talks"),
    ("Iraq", "CONSULT", "Iran", True, HOSTS, "host of talks"),
    ("Oman", "CONSULT", "Saudi Arabia", True, HOSTS, "host of talks"),
    ("Oman", "CONSULT", "Iran", True, HOSTS, "host of talks"),
    ("Saudi Arabia", "CONSULT", "Iran", True, HOSTS, "talks since 2021"),
    ("Saudi Arabia", "SUPPORT", "Iraq", False, THANKS2, "'which' refers to the talks"),
    ("Saudi Arabia", "SUPPORT", "Oman", False, THANKS2, "'which' refers to the talks"),
    ("Iran", "SUPPORT", "Iraq", False, THANKS2, "'which' refers to the talks"),
    ("Iran", "SUPPORT", "Oman", False, THANKS2, "'which' refers to the talks"),
    (
        "Saudi Arabia",
        "CONSULT",
        "Syria",
        True,
        "Saudi Arabia has held talks on restoring ties with Syria",
        "",
    ),
    (
        "Salman bin Abdulaziz Al Saud",
        "CONSULT",
        "Ebrahim Raisi",
        False,
        "Iranian President Ebrahim Raisi has received an invitation from King Salman bin Abdulaziz Al Saud to visit Riyadh",
        "invitation, attributed to Iranian officials",
    ),
    ("Xi Jinping", "SUPPORT", "Saudi Arabia", False, XI, "attributed to Chinese officials"),
    ("Xi Jinping", "SUPPORT", "Iran", False, XI, "attributed to Chinese officials"),
    ("Xi Jinping", "CONSULT", "Saudi Arabia", True, XIVISIT, "visit December 2022"),
    ("Xi Jinping", "CONSULT", "Ebrahim Raisi", True, XIVISIT, "hosted February 2023"),
    ("United Nations", "SUPPORT", "Saudi Arabia", True, WELCOME, "welcomed the agreement"),
    ("United Nations", "SUPPORT", "Iran", True, WELCOME, "welcomed the agreement"),
    ("Iraq", "SUPPORT", "Saudi Arabia", True, WELCOME, "welcomed the agreement"),
    ("Iraq", "SUPPORT", "Iran", True, WELCOME, "welcomed the agreement"),
    ("Oman", "SUPPORT", "Saudi Arabia", True, WELCOME, "welcomed the agreement"),
    ("Oman", "SUPPORT", "Iran", True, WELCOME, "welcomed the agreement"),
    ("Turkey", "SUPPORT", "Saudi Arabia", True, WELCOME, "welcomed the agreement"),
    ("Turkey", "SUPPORT", "Iran", True, WELCOME, "welcomed the agreement"),
    ("United Arab Emirates", "SUPPORT", "Saudi Arabia", True, WELCOME, "welcomed the agreement"),
    ("United Arab Emirates", "SUPPORT", "Iran", True, WELCOME, "welcomed the agreement"),
    (
        "Saudi Arabia",
        "CONSULT",
        "Iran",
        False,
        "technical teams would visit each other's capitals soon",
        "future",
    ),
    (FAISAL, "CONSULT", "Iran", False, "Prince Faisal is expected to visit Tehran", "expected visit"),
    (
        "Iran",
        "CONSULT",
        FAISAL,
        False,
        "the Iranian side has invited its Saudi counterpart",
        "invitation",
    ),
    (
        FAISAL,
        "ROLE",
        "Saudi Arabia",
        True,
        "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud",
        "Foreign Minister",
    ),
    (AMIR, "ROLE", "Iran", True, "Iranian Foreign Minister Hossein Amir-Abdollahian", "Foreign Minister"),
    (
        QIN,
        "ROLE",
        "China",
        True,
        "Chinese State Councilor and Foreign Minister Qin Gang",
        "State Councilor and Foreign Minister",
    ),
    (
        "Wang Yi",
        "ROLE",
        "China",
        True,
        "Wang Yi, director of the Office of the Central Foreign Affairs Commission",
        "director of the Office of the Central Foreign Affairs Commission",
    ),
    (
        "Ali Shamkhani",
        "ROLE",
        "Iran",
        True,
        "Ali Shamkhani, secretary of Iran's Supreme National Security Council",
        "secretary of the Supreme National Security Council",
    ),
    (
        "Musaed Al-Aiban",
        "ROLE",
        "Saudi Arabia",
        True,
        "Musaed Al-Aiban, Saudi Arabia's minister of state and national security adviser",
        "minister of state and national security adviser",
    ),
    ("Ebrahim Raisi", "ROLE", "Iran", True, "Iranian President Ebrahim Raisi", "President"),
    (
        "Salman bin Abdulaziz Al Saud",
        "ROLE",
        "Saudi Arabia",
        True,
        "King Salman bin Abdulaziz Al Saud",
        "King",
    ),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
]
