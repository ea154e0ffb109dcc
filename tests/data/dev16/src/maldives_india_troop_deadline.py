"""Gold tables for maldives_india_troop_deadline.txt."""

MV, IN, CN = "Q826", "Q668", "Q148"
DEPS = ["Mariyam Shiuna", "Malsha Shareef", "Mahzoom Majid"]
E = [
    (
        "Maldives",
        "Country",
        MV,
        [
            "The Maldives",
            "Male",
            "Maldivian",
            "the island nation",
            "the Maldivian foreign ministry",
            "the President's Office",
            "The Maldivian government",
            "the Maldivian side",
        ],
        MV,
    ),
    (
        "India",
        "Country",
        IN,
        ["New Delhi", "Indian", "the Ministry of External Affairs", "MEA", "Indian military personnel"],
        IN,
    ),
    ("Narendra Modi", "Person", "Q1058", ["Modi", "Prime Minister Narendra Modi"], IN),
    ("Mohamed Muizzu", "Person", None, ["Muizzu", "President Dr Mohamed Muizzu"], MV),
    ("Abdulla Nazim Ibrahim", "Person", None, [], MV),
    ("Munu Mahawar", "Person", None, ["Mahawar", "Indian High Commissioner Munu Mahawar"], IN),
    ("China", "Country", CN, ["Beijing"], CN),
    ("Xi Jinping", "Person", "Q15031", ["President Xi Jinping"], CN),
    ("Velana International Airport", "Location", None, [], None),
    ("Mariyam Shiuna", "Person", None, [], MV),
    ("Malsha Shareef", "Person", None, [], MV),
    ("Mahzoom Majid", "Person", None, [], MV),
    ("Lakshadweep", "Location", None, [], None),
    ("Ibrahim Shaheeb", "Person", None, ["Maldivian High Commissioner Ibrahim Shaheeb"], MV),
    ("EaseMyTrip", "Organization", None, ["Online travel company EaseMyTrip"], None),
    ("Maldivian Democratic Party", "Organization", None, ["MDP"], None),
    ("Democrats", "Organization", None, ["the Democrats"], None),
    ("Abdulla Shahid", "Person", None, ["Former foreign minister Abdulla Shahid"], None),
    ("Greater Male Connectivity Project", "Location", None, [], None),
    ("Press Trust of India", "Organization", None, ["PTI"], None),
]

LEAD = "The Maldives has formally asked India to withdraw its military personnel from the island nation by March 15"
ROW = "derogatory remarks made by three Maldivian deputy ministers against Prime Minister Narendra Modi"
NAZIM = '"Indian military personnel cannot stay in the Maldives.'
POLICY = "This is the policy of President Dr Mohamed Muizzu and this administration"
CORE = "the first meeting of a high-level core group set up by the two countries to negotiate the pull-out"
MEA = (
    "The two sides held discussions on finding mutually workable solutions to enable continued operation of "
    "Indian aviation platforms"
)
NEXT = "Both sides agreed to hold the next meeting of the core group in India at a mutually convenient date"
GIFT = "two helicopters and a Dornier aircraft that India gifted to the country"
HYDRO = "His government has also decided not to renew an agreement with India for joint hydrographic surveys"
VISIT = "Muizzu returned from a five-day state visit to China, where he held talks with President Xi Jinping in Beijing"
SIGN = "The two countries signed 20 agreements"
PART = 'elevated their ties to a "comprehensive strategic cooperative partnership"'
BULLY = '"We may be small, but that doesn\'t give you the licence to bully us,"'
POSTS = (
    "deputy ministers Mariyam Shiuna, Malsha Shareef and Mahzoom Majid posted derogatory comments on social media "
    "about Modi"
)
SUSP = "The Maldivian government suspended the three deputy ministers"
SUMMON = "India on January 8 summoned Maldivian High Commissioner Ibrahim Shaheeb to the MEA"
JOINT = (
    "the main opposition Maldivian Democratic Party (MDP) and the Democrats said in a joint statement that the "
    'government\'s "anti-India" stance was "extremely detrimental"'
)
EMT = "Online travel company EaseMyTrip suspended all flight bookings to the island nation"
SHAHID = "Former foreign minister Abdulla Shahid also criticised the deputy ministers' remarks"
V = [
    ("Maldives", "REQUEST", "India", True, LEAD, "withdraw troops by March 15"),
    ("Maldives", "SANCTION", "India", False, LEAD, "could be read as expelling foreign troops"),
    ("Maldives", "ACCUSE", "India", False, ROW, "remarks by officials, not the government"),
    ("Maldives", "ACCUSE", "Narendra Modi", False, ROW, "deputy ministers unnamed here"),
    ("Abdulla Nazim Ibrahim", "REQUEST", "India", True, NAZIM, "troops cannot stay"),
    ("Mohamed Muizzu", "REQUEST", "India", False, POLICY, "policy attributed to the president"),
    ("Maldives", "CONSULT", "India", True, CORE, "core group meeting"),
    (
        "Munu Mahawar",
        "CONSULT",
        "Maldives",
        True,
        "Indian High Commissioner Munu Mahawar attended the meeting",
        "",
    ),
    ("India", "CONSULT", "Maldives", True, MEA, "discussions"),
    ("India", "AGREE", "Maldives", True, NEXT, "agree to next meeting"),
    ("India", "CONSULT", "Maldives", False, NEXT, "future meeting"),
    (
        "India",
        "COOPERATE",
        "Maldives",
        True,
        "About 80 Indian military personnel are stationed in the Maldives",
        "troop presence",
    ),
    ("India", "AID", "Maldives", True, GIFT, "aircraft gifted"),
    (
        "Mohamed Muizzu",
        "REQUEST",
        "India",
        False,
        'won the presidential election on an "India Out" campaign',
        "campaign slogan",
    ),
    (
        "Mohamed Muizzu",
        "REQUEST",
        "India",
        True,
        "On his first full day in office, he formally requested New Delhi to withdraw its troops",
        "November 2023",
    ),
    ("Maldives", "SANCTION", "India", True, HYDRO, "hydrographic survey pact not renewed"),
    ("Maldives", "REJECT", "India", False, HYDRO, "alternative type"),
    ("Mohamed Muizzu", "CONSULT", "China", True, VISIT, "state visit"),
    ("Mohamed Muizzu", "CONSULT", "Xi Jinping", True, VISIT, "talks"),
    ("Maldives", "AGREE", "China", True, SIGN, "20 agreements"),
    ("Maldives", "ALLY", "China", True, PART, "comprehensive strategic cooperative partnership"),
    (
        "China",
        "AID",
        "Maldives",
        True,
        "China agreed to provide grant assistance to the Maldives",
        "grant assistance",
    ),
    (
        "Mohamed Muizzu",
        "REQUEST",
        "China",
        True,
        "Muizzu urged Beijing to send more tourists to the archipelago",
        "tourists",
    ),
    (
        "Mohamed Muizzu",
        "ALLY",
        "China",
        True,
        'calling China "one of our closest allies and development partners"',
        "",
    ),
    ("Mohamed Muizzu", "ACCUSE", "India", False, BULLY, "country not named; 'widely seen' as India"),
    (
        "Mohamed Muizzu",
        "ACCUSE",
        "India",
        False,
        "The remarks were widely seen in Male as directed at India",
        "interpretation",
    ),
    *[(d, "ACCUSE", "Narendra Modi", True, POSTS, "derogatory posts") for d in DEPS],
    *[(d, "ACCUSE", "India", False, POSTS, "state level") for d in DEPS],
    *[("Maldives", "SANCTION", d, False, SUSP, "suspended from office; domestic") for d in DEPS],
    ("Maldives", "CONCEDE", "India", False, SUSP, "conciliatory step, implied"),
    (
        "Maldives",
        "REJECT",
        "India",
        False,
        "said their views were personal and did not represent the government's position",
        "distancing",
    ),
    ("India", "ACCUSE", "Ibrahim Shaheeb", True, SUMMON, "summoned"),
    ("India", "ACCUSE", "Maldives", False, SUMMON, "summons, state level"),
    ("India", "CONSULT", "Ibrahim Shaheeb", False, SUMMON, "summons as meeting"),
    ("India", "ACCUSE", "Maldives", True, "conveyed strong concern over the posts", "concern conveyed"),
    (
        "Munu Mahawar",
        "CONSULT",
        "Maldives",
        True,
        "On the same day, Mahawar held a meeting at the Maldivian foreign ministry",
        "",
    ),
    ("EaseMyTrip", "PROTEST", "Maldives", True, EMT, "boycott"),
    ("EaseMyTrip", "SANCTION", "Maldives", False, EMT, "alternative type"),
    ("Maldivian Democratic Party", "ACCUSE", "Maldives", True, JOINT, "opposition criticism"),
    ("Democrats", "ACCUSE", "Maldives", True, JOINT, "opposition criticism"),
    (
        "India",
        "ALLY",
        "Maldives",
        False,
        '"India has been a long-standing ally of the Maldives and the first to respond in every crisis,"',
        "claim by opposition",
    ),
    *[("Abdulla Shahid", "ACCUSE", d, False, SHAHID, "group reference") for d in DEPS],
    (
        "India",
        "COOPERATE",
        "Maldives",
        False,
        "India has been a key development partner of the Maldives",
        "development partner",
    ),
    (
        "India",
        "AID",
        "Maldives",
        True,
        "It is funding the 500-million-dollar Greater Male Connectivity Project",
        "USD 500m",
    ),
    (
        "India",
        "AID",
        "Maldives",
        True,
        "extended a currency swap line of 200 million dollars in 2022",
        "USD 200m swap",
    ),
    (
        "India",
        "CONSULT",
        "Maldives",
        False,
        "the MEA would continue to engage with the Maldivian side",
        "future",
    ),
    ("Narendra Modi", "ROLE", "India", True, "Prime Minister Narendra Modi", "Prime Minister"),
    ("Mohamed Muizzu", "ROLE", "Maldives", True, "President Dr Mohamed Muizzu", "President"),
    (
        "Abdulla Nazim Ibrahim",
        "ROLE",
        "Maldives",
        True,
        "Abdulla Nazim Ibrahim, public policy secretary at the President's Office",
        "public policy secretary, President's Office",
    ),
    ("Munu Mahawar", "ROLE", "India", True, "Indian High Commissioner Munu Mahawar", "High Commissioner"),
    ("Xi Jinping", "ROLE", "China", True, "President Xi Jinping", "President"),
    *[(d, "ROLE", "Maldives", True, POSTS, "deputy minister") for d in DEPS],
    (
        "Ibrahim Shaheeb",
        "ROLE",
        "Maldives",
        True,
        "Maldivian High Commissioner Ibrahim Shaheeb",
        "High Commissioner",
    ),
    ("Abdulla Shahid", "ROLE", "Maldives", False, SHAHID, "former foreign minister"),
]
