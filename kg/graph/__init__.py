"""The actor graph: networkx projection of a :class:`~kg.model.KnowledgeGraph` and its analytics.

One module per analytical question (STYLE.md §8); every function takes a graph and
returns plain data; randomized methods take ``seed=`` (default :data:`DEFAULT_SEED`).

- :mod:`kg.graph.project` -- KnowledgeGraph -> networkx actor graph (filters: focus, hops, categories, dates)
- :mod:`kg.graph.blocs` -- blocs: Louvain communities of the cooperation graph
- :mod:`kg.graph.centrality` -- degree, betweenness, eigenvector centrality
- :mod:`kg.graph.dyads` -- most cooperative / most hostile pairs
- :mod:`kg.graph.balance` -- structural balance of the signed graph
- :mod:`kg.graph.export` -- GraphML, GEXF, CSV
- :mod:`kg.graph.summary` -- :func:`stats`, everything above in one dict (``kg stats``)
"""

from kg.graph.balance import balance, signed_triangles
from kg.graph.blocs import ALGORITHM, DEFAULT_SEED, bloc_index, bloc_modularity, blocs, cooperation_graph
from kg.graph.centrality import centrality, top_central
from kg.graph.dyads import dyad_record, most_cooperative, most_hostile
from kg.graph.export import EXPORT_FORMATS, edge_rows, export, flat_graph, node_rows
from kg.graph.project import LEVELS, assertion_score, project, resolve_actor
from kg.graph.summary import stats

__all__ = [
    "ALGORITHM",
    "DEFAULT_SEED",
    "EXPORT_FORMATS",
    "LEVELS",
    "assertion_score",
    "balance",
    "bloc_index",
    "bloc_modularity",
    "blocs",
    "centrality",
    "cooperation_graph",
    "dyad_record",
    "edge_rows",
    "export",
    "flat_graph",
    "most_cooperative",
    "most_hostile",
    "node_rows",
    "project",
    "resolve_actor",
    "signed_triangles",
    "stats",
    "top_central",
]
