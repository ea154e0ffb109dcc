"""Score extraction on the seed article and on the held-out dev articles in tests/data/dev/.

Usage: python benchmarks/eval_extraction.py [--scorer ../shared/eval/score.py] [--verbose]

Runs kg's extractor on each article, writes the JSON Lines export to a temporary folder and scores
it with the shared scorer (the same one that runs on unseen articles), per article and micro-averaged
over the dev set. The seed is the development set; the dev articles are written for other conflicts and
are never used to write rules.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("kg_eval_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "eval" / "score.py")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer}", file=sys.stderr)
        return 2
    score = _scorer(args.scorer)

    from kg.model import dumps_jsonl
    from kg.pipeline import extract

    pairs = [(ROOT.parent / "shared" / "eval" / "seed.gold.json", sorted((ROOT / "seeds").glob("*.txt")))]
    dev = sorted((ROOT / "tests" / "data" / "dev").glob("*.gold.json"))
    pairs += [(g, [g.with_name(g.name.replace(".gold.json", ".txt"))]) for g in dev]
    tmp = Path(tempfile.mkdtemp())
    totals = {"seed": Counter(), "dev": Counter()}
    for gold, texts in pairs:
        out = tmp / (gold.stem + ".jsonl")
        out.write_text(dumps_jsonl(extract(texts)), encoding="utf-8")
        c = score.score_pair(score.Gold(str(gold)), str(out), verbose=args.verbose)
        totals["seed" if gold.name == "seed.gold.json" else "dev"] += c
        print(f"{gold.stem:22s} " + _line(score, c))
    for name, c in totals.items():
        print(f"== {name:19s} " + _line(score, c))
    print(json.dumps({k: {p: score.prf(c, p) for p in ("event", "dyad", "role")} for k, c in totals.items()}))
    return 0


def _line(score, c: Counter) -> str:
    parts = []
    ent_r = c["ent_found"] / c["ent_gold"] if c["ent_gold"] else 0.0
    parts.append(f"entR={ent_r:.2f}")
    for p in ("event", "dyad", "role", "ally"):
        r = score.prf(c, p)
        parts.append(f"{p}F1={r['F1']:.2f}(P{r['P']:.2f}/R{r['R']:.2f})")
    return " ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
