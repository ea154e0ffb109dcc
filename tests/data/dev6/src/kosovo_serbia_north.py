from lib import E, build

ents = [
    E("Kosovo", "Country", ["Pristina", "Kosovo police", "the Kosovo police", "Kurti's government"]),
    E(
        "Serbia",
        "Country",
        [
            "Belgrade",
            "Serbian",
            "the Serbian government's Office for Kosovo and Metohija",
            "the Serbian army",
        ],
    ),
    E("European Union", "IGO", ["The European Union", "EU", "Brussels", "The bloc"]),
    E("United Nations", "IGO", ["UN", "the United Nations"]),
    E("UN Security Council", "IGO", ["the UN Security Council", "the Security Council"], None, None),
    E("NATO", "IGO"),
    E("KFOR", "IGO", ["the NATO-led peacekeeping force", "NATO peacekeepers"], None, None),
    E("Russia", "Country"),
    E("China", "Country"),
    E("United States", "Country", ["Washington", "US", "the United States"]),
    E("Denmark", "Country", ["Danish"], None, "Q35"),
    E("Kosovo Serbs", "Organization", ["Serb protesters", "Serbs"]),
    E("Xhelal Svecla", "Person", ["Svecla", "Interior Minister Xhelal Svecla"], "Kosovo"),
    E("Petar Petkovic", "Person", [], "Serbia"),
    E("Albin Kurti", "Person", ["Kurti", "Prime Minister Albin Kurti"], "Kosovo"),
    E("Aleksandar Vucic", "Person", ["Vucic", "President Aleksandar Vucic"], "Serbia"),
    E("Marko Djuric", "Person", ["Foreign Minister Marko Djuric"], "Serbia"),
    E("Antony Blinken", "Person", ["US Secretary of State Antony Blinken"], "United States"),
    E("Anitta Hipper", "Person", ["EU foreign affairs spokeswoman Anitta Hipper"], "European Union"),
    E("Kaja Kallas", "Person", [], "European Union"),
    E("Peter Sorensen", "Person", [], "European Union"),
    E("Besa Krasniqi", "Person", []),
    E("Kosovar Centre for Security Studies", "Organization", ["the Kosovar Centre for Security Studies"]),
    E("BIRN", "Organization", []),
    E("Facebook", "Organization", []),
    E("Ardit Hoxha", "Person", []),
    E("North Mitrovica", "Location"),
    E("Zvecan", "Location"),
    E("Zubin Potok", "Location"),
    E("Leposavic", "Location"),
    E("Ferizaj", "Location"),
    E("Novi Sad", "Location"),
]

s_lead = 'Kosovo police on Wednesday closed ten Serbian-run institutions in four northern municipalities, including post offices and so-called "temporary authority" offices'
s_bel = "in a sweep that Belgrade denounced as an attempt to push Serbs out of the region"
s_bru = "and that Brussels criticised as uncoordinated"
s_seal = "Officers sealed buildings in North Mitrovica, Zvecan, Zubin Potok and Leposavic in the early morning and removed Serbian state insignia"
s_svecla = 'Interior Minister Xhelal Svecla said the offices had been operating illegally, paid for by Belgrade to keep "parallel structures" alive on Kosovo\'s territory.'
s_pet = 'The director of the Serbian government\'s Office for Kosovo and Metohija, Petar Petkovic, called the operation "a new act of violence against Serbs" and accused Prime Minister Albin Kurti of carrying out "ethnic cleansing by administrative means".'
s_vuc = 'President Aleksandar Vucic said Serbia would request an urgent session of the UN Security Council and would brief the European Union, Russia and China on what he called "the persecution of our people".'
s_calm = 'He urged Kosovo Serbs to stay calm and not to fall for "provocations".'
s_djur = 'Foreign Minister Marko Djuric said he had raised the closures with US Secretary of State Antony Blinken by telephone and had asked Washington to "restrain" Pristina.'
s_north = "where Serbia has funded schools, hospitals and local offices since the 1998-99 war"
s_ban = "Last year Pristina banned cash payments in Serbian dinars and shut down several Serbian-run municipal offices, moves that Belgrade said cut off thousands of people from pensions and welfare."
s_med = 'The European Union, which has mediated the dialogue between Belgrade and Pristina since 2011, said the action was "unilateral and uncoordinated".'
s_hip = 'EU foreign affairs spokeswoman Anitta Hipper said Pristina should "refrain from steps that raise tensions" and return to the dialogue to settle the future of the institutions.'
s_kurti = "Kurti, who faces voters in parliamentary elections on February 9, brushed off the criticism."
s_kurti2 = '"Kosovo does not need anyone\'s permission to enforce its own laws," he told a campaign rally in Ferizaj on Wednesday evening.'
s_meas = "Brussels has kept punitive measures on Kosovo since June 2023"
s_riot = "sparking riots in which Serb protesters injured more than 90 NATO peacekeepers"
s_freeze = "The measures froze high-level visits and held back EU funding worth around 150 million euros."
s_kallas = "The bloc's new foreign policy chief, Kaja Kallas, said in December that she was ready to lift the measures gradually if Pristina took steps to de-escalate."
s_sor = "Peter Sorensen, the Danish diplomat who took over this month as the EU's special representative for the dialogue, is expected to visit Belgrade and Pristina next week."
s_kfor = 'KFOR, the NATO-led peacekeeping force, said it had stepped up patrols in the north and was in "close contact" with the Kosovo police as well as with the Serbian army.'
s_recog = "Serbia has never recognised Kosovo's 2008 declaration of independence"
s_rely = "relies on Russia and China, both permanent members of the Security Council, to keep its former province out of the United Nations"
s_us = "Kosovo is recognised by more than 100 countries, including the United States and all but five EU member states."
s_kras = "said Besa Krasniqi, a researcher at the Kosovar Centre for Security Studies"

evs = [
    ("Kosovo", "COERCE", "Serbia", True, s_lead, "closure of ten Serbian-run institutions"),
    ("Kosovo", "SANCTION", "Serbia", False, s_lead),
    ("Kosovo", "COERCE", "Serbia", False, s_seal),
    ("Serbia", "ACCUSE", "Kosovo", True, s_bel),
    ("European Union", "ACCUSE", "Kosovo", True, s_bru),
    ("Xhelal Svecla", "ACCUSE", "Serbia", True, s_svecla, "parallel structures"),
    ("Xhelal Svecla", "ROLE", "Kosovo", True, s_svecla, "Interior Minister"),
    ("Petar Petkovic", "ACCUSE", "Albin Kurti", True, s_pet, "ethnic cleansing by administrative means"),
    ("Petar Petkovic", "ACCUSE", "Kosovo", False, s_pet),
    ("Petar Petkovic", "ROLE", "Serbia", True, s_pet, "director of the Office for Kosovo and Metohija"),
    ("Albin Kurti", "ROLE", "Kosovo", True, s_pet, "Prime Minister"),
    ("Aleksandar Vucic", "REQUEST", "UN Security Council", True, s_vuc, "urgent session"),
    ("Aleksandar Vucic", "CONSULT", "European Union", False, s_vuc, "will brief"),
    ("Aleksandar Vucic", "CONSULT", "Russia", False, s_vuc, "will brief"),
    ("Aleksandar Vucic", "CONSULT", "China", False, s_vuc, "will brief"),
    ("Aleksandar Vucic", "ACCUSE", "Kosovo", True, s_vuc, "persecution of our people"),
    ("Aleksandar Vucic", "ROLE", "Serbia", True, s_vuc, "President"),
    ("Aleksandar Vucic", "REQUEST", "Kosovo Serbs", False, s_calm),
    ("Marko Djuric", "CONSULT", "Antony Blinken", True, s_djur, "phone call"),
    ("Marko Djuric", "REQUEST", "United States", True, s_djur, "restrain Pristina"),
    ("Marko Djuric", "ROLE", "Serbia", True, s_djur, "Foreign Minister"),
    ("Antony Blinken", "ROLE", "United States", True, s_djur, "Secretary of State"),
    ("Serbia", "AID", "Kosovo Serbs", False, s_north),
    ("Kosovo", "COERCE", "Serbia", True, s_ban, "dinar ban, offices shut"),
    ("Kosovo", "SANCTION", "Serbia", False, s_ban),
    ("Serbia", "ACCUSE", "Kosovo", True, s_ban),
    ("European Union", "CONSULT", "Serbia", True, s_med, "EU-mediated dialogue"),
    ("European Union", "CONSULT", "Kosovo", True, s_med, "EU-mediated dialogue"),
    ("Serbia", "CONSULT", "Kosovo", True, s_med, "Belgrade-Pristina dialogue"),
    ("European Union", "ACCUSE", "Kosovo", True, s_med, "unilateral and uncoordinated"),
    ("Anitta Hipper", "REQUEST", "Kosovo", True, s_hip, "refrain, return to dialogue"),
    ("European Union", "REQUEST", "Kosovo", False, s_hip),
    ("Anitta Hipper", "ROLE", "European Union", True, s_hip, "foreign affairs spokeswoman"),
    ("Albin Kurti", "REJECT", "European Union", False, s_kurti, "brushed off criticism"),
    ("Albin Kurti", "REJECT", "European Union", False, s_kurti2),
    ("European Union", "SANCTION", "Kosovo", True, s_meas, "punitive measures since June 2023"),
    ("European Union", "SANCTION", "Kosovo", True, s_freeze, "visits frozen, ~150m euros withheld"),
    ("Kosovo Serbs", "ASSAULT", "KFOR", True, s_riot, "90+ peacekeepers injured"),
    ("Kaja Kallas", "CONCEDE", "Kosovo", False, s_kallas, "conditional lifting of measures"),
    ("Kaja Kallas", "REQUEST", "Kosovo", False, s_kallas, "de-escalate"),
    ("Kaja Kallas", "ROLE", "European Union", True, s_kallas, "foreign policy chief"),
    ("Peter Sorensen", "ROLE", "European Union", True, s_sor, "special representative for the dialogue"),
    ("Peter Sorensen", "CONSULT", "Serbia", False, s_sor, "expected visit"),
    ("Peter Sorensen", "CONSULT", "Kosovo", False, s_sor, "expected visit"),
    ("KFOR", "CONSULT", "Kosovo", True, s_kfor, "close contact"),
    ("KFOR", "CONSULT", "Serbia", True, s_kfor, "close contact"),
    ("Serbia", "REJECT", "Kosovo", True, s_recog, "non-recognition of independence"),
    ("Russia", "SUPPORT", "Serbia", True, s_rely, "block Kosovo's UN membership"),
    ("China", "SUPPORT", "Serbia", True, s_rely, "block Kosovo's UN membership"),
    ("Russia", "REJECT", "Kosovo", False, s_rely),
    ("China", "REJECT", "Kosovo", False, s_rely),
    ("Russia", "MEMBER_OF", "UN Security Council", True, s_rely, "permanent member"),
    ("China", "MEMBER_OF", "UN Security Council", True, s_rely, "permanent member"),
    ("United States", "SUPPORT", "Kosovo", True, s_us, "recognition"),
    ("Besa Krasniqi", "ROLE", "Kosovar Centre for Security Studies", True, s_kras, "researcher"),
]

build("kosovo_serbia_north", "2025-01-16", ents, evs)
