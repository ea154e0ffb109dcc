"""Centrality of actors: degree, betweenness, eigenvector.

- degree: :func:`networkx.degree_centrality` (share of the other actors an actor has a relation with);
- betweenness: :func:`networkx.betweenness_centrality`, unweighted, normalized; above
  :data:`EXACT_BETWEENNESS_MAX` nodes it is estimated from ``k`` sampled sources (``seed``);
- eigenvector: :func:`networkx.eigenvector_centrality` on the edge intensity
  (``weight`` = |cooperation| + |conflict|): an actor is central when it deals intensely with central actors;
  computed per connected component and scaled by the component's share of the actors (the leading
  eigenvector of a disconnected graph is not unique).
"""

from __future__ import annotations

import networkx as nx

from kg.graph.blocs import DEFAULT_SEED

__all__ = ["EXACT_BETWEENNESS_MAX", "MEASURES", "centrality", "top_central"]

#: The measures :func:`centrality` computes.
MEASURES = ("degree", "betweenness", "eigenvector")

#: Largest graph on which betweenness is computed exactly.
EXACT_BETWEENNESS_MAX = 1000


def _component_eigenvector(H: nx.Graph) -> dict[str, float]:
    """Unit-norm eigenvector centrality of one connected graph."""
    if len(H) < 3:  # a pair (or a single node): symmetric, nothing to iterate
        return dict.fromkeys(H, (1 / len(H)) ** 0.5 if len(H) > 1 else 0.0)
    if len(H) > 100:  # ARPACK (scipy) is much faster than pure-Python power iteration on large graphs
        return {k: abs(v) for k, v in nx.eigenvector_centrality_numpy(H, weight="weight").items()}
    try:
        return nx.eigenvector_centrality(H, weight="weight", max_iter=2000, tol=1e-9)
    except nx.PowerIterationFailedConvergence:
        return {k: abs(v) for k, v in nx.eigenvector_centrality_numpy(H, weight="weight").items()}


def _eigenvector(G: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality, per connected component.

    On a disconnected graph the leading eigenvector is not unique (networkx raises
    ``AmbiguousSolution``), so each component gets its own unit-norm vector, scaled by the
    component's share of the actors: within a component the ranking is the textbook one,
    and actors of a larger component outrank those of a small isolated pair.
    """
    out = dict.fromkeys(G, 0.0)
    n = len(G)
    for comp in nx.connected_components(G):
        H = G.subgraph(comp)
        if H.number_of_edges() == 0 or all(d.get("weight", 1) == 0 for _, _, d in H.edges(data=True)):
            continue
        share = len(comp) / n
        for k, v in _component_eigenvector(H).items():
            out[k] = v * share
    return out


def centrality(
    G: nx.Graph,
    *,
    seed: int | None = DEFAULT_SEED,
    k: int = 500,
    measures: tuple[str, ...] = MEASURES,
) -> dict[str, dict[str, float]]:
    """``{node: {"degree": .., "betweenness": .., "eigenvector": ..}}``, rounded to 6 places.

    Parameters
    ----------
    G : actor graph from :func:`kg.graph.project`.
    seed : seed of the sampled betweenness (graphs over :data:`EXACT_BETWEENNESS_MAX` nodes).
    k : number of sampled sources for that estimate.
    measures : which of :data:`MEASURES` to compute.

    Examples
    --------
    >>> G = nx.Graph([("A", "B", {"weight": 1}), ("B", "C", {"weight": 1}), ("B", "D", {"weight": 1})])
    >>> c = centrality(G)
    >>> c["B"]["degree"], c["B"]["betweenness"], c["A"]["betweenness"]
    (1.0, 1.0, 0.0)
    >>> max(c, key=lambda n: c[n]["eigenvector"])
    'B'
    """
    bad = sorted(set(measures) - set(MEASURES))
    if bad:
        raise ValueError(f"unknown centrality measure(s) {bad}; use any of {list(MEASURES)}")
    if G.number_of_nodes() == 0:
        return {}
    values: dict[str, dict[str, float]] = {}
    if "degree" in measures:
        values["degree"] = nx.degree_centrality(G) if len(G) > 1 else dict.fromkeys(G, 0.0)
    if "betweenness" in measures:
        if len(G) > EXACT_BETWEENNESS_MAX:
            values["betweenness"] = nx.betweenness_centrality(G, k=min(k, len(G)), seed=seed)
        else:
            values["betweenness"] = nx.betweenness_centrality(G)
    if "eigenvector" in measures:
        values["eigenvector"] = _eigenvector(G)
    return {n: {m: round(values[m].get(n, 0.0), 6) for m in MEASURES if m in values} for n in sorted(G)}


def top_central(cent: dict[str, dict[str, float]], measure: str = "eigenvector", n: int = 10) -> list[str]:
    """The ``n`` most central nodes by ``measure`` (ties broken by node key).

    >>> top_central({"A": {"degree": 0.5}, "B": {"degree": 1.0}}, "degree", 1)
    ['B']
    """
    return sorted(cent, key=lambda x: (-cent[x][measure], x))[:n]
