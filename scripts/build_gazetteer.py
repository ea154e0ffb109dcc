#!/usr/bin/env python3
"""Build ``kg/data/gazetteer/countries.json`` and ``igos.json`` from hand tables + pycountry.

The hand tables (``scripts/gazetteer_countries.tsv`` and ``IGOS`` below) hold what ISO 3166
does not: Wikidata QIDs, common names, demonyms, capitals and government metonyms. pycountry
(ISO 3166-1, Debian iso-codes) supplies alpha-2/alpha-3 codes and official names. The output is
committed; rerun after editing a table::

    /work/venv/bin/python scripts/build_gazetteer.py

Sources: Wikidata (QIDs), ISO 3166-1 via pycountry, the UN member list (un.org/en/about-us/member-states),
general reference knowledge for demonyms, capitals and membership (as of mid-2025).
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg" / "data" / "gazetteer"
TSV = Path(__file__).resolve().parent / "gazetteer_countries.tsv"
VERSION = "2025-06 knowledge; built 2026-11-25"

#: Non-members with UN observer status, and widely reported entities that are neither.
UN_STATUS = {
    "VAT": "observer",
    "PSE": "observer",
    "TWN": "other",
    "XKX": "other",
    "GRL": "territory",
    "COK": "territory",
    "NIU": "territory",
}
#: Rows without an ISO 3166 code: states with limited or no recognition, keyed by label.
NO_ISO = {"Somaliland": "other"}
#: "<form of government> of <name>" ("the Republic of Rwanda", "the Federal Republic of Somalia"):
#: a formal name that the gazetteer resolves to the state it names when no row lists it.
STATE_FORMS = {
    "forms": [
        "republic",
        "kingdom",
        "federation",
        "principality",
        "sultanate",
        "emirate",
        "grand duchy",
        "commonwealth",
        "union",
        "state",
    ],
    "qualifiers": [
        "federal",
        "democratic",
        "socialist",
        "islamic",
        "united",
        "peoples",
        "arab",
        "cooperative",
        "plurinational",
        "bolivarian",
        "hashemite",
        "independent",
        "sovereign",
        "oriental",
    ],
}
#: Demonyms shared by two states resolve to the one named here.
DEMONYM_OWNER = {"Congolese": "COD", "Dominican": "DOM", "US": "USA", "U.S.": "USA", "UK": "GBR"}

AFRICA = (
    "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ ERI SWZ ETH GAB GMB GHA GIN GNB KEN "
    "LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE SOM ZAF SSD SDN TZA TGO TUN "
    "UGA ZMB ZWE"
)
EU = "AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD POL PRT ROU SVK SVN ESP SWE"
NATO = (
    "ALB BEL BGR CAN HRV CZE DNK EST FIN FRA DEU GRC HUN ISL ITA LVA LTU LUX MNE NLD MKD NOR POL PRT ROU "
    "SVK SVN ESP SWE TUR GBR USA"
)
OPEC = "DZA COG GNQ GAB IRN IRQ KWT LBY NGA SAU ARE VEN"
OSCE = (
    "ALB AND ARM AUT AZE BLR BEL BIH BGR CAN HRV CYP CZE DNK EST FIN FRA GEO DEU GRC VAT HUN ISL IRL ITA KAZ "
    "KGZ LVA LIE LTU LUX MLT MDA MCO MNG MNE NLD MKD NOR POL PRT ROU RUS SMR SRB SVK SVN ESP SWE CHE TJK TUR "
    "TKM UKR GBR USA UZB"
)

# label, QID (only when sure), abbreviations/aliases, subtype, members (ISO3, space separated; "UN" = all UN members)
IGOS: list[tuple[str, str | None, list[str], str, str]] = [
    ("United Nations", "Q1065", ["UN", "U.N.", "the UN", "the United Nations"], "IGO", "UN"),
    (
        "United Nations Security Council",
        "Q37470",
        ["UN Security Council", "U.N. Security Council", "UNSC", "Security Council"],
        "IGOBody",
        "CHN FRA RUS GBR USA",
    ),
    (
        "United Nations General Assembly",
        None,
        ["UN General Assembly", "U.N. General Assembly", "UNGA", "General Assembly"],
        "IGOBody",
        "UN",
    ),
    (
        "United Nations Human Rights Council",
        None,
        ["UN Human Rights Council", "UNHRC", "Human Rights Council"],
        "IGOBody",
        "",
    ),
    (
        "UNHCR",
        None,
        [
            "UN refugee agency",
            "U.N. refugee agency",
            "Office of the United Nations High Commissioner for Refugees",
        ],
        "IGOBody",
        "",
    ),
    ("UNICEF", "Q740308", ["United Nations Children's Fund", "UN children's agency"], "IGOBody", ""),
    ("World Food Programme", None, ["WFP", "World Food Program"], "IGOBody", ""),
    ("UNRWA", None, ["United Nations Relief and Works Agency", "UN Relief and Works Agency"], "IGOBody", ""),
    (
        "North Atlantic Treaty Organization",
        "Q7184",
        ["NATO", "Nato", "the Atlantic alliance", "North Atlantic Alliance"],
        "Alliance",
        NATO,
    ),
    ("European Union", "Q458", ["EU", "E.U.", "the EU", "the European Union"], "IGO", EU),
    ("European Commission", "Q8880", ["EU Commission"], "IGOBody", ""),
    ("European Parliament", "Q8889", ["EU Parliament"], "IGOBody", ""),
    ("European Council", None, [], "IGOBody", ""),
    ("Council of the European Union", None, ["EU Council"], "IGOBody", ""),
    ("African Union", "Q7159", ["AU", "the African Union"], "IGO", AFRICA),
    (
        "Association of Southeast Asian Nations",
        "Q7768",
        ["ASEAN", "Asean"],
        "IGO",
        "BRN KHM IDN LAO MYS MMR PHL SGP THA VNM",
    ),
    ("BRICS", None, ["Brics", "BRICS group", "BRICS+"], "IGO", "BRA RUS IND CHN ZAF EGY ETH IRN ARE IDN"),
    (
        "Shanghai Cooperation Organisation",
        None,
        ["SCO", "Shanghai Cooperation Organization"],
        "IGO",
        "CHN RUS KAZ KGZ TJK UZB IND PAK IRN BLR",
    ),
    ("Group of Seven", None, ["G7", "G-7", "Group of 7"], "IGO", "CAN FRA DEU ITA JPN GBR USA"),
    (
        "Group of Twenty",
        "Q19771",
        ["G20", "G-20", "Group of 20"],
        "IGO",
        "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN MEX RUS SAU ZAF KOR TUR GBR USA",
    ),
    ("Organization of the Petroleum Exporting Countries", "Q7795", ["OPEC", "Opec"], "IGO", OPEC),
    ("OPEC+", None, ["OPEC Plus", "Opec+"], "IGO", OPEC + " AZE BHR BRN KAZ MYS MEX OMN RUS SDN SSD"),
    (
        "Arab League",
        "Q7172",
        ["League of Arab States", "the Arab League"],
        "IGO",
        "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM",
    ),
    (
        "Gulf Cooperation Council",
        None,
        ["GCC", "Cooperation Council for the Arab States of the Gulf"],
        "IGO",
        "BHR KWT OMN QAT SAU ARE",
    ),
    (
        "Economic Community of West African States",
        "Q161549",
        ["ECOWAS", "Ecowas"],
        "IGO",
        "BEN CPV CIV GMB GHA GIN GNB LBR NGA SEN SLE TGO",
    ),
    ("Alliance of Sahel States", None, ["AES", "Confederation of Sahel States"], "Alliance", "MLI BFA NER"),
    (
        "Organization of American States",
        "Q123759",
        ["OAS"],
        "IGO",
        "ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX PAN PRY PER KNA LCA VCT SUR TTO USA URY",
    ),
    (
        "Organization for Security and Co-operation in Europe",
        "Q81299",
        ["OSCE", "Organization for Security and Cooperation in Europe"],
        "IGO",
        OSCE,
    ),
    ("Collective Security Treaty Organization", None, ["CSTO"], "Alliance", "ARM BLR KAZ KGZ RUS TJK"),
    ("Commonwealth of Independent States", None, ["CIS"], "IGO", "ARM AZE BLR KAZ KGZ MDA RUS TJK UZB"),
    ("Eurasian Economic Union", None, ["EAEU", "EEU"], "IGO", "ARM BLR KAZ KGZ RUS"),
    (
        "International Atomic Energy Agency",
        None,
        ["IAEA", "UN nuclear watchdog", "U.N. nuclear watchdog"],
        "IGOBody",
        "",
    ),
    ("World Health Organization", "Q7817", ["WHO", "World Health Organisation"], "IGOBody", ""),
    ("International Monetary Fund", "Q7804", ["IMF"], "IGO", ""),
    ("World Bank", "Q7164", ["World Bank Group"], "IGO", ""),
    ("World Trade Organization", "Q7825", ["WTO", "World Trade Organisation"], "IGO", ""),
    ("International Criminal Court", "Q47488", ["ICC"], "IGO", ""),
    ("International Court of Justice", "Q7801", ["ICJ", "World Court"], "IGOBody", ""),
    ("Quadrilateral Security Dialogue", None, ["Quad", "the Quad"], "Alliance", "USA IND JPN AUS"),
    ("AUKUS", None, ["Aukus"], "Alliance", "AUS GBR USA"),
    ("Five Eyes", None, [], "Alliance", "USA GBR CAN AUS NZL"),
    ("Commonwealth of Nations", "Q7785", ["the Commonwealth"], "IGO", ""),
    ("Mercosur", None, ["Mercosul", "Southern Common Market"], "IGO", "ARG BRA PRY URY BOL"),
    ("Asia-Pacific Economic Cooperation", None, ["APEC"], "IGO", ""),
    (
        "Southern African Development Community",
        None,
        ["SADC"],
        "IGO",
        "AGO BWA COM COD SWZ LSO MDG MWI MUS MOZ NAM SYC ZAF TZA ZMB ZWE",
    ),
    ("Intergovernmental Authority on Development", None, ["IGAD"], "IGO", "DJI ERI ETH KEN SOM SSD SDN UGA"),
    ("East African Community", None, ["EAC"], "IGO", "BDI COD KEN RWA SOM SSD TZA UGA"),
    ("Organisation of Islamic Cooperation", None, ["OIC", "Organization of Islamic Cooperation"], "IGO", ""),
    ("Interpol", None, ["INTERPOL", "International Criminal Police Organization"], "IGO", ""),
    ("Council of Europe", None, [], "IGO", ""),
    ("Organisation for the Prohibition of Chemical Weapons", None, ["OPCW"], "IGO", ""),
    ("Organisation for Economic Co-operation and Development", None, ["OECD"], "IGO", ""),
    # informal groupings that news reports as one actor
    ("E3", None, ["E3 countries", "E3 group", "European trio"], "IGO", "FRA DEU GBR"),
    ("Visegrad Group", None, ["V4", "Visegrad Four"], "IGO", "CZE HUN POL SVK"),
    ("Joint Expeditionary Force", None, ["JEF"], "Alliance", "GBR DNK EST FIN ISL LVA LTU NLD NOR SWE"),
    # regional organizations
    (
        "Caribbean Community",
        None,
        ["CARICOM", "Caricom"],
        "IGO",
        "ATG BHS BRB BLZ DMA GRD GUY HTI JAM KNA LCA VCT SUR TTO",
    ),
    ("Community of Latin American and Caribbean States", None, ["CELAC"], "IGO", ""),
    ("Pacific Islands Forum", None, [], "IGO", ""),
    ("Arctic Council", None, [], "IGO", "CAN DNK FIN ISL NOR RUS SWE USA"),
    ("Nordic Council", None, [], "IGO", "DNK FIN ISL NOR SWE"),
    ("Council of the Baltic Sea States", None, ["CBSS"], "IGO", ""),
    ("European Free Trade Association", None, ["EFTA"], "IGO", "ISL LIE NOR CHE"),
    ("Organization of Turkic States", None, [], "IGO", "AZE KAZ KGZ TUR UZB"),
    (
        "South Asian Association for Regional Cooperation",
        None,
        ["SAARC"],
        "IGO",
        "AFG BGD BTN IND MDV NPL PAK LKA",
    ),
    (
        "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation",
        None,
        ["BIMSTEC"],
        "IGO",
        "BGD BTN IND MMR NPL LKA THA",
    ),
    ("Economic Community of Central African States", None, ["ECCAS"], "IGO", ""),
    ("Organisation internationale de la Francophonie", None, ["Francophonie", "La Francophonie"], "IGO", ""),
    ("Financial Action Task Force", None, ["FATF"], "IGO", ""),
    ("International Energy Agency", None, ["IEA"], "IGO", ""),
    # organs, agencies, courts and missions
    ("African Union Peace and Security Council", None, ["AU Peace and Security Council"], "IGOBody", ""),
    ("European External Action Service", None, ["EEAS"], "IGOBody", ""),
    ("Frontex", None, ["European Border and Coast Guard Agency"], "IGOBody", ""),
    ("Court of Justice of the European Union", None, ["CJEU", "European Court of Justice"], "IGOBody", ""),
    ("European Court of Human Rights", None, ["ECHR"], "IGOBody", ""),
    ("International Tribunal for the Law of the Sea", None, ["ITLOS"], "IGOBody", ""),
    ("Permanent Court of Arbitration", None, [], "IGOBody", ""),
    ("United Nations Development Programme", None, ["UNDP", "UN Development Programme"], "IGOBody", ""),
    ("UNESCO", None, ["United Nations Educational, Scientific and Cultural Organization"], "IGOBody", ""),
    (
        "Food and Agriculture Organization",
        None,
        ["FAO", "UN Food and Agriculture Organization"],
        "IGOBody",
        "",
    ),
    ("International Organization for Migration", None, ["IOM"], "IGOBody", ""),
    (
        "Office of the United Nations High Commissioner for Human Rights",
        None,
        ["OHCHR", "UN human rights office", "U.N. human rights office"],
        "IGOBody",
        "",
    ),
    (
        "United Nations Office for the Coordination of Humanitarian Affairs",
        None,
        ["OCHA", "UN humanitarian office", "U.N. humanitarian office"],
        "IGOBody",
        "",
    ),
    ("International Maritime Organization", None, [], "IGOBody", ""),
    ("International Civil Aviation Organization", None, ["ICAO"], "IGOBody", ""),
    ("Comprehensive Nuclear-Test-Ban Treaty Organization", None, ["CTBTO"], "IGOBody", ""),
    ("Asian Development Bank", None, ["ADB"], "IGO", ""),
    ("Asian Infrastructure Investment Bank", None, ["AIIB"], "IGO", ""),
    ("African Development Bank", None, ["AfDB"], "IGO", ""),
    ("European Bank for Reconstruction and Development", None, ["EBRD"], "IGO", ""),
    ("European Investment Bank", None, ["EIB"], "IGO", ""),
    ("New Development Bank", None, ["BRICS bank"], "IGO", ""),
    ("United Nations Interim Force in Lebanon", None, ["UNIFIL", "Unifil"], "IGOBody", ""),
    (
        "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
        None,
        ["MONUSCO", "Monusco"],
        "IGOBody",
        "",
    ),
    ("United Nations Mission in South Sudan", None, ["UNMISS"], "IGOBody", ""),
    ("United Nations Disengagement Observer Force", None, ["UNDOF"], "IGOBody", ""),
    ("Kosovo Force", None, ["KFOR"], "IGOBody", ""),
    ("African Union Support and Stabilization Mission in Somalia", None, ["AUSSOM"], "IGOBody", ""),
    ("African Union Transition Mission in Somalia", None, ["ATMIS"], "IGOBody", ""),
]


#: Widely used metonyms of an organization ("Brussels imposed tariffs" -> the EU).
IGO_METONYMS = {"European Union": ["Brussels"]}


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(";") if x.strip()]


def build_countries() -> dict:
    rows = []
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + [""] * 8)[:8]
        iso3, qid, label, alt, adj, plural, capitals, metonyms = cells
        pc = pycountry.countries.get(alpha_3=iso3) if iso3 else None
        iso2 = pc.alpha_2 if pc else ("XK" if iso3 == "XKX" else None)
        names = [label, *_split(alt)]
        if pc is not None:
            for attr in ("name", "official_name", "common_name"):
                v = getattr(pc, attr, None)
                if v and "," not in v and v not in names and "Province of" not in v:
                    names.append(v)
        rows.append(
            {
                "iso3": iso3 or None,
                "iso2": iso2,
                "wikidata": qid or None,
                "label": label,
                "names": names,
                "demonyms": _split(adj),
                "demonyms_plural": _split(plural),
                "capitals": _split(capitals),
                "metonyms": _split(metonyms),
                "un_status": UN_STATUS.get(iso3, "member") if iso3 else NO_ISO[label],
            }
        )
    rows.sort(key=lambda r: r["label"])
    return {
        "about": (
            "Sovereign states for kg's gazetteer: every UN member state (193), the two observer states (Holy See, "
            "Palestine), widely reported states with limited or no recognition (Taiwan, Kosovo, Somaliland; un_status "
            "'other'; Somaliland has no ISO code) and self-governing territories that act in their own name in the "
            "news (Greenland; the Cook Islands and Niue, in free association with New Zealand, which sign their own "
            "treaties; un_status 'territory'). state_forms: a formal name '<qualifiers> <form> of <name>' "
            "('the Republic of Rwanda') resolves to the state named when no row lists it. "
            "Names, demonyms (adjective and plural), capitals and widely used government metonyms are used to link "
            "mentions ('Russian', 'Moscow', 'the Kremlin' -> Russia). Generated by scripts/build_gazetteer.py."
        ),
        "sources": [
            "Wikidata (QIDs), https://www.wikidata.org",
            "ISO 3166-1 alpha-2/alpha-3 via pycountry (Debian iso-codes)",
            "United Nations member states list, https://www.un.org/en/about-us/member-states",
            "general reference knowledge for demonyms, capitals and metonyms",
        ],
        "version": VERSION,
        "demonym_owner": DEMONYM_OWNER,
        "state_forms": STATE_FORMS,
        "countries": rows,
    }


def build_igos(countries: dict) -> dict:
    un = " ".join(r["iso3"] for r in countries["countries"] if r["un_status"] == "member")
    rows = []
    for label, qid, aliases, subtype, members in IGOS:
        rows.append(
            {
                "label": label,
                "wikidata": qid,
                "aliases": aliases,
                "subtype": subtype,
                "members": (un if members == "UN" else members).split(),
                "metonyms": IGO_METONYMS.get(label, []),
            }
        )
    return {
        "about": (
            "International organizations, their organs and alliances, with abbreviations and member states (ISO 3166 "
            "alpha-3; empty when membership is near-universal or not tracked). Generated by scripts/build_gazetteer.py."
        ),
        "sources": [
            "Wikidata (QIDs), https://www.wikidata.org",
            "the organizations' own member lists (as of mid-2025)",
        ],
        "version": VERSION,
        "igos": rows,
    }


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    countries = build_countries()
    igos = build_igos(countries)
    for name, data in (("countries.json", countries), ("igos.json", igos)):
        (OUT / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(countries['countries'])} countries, {len(igos['igos'])} IGOs -> {OUT}")


if __name__ == "__main__":
    main()
