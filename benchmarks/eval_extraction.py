"""Score extraction on the seed article and on the annotated article sets in tests/data/dev*/.

Usage: python benchmarks/eval_extraction.py [--scorer ../shared/eval/score.py] [--verbose] [--set DIR ...]

Runs kg's extractor on each article, writes the JSON Lines export to a temporary folder and scores
it with the shared scorer (the same one that runs on unseen articles), per article and micro-averaged
per set. The sets (synthetic articles about other conflicts, annotated to the shared GUIDELINES before
the extractor was run on them; see each set's README or ANALYSIS.md for how it was used since):

- ``dev``: 3 wire-style articles (Taiwan, Sahel, Gaza);
- ``dev2``: 8 articles in the styles of different outlets; blind when first scored, then used to
  find general error classes (ANALYSIS.md);
- ``dev3``: 8 more; blind when first scored at the end of the first development day;
- ``dev5``: 8 more; blind when first scored, then used for error analysis (ANALYSIS.md);
- ``dev6``: 8 more, written without sight of the extractor; first blind score in its RESULTS.md.
- ``dev7``, ``dev8``: 8 more each, written blind; first blind scores in their RESULTS.md, then error analysis;
- ``dev9``, ``dev10``: 4 each, written blind outside the repository and scored once (RESULTS.md);
  then error analysis;
- ``dev11``, ``dev12``: 4 each, written blind outside the repository and scored once on the code
  before a day's work (RESULTS.md); then error analysis;
- ``dev13``, ``dev14``: 4 each, written blind outside the repository, scored before and after a day's
  work (RESULTS.md); then error analysis;
- ``dev15``, ``dev16``: 4 each, written blind outside the repository, scored three times on that day's
  code (RESULTS.md); then error analysis;
- ``dev17`` to ``dev20``: 4 each, written blind outside the repository and scored on the code before and
  after a day's work (RESULTS.md); dev19 and dev20 were then opened for error analysis, dev17 and dev18 a
  session later;
- ``dev21`` to ``dev24``: 4 each, written blind outside the repository and scored on the code before and
  after a session's work (RESULTS.md); opened for error analysis, with dev17 and dev18, at the start of the
  next session.
- ``dev25`` to ``dev28``: 4 each, written blind outside the repository and scored on the code before, during
  and after a session's work (RESULTS.md); opened for error analysis at the start of the next session.
- ``dev29`` to ``dev32``: 4 each, written blind outside the repository and scored on the code before and after
  two sessions' work (RESULTS.md); opened for error analysis at the start of the session after.
- ``dev33`` to ``dev36``: 4 each, written blind outside the repository and scored on the code before and after
  that session's work (RESULTS.md); opened for error analysis at the start of the next session.
- ``dev37`` to ``dev40``: 4 each, written blind outside the repository and scored on the code before, during
  and after that session's work (RESULTS.md); opened for error analysis at the start of the next session.
- ``dev41`` to ``dev44``: 4 each, written blind outside the repository and scored on the code before, during
  and after that session's work (RESULTS.md); opened for error analysis at the start of the next session.
- ``dev45`` to ``dev48``: 4 each, written blind outside the repository and scored on the code before, during
  and after that session's work (RESULTS.md); opened for error analysis at the start of the next session.
- ``dev49`` to ``dev52``: 4 each, written blind outside the repository and scored on the code before, during
  and after that session's work (RESULTS.md); opened for error analysis at the start of the next session.
- ``dev53`` to ``dev56``: 4 each, written blind outside the repository and scored on the code before, during
  and after that session's work (RESULTS.md); opened for error analysis at the start of the next session.
- ``dev57`` to ``dev60``: 4 each, written blind outside the repository and scored on the code before, during
  and after that session's work (RESULTS.md); not yet analysed.
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
    ap.add_argument(
        "--set",
        dest="sets",
        type=Path,
        action="append",
        default=None,
        help="score only this folder of NAME.txt + NAME.gold.json pairs (repeatable; default: seed + tests/data/dev*)",
    )
    args = ap.parse_args(argv)
    if not args.scorer.exists():
        print(f"scorer not found: {args.scorer}", file=sys.stderr)
        return 2
    score = _scorer(args.scorer)

    from kg.model import dumps_jsonl
    from kg.pipeline import extract

    pairs = []
    if not args.sets:
        pairs.append(
            (
                "seed",
                ROOT.parent / "shared" / "eval" / "seed.gold.json",
                sorted((ROOT / "seeds").glob("*.txt")),
            )
        )
    for folder in args.sets or sorted((ROOT / "tests" / "data").glob("dev*")):
        for g in sorted(folder.glob("*.gold.json")):
            pairs.append((folder.name, g, [g.with_name(g.name.replace(".gold.json", ".txt"))]))
    tmp = Path(tempfile.mkdtemp())
    totals: dict[str, Counter] = {}
    for name, gold, texts in pairs:
        out = tmp / f"{name}-{gold.stem}.jsonl"
        out.write_text(dumps_jsonl(extract(texts)), encoding="utf-8")
        c = score.score_pair(score.Gold(str(gold)), str(out), verbose=args.verbose)
        totals[name] = totals.get(name, Counter()) + c
        print(f"{name + '/' + gold.stem:32s} " + _line(score, c))
    for name, c in totals.items():
        print(f"== {name:29s} " + _line(score, c))
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
