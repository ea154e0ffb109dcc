"""Gold tables for iraq_sweden_embassy_fire.txt."""

IQ, SE, US, EU, IR = "Q796", "Q34", "Q30", "Q458", "Q794"
E = [
    (
        "Iraq",
        "Country",
        IQ,
        [
            "Baghdad",
            "Iraqi",
            "The Iraqi government",
            "the Iraqi authorities",
            "Iraqi security forces",
            "the interior ministry",
            "the communications ministry",
            "The Iraqi foreign ministry",
            "the Iraqi charge d'affaires",
            "The Iraqi charge d'affaires in Stockholm",
        ],
        IQ,
    ),
    (
        "Sweden",
        "Country",
        SE,
        [
            "Stockholm",
            "Swedish",
            "the Swedish government",
            "Sweden's foreign ministry",
            "Sweden's government",
            "the Swedish embassy in Baghdad",
            "Sweden's embassy in Baghdad",
            "Sweden's ambassador in Tehran",
        ],
        SE,
    ),
    (
        "Mohammed Shia al-Sudani",
        "Person",
        None,
        ["Prime Minister Mohammed Shia al-Sudani"],
        IQ,
    ),
    (
        "Jessica Svardstrom",
        "Person",
        None,
        ["ambassador Jessica Svardstrom", "the Swedish ambassador", "Sweden's ambassador"],
        SE,
    ),
    ("Ericsson", "Organization", None, ["Swedish telecommunications equipment maker Ericsson"], None),
    ("INA", "Organization", None, ["state news agency INA"], None),
    ("Moqtada al-Sadr", "Person", None, ["Sadr", "powerful Shi'ite cleric Moqtada al-Sadr"], None),
    (
        "supporters of Sadr",
        "Organization",
        None,
        [
            "The protesters",
            "hundreds of protesters",
            "mostly supporters of powerful Shi'ite cleric Moqtada al-Sadr",
            "the crowd",
        ],
        None,
    ),
    (
        "Tobias Billstrom",
        "Person",
        None,
        ["Billstrom", "Foreign Minister Tobias Billstrom"],
        SE,
    ),
    ("Salwan Momika", "Person", None, ["Momika"], None),
    ("Ulf Kristersson", "Person", None, ["Prime Minister Ulf Kristersson"], SE),
    ("United States", "Country", US, ["The United States"], US),
    ("Matthew Miller", "Person", None, ["State Department spokesman Matthew Miller"], US),
    ("European Union", "IGO", EU, ["the bloc"], EU),
    (
        "Josep Borrell",
        "Person",
        None,
        ["The European Union's foreign policy chief Josep Borrell"],
        EU,
    ),
    ("Organisation of Islamic Cooperation", "IGO", None, [], None),
    ("Iran", "Country", IR, ["Tehran", "Iranian"], IR),
    ("Turkey", "Country", "Q43", [], "Q43"),
    ("Reuters", "Organization", None, [], None),
    ("Timour Azhari", "Person", None, [], None),
    ("Johan Ahlander", "Person", None, [], None),
    ("Parisa Hafezi", "Person", None, [], None),
    ("Angus MacSwan", "Person", None, [], None),
]

LEAD_EXPEL = (
    "Iraq ordered the Swedish ambassador to leave the country and recalled its own charge d'affaires from "
    "Stockholm on Thursday"
)
STORM = "hundreds of protesters stormed the Swedish embassy in Baghdad and set part of it on fire"
ORDER = (
    "Prime Minister Mohammed Shia al-Sudani ordered the expulsion of ambassador Jessica Svardstrom and the "
    "withdrawal of the Iraqi charge d'affaires"
)
ERIC = (
    "The Iraqi government also suspended the operating licence of Swedish telecommunications equipment maker "
    "Ericsson on Iraqi soil"
)
WARN = (
    "Baghdad had warned Stockholm on Wednesday that it would sever diplomatic relations if a Koran was burned "
    "again on Swedish soil"
)
BILL = (
    'Foreign Minister Tobias Billstrom called the attack "completely unacceptable" and said the Iraqi '
    'authorities had "failed in their obligation" to protect diplomatic missions'
)
SUMMON = "The Iraqi charge d'affaires in Stockholm has been summoned to the foreign ministry to hear our strong condemnation"
MOMIKA = "kicked and stamped on a copy of the book and an Iraqi flag outside the Iraqi embassy in Stockholm"
MILLER = (
    'State Department spokesman Matthew Miller said it was "unacceptable that Iraqi security forces did not act '
    'to prevent protesters from breaching the embassy compound for a second time"'
)
IRAN = (
    "Iran, which has strong influence in Iraq, also summoned Sweden's ambassador in Tehran to protest against "
    "the planned burning"
)
V = [
    ("Iraq", "SANCTION", "Sweden", True, LEAD_EXPEL, "ambassador expelled, charge d'affaires recalled"),
    ("Iraq", "SANCTION", "Jessica Svardstrom", False, LEAD_EXPEL, "envoy as target"),
    ("supporters of Sadr", "ASSAULT", "Sweden", True, STORM, "embassy stormed and set on fire"),
    ("supporters of Sadr", "PROTEST", "Sweden", False, STORM, "could be read as a violent demonstration"),
    ("Mohammed Shia al-Sudani", "SANCTION", "Sweden", True, ORDER, "expulsion order"),
    ("Mohammed Shia al-Sudani", "SANCTION", "Jessica Svardstrom", False, ORDER, "envoy as target"),
    (
        "Mohammed Shia al-Sudani",
        "ACCUSE",
        "Sweden",
        False,
        '"in response to the Swedish government\'s repeated permission to burn the Holy Koran"',
        "implicit blame in the expulsion order",
    ),
    ("Iraq", "SANCTION", "Ericsson", True, ERIC, "licence suspended"),
    ("Iraq", "COERCE", "Ericsson", False, ERIC, "alternative reading"),
    ("Iraq", "SANCTION", "Sweden", False, ERIC, "measure against a Swedish firm"),
    ("Iraq", "THREATEN", "Sweden", True, WARN, "threat to cut ties"),
    (
        "supporters of Sadr",
        "ASSAULT",
        "Sweden",
        False,
        "climbed the walls of the embassy compound in the early hours of Thursday",
        "same storming",
    ),
    (
        "Iraq",
        "ASSAULT",
        "supporters of Sadr",
        True,
        "Iraqi security forces later used water cannon and electric batons to disperse the crowd",
        "crowd control; 2 injured",
    ),
    (
        "Iraq",
        "COERCE",
        "supporters of Sadr",
        False,
        "the interior ministry said several people had been arrested",
        "arrests of unnamed people",
    ),
    ("Tobias Billstrom", "ACCUSE", "Iraq", True, BILL, ""),
    ("Tobias Billstrom", "ACCUSE", "supporters of Sadr", False, BILL, "'the attack'"),
    ("Sweden", "ACCUSE", "Iraq", True, SUMMON, "summoning of the Iraqi charge d'affaires"),
    ("Sweden", "CONSULT", "Iraq", False, SUMMON, "summoning"),
    (
        "Sweden",
        "RETREAT",
        "Iraq",
        False,
        "Sweden's embassy in Baghdad has temporarily relocated its operations to Stockholm",
        "embassy operations moved out",
    ),
    (
        "Sweden",
        "SANCTION",
        "Iraq",
        False,
        "Sweden's embassy in Baghdad has temporarily relocated its operations to Stockholm",
        "could be read as reduced relations",
    ),
    (
        "Iraq",
        "ACCUSE",
        "supporters of Sadr",
        False,
        "The Iraqi foreign ministry condemned the storming and said it had opened an investigation to identify those responsible",
        "target implicit",
    ),
    (
        "Iraq",
        "ACCUSE",
        "Sweden",
        True,
        'insisting that Sweden bore responsibility for allowing what it called "provocations" against Muslims',
        "",
    ),
    ("Salwan Momika", "PROTEST", "Iraq", True, MOMIKA, "demonstration at the Iraqi embassy"),
    (
        "Ulf Kristersson",
        "ACCUSE",
        "supporters of Sadr",
        False,
        'Prime Minister Ulf Kristersson said the storming of the embassy was "outrageous"',
        "target implicit",
    ),
    (
        "Sweden",
        "CONSULT",
        "Iraq",
        True,
        "the government was in contact with Iraq through diplomatic channels",
        "diplomatic contact",
    ),
    (
        "United States",
        "ACCUSE",
        "supporters of Sadr",
        False,
        "The United States condemned the attack.",
        "target implicit",
    ),
    ("Matthew Miller", "ACCUSE", "Iraq", True, MILLER, "failure to protect the embassy"),
    ("Matthew Miller", "REQUEST", "Iraq", True, "urged Baghdad to protect diplomatic missions", ""),
    (
        "Josep Borrell",
        "ACCUSE",
        "supporters of Sadr",
        False,
        'the bloc "strongly condemns" the attack',
        "target implicit",
    ),
    (
        "Josep Borrell",
        "REQUEST",
        "Iraq",
        True,
        "called on the Iraqi authorities to hold those responsible to account",
        "",
    ),
    (
        "supporters of Sadr",
        "ASSAULT",
        "Sweden",
        False,
        "On June 29, supporters of Sadr entered the compound",
        "earlier breach, June 29",
    ),
    (
        "Organisation of Islamic Cooperation",
        "REQUEST",
        "Sweden",
        False,
        "prompting the Organisation of Islamic Cooperation to call for collective measures to prevent further desecrations",
        "addressee not named",
    ),
    (
        "Moqtada al-Sadr",
        "THREATEN",
        "Sweden",
        False,
        "said Muslims would not remain silent",
        "vague warning",
    ),
    (
        "Moqtada al-Sadr",
        "REQUEST",
        "Iraq",
        False,
        "He has called for Sweden's ambassador to be expelled since June.",
        "demand addressed to the government (implicit)",
    ),
    (
        "Moqtada al-Sadr",
        "ACCUSE",
        "Sweden",
        False,
        "He has called for Sweden's ambassador to be expelled since June.",
        "",
    ),
    ("Iran", "ACCUSE", "Sweden", True, IRAN, "summoning of the Swedish ambassador"),
    ("Iran", "CONSULT", "Sweden", False, IRAN, "summoning"),
    (
        "Iran",
        "SANCTION",
        "Sweden",
        False,
        "said it would not send a new ambassador to Stockholm",
        "refusal to send an ambassador",
    ),
    (
        "Iran",
        "REJECT",
        "Sweden",
        False,
        "said it would not send a new ambassador to Stockholm",
        "alternative reading",
    ),
    (
        "Turkey",
        "ACCUSE",
        "Sweden",
        False,
        "Koran burnings in Sweden have also drawn criticism from Turkey.",
        "criticism of the burnings rather than of the state",
    ),
    (
        "Sweden",
        "ACCUSE",
        "Salwan Momika",
        False,
        "Sweden's government has said it condemns the desecrations",
        "domestic",
    ),
    (
        "Mohammed Shia al-Sudani",
        "ROLE",
        "Iraq",
        True,
        "Prime Minister Mohammed Shia al-Sudani",
        "Prime Minister",
    ),
    ("Jessica Svardstrom", "ROLE", "Sweden", True, "ambassador Jessica Svardstrom", "ambassador to Iraq"),
    ("Tobias Billstrom", "ROLE", "Sweden", True, "Foreign Minister Tobias Billstrom", "Foreign Minister"),
    ("Ulf Kristersson", "ROLE", "Sweden", True, "Prime Minister Ulf Kristersson", "Prime Minister"),
    (
        "Matthew Miller",
        "ROLE",
        "United States",
        True,
        "State Department spokesman Matthew Miller",
        "State Department spokesman",
    ),
    (
        "Josep Borrell",
        "ROLE",
        "European Union",
        True,
        "The European Union's foreign policy chief Josep Borrell",
        "foreign policy chief",
    ),
    (
        "Iran",
        "ALLY",
        "Iraq",
        False,
        "Iran, which has strong influence in Iraq",
        "influence, not an alliance",
    ),
]
