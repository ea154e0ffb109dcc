"""Gold tables for nigeria_trump_threat.txt."""

NG, US, CN = "Q1033", "Q30", "Q148"
E = [
    (
        "Nigeria",
        "Country",
        NG,
        ["Abuja", "the Nigerian Government", "Nigerian", "Nigerian officials", "Nigerian troops"],
        NG,
    ),
    (
        "United States",
        "Country",
        US,
        [
            "Washington",
            "US",
            "U.S.A.",
            "the Pentagon",
            "the Department of War",
            "the US military",
            "Trump's first administration",
        ],
        US,
    ),
    ("Donald Trump", "Person", "Q22686", ["Trump", "US President Donald Trump", "the US president"], US),
    ("China", "Country", CN, ["Beijing"], CN),
    ("Pete Hegseth", "Person", None, ["Defense Secretary Pete Hegseth"], US),
    ("Bola Tinubu", "Person", None, ["Tinubu", "President Bola Tinubu"], NG),
    ("Daniel Bwala", "Person", None, ["Bwala"], NG),
    ("Kimiebi Ebienfa", "Person", None, ["Foreign ministry spokesman Kimiebi Ebienfa"], NG),
    ("Boko Haram", "Organization", None, [], None),
    ("Islamic State West Africa Province", "Organization", None, ["ISWAP"], None),
    ("United Nations", "IGO", "Q1065", ["the United Nations"], None),
    ("Ted Cruz", "Person", None, ["Senator Ted Cruz"], US),
    ("Mao Ning", "Person", None, ["foreign ministry spokeswoman Mao Ning"], CN),
    ("Joe Biden", "Person", "Q6279", [], US),
    ("Antony Blinken", "Person", None, [], US),
    ("Christian Association of Nigeria", "Organization", None, [], None),
]

LEDE = "Nigeria on Monday pushed back against US President Donald Trump's threat to send troops into Africa's most populous country"
CHINA = "as China came out in support of Abuja"
ORDER = 'Trump said on Saturday he had ordered the Pentagon to "prepare for possible action" in Nigeria'
ACC = "he accused the government of failing to stop what he called the mass killing of Christians"
IFG = '"If the Nigerian Government continues to allow the killing of Christians'
AIDCUT = "the U.S.A. will immediately stop all aid and assistance to Nigeria"
GUNS = "may very well go into that now disgraced country, 'guns-a-blazing,' to completely wipe out the Islamic Terrorists"
HEG = "The Department of War is preparing for action."
EITHER = "Either the Nigerian Government protects Christians, or we will kill the Islamic Terrorists"
CPC = 'Trump had designated Nigeria a "Country of Particular Concern" under US religious freedom law, a status that can lead to sanctions'
TIN = "President Bola Tinubu rejected the characterisation."
WORK = 'Tinubu said his government would work with Washington and the international community "to deepen understanding'
BWALA = 'Nigeria would welcome US help to fight Islamist insurgents "as long as it recognises our territorial integrity"'
MEET = 'said Tinubu and Trump could meet "in the coming days" to discuss their differences'
EBI = 'Foreign ministry spokesman Kimiebi Ebienfa said Nigeria "will continue to engage the United States government"'
INS = "have waged an insurgency in the northeast since 2009 that has killed more than 40,000 people"
CRUZ = 'Senator Ted Cruz accused Nigerian officials of "ignoring and even facilitating the mass murder of Christians"'
BILL = "introduced a bill to sanction them"
MAO = 'foreign ministry spokeswoman Mao Ning said China "firmly supports the Nigerian government'
PARTNER = '"As Nigeria\'s comprehensive strategic partner," she said'
OPPOSE = "threatening other countries with sanctions and force"
LIST = "Trump's first administration placed Nigeria on the religious freedom blacklist in December 2020."
BLINK = "It was removed a year later by his successor Joe Biden's secretary of state, Antony Blinken, ahead of a visit to Abuja."
SALE = "Washington approved the sale of nearly $350 million worth of weapons to Nigeria"
TRAIN = "the US military has trained Nigerian troops fighting the jihadists"
CAN = (
    'The Christian Association of Nigeria said it hoped the designation would "prompt the government to act"'
)
DIAL = "but urged Washington to pursue dialogue rather than force"

V = [
    ("Nigeria", "REJECT", "Donald Trump", False, LEDE, "dismissal of the threat"),
    ("Donald Trump", "THREATEN", "Nigeria", True, LEDE, "threat to send troops"),
    ("China", "SUPPORT", "Nigeria", True, CHINA, ""),
    ("Donald Trump", "THREATEN", "Nigeria", True, ORDER, "military action"),
    ("Donald Trump", "MOBILIZE", "Nigeria", False, ORDER, "order to prepare"),
    ("Donald Trump", "ACCUSE", "Nigeria", True, ACC, "failing to stop killings"),
    ("Donald Trump", "ACCUSE", "Nigeria", True, IFG, "'allow the killing'"),
    ("Donald Trump", "THREATEN", "Nigeria", True, AIDCUT, "aid cut threatened"),
    ("Donald Trump", "THREATEN", "Nigeria", True, GUNS, "military intervention"),
    (
        "Donald Trump",
        "THREATEN",
        "Nigeria",
        True,
        '"If we attack, it will be fast, vicious, and sweet," he added.',
        "",
    ),
    ("Pete Hegseth", "MOBILIZE", "Nigeria", False, HEG, "preparing for action"),
    ("Pete Hegseth", "THREATEN", "Nigeria", True, EITHER, "conditional strike"),
    ("Pete Hegseth", "REQUEST", "Nigeria", False, EITHER, "implied demand to protect Christians"),
    ("Donald Trump", "ACCUSE", "Nigeria", True, CPC, "CPC designation"),
    ("Donald Trump", "SANCTION", "Nigeria", False, CPC, "designation can lead to sanctions"),
    ("Bola Tinubu", "REJECT", "Donald Trump", False, TIN, "denial of the characterisation"),
    ("Bola Tinubu", "REJECT", "United States", False, TIN, "state level"),
    ("Bola Tinubu", "COOPERATE", "United States", False, WORK, "stated intent"),
    ("Bola Tinubu", "AGREE", "United States", False, WORK, "intent to cooperate"),
    ("Daniel Bwala", "SUPPORT", "United States", False, BWALA, "conditional welcome of US help"),
    ("Daniel Bwala", "REQUEST", "United States", False, BWALA, "territorial-integrity condition"),
    ("Bola Tinubu", "CONSULT", "Donald Trump", False, MEET, "possible meeting"),
    ("Kimiebi Ebienfa", "CONSULT", "United States", False, EBI, "continued engagement"),
    ("Boko Haram", "ASSAULT", "Nigeria", True, INS, "insurgency since 2009; 40,000+ killed"),
    ("Islamic State West Africa Province", "ASSAULT", "Nigeria", True, INS, "insurgency"),
    ("Ted Cruz", "ACCUSE", "Nigeria", True, CRUZ, ""),
    ("Ted Cruz", "THREATEN", "Nigeria", True, BILL, "sanctions bill"),
    ("Mao Ning", "SUPPORT", "Nigeria", True, MAO, ""),
    ("China", "ALLY", "Nigeria", True, PARTNER, "comprehensive strategic partner"),
    ("Mao Ning", "ACCUSE", "United States", False, OPPOSE, "'any country', target implicit"),
    ("United States", "ACCUSE", "Nigeria", True, LIST, "2020 CPC listing"),
    ("United States", "SANCTION", "Nigeria", False, LIST, "blacklist"),
    ("Antony Blinken", "CONCEDE", "Nigeria", False, BLINK, "removal from the list (passive)"),
    ("Antony Blinken", "CONSULT", "Nigeria", False, BLINK, "visit, noun phrase"),
    ("United States", "COOPERATE", "Nigeria", True, SALE, "arms sale ~$350m"),
    ("United States", "COOPERATE", "Nigeria", True, TRAIN, "training"),
    ("United States", "AID", "Nigeria", False, TRAIN, "training as aid"),
    ("Nigeria", "ASSAULT", "Boko Haram", False, TRAIN, "'fighting the jihadists'"),
    ("Nigeria", "ASSAULT", "Islamic State West Africa Province", False, TRAIN, "'fighting the jihadists'"),
    ("Christian Association of Nigeria", "SUPPORT", "Donald Trump", False, CAN, "welcomed attention"),
    ("Christian Association of Nigeria", "REQUEST", "Nigeria", False, CAN, "hope, domestic"),
    ("Christian Association of Nigeria", "REQUEST", "United States", True, DIAL, "dialogue not force"),
    ("Donald Trump", "ROLE", "United States", True, "US President Donald Trump", "President"),
    ("Pete Hegseth", "ROLE", "United States", True, "Defense Secretary Pete Hegseth", "Defense Secretary"),
    ("Bola Tinubu", "ROLE", "Nigeria", True, "President Bola Tinubu", "President"),
    (
        "Daniel Bwala",
        "ROLE",
        "Nigeria",
        True,
        "Daniel Bwala, an adviser to the president",
        "presidential adviser",
    ),
    (
        "Kimiebi Ebienfa",
        "ROLE",
        "Nigeria",
        True,
        "Foreign ministry spokesman Kimiebi Ebienfa",
        "foreign ministry spokesman",
    ),
    ("Ted Cruz", "ROLE", "United States", True, "Senator Ted Cruz", "Senator"),
    (
        "Mao Ning",
        "ROLE",
        "China",
        True,
        "foreign ministry spokeswoman Mao Ning",
        "foreign ministry spokeswoman",
    ),
    ("Antony Blinken", "ROLE", "United States", False, BLINK, "former Secretary of State"),
    ("Joe Biden", "ROLE", "United States", False, BLINK, "former President (implied)"),
]
