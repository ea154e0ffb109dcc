"""kg.graph.project: KnowledgeGraph -> actor graph, with filters (tiny hand-built graphs, known answers)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.graph import project, resolve_actor
from kg.model import KnowledgeGraph
from kg.types import DocResult, Document, Entity, Event

DATA = Path(__file__).parent.parent / "data" / "graph"


def load(name: str) -> KnowledgeGraph:
    doc = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return KnowledgeGraph.from_results(DocResult.from_dict(r) for r in doc["results"])


@pytest.fixture(scope="module")
def toy():
    return load("toy")


def test_project_state_level_nodes_and_edges(toy):
    G = project(toy)
    assert sorted(G.nodes) == sorted(
        ["Q159", "Q148", "Q794", "Q30", "Q145", "Q142", "Q212", "Q7184", "Q485207"]
    )
    assert G.number_of_edges() == 13
    # People and the armed forces count for their state; a person with no state and places are left out.
    assert "Q7747" not in G and "person:john-doe" not in G and "loc:gulf-of-oman" not in G
    assert G.edges["Q159", "Q212"]["counts"] == {"ASSAULT": 1}
    assert G.edges["Q159", "Q7184"]["counts"] == {"ACCUSE": 1}
    assert G.graph["level"] == "state" and G.graph["documents"] == 2


@pytest.mark.parametrize(
    ("a", "b", "n", "goldstein", "sign"),
    [
        ("Q159", "Q148", 2, 14.0, 1),  # COOPERATE (+6) and ALLY (+8)
        ("Q145", "Q142", 2, 9.0, 1),  # AGREE (+8) and CONSULT (+1)
        ("Q159", "Q30", 1, -8.0, -1),  # SANCTION
        ("Q794", "Q30", 1, -4.4, -1),  # THREATEN
        ("Q159", "Q485207", 1, 0.0, 0),  # MEMBER_OF is neutral
    ],
)
def test_project_edge_scores(toy, a, b, n, goldstein, sign):
    d = project(toy).edges[a, b]
    assert (d["n"], d["goldstein"], d["sign"]) == (n, goldstein, sign)
    assert d["weight"] == pytest.approx(d["cooperation"] + d["conflict"])
    assert len(d["evidence"]) == n


def test_project_direction_and_evidence(toy):
    d = project(toy).edges["Q30", "Q159"]
    assert (d["u"], d["v"]) == ("Q159", "Q30")
    assert (d["forward"], d["backward"]) == (0, 1)  # the United States sanctioned Russia: v -> u
    ev = d["evidence"][0]
    assert ev["category"] == "SANCTION" and ev["source"] == "United States" and ev["target"] == "Russia"
    assert ev["sentence"] == "The United States imposed sanctions on Russia"
    assert ev["doc_title"] == "Drills in the Gulf" and ev["doc_url"] == "https://news.example.org/a"
    assert ev["date"] == "2025-03-10" and ev["confidence"] == 0.85
    sym = project(toy).edges["Q159", "Q148"]
    assert sym["forward"] == sym["backward"] == 0  # joint exercise and partnership have no direction


def test_project_person_level_keeps_people(toy):
    G = project(toy, level="person")
    assert {"Q7747", "Q15031", "Q80510", "org:russian-armed-forces"} <= set(G)
    assert G.edges["Q7747", "Q15031"]["counts"] == {"ALLY": 1}
    assert ("Q159", "Q148") in G.edges and G.edges["Q159", "Q148"]["counts"] == {"COOPERATE": 1}


def test_project_one_assertion_counts_once_per_dyad():
    g = KnowledgeGraph()
    ents = (
        Entity("Q159", "Russia", "Country"),
        Entity("Q212", "Ukraine", "Country"),
        Entity("p:a", "A", "Person", country="Q159"),
        Entity("p:b", "B", "Person", country="Q159"),
    )
    g.add(DocResult(Document("d", "t"), ents, (Event("e", "d", "THREATEN", ("p:a", "p:b"), ("Q212",)),)))
    assert project(g).edges["Q159", "Q212"]["n"] == 1


@pytest.mark.parametrize(
    ("kwargs", "edges"),
    [
        ({"categories": ["COOPERATE,ALLY"]}, {("Q148", "Q159"), ("Q159", "Q794"), ("Q148", "Q794")}),
        ({"categories": ["cooperate", "ally"], "min_evidence": 2}, {("Q148", "Q159")}),
        ({"min_evidence": 2}, {("Q148", "Q159"), ("Q142", "Q145")}),
        ({"since": "2025-03"}, {("Q148", "Q159"), ("Q159", "Q794"), ("Q148", "Q794"), ("Q159", "Q7184"),
                                ("Q159", "Q30"), ("Q159", "Q212"), ("Q30", "Q794")}),
        ({"until": "2024"}, {("Q145", "Q30"), ("Q142", "Q30"), ("Q142", "Q145"), ("Q145", "Q212"),
                             ("Q212", "Q30"), ("Q159", "Q485207")}),
        ({"since": "2025-02-01", "until": "2025-02-28", "categories": ["ALLY"]}, {("Q148", "Q159")}),
    ],
)  # fmt: skip
def test_project_filters(toy, kwargs, edges):
    G = project(toy, **kwargs)
    assert {tuple(sorted(e)) for e in G.edges} == {tuple(sorted(e)) for e in edges}
    assert all(G.degree(n) > 0 for n in G)  # actors without a kept relation are not drawn


def test_project_since_excludes_partial_dates_before(toy):
    # The partnership is dated 2025-02 (the whole month): outside a window starting 2025-03-01.
    G = project(toy, since="2025-03-01")
    assert G.edges["Q159", "Q148"]["counts"] == {"COOPERATE": 1}


def test_project_focus_and_hops(toy):
    G = project(toy, focus="Putin", hops=1)
    assert sorted(G) == sorted(["Q159", "Q148", "Q794", "Q7184", "Q30", "Q212", "Q485207"])
    assert G.graph["focus_node"] == "Q159"
    assert len(project(toy, focus="RUS", hops=0)) == 1
    assert set(project(toy, focus="Britain", hops=2)) >= {"Q145", "Q212", "Q159"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"level": "village"}, "unknown level 'village'"),
        ({"categories": ["HUG"]}, "unknown category HUG"),
        ({"since": "2025-13"}, "--since '2025-13' is not a date"),
        ({"until": "yesterday"}, "--until 'yesterday' is not a date"),
        ({"focus": "Atlantis"}, "no actor 'Atlantis' in the graph"),
        ({"min_evidence": 0}, "--min-evidence must be at least 1"),
    ],
)
def test_project_bad_arguments(toy, kwargs, message):
    with pytest.raises(UsageError, match=message.replace("(", r"\(")):
        project(toy, **kwargs)


def test_project_focus_ambiguous_name():
    g = KnowledgeGraph()
    ents = (
        Entity("Q1", "North Land", "Country"),
        Entity("Q2", "South Land", "Country"),
        Entity("Q3", "Other", "Country"),
    )
    evs = (Event("e1", "d", "AGREE", ("Q1", "Q3")), Event("e2", "d", "AGREE", ("Q2", "Q3")))
    g.add(DocResult(Document("d", "t"), ents, evs))
    G = project(g)
    with pytest.raises(UsageError, match="ambiguous"):
        resolve_actor(g, G, "Land")
    assert resolve_actor(g, G, "north land") == "Q1"


def test_project_empty_graph():
    G = project(KnowledgeGraph())
    assert G.number_of_nodes() == 0 and G.number_of_edges() == 0
