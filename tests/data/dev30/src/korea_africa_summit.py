"""Gold tables for korea_africa_summit.txt."""

KR, AU = "Q884", "Q7159"
E = [
    (
        "South Korea",
        "Country",
        KR,
        [
            "Korea",
            "Seoul",
            "Korean",
            "the presidential office",
            "the Economic Development Cooperation Fund",
        ],
        KR,
    ),
    ("Africa", "Location", None, ["African countries", "African", "the continent"], None),
    ("Yoon Suk Yeol", "Person", None, ["Yoon", "President Yoon Suk Yeol"], KR),
    ("Mauritania", "Country", "Q1025", ["Mauritanian"], "Q1025"),
    (
        "Mohamed Ould Ghazouani",
        "Person",
        None,
        ["Ghazouani", "Mauritanian President Mohamed Ould Ghazouani"],
        "Q1025",
    ),
    ("African Union", "IGO", AU, ["the African Union"], None),
    ("Korea-Africa Summit", "Event", None, ["the first Korea-Africa Summit"], None),
    ("KINTEX", "Location", None, [], None),
    ("Goyang", "Location", None, [], None),
    ("Gyeonggi Province", "Location", None, [], None),
    (
        "Moussa Faki Mahamat",
        "Person",
        None,
        ["Faki", "African Union Commission Chairperson Moussa Faki Mahamat"],
        AU,
    ),
    ("African Continental Free Trade Area", "IGO", None, [], None),
    ("UN Security Council", "IGO", "Q37470", ["the UN Security Council"], None),
    ("North Korea", "Country", "Q423", ["Pyongyang"], "Q423"),
    ("Tanzania", "Country", "Q924", ["Tanzanian"], "Q924"),
    (
        "Samia Suluhu Hassan",
        "Person",
        None,
        ["Samia", "Tanzanian President Samia Suluhu Hassan"],
        "Q924",
    ),
    ("Ethiopia", "Country", "Q115", ["Ethiopian"], "Q115"),
    ("Abiy Ahmed", "Person", None, ["Ethiopian Prime Minister Abiy Ahmed"], "Q115"),
    ("Kenya", "Country", "Q114", ["Kenyan"], "Q114"),
    ("William Ruto", "Person", None, ["Kenyan President William Ruto"], "Q114"),
    ("Ghana", "Country", "Q117", ["Ghanaian"], "Q117"),
    ("Nana Akufo-Addo", "Person", None, ["Ghanaian President Nana Akufo-Addo"], "Q117"),
    ("Morocco", "Country", "Q1028", [], "Q1028"),
    ("Ahn Duk-geun", "Person", None, ["Trade Minister Ahn Duk-geun"], KR),
    ("Cho Tae-yul", "Person", None, ["Foreign Minister Cho Tae-yul"], KR),
    ("China", "Country", "Q148", [], "Q148"),
    ("Japan", "Country", "Q17", [], "Q17"),
    ("Forum on China-Africa Cooperation", "Event", None, [], None),
    ("Tokyo International Conference on African Development", "Event", None, [], None),
    ("Kim Tae-kyun", "Person", None, [], None),
    ("Seoul National University", "Organization", None, [], None),
    ("Son Ji-hyoung", "Person", None, [], None),
]

DECL = (
    "South Korea and African countries on Wednesday adopted a joint declaration pledging closer cooperation "
    "in trade, critical minerals and development"
)
COCHAIR = (
    "President Yoon Suk Yeol and Mauritanian President Mohamed Ould Ghazouani, who holds the rotating "
    "chairmanship of the African Union, co-chaired the two-day meeting"
)
MIN = "the two sides agreed to launch a Korea-Africa Critical Minerals Dialogue"
ODA = "Yoon said Korea would expand its official development assistance to Africa to $10 billion by 2030"
FAKI = (
    "urged Seoul to support the African Continental Free Trade Area and to back Africa's bid for greater "
    "representation on the UN Security Council"
)
NK = (
    'African leaders also voiced support for "the complete denuclearization of the Korean Peninsula" and '
    "called on North Korea to comply with UN Security Council resolutions"
)
TZ = (
    "the two countries signed a framework arrangement under which Korea will provide up to $2.5 billion in "
    "concessional loans through the Economic Development Cooperation Fund from 2024 to 2028"
)
TZMOU = "as well as a memorandum of understanding on cooperation in critical minerals"
ET = "Korea and Ethiopia signed agreements on grant aid and defense industry cooperation"
KE = (
    "Yoon also held talks with Kenyan President William Ruto, with whom he discussed a possible economic "
    "partnership agreement, and with Ghanaian President Nana Akufo-Addo"
)
AHN = (
    "Seoul aimed to sign economic partnership agreements with several countries on the continent, "
    "starting with Kenya and Morocco"
)
FORA = (
    "China and Japan, which have held regular summits with African leaders for decades through the Forum on "
    "China-Africa Cooperation and the Tokyo International Conference on African Development"
)
V = [
    ("South Korea", "AGREE", "Africa", True, DECL, "joint declaration"),
    ("South Korea", "AGREE", "African Union", False, DECL, "AU as the collective counterpart, implicit"),
    ("Yoon Suk Yeol", "CONSULT", "Mohamed Ould Ghazouani", True, COCHAIR, "co-chaired summit"),
    ("South Korea", "AGREE", "Africa", True, MIN, "critical minerals dialogue"),
    ("South Korea", "COOPERATE", "Africa", False, MIN, "minerals cooperation framework"),
    (
        "Yoon Suk Yeol",
        "SUPPORT",
        "Africa",
        False,
        '"Korea will be a partner that grows together with Africa, not one that simply takes from it," Yoon said',
        "",
    ),
    ("Yoon Suk Yeol", "AID", "Africa", True, ODA, "$10bn ODA by 2030; $14bn export financing"),
    (
        "South Korea",
        "AID",
        "Africa",
        False,
        "Seoul pledges $10b in development aid by 2030",
        "headline deck, target implicit",
    ),
    (
        "Mohamed Ould Ghazouani",
        "SUPPORT",
        "South Korea",
        True,
        'Ghazouani welcomed the pledges, describing Korea as "a model of development that speaks to African youth."',
        "praise",
    ),
    (
        "Mohamed Ould Ghazouani",
        "REQUEST",
        "South Korea",
        False,
        "He called on Korean businesses to invest in local processing of minerals",
        "target is Korean businesses",
    ),
    ("Moussa Faki Mahamat", "REQUEST", "South Korea", True, FAKI, "support AfCFTA and UNSC reform"),
    (
        "South Korea",
        "MEMBER_OF",
        "UN Security Council",
        True,
        "where Korea currently serves as a non-permanent member",
        "non-permanent member",
    ),
    ("Africa", "REQUEST", "North Korea", True, NK, "comply with UNSC resolutions"),
    ("Africa", "SUPPORT", "South Korea", False, NK, "support for Seoul's denuclearization line"),
    (
        "South Korea",
        "REQUEST",
        "Africa",
        False,
        "a line Seoul had lobbied hard to include",
        "lobbying",
    ),
    (
        "North Korea",
        "ACCUSE",
        "South Korea",
        False,
        'its state media had earlier dismissed the summit as a "diplomatic show."',
        "target is the summit",
    ),
    (
        "Yoon Suk Yeol",
        "CONSULT",
        "Samia Suluhu Hassan",
        True,
        "After a summit with Tanzanian President Samia Suluhu Hassan on Sunday",
        "bilateral summit",
    ),
    ("South Korea", "AGREE", "Tanzania", True, TZ, "EDCF framework arrangement"),
    ("South Korea", "AID", "Tanzania", True, TZ, "up to $2.5bn concessional loans 2024-2028"),
    ("South Korea", "AGREE", "Tanzania", True, TZMOU, "critical minerals MOU"),
    ("South Korea", "COOPERATE", "Tanzania", False, TZMOU, "minerals cooperation"),
    (
        "Samia Suluhu Hassan",
        "SUPPORT",
        "South Korea",
        False,
        '"Tanzania has nickel, graphite and lithium. Korea has the technology. This is a natural match," Samia told reporters',
        "",
    ),
    ("South Korea", "AGREE", "Ethiopia", True, ET, "agreements signed"),
    ("South Korea", "AID", "Ethiopia", False, ET, "grant aid agreement"),
    ("South Korea", "COOPERATE", "Ethiopia", False, ET, "defense industry cooperation"),
    (
        "Yoon Suk Yeol",
        "CONSULT",
        "Abiy Ahmed",
        True,
        "after Yoon met Ethiopian Prime Minister Abiy Ahmed on Monday",
        "meeting",
    ),
    ("Yoon Suk Yeol", "CONSULT", "William Ruto", True, KE, "talks"),
    ("Yoon Suk Yeol", "CONSULT", "Nana Akufo-Addo", True, KE, "talks"),
    ("Yoon Suk Yeol", "AGREE", "William Ruto", False, KE, "possible EPA discussed"),
    (
        "Ahn Duk-geun",
        "CONSULT",
        "Africa",
        False,
        "Trade Minister Ahn Duk-geun met African trade ministers separately",
        "unnamed ministers",
    ),
    ("South Korea", "AGREE", "Kenya", False, AHN, "planned EPA"),
    ("South Korea", "AGREE", "Morocco", False, AHN, "planned EPA"),
    ("China", "CONSULT", "Africa", True, FORA, "FOCAC"),
    ("Japan", "CONSULT", "Africa", True, FORA, "TICAD"),
    (
        "Yoon Suk Yeol",
        "CONSULT",
        "Africa",
        False,
        "The presidential office said Yoon plans to visit Africa later in his term",
        "planned visit",
    ),
    ("Mauritania", "MEMBER_OF", "African Union", False, COCHAIR, "implied by the chairmanship"),
    ("Yoon Suk Yeol", "ROLE", "South Korea", True, "President Yoon Suk Yeol", "President"),
    (
        "Mohamed Ould Ghazouani",
        "ROLE",
        "Mauritania",
        True,
        "Mauritanian President Mohamed Ould Ghazouani",
        "President",
    ),
    (
        "Mohamed Ould Ghazouani",
        "ROLE",
        "African Union",
        True,
        "Mohamed Ould Ghazouani, who holds the rotating chairmanship of the African Union",
        "chairman",
    ),
    (
        "Moussa Faki Mahamat",
        "ROLE",
        "African Union",
        True,
        "African Union Commission Chairperson Moussa Faki Mahamat",
        "Commission Chairperson",
    ),
    (
        "Samia Suluhu Hassan",
        "ROLE",
        "Tanzania",
        True,
        "Tanzanian President Samia Suluhu Hassan",
        "President",
    ),
    ("Abiy Ahmed", "ROLE", "Ethiopia", True, "Ethiopian Prime Minister Abiy Ahmed", "Prime Minister"),
    ("William Ruto", "ROLE", "Kenya", True, "Kenyan President William Ruto", "President"),
    ("Nana Akufo-Addo", "ROLE", "Ghana", True, "Ghanaian President Nana Akufo-Addo", "President"),
    ("Ahn Duk-geun", "ROLE", "South Korea", True, "Trade Minister Ahn Duk-geun", "Trade Minister"),
    ("Cho Tae-yul", "ROLE", "South Korea", True, "Foreign Minister Cho Tae-yul", "Foreign Minister"),
    (
        "Kim Tae-kyun",
        "ROLE",
        "Seoul National University",
        True,
        "Kim Tae-kyun, a professor of international development at Seoul National University",
        "professor",
    ),
]
