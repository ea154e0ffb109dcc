"""Shared builder: turns the compact tables of one article into NAME.gold.json (stdlib only).

Entity rows: (name, type, wikidata, aliases, country). Event rows: (source, type, target, core, evidence[, extra]),
where extra is the role title for ROLE rows and a note for the others.
"""

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build(name: str, entities: list, events: list) -> Path:
    txt = (HERE.parent / f"{name}.txt").read_text(encoding="utf-8")
    published = re.search(r"^published: (\S+)$", txt, re.M).group(1)
    ents = []
    for n, t, q, aliases, country in entities:
        if t == "Country" and country is None:
            country = q
        ents.append({"name": n, "type": t, "wikidata": q, "aliases": list(aliases), "country": country})
    evs = []
    for row in events:
        src, typ, tgt, core, evidence = row[:5]
        extra = row[5] if len(row) > 5 else ""
        item = {"source": src, "type": typ, "target": tgt, "core": core, "evidence": evidence}
        if typ == "ROLE":
            item["role"] = extra
        elif extra:
            item["note"] = extra
        evs.append(item)
    out = HERE.parent / f"{name}.gold.json"
    data = {"article": f"{name}.txt", "published": published, "entities": ents, "events": evs}
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out
