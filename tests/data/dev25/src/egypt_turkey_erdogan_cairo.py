"""Gold tables for egypt_turkey_erdogan_cairo.txt."""

EG, TR, IL, AE = "Q79", "Q43", "Q801", "Q878"
E = [
    ("Egypt", "Country", EG, ["Cairo", "Egyptian"], EG),
    ("Turkey", "Country", TR, ["Türkiye", "Turkish", "Ankara"], TR),
    ("Abdel-Fattah El-Sisi", "Person", None, ["El-Sisi", "President Abdel-Fattah El-Sisi"], EG),
    (
        "Recep Tayyip Erdogan",
        "Person",
        "Q39723",
        ["Erdogan", "his Turkish counterpart Recep Tayyip Erdogan"],
        TR,
    ),
    ("Ahmed Fahmy", "Person", None, ["Fahmy", "Presidential Spokesman Ahmed Fahmy"], EG),
    ("Hakan Fidan", "Person", None, ["Fidan", "Turkish Foreign Minister Hakan Fidan"], TR),
    ("Sameh Shoukry", "Person", None, ["Foreign Minister Sameh Shoukry"], EG),
    ("Mehmet Simsek", "Person", None, ["Treasury and Finance Minister Mehmet Simsek"], TR),
    ("Yasar Guler", "Person", None, ["Defence Minister Yasar Guler"], TR),
    ("United Arab Emirates", "Country", AE, ["UAE"], AE),
    (
        "Mohamed bin Zayed Al Nahyan",
        "Person",
        None,
        ["UAE President Sheikh Mohamed bin Zayed Al Nahyan"],
        AE,
    ),
    ("Israel", "Country", IL, ["Israeli"], IL),
    ("Benjamin Netanyahu", "Person", None, ["Prime Minister Benjamin Netanyahu"], IL),
    ("Libya", "Country", "Q1016", [], "Q1016"),
    ("Sudan", "Country", "Q1049", [], "Q1049"),
    ("Qatar", "Country", "Q846", [], "Q846"),
    ("Tamim bin Hamad Al Thani", "Person", None, ["Qatar's Emir Sheikh Tamim bin Hamad Al Thani"], "Q846"),
    ("Mohamed Morsi", "Person", None, ["the late president Mohamed Morsi"], None),
    ("Amr El-Hamamy", "Person", None, [], EG),
    ("Salih Mutlu Sen", "Person", None, [], TR),
    ("Ahmed Kamel Al-Beheiri", "Person", None, [], None),
    ("Al-Ahram Center for Political and Strategic Studies", "Organization", None, [], None),
    ("High-Level Strategic Cooperation Council", "Organization", None, [], None),
    ("Gaza Strip", "Location", None, ["Gaza", "the Gaza Strip"], None),
    ("Rafah", "Location", None, ["the Rafah crossing"], None),
    ("El-Arish", "Location", None, [], None),
    ("Mersin", "Location", None, [], None),
    ("Doha", "Location", None, [], None),
    ("World Cup", "Event", None, [], None),
    ("World Governments Summit", "Event", None, [], None),
]

RECEIVED = "President Abdel-Fattah El-Sisi received his Turkish counterpart Recep Tayyip Erdogan in Cairo on Wednesday"
TALKS = (
    "El-Sisi greeted Erdogan upon his arrival at Cairo International Airport, before the two leaders held talks at "
    "the Ittihadiya Presidential Palace"
)
DECL = (
    "The two presidents signed a joint declaration on re-forming the High-Level Strategic Cooperation Council "
    "between Egypt and Türkiye"
)
TRADE = (
    "Egypt looked forward to raising the volume of bilateral trade to $15 billion within the next few years"
)
INVITE = "El-Sisi said he had accepted an invitation from Erdogan to visit Türkiye in April."
VITAL = 'Türkiye attached great importance to Egypt as "a vital partner" in the region'
REBUILD = "We want to increase our contacts with Egypt at the highest level and rebuild a close partnership in every field"
CEASE = (
    "the two leaders agreed on the need for an immediate ceasefire in the Gaza Strip and for the unimpeded entry "
    "of humanitarian aid"
)
DISPLACE = "stressed their rejection of any attempt to displace Palestinians from their land"
RAFAH = "El-Sisi warned against any Israeli military operation in Rafah"
PRAISE = "Erdogan praised Egypt's role in delivering relief to Gaza through the Rafah crossing"
ARISH = "said Türkiye would continue to send aid through Egypt's El-Arish port"
MASSACRE = (
    'accusing the government of Prime Minister Benjamin Netanyahu of pursuing "a policy of massacre" against '
    "civilians in Gaza"
)
LIBYA = (
    "the two presidents agreed on the importance of supporting the unity and stability of Libya and of reaching a "
    "ceasefire in Sudan"
)
DRONES = "Ankara agreed to supply Egypt with drones and other technology"
MBZ = (
    "Erdogan arrived in Cairo from the United Arab Emirates, where he met UAE President Sheikh Mohamed bin Zayed "
    "Al Nahyan on Tuesday"
)
EXPEL = "when Egypt expelled the Turkish ambassador and Ankara downgraded ties in response"
SHAKE = "The thaw began with a handshake between El-Sisi and Erdogan in Doha"
QUAKE = (
    "El-Sisi and Erdogan spoke by phone in February 2023 after the devastating earthquake in southern Türkiye"
)
SHIPS = "Egypt sent aid ships to the Turkish port of Mersin"
RESTORE = (
    "In July 2023, the two countries restored diplomatic relations at ambassadorial level, with Egypt naming "
    "Amr El-Hamamy as ambassador to Ankara and Türkiye appointing Salih Mutlu Sen as its ambassador in Cairo"
)
V = [
    ("Abdel-Fattah El-Sisi", "CONSULT", "Recep Tayyip Erdogan", True, RECEIVED, "state visit"),
    ("Recep Tayyip Erdogan", "CONSULT", "Egypt", True, RECEIVED, "first visit in nearly 12 years"),
    ("Abdel-Fattah El-Sisi", "CONSULT", "Recep Tayyip Erdogan", True, TALKS, "talks"),
    ("Egypt", "AGREE", "Turkey", True, DECL, "joint declaration"),
    (
        "Abdel-Fattah El-Sisi",
        "AGREE",
        "Recep Tayyip Erdogan",
        False,
        DECL,
        "signatories are 'the two presidents'",
    ),
    (
        "Egypt",
        "COOPERATE",
        "Turkey",
        False,
        "will meet regularly to follow up on cooperation in the economy, trade, energy, tourism and defence",
        "planned",
    ),
    (
        "Abdel-Fattah El-Sisi",
        "SUPPORT",
        "Turkey",
        False,
        '"a shared will to build on the historic ties between the two peoples"',
        "",
    ),
    ("Egypt", "COOPERATE", "Turkey", False, TRADE, "trade target $15bn from about $10bn"),
    ("Abdel-Fattah El-Sisi", "AGREE", "Recep Tayyip Erdogan", True, INVITE, "invitation accepted"),
    ("Abdel-Fattah El-Sisi", "CONSULT", "Turkey", False, INVITE, "planned visit in April"),
    ("Recep Tayyip Erdogan", "SUPPORT", "Egypt", True, VITAL, "praise"),
    ("Turkey", "ALLY", "Egypt", False, VITAL, "'vital partner'"),
    ("Recep Tayyip Erdogan", "COOPERATE", "Egypt", False, REBUILD, "intent"),
    ("Abdel-Fattah El-Sisi", "AGREE", "Recep Tayyip Erdogan", True, CEASE, "Gaza ceasefire"),
    ("Egypt", "REQUEST", "Israel", False, CEASE, "implied target"),
    ("Turkey", "REQUEST", "Israel", False, CEASE, "implied target"),
    ("Egypt", "REJECT", "Israel", False, DISPLACE, "implied target"),
    ("Turkey", "REJECT", "Israel", False, DISPLACE, "implied target"),
    ("Abdel-Fattah El-Sisi", "REQUEST", "Israel", False, RAFAH, "warning; could be read as THREATEN"),
    ("Abdel-Fattah El-Sisi", "THREATEN", "Israel", False, RAFAH, "warning, alternative"),
    ("Recep Tayyip Erdogan", "SUPPORT", "Egypt", True, PRAISE, "praise"),
    ("Egypt", "AID", "Gaza Strip", False, PRAISE, "noun phrase"),
    ("Turkey", "AID", "Gaza Strip", False, ARISH, "'would continue'"),
    ("Turkey", "COOPERATE", "Egypt", False, ARISH, "aid via El-Arish"),
    ("Recep Tayyip Erdogan", "ACCUSE", "Israel", True, "He sharply criticised Israel", ""),
    ("Recep Tayyip Erdogan", "ACCUSE", "Benjamin Netanyahu", True, MASSACRE, "'policy of massacre'"),
    ("Israel", "ASSAULT", "Gaza Strip", False, MASSACRE, "alleged"),
    (
        "Egypt",
        "CONSULT",
        "Turkey",
        True,
        "The two sides also discussed the situations in Libya and Sudan.",
        "'the two sides'",
    ),
    ("Abdel-Fattah El-Sisi", "AGREE", "Recep Tayyip Erdogan", True, LIBYA, "Libya, Sudan"),
    ("Egypt", "SUPPORT", "Libya", False, LIBYA, ""),
    ("Turkey", "SUPPORT", "Libya", False, LIBYA, ""),
    ("Turkey", "AGREE", "Egypt", True, DRONES, "drone sale, per Fidan"),
    ("Turkey", "COOPERATE", "Egypt", False, DRONES, "arms sale, planned"),
    (
        "Sameh Shoukry",
        "CONSULT",
        "Hakan Fidan",
        False,
        "The talks were attended on the Egyptian side by Foreign Minister Sameh Shoukry and on the Turkish side by "
        "Fidan",
        "attendance",
    ),
    ("Recep Tayyip Erdogan", "CONSULT", "Mohamed bin Zayed Al Nahyan", True, MBZ, "meeting"),
    ("Egypt", "SANCTION", "Turkey", True, EXPEL, "2013 ambassador expelled"),
    ("Turkey", "SANCTION", "Egypt", True, EXPEL, "2013 ties downgraded"),
    ("Abdel-Fattah El-Sisi", "CONSULT", "Recep Tayyip Erdogan", True, SHAKE, "Doha handshake, Nov 2022"),
    ("Abdel-Fattah El-Sisi", "CONSULT", "Recep Tayyip Erdogan", True, QUAKE, "phone call"),
    ("Egypt", "AID", "Turkey", True, SHIPS, "earthquake aid ships"),
    ("Egypt", "COOPERATE", "Turkey", True, RESTORE, "ambassadors restored"),
    ("Egypt", "AGREE", "Turkey", False, RESTORE, "alternative"),
    (
        "Egypt",
        "ALLY",
        "Turkey",
        False,
        "Gaza has given them a common cause",
        "analyst's view",
    ),
    ("Abdel-Fattah El-Sisi", "ROLE", "Egypt", True, "President Abdel-Fattah El-Sisi", "President"),
    (
        "Recep Tayyip Erdogan",
        "ROLE",
        "Turkey",
        True,
        "President Abdel-Fattah El-Sisi received his Turkish counterpart Recep Tayyip Erdogan",
        "President",
    ),
    ("Ahmed Fahmy", "ROLE", "Egypt", True, "Presidential Spokesman Ahmed Fahmy", "Presidential Spokesman"),
    ("Hakan Fidan", "ROLE", "Turkey", True, "Turkish Foreign Minister Hakan Fidan", "Foreign Minister"),
    (
        "Sameh Shoukry",
        "ROLE",
        "Egypt",
        True,
        "on the Egyptian side by Foreign Minister Sameh Shoukry",
        "Foreign Minister",
    ),
    (
        "Mehmet Simsek",
        "ROLE",
        "Turkey",
        True,
        "Treasury and Finance Minister Mehmet Simsek",
        "Treasury and Finance Minister",
    ),
    ("Yasar Guler", "ROLE", "Turkey", True, "Defence Minister Yasar Guler", "Defence Minister"),
    (
        "Mohamed bin Zayed Al Nahyan",
        "ROLE",
        "United Arab Emirates",
        True,
        "UAE President Sheikh Mohamed bin Zayed Al Nahyan",
        "President",
    ),
    (
        "Benjamin Netanyahu",
        "ROLE",
        "Israel",
        True,
        "the government of Prime Minister Benjamin Netanyahu",
        "Prime Minister",
    ),
    (
        "Tamim bin Hamad Al Thani",
        "ROLE",
        "Qatar",
        True,
        "Qatar's Emir Sheikh Tamim bin Hamad Al Thani",
        "Emir",
    ),
    ("Mohamed Morsi", "ROLE", "Egypt", False, "the late president Mohamed Morsi", "former president"),
    ("Amr El-Hamamy", "ROLE", "Egypt", True, RESTORE, "ambassador to Turkey"),
    ("Salih Mutlu Sen", "ROLE", "Turkey", True, RESTORE, "ambassador to Egypt"),
    (
        "Ahmed Kamel Al-Beheiri",
        "ROLE",
        "Al-Ahram Center for Political and Strategic Studies",
        True,
        "Ahmed Kamel Al-Beheiri, a researcher at the Al-Ahram Center for Political and Strategic Studies",
        "researcher",
    ),
]
