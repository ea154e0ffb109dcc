"""kg push against the real Oxigraph server (PyPI ``oxigraph``) started on 127.0.0.1 by the test:
Graph Store Protocol and SPARQL Update, named graphs replaced (not duplicated) on a second push."""

from __future__ import annotations

import dataclasses

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EndpointError
from kg.query.push import push
from tests.conftest import free_port

pytestmark = pytest.mark.slow

D1 = "https://w3id.org/geokg/id/doc/d1"
EVENTS_PER_GRAPH = (
    "SELECT ?g (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e kg_:category ?c } } GROUP BY ?g ORDER BY ?g"
)


@pytest.fixture
def oxigraph(oxigraph_server):
    """Base URL of the real Oxigraph server started for this test (see tests/conftest.py)."""
    return oxigraph_server


def _select(base: str, query: str) -> list[dict[str, str]]:
    client = SPARQLWrapper(base + "/query")
    client.setQuery("PREFIX kg_: <https://w3id.org/geokg/ontology#>\n" + query)
    client.setReturnFormat(JSON)
    res = client.query().convert()
    return [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]


def _counts(base: str) -> dict[str, int]:
    return {r["g"].rsplit("/", 1)[-1]: int(r["n"]) for r in _select(base, EVENTS_PER_GRAPH)}


def _size(base: str) -> int:
    return int(
        _select(base, "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")[0][
            "n"
        ]
    )


@pytest.mark.parametrize("name", ["graph.trig", "graph.nq"])
def test_push_graph_store_replaces_named_graphs(oxigraph, small_kg_dir, name):
    rep = push(small_kg_dir / name, oxigraph + "/store")
    assert set(rep.graphs) == {"", D1, "https://w3id.org/geokg/id/doc/d2"}
    assert rep.requests == 3
    assert _counts(oxigraph) == {"d1": 4, "d2": 2}
    size = _size(oxigraph)
    push(small_kg_dir / name, oxigraph + "/store")  # again: replaced, not duplicated
    assert _counts(oxigraph) == {"d1": 4, "d2": 2}
    assert _size(oxigraph) == size
    # the default graph holds the merged actors
    assert _select(oxigraph, 'SELECT ?a WHERE { ?a <http://www.w3.org/2000/01/rdf-schema#label> "Russia" }')


def test_push_newer_document_replaces_its_old_assertions(oxigraph, small_kg, tmp_path):
    from kg.rdf.io import write

    first = tmp_path / "first.trig"
    write(small_kg, first)
    push(first, oxigraph + "/store")
    newer = dataclasses.replace(
        small_kg, events={k: v for k, v in small_kg.events.items() if k != "e-threat"}
    )
    second = tmp_path / "second.trig"
    write(newer, second)
    push(second, oxigraph + "/store")
    assert _counts(oxigraph) == {"d1": 3, "d2": 2}
    assert not _select(oxigraph, "SELECT ?e WHERE { GRAPH ?g { ?e kg_:category 'THREATEN' } }")


def test_push_into_one_named_graph(oxigraph, small_kg_dir):
    g = "http://example.org/graphs/kg"
    rep = push(small_kg_dir / "graph.ttl", oxigraph + "/store", graph_iri=g)
    assert list(rep.graphs) == [g]
    push(small_kg_dir / "graph.ttl", oxigraph + "/store", graph_iri=g)
    assert _counts(oxigraph) == {"kg": 6}
    assert _size(oxigraph) == rep.triples


def test_push_sparql_update(oxigraph, small_kg_dir):
    rep = push(small_kg_dir / "graph.trig", update_endpoint=oxigraph + "/update")
    assert rep.requests == 3
    size = _size(oxigraph)
    push(small_kg_dir / "graph.trig", update_endpoint=oxigraph + "/update")
    assert _counts(oxigraph) == {"d1": 4, "d2": 2}
    assert _size(oxigraph) == size


def test_push_cli(oxigraph, small_kg_dir):
    result = CliRunner().invoke(
        app, ["push", str(small_kg_dir / "graph.trig"), "--endpoint", oxigraph + "/store"]
    )
    assert result.exit_code == 0, result.output
    assert "2 named graph(s)" in result.output
    assert _counts(oxigraph) == {"d1": 4, "d2": 2}


def test_push_refused_by_server(oxigraph, small_kg_dir):
    with pytest.raises(EndpointError, match="answered 4"):
        push(small_kg_dir / "graph.trig", oxigraph + "/no-such-route")


@pytest.mark.parametrize("option", ["--endpoint", "--update-endpoint"])
def test_push_unreachable_endpoint_one_line_exit_1(small_kg_dir, option):
    port = free_port()  # nothing listens there
    result = CliRunner().invoke(
        app, ["push", str(small_kg_dir / "graph.trig"), option, f"http://127.0.0.1:{port}/store"]
    )
    assert result.exit_code == 1
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "unreachable" in lines[0] and "Traceback" not in result.output
