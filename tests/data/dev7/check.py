"""Validate the dev7 gold files against their articles (stdlib only; run from anywhere: python3 check.py).

Checks, for every NAME.gold.json beside this file:
- NAME.txt exists with YAML front matter (title, publisher, published) and the gold's `published` matches it;
  the body has 550-750 words;
- every alias and every evidence string occurs verbatim in the body;
- entity types are valid, every `country` names an entity of the file (by QID or name), persons carry a country key;
- no two entities share a name or alias after score.py's norm();
- every source and target is an entity name, every type is a PLOVER type or ALLY/ROLE/MEMBER_OF, `core` is a bool;
- ROLE items have a role and a Person source; MEMBER_OF targets are an IGO or Organization;
- score.py's Gold loads the file (score.py is looked up in the ../shared/eval beside the repository; the check is
  skipped with a message if it is absent).
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORE = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "score.py"
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
TYPES = PLOVER | {"ALLY", "ROLE", "MEMBER_OF"}
ENTITY_TYPES = {"Country", "Person", "Organization", "IGO", "Location", "Event"}


def local_norm(s: str) -> str:
    """Copy of score.py's norm(), used only when score.py is absent."""
    s = unicodedata.normalize("NFKC", s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w\s-]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def load_score():
    if not SCORE.exists():
        return None
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def split_article(text: str) -> tuple[dict, str]:
    m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, m.group(2)


def check_file(gold_path: Path, score) -> list[str]:
    errs: list[str] = []
    name = gold_path.name.removesuffix(".gold.json")
    txt_path = HERE / f"{name}.txt"
    if not txt_path.exists():
        return [f"{name}: missing {txt_path.name}"]
    meta, body = split_article(txt_path.read_text(encoding="utf-8"))
    for k in ("title", "publisher", "published"):
        if not meta.get(k):
            errs.append(f"{name}: front matter lacks {k}")
    words = len(body.split())
    if not 550 <= words <= 750:
        errs.append(f"{name}: body has {words} words (want 550-750)")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    if gold.get("article") != txt_path.name:
        errs.append(f"{name}: article field {gold.get('article')!r}")
    if gold.get("published") != meta.get("published"):
        errs.append(f"{name}: published {gold.get('published')} != front matter {meta.get('published')}")
    norm = score.norm if score else local_norm
    names = {e["name"] for e in gold["entities"]}
    qids = {e["wikidata"] for e in gold["entities"] if e.get("wikidata")}
    owner: dict[str, str] = {}
    for e in gold["entities"]:
        if e["type"] not in ENTITY_TYPES:
            errs.append(f"{name}: entity {e['name']} has type {e['type']}")
        if e["type"] == "Person" and "country" not in e:
            errs.append(f"{name}: person {e['name']} lacks a country key")
        c = e.get("country")
        if c and c not in qids and c not in names:
            errs.append(f"{name}: country {c} of {e['name']} names no entity")
        for a in e.get("aliases", []):
            if a not in body:
                errs.append(f"{name}: alias {a!r} of {e['name']} not in body")
        for k in {norm(x) for x in [e["name"], *e.get("aliases", [])]}:
            if k in owner and owner[k] != e["name"]:
                errs.append(f"{name}: {k!r} is shared by {owner[k]} and {e['name']}")
            owner.setdefault(k, e["name"])
    types = {e["name"]: e["type"] for e in gold["entities"]}
    seen = set()
    for i, ev in enumerate(gold["events"]):
        where = f"{name}: event {i} ({ev.get('source')} {ev.get('type')} {ev.get('target')})"
        for side in ("source", "target"):
            if ev.get(side) not in names:
                errs.append(f"{where}: {side} is not an entity")
        if ev.get("source") == ev.get("target"):
            errs.append(f"{where}: source equals target")
        if ev.get("type") not in TYPES:
            errs.append(f"{where}: bad type")
        if not isinstance(ev.get("core"), bool):
            errs.append(f"{where}: core is not a bool")
        if ev.get("evidence", "") == "" or ev["evidence"] not in body:
            errs.append(f"{where}: evidence not in body: {ev.get('evidence')!r}")
        if ev.get("type") == "ROLE":
            if not ev.get("role"):
                errs.append(f"{where}: ROLE without role")
            if types.get(ev.get("source")) != "Person":
                errs.append(f"{where}: ROLE source is not a Person")
        if ev.get("type") == "MEMBER_OF" and types.get(ev.get("target")) not in {"IGO", "Organization"}:
            errs.append(f"{where}: MEMBER_OF target is not an IGO or Organization")
        k = (ev.get("source"), ev.get("type"), ev.get("target"), ev.get("evidence"))
        if k in seen:
            errs.append(f"{where}: duplicate item")
        seen.add(k)
    if score:
        try:
            score.Gold(str(gold_path))
        except Exception as exc:  # noqa: BLE001 - report any loader failure
            errs.append(f"{name}: score.Gold failed: {exc}")
    return errs


def main() -> int:
    score = load_score()
    if score is None:
        print(f"note: {SCORE} not found; skipping the score.Gold load check (using a local norm())")
    files = sorted(HERE.glob("*.gold.json"))
    errs: list[str] = []
    for f in files:
        errs += check_file(f, score)
    for e in errs:
        print("ERROR", e)
    print(f"{'PASS' if not errs and files else 'FAIL'}: {len(files)} gold files, {len(errs)} errors")
    return 1 if errs or not files else 0


if __name__ == "__main__":
    sys.exit(main())
