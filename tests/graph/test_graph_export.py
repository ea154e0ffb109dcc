"""kg.graph.export: GraphML, GEXF and CSV files that Gephi, Cytoscape and pandas read back."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import UsageError
from kg.graph import export, project
from kg.model import KnowledgeGraph
from kg.types import DocResult

DATA = Path(__file__).parent.parent / "data" / "graph"


def load(name: str) -> KnowledgeGraph:
    doc = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return KnowledgeGraph.from_results(DocResult.from_dict(r) for r in doc["results"])


@pytest.fixture(scope="module")
def G():
    return project(load("toy"))


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_roundtrip(G, tmp_path, fmt, reader):
    (path,) = export(G, tmp_path / f"g.{fmt}", fmt)
    back = reader(path)
    assert sorted(back.nodes) == sorted(G.nodes)
    assert {frozenset(e) for e in back.edges} == {frozenset(e) for e in G.edges}
    e = back.edges["Q159", "Q148"]
    assert int(e["n_COOPERATE"]) == 1 and int(e["n_ALLY"]) == 1 and float(e["goldstein"]) == 14.0
    assert json.loads(e["evidence_json"])[0]["doc_title"] == "Drills in the Gulf"
    assert back.nodes["Q159"]["label"] == "Russia" and back.nodes["Q159"]["iso3"] == "RUS"


def test_export_csv(G, tmp_path):
    nodes_csv, edges_csv = export(G, tmp_path / "csv", "csv")
    with nodes_csv.open(encoding="utf-8") as fh:
        nodes = list(csv.DictReader(fh))
    with edges_csv.open(encoding="utf-8") as fh:
        edges = list(csv.DictReader(fh))
    assert len(nodes) == G.number_of_nodes() and len(edges) == G.number_of_edges()
    row = next(r for r in edges if {r["source"], r["target"]} == {"Q159", "Q30"})
    assert row["goldstein"] == "-8.0" and row["n_SANCTION"] == "1" and row["sign"] == "-1"
    assert row["backward"] == "1"
    ru = next(r for r in nodes if r["id"] == "Q159")
    assert ru["members"] == "Russian Armed Forces|Sergey Lavrov|Vladimir Putin"


def test_export_is_atomic_and_replaces(G, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_text("old")
    export(G, path, "graphml")
    assert path.read_text(encoding="utf-8").startswith("<?xml")
    assert [p.name for p in tmp_path.iterdir()] == ["g.graphml"]  # no temporary file left behind


def test_export_unknown_format(G, tmp_path):
    with pytest.raises(UsageError, match="unknown format 'dot'"):
        export(G, tmp_path / "g.dot", "dot")


def test_export_hostile_names_stay_valid_xml(tmp_path):
    G = project(load("xss"), level="person")
    (path,) = export(G, tmp_path / "x.graphml", "graphml")
    back = nx.read_graphml(path)
    assert any("<script>" in d.get("label", "") for _, d in back.nodes(data=True))
