"""Assertions shared by the robustness tests: every output parses, every IRI is valid, errors are one line.

Plain functions (no fixtures: those live in tests/conftest.py only).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph
import rdflib

#: Output file -> (rdflib format, pyoxigraph format).
RDF_FILES = {
    "graph.ttl": ("turtle", pyoxigraph.RdfFormat.TURTLE),
    "graph.trig": ("trig", pyoxigraph.RdfFormat.TRIG),
    "graph.nq": ("nquads", pyoxigraph.RdfFormat.N_QUADS),
    "graph.nt": ("nt", pyoxigraph.RdfFormat.N_TRIPLES),
    "graph.jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD),
}
FORMAT_OF = {"turtle": "graph.ttl", "trig": "graph.trig", "nquads": "graph.nq", "ntriples": "graph.nt"}

# RFC 3987 excludes these from IRIs anywhere (plus controls and spaces).
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f\ufffe\uffff\ud800-\udfff]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def assert_iri_valid(iri: str) -> None:
    """An absolute IRI with no character RFC 3987 forbids, accepted by pyoxigraph's NamedNode."""
    assert _SCHEME.match(iri), f"not an absolute IRI: {iri!r}"
    bad = _BAD_IRI.search(iri)
    assert bad is None, f"forbidden character {bad.group()!r} in IRI {iri!r}"
    assert re.search(r"%(?![0-9A-Fa-f]{2})", iri) is None, f"broken percent-escape in {iri!r}"
    pyoxigraph.NamedNode(iri)  # raises ValueError on an invalid IRI


def iris_of_rdflib(graph: rdflib.Graph | rdflib.Dataset) -> set[str]:
    """Every IRI used as subject, predicate, object or graph name (datatype IRIs included)."""
    out: set[str] = set()
    quads = graph.quads((None, None, None, None)) if isinstance(graph, rdflib.Dataset) else graph
    for q in quads:
        for t in q:
            if isinstance(t, rdflib.URIRef):
                out.add(str(t))
            elif isinstance(t, rdflib.Literal) and t.datatype is not None:
                out.add(str(t.datatype))
            elif isinstance(t, rdflib.Graph) and isinstance(t.identifier, rdflib.URIRef):
                out.add(str(t.identifier))
    return out


def parse_rdf_bytes(data: bytes, rdflib_fmt: str, ox_fmt: pyoxigraph.RdfFormat) -> tuple[rdflib.Dataset, int]:
    """Parse ``data`` with rdflib and with pyoxigraph; both must succeed and agree on the size."""
    ds = rdflib.Dataset()
    ds.parse(data=data, format=rdflib_fmt)
    ox_quads = list(pyoxigraph.parse(data, format=ox_fmt))
    n_rdflib = len(list(ds.quads((None, None, None, None))))
    assert n_rdflib == len(ox_quads), (rdflib_fmt, n_rdflib, len(ox_quads))
    return ds, len(ox_quads)


def assert_outputs_parse(out: Path, files: Iterable[str] = RDF_FILES) -> rdflib.Dataset:
    """Every RDF file in ``out`` parses with rdflib and pyoxigraph with the same number of
    statements, every IRI in it is valid, and every line of graph.jsonl is a JSON object.
    Returns the Turtle file as an rdflib Dataset."""
    turtle = None
    sizes = {}
    for name in files:
        rdflib_fmt, ox_fmt = RDF_FILES[name]
        ds, n = parse_rdf_bytes((out / name).read_bytes(), rdflib_fmt, ox_fmt)
        sizes[name] = n
        for iri in iris_of_rdflib(ds):
            assert_iri_valid(iri)
        if name == "graph.ttl":
            turtle = ds
    jsonl = out / "graph.jsonl"
    if jsonl.exists():
        assert jsonl.read_bytes().endswith(b"\n") or not jsonl.stat().st_size, "graph.jsonl: no final newline"
        for n, line in enumerate(jsonl.read_text(encoding="utf-8").split("\n")[:-1], 1):
            rec = json.loads(line)
            assert isinstance(rec, dict) and rec.get("kind") in ("entity", "relation"), (n, line)
            for key in ("id", "subject", "object", "doc", "predicate", "event"):
                if isinstance(rec.get(key), str):
                    assert_iri_valid(rec[key])
    # The same triples in every serialization: N-Triples and Turtle hold the union of the named graphs.
    if "graph.ttl" in sizes and "graph.nt" in sizes:
        assert sizes["graph.ttl"] == sizes["graph.nt"], sizes
    assert turtle is not None or "graph.ttl" not in files
    return turtle


def error_lines(output: str) -> list[str]:
    """Lines of CLI output that report an error or a skipped input."""
    return [ln for ln in output.splitlines() if ln.startswith(("Error:", "skipped:"))]


def assert_clean_failure(output: str, *needles: str) -> None:
    """No traceback, and some single error/skip line carries all ``needles``."""
    assert "Traceback" not in output, output
    lines = error_lines(output)
    assert lines, output
    assert any(all(n in ln for n in needles) for ln in lines), (needles, output)
