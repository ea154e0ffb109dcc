from lib import E, build

DRC = "Democratic Republic of the Congo"
ents = [
    E(DRC, "Country", ["the Democratic Republic of Congo", "Congo", "the Congo", "Kinshasa", "Congolese"]),
    E("Rwanda", "Country", ["Kigali", "Rwandan"]),
    E(
        "United States",
        "Country",
        ["the United States", "Washington", "American", "the US", "the State Department", "US"],
    ),
    E("Qatar", "Country", ["Qatari", "Qatari officials"]),
    E("Belgium", "Country", ["Brussels", "Belgian"], None, "Q31"),
    E("Togo", "Country", [], None, "Q945"),
    E("Kenya", "Country", [], None, "Q114"),
    E("European Union", "IGO", ["the European Union", "the EU"]),
    E("United Nations", "IGO", ["UN", "the UN", "UN experts"]),
    E("African Union", "IGO", ["The African Union"]),
    E("M23", "Organization", ["the M23", "the Rwanda-backed rebel group", "the rebels"]),
    E("FDLR", "Organization", ["the FDLR"]),
    E("Marco Rubio", "Person", ["Secretary of State Marco Rubio"], "United States", "Q324546"),
    E("Therese Kayikwamba Wagner", "Person", ["Kayikwamba Wagner", "Congo's Therese Kayikwamba Wagner"], DRC),
    E("Olivier Nduhungirehe", "Person", ["Nduhungirehe", "Rwanda's Olivier Nduhungirehe"], "Rwanda"),
    E("Donald Trump", "Person", ["President Donald Trump", "Trump"], "United States", "Q22686"),
    E("Lawrence Kanyuka", "Person", [], "M23"),
    E("Tamim bin Hamad Al Thani", "Person", ["Sheikh Tamim bin Hamad Al Thani"], "Qatar"),
    E("Felix Tshisekedi", "Person", ["President Felix Tshisekedi", "Tshisekedi"], DRC),
    E("Paul Kagame", "Person", ["President Paul Kagame", "Kagame"], "Rwanda"),
    E("Massad Boulos", "Person", [], "United States"),
    E("James Kabarebe", "Person", [], "Rwanda"),
    E("Joseph Kabila", "Person", ["the former president Joseph Kabila"]),
    E("Faure Gnassingbe", "Person", ["Togo's President Faure Gnassingbe"], "Togo"),
    E("Ngozi Adebayo", "Person", []),
    E("Semafor Africa", "Organization", []),
    E("X", "Organization", []),
    E("Goma", "Location"),
    E("Bukavu", "Location"),
    E("Doha", "Location"),
    E("Oval Office", "Location", ["the Oval Office"]),
    E("eastern Congo", "Location"),
    E("Lagos", "Location"),
]

s_sign = 'The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement at the State Department on Friday, in a ceremony that Secretary of State Marco Rubio called "an important moment after 30 years of war."'
s_oval = "Congo's Therese Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe later joined President Donald Trump in the Oval Office"
s_min = 'where Trump praised the deal and told reporters that the United States would be "getting a lot of the mineral rights from the Congo" as part of it'
s_text = (
    "The text commits both countries to respect each other's territorial integrity and to halt hostilities."
)
s_lift = 'Rwanda is to lift what it calls its "defensive measures" - diplomatic language for the thousands of troops that UN experts say it has deployed in eastern Congo'
s_fdlr = 'while Kinshasa has pledged to "neutralise" the FDLR, a militia founded by Hutu extremists linked to the 1994 genocide, which Kigali regards as an existential threat'
s_m23 = "The deal does not include the M23, the Rwanda-backed rebel group that seized Goma in January and Bukavu in February."
s_doha = "Its leaders have been negotiating separately with Kinshasa in Doha, under Qatari mediation, and say they will not be bound by an agreement signed without them."
s_kan = "Lawrence Kanyuka, the group's spokesman, wrote on X"
s_emir = "Qatar's Emir, Sheikh Tamim bin Hamad Al Thani, brokered a surprise meeting between President Felix Tshisekedi and President Paul Kagame in March"
s_push = (
    "Qatari officials are pushing for a declaration of principles between Kinshasa and the M23 within weeks"
)
s_boulos = "Washington's point man is Massad Boulos, Trump's senior adviser for Africa, who shuttled between Kinshasa and Kigali in April"
s_invest = "American investment in Congolese cobalt, copper and lithium in exchange for security guarantees"
s_offer = "Tshisekedi had offered the US a minerals partnership in February."
s_deny = "Kagame has always denied supporting the M23, and Kigali insists its forces are only protecting Rwanda's border."
s_kab = "In February, the US sanctioned Rwanda's minister for regional integration, James Kabarebe, accusing him of coordinating support for the rebels"
s_eu = "the European Union followed with sanctions on several Rwandan officers in March"
s_bel = "When Belgium pushed the EU to act, Rwanda cut diplomatic ties with Brussels and gave Belgian diplomats 48 hours to leave."
s_kabila = "But opposition figures, including the former president Joseph Kabila, accused Tshisekedi of trading the country's mineral wealth for Washington's protection."
s_tdeny = "Tshisekedi has denied that."
s_ndu = "Nduhungirehe, a sharp-tongued former ambassador, struck a warier note at the signing, warning that past deals had collapsed because Kinshasa failed to act against the FDLR."
s_ndu2 = '"The only way forward is the full implementation of what we have signed."'
s_next = "Tshisekedi and Kagame are expected to travel to Washington in the coming weeks to sign a broader economic framework in front of Trump, though no date has been set."
s_au = "The African Union, which had appointed Togo's President Faure Gnassingbe as its mediator in April, welcomed the deal and said it would support the joint mechanism."

W, N = "Therese Kayikwamba Wagner", "Olivier Nduhungirehe"
evs = [
    (DRC, "AGREE", "Rwanda", True, s_sign, "Washington peace agreement"),
    (W, "AGREE", N, False, s_sign),
    ("United States", "CONSULT", DRC, False, s_sign, "signing hosted at State Department"),
    ("United States", "CONSULT", "Rwanda", False, s_sign),
    ("Marco Rubio", "ROLE", "United States", True, s_sign, "Secretary of State"),
    ("Marco Rubio", "SUPPORT", DRC, False, s_sign, "praised the deal"),
    ("Marco Rubio", "SUPPORT", "Rwanda", False, s_sign),
    ("Donald Trump", "CONSULT", W, True, s_oval, "Oval Office meeting"),
    ("Donald Trump", "CONSULT", N, True, s_oval),
    (W, "CONSULT", N, True, s_oval),
    (W, "ROLE", DRC, True, s_sign, "foreign minister"),
    (N, "ROLE", "Rwanda", True, s_sign, "foreign minister"),
    ("Donald Trump", "ROLE", "United States", True, s_oval, "President"),
    ("Donald Trump", "SUPPORT", DRC, False, s_min, "praised the deal"),
    ("Donald Trump", "SUPPORT", "Rwanda", False, s_min),
    ("United States", "COOPERATE", DRC, False, s_min, "mineral rights"),
    (DRC, "AGREE", "Rwanda", True, s_text, "territorial integrity, halt hostilities"),
    ("Rwanda", "RETREAT", DRC, False, s_lift, "to lift defensive measures (future)"),
    ("United Nations", "ACCUSE", "Rwanda", True, s_lift, "UN experts: troops deployed in eastern Congo"),
    ("Rwanda", "MOBILIZE", DRC, False, s_lift, "troops in eastern Congo (alleged)"),
    (DRC, "THREATEN", "FDLR", False, s_fdlr, "pledge to neutralise"),
    (DRC, "AGREE", "Rwanda", False, s_fdlr, "pledge on FDLR"),
    ("Rwanda", "ACCUSE", "FDLR", False, s_fdlr, "existential threat"),
    ("Rwanda", "AID", "M23", False, s_m23, "Rwanda-backed"),
    ("Rwanda", "SUPPORT", "M23", False, s_m23),
    ("M23", "ASSAULT", DRC, True, s_m23, "seized Goma and Bukavu"),
    ("M23", "COERCE", DRC, False, s_m23, "seized territory"),
    ("M23", "CONSULT", DRC, True, s_doha, "Doha talks"),
    ("Qatar", "CONSULT", DRC, True, s_doha, "Qatari mediation"),
    ("Qatar", "CONSULT", "M23", True, s_doha, "Qatari mediation"),
    ("M23", "REJECT", DRC, False, s_doha, "not bound by the accord"),
    ("M23", "REJECT", "Rwanda", False, s_doha),
    ("Lawrence Kanyuka", "ROLE", "M23", True, s_kan, "spokesman"),
    ("Felix Tshisekedi", "CONSULT", "Paul Kagame", True, s_emir, "Doha meeting in March"),
    ("Tamim bin Hamad Al Thani", "CONSULT", "Felix Tshisekedi", True, s_emir, "brokered meeting"),
    ("Tamim bin Hamad Al Thani", "CONSULT", "Paul Kagame", True, s_emir, "brokered meeting"),
    ("Tamim bin Hamad Al Thani", "ROLE", "Qatar", True, s_emir, "Emir"),
    ("Felix Tshisekedi", "ROLE", DRC, True, s_emir, "President"),
    ("Paul Kagame", "ROLE", "Rwanda", True, s_emir, "President"),
    ("Qatar", "REQUEST", DRC, False, s_push, "pushing for declaration of principles"),
    ("Qatar", "REQUEST", "M23", False, s_push),
    ("Massad Boulos", "CONSULT", DRC, True, s_boulos, "shuttle diplomacy"),
    ("Massad Boulos", "CONSULT", "Rwanda", True, s_boulos, "shuttle diplomacy"),
    ("Massad Boulos", "ROLE", "United States", True, s_boulos, "senior adviser for Africa"),
    ("United States", "COOPERATE", DRC, False, s_invest, "minerals-for-security logic"),
    ("Felix Tshisekedi", "AGREE", "United States", True, s_offer, "offered minerals partnership"),
    ("Paul Kagame", "REJECT", DRC, False, s_deny, "denies supporting M23"),
    ("United States", "SANCTION", "James Kabarebe", True, s_kab),
    ("United States", "ACCUSE", "James Kabarebe", True, s_kab, "coordinating support for rebels"),
    ("United States", "SANCTION", "Rwanda", False, s_kab),
    ("James Kabarebe", "ROLE", "Rwanda", True, s_kab, "minister for regional integration"),
    ("James Kabarebe", "AID", "M23", False, s_kab, "alleged"),
    ("European Union", "SANCTION", "Rwanda", True, s_eu, "sanctions on Rwandan officers"),
    ("Belgium", "REQUEST", "European Union", True, s_bel, "pushed EU to act"),
    ("Rwanda", "SANCTION", "Belgium", True, s_bel, "ties cut, diplomats expelled"),
    ("Joseph Kabila", "ACCUSE", "Felix Tshisekedi", True, s_kabila),
    ("Joseph Kabila", "ROLE", DRC, True, s_kabila, "former president"),
    ("Felix Tshisekedi", "REJECT", "Joseph Kabila", False, s_tdeny),
    (N, "ACCUSE", DRC, True, s_ndu, "failed to act against FDLR"),
    (N, "REQUEST", DRC, False, s_ndu2, "full implementation"),
    ("Felix Tshisekedi", "AGREE", "Paul Kagame", False, s_next, "expected signing"),
    ("Donald Trump", "CONSULT", "Felix Tshisekedi", False, s_next),
    ("Donald Trump", "CONSULT", "Paul Kagame", False, s_next),
    ("Faure Gnassingbe", "ROLE", "Togo", True, s_au, "President"),
    ("Faure Gnassingbe", "ROLE", "African Union", True, s_au, "mediator"),
    ("African Union", "SUPPORT", DRC, False, s_au, "welcomed the deal"),
    ("African Union", "SUPPORT", "Rwanda", False, s_au),
    ("African Union", "CONSULT", DRC, False, s_au, "mediation"),
    ("African Union", "CONSULT", "Rwanda", False, s_au),
]

build("drc_rwanda_washington", "2025-07-01", ents, evs)
