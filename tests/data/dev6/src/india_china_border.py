from lib import E, build

ents = [
    E("India", "Country", ["New Delhi", "Indian", "India's foreign ministry", "Indian troops"]),
    E(
        "China",
        "Country",
        [
            "Beijing",
            "Chinese",
            "China's foreign ministry",
            "the Chinese side",
            "Chinese troops",
            "The Chinese",
        ],
    ),
    E("Pakistan", "Country", ["Islamabad"]),
    E("Nepal", "Country"),
    E("Russia", "Country", ["Russian"]),
    E("United States", "Country", ["Washington"]),
    E("Japan", "Country"),
    E("Australia", "Country"),
    E("BRICS", "IGO", ["the BRICS summit"]),
    E("Quad", "IGO", ["the Quad grouping"]),
    E("Ajit Doval", "Person", ["Doval", "national security adviser Ajit Doval"], "India"),
    E("Wang Yi", "Person", ["Wang", "Chinese Foreign Minister Wang Yi"], "China"),
    E("Narendra Modi", "Person", ["Modi", "Prime Minister Narendra Modi"], "India", "Q1058"),
    E("Xi Jinping", "Person", ["Xi", "President Xi Jinping"], "China", "Q15031"),
    E("Vikram Misri", "Person", ["Foreign Secretary Vikram Misri"], "India"),
    E("Sun Weidong", "Person", ["Vice Foreign Minister Sun Weidong"], "China"),
    E("Rajnath Singh", "Person", ["Defence Minister Rajnath Singh"], "India"),
    E("Dong Jun", "Person", [], "China"),
    E("Lin Jian", "Person", ["Chinese foreign ministry spokesperson Lin Jian"], "China"),
    E("Manoj Joshi", "Person", []),
    E("Observer Research Foundation", "Organization", ["the Observer Research Foundation"]),
    E("TikTok", "Organization", []),
    E("Reuters", "Organization", []),
    E("Aditi Raman", "Person", []),
    E("Wen Jia", "Person", []),
    E("Martin Heller", "Person", []),
    E(
        "Special Representatives",
        "Organization",
        ["the so-called Special Representatives", "The Special Representatives"],
    ),
    E("Himalayas", "Location", ["the western Himalayas"]),
    E("Depsang", "Location"),
    E("Demchok", "Location"),
    E("Tibet", "Location"),
    E("Galwan Valley", "Location", ["the Galwan Valley"]),
    E("Line of Actual Control", "Location", ["the Line of Actual Control"]),
    E("Kazan", "Location"),
    E("Vientiane", "Location"),
]

s_lead = "India and China agreed on Wednesday to keep their disputed Himalayan frontier calm and to restore cross-border exchanges"
s_talks = "as national security adviser Ajit Doval held the first formal border talks with Chinese Foreign Minister Wang Yi in five years"
s_oct = "followed an October deal on patrolling arrangements that ended a four-year military standoff at two friction points in the western Himalayas, Depsang and Demchok"
s_six = 'The two sides reached a "six-point consensus," China\'s foreign ministry said in a statement'
s_aff = 'both men had "positively affirmed" the implementation of the October agreement'
s_doval = 'India\'s foreign ministry said Doval had underlined the importance of maintaining "peace and tranquillity" in the border areas'
s_wang = 'adding that Beijing was willing to work with New Delhi to bring ties "back to the track of sound and stable development."'
s_wang2 = '"The two sides should view the boundary question from the overall perspective of bilateral relations," Wang told Doval'
s_galwan = "when Indian and Chinese troops fought with clubs and rocks in the Galwan Valley, leaving 20 Indian soldiers and four Chinese troops dead"
s_rush = "Both sides then rushed tens of thousands of troops, artillery and fighter jets to the region."
s_ban = "New Delhi responded by banning hundreds of Chinese apps, including TikTok, and tightening scrutiny of investment from China"
s_acc = 'Beijing accused Indian troops of crossing the Line of Actual Control and "deliberately provoking" its forces'
s_kazan = "Prime Minister Narendra Modi and President Xi Jinping met on the sidelines of the BRICS summit in the Russian city of Kazan in October"
s_modi = (
    'Modi told Xi that "mutual trust, mutual respect and mutual sensitivity" should remain the basis of ties.'
)
s_misri = (
    "Foreign Secretary Vikram Misri, who announced the patrolling agreement on the eve of the Kazan summit"
)
s_misri2 = "is expected to travel to Beijing early next year for talks with Vice Foreign Minister Sun Weidong on resuming direct flights"
s_raj = "Defence Minister Rajnath Singh also met his Chinese counterpart Dong Jun in the Laotian capital Vientiane last month"
s_raj2 = 'told him the two countries should now focus on "de-escalation" once the disengagement of troops was complete'
s_dep = "Around 50,000 to 60,000 troops remain deployed on each side of the frontier"
s_joshi = "said Manoj Joshi, a distinguished fellow at the Observer Research Foundation in New Delhi"
s_pak = "India also remains wary of Beijing's close military ties with Islamabad, which buys most of its fighter jets and frigates from China"
s_nepal = "and of Chinese infrastructure projects in Nepal"
s_quad = "Washington, which has drawn New Delhi closer as a counterweight to Beijing through the Quad grouping with Japan and Australia"
s_welc = "has said it welcomes any reduction in border tensions"
s_lin = 'Chinese foreign ministry spokesperson Lin Jian told a regular briefing on Wednesday that China "highly values" the talks and was ready to "enhance mutual trust" with India'
s_graze = "He declined to say whether China would agree to Indian requests to restore grazing access for herders in areas that were turned into buffer zones after 2020."
s_again = "The Special Representatives agreed to meet again in India next year"
s_inv = "Doval invited Wang to visit, and the Chinese side accepted"

evs = [
    ("India", "AGREE", "China", True, s_lead),
    ("Ajit Doval", "CONSULT", "Wang Yi", True, s_talks),
    ("India", "CONSULT", "China", False, s_talks),
    ("Ajit Doval", "ROLE", "India", True, s_talks, "national security adviser"),
    ("Wang Yi", "ROLE", "China", True, s_talks, "Foreign Minister"),
    ("India", "AGREE", "China", True, s_oct, "October patrolling deal"),
    ("India", "RETREAT", "China", False, s_oct, "standoff ended, disengagement"),
    ("China", "RETREAT", "India", False, s_oct, "standoff ended, disengagement"),
    ("India", "AGREE", "China", True, s_six, "six-point consensus"),
    ("Ajit Doval", "AGREE", "Wang Yi", False, s_six),
    ("Ajit Doval", "AGREE", "Wang Yi", False, s_aff),
    ("Ajit Doval", "REQUEST", "China", False, s_doval),
    ("Wang Yi", "AGREE", "India", True, s_wang, "willing to work with New Delhi"),
    ("China", "AGREE", "India", False, s_wang),
    ("Wang Yi", "REQUEST", "India", False, s_wang2),
    ("India", "ASSAULT", "China", True, s_galwan, "Galwan clash June 2020: 20 Indian, 4 Chinese dead"),
    ("China", "ASSAULT", "India", True, s_galwan, "Galwan clash June 2020"),
    ("India", "MOBILIZE", "China", True, s_rush),
    ("China", "MOBILIZE", "India", True, s_rush),
    ("India", "MOBILIZE", "China", False, s_dep),
    ("China", "MOBILIZE", "India", False, s_dep),
    ("India", "SANCTION", "China", True, s_ban, "app ban, investment scrutiny"),
    ("India", "COERCE", "China", False, s_ban),
    ("India", "SANCTION", "TikTok", False, s_ban),
    ("India", "COERCE", "TikTok", False, s_ban),
    ("China", "ACCUSE", "India", True, s_acc),
    ("Narendra Modi", "CONSULT", "Xi Jinping", True, s_kazan),
    ("India", "CONSULT", "China", False, s_kazan),
    ("Narendra Modi", "ROLE", "India", True, s_kazan, "Prime Minister"),
    ("Xi Jinping", "ROLE", "China", True, s_kazan, "President"),
    ("India", "MEMBER_OF", "BRICS", False, s_kazan),
    ("China", "MEMBER_OF", "BRICS", False, s_kazan),
    ("Narendra Modi", "REQUEST", "Xi Jinping", False, s_modi),
    ("Vikram Misri", "ROLE", "India", True, s_misri, "Foreign Secretary"),
    ("Vikram Misri", "CONSULT", "Sun Weidong", False, s_misri2, "expected trip"),
    ("Sun Weidong", "ROLE", "China", True, s_misri2, "Vice Foreign Minister"),
    ("Rajnath Singh", "CONSULT", "Dong Jun", True, s_raj),
    ("Rajnath Singh", "ROLE", "India", True, s_raj, "Defence Minister"),
    ("Dong Jun", "ROLE", "China", True, s_raj, "defence minister (counterpart)"),
    ("Rajnath Singh", "REQUEST", "Dong Jun", False, s_raj2),
    ("Manoj Joshi", "ROLE", "Observer Research Foundation", True, s_joshi, "distinguished fellow"),
    ("China", "COOPERATE", "Pakistan", True, s_pak, "close military ties, arms sales"),
    ("China", "ALLY", "Pakistan", False, s_pak),
    ("China", "AID", "Pakistan", False, s_pak),
    ("China", "COOPERATE", "Nepal", False, s_nepal),
    ("United States", "ALLY", "India", False, s_quad),
    ("United States", "COOPERATE", "India", False, s_quad),
    ("United States", "MEMBER_OF", "Quad", True, s_quad),
    ("India", "MEMBER_OF", "Quad", True, s_quad),
    ("Japan", "MEMBER_OF", "Quad", True, s_quad),
    ("Australia", "MEMBER_OF", "Quad", True, s_quad),
    ("United States", "SUPPORT", "India", False, s_welc),
    ("United States", "SUPPORT", "China", False, s_welc),
    ("Lin Jian", "AGREE", "India", True, s_lin, "ready to enhance mutual trust"),
    ("Lin Jian", "ROLE", "China", True, s_lin, "foreign ministry spokesperson"),
    ("India", "REQUEST", "China", False, s_graze, "grazing access in buffer zones"),
    ("India", "AGREE", "China", True, s_again),
    ("Ajit Doval", "AGREE", "Wang Yi", False, s_again),
    ("Ajit Doval", "CONSULT", "Wang Yi", False, s_inv, "invitation to visit"),
    ("China", "AGREE", "India", True, s_inv, "accepted invitation"),
]

build("india_china_border", "2024-12-18", ents, evs)
