"""benchmarks/bench_query.py still runs (on a small graph; the README reports the 1,000,000-triple run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.slow
@pytest.mark.parametrize("triples", [3000])
def test_bench_query_runs_and_prints_ratios(triples):
    out = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench_query.py"),
            "--triples",
            str(triples),
            "--repeat",
            "1",
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    ).stdout
    for name in (
        "partners",
        "events_between",
        "threats_sanctions",
        "timeline",
        "evidence",
        "roles",
        "degree",
    ):
        line = next(x for x in out.splitlines() if x.startswith(name))
        assert line.rstrip().endswith("x"), line  # a ratio, and rdflib gave the same number of rows
    assert "slowest ratio: store" in out
