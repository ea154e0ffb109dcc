"""RDF: our ontology's terms, KnowledgeGraph <-> RDF, files in every format, SHACL, merging.

Only this package (and ``kg.query``/``kg.serve``) imports rdflib and pyoxigraph.
rdflib is the programming interface (:func:`to_dataset`, :func:`read_dataset`);
bulk reading and writing go through pyoxigraph (see :mod:`kg.rdf.io`).
"""

from kg.rdf.convert import from_quads, from_rdflib, iter_quads, iter_triples, to_dataset, to_graph
from kg.rdf.io import (
    DEFAULT_FORMATS,
    FORMATS,
    load_graph,
    read_dataset,
    read_quads,
    resolve_format,
    serialize,
    serialize_bytes,
    write,
    write_outputs,
)
from kg.rdf.merge import merge
from kg.rdf.namespaces import KG, PREFIXES, bind_prefixes
from kg.rdf.validate import ValidationReport, Violation, validate

__all__ = [
    "KG",
    "PREFIXES",
    "DEFAULT_FORMATS",
    "FORMATS",
    "bind_prefixes",
    "from_quads",
    "from_rdflib",
    "iter_quads",
    "iter_triples",
    "to_dataset",
    "to_graph",
    "load_graph",
    "read_dataset",
    "read_quads",
    "resolve_format",
    "serialize",
    "serialize_bytes",
    "write",
    "write_outputs",
    "merge",
    "validate",
    "ValidationReport",
    "Violation",
]
