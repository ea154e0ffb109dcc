"""Gold tables for india_maldives_modi_male_visit.txt."""

IN, MV = "Q668", "Q826"
E = [
    ("India", "Country", IN, ["Indian", "Government of India", "New Delhi"], IN),
    (
        "Maldives",
        "Country",
        MV,
        [
            "the Maldives",
            "Republic of Maldives",
            "Malé",
            "the Government of Maldives",
            "the Maldivian government",
            "Maldivian",
            "the Maldives National Defence Force",
            "the Maldives Monetary Authority",
            "the Ministry of Defence",
            "the People's Majlis",
        ],
        MV,
    ),
    (
        "Narendra Modi",
        "Person",
        "Q1058",
        ["Prime Minister Shri Narendra Modi", "Prime Minister", "the Prime Minister"],
        IN,
    ),
    ("Mohamed Muizzu", "Person", None, ["Dr. Mohamed Muizzu", "President Muizzu"], MV),
    ("Abdulla Khaleel", "Person", None, ["Foreign Minister Mr. Abdulla Khaleel"], MV),
    ("Mohamed Ghassan Maumoon", "Person", None, ["Defence Minister Mr. Mohamed Ghassan Maumoon"], MV),
    ("Hussain Mohamed Latheef", "Person", None, ["Vice President Mr. Hussain Mohamed Latheef"], MV),
    ("Abdul Raheem Abdulla", "Person", None, ["Speaker of the People's Majlis Mr. Abdul Raheem Abdulla"], MV),
    ("Vikram Misri", "Person", None, ["Foreign Secretary Shri Vikram Misri"], IN),
    ("NPCI International", "Organization", None, [], None),
    ("Export-Import Bank of India", "Organization", None, ["the Export-Import Bank of India"], IN),
    ("Colombo Security Conclave", "IGO", None, ["the Colombo Security Conclave"], None),
    ("SAARC", "IGO", None, ["the SAARC framework"], None),
    ("Sri Lanka", "Country", "Q854", [], "Q854"),
    ("Mauritius", "Country", "Q1027", [], "Q1027"),
    ("Bangladesh", "Country", "Q902", [], "Q902"),
    ("Pahalgam", "Location", None, [], None),
    ("Velana International Airport", "Location", None, [], None),
    ("Republic Square", "Location", None, [], None),
    ("Hulhumalé", "Location", None, [], None),
]

TALKS = (
    "Prime Minister Shri Narendra Modi held talks with the President of the Republic of Maldives, His Excellency "
    "Dr. Mohamed Muizzu, in Malé today"
)
RECV = (
    "the Prime Minister was received by President Muizzu, together with Foreign Minister Mr. Abdulla Khaleel, "
    "Defence Minister Mr. Mohamed Ghassan Maumoon and other members of the Cabinet"
)
VISION = (
    "India-Maldives Joint Vision for a Comprehensive Economic and Maritime Security Partnership, which was adopted "
    "during President Muizzu's State Visit to India in October 2024"
)
THANK = "President Muizzu thanked the Government of India for its timely budgetary support"
SWAP = (
    "the currency swap arrangement of USD 400 million and INR 30 billion extended under the SAARC framework in "
    "October 2024, and the rollover of Treasury Bills worth USD 100 million"
)
FTA = "The two sides exchanged the Terms of Reference to launch negotiations on an India-Maldives Free Trade Agreement"
BIT = "New Delhi and Malé also agreed to begin discussions on a bilateral investment treaty"
MOU = (
    "Memoranda of Understanding were exchanged in the fields of fisheries and aquaculture, meteorology, digital "
    "public infrastructure and the recognition of the Indian Pharmacopoeia"
)
UPI = "A network-to-network agreement between NPCI International and the Maldives Monetary Authority"
CAP = (
    "Prime Minister assured that India would continue to support capacity building of the Maldives National "
    "Defence Force, including through training, joint exercises and the supply of equipment"
)
CSC = "the Colombo Security Conclave, whose members are India, the Maldives, Sri Lanka, Mauritius and Bangladesh"
CSC2 = "Both sides reaffirmed their commitment to the Colombo Security Conclave"
CALL = (
    "Vice President Mr. Hussain Mohamed Latheef and Speaker of the People's Majlis Mr. Abdul Raheem Abdulla called "
    "on the Prime Minister"
)
RESP = "he said India respected the Maldives' right to choose its partners"
JC = "Both sides agreed to hold the next meeting of the Joint Commission"
V = [
    ("Narendra Modi", "CONSULT", "Mohamed Muizzu", True, TALKS, "talks in Malé"),
    (
        "Narendra Modi",
        "CONSULT",
        "Maldives",
        True,
        "The Prime Minister is on a State Visit to the Maldives from 25-26 July 2025",
        "state visit",
    ),
    ("Mohamed Muizzu", "CONSULT", "Narendra Modi", True, RECV, "airport reception; passive"),
    ("Abdulla Khaleel", "CONSULT", "Narendra Modi", False, RECV, "part of the receiving party"),
    ("Mohamed Ghassan Maumoon", "CONSULT", "Narendra Modi", False, RECV, "part of the receiving party"),
    (
        "Maldives",
        "CONSULT",
        "Narendra Modi",
        False,
        "He was accorded a ceremonial welcome at Republic Square",
        "passive, agent implicit",
    ),
    (
        "Narendra Modi",
        "CONSULT",
        "Mohamed Muizzu",
        True,
        "The two leaders held talks in restricted and delegation-level formats",
        "",
    ),
    ("India", "AGREE", "Maldives", True, VISION, "Joint Vision adopted Oct 2024; passive"),
    ("India", "ALLY", "Maldives", True, VISION, "Comprehensive Economic and Maritime Security Partnership"),
    ("Mohamed Muizzu", "CONSULT", "India", False, VISION, "Oct 2024 state visit, noun phrase"),
    (
        "Narendra Modi",
        "SUPPORT",
        "Maldives",
        True,
        "Prime Minister reaffirmed that the Maldives occupies a special place in India's Neighbourhood First policy",
        "",
    ),
    (
        "India",
        "AID",
        "Maldives",
        False,
        'India has always been the "First Responder" for the Maldives',
        "recalled characterisation; tsunami, water crisis, COVID-19",
    ),
    ("Mohamed Muizzu", "SUPPORT", "India", True, THANK, "thanks"),
    ("India", "AID", "Maldives", True, SWAP, "USD 400m + INR 30bn swap; USD 100m T-bill rollover"),
    (
        "India",
        "AID",
        "Maldives",
        True,
        "a Line of Credit of INR 4,850 crore was extended to the Government of Maldives",
        "INR 4,850 crore LoC; passive",
    ),
    (
        "India",
        "AGREE",
        "Maldives",
        True,
        "An amendatory agreement was signed that reduces the Maldives' annual debt repayment obligations",
        "repayments cut 40%, USD 51m -> 29m",
    ),
    ("India", "AGREE", "Maldives", True, FTA, "ToR exchanged"),
    ("India", "CONSULT", "Maldives", False, FTA, "negotiations to come"),
    ("India", "AGREE", "Maldives", True, BIT, "capitals as metonyms"),
    ("India", "CONSULT", "Maldives", False, BIT, "future discussions"),
    ("India", "AGREE", "Maldives", True, MOU, "MoUs; passive"),
    ("India", "COOPERATE", "Maldives", False, MOU, ""),
    ("NPCI International", "AGREE", "Maldives", True, UPI, "UPI agreement"),
    ("NPCI International", "COOPERATE", "Maldives", False, UPI, ""),
    (
        "India",
        "AID",
        "Maldives",
        True,
        "the new building of the Ministry of Defence in Malé, constructed with assistance from India",
        "",
    ),
    (
        "Export-Import Bank of India",
        "AID",
        "Maldives",
        True,
        "handed over 3,300 social housing units in Hulhumalé built under the Buyer's Credit facility of the "
        "Export-Import Bank of India",
        "3,300 housing units",
    ),
    (
        "India",
        "AID",
        "Maldives",
        True,
        "India also handed over 72 vehicles and heavy equipment to the Maldivian government",
        "72 vehicles, two BHISHM health cubes",
    ),
    (
        "India",
        "COOPERATE",
        "Maldives",
        True,
        "The leaders welcomed the growing cooperation in defence and maritime security",
        "",
    ),
    ("India", "AID", "Maldives", True, CAP, "pledge in a government release"),
    ("Narendra Modi", "AID", "Maldives", False, CAP, "speaker-level reading"),
    ("India", "COOPERATE", "Maldives", False, CAP, "joint exercises, unspecified"),
    ("India", "MEMBER_OF", "Colombo Security Conclave", True, CSC, ""),
    ("Maldives", "MEMBER_OF", "Colombo Security Conclave", True, CSC, ""),
    ("Sri Lanka", "MEMBER_OF", "Colombo Security Conclave", True, CSC, ""),
    ("Mauritius", "MEMBER_OF", "Colombo Security Conclave", True, CSC, ""),
    ("Bangladesh", "MEMBER_OF", "Colombo Security Conclave", True, CSC, ""),
    ("India", "SUPPORT", "Colombo Security Conclave", False, CSC2, ""),
    ("Maldives", "SUPPORT", "Colombo Security Conclave", False, CSC2, ""),
    (
        "Mohamed Muizzu",
        "SUPPORT",
        "India",
        True,
        "expressed solidarity with the people of India",
        "after the Pahalgam attack",
    ),
    (
        "Narendra Modi",
        "SUPPORT",
        "Mohamed Muizzu",
        True,
        "Prime Minister thanked him for the support",
        "pronoun",
    ),
    (
        "Narendra Modi",
        "AGREE",
        "Mohamed Muizzu",
        True,
        "agreed to strengthen cooperation in counter-terrorism and in countering radicalisation",
        "",
    ),
    ("Hussain Mohamed Latheef", "CONSULT", "Narendra Modi", True, CALL, "call"),
    ("Abdul Raheem Abdulla", "CONSULT", "Narendra Modi", True, CALL, "call"),
    (
        "Narendra Modi",
        "CONSULT",
        "Mohamed Muizzu",
        False,
        "Prime Minister extended an invitation to President Muizzu to visit India",
        "invitation, future visit",
    ),
    (
        "Mohamed Muizzu",
        "AGREE",
        "Narendra Modi",
        True,
        "The invitation was accepted",
        "passive, agent implicit",
    ),
    ("Vikram Misri", "SUPPORT", "Maldives", False, RESP, "statement of respect"),
    ("India", "SUPPORT", "Maldives", False, RESP, ""),
    ("India", "AGREE", "Maldives", True, JC, ""),
    ("India", "CONSULT", "Maldives", False, JC, "future Joint Commission meeting"),
    ("Narendra Modi", "ROLE", "India", True, "Prime Minister Shri Narendra Modi", "Prime Minister"),
    (
        "Mohamed Muizzu",
        "ROLE",
        "Maldives",
        True,
        "the President of the Republic of Maldives, His Excellency Dr. Mohamed Muizzu",
        "President",
    ),
    ("Abdulla Khaleel", "ROLE", "Maldives", True, "Foreign Minister Mr. Abdulla Khaleel", "Foreign Minister"),
    (
        "Mohamed Ghassan Maumoon",
        "ROLE",
        "Maldives",
        True,
        "Defence Minister Mr. Mohamed Ghassan Maumoon",
        "Defence Minister",
    ),
    (
        "Hussain Mohamed Latheef",
        "ROLE",
        "Maldives",
        True,
        "Vice President Mr. Hussain Mohamed Latheef",
        "Vice President",
    ),
    (
        "Abdul Raheem Abdulla",
        "ROLE",
        "Maldives",
        True,
        "Speaker of the People's Majlis Mr. Abdul Raheem Abdulla",
        "Speaker of the People's Majlis",
    ),
    ("Vikram Misri", "ROLE", "India", True, "Foreign Secretary Shri Vikram Misri", "Foreign Secretary"),
]
