"""The CLI through its real entry points: Typer's CliRunner on ``kg.cli.app`` and ``python -m kg``."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from tests.conftest import SEEDS

runner = CliRunner()

GOOD = "Japan and the Philippines signed a defence pact in Manila on Monday, officials said."


def _invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_cli_python_m_kg_help():
    r = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0
    for cmd in ("build", "extract"):
        assert cmd in r.stdout


def test_cli_build_default_reads_seeds_writes_out(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no seeds/ here: falls back to the seeds shipped beside the package
    r = _invoke("build")
    assert r.exit_code == 0, r.output
    for name in ("graph.ttl", "graph.trig", "graph.jsonld", "graph.jsonl", "graph.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0, name
    assert "documents" in r.output


def test_cli_extract_jsonl_contract():
    r = _invoke("extract", *sorted(SEEDS.glob("*.txt")), "--format", "jsonl")
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    ents = [x for x in recs if x["kind"] == "entity"]
    rels = [x for x in recs if x["kind"] == "relation"]
    assert ents and rels
    ids = {e["id"] for e in ents}
    for e in ents:
        assert e["type"] in {"Country", "Person", "Organization", "IGO", "Location", "Event", "Other"}
        assert isinstance(e["mentions"], int) and isinstance(e["aliases"], list)
    for rel in rels:
        assert rel["subject"] in ids and (rel["object"] is None or rel["object"] in ids)
        assert 0.0 <= rel["confidence"] <= 1.0
        assert rel["doc"].endswith("/000_a7052c9fcf0f658b")
        assert rel["category"].isupper()


def test_cli_extract_table(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GOOD, encoding="utf-8")
    r = _invoke("extract", p, "--format", "table")
    assert r.exit_code == 0, r.output
    assert "relations" in r.output


def _assert_one_line_error(r, *needles):
    assert "Traceback" not in r.output
    err_lines = [ln for ln in r.output.splitlines() if ln.startswith("Error:")]
    assert len(err_lines) == 1, r.output
    for n in needles:
        assert n in err_lines[0], r.output


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("latin1.txt", "Mosc\xf4w".encode("latin-1"), "UTF-8"),
        ("data.xlsx", b"PK\x03\x04", "unsupported"),
    ],
)
def test_cli_build_bad_input_exit_1_no_partial_output(tmp_path, name, content, reason):
    p = tmp_path / name
    if content is not None:
        p.write_bytes(content)
    out = tmp_path / "out"
    r = _invoke("build", p, "-o", out)
    assert r.exit_code == 1
    _assert_one_line_error(r, name, reason)
    assert not out.exists() or not any(out.iterdir())


def test_cli_build_other_inputs_still_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out"
    r = _invoke("build", good, bad, "-o", out, "--no-html")
    assert r.exit_code == 1
    assert "bad.txt" in r.output and "Traceback" not in r.output
    rels = [json.loads(x) for x in (out / "graph.jsonl").read_text().splitlines()]
    assert any(x["kind"] == "entity" and x["label"] == "Japan" for x in rels)
    leftovers = [p.name for p in out.rglob("*") if "tmp" in p.name.lower()]
    assert leftovers == []


def test_cli_unknown_model_is_usage_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(GOOD, encoding="utf-8")
    r = _invoke("extract", p, "--model", "no_such_pipeline_xyz")
    assert r.exit_code == 2
    _assert_one_line_error(r, "no_such_pipeline_xyz", "not installed")


def test_cli_unknown_option_is_usage_error():
    r = _invoke("build", "--no-such-option")
    assert r.exit_code == 2
    assert "Traceback" not in r.output
