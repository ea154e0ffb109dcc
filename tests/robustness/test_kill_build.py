"""A ``kg build`` killed (SIGKILL) at several moments leaves the previous outputs intact and loadable.

Each output file is replaced atomically (temporary file, fsync, ``os.replace``), so after a
kill every ``graph.*`` in OUT is either byte-for-byte the previous build's or a complete
new one; never a truncated file. Resuming is tested by the pipeline's own tests; this file
is about what a researcher already had on disk.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib

from kg.rdf.io import load_graph
from tests.robustness.checks import RDF_FILES, assert_outputs_parse

OUTPUTS = ("graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld", "graph.jsonl", "graph.html")
ACTORS = ["Russia", "China", "the United States", "Iran", "Israel", "NATO", "Vladimir Putin", "Xi Jinping",
          "Ukraine", "Germany", "France", "Japan", "the Philippines", "Qatar", "Egypt", "Turkey", "India"]  # fmt: skip
VERBS = ["threatened", "met with", "signed an agreement with", "accused", "held talks with",
         "imposed sanctions on", "praised", "sent aid to", "held a joint naval exercise with"]  # fmt: skip


def _corpus(path: Path, n: int, seed: int) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = " ".join(
                f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(ACTORS)} on Monday." for _ in range(8)
            )
            rec = {"id": f"s{seed}-{i:03d}", "title": f"Article {i}", "published": "2025-03-10", "text": text}
            fh.write(json.dumps(rec) + "\n")
    return path


def _digests(out: Path) -> dict[str, str]:
    return {n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in OUTPUTS}


def _assert_each_output_old_or_complete(out: Path, old: dict[str, str]) -> list[str]:
    """Every output is the previous build's file or a complete new one; returns the names replaced."""
    replaced = []
    for name in OUTPUTS:
        p = out / name
        assert p.is_file() and p.stat().st_size > 0, name
        if hashlib.sha256(p.read_bytes()).hexdigest() == old[name]:
            continue
        replaced.append(name)
        if name in RDF_FILES:
            assert_outputs_parse(out, files=[name])
        elif name == "graph.jsonl":
            for line in p.read_text(encoding="utf-8").split("\n")[:-1]:
                json.loads(line)
        else:
            assert p.read_text(encoding="utf-8").rstrip().endswith("</html>"), name
    # What a researcher does next works: rdflib reads the Turtle, every JSONL line parses, kg loads OUT.
    rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert all(json.loads(x) for x in (out / "graph.jsonl").read_text(encoding="utf-8").split("\n")[:-1])
    assert load_graph(out).entities
    return replaced


def _tmp_of(out: Path, name: str) -> bool:
    prefix = f".{name}."
    try:
        return any(e.name.startswith(prefix) and e.name.endswith(".tmp") for e in os.scandir(out))
    except FileNotFoundError:
        return False


def _build_and_kill(corpus: Path, out: Path, when: tuple[str, object], timeout: float = 240) -> str:
    """Start ``python -m kg build`` and SIGKILL it at ``when``: ("after", seconds) or ("writing", file name).

    Returns what happened: "killed" or "finished" (the build ended before the moment came).
    """
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=out.parent,
    )
    start = time.monotonic()
    kind, arg = when
    try:
        while proc.poll() is None:
            if time.monotonic() - start > timeout:
                raise AssertionError(f"build did not reach {when} in {timeout} s")
            if (kind == "after" and time.monotonic() - start >= arg) or (
                kind == "writing" and _tmp_of(out, arg)
            ):
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                return "killed"
            time.sleep(0.001)
        return "finished"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)


@pytest.mark.slow
def test_kill_build_mid_way_keeps_previous_outputs(tmp_path):
    from kg.pipeline import build

    out = tmp_path / "out"
    build([_corpus(tmp_path / "first.jsonl", 20, seed=1)], out)  # the previous, good build
    old = _digests(out)
    assert_outputs_parse(out)

    second = _corpus(tmp_path / "second.jsonl", 60, seed=2)
    moments = [
        ("after", 1.0),  # loading the model
        ("writing", "graph.ttl"),  # extraction done, first file being written
        ("writing", "graph.nq"),
        ("writing", "graph.jsonld"),
        ("writing", "graph.jsonl"),
        ("writing", "graph.html"),
    ]
    killed_while_writing = 0
    for when in moments:
        outcome = _build_and_kill(second, out, when)
        replaced = _assert_each_output_old_or_complete(out, old)
        if when[0] == "after" and outcome == "killed":
            assert replaced == [], (when, replaced)
        if when[0] == "writing" and outcome == "killed":
            killed_while_writing += 1
        leftovers = [e.name for e in out.iterdir() if e.name not in OUTPUTS and e.name != ".cache"]
        assert all(x.startswith(".") and x.endswith(".tmp") for x in leftovers), leftovers
    assert killed_while_writing >= 3, "the kills never landed while files were being written"

    # And a build that is left alone finishes and replaces everything with valid files.
    r = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(second), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert set(_assert_each_output_old_or_complete(out, old)) == set(OUTPUTS)
    assert_outputs_parse(out)
