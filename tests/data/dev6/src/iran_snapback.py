from lib import E, build

IAEA = "International Atomic Energy Agency"
ents = [
    E(
        "Iran",
        "Country",
        [
            "the Islamic Republic",
            "Iranian",
            "Tehran",
            "the Iranian nation",
            "the Islamic Consultative Assembly",
            "the Supreme National Security Council",
            "the Foreign Ministry in Tehran",
            "the Iranian side",
            "the Iranian people",
        ],
    ),
    E("United Kingdom", "Country", ["Britain", "British"]),
    E("France", "Country", ["French"]),
    E("Germany", "Country", ["German"]),
    E(
        "E3",
        "Organization",
        [
            "the European trio",
            "the three European countries",
            "the European countries",
            "the Europeans",
            "The E3",
            "the three countries",
        ],
    ),
    E("United States", "Country", ["the United States", "Washington", "American", "US"]),
    E("Israel", "Country", ["the Zionist regime", "the Israeli regime"]),
    E("Russia", "Country", ["Moscow", "Russian"]),
    E("China", "Country", ["Beijing", "Chinese"]),
    E("Egypt", "Country", ["Egyptian"]),
    E("United Nations", "IGO", ["UN"]),
    E("UN Security Council", "IGO", ["the UN Security Council", "the Security Council"]),
    E(IAEA, "IGO", ["the International Atomic Energy Agency", "IAEA", "the agency"]),
    E(
        "Abbas Araghchi",
        "Person",
        [
            "Seyyed Abbas Araghchi",
            "Araghchi",
            "Iran's Foreign Minister Seyyed Abbas Araghchi",
            "the Iranian foreign minister",
        ],
        "Iran",
    ),
    E("David Lammy", "Person", [], "United Kingdom"),
    E("Jean-Noel Barrot", "Person", [], "France"),
    E("Johann Wadephul", "Person", [], "Germany"),
    E("Esmaeil Baghaei", "Person", ["Baghaei", "Foreign Ministry spokesman Esmaeil Baghaei"], "Iran"),
    E("Mohammad Baqer Qalibaf", "Person", ["Parliament Speaker Mohammad Baqer Qalibaf"], "Iran"),
    E("Masoud Pezeshkian", "Person", ["President Masoud Pezeshkian"], "Iran"),
    E("Kazem Gharibabadi", "Person", ["Deputy Foreign Minister Kazem Gharibabadi"], "Iran"),
    E("Maria Zakharova", "Person", ["Russian Foreign Ministry spokeswoman Maria Zakharova"], "Russia"),
    E("Guo Jiakun", "Person", ["Chinese Foreign Ministry spokesman Guo Jiakun"], "China"),
    E("Marco Rubio", "Person", ["US Secretary of State Marco Rubio"], "United States", "Q324546"),
    E("Rafael Grossi", "Person", ["IAEA Director General Rafael Grossi", "Grossi"], IAEA),
    E("Badr Abdelatty", "Person", ["Egyptian Foreign Minister Badr Abdelatty"], "Egypt"),
    E("IRNA", "Organization", []),
    E("12-day war", "Event", ["the 12-day war"]),
    E("Fordow", "Location"),
    E("Natanz", "Location"),
    E("Isfahan", "Location"),
    E("Istanbul", "Location"),
    E("Geneva", "Location"),
    E("Cairo", "Location"),
    E("Bushehr nuclear power plant", "Location", ["the Bushehr nuclear power plant"]),
]

s_lead = 'Iran\'s Foreign Minister Seyyed Abbas Araghchi has strongly condemned the move by Britain, France and Germany to trigger the so-called snapback mechanism against the Islamic Republic, calling it "unjustified, illegal and lacking any legal basis"'
s_warn = "warning that Iran will take appropriate measures to protect its national rights and interests"
s_phone = "In telephone conversations with his British, French and German counterparts on Thursday, shortly before the three European countries notified the UN Security Council of their decision, Araghchi said the step would seriously damage the process of interaction and cooperation between Iran and the International Atomic Energy Agency (IAEA)."
s_letter = 'The foreign ministers of the European trio, David Lammy, Jean-Noel Barrot and Johann Wadephul, claimed in a joint letter to the Security Council that Iran was in "significant non-performance" of its commitments under the 2015 nuclear deal'
s_30 = "The letter starts a 30-day process that could restore UN sanctions lifted a decade ago."
s_fail = "Araghchi stressed that the three countries had themselves failed to honour their obligations after the United States unilaterally withdrew from the deal in 2018"
s_e3q = '"The E3 have no authority to abuse a mechanism whose provisions they themselves violated," he said.'
s_bag = 'Foreign Ministry spokesman Esmaeil Baghaei said on Friday that the European decision was "a gift to the Zionist regime and its American backers" after their aggression against Iran\'s peaceful nuclear facilities in June.'
s_bomb = "the Israeli regime and the United States bombed nuclear sites in Fordow, Natanz and Isfahan in flagrant violation of the UN Charter"
s_iaea = 'while the IAEA, in Baghaei\'s words, "failed even to condemn" the attacks'
s_law = "the Islamic Consultative Assembly passed a law suspending cooperation with the agency until the security of the country's nuclear facilities is guaranteed"
s_snsc = "Under the law, any inspection now requires the approval of the Supreme National Security Council."
s_qal = "Parliament Speaker Mohammad Baqer Qalibaf warned the European countries that Tehran would reconsider its adherence to the Treaty on the Non-Proliferation of Nuclear Weapons if the sanctions were reimposed."
s_qal2 = '"Those who pull the trigger should know that Iran\'s response will be decisive," he told lawmakers in an open session.'
s_pez = 'President Masoud Pezeshkian, speaking at a cabinet meeting, said the Iranian nation "will never bow to pressure and bullying"'
s_pez2 = "added that the government remained committed to diplomacy on the basis of mutual respect"
s_talks = "Iranian and E3 deputy foreign ministers held two rounds of talks in Istanbul and Geneva over the summer, with Deputy Foreign Minister Kazem Gharibabadi leading the Iranian side."
s_frame = 'Iranian officials say Tehran offered a "reasonable framework" for resuming cooperation with the IAEA, which the Europeans ignored.'
s_rc = "Russia and China, both parties to the JCPOA and permanent members of the Security Council, have rejected the European move."
s_zak = 'Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow considered the notification "legally null and void"'
s_guo = (
    'Chinese Foreign Ministry spokesman Guo Jiakun urged all sides to "avoid actions that escalate tensions"'
)
s_draft = "Moscow and Beijing have circulated a draft resolution at the Security Council that would extend Resolution 2231 by six months and urge all parties to return to negotiations."
s_rubio = 'In Washington, US Secretary of State Marco Rubio welcomed the European action and said the United States remained "available for direct engagement" with Iran.'
s_noneg = "Tehran has repeatedly said it will not negotiate with Washington while threats against the Iranian people continue."
s_gro = "IAEA Director General Rafael Grossi said on Thursday that talks with Tehran on the modalities of renewed inspections were continuing"
s_insp = "a team of inspectors had returned to Iran this week to oversee the replacement of fuel at the Bushehr nuclear power plant"
s_abd = "Egyptian Foreign Minister Badr Abdelatty, who has been mediating between Tehran and the agency, spoke by telephone with Araghchi on Friday"
s_abd2 = "offered to host a meeting between the Iranian foreign minister and Grossi in Cairo"

E3C = ["United Kingdom", "France", "Germany"]
FMS = {"United Kingdom": "David Lammy", "France": "Jean-Noel Barrot", "Germany": "Johann Wadephul"}
evs = []
for c in E3C:
    evs += [
        ("Abbas Araghchi", "ACCUSE", c, True, s_lead),
        ("Abbas Araghchi", "THREATEN", c, False, s_warn, "appropriate measures (target implicit)"),
        (c, "THREATEN", "Iran", True, s_lead, "snapback: restoring UN sanctions"),
        (c, "SANCTION", "Iran", False, s_lead, "snapback"),
        ("Abbas Araghchi", "CONSULT", c, True, s_phone, "phone calls with counterparts"),
        ("Abbas Araghchi", "CONSULT", FMS[c], False, s_phone),
        (FMS[c], "ACCUSE", "Iran", True, s_letter, "significant non-performance"),
        (c, "ACCUSE", "Iran", False, s_letter),
        (FMS[c], "ROLE", c, True, s_letter, "foreign minister"),
        (c, "MEMBER_OF", "E3", False, s_letter),
        ("Abbas Araghchi", "ACCUSE", c, True, s_fail, "failed to honour obligations"),
        ("Esmaeil Baghaei", "ACCUSE", c, False, s_bag),
        ("Mohammad Baqer Qalibaf", "THREATEN", c, False, s_qal),
        ("Iran", "CONSULT", c, False, s_talks),
        (c, "REQUEST", "UN Security Council", False, s_phone, "notification to restore sanctions"),
    ]
evs += [
    ("Abbas Araghchi", "ACCUSE", "E3", False, s_lead),
    ("Abbas Araghchi", "ROLE", "Iran", True, s_lead, "Foreign Minister"),
    ("E3", "THREATEN", "Iran", False, s_30),
    ("Abbas Araghchi", "ACCUSE", "E3", True, s_e3q),
    ("United States", "SANCTION", "Iran", True, s_fail, "withdrew from JCPOA 2018"),
    ("Esmaeil Baghaei", "ACCUSE", "E3", True, s_bag, "a gift to the Zionist regime"),
    ("Esmaeil Baghaei", "ACCUSE", "Israel", True, s_bag, "aggression"),
    ("Esmaeil Baghaei", "ACCUSE", "United States", True, s_bag, "aggression"),
    ("Esmaeil Baghaei", "ROLE", "Iran", True, s_bag, "Foreign Ministry spokesman"),
    ("United States", "SUPPORT", "Israel", False, s_bag, "American backers"),
    ("United States", "ALLY", "Israel", False, s_bag),
    ("Israel", "ASSAULT", "Iran", True, s_bomb, "strikes on Fordow, Natanz, Isfahan"),
    ("United States", "ASSAULT", "Iran", True, s_bomb, "strikes on nuclear sites"),
    ("Esmaeil Baghaei", "ACCUSE", IAEA, True, s_iaea, "failed to condemn"),
    ("Iran", "SANCTION", IAEA, True, s_law, "cooperation suspended"),
    ("Iran", "COERCE", IAEA, False, s_snsc, "inspections need SNSC approval"),
    ("Mohammad Baqer Qalibaf", "THREATEN", "E3", True, s_qal, "reconsider NPT adherence"),
    ("Mohammad Baqer Qalibaf", "ROLE", "Iran", True, s_qal, "Parliament Speaker"),
    ("Mohammad Baqer Qalibaf", "THREATEN", "E3", False, s_qal2),
    ("Masoud Pezeshkian", "REJECT", "E3", False, s_pez, "never bow to pressure"),
    ("Masoud Pezeshkian", "ROLE", "Iran", True, s_pez, "President"),
    ("Iran", "CONSULT", "E3", True, s_talks, "deputy FM talks in Istanbul and Geneva"),
    ("Kazem Gharibabadi", "CONSULT", "E3", False, s_talks),
    ("Kazem Gharibabadi", "ROLE", "Iran", True, s_talks, "Deputy Foreign Minister"),
    ("Iran", "AGREE", IAEA, False, s_frame, "offered framework (Iranian claim)"),
    ("E3", "REJECT", "Iran", False, s_frame, "ignored the offer (Iranian claim)"),
    ("Russia", "REJECT", "E3", True, s_rc),
    ("China", "REJECT", "E3", True, s_rc),
    ("Russia", "MEMBER_OF", "UN Security Council", True, s_rc, "permanent member"),
    ("China", "MEMBER_OF", "UN Security Council", True, s_rc, "permanent member"),
    ("Maria Zakharova", "REJECT", "E3", True, s_zak, "notification null and void"),
    ("Russia", "REJECT", "E3", False, s_zak),
    ("Maria Zakharova", "ROLE", "Russia", True, s_zak, "Foreign Ministry spokeswoman"),
    ("Guo Jiakun", "REQUEST", "E3", False, s_guo, "all sides"),
    ("Guo Jiakun", "REQUEST", "Iran", False, s_guo, "all sides"),
    ("Guo Jiakun", "ROLE", "China", True, s_guo, "Foreign Ministry spokesman"),
    ("Russia", "COOPERATE", "China", True, s_draft, "joint draft resolution"),
    ("Russia", "SUPPORT", "Iran", False, s_draft),
    ("China", "SUPPORT", "Iran", False, s_draft),
    ("Marco Rubio", "SUPPORT", "E3", True, s_rubio, "welcomed"),
    ("Marco Rubio", "AGREE", "Iran", False, s_rubio, "available for direct engagement"),
    ("Marco Rubio", "ROLE", "United States", True, s_rubio, "Secretary of State"),
    ("Iran", "REJECT", "United States", True, s_noneg, "refuses negotiations"),
    ("Iran", "ACCUSE", "United States", False, s_noneg, "threats"),
    ("Rafael Grossi", "CONSULT", "Iran", True, s_gro, "talks on inspections"),
    (IAEA, "CONSULT", "Iran", False, s_gro),
    ("Rafael Grossi", "ROLE", IAEA, True, s_gro, "Director General"),
    (IAEA, "COOPERATE", "Iran", False, s_insp, "inspectors at Bushehr"),
    ("Badr Abdelatty", "CONSULT", "Iran", True, s_abd, "mediation"),
    ("Badr Abdelatty", "CONSULT", IAEA, True, s_abd, "mediation"),
    ("Badr Abdelatty", "CONSULT", "Abbas Araghchi", True, s_abd, "phone call"),
    ("Badr Abdelatty", "ROLE", "Egypt", True, s_abd, "Foreign Minister"),
    ("Badr Abdelatty", "AGREE", "Iran", False, s_abd2, "offer to host"),
    ("Abbas Araghchi", "CONSULT", "Rafael Grossi", False, s_abd2, "proposed meeting"),
]

build("iran_snapback", "2025-08-29", ents, evs)
