"""One call for ``kg stats``: blocs, centrality, dyads and balance of the actor graph, as plain data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.graph.balance import balance
from kg.graph.blocs import ALGORITHM, DEFAULT_SEED, bloc_modularity, blocs
from kg.graph.centrality import centrality, top_central
from kg.graph.dyads import most_cooperative, most_hostile
from kg.graph.project import project
from kg.model import KnowledgeGraph

__all__ = ["stats"]


def stats(
    graph: KnowledgeGraph | nx.Graph,
    *,
    level: str = "state",
    seed: int | None = DEFAULT_SEED,
    top: int = 10,
    focus: str | None = None,
    hops: int = 1,
    min_evidence: int = 1,
    categories: Iterable[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, Any]:
    """Blocs, centrality, the most cooperative and hostile dyads and structural balance.

    Parameters
    ----------
    graph : a knowledge graph (projected with :func:`kg.graph.project` and the filters given)
        or an actor graph already projected.
    level, focus, hops, min_evidence, categories, since, until : as in :func:`kg.graph.project`.
    seed : seed of Louvain (and of sampled betweenness on large graphs).
    top : how many actors and dyads to list.

    Returns
    -------
    dict
        JSON-able: ``level``, ``actors``, ``relations``, ``assertions``, ``documents``, ``blocs``
        (with labels), ``modularity``, ``algorithm``, ``seed``, ``centrality`` (top actors),
        ``cooperative`` and ``hostile`` dyads, ``balance``.

    Examples
    --------
    >>> from kg.types import Document, DocResult, Entity, Event
    >>> g = KnowledgeGraph()
    >>> ents = tuple(Entity(k, n, "Country") for k, n in
    ...              [("Q159", "Russia"), ("Q148", "China"), ("Q794", "Iran"), ("Q30", "United States")])
    >>> evs = (Event("e1", "d", "COOPERATE", ("Q159", "Q148", "Q794")),
    ...        Event("e2", "d", "SANCTION", ("Q30",), ("Q159",)))
    >>> g.add(DocResult(Document("d", "t"), ents, evs))
    >>> s = stats(g)
    >>> s["blocs"][0]["labels"], s["hostile"][0]["labels"]
    (['China', 'Iran', 'Russia'], ['Russia', 'United States'])
    """
    if isinstance(graph, KnowledgeGraph):
        G = project(
            graph, level=level, focus=focus, hops=hops, min_evidence=min_evidence,
            categories=categories, since=since, until=until,
        )  # fmt: skip
    else:
        G = graph
    parts = blocs(G, seed=seed)
    cent = centrality(G, seed=seed)

    def label(n: str) -> str:
        return G.nodes[n].get("label", n)

    ranked = top_central(cent, "eigenvector", top)
    return {
        "level": G.graph.get("level", level),
        "documents": G.graph.get("documents"),
        "actors": G.number_of_nodes(),
        "relations": G.number_of_edges(),
        "assertions": sum(n for _, _, n in G.edges(data="n", default=0)),
        "algorithm": ALGORITHM,
        "seed": seed,
        "modularity": bloc_modularity(G, parts),
        "blocs": [
            {"id": i, "size": len(b), "actors": b, "labels": sorted(label(n) for n in b)}
            for i, b in enumerate(parts)
        ],
        "centrality": [{"actor": n, "label": label(n), **cent[n]} for n in ranked],
        "cooperative": most_cooperative(G, top),
        "hostile": most_hostile(G, top),
        "balance": balance(G),
    }
