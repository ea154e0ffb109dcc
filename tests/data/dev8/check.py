"""Validate the dev8 gold files (stdlib only): python3 check.py [NAME ...].

Later sets run this checker on their own folder (their check.py calls :func:`main` with it)."""

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
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
TYPES = PLOVER | {"ALLY", "ROLE", "MEMBER_OF"}
ENTITY_TYPES = {"Country", "Person", "Organization", "IGO", "Location", "Event"}


def norm(s: str) -> str:
    """Same normalisation as score.py's norm()."""
    s = unicodedata.normalize("NFKC", s or "").lower().replace("\u2019", "'")
    s = re.sub(r"^(the|a|an)\s+", "", s.strip())
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[^\w\s-]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def load_score():
    if not SCORE.exists():
        print(f"note: {SCORE} not found; skipping the score.Gold load check")
        return None
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def split_front(text: str) -> tuple[dict, str]:
    m = re.match(r"---\n(.*?)\n---\n(.*)", text, re.S)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip().strip('"')
    return meta, m.group(2)


def check(gold_path: Path, score) -> list[str]:
    errs: list[str] = []
    name = gold_path.name
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    txt_path = gold_path.parent / gold.get("article", "")
    if not txt_path.exists():
        return [f"{name}: article file {gold.get('article')} missing"]
    meta, body = split_front(txt_path.read_text(encoding="utf-8"))
    for k in ("title", "publisher", "published"):
        if not meta.get(k):
            errs.append(f"{name}: front matter lacks {k}")
    if meta.get("published") != gold.get("published"):
        errs.append(f"{name}: published {gold.get('published')} != front matter {meta.get('published')}")
    ents = {}
    qids = {}
    owner: dict[str, str] = {}
    for e in gold["entities"]:
        n = e["name"]
        if n in ents:
            errs.append(f"{name}: duplicate entity {n}")
        ents[n] = e
        if e.get("wikidata"):
            if not re.fullmatch(r"Q\d+", e["wikidata"]):
                errs.append(f"{name}: bad QID {e['wikidata']} for {n}")
            qids[e["wikidata"]] = n
        if e["type"] not in ENTITY_TYPES:
            errs.append(f"{name}: entity {n} has bad type {e['type']}")
        for k in [n, *e.get("aliases", [])]:
            key = norm(k)
            if key in owner and owner[key] != n:
                errs.append(f"{name}: alias {k!r} of {n} collides with {owner[key]}")
            owner.setdefault(key, n)
        for a in e.get("aliases", []):
            if a not in body:
                errs.append(f"{name}: alias {a!r} of {n} not in the body")
        if n not in body and not any(a in body for a in e.get("aliases", [])):
            errs.append(f"{name}: entity {n} never occurs in the body")
    for e in gold["entities"]:
        c = e.get("country")
        if c and c not in qids and c not in ents:
            errs.append(f"{name}: country {c} of {e['name']} names no entity")
    for i, v in enumerate(gold["events"]):
        where = f"{name} event {i} ({v.get('source')} {v.get('type')} {v.get('target')})"
        for side in ("source", "target"):
            if v.get(side) not in ents:
                errs.append(f"{where}: {side} is not an entity")
        if v.get("type") not in TYPES:
            errs.append(f"{where}: bad type")
        if not isinstance(v.get("core"), bool):
            errs.append(f"{where}: core must be true/false")
        if not v.get("evidence") or v["evidence"] not in body:
            errs.append(f"{where}: evidence not verbatim in the body")
        if v.get("source") == v.get("target"):
            errs.append(f"{where}: source equals target")
        if v.get("type") == "ROLE":
            if not v.get("role"):
                errs.append(f"{where}: ROLE without role")
            if ents.get(v.get("source"), {}).get("type") != "Person":
                errs.append(f"{where}: ROLE source is not a Person")
        if v.get("type") == "MEMBER_OF" and ents.get(v.get("target"), {}).get("type") not in {
            "IGO",
            "Organization",
        }:
            errs.append(f"{where}: MEMBER_OF target is not an IGO/Organization")
    if score is not None:
        try:
            score.Gold(str(gold_path))
        except Exception as exc:  # noqa: BLE001
            errs.append(f"{name}: score.Gold failed: {exc!r}")
    return errs


def main(argv: list[str], folder: Path = HERE) -> int:
    score = load_score()
    paths = [folder / f"{a}.gold.json" for a in argv] or sorted(folder.glob("*.gold.json"))
    errs: list[str] = []
    for p in paths:
        errs += check(p, score)
    for e in errs:
        print(e)
    print(f"{'PASS' if not errs else 'FAIL'}: {len(paths)} gold files, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
