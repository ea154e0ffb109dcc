"""kg.serve.app in-process: SPARQL Protocol routes, content negotiation, read-only refusals,
limits, CORS, the JSON error shape and the HTML page."""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlencode

import pyoxigraph as ox
import pytest

from kg.serve.app import ServeConfig, SparqlEndpoint, get

COUNTRIES = "SELECT ?label WHERE { ?a a kg:Country ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def endpoint(small_kg_dir):
    ep = SparqlEndpoint(small_kg_dir, ServeConfig(max_results=3, max_request_bytes=4096))
    yield ep
    ep.close()


def _get(ep, query, accept=None, **params):
    headers = {"Accept": accept} if accept else {}
    return ep.handle("GET", "/sparql?" + urlencode({"query": query, **params}), headers)


def _assert_error(resp, status, pattern):
    assert resp.status == status
    assert resp.content_type == "application/json"
    body = resp.json()
    assert body["ok"] is False and body["status"] == status
    assert re.search(pattern, body["error"]), body["error"]
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "accept,ctype,fmt",
    [
        (None, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
        (
            "text/csv;q=0.5, application/sparql-results+xml;q=0.9",
            "application/sparql-results+xml",
            ox.QueryResultsFormat.XML,
        ),
        ("text/html, */*;q=0.8", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ],
)
def test_app_content_negotiation(endpoint, accept, ctype, fmt):
    resp = _get(endpoint, COUNTRIES, accept)
    assert resp.status == 200 and resp.content_type.startswith(ctype)
    rows = list(ox.parse_query_results(resp.body, format=fmt))
    assert [r["label"].value for r in rows] == ["China", "Iran", "Russia"]  # capped at 3
    assert resp.headers["X-KG-Truncated"] == "true"
    assert resp.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "fmt,ctype",
    [("csv", "text/csv"), ("tsv", "text/tab-separated-values"), ("xml", "application/sparql-results+xml")],
)
def test_app_format_parameter(endpoint, fmt, ctype):
    resp = _get(endpoint, COUNTRIES, "application/sparql-results+json", format=fmt)
    assert resp.status == 200 and resp.content_type.startswith(ctype)


@pytest.mark.parametrize(
    "accept,ctype",
    [
        (None, "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
    ],
)
def test_app_construct(endpoint, accept, ctype):
    q = "CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a kg:Country ; rdfs:label ?l }"
    resp = _get(endpoint, q, accept)
    assert resp.status == 200 and resp.content_type.startswith(ctype)
    fmt = {
        "text/turtle": ox.RdfFormat.TURTLE,
        "application/n-triples": ox.RdfFormat.N_TRIPLES,
        "application/ld+json": ox.RdfFormat.JSON_LD,
    }[ctype]
    assert len(list(ox.parse(resp.body, format=fmt))) == 3  # capped


@pytest.mark.parametrize(
    "ctype,body",
    [
        ("application/sparql-query", COUNTRIES.encode()),
        ("application/sparql-query; charset=utf-8", COUNTRIES.encode()),
        ("application/x-www-form-urlencoded", urlencode({"query": COUNTRIES}).encode()),
    ],
)
def test_app_post_query(endpoint, ctype, body):
    resp = endpoint.handle("POST", "/sparql", {"Content-Type": ctype}, body)
    assert resp.status == 200
    assert len(resp.json()["results"]["bindings"]) == 3


@pytest.mark.parametrize(
    "method,target,headers,body,status,pattern",
    [
        (
            "POST",
            "/sparql",
            {"Content-Type": "application/sparql-update"},
            b"INSERT DATA { <a> <b> <c> }",
            403,
            "read-only",
        ),
        (
            "POST",
            "/sparql",
            {"Content-Type": "application/x-www-form-urlencoded"},
            urlencode({"update": "DROP ALL"}).encode(),
            403,
            "read-only",
        ),
        ("GET", "/sparql?" + urlencode({"update": "DROP ALL"}), {}, b"", 403, "read-only"),
        ("POST", "/update", {"Content-Type": "application/sparql-update"}, b"CLEAR ALL", 403, "read-only"),
        ("GET", "/sparql?" + urlencode({"query": "LOAD <http://example.org/x.ttl>"}), {}, b"", 403, "LOAD"),
        (
            "GET",
            "/sparql?" + urlencode({"query": "INSERT DATA { <http://e/a> <http://e/b> 1 }"}),
            {},
            b"",
            403,
            "INSERT",
        ),
        (
            "GET",
            "/sparql?" + urlencode({"query": "SELECT * { SERVICE <http://example.org/s> { ?s ?p ?o } }"}),
            {},
            b"",
            403,
            "SERVICE",
        ),
        ("PUT", "/store?default", {"Content-Type": "text/turtle"}, b"<a> <b> <c> .", 403, "read-only"),
        ("DELETE", "/sparql", {}, b"", 405, "not allowed"),
        ("PATCH", "/sparql", {}, b"", 405, "not allowed"),
    ],
)
def test_app_read_only(endpoint, method, target, headers, body, status, pattern):
    before = len(endpoint.executor.store)
    _assert_error(endpoint.handle(method, target, headers, body), status, pattern)
    assert len(endpoint.executor.store) == before


@pytest.mark.parametrize(
    "target,status,pattern",
    [
        ("/sparql?" + urlencode({"query": "SELECT * WHERE {\n ?s ?p }"}), 400, r"line 2, column \d+"),
        ("/sparql", 400, "missing 'query'"),
        ("/sparql?query=", 400, "missing 'query'"),
        ("/nowhere", 404, "no such path"),
        ("/sparql?" + urlencode({"query": COUNTRIES}) + "&query=ASK{}", 400, "more than one"),
        (
            "/sparql?" + urlencode({"query": "SELECT * { ?s ?p ?o }", "default-graph-uri": "not an iri"}),
            400,
            "",
        ),
    ],
)
def test_app_bad_requests_are_400_not_500(endpoint, target, status, pattern):
    _assert_error(endpoint.handle("GET", target), status, pattern)


def test_app_not_acceptable(endpoint):
    _assert_error(_get(endpoint, COUNTRIES, "image/png"), 406, "acceptable")


def test_app_unsupported_post_content_type(endpoint):
    _assert_error(
        endpoint.handle("POST", "/sparql", {"Content-Type": "text/plain"}, b"x"), 415, "Content-Type"
    )


@pytest.mark.parametrize("size", [5000])
def test_app_request_size_caps(endpoint, size):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * size
    _assert_error(
        endpoint.handle("POST", "/sparql", {"Content-Type": "application/sparql-query"}, big.encode()),
        413,
        "larger than 4096 bytes",
    )
    _assert_error(endpoint.handle("GET", "/sparql?query=" + quote(big)), 414, "longer than 4096 bytes")


def test_app_cors_preflight(endpoint):
    resp = endpoint.handle(
        "OPTIONS", "/sparql", {"Origin": "http://example.org", "Access-Control-Request-Method": "POST"}
    )
    assert resp.status == 204
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in resp.headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in resp.headers["Access-Control-Allow-Headers"]


def test_app_named_graph_parameters(endpoint):
    q = "SELECT ?e WHERE { ?e kg:category ?c } ORDER BY ?e"
    d2 = "https://w3id.org/geokg/id/doc/d2"
    resp = _get(endpoint, q, None, **{"default-graph-uri": d2})
    assert [b["e"]["value"].rsplit("/", 1)[-1] for b in resp.json()["results"]["bindings"]] == [
        "e-ally",
        "e-talks",
    ]


def test_app_html_page_is_self_contained_and_escaped(endpoint):
    resp = endpoint.handle("GET", "/", {"Accept": "text/html"})
    assert resp.status == 200 and resp.content_type.startswith("text/html")
    page = resp.body.decode()
    assert "<textarea" in page and 'src="/app.js"' in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no CDN or external resource"
    assert "default-src 'none'" in resp.headers["Content-Security-Policy"]
    # the saved queries are embedded as JSON that cannot close its <script> element
    data = page.split('id="saved-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["partners"].startswith("# partners")
    js = endpoint.handle("GET", "/app.js")
    assert js.status == 200 and b"innerHTML" not in js.body and b"textContent" in js.body


def test_app_get_one_request(small_kg_dir):
    resp = get(small_kg_dir, "/sparql?" + urlencode({"query": COUNTRIES, "format": "csv"}))
    assert resp.status == 200
    assert resp.body.decode().split("\r\n")[:3] == ["label", "China", "Iran"]
