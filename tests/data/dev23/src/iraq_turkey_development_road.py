"""Gold tables for iraq_turkey_development_road.txt."""

AE, QA, IQ, TR = "Q878", "Q846", "Q796", "Q43"
E = [
    ("United Arab Emirates", "Country", AE, ["The UAE"], AE),
    ("Qatar", "Country", QA, [], QA),
    (
        "Iraq",
        "Country",
        IQ,
        [
            "Baghdad",
            "Iraqi",
            "Iraq's General Company for Ports",
            "Iraq's National Security Council",
            "The Iraqi government",
            "Iraqi officials",
        ],
        IQ,
    ),
    ("Turkey", "Country", TR, ["Ankara", "Turkish", "Turkish officials"], TR),
    ("Suhail Al Mazrouei", "Person", None, [], AE),
    (
        "Jassim bin Saif Al Sulaiti",
        "Person",
        None,
        ["Qatar's Minister of Transport Jassim bin Saif Al Sulaiti"],
        QA,
    ),
    ("Razzaq Muhibis Al Saadawi", "Person", None, [], IQ),
    ("Abdulkadir Uraloglu", "Person", None, [], TR),
    (
        "Mohammed Shia Al Sudani",
        "Person",
        None,
        ["Iraqi Prime Minister Mohammed Shia Al Sudani", "Mr Al Sudani"],
        IQ,
    ),
    (
        "Recep Tayyip Erdogan",
        "Person",
        "Q39723",
        [
            "Turkish President Recep Tayyip Erdogan",
            "Mr Erdogan",
            "The Turkish leader",
            "Erdogan",
        ],
        TR,
    ),
    ("Mohamed bin Zayed", "Person", None, ["Sheikh Mohamed bin Zayed"], AE),
    ("AD Ports Group", "Organization", None, [], None),
    ("Wam", "Organization", None, ["state news agency Wam"], AE),
    (
        "Kurdistan Workers' Party",
        "Organization",
        None,
        ["PKK", "the Kurdistan Workers' Party"],
        None,
    ),
    ("International Chamber of Commerce", "Organization", None, [], None),
    (
        "Kurdistan Regional Government",
        "Organization",
        None,
        ["the Kurdistan Regional Government"],
        IQ,
    ),
    ("Nechirvan Barzani", "Person", None, [], IQ),
    ("Masrour Barzani", "Person", None, ["its Prime Minister Masrour Barzani"], IQ),
    ("India", "Country", "Q668", [], "Q668"),
    ("G20", "IGO", "Q19771", [], None),
    ("United States", "Country", "Q30", ["US"], "Q30"),
    ("Saudi Arabia", "Country", "Q851", [], "Q851"),
    ("Jordan", "Country", "Q810", [], "Q810"),
    ("Israel", "Country", "Q801", [], "Q801"),
    ("Renad Mansour", "Person", None, [], None),
    ("Chatham House", "Organization", None, [], None),
    ("Development Road", "Location", None, ["the Development Road"], None),
    ("Grand Faw Port", "Location", None, ["the Grand Faw Port", "Grand Faw"], None),
    ("Basra", "Location", None, ["Basra province"], None),
    ("Europe", "Location", "Q46", [], None),
    ("Erbil", "Location", None, [], None),
    ("Kurdistan region", "Location", None, ["the Kurdistan region"], None),
    ("Gaza", "Location", None, [], None),
    ("Tigris", "Location", None, [], None),
    ("Euphrates", "Location", None, [], None),
]

FIRST = "The UAE, Qatar, Iraq and Turkey on Monday signed a memorandum of understanding to co-operate on the Development Road"
QUAD = "The quadrilateral memorandum was signed in Baghdad by Suhail Al Mazrouei, the UAE's Minister of Energy and Infrastructure"
SIG = (
    "along with the transport ministers of Iraq and Turkey, Razzaq Muhibis Al Saadawi and Abdulkadir Uraloglu"
)
CER = (
    "The ceremony was attended by Iraqi Prime Minister Mohammed Shia Al Sudani and Turkish President Recep "
    "Tayyip Erdogan, who arrived in Baghdad on Monday morning for his first visit to the country since 2011"
)
WATER = (
    "Iraq has long accused Turkey of reducing the flow of the Tigris and Euphrates rivers through a series of "
    "upstream dams"
)
PKK = (
    "Last month Iraq's National Security Council designated the Kurdistan Workers' Party, or PKK, a "
    '"banned organisation"'
)
RAIDS = (
    "Turkey regularly carries out air strikes and ground raids against PKK positions in the mountains of "
    "northern Iraq"
)
ICC = "an arbitration panel of the International Chamber of Commerce ruled that Ankara had breached a 1973 treaty"
ERB = "where he met Nechirvan Barzani, President of the Kurdistan Regional Government, and its Prime Minister Masrour Barzani"
MOU = 'Mr Erdogan said Turkey would take Iraq\'s "fair needs" into account and promised to share expertise on irrigation'

Q4 = ["United Arab Emirates", "Qatar", "Iraq", "Turkey"]
P4 = [
    "Suhail Al Mazrouei",
    "Jassim bin Saif Al Sulaiti",
    "Razzaq Muhibis Al Saadawi",
    "Abdulkadir Uraloglu",
]
V = [(a, "AGREE", b, True, FIRST, "quadrilateral MoU") for i, a in enumerate(Q4) for b in Q4[i + 1 :]]
V += [
    (a, "AGREE", b, True, QUAD if a == P4[0] else SIG, "signatories")
    for i, a in enumerate(P4)
    for b in P4[i + 1 :]
]
V += [
    ("Recep Tayyip Erdogan", "CONSULT", "Iraq", True, CER, "visit"),
    (
        "Recep Tayyip Erdogan",
        "CONSULT",
        "Mohammed Shia Al Sudani",
        True,
        CER,
        "attended ceremony together",
    ),
    (
        "Mohammed Shia Al Sudani",
        "CONSULT",
        "Recep Tayyip Erdogan",
        True,
        "Mr Al Sudani said at a joint news conference with Mr Erdogan",
        "joint news conference",
    ),
    (
        "Recep Tayyip Erdogan",
        "SUPPORT",
        "Iraq",
        False,
        'said Ankara would "do whatever is necessary" to see it built',
        "commitment to project",
    ),
    (
        "AD Ports Group",
        "AGREE",
        "Iraq",
        True,
        "AD Ports Group, the Abu Dhabi ports operator, signed a preliminary agreement with Iraq's General Company for Ports",
        "preliminary agreement on Grand Faw",
    ),
    (
        "AD Ports Group",
        "COOPERATE",
        "Iraq",
        False,
        "to explore joint development of Grand Faw and an adjacent economic zone",
        "planned",
    ),
    (
        "Mohamed bin Zayed",
        "CONSULT",
        "Mohammed Shia Al Sudani",
        True,
        "Sheikh Mohamed bin Zayed, President of the UAE, discussed the corridor with Mr Al Sudani in a phone call last month",
        "phone call",
    ),
    (
        "Iraq",
        "AGREE",
        "Turkey",
        True,
        "In all, Iraqi and Turkish officials signed 26 agreements and memorandums covering energy, trade, education and defence",
        "26 agreements",
    ),
    (
        "Iraq",
        "AGREE",
        "Turkey",
        True,
        "They included a 10-year framework agreement on water management",
        "water framework",
    ),
    ("Iraq", "ACCUSE", "Turkey", True, WATER, "river flow"),
    ("Turkey", "COERCE", "Iraq", False, WATER, "alleged restriction of water"),
    ("Recep Tayyip Erdogan", "AGREE", "Iraq", True, MOU, "promise"),
    ("Recep Tayyip Erdogan", "AID", "Iraq", False, MOU, "promised expertise"),
    ("Iraq", "SANCTION", "Kurdistan Workers' Party", True, PKK, "ban"),
    ("Iraq", "COERCE", "Kurdistan Workers' Party", False, PKK, "ban"),
    (
        "Turkey",
        "REQUEST",
        "Iraq",
        False,
        "a step long sought by Ankara",
        "background noun phrase",
    ),
    (
        "Recep Tayyip Erdogan",
        "SUPPORT",
        "Iraq",
        True,
        "Mr Erdogan welcomed the decision",
        "welcomed ban",
    ),
    (
        "Recep Tayyip Erdogan",
        "REQUEST",
        "Iraq",
        True,
        'said he expected it to be "reflected in practice on the ground"',
        "demand for action",
    ),
    (
        "Turkey",
        "ASSAULT",
        "Kurdistan Workers' Party",
        True,
        RAIDS,
        "air strikes and raids",
    ),
    ("Turkey", "ASSAULT", "Iraq", False, RAIDS, "on Iraqi soil"),
    (
        "Iraq",
        "ACCUSE",
        "Turkey",
        True,
        "operations that Baghdad has criticised as violations of its sovereignty",
        "sovereignty",
    ),
    (
        "International Chamber of Commerce",
        "ACCUSE",
        "Turkey",
        False,
        ICC,
        "arbitration ruling",
    ),
    (
        "International Chamber of Commerce",
        "SANCTION",
        "Turkey",
        False,
        ICC,
        "arbitration ruling",
    ),
    (
        "Turkey",
        "COOPERATE",
        "Kurdistan Regional Government",
        False,
        "by allowing oil exports from the Kurdistan region without Baghdad's approval",
        "per ruling",
    ),
    (
        "Iraq",
        "CONSULT",
        "Turkey",
        False,
        "The two governments said talks on restarting the flow would continue",
        "future talks",
    ),
    (
        "Recep Tayyip Erdogan",
        "CONSULT",
        "Nechirvan Barzani",
        True,
        ERB,
        "meeting in Erbil",
    ),
    (
        "Recep Tayyip Erdogan",
        "CONSULT",
        "Masrour Barzani",
        True,
        ERB,
        "meeting in Erbil",
    ),
    (
        "Recep Tayyip Erdogan",
        "CONSULT",
        "Kurdistan Regional Government",
        False,
        "From Baghdad, Mr Erdogan flew to Erbil",
        "visit",
    ),
    (
        "United States",
        "SUPPORT",
        "India",
        False,
        "a US-backed plan announced at the G20 summit in New Delhi last September",
        "backing of IMEC, noun phrase",
    ),
    (
        "Recep Tayyip Erdogan",
        "REJECT",
        "India",
        False,
        'Mr Erdogan said at the time that there could be "no corridor without Turkey"',
        "objection to IMEC, target vague",
    ),
    (
        "Suhail Al Mazrouei",
        "ROLE",
        "United Arab Emirates",
        True,
        "Suhail Al Mazrouei, the UAE's Minister of Energy and Infrastructure",
        "Minister of Energy and Infrastructure",
    ),
    (
        "Jassim bin Saif Al Sulaiti",
        "ROLE",
        "Qatar",
        True,
        "Qatar's Minister of Transport Jassim bin Saif Al Sulaiti",
        "Minister of Transport",
    ),
    ("Razzaq Muhibis Al Saadawi", "ROLE", "Iraq", True, SIG, "Transport Minister"),
    ("Abdulkadir Uraloglu", "ROLE", "Turkey", True, SIG, "Transport Minister"),
    (
        "Mohammed Shia Al Sudani",
        "ROLE",
        "Iraq",
        True,
        "Iraqi Prime Minister Mohammed Shia Al Sudani",
        "Prime Minister",
    ),
    (
        "Recep Tayyip Erdogan",
        "ROLE",
        "Turkey",
        True,
        "Turkish President Recep Tayyip Erdogan",
        "President",
    ),
    (
        "Mohamed bin Zayed",
        "ROLE",
        "United Arab Emirates",
        True,
        "Sheikh Mohamed bin Zayed, President of the UAE",
        "President",
    ),
    (
        "Nechirvan Barzani",
        "ROLE",
        "Kurdistan Regional Government",
        True,
        "Nechirvan Barzani, President of the Kurdistan Regional Government",
        "President",
    ),
    (
        "Masrour Barzani",
        "ROLE",
        "Kurdistan Regional Government",
        True,
        "the Kurdistan Regional Government, and its Prime Minister Masrour Barzani",
        "Prime Minister",
    ),
    (
        "Renad Mansour",
        "ROLE",
        "Chatham House",
        True,
        "Renad Mansour, who leads the Iraq Initiative at Chatham House",
        "head of the Iraq Initiative",
    ),
]
