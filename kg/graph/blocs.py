"""Blocs: communities of the cooperation graph.

Algorithm: Louvain modularity maximisation (Blondel et al. 2008) as implemented by
:func:`networkx.community.louvain_communities`, run on the *cooperation graph*: the
actors, joined by the edges whose net Goldstein score is positive, weighted by that
score. Conflict edges never pull two actors into one bloc. Louvain is randomized
(node order), so it takes a ``seed``; ``kg`` passes :data:`DEFAULT_SEED` so builds repeat.
"""

from __future__ import annotations

import networkx as nx

__all__ = ["DEFAULT_SEED", "ALGORITHM", "cooperation_graph", "blocs", "bloc_index", "bloc_modularity"]

#: Seed of every randomized method in ``kg.graph`` unless the caller passes another.
DEFAULT_SEED = 42
#: What :func:`blocs` runs (reported by ``kg stats``).
ALGORITHM = (
    "Louvain (networkx.community.louvain_communities) on the cooperation graph, weight = net Goldstein > 0"
)


def cooperation_graph(G: nx.Graph) -> nx.Graph:
    """Every actor of ``G``, and the edges with a positive net score, weighted by it.

    >>> G = nx.Graph([("A", "B", {"goldstein": 6.0}), ("B", "C", {"goldstein": -8.0})])
    >>> C = cooperation_graph(G)
    >>> sorted(C.nodes), list(C.edges(data="weight"))
    (['A', 'B', 'C'], [('A', 'B', 6.0)])
    """
    C = nx.Graph()
    C.add_nodes_from(G.nodes)
    C.add_weighted_edges_from(
        (u, v, d["goldstein"]) for u, v, d in G.edges(data=True) if d.get("goldstein", 0) > 0
    )
    return C


def blocs(G: nx.Graph, *, seed: int | None = DEFAULT_SEED, resolution: float = 1.0) -> list[list[str]]:
    """Communities of the cooperation graph, largest first; each bloc a sorted list of nodes.

    Every node of ``G`` is in exactly one bloc (actors with no cooperation are blocs of one).

    Parameters
    ----------
    G : actor graph from :func:`kg.graph.project`.
    seed : random seed of Louvain (``None``: a fresh one each call).
    resolution : Louvain's resolution; above 1 favours smaller blocs.

    Examples
    --------
    >>> G = nx.Graph()
    >>> for u, v in [("RU", "CN"), ("CN", "IR"), ("IR", "RU"), ("US", "UK"), ("UK", "FR"), ("FR", "US")]:
    ...     G.add_edge(u, v, goldstein=6.0)
    >>> G.add_edge("RU", "US", goldstein=-8.0)
    >>> blocs(G)
    [['CN', 'IR', 'RU'], ['FR', 'UK', 'US']]
    """
    C = cooperation_graph(G)
    if C.number_of_nodes() == 0:
        return []
    comms = nx.community.louvain_communities(C, weight="weight", resolution=resolution, seed=seed)
    return sorted((sorted(c) for c in comms), key=lambda c: (-len(c), c))


def bloc_index(G: nx.Graph, *, seed: int | None = DEFAULT_SEED, resolution: float = 1.0) -> dict[str, int]:
    """``{node: bloc number}`` (0 is the largest bloc).

    >>> G = nx.Graph([("A", "B", {"goldstein": 1.0})]); G.add_node("C")
    >>> bloc_index(G)
    {'A': 0, 'B': 0, 'C': 1}
    """
    return {n: i for i, bloc in enumerate(blocs(G, seed=seed, resolution=resolution)) for n in bloc}


def bloc_modularity(G: nx.Graph, partition: list[list[str]]) -> float | None:
    """Modularity of ``partition`` on the cooperation graph (``None`` when it has no edge).

    >>> G = nx.Graph([("A", "B", {"goldstein": 1.0}), ("C", "D", {"goldstein": 1.0})])
    >>> bloc_modularity(G, [["A", "B"], ["C", "D"]])
    0.5
    """
    C = cooperation_graph(G)
    if C.number_of_edges() == 0:
        return None
    return round(nx.community.modularity(C, [set(b) for b in partition], weight="weight"), 6)
