"""Gold tables for russia_belarus_nuclear_deployment.txt."""

RU, BY, US, PL, LT, EU, UK, CA = "Q159", "Q184", "Q30", "Q36", "Q37", "Q458", "Q145", "Q16"
E = [
    (
        "Russia",
        "Country",
        RU,
        [
            "Russian",
            "Moscow",
            "the Russian Defense Ministry",
            "the Russian side",
            "The Russian Foreign Ministry",
        ],
        RU,
    ),
    (
        "Belarus",
        "Country",
        BY,
        [
            "Belarusian",
            "Minsk",
            "the Belarusian army",
            "The Belarusian Foreign Ministry",
            "the allied republic",
            "Belarusians",
        ],
        BY,
    ),
    (
        "United States",
        "Country",
        US,
        ["the United States", "US", "Washington", "the US State Department", "American"],
        US,
    ),
    ("Poland", "Country", PL, [], PL),
    ("Lithuania", "Country", LT, ["Lithuanian"], LT),
    ("NATO", "IGO", "Q7184", [], None),
    ("European Union", "IGO", EU, ["the European Union", "EU"], None),
    ("United Kingdom", "Country", UK, ["the UK"], UK),
    ("Canada", "Country", CA, [], CA),
    ("Germany", "Country", "Q183", [], "Q183"),
    ("Italy", "Country", "Q38", [], "Q38"),
    ("Belgium", "Country", "Q31", [], "Q31"),
    ("Netherlands", "Country", "Q55", ["the Netherlands"], "Q55"),
    ("Turkey", "Country", "Q43", [], "Q43"),
    ("Ukraine", "Country", "Q212", [], "Q212"),
    ("Union State", "IGO", None, ["the Union State"], None),
    ("Collective Security Treaty Organization", "IGO", None, ["CSTO"], None),
    ("Eurasian Economic Union", "IGO", None, ["Supreme Eurasian Economic Council"], None),
    ("Baltic states", "Location", None, ["the Baltic states"], None),
    ("New START", "Event", None, ["the New START treaty"], None),
    ("TASS", "Organization", None, [], None),
    (
        "Sergei Shoigu",
        "Person",
        None,
        ["Shoigu", "Russian Defense Minister Sergei Shoigu"],
        RU,
    ),
    (
        "Viktor Khrenin",
        "Person",
        None,
        ["Khrenin", "his Belarusian counterpart Viktor Khrenin", "the Belarusian minister"],
        BY,
    ),
    (
        "Alexander Lukashenko",
        "Person",
        None,
        ["Lukashenko", "Belarusian President Alexander Lukashenko"],
        BY,
    ),
    (
        "Vladimir Putin",
        "Person",
        "Q7747",
        ["Putin", "Russian President Vladimir Putin", "The Russian leader", "The Russian president"],
        RU,
    ),
    ("Sergei Ryabkov", "Person", None, ["Deputy Foreign Minister Sergei Ryabkov"], RU),
    ("Oana Lungescu", "Person", None, ["NATO spokesperson Oana Lungescu"], "Q7184"),
    (
        "Gabrielius Landsbergis",
        "Person",
        None,
        ["Lithuanian Foreign Minister Gabrielius Landsbergis"],
        LT,
    ),
    ("Maria Zakharova", "Person", None, ["Its spokeswoman Maria Zakharova"], RU),
]

SIGN = "Russian Defense Minister Sergei Shoigu and his Belarusian counterpart Viktor Khrenin signed documents in Minsk"
KEEP = "on the procedure for keeping Russian non-strategic nuclear weapons in a special storage facility"
BUILDUP = "He said the United States and its allies had been building up forces near the borders of the two countries"
SPRING = 'Poland and the Baltic states were being turned into "a springboard" for NATO'
THANK = "Khrenin thanked the Russian side for its support"
ISK = "the Belarusian army had already received Iskander-M tactical missile systems from Russia"
ANNOUNCE = "The Russian leader announced the decision to station tactical nuclear weapons in the allied republic on March 25"
EXAMPLE = (
    "was following the example of the United States, which has for decades kept its nuclear weapons"
    " on the territory of its European allies"
)
LUNG = 'NATO spokesperson Oana Lungescu called the plan "dangerous and irresponsible,"'
POL = "Poland, which has repeatedly asked Washington to include it in NATO's nuclear sharing arrangements"
POL2 = "described the decision as a threat to its security"
LAND = "Lithuanian Foreign Minister Gabrielius Landsbergis called on the EU to impose new sanctions on Minsk"
HYST = 'The Russian Foreign Ministry has dismissed such statements as "hysteria."'
BOMBS = "American nuclear bombs are stored in Germany, Italy, Belgium, the Netherlands and Turkey"
SANC = (
    "the European Union, the US, the UK and Canada have imposed illegitimate restrictions on Belarusian potash,"
    " oil products and banks"
)
COMPL = "accusing Minsk of complicity in the conflict"
ILLEGAL = "The Belarusian Foreign Ministry has repeatedly said that the sanctions violate international law"
UNION = "Russia and Belarus form the Union State"
CSTO = "both countries are members of the Collective Security Treaty Organization (CSTO)"
START = "Moscow suspended its participation in the New START treaty"
V = [
    ("Sergei Shoigu", "AGREE", "Viktor Khrenin", True, SIGN, "signed documents on storage procedure"),
    ("Russia", "AGREE", "Belarus", False, SIGN, "state level"),
    ("Russia", "COOPERATE", "Belarus", True, KEEP, "nuclear weapons stationed in Belarus"),
    ("Sergei Shoigu", "ACCUSE", "United States", True, BUILDUP, "force build-up"),
    ("United States", "MOBILIZE", "Russia", False, BUILDUP, "claimed by Shoigu"),
    ("United States", "MOBILIZE", "Belarus", False, BUILDUP, "claimed by Shoigu"),
    ("Sergei Shoigu", "ACCUSE", "NATO", True, SPRING, "springboard"),
    ("Sergei Shoigu", "ACCUSE", "Poland", False, SPRING, "passive object of the accusation"),
    ("Viktor Khrenin", "SUPPORT", "Russia", True, THANK, "thanks"),
    ("Russia", "SUPPORT", "Belarus", False, THANK, "'its support'"),
    ("Russia", "AID", "Belarus", True, ISK, "Iskander-M systems transferred"),
    ("Russia", "COOPERATE", "Belarus", False, ISK, "arms transfer as cooperation"),
    (
        "Russia",
        "COOPERATE",
        "Belarus",
        True,
        "Belarusian crews had completed training at Russian ranges",
        "training",
    ),
    (
        "Russia",
        "COOPERATE",
        "Belarus",
        True,
        "Belarusian Su-25 attack aircraft were re-equipped at Russian plants to carry special munitions",
        "aircraft re-equipped (passive)",
    ),
    (
        "Russia",
        "COOPERATE",
        "Belarus",
        False,
        "their pilots were trained by Russian specialists",
        "",
    ),
    (
        "Belarus",
        "CONSULT",
        "Russia",
        True,
        'Minsk and Moscow had discussed the matter "for a long time."',
        "",
    ),
    (
        "Alexander Lukashenko",
        "CONSULT",
        "Vladimir Putin",
        True,
        "Lukashenko held talks with Russian President Vladimir Putin on the sidelines of the summit",
        "talks",
    ),
    (
        "Alexander Lukashenko",
        "CONSULT",
        "Eurasian Economic Union",
        False,
        "who is taking part in a meeting of the Supreme Eurasian Economic Council",
        "multilateral meeting",
    ),
    (
        "Belarus",
        "MEMBER_OF",
        "Eurasian Economic Union",
        False,
        "who is taking part in a meeting of the Supreme Eurasian Economic Council",
        "implied membership",
    ),
    ("Vladimir Putin", "COOPERATE", "Belarus", False, ANNOUNCE, "announced decision (planned at the time)"),
    ("Russia", "ALLY", "Belarus", False, ANNOUNCE, "'the allied republic'"),
    ("Vladimir Putin", "ACCUSE", "United States", False, EXAMPLE, "implicit"),
    ("Oana Lungescu", "ACCUSE", "Russia", True, LUNG, ""),
    ("Oana Lungescu", "ACCUSE", "Belarus", False, LUNG, "the plan is Russia's"),
    ("Poland", "REQUEST", "United States", True, POL, "nuclear sharing"),
    ("Poland", "MEMBER_OF", "NATO", False, POL, "implied membership"),
    ("Poland", "ACCUSE", "Russia", True, POL2, "threat to security"),
    ("Poland", "ACCUSE", "Belarus", False, POL2, ""),
    ("Gabrielius Landsbergis", "REQUEST", "European Union", True, LAND, "call for sanctions"),
    ("Gabrielius Landsbergis", "THREATEN", "Belarus", False, LAND, "call for sanctions"),
    ("Russia", "REJECT", "NATO", False, HYST, "dismissal"),
    ("Russia", "REJECT", "Poland", False, HYST, "dismissal"),
    ("Russia", "REJECT", "Lithuania", False, HYST, "dismissal"),
    (
        "Maria Zakharova",
        "ACCUSE",
        "United States",
        False,
        'the West had "no moral right" to lecture Moscow',
        "target 'the West'",
    ),
    ("United States", "COOPERATE", "Germany", False, BOMBS, "nuclear bombs stored, cited by Zakharova"),
    ("United States", "COOPERATE", "Italy", False, BOMBS, ""),
    ("United States", "COOPERATE", "Belgium", False, BOMBS, ""),
    ("United States", "COOPERATE", "Netherlands", False, BOMBS, ""),
    ("United States", "COOPERATE", "Turkey", False, BOMBS, ""),
    (
        "Russia",
        "ASSAULT",
        "Ukraine",
        False,
        "Since the start of the special military operation in Ukraine",
        "euphemism, noun phrase",
    ),
    ("European Union", "SANCTION", "Belarus", True, SANC, "potash, oil products, banks"),
    ("United States", "SANCTION", "Belarus", True, SANC, ""),
    ("United Kingdom", "SANCTION", "Belarus", True, SANC, ""),
    ("Canada", "SANCTION", "Belarus", True, SANC, ""),
    ("European Union", "ACCUSE", "Belarus", True, COMPL, "complicity"),
    ("United States", "ACCUSE", "Belarus", True, COMPL, ""),
    ("United Kingdom", "ACCUSE", "Belarus", True, COMPL, ""),
    ("Canada", "ACCUSE", "Belarus", True, COMPL, ""),
    ("Belarus", "REJECT", "European Union", False, ILLEGAL, "rejects sanctions"),
    ("Belarus", "REJECT", "United States", False, ILLEGAL, ""),
    ("Belarus", "REJECT", "United Kingdom", False, ILLEGAL, ""),
    ("Belarus", "REJECT", "Canada", False, ILLEGAL, ""),
    ("Russia", "ALLY", "Belarus", True, UNION, "Union State"),
    ("Russia", "MEMBER_OF", "Union State", True, UNION, ""),
    ("Belarus", "MEMBER_OF", "Union State", True, UNION, ""),
    ("Russia", "MEMBER_OF", "Collective Security Treaty Organization", True, CSTO, ""),
    ("Belarus", "MEMBER_OF", "Collective Security Treaty Organization", True, CSTO, ""),
    ("Russia", "SANCTION", "United States", True, START, "treaty participation suspended"),
    ("Russia", "REJECT", "United States", False, START, "alternative reading"),
    (
        "Russia",
        "ACCUSE",
        "United States",
        True,
        'accusing Washington of seeking Russia\'s "strategic defeat."',
        "",
    ),
    ("Sergei Shoigu", "ROLE", "Russia", True, "Russian Defense Minister Sergei Shoigu", "Defense Minister"),
    (
        "Viktor Khrenin",
        "ROLE",
        "Belarus",
        True,
        "his Belarusian counterpart Viktor Khrenin",
        "Defense Minister",
    ),
    (
        "Alexander Lukashenko",
        "ROLE",
        "Belarus",
        True,
        "Belarusian President Alexander Lukashenko",
        "President",
    ),
    ("Vladimir Putin", "ROLE", "Russia", True, "Russian President Vladimir Putin", "President"),
    (
        "Sergei Ryabkov",
        "ROLE",
        "Russia",
        True,
        "Deputy Foreign Minister Sergei Ryabkov said earlier this month that Moscow",
        "Deputy Foreign Minister",
    ),
    ("Oana Lungescu", "ROLE", "NATO", True, "NATO spokesperson Oana Lungescu", "spokesperson"),
    (
        "Gabrielius Landsbergis",
        "ROLE",
        "Lithuania",
        True,
        "Lithuanian Foreign Minister Gabrielius Landsbergis",
        "Foreign Minister",
    ),
    (
        "Maria Zakharova",
        "ROLE",
        "Russia",
        True,
        "Its spokeswoman Maria Zakharova",
        "Foreign Ministry spokeswoman",
    ),
]
