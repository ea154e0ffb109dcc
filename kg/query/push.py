"""Load a graph into any triple store over HTTP: SPARQL 1.1 Graph Store Protocol, or SPARQL Update.

Each document of a TriG or N-Quads file is its own named graph; pushing it again
**replaces** that graph (``PUT ?graph=IRI``, or ``DROP SILENT GRAPH`` + ``INSERT DATA``),
so a re-built document never leaves stale assertions behind. The default graph (the
merged actors) is **added** to what the store has (``POST ?default`` / ``INSERT DATA``),
since other documents' pushes share it. With ``graph_iri`` every triple goes to that one
named graph, which is replaced.

Only the standard library's HTTP client is used. An unreachable endpoint raises
:class:`kg.errors.EndpointError` with one line saying so.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox

from kg.errors import EndpointError, InputError, msg
from kg.query.engine import _RDF_FORMATS, graph_files, model_quads

__all__ = ["PushReport", "push", "read_graphs"]

#: Triples per SPARQL Update request.
UPDATE_CHUNK = 20_000


@dataclass
class PushReport:
    """What :func:`push` sent: triples per graph (``""`` is the default graph) and the requests made."""

    graphs: dict[str, int] = field(default_factory=dict)
    requests: int = 0

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def read_graphs(path: str | Path, graph_iri: str | None = None) -> dict[str, list[ox.Triple]]:
    """The triples of a graph file (or folder) grouped by graph name (``""`` = default graph).

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "g.nq"
    >>> _ = f.write_text('<http://e/a> <http://e/p> "1" <http://e/g1> .\\n<http://e/a> <http://e/p> "2" .\\n')
    >>> {k: len(v) for k, v in read_graphs(f).items()}
    {'http://e/g1': 1, '': 1}
    >>> {k: len(v) for k, v in read_graphs(f, "http://e/all").items()}
    {'http://e/all': 2}
    """
    groups: dict[str, list[ox.Triple]] = {}
    for f in graph_files(path):
        if f.suffix.lower() == ".jsonl":
            from kg.rdf.io import load_graph

            quads: Iterable[ox.Quad] = model_quads(load_graph(f))
        else:
            fmt = _RDF_FORMATS.get(f.suffix.lower())
            if fmt is None:
                raise InputError(msg("E014", path=f, reason="unknown graph file type"))
            quads = ox.parse(path=str(f), format=fmt)
        try:
            for q in quads:
                name = graph_iri or ("" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value)
                groups.setdefault(name, []).append(ox.Triple(q.subject, q.predicate, q.object))
        except (SyntaxError, ValueError) as err:
            raise InputError(msg("E014", path=f, reason=str(err).splitlines()[0])) from err
    return groups


def _with_param(url: str, **params: str | None) -> str:
    return (
        url
        + ("&" if "?" in url else "?")
        + urlencode({k: ("" if v is None else v) for k, v in params.items()})
    )


def _send(url: str, method: str, body: bytes, ctype: str, timeout: float) -> None:
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as err:
        detail = err.read(300).decode("utf-8", "replace").strip().splitlines()
        raise EndpointError(
            msg("E024", url=url.split("?")[0], status=err.code, reason=(detail[0] if detail else err.reason))
        ) from None
    except (urllib.error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise EndpointError(msg("E023", url=url.split("?")[0], reason=reason)) from None


def _nt(triples: list[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""


def push(
    graph_path: str | Path,
    endpoint: str | None = None,
    graph_iri: str | None = None,
    update_endpoint: str | None = None,
    *,
    timeout: float = 120.0,
) -> PushReport:
    """Push the graph(s) in ``graph_path`` to a triple store.

    ``endpoint`` is a SPARQL 1.1 Graph Store Protocol URL (Oxigraph: ``http://host:7878/store``,
    Fuseki: ``http://host:3030/ds/data``); with ``update_endpoint`` (a SPARQL Update URL) the
    graphs are written with ``DROP SILENT GRAPH`` / ``INSERT DATA`` instead.

    Raises :class:`kg.errors.EndpointError` when the store is unreachable or refuses a request,
    :class:`kg.errors.InputError` when the graph cannot be read.

    >>> push("missing.ttl", "http://127.0.0.1:9/store")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: [E001] missing.ttl: no such file or directory
    """
    if not endpoint and not update_endpoint:
        raise EndpointError(
            msg("E023", url="(none)", reason="give a Graph Store endpoint or an update endpoint")
        )
    groups = read_graphs(graph_path, graph_iri)
    report = PushReport()
    for name, triples in groups.items():
        report.graphs[name] = len(triples)
        if update_endpoint:
            _push_update(update_endpoint, name, triples, timeout, report)
            continue
        assert endpoint is not None
        body = _nt(triples)
        if name:
            _send(_with_param(endpoint, graph=name), "PUT", body, "application/n-triples", timeout)
        else:
            _send(_with_param(endpoint, default=None), "POST", body, "application/n-triples", timeout)
        report.requests += 1
    return report


def _push_update(url: str, name: str, triples: list[ox.Triple], timeout: float, report: PushReport) -> None:
    first = True
    for i in range(0, max(len(triples), 1), UPDATE_CHUNK):
        data = _nt(triples[i : i + UPDATE_CHUNK]).decode("utf-8")
        if name:
            iri = str(ox.NamedNode(name))  # validated and written in N-Triples syntax
            drop = f"DROP SILENT GRAPH {iri} ;\n" if first else ""
            update = f"{drop}INSERT DATA {{ GRAPH {iri} {{\n{data}}} }}"
        else:
            update = f"INSERT DATA {{\n{data}}}"
        _send(url, "POST", update.encode("utf-8"), "application/sparql-update", timeout)
        report.requests += 1
        first = False
