#!/usr/bin/env python3
"""Sanity checks for dev6 gold files: python3 check.py [NAME ...]"""

import glob
import json
import os
import re
import sys

sys.path.insert(
    0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "eval")
)
from score import PLOVER, STANDING, Gold, norm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"Country", "Person", "Organization", "IGO", "Location", "Event"}


def body_of(txt):
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", txt, re.S)
    return m.group(1), m.group(2)


def check(name):
    errs, warns = [], []
    with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as fh:
        front, body = body_of(fh.read())
    with open(os.path.join(HERE, name + ".gold.json"), encoding="utf-8") as fh:
        g = json.load(fh)
    pub = re.search(r"^published:\s*(\S+)", front, re.M).group(1)
    if g["published"] != pub:
        errs.append(f"published {g['published']} != {pub}")
    if g["article"] != name + ".txt":
        errs.append("article field")
    names = {}
    keys = {}
    qids = {}
    for e in g["entities"]:
        if e["name"] in names:
            errs.append(f"duplicate entity {e['name']}")
        names[e["name"]] = e
        if e["type"] not in TYPES:
            errs.append(f"bad entity type {e}")
        if e.get("wikidata"):
            if e["wikidata"] in qids:
                errs.append(f"duplicate QID {e['wikidata']}")
            qids[e["wikidata"]] = e["name"]
        for a in e["aliases"]:
            if a not in body:
                errs.append(f"alias not in body: {e['name']}: {a!r}")
        if e["name"] not in body and not e["aliases"]:
            warns.append(f"entity name not in body and no aliases: {e['name']}")
        for k in [e["name"], *e["aliases"]]:
            n = norm(k)
            if keys.get(n, e["name"]) != e["name"]:
                errs.append(f"alias collision {k!r}: {keys[n]} / {e['name']}")
            keys[n] = e["name"]
    for e in g["entities"]:
        c = e.get("country")
        if c and c not in qids and c not in names:
            errs.append(f"country {c} of {e['name']} is no entity")
        if (
            e["type"] in ("Person", "Organization")
            and e["name"] not in body
            and not any(a in body for a in e["aliases"])
        ):
            errs.append(f"{e['name']} does not occur")
    seen = {}
    for ev in g["events"]:
        for f in ("source", "target"):
            if ev[f] not in names:
                errs.append(f"{f} not an entity: {ev}")
            elif names[ev[f]]["type"] in ("Location", "Event"):
                warns.append(f"{f} is {names[ev[f]]['type']}: {ev['source']} {ev['type']} {ev['target']}")
        if ev["type"] not in PLOVER | STANDING:
            errs.append(f"bad type {ev}")
        if ev["evidence"] not in body:
            errs.append(f"evidence not in body: {ev['evidence']!r}")
        if not isinstance(ev["core"], bool):
            errs.append(f"core not bool {ev}")
        if ev["source"] == ev["target"]:
            errs.append(f"self loop {ev}")
        if ev["type"] == "ROLE":
            if not ev.get("role"):
                errs.append(f"ROLE without role {ev}")
            if names.get(ev["source"], {}).get("type") != "Person":
                errs.append(f"ROLE source not Person {ev}")
        if ev["type"] == "MEMBER_OF" and names.get(ev["target"], {}).get("type") not in (
            "IGO",
            "Organization",
        ):
            errs.append(f"MEMBER_OF target not IGO/Organization {ev}")
        k = (ev["source"], ev["type"], ev["target"])
        if ev["type"] in {"COOPERATE", "CONSULT", "AGREE", "ALLY"}:
            k = (min(k[0], k[2]), k[1], max(k[0], k[2]))
        seen.setdefault(k, set()).add(ev["core"])
    Gold(os.path.join(HERE, name + ".gold.json"))
    core = {k for k, v in seen.items() if True in v}
    return (
        errs,
        warns,
        len(g["entities"]),
        len(g["events"]),
        sum(e["core"] for e in g["events"]),
        len(seen),
        len(core),
        len(body.split()),
    )


def main(argv):
    names = argv or sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt")))
    total = 0
    for n in names:
        errs, warns, ne, nv, nc, nk, nkc, words = check(n)
        print(
            f"{n}: {words} words, {ne} entities, {nv} events ({nc} core), {nk} distinct triples ({nkc} core)"
        )
        for w in warns:
            print("  warn:", w)
        for e in errs:
            print("  ERROR:", e)
        total += len(errs)
    print("PASS" if not total else f"FAIL: {total} errors")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
