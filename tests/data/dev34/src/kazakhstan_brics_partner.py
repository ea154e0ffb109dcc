"""Gold tables for kazakhstan_brics_partner.txt."""

KZ, RU, CN, TR, UN, UZ = "Q232", "Q159", "Q148", "Q43", "Q1065", "Q265"
E = [
    (
        "Kazakhstan",
        "Country",
        KZ,
        ["Astana", "Kazakh", "the Akorda", "Akorda", "the Bureau of National Statistics"],
        KZ,
    ),
    (
        "Kassym-Jomart Tokayev",
        "Person",
        None,
        ["Tokayev", "Head of State Kassym-Jomart Tokayev", "The Kazakh leader", "the Kazakh President"],
        KZ,
    ),
    (
        "Berik Uali",
        "Person",
        None,
        ["Press Secretary of the Kazakh President Berik Uali"],
        KZ,
    ),
    ("BRICS", "IGO", None, [], None),
    ("Russia", "Country", RU, ["Russian", "The Kremlin", "the Russian chairmanship"], RU),
    ("Vladimir Putin", "Person", "Q7747", ["Putin", "Russian President Vladimir Putin"], RU),
    ("Dmitry Peskov", "Person", None, ["Kremlin spokesman Dmitry Peskov"], RU),
    ("Uzbekistan", "Country", UZ, ["Tashkent", "the Uzbek Foreign Ministry"], UZ),
    ("Turkey", "Country", TR, ["Türkiye"], TR),
    (
        "Recep Tayyip Erdoğan",
        "Person",
        None,
        ["President of Türkiye Recep Tayyip Erdoğan"],
        TR,
    ),
    ("United Nations", "IGO", UN, ["the United Nations", "UN"], UN),
    ("UN Security Council", "IGO", "Q37470", ["the UN Security Council"], UN),
    (
        "Antonio Guterres",
        "Person",
        None,
        ["UN Secretary-General Antonio Guterres", "the Secretary-General"],
        UN,
    ),
    ("China", "Country", CN, [], CN),
    ("Xi Jinping", "Person", "Q15031", ["President Xi Jinping"], CN),
    ("Shanghai Cooperation Organization", "IGO", None, ["SCO"], None),
    ("Eurasian Economic Union", "IGO", None, ["the Eurasian Economic Union"], None),
    (
        "Collective Security Treaty Organization",
        "IGO",
        None,
        ["the Collective Security Treaty Organization"],
        None,
    ),
    ("Organization of Turkic States", "IGO", None, ["the Organization of Turkic States"], None),
    ("BRICS summit", "Event", None, ["the BRICS summit in Kazan", "The 16th BRICS summit"], None),
    ("BRICS Plus/Outreach meeting", "Event", None, ["the BRICS Plus/Outreach meeting"], None),
    ("Astana International Forum", "Event", None, ["the Astana International Forum"], None),
    ("Kazan", "Location", None, [], None),
    (
        "Trans-Caspian International Transport Route",
        "Location",
        None,
        ["the Trans-Caspian International Transport Route", "Middle Corridor", "the Middle Corridor"],
        None,
    ),
    ("Marat Shibutov", "Person", None, [], None),
    ("Kazinform", "Organization", None, ["Kazinform News Agency"], None),
    ("Belarus", "Country", "Q184", [], "Q184"),
    ("Indonesia", "Country", "Q252", [], "Q252"),
    ("Malaysia", "Country", "Q833", [], "Q833"),
    ("Thailand", "Country", "Q869", [], "Q869"),
    ("Vietnam", "Country", "Q881", [], "Q881"),
    ("Cuba", "Country", "Q241", [], "Q241"),
    ("Bolivia", "Country", "Q750", [], "Q750"),
    ("Algeria", "Country", "Q262", [], "Q262"),
    ("Nigeria", "Country", "Q1033", [], "Q1033"),
    ("Uganda", "Country", "Q1036", [], "Q1036"),
    ("Brazil", "Country", "Q155", [], "Q155"),
    ("India", "Country", "Q668", [], "Q668"),
    ("South Africa", "Country", "Q258", [], "Q258"),
    ("Egypt", "Country", "Q79", [], "Q79"),
    ("Ethiopia", "Country", "Q115", [], "Q115"),
    ("Iran", "Country", "Q794", [], "Q794"),
    ("United Arab Emirates", "Country", "Q878", ["the United Arab Emirates"], "Q878"),
]

NO = "Kazakhstan does not plan to take up the offer of partner country status in BRICS in the foreseeable future"
NO2 = "our country has decided not to accept the status of a BRICS partner country in the foreseeable future"
APP = "Kazakhstan highly appreciates the invitation extended by the Russian chairmanship"
OFFER = "the association had offered partner status to 13 countries"
OUTREACH = (
    "Head of State Kassym-Jomart Tokayev took part in the BRICS Plus/Outreach meeting in Kazan on October 24."
)
REFORM = "the President called for a comprehensive reform of the UN Security Council"
ALT = "stressing that there is no alternative to the United Nations as a platform for dialogue"
ALLIANCE = (
    "relations between the two countries are developing in the spirit of strategic partnership and alliance"
)
GUT = "Kassym-Jomart Tokayev reaffirmed Kazakhstan's support for the UN's central coordinating role"
INV = "invited the Secretary-General to attend the Astana International Forum next year"
OTS = "the implementation of agreements reached at the informal summit of the Organization of Turkic States in July"
MEMB = (
    "Kazakhstan is a member of the Shanghai Cooperation Organization, which it chaired in 2023-2024, hosting the "
    "SCO summit in Astana in July, as well as of the Eurasian Economic Union and the Collective Security Treaty "
    "Organization"
)
TRADE = "Russia and China remain Kazakhstan's largest trading partners."
CNP = "Kazakhstan and China are bound by a permanent comprehensive strategic partnership"
XI = "which was reaffirmed during President Xi Jinping's state visit to Astana this summer"
PES = "This is a sovereign decision of our Kazakh friends and allies. Our cooperation in all areas will continue"
BR = (
    "The association currently includes Brazil, Russia, India, China, South Africa, Egypt, Ethiopia, Iran and the "
    "United Arab Emirates."
)
OFFERED = [
    "Kazakhstan", "Uzbekistan", "Belarus", "Turkey", "Indonesia", "Malaysia", "Thailand", "Vietnam", "Cuba",
    "Bolivia", "Algeria", "Nigeria", "Uganda",
]  # fmt: skip
MEMBERS = [
    "Brazil", "Russia", "India", "China", "South Africa", "Egypt", "Ethiopia", "Iran", "United Arab Emirates",
]  # fmt: skip
V = [
    ("Kazakhstan", "REJECT", "BRICS", True, NO, "declines partner-country status"),
    ("Kazakhstan", "REJECT", "BRICS", True, NO2, "decision not to accept"),
    ("Berik Uali", "REJECT", "BRICS", False, NO2, "spokesman announcing"),
    ("Kazakhstan", "REJECT", "Russia", False, NO2, "invitation came from the Russian chairmanship"),
    ("Kazakhstan", "SUPPORT", "Russia", True, APP, "appreciation of the invitation"),
    (
        "Kazakhstan",
        "SUPPORT",
        "United Nations",
        False,
        "Kazakhstan proceeds from the principle that the United Nations remains the universal and indispensable "
        "organization",
        "stated principle, attributed",
    ),
    (
        "Kazakhstan",
        "COOPERATE",
        "BRICS",
        False,
        "Our country will continue to develop mutually beneficial cooperation with all BRICS member states on a "
        "bilateral basis",
        "intent",
    ),
    *[("BRICS", "AGREE", c, False, OFFER, "offer of partner status; type debatable") for c in OFFERED],
    ("Kassym-Jomart Tokayev", "CONSULT", "BRICS", True, OUTREACH, "multilateral meeting"),
    ("Kassym-Jomart Tokayev", "CONSULT", "Russia", False, OUTREACH, "Russia hosted"),
    ("Kassym-Jomart Tokayev", "REQUEST", "UN Security Council", True, REFORM, "reform call"),
    ("Kassym-Jomart Tokayev", "SUPPORT", "United Nations", True, ALT, ""),
    (
        "Kassym-Jomart Tokayev",
        "CONSULT",
        "Vladimir Putin",
        True,
        "On the sidelines of the event, Tokayev held talks with Vladimir Putin.",
        "Kazan",
    ),
    (
        "Vladimir Putin",
        "SUPPORT",
        "Kassym-Jomart Tokayev",
        True,
        "Vladimir Putin thanked Tokayev for his participation",
        "thanks",
    ),
    ("Russia", "ALLY", "Kazakhstan", True, ALLIANCE, "strategic partnership and alliance"),
    (
        "Kassym-Jomart Tokayev",
        "AGREE",
        "Vladimir Putin",
        True,
        "The sides agreed to maintain regular contacts.",
        "",
    ),
    (
        "Kassym-Jomart Tokayev",
        "CONSULT",
        "Antonio Guterres",
        True,
        "The President also met with UN Secretary-General Antonio Guterres.",
        "",
    ),
    ("Kassym-Jomart Tokayev", "SUPPORT", "United Nations", True, GUT, ""),
    ("Kassym-Jomart Tokayev", "REQUEST", "Antonio Guterres", False, INV, "invitation; type debatable"),
    ("Kassym-Jomart Tokayev", "CONSULT", "Antonio Guterres", False, INV, "invited visit"),
    (
        "Antonio Guterres",
        "SUPPORT",
        "Kazakhstan",
        True,
        "praised Kazakhstan's contribution to nuclear disarmament and regional stability in Central Asia",
        "praise",
    ),
    (
        "Kassym-Jomart Tokayev",
        "CONSULT",
        "Recep Tayyip Erdoğan",
        True,
        "the Kazakh President held a meeting with President of Türkiye Recep Tayyip Erdoğan",
        "",
    ),
    ("Kazakhstan", "AGREE", "Turkey", False, OTS, "background agreements"),
    ("Kazakhstan", "MEMBER_OF", "Organization of Turkic States", False, OTS, "implied"),
    ("Turkey", "MEMBER_OF", "Organization of Turkic States", False, OTS, "implied"),
    (
        "Kazakhstan",
        "REJECT",
        "BRICS",
        False,
        "In July 2023, the Akorda stated that Kazakhstan was not considering joining BRICS.",
        "background, 'not considering'",
    ),
    ("Kazakhstan", "MEMBER_OF", "Shanghai Cooperation Organization", True, MEMB, "chair 2023-2024"),
    ("Kazakhstan", "MEMBER_OF", "Eurasian Economic Union", True, MEMB, ""),
    ("Kazakhstan", "MEMBER_OF", "Collective Security Treaty Organization", True, MEMB, ""),
    ("Russia", "COOPERATE", "Kazakhstan", False, TRADE, "trade partner"),
    ("China", "COOPERATE", "Kazakhstan", False, TRADE, "trade partner"),
    ("China", "ALLY", "Kazakhstan", True, CNP, "permanent comprehensive strategic partnership"),
    ("Xi Jinping", "CONSULT", "Kazakhstan", True, XI, "state visit, July 2024"),
    ("China", "AGREE", "Kazakhstan", False, XI, "partnership reaffirmed"),
    (
        "Russia",
        "SUPPORT",
        "Kazakhstan",
        False,
        "The Kremlin said it respected Kazakhstan's position.",
        "respect; could be CONCEDE",
    ),
    ("Dmitry Peskov", "ALLY", "Kazakhstan", True, PES, "'friends and allies'"),
    ("Dmitry Peskov", "AGREE", "Kazakhstan", False, PES, "cooperation will continue"),
    *[(c, "MEMBER_OF", "BRICS", True, BR, "") for c in MEMBERS],
    (
        "Berik Uali",
        "ROLE",
        "Kazakhstan",
        True,
        "Press Secretary of the Kazakh President Berik Uali",
        "Press Secretary of the President",
    ),
    (
        "Kassym-Jomart Tokayev",
        "ROLE",
        "Kazakhstan",
        True,
        "Head of State Kassym-Jomart Tokayev",
        "President",
    ),
    ("Vladimir Putin", "ROLE", "Russia", True, "Russian President Vladimir Putin", "President"),
    ("Dmitry Peskov", "ROLE", "Russia", True, "Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"),
    (
        "Antonio Guterres",
        "ROLE",
        "United Nations",
        True,
        "UN Secretary-General Antonio Guterres",
        "Secretary-General",
    ),
    (
        "Recep Tayyip Erdoğan",
        "ROLE",
        "Turkey",
        True,
        "President of Türkiye Recep Tayyip Erdoğan",
        "President",
    ),
    ("Xi Jinping", "ROLE", "China", True, "President Xi Jinping's state visit to Astana", "President"),
]
