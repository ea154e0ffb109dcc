"""Merge graph files built separately (``kg merge A.ttl B.ttl -o C.ttl``).

Each file is read back into the model (:func:`kg.rdf.io.load_graph`), so actors merge by
canonical key (one IRI for Russia whatever file it came from) and a document present in
several inputs is kept once; the result is written like any build, deterministically.

>>> import tempfile, pathlib
>>> from kg.types import Document, DocResult, Entity
>>> from kg.model import KnowledgeGraph
>>> from kg.rdf.io import write
>>> ru = Entity("Q159", "Russia", "Country", wikidata="Q159", mentions=1)
>>> a = KnowledgeGraph.from_results([DocResult(Document("a", "Russia."), (ru,))])
>>> b = KnowledgeGraph.from_results([DocResult(Document("b", "Moscow."), (ru,))])
>>> with tempfile.TemporaryDirectory() as d:
...     d = pathlib.Path(d)
...     _ = write(a, d / "a.ttl"), write(b, d / "b.trig")
...     merged = merge([d / "a.ttl", d / "b.trig"], d / "c.nq")
...     (d / "c.nq").exists()
True
>>> sorted(merged.documents), sorted(merged.entities)
(['a', 'b'], ['Q159'])
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kg.model.graph import KnowledgeGraph
from kg.rdf.io import load_graph, write

__all__ = ["merge"]


def merge(paths: Iterable[str | Path], out: str | Path, format: str | None = None) -> KnowledgeGraph:
    """Merge the graph files (or build folders) ``paths`` and write the result to ``out``.

    The output format comes from ``format`` or ``out``'s suffix. Returns the merged graph.
    """
    paths = list(paths)
    graph = load_graph(paths)
    write(graph, out, format)
    return graph
