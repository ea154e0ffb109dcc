from lib import E, build

ents = [
    E(
        "Philippines",
        "Country",
        [
            "Philippine",
            "Manila",
            "the Philippine military",
            "Philippine Navy",
            "Philippine forces",
            "the Department of Foreign Affairs",
            "the Philippines",
        ],
    ),
    E("China", "Country", ["Beijing", "Chinese", "China Coast Guard", "The China Coast Guard"]),
    E("United States", "Country", ["the United States", "Washington", "US", "US forces", "State Department"]),
    E("Japan", "Country", ["Tokyo"]),
    E("Australia", "Country", ["Australian"]),
    E("France", "Country", ["French"]),
    E("Singapore", "Country", [], None, "Q334"),
    E("European Union", "IGO", ["The European Union"]),
    E("Lin Jian", "Person", ["foreign ministry spokesman Lin Jian"], "China"),
    E(
        "Gilberto Teodoro",
        "Person",
        ["Teodoro", "Mr Teodoro", "Defence Secretary Gilberto Teodoro"],
        "Philippines",
    ),
    E("Ferdinand Marcos Jr", "Person", ["Mr Marcos", "President Ferdinand Marcos Jr"], "Philippines"),
    E("Romeo Brawner Jr", "Person", ["General Romeo Brawner Jr"], "Philippines"),
    E("Rodrigo Duterte", "Person", [], "Philippines"),
    E("Matthew Miller", "Person", ["State Department spokesman Matthew Miller"], "United States"),
    E("Jake Sullivan", "Person", [], "United States"),
    E("Eduardo Ano", "Person", [], "Philippines"),
    E("Kazuya Endo", "Person", [], "Japan"),
    E("Collin Koh", "Person", ["Dr Collin Koh"]),
    E(
        "S. Rajaratnam School of International Studies",
        "Organization",
        ["the S. Rajaratnam School of International Studies"],
    ),
    E("Theresa Lazaro", "Person", ["Foreign Affairs Undersecretary Theresa Lazaro"], "Philippines"),
    E("Chen Xiaodong", "Person", ["Chinese Vice Foreign Minister Chen Xiaodong"], "China"),
    E("Marcela Tan", "Person", []),
    E("Balikatan", "Event", ["Balikatan exercises"]),
    E("Second Thomas Shoal", "Location", ["Ayungin", "Ren'ai Jiao"]),
    E("South China Sea", "Location", ["the South China Sea"]),
    E("BRP Sierra Madre", "Location", ["the rusting BRP Sierra Madre"]),
    E("Palawan", "Location"),
    E("The Hague", "Location"),
    E("Pacific", "Location", ["the Pacific"]),
]

s_routine = "Philippine boats would set out for Second Thomas Shoal, a submerged reef in the South China Sea where a handful of marines live aboard the rusting BRP Sierra Madre, and Chinese coast guard ships would shadow them, block them and sometimes hit them with water cannon"
s_board = "China Coast Guard personnel armed with knives, axes and spears rammed and boarded two Philippine Navy inflatable boats, seized seven rifles and punctured the vessels"
s_ccg = 'The China Coast Guard said it had taken "necessary control measures" against vessels that had "illegally intruded" into waters near Ren\'ai Jiao'
s_lin = 'foreign ministry spokesman Lin Jian insisted that the Philippines bore "full responsibility" for the confrontation'
s_teo = 'Defence Secretary Gilberto Teodoro called the boarding an act of "aggression" but stopped short of describing it as an armed attack'
s_mdt = "could invoke the 1951 Mutual Defense Treaty with the United States"
s_marcos = 'President Ferdinand Marcos Jr, speaking to troops in Palawan on Sunday, said the Philippines would not be intimidated but was "not in the business to instigate wars"'
s_brawner = "Armed forces chief General Romeo Brawner Jr was blunter, demanding that China return the rifles and pay for the damage."
s_swing = "since he swung his country back towards Washington after the China-friendly presidency of Rodrigo Duterte"
s_edca = "He has granted US forces access to four additional Philippine bases under the Enhanced Defense Cooperation Agreement"
s_bal = "the two allies staged their largest Balikatan exercises in April, with Australian and French forces also taking part"
s_miller = 'State Department spokesman Matthew Miller said the United States condemned China\'s "aggressive and irresponsible actions"'
s_sull = "national security adviser Jake Sullivan telephoned his Philippine counterpart Eduardo Ano to reaffirm that the treaty covers armed attacks on Philippine armed forces, public vessels and aircraft, including those of its coast guard, anywhere in the South China Sea"
s_raa = "Japan, which is finalising a Reciprocal Access Agreement that would let its troops train in the Philippines, said it was seriously concerned"
s_endo = 'its ambassador in Manila, Kazuya Endo, wrote on social media that Tokyo opposed "dangerous and coercive actions"'
s_euau = "The European Union and Australia also voiced concern."
s_koh = (
    "said Dr Collin Koh, a senior fellow at the S. Rajaratnam School of International Studies in Singapore"
)
s_koh2 = '"Beijing is probing for the threshold,"'
s_laz = "Foreign Affairs Undersecretary Theresa Lazaro will host Chinese Vice Foreign Minister Chen Xiaodong in Manila early next month for a round of the bilateral consultation mechanism on the South China Sea"
s_hague = "which an arbitral tribunal in The Hague rejected in 2016 in a case brought by Manila"
s_refuse = "China has refused to recognise that ruling"
s_reg = "its coast guard now operates under a new regulation, in force since June 15, that allows it to detain foreigners suspected of trespassing for up to 60 days"
s_teo2 = '"We will not allow anybody to stop us from performing our duties," Mr Teodoro told reporters on Thursday.'

evs = [
    ("China", "COERCE", "Philippines", True, s_routine, "shadowing, blocking resupply boats"),
    ("China", "ASSAULT", "Philippines", False, s_routine, "water cannon"),
    ("China", "ASSAULT", "Philippines", True, s_board, "rammed and boarded, sailor lost thumb"),
    ("China", "COERCE", "Philippines", True, s_board, "seized seven rifles"),
    ("China", "ACCUSE", "Philippines", True, s_ccg, "illegal intrusion"),
    ("China", "COERCE", "Philippines", False, s_ccg, "control measures"),
    ("Lin Jian", "ACCUSE", "Philippines", True, s_lin),
    ("Lin Jian", "ROLE", "China", True, s_lin, "foreign ministry spokesman"),
    ("Gilberto Teodoro", "ACCUSE", "China", True, s_teo, "aggression"),
    ("Gilberto Teodoro", "ROLE", "Philippines", True, s_teo, "Defence Secretary"),
    ("Philippines", "ALLY", "United States", True, s_mdt, "1951 Mutual Defense Treaty"),
    ("Ferdinand Marcos Jr", "ROLE", "Philippines", True, s_marcos, "President"),
    ("Ferdinand Marcos Jr", "REJECT", "China", False, s_marcos, "will not be intimidated"),
    ("Romeo Brawner Jr", "REQUEST", "China", True, s_brawner, "return rifles, pay damages"),
    ("Romeo Brawner Jr", "ROLE", "Philippines", True, s_brawner, "Armed forces chief"),
    ("Philippines", "ALLY", "United States", False, s_swing, "swung back towards Washington"),
    ("Rodrigo Duterte", "ROLE", "Philippines", False, s_swing, "president (former)"),
    ("Ferdinand Marcos Jr", "COOPERATE", "United States", True, s_edca, "base access under EDCA"),
    ("Philippines", "COOPERATE", "United States", False, s_edca),
    ("Philippines", "COOPERATE", "United States", True, s_bal, "Balikatan"),
    ("Philippines", "COOPERATE", "Australia", True, s_bal, "Balikatan"),
    ("Philippines", "COOPERATE", "France", True, s_bal, "Balikatan"),
    ("United States", "COOPERATE", "Australia", True, s_bal, "Balikatan"),
    ("United States", "COOPERATE", "France", True, s_bal, "Balikatan"),
    ("Australia", "COOPERATE", "France", True, s_bal, "Balikatan"),
    ("Philippines", "ALLY", "United States", True, s_bal, "the two allies"),
    ("Matthew Miller", "ACCUSE", "China", True, s_miller),
    ("United States", "ACCUSE", "China", False, s_miller),
    ("Matthew Miller", "ROLE", "United States", True, s_miller, "State Department spokesman"),
    ("Jake Sullivan", "CONSULT", "Eduardo Ano", True, s_sull, "phone call"),
    ("Jake Sullivan", "SUPPORT", "Philippines", True, s_sull, "treaty commitment reaffirmed"),
    ("Jake Sullivan", "ROLE", "United States", True, s_sull, "national security adviser"),
    ("Eduardo Ano", "ROLE", "Philippines", True, s_sull, "national security adviser (counterpart)"),
    ("Japan", "CONSULT", "Philippines", True, s_raa, "negotiating Reciprocal Access Agreement"),
    ("Japan", "AGREE", "Philippines", False, s_raa),
    ("Japan", "COOPERATE", "Philippines", False, s_raa),
    ("Japan", "ACCUSE", "China", False, s_raa, "seriously concerned"),
    ("Kazuya Endo", "ACCUSE", "China", True, s_endo),
    ("Japan", "ACCUSE", "China", False, s_endo),
    ("Kazuya Endo", "ROLE", "Japan", True, s_endo, "ambassador in Manila"),
    ("European Union", "ACCUSE", "China", False, s_euau, "voiced concern"),
    ("Australia", "ACCUSE", "China", False, s_euau, "voiced concern"),
    ("Collin Koh", "ROLE", "S. Rajaratnam School of International Studies", True, s_koh, "senior fellow"),
    ("Theresa Lazaro", "CONSULT", "Chen Xiaodong", False, s_laz, "planned bilateral consultation mechanism"),
    ("Philippines", "CONSULT", "China", False, s_laz),
    ("Theresa Lazaro", "ROLE", "Philippines", True, s_laz, "Foreign Affairs Undersecretary"),
    ("Chen Xiaodong", "ROLE", "China", True, s_laz, "Vice Foreign Minister"),
    ("Philippines", "ACCUSE", "China", False, s_hague, "arbitration case"),
    ("China", "REJECT", "Philippines", False, s_refuse, "refuses to recognise 2016 ruling"),
    ("China", "THREATEN", "Philippines", False, s_reg, "detention regulation"),
    ("Gilberto Teodoro", "REJECT", "China", False, s_teo2),
]

build("philippines_china_shoal", "2024-06-22", ents, evs)
