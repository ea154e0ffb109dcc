from lib import E, build

DRC = "Democratic Republic of the Congo"
ents = [
    E(
        "United States",
        "Country",
        [
            "the United States",
            "America",
            "American",
            "U.S.",
            "The Administration",
            "the U.S. Government",
            "The White House",
        ],
    ),
    E("Azerbaijan", "Country", ["the Republic of Azerbaijan"]),
    E("Armenia", "Country", ["the Republic of Armenia", "Armenian"]),
    E("Turkey", "Country", ["Turkiye"]),
    E(DRC, "Country", ["the Democratic Republic of the Congo"]),
    E("Rwanda", "Country"),
    E("India", "Country"),
    E("Pakistan", "Country"),
    E("European Union", "IGO", ["the European Union"]),
    E(
        "OSCE",
        "IGO",
        [
            "the Organization for Security and Co-operation in Europe",
            "Organization for Security and Co-operation in Europe",
        ],
    ),
    E("Minsk process", "Organization", ["the Minsk process"]),
    E("Donald Trump", "Person", ["President Donald J. Trump", "President Trump"], "United States", "Q22686"),
    E("Ilham Aliyev", "Person", ["President Ilham Aliyev", "President Aliyev"], "Azerbaijan"),
    E("Nikol Pashinyan", "Person", ["Prime Minister Nikol Pashinyan", "Prime Minister Pashinyan"], "Armenia"),
    E("Jeyhun Bayramov", "Person", ["Foreign Minister Jeyhun Bayramov"], "Azerbaijan"),
    E("Ararat Mirzoyan", "Person", ["Foreign Minister Ararat Mirzoyan"], "Armenia"),
    E("Marco Rubio", "Person", ["Secretary of State Marco Rubio"], "United States", "Q324546"),
    E("Steve Witkoff", "Person", ["Special Envoy Steve Witkoff"], "United States"),
    E("Recep Tayyip Erdogan", "Person", ["President Recep Tayyip Erdogan", "President Erdogan"], "Turkey"),
    E("Trump Route for International Peace and Prosperity", "Location", ["TRIPP"]),
    E("Nagorno-Karabakh", "Location"),
    E("Nakhchivan", "Location", ["its Nakhchivan exclave"]),
    E("Central Asia", "Location"),
    E("Caspian Sea", "Location", ["the Caspian Sea"]),
    E("Europe", "Location"),
    E("South Caucasus", "Location", ["the South Caucasus"]),
    E("Washington", "Location"),
    E("Abu Dhabi", "Location"),
]

s_host = "Today, President Donald J. Trump hosted President Ilham Aliyev of the Republic of Azerbaijan and Prime Minister Nikol Pashinyan of the Republic of Armenia at the White House"
s_sign = "where the three leaders signed a Joint Declaration that commits both nations to a lasting peace after more than three decades of war and hostility over Nagorno-Karabakh"
s_init = 'In the presence of the three leaders, Foreign Minister Jeyhun Bayramov of Azerbaijan and Foreign Minister Ararat Mirzoyan of Armenia initialed the agreed text of the "Agreement on the Establishment of Peace and Interstate Relations,"'
s_recog = "Under the agreement, Armenia and Azerbaijan recognize each other's sovereignty and territorial integrity, renounce territorial claims against one another, and pledge not to use force against each other."
s_third = "The two countries agreed to refrain from deploying third-country forces along their shared border."
s_osce = "Both leaders also agreed to submit a joint appeal to the Organization for Security and Co-operation in Europe (OSCE) to close the Minsk process and its related structures"
s_minsk = "which for nearly thirty years were tasked with mediating the conflict"
s_tripp = (
    "Armenia has agreed to work with the United States and mutually agreed third parties to develop the route"
)
s_inv = "American companies are expected to invest in rail, road, pipeline and fiber-optic infrastructure along the route"
s_bilat = "President Trump signed separate bilateral agreements with both countries to expand cooperation in energy, trade, technology and security."
s_charter = "The United States and Azerbaijan will begin work on a Charter on Strategic Partnership."
s_907 = "To advance that partnership, President Trump has waived Section 907 of the FREEDOM Support Act, removing a restriction on U.S. defense cooperation with Azerbaijan that has been in place since 1992."
s_mou = "The United States and Armenia signed memoranda of understanding on artificial intelligence, semiconductor supply chains and energy security"
s_help = "the U.S. Government will help Armenia diversify its energy supplies"
s_thank = '"I want to thank both leaders for having the courage to make peace."'
s_aliyev = 'President Aliyev called the summit "historic" and thanked President Trump for his "personal engagement," announcing that Azerbaijan and Armenia would jointly nominate him for the Nobel Peace Prize.'
s_pash = 'Prime Minister Pashinyan said the agreement "opens a new page" in the history of the South Caucasus'
s_talks = "The Declaration follows months of talks led by Secretary of State Marco Rubio and Special Envoy Steve Witkoff, including meetings with both foreign ministers in Washington and Abu Dhabi"
s_july = "where President Aliyev and Prime Minister Pashinyan met in July"
s_erd = "In a call with President Recep Tayyip Erdogan of Turkiye on Thursday, President Trump discussed the agreement"
s_erd2 = "President Erdogan welcomed the progress and expressed Turkiye's readiness to contribute to regional connectivity"
s_eu = "The Administration also welcomes the European Union's long-standing support for border delimitation between Armenia and Azerbaijan."
s_other = "President Trump has now brokered peace agreements between the Democratic Republic of the Congo and Rwanda, and between India and Pakistan, among others."

evs = [
    ("Donald Trump", "CONSULT", "Ilham Aliyev", True, s_host, "White House summit"),
    ("Donald Trump", "CONSULT", "Nikol Pashinyan", True, s_host),
    ("Ilham Aliyev", "CONSULT", "Nikol Pashinyan", True, s_host),
    ("Donald Trump", "ROLE", "United States", True, s_host, "President"),
    ("Ilham Aliyev", "ROLE", "Azerbaijan", True, s_host, "President"),
    ("Nikol Pashinyan", "ROLE", "Armenia", True, s_host, "Prime Minister"),
    ("Ilham Aliyev", "AGREE", "Nikol Pashinyan", True, s_sign, "Joint Declaration"),
    ("Donald Trump", "AGREE", "Ilham Aliyev", True, s_sign, "Joint Declaration"),
    ("Donald Trump", "AGREE", "Nikol Pashinyan", True, s_sign, "Joint Declaration"),
    ("Armenia", "AGREE", "Azerbaijan", False, s_sign),
    ("Armenia", "ASSAULT", "Azerbaijan", False, s_sign, "decades of war (background noun phrase)"),
    ("Azerbaijan", "ASSAULT", "Armenia", False, s_sign),
    ("Jeyhun Bayramov", "AGREE", "Ararat Mirzoyan", True, s_init, "peace agreement initialed"),
    ("Jeyhun Bayramov", "ROLE", "Azerbaijan", True, s_init, "Foreign Minister"),
    ("Ararat Mirzoyan", "ROLE", "Armenia", True, s_init, "Foreign Minister"),
    ("Armenia", "AGREE", "Azerbaijan", True, s_recog, "mutual recognition, no force"),
    ("Armenia", "CONCEDE", "Azerbaijan", False, s_recog, "renounce territorial claims"),
    ("Azerbaijan", "CONCEDE", "Armenia", False, s_recog, "renounce territorial claims"),
    ("Armenia", "AGREE", "Azerbaijan", True, s_third),
    ("Ilham Aliyev", "AGREE", "Nikol Pashinyan", True, s_osce),
    (
        "Ilham Aliyev",
        "REQUEST",
        "OSCE",
        False,
        s_osce,
        "joint appeal to close Minsk process (to be submitted)",
    ),
    ("Nikol Pashinyan", "REQUEST", "OSCE", False, s_osce),
    ("Minsk process", "CONSULT", "Armenia", False, s_minsk, "mediation mandate"),
    ("Minsk process", "CONSULT", "Azerbaijan", False, s_minsk),
    ("Armenia", "AGREE", "United States", True, s_tripp, "TRIPP development"),
    ("Armenia", "COOPERATE", "United States", False, s_tripp),
    ("United States", "COOPERATE", "Armenia", False, s_inv, "expected investment"),
    ("Donald Trump", "AGREE", "Azerbaijan", True, s_bilat, "bilateral agreements"),
    ("Donald Trump", "AGREE", "Armenia", True, s_bilat, "bilateral agreements"),
    ("United States", "AGREE", "Azerbaijan", True, s_charter, "Charter on Strategic Partnership work"),
    ("United States", "ALLY", "Azerbaijan", False, s_charter, "future strategic partnership"),
    ("Donald Trump", "CONCEDE", "Azerbaijan", True, s_907, "Section 907 waived"),
    ("Donald Trump", "COOPERATE", "Azerbaijan", False, s_907, "defense cooperation"),
    ("United States", "AGREE", "Armenia", True, s_mou, "MOUs"),
    ("United States", "AID", "Armenia", False, s_help, "energy diversification help (future)"),
    ("Donald Trump", "SUPPORT", "Ilham Aliyev", False, s_thank, "thanks"),
    ("Donald Trump", "SUPPORT", "Nikol Pashinyan", False, s_thank),
    ("Ilham Aliyev", "SUPPORT", "Donald Trump", True, s_aliyev, "thanked, Nobel nomination"),
    ("Azerbaijan", "SUPPORT", "Donald Trump", False, s_aliyev, "Nobel nomination"),
    ("Armenia", "SUPPORT", "Donald Trump", False, s_aliyev, "Nobel nomination"),
    ("Azerbaijan", "COOPERATE", "Armenia", False, s_aliyev, "joint nomination"),
    ("Marco Rubio", "CONSULT", "Jeyhun Bayramov", True, s_talks, "months of talks"),
    ("Marco Rubio", "CONSULT", "Ararat Mirzoyan", True, s_talks),
    ("Steve Witkoff", "CONSULT", "Jeyhun Bayramov", True, s_talks),
    ("Steve Witkoff", "CONSULT", "Ararat Mirzoyan", True, s_talks),
    ("Jeyhun Bayramov", "CONSULT", "Ararat Mirzoyan", True, s_talks),
    ("Marco Rubio", "ROLE", "United States", True, s_talks, "Secretary of State"),
    ("Steve Witkoff", "ROLE", "United States", True, s_talks, "Special Envoy"),
    ("Ilham Aliyev", "CONSULT", "Nikol Pashinyan", True, s_july, "Abu Dhabi meeting in July"),
    ("Donald Trump", "CONSULT", "Recep Tayyip Erdogan", True, s_erd, "phone call"),
    ("Recep Tayyip Erdogan", "ROLE", "Turkey", True, s_erd, "President"),
    ("Recep Tayyip Erdogan", "SUPPORT", "Armenia", False, s_erd2, "welcomed progress"),
    ("Recep Tayyip Erdogan", "SUPPORT", "Azerbaijan", False, s_erd2, "welcomed progress"),
    ("Recep Tayyip Erdogan", "AGREE", "United States", False, s_erd2, "readiness to contribute"),
    ("United States", "SUPPORT", "European Union", False, s_eu, "welcomes EU support"),
    ("European Union", "SUPPORT", "Armenia", False, s_eu, "border delimitation support"),
    ("European Union", "SUPPORT", "Azerbaijan", False, s_eu, "border delimitation support"),
    (DRC, "AGREE", "Rwanda", True, s_other, "peace agreement"),
    ("India", "AGREE", "Pakistan", True, s_other, "peace agreement (as claimed)"),
    ("Donald Trump", "CONSULT", DRC, False, s_other, "brokered"),
    ("Donald Trump", "CONSULT", "Rwanda", False, s_other, "brokered"),
    ("Donald Trump", "CONSULT", "India", False, s_other, "brokered"),
    ("Donald Trump", "CONSULT", "Pakistan", False, s_other, "brokered"),
]

build("armenia_azerbaijan_tripp", "2025-08-08", ents, evs)
