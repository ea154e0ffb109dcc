"""``kg serve`` end to end: started as its own process on 127.0.0.1, queried with SPARQLWrapper (a real
client) and plain HTTP; read-only, CORS, hard query timeout, and a bounded load test."""

from __future__ import annotations

import csv
import http.client
import io
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import psutil
import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper

pytestmark = pytest.mark.slow

COUNTRIES = "SELECT ?label WHERE { ?a a kg:Country ; rdfs:label ?label } ORDER BY ?label"
# 191^4 solutions to count: far longer than any time limit used here.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, graph, *args: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "kg", "serve", str(graph), "--port", str(self.port), *args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.time() + 90
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kg serve exited: {self.proc.stderr.read().decode()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("kg serve did not start")

    def family(self) -> list[psutil.Process]:
        p = psutil.Process(self.proc.pid)
        return [p, *p.children(recursive=True)]

    def rss(self) -> int:
        return sum(p.memory_info().rss for p in self.family() if p.is_running())

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


@pytest.fixture(scope="module")
def server(small_kg_dir):
    srv = Server(small_kg_dir, "--timeout", "2", "--max-results", "500", "--workers", "2")
    yield srv
    kids = srv.family()[1:]
    srv.stop()
    assert srv.proc.returncode is not None
    gone, alive = psutil.wait_procs(kids, timeout=10)
    assert not alive, "query workers outlived the server"


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_serve_sparqlwrapper_select(server, method, fmt):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(COUNTRIES)
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    result = client.query().convert()
    if fmt == JSON:
        labels = [b["label"]["value"] for b in result["results"]["bindings"]]
    elif fmt == XML:
        labels = [n.firstChild.data for n in result.getElementsByTagName("literal")]
    else:
        rows = list(csv.reader(io.StringIO(result.decode()), delimiter="," if fmt == CSV else "\t"))
        assert rows[0] == ["label" if fmt == CSV else "?label"]
        labels = [r[0] for r in rows[1:]]
    assert labels == ["China", "Iran", "Russia", "United States"]


def test_serve_sparqlwrapper_construct_and_saved_query(server):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery("CONSTRUCT { ?a rdfs:label ?l } WHERE { ?a a kg:Person ; rdfs:label ?l }")
    client.setReturnFormat(TURTLE)
    g = client.query().convert()
    assert b"Donald Trump" in g and b"Sergey Lavrov" in g
    from kg.query.saved import get_saved

    client.setQuery(get_saved("degree").text)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert rows[0]["label"]["value"] == "Russia"


def test_serve_sparqlwrapper_update_refused(server):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <http://e/a> <http://e/p> 1 }")  # SPARQLWrapper sends it as update=
    with pytest.raises(urllib.error.HTTPError) as info:
        client.query()
    assert info.value.code == 403
    assert json.loads(info.value.read())["ok"] is False
    client.setQuery("ASK { <http://e/a> ?p ?o }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is False


def test_serve_syntax_error_is_400_with_position(server):
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery("SELECT * WHERE {\n ?s ?p }")
    client.setReturnFormat(JSON)
    with pytest.raises(Exception, match=r"line 2, column"):  # SPARQLWrapper's QueryBadFormed (HTTP 400)
        client.query()


def test_serve_cors_header(server):
    req = urllib.request.Request(
        server.url + "/sparql?" + urlencode({"query": "ASK {}"}), headers={"Origin": "http://example.org"}
    )
    with urllib.request.urlopen(req) as resp:
        assert resp.headers["Access-Control-Allow-Origin"] == "*"


def test_serve_binds_to_loopback_only(server):
    listening = [
        c.laddr
        for p in server.family()[:1]
        for c in p.net_connections(kind="inet")
        if c.status == psutil.CONN_LISTEN
    ]
    assert listening and all(a.ip == "127.0.0.1" for a in listening)


def test_serve_timeout_stops_the_query_and_recovers(server):
    t0 = time.time()
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(server.url + "/sparql?" + urlencode({"query": SLOW}), timeout=30)
    elapsed = time.time() - t0
    assert info.value.code == 503
    assert "time limit of 2 s" in json.loads(info.value.read())["error"]
    assert elapsed < 8
    # the worker running it was stopped and replaced: the server still answers
    with urllib.request.urlopen(
        server.url + "/sparql?" + urlencode({"query": "ASK { ?s ?p ?o }"}), timeout=30
    ) as r:
        assert json.loads(r.read())["boolean"] is True
    time.sleep(3)
    busy = [p for p in server.family()[1:] if p.is_running() and p.cpu_percent(interval=0.5) > 50]
    assert not busy, "a timed-out query kept running"


def test_serve_request_too_large(server):
    body = b"SELECT * WHERE { ?s ?p ?o } #" + b"x" * (300 * 1024)
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    try:
        conn.request("POST", "/sparql", body=body, headers={"Content-Type": "application/sparql-query"})
        resp = conn.getresponse()
        assert resp.status == 413
        assert json.loads(resp.read())["status"] == 413
    finally:
        conn.close()


# --- bounded load test -----------------------------------------------------------------------------

N_REQUESTS = 2000
CONCURRENCY = 8


def _load_queries(store) -> list[str]:
    from kg.query.engine import inject_values
    from kg.query.saved import bind_params, get_saved

    texts = []
    for name, params in [
        ("partners", {"actor": "Russia"}),
        ("events_between", {"actor": "Russia", "other": "China"}),
        ("threats_sanctions", {"target": "Russia"}),
        ("timeline", {"actor": "Russia"}),
        ("evidence", {"subject": "Trump", "relation": "THREATEN", "object": "Russia"}),
        ("roles", {"state": "Russia"}),
        ("degree", {}),
    ]:
        q = get_saved(name)
        texts.append(inject_values(q.text, bind_params(store, q, params)))
    return texts


def test_serve_bounded_load(seed_build):
    """2,000 requests, 8 at a time, from this process to a `kg serve` process: no errors, no memory growth."""
    from kg.query.engine import open_graph

    graph = seed_build.outputs["nquads"]
    queries = _load_queries(open_graph(graph))
    srv = Server(graph, "--workers", "2")
    try:

        def worker(n: int, out: list, errors: list) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
            for i in range(n):
                body = urlencode({"query": queries[i % len(queries)]}).encode()
                t = time.perf_counter()
                try:
                    conn.request(
                        "POST",
                        "/sparql",
                        body=body,
                        headers={
                            "Content-Type": "application/x-www-form-urlencoded",
                            "Accept": "application/sparql-results+json",
                        },
                    )
                    resp = conn.getresponse()
                    data = resp.read()
                    if resp.status != 200 or not json.loads(data)["results"]["bindings"]:
                        errors.append((resp.status, data[:200]))
                except Exception as err:  # noqa: BLE001 - every failure is counted
                    errors.append(repr(err))
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=30)
                out.append(time.perf_counter() - t)
            conn.close()

        def run(total: int) -> tuple[list[float], list, float]:
            lat: list[float] = []
            errs: list = []
            threads = [
                threading.Thread(target=worker, args=(total // CONCURRENCY, lat, errs))
                for _ in range(CONCURRENCY)
            ]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            return lat, errs, time.perf_counter() - t0

        _, errs, _ = run(200)  # warm-up: caches, lazy imports, thread pools
        assert not errs
        rss_before = srv.rss()
        lat, errs, wall = run(N_REQUESTS)
        rss_after = srv.rss()
    finally:
        srv.stop()
    assert not errs, errs[:3]
    assert len(lat) == N_REQUESTS
    lat.sort()
    p95 = lat[int(0.95 * len(lat)) - 1]
    rps = N_REQUESTS / wall
    growth = (rss_after - rss_before) / 2**20
    report = (
        f"kg serve load test: {N_REQUESTS} requests, {CONCURRENCY} concurrent, "
        f"{rps:.0f} requests/s, p50 {statistics.median(lat) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, "
        f"RSS {rss_before / 2**20:.0f} -> {rss_after / 2**20:.0f} MB ({growth:+.1f} MB)"
    )
    print(report)
    if os.environ.get("KG_LOAD_REPORT"):
        with open(os.environ["KG_LOAD_REPORT"], "a", encoding="utf-8") as fh:
            fh.write(report + "\n")
    assert growth < 20, report
