"""SHACL validation of graphs against ``ontologies/shapes.ttl`` (pySHACL).

The data graph is the union of all graphs of a file (assertions sit in per-document
named graphs, the actors they point to in the default graph), and the ontology
``ontologies/kg.ttl`` is mixed in so class targets reach every subclass.

>>> from kg.types import Document, DocResult, Entity, Event, Evidence
>>> from kg.model import KnowledgeGraph
>>> d = Document("d1", "Russia threatened Ukraine.")
>>> ents = (Entity("Q159", "Russia", "Country", mentions=1), Entity("Q212", "Ukraine", "Country", mentions=1))
>>> ok = Event("e1", "d1", "THREATEN", ("Q159",), ("Q212",), Evidence("d1", d.text, 0, 26), 0.9,
...            extractor="kg.events.v1")
>>> validate(KnowledgeGraph.from_results([DocResult(d, ents, (ok,))])).conforms
True
>>> bad = Event("e2", "d1", "THREATEN", ("Q159",), ("Q212",), None, 1.5, extractor="kg.events.v1")
>>> report = validate(KnowledgeGraph.from_results([DocResult(d, ents, (bad,))]))
>>> report.conforms, sorted({v.path.rsplit("#", 1)[-1] for v in report.violations})
(False, ['confidence', 'endOffset', 'evidenceText', 'startOffset'])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import SH

from kg.errors import InputError, msg
from kg.model.graph import KnowledgeGraph
from kg.rdf.convert import to_graph
from kg.rdf.io import read_dataset
from kg.rdf.namespaces import bind_prefixes

__all__ = ["Violation", "ValidationReport", "validate", "ontology_path", "shapes_path", "ONTOLOGY_DIR"]

#: ``ontologies/`` of the source tree (the package is installed editable from it).
ONTOLOGY_DIR = Path(__file__).resolve().parents[2] / "ontologies"


def ontology_path() -> Path:
    """Path of ``ontologies/kg.ttl``."""
    return ONTOLOGY_DIR / "kg.ttl"


def shapes_path() -> Path:
    """Path of ``ontologies/shapes.ttl``."""
    return ONTOLOGY_DIR / "shapes.ttl"


@cache
def _load(path: Path) -> Graph:
    if not path.is_file():  # e.g. a non-editable install without the source tree's ontologies/
        raise InputError(msg("E001", path=path))
    return Graph().parse(path, format="turtle")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path, the message and its severity."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"
    value: str | None = None
    shape: str | None = None

    def __str__(self) -> str:
        val = f" (value: {self.value})" if self.value is not None else ""
        return f"{self.severity}: <{self.focus}> {self.path}: {self.message}{val}"


@dataclass
class ValidationReport:
    """Result of :func:`validate`: ``conforms`` and the list of violations, sorted."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def __bool__(self) -> bool:
        return self.conforms


def _data_graph(data: KnowledgeGraph | Graph | str | Path) -> Graph:
    if isinstance(data, KnowledgeGraph):
        return to_graph(data)
    if isinstance(data, (str, Path)):
        data = read_dataset(data)
    if isinstance(data, Dataset):
        union = bind_prefixes(Graph())
        for s, p, o, _c in data.quads((None, None, None, None)):
            union.add((s, p, o))
        return union
    return data


def _str_or_none(term) -> str | None:
    return None if term is None else str(term)


def validate(data: KnowledgeGraph | Graph | str | Path) -> ValidationReport:
    """Check ``data`` (a model, an rdflib graph or dataset, or a graph file) against our shapes.

    Raises :class:`~kg.errors.InputError` for a file that cannot be read.

    Examples
    --------
    >>> from kg.types import Document, DocResult, Entity, Event, Evidence
    >>> doc = Document("d1", "Russia met China.")
    >>> actors = (Entity("Q159", "Russia", "Country", mentions=1), Entity("Q148", "China", "Country", mentions=1))
    >>> def met(confidence):
    ...     return Event("e1", "d1", "CONSULT", ("Q159", "Q148"), evidence=Evidence("d1", doc.text, 0, 17),
    ...                  confidence=confidence, extractor="kg.events.v1")
    >>> validate(KnowledgeGraph.from_results([DocResult(doc, actors, (met(0.9),))])).conforms
    True
    >>> report = validate(KnowledgeGraph.from_results([DocResult(doc, actors, (met(1.5),))]))
    >>> report.conforms, [v.message for v in report.violations]
    (False, ['an assertion needs exactly one kg:confidence between 0 and 1'])
    """
    import pyshacl

    graph = _data_graph(data)
    shapes = _load(shapes_path())
    conforms, results, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        ont_graph=_load(ontology_path()),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=False,
    )
    violations = []
    for res in results.subjects(SH.resultSeverity, None):
        sev = results.value(res, SH.resultSeverity)
        msgs = sorted(str(m) for m in results.objects(res, SH.resultMessage))
        violations.append(
            Violation(
                focus=str(results.value(res, SH.focusNode)),
                path=_str_or_none(results.value(res, SH.resultPath)) or "",
                message=msgs[0] if msgs else "",
                severity=str(sev).rsplit("#", 1)[-1],
                value=_str_or_none(results.value(res, SH.value)),
                shape=_str_or_none(results.value(res, SH.sourceShape)),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.message, v.value or ""))
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=len(graph))
