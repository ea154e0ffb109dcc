"""SPARQL over what ``kg`` built: open a graph or store, run queries (saved or typed), write W3C results.

See :mod:`kg.query.engine` (opening graphs, running queries, result formats),
:mod:`kg.query.saved` (the ``.rq`` queries shipped in ``kg/query/saved/``),
:mod:`kg.query.store` (the persistent pyoxigraph store) and :mod:`kg.query.push`
(loading a graph into any triple store over HTTP).
"""

from kg.query.engine import (
    PREFIXES,
    QueryResult,
    QueryTimeout,
    ServiceRefused,
    UpdateRefused,
    open_graph,
    run_query,
    serialize_result,
    sparql,
)

__all__ = [
    "PREFIXES",
    "QueryResult",
    "QueryTimeout",
    "ServiceRefused",
    "UpdateRefused",
    "open_graph",
    "run_query",
    "serialize_result",
    "sparql",
]
