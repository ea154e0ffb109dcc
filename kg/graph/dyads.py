"""The most cooperative and the most hostile dyads (pairs of actors), by net Goldstein score."""

from __future__ import annotations

from typing import Any

import networkx as nx

__all__ = ["dyad_record", "most_cooperative", "most_hostile"]


def dyad_record(G: nx.Graph, u: str, v: str) -> dict[str, Any]:
    """Plain description of the edge ``u``-``v``: actors, labels, scores, counts.

    >>> G = nx.Graph(); G.add_node("A", label="Alpha"); G.add_node("B", label="Beta")
    >>> G.add_edge("A", "B", u="A", v="B", goldstein=6.0, cooperation=6.0, conflict=0.0, n=1, counts={"AID": 1})
    >>> dyad_record(G, "B", "A")["labels"]
    ['Alpha', 'Beta']
    """
    d = G.edges[u, v]
    a, b = d.get("u", min(u, v)), d.get("v", max(u, v))
    return {
        "actors": [a, b],
        "labels": [G.nodes[a].get("label", a), G.nodes[b].get("label", b)],
        "goldstein": d.get("goldstein", 0.0),
        "cooperation": d.get("cooperation", 0.0),
        "conflict": d.get("conflict", 0.0),
        "assertions": d.get("n", 0),
        "counts": dict(d.get("counts", {})),
    }


def most_cooperative(G: nx.Graph, n: int = 5) -> list[dict[str, Any]]:
    """The ``n`` dyads with the highest positive net score (ties: more assertions first, then by key).

    >>> G = nx.Graph()
    >>> G.add_edge("A", "B", goldstein=6.0); G.add_edge("B", "C", goldstein=12.0); G.add_edge("C", "D", goldstein=-3.0)
    >>> [d["actors"] for d in most_cooperative(G)]
    [['B', 'C'], ['A', 'B']]
    """
    rows = [(u, v, d) for u, v, d in G.edges(data=True) if d.get("goldstein", 0) > 0]
    rows.sort(key=lambda r: (-r[2]["goldstein"], -r[2].get("n", 0), sorted((r[0], r[1]))))
    return [dyad_record(G, u, v) for u, v, _ in rows[:n]]


def most_hostile(G: nx.Graph, n: int = 5) -> list[dict[str, Any]]:
    """The ``n`` dyads with the most negative net score.

    >>> G = nx.Graph()
    >>> G.add_edge("A", "B", goldstein=-4.4); G.add_edge("B", "C", goldstein=-10.0); G.add_edge("C", "D", goldstein=3.0)
    >>> [(d["actors"], d["goldstein"]) for d in most_hostile(G)]
    [(['B', 'C'], -10.0), (['A', 'B'], -4.4)]
    """
    rows = [(u, v, d) for u, v, d in G.edges(data=True) if d.get("goldstein", 0) < 0]
    rows.sort(key=lambda r: (r[2]["goldstein"], -r[2].get("n", 0), sorted((r[0], r[1]))))
    return [dyad_record(G, u, v) for u, v, _ in rows[:n]]
