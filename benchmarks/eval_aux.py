"""Score quotes, quantities and dates against tests/extraction/data/{quotes,quantities,dates}_gold.json.

Usage: python benchmarks/eval_aux.py [--verbose] [--set dev|dev2|dev3 ...]

The shared scorer does not look at QUOTE/QUANTITY records or at dates, so this one does
(gold conventions: tests/extraction/data/quotes_quantities_dates_README.md). Matching is by
character span in the document: a system item matches a gold item when their spans overlap
(at least half of the shorter one). Gold items marked ``optional`` are neither required nor
counted against the system. Printed per kind:

- quotes: detection (span), detection + speaker, addressee/venue on matched quotes;
- quantities: detection (span), value + unit, measure words on matched ones; per kind of quantity;
- dates: every date expression (:func:`kg.extract.temporal.find_dates`), value correct;
  and the dates the extractor attached to events (precision over dated events, recall over gold
  dates marked ``event``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "extraction" / "data"
_NON_DATED = {"QUOTE", "QUANTITY", "ROLE", "ALLY", "MEMBER_OF"}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


def _norm(s: str) -> str:
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"^(the|president|prime minister|gen\.|general|ayatollah)\s+", "", s)
    return " ".join(re.sub(r"[^\w' -]+", " ", s).split())


def _name_match(names: set[str], gold: list[str]) -> bool:
    for g in gold:
        ng = _norm(g)
        for n in names:
            if not n:
                continue
            if n == ng or (
                len(ng.split()) > 1 and ng.split()[-1] == n.split()[-1] and set(n.split()) <= set(ng.split())
            ):
                return True
            if len(n.split()) > 1 and set(ng.split()) <= set(n.split()):
                return True
    return False


def _unit(u: str) -> str:
    u = u.lower().strip()
    return u[:-1] if u.endswith("s") and len(u) > 3 else u


def _find(text: str, needle: str, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
    i = text.find(needle, lo, hi if hi is not None else len(text))
    if i < 0:
        i = text.find(needle)
    return None if i < 0 else (i, i + len(needle))


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> str:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.2f} ({tp_p}/{n_p})  R {r:.2f} ({tp_r}/{n_r})  F1 {f:.2f}"


def run(sets: list[str] | None = None, verbose: bool = False) -> dict:
    from kg.extract import extract_doc
    from kg.extract.temporal import find_dates
    from kg.ingest import read_sources
    from kg.nlp import load_pipeline

    gold = {k: json.loads((DATA / f"{k}_gold.json").read_text()) for k in ("quotes", "quantities", "dates")}
    arts = sorted({(r["set"], r["article"]) for rows in gold.values() for r in rows})
    if sets:
        arts = [a for a in arts if a[0] in sets]
    nlp = load_pipeline()
    c: dict[str, Counter] = defaultdict(Counter)
    for st, name in arts:
        path = ROOT / "tests" / "data" / st / f"{name}.txt"
        (document,) = [d for d in read_sources([path])]
        doc = nlp(document.text)
        res = extract_doc(doc, document)
        text = document.text
        names: dict[str, set[str]] = {
            e.key: {_norm(e.label), *(_norm(a) for a in e.aliases)} for e in res.entities
        }

        def span_of(t: str, text: str = text) -> tuple[int, int]:
            s = _find(text, t)
            assert s, t
            return s

        # ---- quotes
        gq = [(g, span_of(g["text"])) for g in gold["quotes"] if g["article"] == name]
        sq = []
        for ev in res.events:
            if ev.category != "QUOTE" or not ev.quote:
                continue
            ev_s = ev.evidence.start if ev.evidence else 0
            sp = _find(text, ev.quote, ev_s)
            if sp:
                sq.append((ev, sp))
        for ev, sp in sq:
            hits = [g for g, gs in gq if _overlap(sp, gs)]
            core = [g for g in hits if not g["optional"]]
            if hits and not core:
                continue
            c["quote"]["sys"] += 1
            spk = names.get(ev.sources[0], set()) if ev.sources else set()
            if core:
                c["quote"]["tp_p"] += 1
                g = core[0]
                if g["speaker"] and _name_match(spk, [g["speaker"], *g["speaker_alt"]]):
                    c["quote"]["tp_p_spk"] += 1
                elif verbose:
                    print(
                        f"  [quote speaker] {name}: {ev.quote[:50]!r} -> {sorted(spk)} (gold {g['speaker']})"
                    )
            elif verbose:
                print(f"  [quote FP] {name}: {ev.quote[:60]!r} ({sorted(spk)})")
        for g, gs in gq:
            if g["optional"]:
                continue
            c["quote"]["gold"] += 1
            m = [(ev, sp) for ev, sp in sq if _overlap(sp, gs)]
            if m:
                c["quote"]["tp_r"] += 1
            elif verbose:
                print(f"  [quote FN] {name}: {g['text'][:60]!r} ({g['speaker']})")
            if g["speaker"]:
                c["quote"]["gold_spk"] += 1
                if any(
                    _name_match(names.get(ev.sources[0], set()), [g["speaker"], *g["speaker_alt"]])
                    for ev, _ in m
                    if ev.sources
                ):
                    c["quote"]["tp_r_spk"] += 1
            if g["addressee"] and m:
                c["quote"]["addr_gold"] += 1
                got = set()
                for ev, _ in m:
                    for k in (*ev.targets, ev.location):
                        got |= names.get(k, set()) if k else set()
                if _name_match(got, [g["addressee"]]):
                    c["quote"]["addr_ok"] += 1
                elif verbose:
                    print(
                        f"  [quote addressee] {name}: {g['text'][:40]!r} want {g['addressee']} got {sorted(got)}"
                    )

        # ---- quantities
        gn = [(g, span_of(g["text"])) for g in gold["quantities"] if g["article"] == name]
        sn = []
        for ev in res.events:
            if ev.category != "QUANTITY" or ev.quantity is None:
                continue
            lo = ev.evidence.start if ev.evidence else 0
            hi = ev.evidence.end if ev.evidence else None
            sp = _find(text, ev.quantity.text, lo, hi)
            if sp:
                sn.append((ev.quantity, sp))

        def value_ok(q, g) -> bool:
            unit_ok = _unit(q.unit) in {_unit(u) for u in g["units"]}
            if g["value"] is None:
                return unit_ok
            return unit_ok and abs(q.value - g["value"]) <= 0.01 * abs(g["value"])

        for q, sp in sn:
            hits = [g for g, gs in gn if _overlap(sp, gs)]
            core = [g for g in hits if not g["optional"]]
            if hits and not core:
                continue
            kind = core[0]["kind"] if core else "?"
            for k in ("all", kind):
                c[f"qty:{k}"]["sys"] += 1
                if core:
                    c[f"qty:{k}"]["tp_p"] += 1
                    if value_ok(q, core[0]):
                        c[f"qty:{k}"]["tp_p_val"] += 1
            if verbose and not core:
                print(f"  [qty FP] {name}: {q.text!r} {q.value} {q.unit} {q.measure!r}")
        for g, gs in gn:
            if g["optional"]:
                continue
            m = [q for q, sp in sn if _overlap(sp, gs)]
            for k in ("all", g["kind"]):
                c[f"qty:{k}"]["gold"] += 1
                c[f"qty:{k}"]["tp_r"] += bool(m)
                ok = [q for q in m if value_ok(q, g)]
                c[f"qty:{k}"]["tp_r_val"] += bool(ok)
                if ok and g["measure"]:
                    c[f"qty:{k}"]["meas_gold"] += 1
                    c[f"qty:{k}"]["meas_ok"] += any(w in q.measure.lower() for q in ok for w in g["measure"])
            if verbose and not m:
                print(f"  [qty FN] {name}: {g['text']!r}")
            elif verbose and not any(value_ok(q, g) for q in m):
                print(f"  [qty value] {name}: {g['text']!r} got {[(q.value, q.unit) for q in m]}")
            elif (
                verbose and g["measure"] and not any(w in q.measure.lower() for q in m for w in g["measure"])
            ):
                print(
                    f"  [qty measure] {name}: {g['text']!r} got {[q.measure for q in m]} want {g['measure']}"
                )

        # ---- date expressions
        gd = [(g, span_of(g["text"])) for g in gold["dates"] if g["article"] == name]
        sd = find_dates(doc, document.published)

        def date_ok(value: str | None, end: str | None, g) -> bool:
            return value == g["value"] and (g["end"] is None or end == g["end"])

        for m in sd:
            sp = (m.start, m.end)
            hits = [g for g, gs in gd if _overlap(sp, gs)]
            core = [g for g in hits if not g["optional"]]
            if hits and not core:
                continue
            c["date"]["sys"] += 1
            if core and date_ok(m.value, m.end_value, core[0]):
                c["date"]["tp_p"] += 1
            elif verbose:
                want = core[0]["value"] if core else "-"
                print(f"  [date P] {name}: {m.text!r} -> {m.value} (gold {want})")
        for g, gs in gd:
            if g["optional"]:
                continue
            c["date"]["gold"] += 1
            if any(_overlap((m.start, m.end), gs) and date_ok(m.value, m.end_value, g) for m in sd):
                c["date"]["tp_r"] += 1
            elif verbose:
                print(f"  [date R] {name}: {g['text']!r} want {g['value']}")

        # ---- dates attached to events
        dated = []
        for ev in res.events:
            if ev.category in _NON_DATED or not ev.evidence:
                continue
            if ev.date:
                sp = (
                    _find(text, ev.date_text or "", ev.evidence.start, ev.evidence.end)
                    if ev.date_text
                    else None
                )
                hits = [g for g, gs in gd if sp and _overlap(sp, gs)]
                core = [g for g in hits if not g["optional"]]
                if hits and not core:
                    continue
                c["event_date"]["sys"] += 1
                if core and core[0]["value"] == ev.date:
                    c["event_date"]["tp_p"] += 1
                elif verbose:
                    want = core[0]["value"] if core else "-"
                    print(
                        f"  [event date P] {name}: {ev.category} {ev.date_text!r} -> {ev.date} (gold {want})"
                    )
            dated.append(ev)
        for g, gs in gd:
            if g["optional"] or not g["event"]:
                continue
            c["event_date"]["gold"] += 1
            ok = any(
                ev.evidence.start <= gs[0] and gs[1] <= ev.evidence.end and ev.date == g["value"]
                for ev in dated
            )
            c["event_date"]["tp_r"] += ok
            if verbose and not ok:
                got = sorted(
                    {str(ev.date) for ev in dated if ev.evidence.start <= gs[0] and gs[1] <= ev.evidence.end}
                )
                print(f"  [event date R] {name}: {g['text']!r} want {g['value']}; events there: {got}")
    return c


def report(c: dict) -> dict:
    out = {}
    q = c["quote"]
    print("quotes (span)          " + _prf(q["tp_p"], q["sys"], q["tp_r"], q["gold"]))
    print("quotes (span+speaker)  " + _prf(q["tp_p_spk"], q["sys"], q["tp_r_spk"], q["gold_spk"]))
    print(f"quotes addressee/venue {q['addr_ok']}/{q['addr_gold']} of matched quotes that state one")
    out["quote"] = (q["tp_p_spk"], q["sys"], q["tp_r_spk"], q["gold_spk"])
    kinds = sorted(k for k in c if k.startswith("qty:"))
    for k in ["qty:all"] + [k for k in kinds if k != "qty:all"]:
        n = c[k]
        print(f"{k:22s} span " + _prf(n["tp_p"], n["sys"], n["tp_r"], n["gold"]))
        print(f"{'':22s} value+unit " + _prf(n["tp_p_val"], n["sys"], n["tp_r_val"], n["gold"]))
        if n["meas_gold"]:
            print(f"{'':22s} measure {n['meas_ok']}/{n['meas_gold']} of value-matched")
        out[k] = (n["tp_p_val"], n["sys"], n["tp_r_val"], n["gold"])
    d = c["date"]
    print("dates (expressions)    " + _prf(d["tp_p"], d["sys"], d["tp_r"], d["gold"]))
    e = c["event_date"]
    print("dates (on events)      " + _prf(e["tp_p"], e["sys"], e["tp_r"], e["gold"]))
    out["date"] = (d["tp_p"], d["sys"], d["tp_r"], d["gold"])
    out["event_date"] = (e["tp_p"], e["sys"], e["tp_r"], e["gold"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--set", dest="sets", action="append", default=None)
    args = ap.parse_args(argv)
    c = run(args.sets, args.verbose)
    print(json.dumps(report(c)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
