"""kg: geopolitical knowledge graphs from news articles.

The public Python API (each is one documented function; the CLI only wraps them):

- :func:`kg.build` -- articles -> graph files (Turtle, TriG, N-Quads, N-Triples, JSON-LD, JSONL, HTML)
- :func:`kg.extract_graph` -- articles -> :class:`kg.model.KnowledgeGraph` in memory
- :func:`kg.load` -- any graph file we write -> :class:`kg.model.KnowledgeGraph`
- :func:`kg.sparql` -- SPARQL over a store opened by :func:`kg.query.open_graph` (a graph file, folder or store)
- :func:`kg.stats` -- blocs, centrality and dyads of the actor graph
- :func:`kg.render` -- the interactive HTML view of a graph

(The names differ from the subpackages ``kg.extract``, ``kg.query`` and ``kg.viz`` on purpose:
a function and a subpackage cannot share a name.) Submodules are imported lazily, so
``import kg`` stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API = {
    "build": ("kg.pipeline", "build"),
    "extract_graph": ("kg.pipeline", "extract"),
    "load": ("kg.rdf", "load_graph"),
    "sparql": ("kg.query", "run_query"),
    "stats": ("kg.graph", "stats"),
    "render": ("kg.viz", "write_html"),
    "KnowledgeGraph": ("kg.model", "KnowledgeGraph"),
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> Any:
    if name in _API:
        module, attr = _API[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
