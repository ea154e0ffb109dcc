"""``kg validate``, ``kg merge`` and ``kg ontology-doc`` through Typer's CliRunner."""

from __future__ import annotations

from dataclasses import replace

from rdf_samples import doc_a, doc_b, sample_graph
from typer.testing import CliRunner

from kg.cli import app
from kg.model import KnowledgeGraph
from kg.rdf import load_graph, write

runner = CliRunner()


def _invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_cli_validate_conforming_graph(tmp_path):
    path = write(sample_graph(), tmp_path / "g.ttl")
    r = _invoke("validate", path)
    assert r.exit_code == 0, r.output
    assert "conforms" in r.output


def test_cli_validate_lists_violations_and_exits_1(tmp_path):
    g = sample_graph()
    ev = next(e for e in g.events.values() if e.category == "THREATEN")
    g.events[ev.id] = replace(ev, confidence=2.0)
    r = _invoke("validate", write(g, tmp_path / "bad.trig"))
    assert r.exit_code == 1
    assert "confidence" in r.output and "does not conform" in r.output


def test_cli_validate_missing_file(tmp_path):
    r = _invoke("validate", tmp_path / "missing.ttl")
    assert r.exit_code == 1
    assert "Error: [E001]" in r.output and "Traceback" not in r.output


def test_cli_merge(tmp_path):
    a = write(KnowledgeGraph.from_results([doc_a()]), tmp_path / "a.ttl")
    b = write(KnowledgeGraph.from_results([doc_b()]), tmp_path / "b.ttl")
    r = _invoke("merge", a, b, "-o", tmp_path / "c.ttl")
    assert r.exit_code == 0, r.output
    assert sorted(load_graph(tmp_path / "c.ttl").documents) == ["article-a", "article-b"]


def test_cli_merge_unknown_output_format_is_usage_error(tmp_path):
    a = write(sample_graph(), tmp_path / "a.ttl")
    r = _invoke("merge", a, "-o", tmp_path / "c.xml")
    assert r.exit_code == 2
    assert "[E005]" in r.output


def test_cli_ontology_doc_check_passes_on_the_committed_files():
    r = _invoke("ontology-doc", "--check")
    assert r.exit_code == 0, r.output
