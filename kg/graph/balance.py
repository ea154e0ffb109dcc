"""Structural balance of the signed actor graph (Heider; Cartwright and Harary 1956).

Each edge carries the sign of its net score (+1 cooperation, -1 conflict; neutral edges
are left out). A triangle is *balanced* when the product of its signs is positive:
"the friend of my friend is my friend" (+ + +) and "the enemy of my enemy is my friend"
(+ - -). We report the count of each triangle type and the fraction of balanced triangles
(1.0 = perfectly balanced, ~0.5 for random signs).
"""

from __future__ import annotations

from typing import Any

import networkx as nx

__all__ = ["signed_triangles", "balance"]


def signed_triangles(G: nx.Graph) -> dict[str, int]:
    """Number of triangles of each sign pattern: ``"+++"``, ``"++-"``, ``"+--"``, ``"---"``.

    >>> G = nx.Graph([("A", "B", {"sign": 1}), ("B", "C", {"sign": 1}), ("A", "C", {"sign": -1})])
    >>> signed_triangles(G)
    {'+++': 0, '++-': 1, '+--': 0, '---': 0}
    """
    S = nx.Graph()
    S.add_edges_from((u, v, {"sign": d["sign"]}) for u, v, d in G.edges(data=True) if d.get("sign", 0) != 0)
    order = {n: i for i, n in enumerate(sorted(S.nodes, key=str))}
    counts = {"+++": 0, "++-": 0, "+--": 0, "---": 0}
    for u in S:
        for v in S[u]:
            if order[v] <= order[u]:
                continue
            for w in set(S[u]) & set(S[v]):
                if order[w] <= order[v]:
                    continue
                neg = sum(1 for x, y in ((u, v), (v, w), (u, w)) if S.edges[x, y]["sign"] < 0)
                counts[["+++", "++-", "+--", "---"][neg]] += 1
    return counts


def balance(G: nx.Graph) -> dict[str, Any]:
    """Triangle counts by type, balanced/unbalanced totals and the balanced fraction (``None`` without triangles).

    >>> G = nx.Graph([("A", "B", {"sign": 1}), ("B", "C", {"sign": -1}), ("A", "C", {"sign": -1}),
    ...               ("C", "D", {"sign": 1}), ("B", "D", {"sign": 1})])
    >>> b = balance(G)
    >>> b["triangles"], b["balanced"], b["fraction_balanced"]
    (2, 1, 0.5)
    """
    t = signed_triangles(G)
    total = sum(t.values())
    balanced = t["+++"] + t["+--"]
    return {
        "signed_edges": sum(1 for _, _, s in G.edges(data="sign") if s),
        "triangles": total,
        "balanced": balanced,
        "unbalanced": total - balanced,
        "fraction_balanced": round(balanced / total, 6) if total else None,
        "by_type": t,
    }
