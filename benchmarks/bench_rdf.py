"""Turtle at scale: rdflib's default serializer and parser vs kg's Oxigraph-backed path.

A synthetic knowledge graph of our shape (actors with labels, types, aliases and
Wikidata links; documents; assertion nodes with actors, codes, dates, evidence text and
offsets; direct triples) of about ``--triples`` triples (default 1,000,000) is written
and read back as Turtle both ways. Each operation runs in its own process so its peak
memory (``ru_maxrss``) is its own; the model is built before the clock starts.

    python benchmarks/bench_rdf.py                 # ~1M triples (several minutes: rdflib is slow)
    python benchmarks/bench_rdf.py --triples 100000

Not a test: it prints a table and the ratios (goal: >= 10x rdflib's default).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.model import KnowledgeGraph
from kg.model.iris import event_id
from kg.types import DocResult, Document, Entity, Event, Evidence

TRIPLES_PER_EVENT = 22  # measured on this generator: nodes + direct triples, plus actors and documents
CATS = ["THREATEN", "SANCTION", "COOPERATE", "CONSULT", "ACCUSE", "AID", "ASSAULT", "ALLY", "QUOTE"]
WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "on",
    "sanctions",
    "and",
    "military",
    "drills",
    "would",
    "continue",
    "despite",
    "strong",
    "objections",
]


def synthetic_graph(n_triples: int, seed: int = 0) -> KnowledgeGraph:
    """A deterministic graph of about ``n_triples`` triples shaped like a kg build."""
    rng = random.Random(seed)
    n_events = max(1, n_triples // TRIPLES_PER_EVENT)
    n_docs = max(1, n_events // 30)
    n_actors = max(4, n_events // 15)
    actors = []
    for i in range(n_actors):
        if i % 3 == 0:
            actors.append(
                Entity(
                    f"Q{i + 1}",
                    f"Country {i}",
                    "Country",
                    wikidata=f"Q{i + 1}",
                    iso3="XYZ",
                    aliases=(f"C{i}",),
                    mentions=rng.randint(1, 50),
                )
            )
        else:
            actors.append(
                Entity(
                    f"person:p-{i}",
                    f"Person {i}",
                    "Person",
                    country=f"Q{(i // 3) * 3 + 1}",
                    aliases=(f"P{i}",),
                    mentions=rng.randint(1, 50),
                )
            )
    results = []
    per_doc = n_events // n_docs + 1
    for d in range(n_docs):
        sents = [
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
            for _ in range(per_doc)
        ]
        text = " ".join(sents)
        doc = Document(
            f"doc-{d:06d}",
            text,
            title=f"Article {d}",
            url=f"https://news.example/{d}",
            published=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            publisher="Example",
        )
        events, pos = [], 0
        for s in sents:
            cat = rng.choice(CATS)
            a, b = rng.sample(actors, 2)
            eid = event_id(doc.id, cat, [a.key], [b.key], pos, "w")
            events.append(
                Event(
                    eid,
                    doc.id,
                    cat,
                    (a.key,),
                    (b.key,),
                    Evidence(doc.id, s, pos, pos + len(s)),
                    confidence=round(rng.random(), 3),
                    trigger="w",
                    cameo="130",
                    goldstein=-4.4,
                    plover_score=-3.5,
                    date=doc.published,
                    extractor="kg.bench.v1",
                )
            )
            pos += len(s) + 1
        used = {k for ev in events for k in (*ev.sources, *ev.targets)}
        results.append(DocResult(doc, tuple(e for e in actors if e.key in used), tuple(events)))
    return KnowledgeGraph.from_results(results)


# --- operations (each run in a child process) -------------------------------------------


def op_rdflib_write(g: KnowledgeGraph, path: Path) -> dict:
    from kg.rdf import to_graph

    t0 = time.perf_counter()
    rg = to_graph(g)
    t1 = time.perf_counter()
    rg.serialize(destination=str(path), format="turtle")
    t2 = time.perf_counter()
    return {
        "seconds": t2 - t0,
        "detail": f"to_graph {t1 - t0:.1f}s + serialize {t2 - t1:.1f}s",
        "triples": len(rg),
    }


def op_ox_write(g: KnowledgeGraph, path: Path) -> dict:
    from kg.rdf import write

    t0 = time.perf_counter()
    write(g, path, "turtle")
    return {"seconds": time.perf_counter() - t0, "detail": "kg.rdf.write (model -> pyoxigraph)"}


def op_rdflib_parse(path: Path) -> dict:
    from rdflib import Graph

    t0 = time.perf_counter()
    rg = Graph().parse(str(path), format="turtle")
    return {"seconds": time.perf_counter() - t0, "triples": len(rg), "detail": "rdflib Graph.parse"}


def op_ox_parse(path: Path) -> dict:
    from kg.rdf import read_quads

    t0 = time.perf_counter()
    n = sum(1 for _ in read_quads(path))
    return {"seconds": time.perf_counter() - t0, "triples": n, "detail": "kg.rdf.read_quads (streaming)"}


def op_ox_load(path: Path) -> dict:
    from kg.rdf import load_graph

    t0 = time.perf_counter()
    g = load_graph(path)
    return {
        "seconds": time.perf_counter() - t0,
        "detail": f"kg.rdf.load_graph -> model ({len(g.events)} events)",
    }


OPS = {
    "rdflib-write": ("write", op_rdflib_write),
    "oxigraph-write": ("write", op_ox_write),
    "rdflib-parse": ("parse", op_rdflib_parse),
    "oxigraph-parse": ("parse", op_ox_parse),
    "oxigraph-load-model": ("parse", op_ox_load),
}


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(op: str, n_triples: int, path: Path) -> None:
    kind, fn = OPS[op]
    if kind == "write":
        g = synthetic_graph(n_triples)
        base = _rss_mb()
        res = fn(g, path)
    else:
        base = _rss_mb()
        res = fn(path)
    res.update(op=op, base_mb=base, peak_mb=_rss_mb())
    print(json.dumps(res))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--path", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        run_child(args.child, args.triples, Path(args.path))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        ours, theirs = Path(tmp) / "ox.ttl", Path(tmp) / "rdflib.ttl"
        plan = [
            ("oxigraph-write", ours),
            ("rdflib-write", theirs),
            ("oxigraph-parse", ours),
            ("oxigraph-load-model", ours),
            ("rdflib-parse", ours),
        ]
        rows = {}
        for op, path in plan:
            print(f"running {op} ...", file=sys.stderr, flush=True)
            out = subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--triples",
                    str(args.triples),
                    "--child",
                    op,
                    "--path",
                    str(path),
                ],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            rows[op] = json.loads(out.strip().splitlines()[-1])
        size = ours.stat().st_size / 1e6
    n = rows["oxigraph-parse"]["triples"]
    print(f"\nTurtle, {n:,} triples ({size:.0f} MB file); peak RSS of each process (model/base included)\n")
    print(f"| {'operation':<22} | {'seconds':>8} | {'peak MB':>8} | {'over base MB':>12} | detail |")
    print(f"|{'-' * 24}|{'-' * 10}|{'-' * 10}|{'-' * 14}|---|")
    for op, r in rows.items():
        print(
            f"| {op:<22} | {r['seconds']:>8.2f} | {r['peak_mb']:>8.0f} | {r['peak_mb'] - r['base_mb']:>12.0f} "
            f"| {r['detail']} |"
        )
    w = rows["rdflib-write"]["seconds"] / rows["oxigraph-write"]["seconds"]
    p = rows["rdflib-parse"]["seconds"] / rows["oxigraph-parse"]["seconds"]
    pl = rows["rdflib-parse"]["seconds"] / rows["oxigraph-load-model"]["seconds"]
    print(
        f"\nwrite Turtle: {w:.1f}x faster; parse Turtle: {p:.1f}x faster "
        f"({pl:.1f}x including rebuilding the model); goal >= 10x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
