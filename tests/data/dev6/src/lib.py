"""Helpers to turn compact tables into gold JSON (seed.gold.json structure)."""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# common countries / IGOs: name -> (qid, type)
Q = {
    "India": "Q668",
    "China": "Q148",
    "United States": "Q30",
    "Russia": "Q159",
    "Pakistan": "Q843",
    "Nepal": "Q837",
    "Japan": "Q17",
    "Australia": "Q408",
    "Philippines": "Q928",
    "Serbia": "Q403",
    "Kosovo": "Q1246",
    "European Union": "Q458",
    "NATO": "Q7184",
    "United Nations": "Q1065",
    "Iran": "Q794",
    "France": "Q142",
    "Germany": "Q183",
    "United Kingdom": "Q145",
    "Israel": "Q801",
    "Sudan": "Q1049",
    "Saudi Arabia": "Q851",
    "United Arab Emirates": "Q878",
    "Egypt": "Q79",
    "Armenia": "Q399",
    "Azerbaijan": "Q227",
    "Turkey": "Q43",
    "Thailand": "Q869",
    "Cambodia": "Q424",
    "Malaysia": "Q833",
    "ASEAN": "Q7768",
    "Democratic Republic of the Congo": "Q974",
    "Rwanda": "Q1037",
    "Qatar": "Q846",
    "African Union": "Q7159",
    "Italy": "Q38",
    "Uganda": "Q1036",
    "Burundi": "Q967",
    "Vietnam": "Q881",
    "Canada": "Q16",
    "Taiwan": "Q865",
    "South Korea": "Q884",
    "Netherlands": "Q55",
}


def E(name, typ, aliases=(), country=None, qid=None):
    """Entity. For Country/IGO the QID comes from Q; country defaults to own QID for a Country."""
    if qid is None and typ in ("Country", "IGO"):
        qid = Q.get(name)
    if typ == "Country" and country is None:
        country = qid or name
    if country is not None and country in Q:
        country = Q[country]
    return {"name": name, "type": typ, "wikidata": qid, "aliases": list(aliases), "country": country}


def build(name, published, ents, evs):
    events = []
    for ev in evs:
        s, t, o, core, evidence = ev[:5]
        d = {"source": s, "type": t, "target": o, "core": core, "evidence": evidence}
        if len(ev) > 5 and ev[5]:
            d["role" if t == "ROLE" else "note"] = ev[5]
        events.append(d)
    out = {"article": name + ".txt", "published": published, "entities": ents, "events": events}
    with open(os.path.join(HERE, "..", name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    core = sum(e["core"] for e in events)
    print(f"{name}: {len(ents)} entities, {len(events)} events ({core} core)")
