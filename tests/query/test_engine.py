"""kg.query.engine: opening every format we write, running queries, W3C result formats, read-only checks."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from kg.errors import InputError, QueryError
from kg.query.engine import (
    ServiceRefused,
    UpdateRefused,
    check_read_only,
    graph_files,
    inject_values,
    open_graph,
    open_graph_text,
    run_query,
    serialize_result,
)

COUNTRIES = "SELECT ?label WHERE { ?a a kg:Country ; rdfs:label ?label } ORDER BY ?label"


@pytest.mark.parametrize(
    "name", ["graph.ttl", "graph.trig", "graph.nq", "graph.nt", "graph.jsonld", "graph.jsonl"]
)
def test_engine_open_every_written_format(small_kg_dir, name):
    store = open_graph(small_kg_dir / name)
    labels = [r["label"] for r in run_query(store, COUNTRIES).records()]
    assert labels == ["China", "Iran", "Russia", "United States"]


def test_engine_folder_reads_one_file_per_stem(small_kg_dir):
    assert [p.name for p in graph_files(small_kg_dir)] == ["graph.nq"]
    store = open_graph(small_kg_dir)
    # the same graph in six formats, loaded once: no duplicated rows
    assert len(run_query(store, COUNTRIES).rows) == 4


@pytest.mark.parametrize("bad", ["missing.ttl"])
def test_engine_open_missing_path(tmp_path, bad):
    with pytest.raises(InputError, match="no such file"):
        open_graph(tmp_path / bad)


@pytest.mark.parametrize("text", ["<http://e/a> <http://e/p> .\n"])
def test_engine_open_malformed_file(tmp_path, text):
    f = tmp_path / "bad.nt"
    f.write_text(text)
    with pytest.raises(InputError, match="bad.nt"):
        open_graph(f)


@pytest.mark.parametrize(
    "query,where",
    [
        ("SELECT * WHERE {\n  ?s ?p\n}", "line 3"),
        ("SELECT ?x WHERE { ?x kg:p ?y", "line 1"),
        ("PREFIX : <http://e/>\nSELECT * { ?s :p ?o . FILTER(?o > ) }", "line 2"),
    ],
)
def test_engine_syntax_error_has_line_and_column(query, where):
    store = open_graph_text("<http://e/a> <http://e/p> 1 .")
    with pytest.raises(QueryError) as info:
        run_query(store, query)
    assert where in str(info.value) and "column" in str(info.value)
    assert info.value.exit_code == 2


@pytest.mark.parametrize(
    "query,err",
    [
        ("INSERT DATA { <http://e/a> <http://e/p> 1 }", UpdateRefused),
        ("PREFIX e: <http://e/>\nDELETE WHERE { ?s ?p ?o }", UpdateRefused),
        ("LOAD <http://example.org/x.ttl>", UpdateRefused),
        ("CLEAR ALL", UpdateRefused),
        ("DROP GRAPH <http://e/g>", UpdateRefused),
        ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", ServiceRefused),
        ("select * { service silent <http://10.0.0.1/sparql> { ?s ?p ?o } }", ServiceRefused),
    ],
)
def test_engine_refuses_updates_and_service(query, err):
    with pytest.raises(err):
        check_read_only(query)
    store = open_graph_text("<http://e/a> <http://e/p> 1 .")
    with pytest.raises(err):
        run_query(store, query)
    assert len(store) == 1


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s rdfs:label "INSERT DATA SERVICE LOAD" }',
        "SELECT ?service WHERE { ?service <http://e/load> ?o } # DROP ALL",
        "SELECT ?s WHERE { ?s <http://example.org/SERVICE> ?o }",
    ],
)
def test_engine_keywords_inside_strings_iris_comments_are_not_refused(query):
    check_read_only(query)


@pytest.mark.parametrize(
    "value",
    ['x" } } ; DROP ALL #', "a\nb\\c", "<http://evil/> }", "' UNION { ?s ?p ?o } '"],
)
def test_engine_bound_values_cannot_change_the_query(value):
    store = open_graph_text('<http://e/a> <http://e/p> "safe" .')
    q = "SELECT ?s WHERE { ?s <http://e/p> ?v }"
    assert run_query(store, q, bindings={"v": ox.Literal(value)}).rows == []
    assert len(run_query(store, q, bindings={"v": ox.Literal("safe")}).rows) == 1
    assert "VALUES (?v)" in inject_values(q, {"v": ox.Literal(value)})


def _result(store):
    return run_query(
        store, "SELECT ?s ?label ?n ?none WHERE { ?s rdfs:label ?label OPTIONAL { ?s <http://e/n> ?n } }"
    )


@pytest.fixture
def tricky_store():
    return open_graph_text(
        '<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "Ça, \\"quoted\\"\\n<b>&"@fr ; <http://e/n> 3 .\n'
        '_:b <http://www.w3.org/2000/01/rdf-schema#label> "tab\\there" .\n',
        "turtle",
    )


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_engine_results_parse_back_with_pyoxigraph(tricky_store, fmt):
    res = _result(tricky_store)
    data = serialize_result(res, fmt)
    if fmt == "csv":  # lossy by design: pyoxigraph will not parse it; the csv module must
        rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
        assert rows[0] == ["s", "label", "n", "none"] and len(rows) == 3
        assert ["http://e/a", 'Ça, "quoted"\n<b>&', "3", ""] in rows
        return
    back = ox.parse_query_results(data, format=getattr(ox.QueryResultsFormat, fmt.upper()))
    rows = list(back)
    assert [v.value for v in back.variables] == ["s", "label", "n", "none"]
    assert len(rows) == 2
    assert ox.Literal('Ça, "quoted"\n<b>&', language="fr") in [r["label"] for r in rows]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_engine_ask_results(fmt):
    store = open_graph_text("<http://e/a> <http://e/p> 1 .")
    res = run_query(store, "ASK { ?s ?p 1 }")
    data = serialize_result(res, fmt)
    if fmt == "json":
        assert json.loads(data) == {"head": {}, "boolean": True}
    else:
        root = ET.fromstring(data)
        assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_engine_construct_gives_rdf(small_kg_dir, fmt):
    store = open_graph(small_kg_dir)
    res = run_query(store, "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a kg:Country ; rdfs:label ?l }")
    assert res.kind == "graph"
    data = serialize_result(res, fmt)
    triples = list(ox.parse(data, format=ox.RdfFormat.TURTLE if fmt == "turtle" else ox.RdfFormat.N_TRIPLES))
    assert len(triples) == 4


@pytest.mark.parametrize("cap", [0, 2])
def test_engine_max_results_truncates(small_kg_dir, cap):
    res = run_query(open_graph(small_kg_dir), COUNTRIES, max_results=cap)
    assert len(res.rows) == cap and res.truncated


@pytest.mark.parametrize(
    "prefix", ["kg", "actor", "wd", "wdt", "prov", "rdf", "rdfs", "owl", "xsd", "schema", "skos"]
)
def test_engine_prefixes_predeclared(prefix):
    store = open_graph_text("<http://e/a> <http://e/p> 1 .")
    assert run_query(store, f"ASK {{ ?s ?p ?o FILTER(?p != {prefix}:x) }}").boolean is True
