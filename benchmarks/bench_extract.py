"""Cost of kg's extraction on top of spaCy: bare ``nlp.pipe`` vs. the full extractor, same texts, one run.

Usage: python benchmarks/bench_extract.py [FILES...] [--repeat N]

Texts default to the seed article and the dev articles in tests/data/dev/, repeated ``--repeat``
times. Prints words/second of (a) the bare spaCy pipeline (kg's pipeline with its entity
components, i.e. what ``load_pipeline()`` returns), (b) parsing plus every registered extractor
(entity linking, roles, events, quotes, quantities), and the extraction overhead as a share of
spaCy's own time (target: <= 25%).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _texts(paths: list[Path], repeat: int) -> list[str]:
    from kg.ingest import read_file

    out = []
    for p in paths:
        for d in read_file(p):
            if hasattr(d, "text"):
                out.append(d.text)
    return out * repeat


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    paths = args.files or sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        (ROOT / "tests" / "data" / "dev").glob("*.txt")
    )

    from kg.extract import extract_doc
    from kg.nlp import load_pipeline
    from kg.types import Document

    nlp = load_pipeline()
    texts = _texts(paths, args.repeat)
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:2]))  # warm up (lazy loading)
    docs_meta = [Document(id=f"d{i}", text=t, published="2025-03-10") for i, t in enumerate(texts)]
    extract_doc(nlp(texts[0]), docs_meta[0])

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    t_spacy = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = 0
    for doc, d in zip(docs, docs_meta, strict=True):
        n_events += len(extract_doc(doc, d).events)
    t_extract = time.perf_counter() - t0

    print(f"texts={len(texts)} words={words} events={n_events}")
    print(f"spaCy nlp.pipe:           {words / t_spacy:10.0f} words/s  ({t_spacy:.2f} s)")
    print(
        f"spaCy + kg extraction:    {words / (t_spacy + t_extract):10.0f} words/s  ({t_spacy + t_extract:.2f} s)"
    )
    print(f"extraction only:          {words / t_extract:10.0f} words/s  ({t_extract:.2f} s)")
    ratio = t_extract / t_spacy
    print(f"extraction / spaCy time:  {ratio:10.1%}  (target <= 25%)")
    return 0 if ratio <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
