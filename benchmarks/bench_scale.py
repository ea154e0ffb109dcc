"""Corpus-scale benchmark of ``kg build``: four ratios from one command (one run each).

    python benchmarks/bench_scale.py            # 2,000 articles (about 20 minutes on 2 idle cores)
    python benchmarks/bench_scale.py --small    # 200 articles, a quick check

1. throughput: words/s of ``kg build`` (all RDF and JSONL outputs written; the HTML view
   with ``--html``) over N articles vs bare
   ``nlp.pipe`` with the same spaCy pipeline (kg's components included) and the same
   number of processes (goal >= 0.8);
2. scaling: time with 1 worker / time with W workers on ``--scaling-articles`` articles
   (default N/4, about a minute of serial work at N=2,000: each worker's start-up, about 2 s
   of Python, spaCy and model loading, is a fixed cost that a few seconds of work would
   mostly measure) (goal >= 1.7 for W=2);
3. memory: peak memory building N articles / building N/10 (goal <= 1.3), summed over the
   build's whole process tree (parent and workers), sampled every 50 ms;
4. incremental: re-running over the corpus plus 1% new articles / the full build (goal <= 0.05).

Every measured step runs in a fresh subprocess. The corpus comes from
:mod:`kg.corpus` (synthetic articles recombined from kg's example articles).
Numbers depend on the machine and on what else runs on it: the load average is printed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

from kg.corpus import write_corpus
from kg.nlp import DEFAULT_MODEL

BUILD = """
import json, resource, sys, time
from kg.pipeline import build
if __name__ == "__main__":
    a = json.loads(sys.argv[1])
    t = time.perf_counter()
    r = build(a["sources"], a["out"], workers=a["workers"], cache=a["cache"], model=a["model"], html=a["html"])
    cpu = sum(resource.getrusage(w).ru_utime + resource.getrusage(w).ru_stime
              for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(json.dumps({"seconds": time.perf_counter() - t, "documents": r.n_documents, "extracted": r.extracted,
                      "cached": r.cached, "timings": r.timings, "events": len(r.graph.events), "cpu": cpu}))
"""

SPACY = """
import json, resource, sys, time
from kg.nlp import load_pipeline
if __name__ == "__main__":
    a = json.loads(sys.argv[1])
    nlp = load_pipeline(a["model"])
    def texts():
        for path in a["sources"]:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        yield json.loads(line)["text"]
    t = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts(), n_process=a["workers"]))
    cpu = sum(resource.getrusage(w).ru_utime + resource.getrusage(w).ru_stime
              for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(json.dumps({"seconds": time.perf_counter() - t, "documents": n, "cpu": cpu}))
"""


def run(code: str, args: dict, *, label: str) -> dict:
    """Run ``code`` in a fresh interpreter; return its JSON answer plus wall time and peak memory (MB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code, json.dumps(args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ps = psutil.Process(proc.pid)
    peak_tree = peak_main = 0
    while proc.poll() is None:
        try:
            procs = [ps, *ps.children(recursive=True)]
            rss = []
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    rss.append(p.memory_info().rss)
            peak_tree = max(peak_tree, sum(rss))
            peak_main = max(peak_main, rss[0] if rss else 0)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.exit(f"{label} failed ({proc.returncode}):\n{err[-3000:]}")
    res = json.loads(out.strip().splitlines()[-1])
    res.update(wall=wall, peak_tree_mb=peak_tree / 2**20, peak_main_mb=peak_main / 2**20)
    print(
        f"  {label}: {wall:.1f} s wall ({res['seconds']:.1f} s in the step, {res['cpu']:.1f} s CPU),"
        f" peak {res['peak_tree_mb']:.0f} MB"
        f" (parent {res['peak_main_mb']:.0f} MB)"
        + (f", phases {_fmt(res['timings'])}" if "timings" in res else ""),
        flush=True,
    )
    return res


def _fmt(timings: dict) -> str:
    return ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())


def words_of(path: Path) -> int:
    with path.open(encoding="utf-8") as fh:
        return sum(len(json.loads(line)["text"].split()) for line in fh if line.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", action="store_true", help="200 articles instead of 2,000 (quick check)")
    ap.add_argument("--articles", type=int, default=None, help="corpus size N (default 2,000; --small: 200)")
    ap.add_argument(
        "--scaling-articles", type=int, default=None, help="articles for 1 vs W workers (default N/4)"
    )
    ap.add_argument("--workers", type=int, default=2, help="processes for kg build and nlp.pipe (default 2)")
    ap.add_argument("--model", default=DEFAULT_MODEL)
    ap.add_argument(
        "--html", action="store_true", help="also write graph.html in every build (default: RDF only)"
    )
    ap.add_argument(
        "--work", type=Path, default=None, help="working folder (default: a temporary one, removed)"
    )
    a = ap.parse_args()
    n = a.articles or (200 if a.small else 2000)
    n_small = max(1, n // 10)
    n_scale = a.scaling_articles or max(10, n // 4)
    n_new = max(1, n // 100)
    w = a.workers
    work = a.work or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(
        f"machine: {platform.node()} {platform.machine()}, {psutil.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 2**30:.1f} GB RAM, Python {platform.python_version()}; "
        f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}",
        flush=True,
    )
    corpus = write_corpus(n, work / "corpus" / "part-0.jsonl", seed=42)
    new = write_corpus(n_new, work / "new" / "part-1.jsonl", seed=42, start=n)
    small = write_corpus(n_small, work / "small" / "part-0.jsonl", seed=42)
    scale = write_corpus(n_scale, work / "scale" / "part-0.jsonl", seed=42)
    words = words_of(corpus)
    print(
        f"corpus: {n} articles, {words:,} words; {n_new} new; memory check at {n_small}; scaling on {n_scale}"
    )
    t_start = time.perf_counter()

    print(f"1. throughput ({w} processes)", flush=True)
    sp = run(
        SPACY,
        {"sources": [str(corpus)], "workers": w, "model": a.model, "html": a.html},
        label=f"nlp.pipe n_process={w}",
    )
    full_out = work / "out"
    kg = run(
        BUILD,
        {
            "sources": [str(corpus)],
            "out": str(full_out),
            "workers": w,
            "cache": True,
            "model": a.model,
            "html": a.html,
        },
        label=f"kg build --workers {w}",
    )
    spacy_wps, kg_wps = words / sp["wall"], words / kg["wall"]

    print("2. memory", flush=True)
    sm = run(
        BUILD,
        {
            "sources": [str(small)],
            "out": str(work / "out-small"),
            "workers": w,
            "cache": True,
            "model": a.model,
            "html": a.html,
        },
        label=f"kg build {n_small} articles",
    )

    print("3. incremental", flush=True)
    inc = run(
        BUILD,
        {
            "sources": [str(corpus), str(new)],
            "out": str(full_out),
            "workers": w,
            "cache": True,
            "model": a.model,
            "html": a.html,
        },
        label=f"kg build + {n_new} new",
    )
    assert inc["extracted"] == n_new and inc["cached"] == n, inc

    print(f"4. scaling ({n_scale} articles)", flush=True)
    one = run(
        BUILD,
        {
            "sources": [str(scale)],
            "out": str(work / "out-1"),
            "workers": 1,
            "cache": False,
            "model": a.model,
            "html": a.html,
        },
        label="kg build --workers 1",
    )
    many = run(
        BUILD,
        {
            "sources": [str(scale)],
            "out": str(work / "out-w"),
            "workers": w,
            "cache": False,
            "model": a.model,
            "html": a.html,
        },
        label=f"kg build --workers {w}",
    )

    figures = [
        (
            "throughput kg build / nlp.pipe (words/s)",
            kg_wps / spacy_wps,
            ">=",
            0.8,
            f"{kg_wps:,.0f} vs {spacy_wps:,.0f} words/s",
        ),
        (
            f"scaling {w} workers vs 1",
            one["wall"] / many["wall"],
            ">=",
            1.7,
            f"{one['wall']:.1f} s vs {many['wall']:.1f} s",
        ),
        (
            f"peak memory {n} vs {n_small} articles",
            kg["peak_tree_mb"] / sm["peak_tree_mb"],
            "<=",
            1.3,
            f"{kg['peak_tree_mb']:.0f} MB vs {sm['peak_tree_mb']:.0f} MB"
            f" (parent alone {kg['peak_main_mb']:.0f} vs {sm['peak_main_mb']:.0f} MB)",
        ),
        (
            f"incremental +{n_new} new / full build",
            inc["wall"] / kg["wall"],
            "<=",
            0.05,
            f"{inc['wall']:.1f} s vs {kg['wall']:.1f} s",
        ),
    ]
    print(
        f"  (per CPU-second, which other load on the machine does not distort: kg build "
        f"{words / kg['cpu']:,.0f} vs nlp.pipe {words / sp['cpu']:,.0f} words/CPU-s, "
        f"ratio {sp['cpu'] / kg['cpu']:.2f})"
    )
    print(
        f"\nresults ({time.perf_counter() - t_start:.0f} s in all; load average after: "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())})"
    )
    for name, value, op, goal, detail in figures:
        ok = value >= goal if op == ">=" else value <= goal
        print(f"  {name:<45} {value:6.2f}  (goal {op} {goal})  {'OK ' if ok else 'MISS'}  {detail}")
    if a.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
