"""Build NAME.gold.json from the compact tables in NAME.py (run: cd src && python3 build.py).

Later sets run this builder on their own src/ folder (their build.py calls :func:`main` with it)."""

import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAMES = [
    "mexico_ecuador_embassy",
    "tuvalu_australia_falepili",
    "croatia_albania_kosovo_pact",
    "freedom_edge_trilateral",
    "turkiye_pkk_strikes",
    "chad_france_defence_pact",
    "india_bangladesh_border_fence",
    "france_azerbaijan_new_caledonia",
]


def build(name: str, folder: Path = HERE) -> None:
    spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    txt = (folder.parent / f"{name}.txt").read_text(encoding="utf-8")
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
    out = folder.parent / f"{name}.gold.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out.name}: {len(entities)} entities, {len(events)} events")


def main(folder: Path = HERE) -> None:
    """Build every table of ``folder`` (dev8's own in its fixed order)."""
    names = NAMES if folder == HERE else sorted(p.stem for p in folder.glob("*.py") if p.stem != "build")
    for n in names:
        build(n, folder)


if __name__ == "__main__":
    main()
