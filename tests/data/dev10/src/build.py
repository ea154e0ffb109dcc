"""Build NAME.gold.json from the compact tables in NAME.py (run: cd src && python3 build.py)."""

import importlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = [
    "finland_russia_border_closure",
    "eu_summit_hungary_ukraine_veto",
    "china_japan_rok_trilateral_summit",
    "sri_lanka_maldives_research_ships",
]


def build(name: str) -> None:
    mod = importlib.import_module(name)
    txt = (HERE.parent / f"{name}.txt").read_text(encoding="utf-8")
    published = re.search(r"^published:\s*(\S+)", txt, re.M).group(1)
    entities = [
        {"name": n, "type": t, "wikidata": q, "aliases": list(a), "country": c} for n, t, q, a, c in mod.E
    ]
    events = []
    for s, t, o, core, ev, extra in mod.V:
        item = {"source": s, "type": t, "target": o, "core": core, "evidence": ev}
        if t == "ROLE":
            item["role"] = extra
        elif extra:
            item["note"] = extra
        events.append(item)
    gold = {"article": f"{name}.txt", "published": published, "entities": entities, "events": events}
    out = HERE.parent / f"{name}.gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(entities)} entities, {len(events)} events")


if __name__ == "__main__":
    for n in NAMES:
        build(n)
