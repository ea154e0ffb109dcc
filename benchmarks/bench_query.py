"""The saved SPARQL queries on rdflib's in-memory graph vs kg's Oxigraph store, at ~1,000,000 triples.

A synthetic corpus of our shape -- actors (states with ISO3 codes and aliases, people acting
for states, organizations), documents, and assertions with sources, targets, categories,
PLOVER/CAMEO codes, dates, evidence sentences and offsets, plus the direct actor-to-actor
triples -- is generated as a :class:`kg.model.KnowledgeGraph` and written as N-Quads by
kg's own converter (pyoxigraph, no rdflib), so the data is exactly what ``kg build`` emits.
Actors are drawn with a Zipf-like skew so a few hubs ("Russia", "China", "Donald Trump")
take part in many events, as in news.

Each saved query (``kg/query/saved/*.rq``) runs with the same parameters on
- rdflib: ``Dataset(default_union=True)`` in memory, the query text with the same ``VALUES`` block;
- Oxigraph: the persistent store written by ``kg load`` (:func:`kg.query.store.load_store`),
  and the in-memory store ``kg query FILE`` uses.

Each engine is timed in its own phase, with only its own data loaded in the process.

    python benchmarks/bench_query.py                    # ~1M triples (rdflib takes minutes)
    python benchmarks/bench_query.py --triples 100000

Not a test: prints a table with the ratios (goal: Oxigraph >= 10x faster on every query).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg.model import KnowledgeGraph
from kg.types import SYMMETRIC_TYPES, DocResult, Document, Entity, Event, Evidence

CATEGORIES = [
    ("THREATEN", 8),
    ("SANCTION", 5),
    ("COOPERATE", 10),
    ("CONSULT", 14),
    ("ACCUSE", 8),
    ("AID", 5),
    ("ASSAULT", 6),
    ("ALLY", 6),
    ("SUPPORT", 6),
    ("REJECT", 4),
    ("AGREE", 5),
    ("ROLE", 8),
    ("QUOTE", 10),
]
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
    "from",
    "officials",
    "in",
    "the",
    "capital",
    "after",
    "weeks",
    "of",
    "pressure",
    "over",
    "trade",
    "and",
    "security",
]
HUBS = [
    Entity("Q159", "Russia", "Country", wikidata="Q159", iso3="RUS", aliases=("Moscow", "Kremlin")),
    Entity("Q148", "China", "Country", wikidata="Q148", iso3="CHN", aliases=("Beijing",)),
    Entity("Q30", "United States", "Country", wikidata="Q30", iso3="USA", aliases=("Washington",)),
    Entity("Q22686", "Donald Trump", "Person", wikidata="Q22686", country="Q30", aliases=("Trump",)),
    Entity("Q794", "Iran", "Country", wikidata="Q794", iso3="IRN", aliases=("Tehran",)),
    Entity("Q80733", "Sergey Lavrov", "Person", wikidata="Q80733", country="Q159", aliases=("Lavrov",)),
]
TRIPLES_PER_EVENT = 21.5  # measured on this generator, actors and documents included


def synthetic_graph(n_triples: int, seed: int = 0) -> KnowledgeGraph:
    """A deterministic graph of about ``n_triples`` triples shaped like a kg build."""
    rng = random.Random(seed)
    n_events = max(10, int(n_triples / TRIPLES_PER_EVENT))
    n_docs = max(1, n_events // 20)
    n_actors = max(20, n_events // 12)
    actors = list(HUBS)
    states = [e.key for e in HUBS if e.type == "Country"]
    for i in range(len(HUBS), n_actors):
        kind = i % 4
        if kind == 0:
            key = f"Q{1_000_000 + i}"
            actors.append(
                Entity(
                    key,
                    f"State {i}",
                    "Country",
                    wikidata=key,
                    iso3=f"S{i % 100:02d}",
                    aliases=(f"Capital {i}",),
                )
            )
            states.append(key)
        elif kind in (1, 2):
            actors.append(Entity(f"person:person-{i}", f"Person {i}", "Person", country=rng.choice(states)))
        else:
            actors.append(
                Entity(
                    f"organization:org-{i}",
                    f"Organization {i}",
                    "Organization",
                    subtype="GovernmentBody",
                    country=rng.choice(states),
                )
            )
    weights = [1.0 / (r + 1) ** 0.9 for r in range(len(actors))]
    cats, cat_w = zip(*CATEGORIES, strict=True)
    per_doc: list[list[Event]] = [[] for _ in range(n_docs)]
    docs = [
        Document(
            f"doc-{d:06d}",
            "",
            title=f"Article {d}",
            url=f"https://example.org/news/{d}",
            published=f"2025-{1 + d % 12:02d}-{1 + d % 28:02d}",
            publisher="Example Wire",
        )
        for d in range(n_docs)
    ]
    texts = [[] for _ in range(n_docs)]
    offsets = [0] * n_docs
    for i in range(n_events):
        d = i % n_docs
        cat = rng.choices(cats, cat_w)[0]
        a, b = rng.choices(range(len(actors)), weights, k=2)
        if a == b:
            b = (b + 1) % len(actors)
        sent = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 30))).capitalize() + "."
        start = offsets[d]
        texts[d].append(sent)
        offsets[d] += len(sent) + 1
        if i % 500 == 7:  # a steady thread of the seed's story: Trump threatens Russia
            cat, a, b = "THREATEN", 3, 0
        src, tgt = (actors[a].key,), (actors[b].key,)
        if cat in SYMMETRIC_TYPES and rng.random() < 0.5:
            src, tgt = (actors[a].key, actors[b].key), ()
        per_doc[d].append(
            Event(
                f"{i:012x}",
                docs[d].id,
                cat,
                src,
                tgt if cat != "QUOTE" else (),
                Evidence(docs[d].id, sent, start, start + len(sent)),
                confidence=round(rng.uniform(0.4, 0.95), 2),
                trigger="said",
                cameo="040",
                goldstein=1.0,
                plover_score=2.5,
                modality=rng.choice(("asserted", "asserted", "asserted", "future", "hypothetical")),
                date=f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}" if rng.random() < 0.6 else None,
                role="Minister" if cat == "ROLE" else None,
                quote=sent if cat == "QUOTE" else None,
                extractor="kg.bench.v1",
            )
        )
    g = KnowledgeGraph()
    for d, doc in enumerate(docs):
        doc = Document(doc.id, " ".join(texts[d]), doc.title, doc.url, doc.published, doc.publisher)
        keys = {k for ev in per_doc[d] for k in (*ev.sources, *ev.targets)}
        ents = tuple(e for e in actors if e.key in keys)
        g.add(
            DocResult(
                doc,
                tuple(
                    Entity(e.key, e.label, e.type, e.subtype, e.wikidata, e.iso3, e.country, e.aliases, 1)
                    for e in ents
                ),
                tuple(per_doc[d]),
            )
        )
    for e in actors:
        if e.key not in g.entities:
            g.add_entity(e)
    return g


PARAMS = {
    "partners": {"actor": "Russia"},
    "events_between": {"actor": "Russia", "other": "China"},
    "threats_sanctions": {"source": "Trump", "target": "Russia"},
    "timeline": {"actor": "China"},
    "evidence": {"subject": "Trump", "relation": "THREATEN", "object": "Russia"},
    "roles": {"state": "Russia"},
    "degree": {},
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3, help="Oxigraph runs per query (median reported)")
    ap.add_argument(
        "--keep", type=Path, help="write the N-Quads and the store here instead of a temporary folder"
    )
    args = ap.parse_args()

    import rdflib

    from kg.query.engine import PREFIXES, inject_values, open_graph, run_query
    from kg.query.saved import bind_params, get_saved
    from kg.query.store import load_store
    from kg.rdf.io import write

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-query-"))
    work.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    g = synthetic_graph(args.triples)
    nq = write(g, work / "graph.nq", "nquads")
    print(
        f"generated {len(g.events):,} events, {len(g.entities):,} actors, {len(g.documents):,} documents "
        f"in {time.perf_counter() - t:.1f} s",
        file=sys.stderr,
    )
    del g

    t = time.perf_counter()
    rep = load_store([nq], work / "store")
    ox_load = time.perf_counter() - t
    print(f"Oxigraph store: {rep.quads:,} quads loaded in {ox_load:.1f} s", file=sys.stderr)

    def timed(st, text):
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            res = run_query(st, text)
            times.append(time.perf_counter() - t)
        return res, statistics.median(times)

    # Each engine is timed in its own phase, holding only its own data: a 1M-quad in-memory
    # store or rdflib Dataset kept in the same process made the persistent store's queries
    # ~1.5x slower (cache and memory effects), which is not how `kg query`/`kg serve` run.
    store = open_graph(work / "store")
    # the same query text for both engines: saved query + VALUES block of the bound parameters
    texts = {}
    for name, params in PARAMS.items():
        q = get_saved(name)
        texts[name] = inject_values(q.text, bind_params(store, q, params))
    ox_rows, ox_times = {}, {}
    for name, text in texts.items():
        res, ox_times[name] = timed(store, text)
        ox_rows[name] = len(res.rows)
    del store

    t = time.perf_counter()
    memory = open_graph(nq)  # what `kg query FILE` does: pyoxigraph's in-memory store
    mem_load = time.perf_counter() - t
    mem_times = {name: timed(memory, text)[1] for name, text in texts.items()}
    del memory

    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(str(nq), format="nquads")
    rd_load = time.perf_counter() - t
    print(f"rdflib Dataset: {len(ds):,} triples parsed in {rd_load:.1f} s", file=sys.stderr)
    init_ns = {k: rdflib.Namespace(v) for k, v in PREFIXES.items()}

    rows = []
    for name, text in texts.items():
        t = time.perf_counter()
        n_rd = len(list(ds.query(text, initNs=init_ns)))
        rd = time.perf_counter() - t
        ox_t, mem_t = ox_times[name], mem_times[name]
        rows.append((name, ox_rows[name], n_rd, rd, ox_t, mem_t))
        print(
            f"  {name}: rdflib {rd:.3f} s, oxigraph store {ox_t:.4f} s, in memory {mem_t:.4f} s",
            file=sys.stderr,
        )

    print(
        f"\nSaved queries over {rep.quads:,} quads ({args.triples:,} requested); Oxigraph: median of {args.repeat}\n"
    )
    head = (
        f"{'query':<18} {'rows':>6} {'rdflib s':>9} {'store s':>8} {'ratio':>6} {'memory s':>9} {'ratio':>6}"
    )
    print(head)
    for name, n_ox, n_rd, rd, ox_t, mem_t in rows:
        same = "" if n_ox == n_rd else f"  (rdflib rows: {n_rd})"
        print(
            f"{name:<18} {n_ox:>6} {rd:>9.3f} {ox_t:>8.4f} {rd / ox_t:>5.0f}x {mem_t:>9.4f} {rd / mem_t:>5.0f}x{same}"
        )
    total = [sum(r[i] for r in rows) for i in (3, 4, 5)]
    print(
        f"{'all 7 queries':<18} {'':>6} {total[0]:>9.3f} {total[1]:>8.4f} {total[0] / total[1]:>5.0f}x "
        f"{total[2]:>9.4f} {total[0] / total[2]:>5.0f}x"
    )
    print(
        f"{'load':<18} {'':>6} {rd_load:>9.1f} {ox_load:>8.1f} {rd_load / ox_load:>5.0f}x "
        f"{mem_load:>9.1f} {rd_load / mem_load:>5.0f}x"
    )
    print(
        f"\nslowest ratio: store {min(r[3] / r[4] for r in rows):.0f}x, "
        f"in memory {min(r[3] / r[5] for r in rows):.0f}x (goal >= 10x)"
    )
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
