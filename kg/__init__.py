"""kg: geopolitical knowledge graphs from news articles.

The public Python API (each is one documented function; the CLI only wraps them):

- :func:`kg.build` -- articles -> graph files (Turtle, TriG, N-Quads, N-Triples, JSON-LD, JSONL, HTML)
- :func:`kg.extract_graph` -- articles -> :class:`kg.model.KnowledgeGraph` in memory
- :func:`kg.load` -- any graph file we write -> :class:`kg.model.KnowledgeGraph`
- :func:`kg.sparql` -- SPARQL over a graph file, folder or store (or one opened by :func:`kg.query.open_graph`)
- :func:`kg.stats` -- blocs, centrality and dyads of the actor graph
- :func:`kg.render` -- the interactive HTML view of a graph

(The names differ from the subpackages ``kg.extract``, ``kg.query`` and ``kg.viz`` on purpose:
a function and a subpackage cannot share a name.) Submodules are imported lazily, so
``import kg`` stays fast.

Examples
--------
The whole workflow on one sentence (``notebooks/alliance_graph.ipynb`` does it on the seed article):

>>> import pathlib, tempfile
>>> import kg
>>> from kg.query import open_graph
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Russia and China held a joint naval exercise in the Arabian Sea on Monday.")
>>> report = kg.build([d], d / "out")
>>> sorted(p.name for p in report.outputs.values())
['graph.html', 'graph.jsonl', 'graph.jsonld', 'graph.nq', 'graph.nt', 'graph.trig', 'graph.ttl']
>>> g = kg.load(d / "out")
>>> q = "SELECT ?label WHERE { ?a a kg:Country ; rdfs:label ?label } ORDER BY ?label"
>>> kg.sparql(open_graph(d / "out"), q).records()
[{'label': 'China'}, {'label': 'Russia'}]
>>> [bloc["labels"] for bloc in kg.stats(g)["blocs"]]
[['China', 'Russia']]
>>> kg.render(g, d / "view.html").name
'view.html'
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API = {
    "build": ("kg.pipeline", "build"),
    "extract_graph": ("kg.pipeline", "extract"),
    "load": ("kg.rdf", "load_graph"),
    "sparql": ("kg.query", "sparql"),
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
