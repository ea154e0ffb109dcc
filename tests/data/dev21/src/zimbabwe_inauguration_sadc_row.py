"""Gold tables for zimbabwe_inauguration_sadc_row.txt."""

ZW, ZM, AU, EU = "Q954", "Q953", "Q7159", "Q458"
SADC = "Southern African Development Community"
E = [
    ("Zimbabwe", "Country", ZW, ["Harare", "Government", "Zimbabweans"], ZW),
    (
        "Emmerson Mnangagwa",
        "Person",
        None,
        ["President Mnangagwa", "ED", "The President"],
        ZW,
    ),
    ("Luke Malaba", "Person", None, ["Chief Justice Luke Malaba"], ZW),
    (
        SADC,
        "IGO",
        None,
        [
            "SADC",
            "SADC Electoral Observation Mission",
            "the SADC Organ on Politics, Defence and Security Cooperation",
        ],
        None,
    ),
    ("South Africa", "Country", "Q258", [], "Q258"),
    (
        "Cyril Ramaphosa",
        "Person",
        None,
        ["President Ramaphosa", "South Africa's President Cyril Ramaphosa"],
        "Q258",
    ),
    ("Mozambique", "Country", "Q1029", [], "Q1029"),
    (
        "Filipe Nyusi",
        "Person",
        None,
        ["Mozambique's President Filipe Nyusi", "Nyusi"],
        "Q1029",
    ),
    ("Democratic Republic of Congo", "Country", "Q974", [], "Q974"),
    (
        "Felix Tshisekedi",
        "Person",
        None,
        ["the Democratic Republic of Congo's President Felix Tshisekedi", "Tshisekedi"],
        "Q974",
    ),
    (
        "African Union",
        "IGO",
        AU,
        ["the African Union", "African Union Election Observation Mission"],
        AU,
    ),
    ("United States", "Country", "Q30", ["The United States"], "Q30"),
    (
        "European Union",
        "IGO",
        EU,
        ["the European Union", "the European Union observer mission"],
        EU,
    ),
    ("China", "Country", "Q148", ["Beijing", "Chinese"], "Q148"),
    ("Xi Jinping", "Person", "Q15031", ["Chinese President Xi Jinping"], "Q148"),
    ("Russia", "Country", "Q159", ["Russian"], "Q159"),
    ("Vladimir Putin", "Person", "Q7747", ["Russian President Vladimir Putin"], "Q159"),
    ("Nevers Mumba", "Person", None, ["Dr Nevers Mumba", "Dr Mumba", "Mumba"], SADC),
    ("Zambia", "Country", ZM, ["Zambian"], ZM),
    (
        "Hakainde Hichilema",
        "Person",
        None,
        ["Zambia's President Hakainde Hichilema", "President Hichilema"],
        ZM,
    ),
    ("ZANU PF", "Organization", None, ["The ruling party"], None),
    (
        "Chris Mutsvangwa",
        "Person",
        None,
        ["Cde Chris Mutsvangwa", "Cde Mutsvangwa"],
        None,
    ),
    (
        "Frederick Shava",
        "Person",
        None,
        ["Foreign Affairs and International Trade Minister Frederick Shava"],
        ZW,
    ),
    ("Elias Magosi", "Person", None, ["Mr Elias Magosi"], SADC),
    (
        "Goodluck Jonathan",
        "Person",
        None,
        ["former Nigerian President Goodluck Jonathan"],
        AU,
    ),
    ("Nigeria", "Country", "Q1033", ["Nigerian"], "Q1033"),
    ("COMESA", "IGO", None, ["The COMESA observer mission"], None),
    ("Citizens Coalition for Change", "Organization", None, ["CCC"], None),
    ("Nelson Chamisa", "Person", None, ["Mr Nelson Chamisa", "Mr Chamisa"], None),
]

GRACED = (
    "Among the leaders who graced the occasion were South Africa's President Cyril Ramaphosa, Mozambique's "
    "President Filipe Nyusi and the Democratic Republic of Congo's President Felix Tshisekedi."
)
THANK = 'The President thanked SADC, the African Union and "all-weather friends" for standing by the country'
SANC = (
    "again called on the United States and the European Union to remove the illegal sanctions imposed on "
    "Zimbabwe more than two decades ago"
)
MSG = (
    "Messages of congratulations have poured in from across the world, among them from Chinese President Xi "
    "Jinping, who said Beijing stood ready to work with Harare to take the comprehensive strategic cooperative "
    "partnership between the two countries to new heights, and from Russian President Vladimir Putin."
)
XI = (
    "Chinese President Xi Jinping, who said Beijing stood ready to work with Harare to take the comprehensive "
    "strategic cooperative partnership between the two countries to new heights"
)
REPORT = (
    "which claimed that some aspects of the elections fell short of the requirements of the Constitution, "
    "the Electoral Act and the SADC Principles and Guidelines Governing Democratic Elections"
)
LED = "led by former Zambian Vice-President Dr Nevers Mumba"
DISMISS = 'The ruling party has since dismissed the report as "biased" and accused Dr Mumba of overstepping his mandate.'
HH = (
    "who also accused Zambia's President Hakainde Hichilema, the current chair of the SADC Organ on Politics, "
    'Defence and Security Cooperation, of allowing the mission to be used by "Western handlers"'
)
LETTER = (
    "Government had formally written to the SADC Executive Secretary, Mr Elias Magosi, to register its "
    "displeasure with the conduct of the mission"
)
AUEOM = (
    "the African Union Election Observation Mission, led by former Nigerian President Goodluck Jonathan, "
    "commended Zimbabweans for voting peacefully"
)
US = "The United States claimed last week that the polls had failed to meet regional and international standards"
EUQ = 'the European Union observer mission said voting had taken place in "a climate of fear"'
DISM2 = "Government has dismissed the remarks as unwarranted interference in the internal affairs of a sovereign State."
CCC = "has rejected the results and asked SADC to intervene and facilitate a fresh election"
V = [
    ("Cyril Ramaphosa", "CONSULT", "Zimbabwe", True, GRACED, "attended inauguration"),
    ("Filipe Nyusi", "CONSULT", "Zimbabwe", True, GRACED, "attended inauguration"),
    ("Felix Tshisekedi", "CONSULT", "Zimbabwe", True, GRACED, "attended inauguration"),
    (
        "Cyril Ramaphosa",
        "ROLE",
        "South Africa",
        True,
        "South Africa's President Cyril Ramaphosa",
        "President",
    ),
    (
        "Filipe Nyusi",
        "ROLE",
        "Mozambique",
        True,
        "Mozambique's President Filipe Nyusi",
        "President",
    ),
    (
        "Felix Tshisekedi",
        "ROLE",
        "Democratic Republic of Congo",
        True,
        "the Democratic Republic of Congo's President Felix Tshisekedi",
        "President",
    ),
    (
        SADC,
        "SUPPORT",
        "Zimbabwe",
        False,
        "attended by Heads of State and Government from SADC and beyond, in a resounding endorsement of the country's peaceful harmonised elections",
        "editorial framing",
    ),
    (
        "Emmerson Mnangagwa",
        "ROLE",
        "Zimbabwe",
        True,
        "PRESIDENT Mnangagwa was yesterday sworn in for his second and final five-year term",
        "President",
    ),
    (
        "Luke Malaba",
        "ROLE",
        "Zimbabwe",
        True,
        "Chief Justice Luke Malaba",
        "Chief Justice",
    ),
    ("Emmerson Mnangagwa", "SUPPORT", SADC, True, THANK, "thanks"),
    ("Emmerson Mnangagwa", "SUPPORT", "African Union", True, THANK, "thanks"),
    (
        SADC,
        "SUPPORT",
        "Zimbabwe",
        False,
        THANK,
        "'standing by the country', as reported by Mnangagwa",
    ),
    ("African Union", "SUPPORT", "Zimbabwe", False, THANK, "as reported by Mnangagwa"),
    ("Emmerson Mnangagwa", "REQUEST", "United States", True, SANC, "lift sanctions"),
    ("Emmerson Mnangagwa", "REQUEST", "European Union", True, SANC, "lift sanctions"),
    (
        "United States",
        "SANCTION",
        "Zimbabwe",
        True,
        SANC,
        "sanctions since early 2000s",
    ),
    (
        "European Union",
        "SANCTION",
        "Zimbabwe",
        True,
        SANC,
        "sanctions since early 2000s",
    ),
    (
        "Emmerson Mnangagwa",
        "ACCUSE",
        "United States",
        False,
        SANC,
        "'illegal sanctions'",
    ),
    (
        "Emmerson Mnangagwa",
        "ACCUSE",
        "European Union",
        False,
        SANC,
        "'illegal sanctions'",
    ),
    (
        "Cyril Ramaphosa",
        "SUPPORT",
        "Emmerson Mnangagwa",
        True,
        "congratulated President Mnangagwa and the people of Zimbabwe",
        "congratulations",
    ),
    (
        "Cyril Ramaphosa",
        "SUPPORT",
        "Zimbabwe",
        True,
        '"South Africa will continue to walk side by side with Zimbabwe. Our destinies are intertwined," he said',
        "",
    ),
    (
        "South Africa",
        "COOPERATE",
        "Zimbabwe",
        False,
        "adding that the two countries would deepen cooperation in trade, energy and infrastructure",
        "future intent",
    ),
    ("Xi Jinping", "SUPPORT", "Zimbabwe", True, MSG, "congratulations"),
    (
        "China",
        "ALLY",
        "Zimbabwe",
        True,
        XI,
        "comprehensive strategic cooperative partnership",
    ),
    ("China", "COOPERATE", "Zimbabwe", False, XI, "ready to work with"),
    (
        "Vladimir Putin",
        "SUPPORT",
        "Zimbabwe",
        True,
        MSG,
        "congratulations",
    ),
    ("Xi Jinping", "ROLE", "China", True, "Chinese President Xi Jinping", "President"),
    (
        "Vladimir Putin",
        "ROLE",
        "Russia",
        True,
        "Russian President Vladimir Putin",
        "President",
    ),
    (SADC, "ACCUSE", "Zimbabwe", True, REPORT, "preliminary observer statement"),
    ("Nevers Mumba", "ACCUSE", "Zimbabwe", False, REPORT, "mission he led"),
    (
        "Nevers Mumba",
        "ROLE",
        SADC,
        True,
        LED,
        "head of the Electoral Observation Mission",
    ),
    ("Nevers Mumba", "ROLE", "Zambia", False, LED, "former Vice-President"),
    ("ZANU PF", "REJECT", SADC, False, DISMISS, "dismissal of report"),
    ("ZANU PF", "ACCUSE", "Nevers Mumba", True, DISMISS, "overstepping mandate"),
    (
        "Chris Mutsvangwa",
        "ACCUSE",
        SADC,
        True,
        'ZANU PF spokesperson Cde Chris Mutsvangwa said the mission had been "hijacked" to serve a regime change agenda.',
        "",
    ),
    (
        "Chris Mutsvangwa",
        "ACCUSE",
        "Nevers Mumba",
        True,
        '"Mumba came here with a script written elsewhere. He is not a judge of Zimbabwe\'s elections," said Cde Mutsvangwa',
        "",
    ),
    ("Chris Mutsvangwa", "ACCUSE", "Hakainde Hichilema", True, HH, ""),
    (
        "Chris Mutsvangwa",
        "ROLE",
        "ZANU PF",
        True,
        "ZANU PF spokesperson Cde Chris Mutsvangwa",
        "spokesperson",
    ),
    (
        "Hakainde Hichilema",
        "ROLE",
        "Zambia",
        True,
        "Zambia's President Hakainde Hichilema",
        "President",
    ),
    (
        "Hakainde Hichilema",
        "ROLE",
        SADC,
        True,
        "Zambia's President Hakainde Hichilema, the current chair of the SADC Organ on Politics, Defence and Security Cooperation",
        "chair of the Organ on Politics, Defence and Security Cooperation",
    ),
    ("Zimbabwe", "ACCUSE", SADC, True, LETTER, "formal letter of displeasure"),
    ("Zimbabwe", "PROTEST", SADC, False, LETTER, "protest note alternative"),
    ("Zimbabwe", "ACCUSE", "Elias Magosi", False, LETTER, "addressee"),
    (
        "Frederick Shava",
        "ACCUSE",
        SADC,
        False,
        "Foreign Affairs and International Trade Minister Frederick Shava told journalists last week",
        "announcer",
    ),
    (
        "Frederick Shava",
        "ROLE",
        "Zimbabwe",
        True,
        "Foreign Affairs and International Trade Minister Frederick Shava",
        "Foreign Affairs and International Trade Minister",
    ),
    (
        "Elias Magosi",
        "ROLE",
        SADC,
        True,
        "the SADC Executive Secretary, Mr Elias Magosi",
        "Executive Secretary",
    ),
    ("African Union", "SUPPORT", "Zimbabwe", True, AUEOM, "commendation"),
    ("Goodluck Jonathan", "SUPPORT", "Zimbabwe", False, AUEOM, "mission he led"),
    (
        "Goodluck Jonathan",
        "ROLE",
        "African Union",
        True,
        "the African Union Election Observation Mission, led by former Nigerian President Goodluck Jonathan",
        "head of the Election Observation Mission",
    ),
    (
        "Goodluck Jonathan",
        "ROLE",
        "Nigeria",
        False,
        "former Nigerian President Goodluck Jonathan",
        "former President",
    ),
    (
        "COMESA",
        "SUPPORT",
        "Zimbabwe",
        False,
        "The COMESA observer mission reached a similar conclusion.",
        "implicit ('similar conclusion')",
    ),
    ("United States", "ACCUSE", "Zimbabwe", True, US, ""),
    ("European Union", "ACCUSE", "Zimbabwe", True, EUQ, "EU observer mission"),
    ("Zimbabwe", "REJECT", "United States", False, DISM2, "dismissal"),
    ("Zimbabwe", "REJECT", "European Union", False, DISM2, "dismissal"),
    ("Zimbabwe", "ACCUSE", "United States", False, DISM2, "'interference'"),
    ("Zimbabwe", "ACCUSE", "European Union", False, DISM2, "'interference'"),
    (
        "Citizens Coalition for Change",
        "REQUEST",
        SADC,
        True,
        CCC,
        "intervene, fresh election",
    ),
    (
        "Nelson Chamisa",
        "ROLE",
        "Citizens Coalition for Change",
        True,
        "whose leader Mr Nelson Chamisa polled 44 percent of the vote",
        "leader",
    ),
    (
        "Zimbabwe",
        "MEMBER_OF",
        SADC,
        False,
        "The President thanked SADC, the African Union",
        "implied",
    ),
]
