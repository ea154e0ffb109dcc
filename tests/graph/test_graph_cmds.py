"""kg stats, kg export and kg viz through the CLI (Typer's CliRunner): output, exit codes, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.model import KnowledgeGraph
from kg.types import DocResult

DATA = Path(__file__).parent.parent / "data" / "graph"


@pytest.fixture(scope="module")
def toy_files(tmp_path_factory):
    from kg.rdf import write_outputs

    doc = json.loads((DATA / "toy.json").read_text(encoding="utf-8"))
    g = KnowledgeGraph.from_results(DocResult.from_dict(r) for r in doc["results"])
    out = tmp_path_factory.mktemp("toy")
    write_outputs(g, out)
    return out


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("name", ["graph.ttl", "graph.jsonl", "graph.trig"])
def test_graph_cmds_stats_json(runner, toy_files, name):
    r = runner.invoke(app, ["stats", str(toy_files / name), "--format", "json"])
    assert r.exit_code == 0, r.output
    s = json.loads(r.stdout)
    assert ["China", "Iran", "Russia"] in [b["labels"] for b in s["blocs"]]
    assert s["relations"] == 13 and s["hostile"][0]["labels"] == ["Russia", "Ukraine"]


def test_graph_cmds_stats_table(runner, toy_files):
    r = runner.invoke(app, ["stats", str(toy_files / "graph.ttl")])
    assert r.exit_code == 0, r.output
    for text in ("blocs", "China, Iran, Russia", "most hostile dyads", "Russia - Ukraine", "Louvain"):
        assert text in r.stdout


def test_graph_cmds_stats_person_level(runner, toy_files):
    r = runner.invoke(app, ["stats", str(toy_files / "graph.ttl"), "-f", "json", "--level", "person"])
    assert r.exit_code == 0, r.output
    labels = {lab for b in json.loads(r.stdout)["blocs"] for lab in b["labels"]}
    assert {"Vladimir Putin", "Xi Jinping"} <= labels


@pytest.mark.parametrize(("fmt", "name"), [("graphml", "g.graphml"), ("gexf", "g.gexf"), ("csv", "csvdir")])
def test_graph_cmds_export(runner, toy_files, tmp_path, fmt, name):
    out = tmp_path / name
    r = runner.invoke(app, ["export", str(toy_files / "graph.ttl"), "--format", fmt, "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert out.exists() and (out / "edges.csv").exists() if fmt == "csv" else out.stat().st_size > 500
    assert r.stdout == ""  # stdout carries data only; the report goes to stderr


def test_graph_cmds_viz_with_filters(runner, toy_files, tmp_path):
    out = tmp_path / "v.html"
    args = ["viz", str(toy_files / "graph.ttl"), "-o", str(out), "--focus", "Russia", "--hops", "1",
            "--categories", "COOPERATE", "--categories", "ALLY", "--since", "2025", "--min-evidence", "1"]  # fmt: skip
    r = runner.invoke(app, args)
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert (
        "Alliance graph around Russia" in page and '"label": "IRN"' in page and '"label": "USA"' not in page
    )


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["viz", "{ttl}", "-o", "{tmp}/x.html", "--focus", "Atlantis"], 2, "no actor 'Atlantis'"),
        (["stats", "{ttl}", "--since", "March"], 2, "--since 'March' is not a date"),
        (["stats", "{ttl}", "--categories", "HUG"], 2, "unknown category HUG"),
        (["stats", "{tmp}/missing.ttl"], 1, "no such file or directory"),
        (["export", "{ttl}", "--format", "dot", "-o", "{tmp}/x"], 2, "dot"),
    ],
)
def test_graph_cmds_errors(runner, toy_files, tmp_path, args, code, message):
    args = [a.format(ttl=toy_files / "graph.ttl", tmp=tmp_path) for a in args]
    r = runner.invoke(app, args)
    assert r.exit_code == code
    assert message in " ".join(r.output.split())
    assert "Traceback" not in r.output
