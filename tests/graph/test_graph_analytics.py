"""kg.graph blocs, centrality, dyads and balance on tiny graphs with known answers (STYLE.md §4)."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

from kg.graph import (
    balance,
    bloc_index,
    bloc_modularity,
    blocs,
    centrality,
    cooperation_graph,
    most_cooperative,
    most_hostile,
    project,
    signed_triangles,
    stats,
)
from kg.model import KnowledgeGraph
from kg.types import DocResult

DATA = Path(__file__).parent.parent / "data" / "graph"


def load(name: str) -> KnowledgeGraph:
    doc = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return KnowledgeGraph.from_results(DocResult.from_dict(r) for r in doc["results"])


@pytest.fixture(scope="module")
def toy_graph():
    return project(load("toy"))


def two_blocs(bridge_sign: float) -> nx.Graph:
    G = nx.Graph()
    for a, b, c in [("A", "B", "C"), ("D", "E", "F")]:
        for u, v in [(a, b), (b, c), (a, c)]:
            G.add_edge(u, v, goldstein=6.0, sign=1)
    G.add_edge("C", "D", goldstein=bridge_sign, sign=1 if bridge_sign > 0 else -1)
    return G


def test_blocs_toy_known_answer(toy_graph):
    assert blocs(toy_graph, seed=42) == [
        ["Q142", "Q145", "Q212", "Q30"],  # France, United Kingdom, Ukraine, United States
        ["Q148", "Q159", "Q794"],  # China, Russia, Iran
        ["Q485207"],
        ["Q7184"],
    ]


@pytest.mark.parametrize("seed", [0, 1, 42, 1234])
def test_blocs_valid_partition(toy_graph, seed):
    parts = blocs(toy_graph, seed=seed)
    members = [n for b in parts for n in b]
    assert sorted(members) == sorted(toy_graph.nodes)  # every actor in exactly one bloc
    assert len(members) == len(set(members))
    assert any({"Q159", "Q148", "Q794"} <= set(b) for b in parts)


@pytest.mark.parametrize("bridge", [-8.0, 0.5])
def test_blocs_conflict_never_joins(bridge):
    # A conflict edge between the triangles is not part of the cooperation graph; a weak
    # cooperative bridge is, but Louvain still separates the two dense triangles.
    G = two_blocs(bridge)
    assert blocs(G, seed=7) == [["A", "B", "C"], ["D", "E", "F"]]
    assert cooperation_graph(G).has_edge("C", "D") == (bridge > 0)


def test_blocs_modularity_rises_over_single_bloc():
    G = two_blocs(0.5)
    assert bloc_modularity(G, blocs(G)) > bloc_modularity(G, [sorted(G)])


def test_blocs_same_seed_same_answer(toy_graph):
    assert blocs(toy_graph, seed=3) == blocs(toy_graph, seed=3)
    assert bloc_index(toy_graph)["Q159"] == bloc_index(toy_graph)["Q794"]


def test_blocs_empty_and_edgeless():
    assert blocs(nx.Graph()) == []
    G = nx.Graph()
    G.add_nodes_from(["B", "A"])
    assert blocs(G) == [["A"], ["B"]]
    assert bloc_modularity(G, [["A"], ["B"]]) is None


def test_centrality_toy_russia_most_central(toy_graph):
    c = centrality(toy_graph)
    assert c["Q159"]["degree"] == pytest.approx(6 / 8)
    assert max(c, key=lambda n: c[n]["degree"]) == "Q159"
    assert max(c, key=lambda n: c[n]["betweenness"]) == "Q159"
    assert c["Q485207"]["betweenness"] == 0.0
    assert all(0.0 <= v <= 1.0 for row in c.values() for v in row.values())


def test_centrality_star_and_degenerate_graphs():
    star = nx.star_graph(4)
    nx.set_edge_attributes(star, 1.0, "weight")
    c = centrality(star)
    assert c[0] == {"degree": 1.0, "betweenness": 1.0, "eigenvector": pytest.approx(0.707107, abs=1e-5)}
    assert centrality(nx.Graph()) == {}
    lone = nx.Graph()
    lone.add_node("A")
    assert centrality(lone) == {"A": {"degree": 0.0, "betweenness": 0.0, "eigenvector": 0.0}}


def test_centrality_sampled_betweenness_repeats():
    G = nx.barabasi_albert_graph(1200, 2, seed=1)
    nx.set_edge_attributes(G, 1.0, "weight")
    G = nx.relabel_nodes(G, str)
    a, b = centrality(G, seed=5, k=50), centrality(G, seed=5, k=50)
    assert a == b


def test_dyads_toy_known_answer(toy_graph):
    coop = most_cooperative(toy_graph, 2)
    assert [d["labels"] for d in coop] == [["China", "Russia"], ["France", "United Kingdom"]]
    assert coop[0]["goldstein"] == 14.0 and coop[0]["counts"] == {"ALLY": 1, "COOPERATE": 1}
    hostile = most_hostile(toy_graph)
    assert [(d["labels"], d["goldstein"]) for d in hostile] == [
        (["Russia", "Ukraine"], -10.0),
        (["Russia", "United States"], -8.0),
        (["United States", "Iran"], -4.4),
        (["Russia", "NATO"], -2.0),
    ]
    assert all(d["goldstein"] < 0 for d in hostile) and all(
        d["goldstein"] > 0 for d in most_cooperative(toy_graph, 99)
    )


def test_balance_toy_enemy_of_my_enemy(toy_graph):
    b = balance(toy_graph)
    # Russia-China-Iran and US-UK-France, US-UK-Ukraine are "+++"; Russia-Iran-US and Russia-US-Ukraine are "+--".
    assert b["by_type"] == {"+++": 3, "++-": 0, "+--": 2, "---": 0}
    assert b["fraction_balanced"] == 1.0 and b["unbalanced"] == 0


@pytest.mark.parametrize(
    ("signs", "kind"),
    [((1, 1, 1), "+++"), ((1, 1, -1), "++-"), ((1, -1, -1), "+--"), ((-1, -1, -1), "---")],
)
def test_balance_triangle_types(signs, kind):
    G = nx.Graph()
    for (u, v), s in zip([("A", "B"), ("B", "C"), ("A", "C")], signs, strict=True):
        G.add_edge(u, v, sign=s)
    t = signed_triangles(G)
    assert t[kind] == 1 and sum(t.values()) == 1
    assert balance(G)["fraction_balanced"] == (1.0 if kind in ("+++", "+--") else 0.0)


def test_balance_neutral_edges_ignored():
    G = nx.Graph([("A", "B", {"sign": 1}), ("B", "C", {"sign": 1}), ("A", "C", {"sign": 0})])
    assert balance(G)["triangles"] == 0 and balance(G)["fraction_balanced"] is None


def test_stats_toy_is_json_and_complete():
    s = stats(load("toy"), top=3)
    json.dumps(s)  # plain data
    assert s["actors"] == 9 and s["relations"] == 13 and s["assertions"] == 15
    assert ["China", "Iran", "Russia"] in [b["labels"] for b in s["blocs"]]
    assert s["centrality"][0]["label"] == "Russia" and len(s["centrality"]) == 3
    assert s["algorithm"].startswith("Louvain") and s["seed"] == 42
    assert s["balance"]["fraction_balanced"] == 1.0


@pytest.mark.parametrize("pairs", [60, 150])
def test_centrality_disconnected_graph_per_component(pairs):
    """Disconnected actor graphs (most real corpora) used to raise AmbiguousSolution above 100 nodes."""
    from kg.graph.centrality import centrality as cent

    G = nx.Graph()
    for i in range(pairs):
        G.add_edge(f"a{i}", f"b{i}", weight=1.0)
    G.add_edges_from([("x", "y", {"weight": 2.0}), ("y", "z", {"weight": 2.0}), ("z", "w", {"weight": 1.0})])
    G.add_node("lonely")
    c = cent(G)
    assert set(c) == set(G)
    assert c["lonely"]["eigenvector"] == 0.0
    # within the chain the middle actors lead; the chain outranks an isolated pair
    assert c["y"]["eigenvector"] > c["x"]["eigenvector"]
    assert c["y"]["eigenvector"] > c["a0"]["eigenvector"] > 0
    assert c["a0"]["eigenvector"] == c["b0"]["eigenvector"]
