"""Build NAME.gold.json from the compact tables in NAME.py (run: cd src && python3 build.py)."""

import importlib
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = [
    "haiti_kenya_mss_arrival",
    "saudi_iran_beijing_fm_meeting",
    "egypt_ethiopia_gerd_talks",
    "brazil_venezuela_brics_veto",
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
