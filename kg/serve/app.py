"""A read-only SPARQL 1.1 Protocol endpoint over a graph or store, on the standard library's HTTP server.

Why :mod:`http.server` (``ThreadingHTTPServer``) and no framework: the protocol is three
routes, and the safety limits (request size, time, result size, methods) must be enforced
exactly where the bytes arrive; the standard library lets us do that with no dependency
to keep up to date, and a framework would add nothing the endpoint uses.

Safety (issue 9):

- read-only: SPARQL Update (``update=`` or ``application/sparql-update``, and update
  operations sent as a query, ``LOAD`` included) is refused with 403; ``SERVICE`` calls to
  other hosts are refused with 403; PUT/DELETE/PATCH get 405;
- every query runs in a worker process with a hard time limit: a query past ``timeout`` is
  stopped (its worker is killed and replaced) and answered 503;
- at most ``max_results`` rows (or triples) are returned (header ``X-KG-Truncated: true``);
- request bodies over ``max_request_bytes`` get 413 and longer URLs 414;
- binds to 127.0.0.1 unless told otherwise.

Errors always have one JSON shape: ``{"ok": false, "error": "...", "status": 400}``; a
SPARQL syntax error is a 400 carrying the parser's message (line and column).

Examples
--------
``get`` answers one request in-process, like ``kg serve --get PATH``:

>>> import tempfile, pathlib
>>> f = pathlib.Path(tempfile.mkdtemp()) / "g.nt"
>>> _ = f.write_text('<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .\\n')
>>> r = get(f, "/sparql?query=SELECT%20%3Fl%20%7B%3Fs%20rdfs%3Alabel%20%3Fl%7D&format=csv")
>>> r.status, r.content_type, r.body
(200, 'text/csv; charset=utf-8', b'l\\r\\nA\\r\\n')
>>> r = get(f, "/sparql?query=SELECT%20%3Fl%20%7B")
>>> r.status, json.loads(r.body)["ok"]
(400, False)
"""

from __future__ import annotations

import contextlib
import html
import json
import multiprocessing as mp
import queue
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import KGError, QueryError, msg
from kg.query.engine import (
    MEDIA_TYPES,
    QueryTimeout,
    ServiceRefused,
    UpdateRefused,
    check_read_only,
    is_store_dir,
    open_graph,
    query_form,
    run_query,
    serialize_result,
)

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RESULTS",
    "DEFAULT_MAX_REQUEST_BYTES",
    "ServeConfig",
    "Response",
    "SparqlEndpoint",
    "make_server",
    "serve",
    "get",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
#: Seconds a query may run.
DEFAULT_TIMEOUT = 10.0
#: Rows (or triples) returned at most.
DEFAULT_MAX_RESULTS = 10_000
#: Bytes a request body (or URL) may have: a SPARQL query, not a data upload.
DEFAULT_MAX_REQUEST_BYTES = 256 * 1024
#: Worker processes running queries.
DEFAULT_WORKERS = 2

QUERY_PATHS = ("/sparql", "/query")

# media type -> format name, for SELECT/ASK results and for CONSTRUCT/DESCRIBE results
_SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/javascript": "json",
    "application/javascript": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
_GRAPH_TYPES = {
    "text/turtle": "turtle",
    "application/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/n-quads": "nquads",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
}
_FORMAT_PARAM = {
    "json": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"),
    "csv": ("csv", None),
    "tsv": ("tsv", None),
    "turtle": (None, "turtle"),
    "ttl": (None, "turtle"),
    "ntriples": (None, "ntriples"),
    "nt": (None, "ntriples"),
    "nquads": (None, "nquads"),
    "jsonld": (None, "jsonld"),
    "json-ld": (None, "jsonld"),
    "rdfxml": (None, "rdfxml"),
}
_GRAPH_MEDIA = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}


@dataclass
class ServeConfig:
    """Limits and options of the endpoint (defaults: the module constants)."""

    timeout: float = DEFAULT_TIMEOUT
    max_results: int = DEFAULT_MAX_RESULTS
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    workers: int = DEFAULT_WORKERS
    cors_origin: str = "*"


@dataclass
class Response:
    """One HTTP answer."""

    status: int
    body: bytes
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


def error_response(status: int, message: str, **headers: str) -> Response:
    """The one JSON error shape.

    >>> error_response(400, "bad").body
    b'{"ok": false, "error": "bad", "status": 400}'
    """
    body = json.dumps({"ok": False, "error": message, "status": status}, ensure_ascii=False).encode("utf-8")
    return Response(status, body, "application/json", dict(headers))


class _HttpError(Exception):
    def __init__(self, status: int, message: str, **headers: str) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def _status_of(err: KGError) -> int:
    if isinstance(err, (UpdateRefused, ServiceRefused)):
        return 403
    if isinstance(err, QueryTimeout):
        return 503
    if isinstance(err, QueryError):
        return 400
    return 500


def _accept(header: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (stable for ties)."""
    out = []
    for i, part in enumerate(header.split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((bits[0].lower(), q, i))
    out.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def negotiate(accept: str | None, graph: bool, fmt_param: str | None = None) -> str | None:
    """The result format for an Accept header (or a ``format=`` parameter); None if nothing fits.

    >>> negotiate("application/sparql-results+xml;q=0.9, text/csv", graph=False)
    'csv'
    >>> negotiate("*/*", graph=True), negotiate(None, graph=False), negotiate("image/png", graph=False)
    ('turtle', 'json', None)
    >>> negotiate("text/csv", graph=False, fmt_param="json")
    'json'
    """
    if fmt_param:
        p = fmt_param.strip().lower()
        if p in _FORMAT_PARAM:
            sel, gr = _FORMAT_PARAM[p]
            f = gr if graph else sel
            if f:
                return f
        table = _GRAPH_TYPES if graph else _SELECT_TYPES
        if p in table:
            return table[p]
    default = "turtle" if graph else "json"
    if not accept or not accept.strip():
        return default
    table = _GRAPH_TYPES if graph else _SELECT_TYPES
    for media, _q in _accept(accept):
        if media in table:
            return table[media]
        if media in ("*/*", "application/*", "text/*"):
            return default
    return None


# --- executing queries --------------------------------------------------------------------------------


@dataclass
class _Job:
    query: str
    select_fmt: str
    graph_fmt: str
    max_results: int
    timeout: float
    default_graphs: list[str]
    named_graphs: list[str]


def _execute(store: Any, job: _Job) -> tuple[str, bytes, bool]:
    """Run one job on ``store``: (content type, body, truncated). Raises KGError."""
    res = run_query(
        store,
        job.query,
        max_results=job.max_results,
        timeout=job.timeout,
        default_graphs=job.default_graphs or None,
        named_graphs=job.named_graphs or None,
    )
    if res.kind == "graph":
        return _GRAPH_MEDIA[job.graph_fmt], serialize_result(res, job.graph_fmt), res.truncated
    return MEDIA_TYPES[job.select_fmt], serialize_result(res, job.select_fmt), res.truncated


class InlineExecutor:
    """Runs queries in the calling thread (``--get`` and in-process tests): the time limit is
    checked while results are collected, so it cannot stop a query stuck before its first row."""

    def __init__(self, source: str | Path) -> None:
        self.store = open_graph(source)

    def run(self, job: _Job) -> tuple[str, bytes, bool]:
        return _execute(self.store, job)

    def close(self) -> None:
        self.store = None


def _worker_main(conn: Any, store_dir: str) -> None:  # runs in a child process
    from kg.query.engine import open_graph as _open

    store = _open(store_dir)
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            ctype, body, truncated = _execute(store, job)
            conn.send(("ok", ctype, body, truncated))
        except KGError as err:
            conn.send(("error", _status_of(err), str(err)))


class _Worker:
    def __init__(self, ctx: Any, store_dir: str) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, store_dir), daemon=True)
        self.proc.start()
        child.close()

    def wait_ready(self, seconds: float = 60.0) -> None:
        if not self.conn.poll(seconds):
            raise RuntimeError("query worker did not start")
        self.conn.recv()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class ProcessExecutor:
    """A pool of worker processes, each with the store opened read-only: a query past its time
    limit is stopped for real by killing its worker (a fresh one takes its place)."""

    def __init__(self, store_dir: str | Path, workers: int = DEFAULT_WORKERS, grace: float = 1.0) -> None:
        self.store_dir = str(store_dir)
        self.grace = grace
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        started = [_Worker(self._ctx, self.store_dir) for _ in range(max(1, workers))]
        for w in started:
            w.wait_ready()
            self._all.add(w)
            self._idle.put(w)

    def _replace(self, dead: _Worker) -> None:
        dead.kill()
        with self._lock:
            self._all.discard(dead)
            if self._closed:
                return
        w = _Worker(self._ctx, self.store_dir)
        w.wait_ready()
        with self._lock:
            if self._closed:
                w.kill()
                return
            self._all.add(w)
        self._idle.put(w)

    def run(self, job: _Job) -> tuple[str, bytes, bool]:
        try:
            w = self._idle.get(timeout=job.timeout)
        except queue.Empty:
            raise QueryTimeout(msg("E027", seconds=job.timeout) + " (the server was busy)") from None
        try:
            w.conn.send(job)
            if not w.conn.poll(job.timeout + self.grace):
                threading.Thread(target=self._replace, args=(w,), daemon=True).start()
                w = None
                raise QueryTimeout(msg("E027", seconds=job.timeout))
            reply = w.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            if w is not None:
                threading.Thread(target=self._replace, args=(w,), daemon=True).start()
                w = None
            raise _HttpError(500, "the query worker stopped unexpectedly") from None
        finally:
            if w is not None:
                self._idle.put(w)
        if reply[0] == "ok":
            return reply[1], reply[2], reply[3]
        raise _HttpError(reply[1], reply[2])

    def pids(self) -> list[int]:
        with self._lock:
            return [w.proc.pid for w in self._all]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            with contextlib.suppress(OSError):
                w.conn.send(None)
            w.proc.join(2)
            if w.proc.is_alive():
                w.kill()


# --- the endpoint ---------------------------------------------------------------------------------------


class SparqlEndpoint:
    """The endpoint's logic, independent of the socket: :meth:`handle` turns a request into a :class:`Response`.

    ``source`` is a store folder, a graph file or a folder of graph files. With
    ``processes=True`` queries run in worker processes (hard time limit); files are first
    bulk-loaded into a temporary store that the workers open read-only.
    """

    def __init__(
        self, source: str | Path, config: ServeConfig | None = None, *, processes: bool = False
    ) -> None:
        self.config = config or ServeConfig()
        self.source = Path(source)
        self._tmp: str | None = None
        if processes:
            store_dir = self.source
            if not is_store_dir(self.source):
                from kg.query.store import load_store

                self._tmp = tempfile.mkdtemp(prefix="kg-serve-")
                load_store([self.source], self._tmp)
                store_dir = Path(self._tmp)
            self.executor: InlineExecutor | ProcessExecutor = ProcessExecutor(store_dir, self.config.workers)
        else:
            self.executor = InlineExecutor(self.source)

    def close(self) -> None:
        self.executor.close()
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    # -- request handling
    def handle(
        self, method: str, target: str, headers: Mapping[str, str] | None = None, body: bytes = b""
    ) -> Response:
        """Answer one request (``target`` is the path with its query string)."""
        h = {k.lower(): v for k, v in (headers or {}).items()}
        try:
            resp = self._route(method.upper(), target, h, body)
        except _HttpError as err:
            resp = error_response(err.status, err.message, **err.headers)
        except KGError as err:
            resp = error_response(_status_of(err), str(err))
        resp.headers.setdefault("Access-Control-Allow-Origin", self.config.cors_origin)
        resp.headers.setdefault("X-Content-Type-Options", "nosniff")
        resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    def _route(self, method: str, target: str, h: dict[str, str], body: bytes) -> Response:
        if len(target.encode("utf-8")) > self.config.max_request_bytes:
            raise _HttpError(414, f"request URL is longer than {self.config.max_request_bytes} bytes")
        if len(body) > self.config.max_request_bytes:
            raise _HttpError(413, f"request body is larger than {self.config.max_request_bytes} bytes")
        parts = urlsplit(target)
        path = parts.path.rstrip("/") or "/"
        params = parse_qs(parts.query, keep_blank_values=True)
        if method == "OPTIONS":
            return Response(
                204,
                b"",
                "text/plain",
                {
                    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                    "Access-Control-Allow-Headers": "Content-Type, Accept",
                    "Access-Control-Max-Age": "86400",
                    "Allow": "GET, POST, OPTIONS",
                },
            )
        if path == "/update" or path.endswith("/update") or path == "/store":
            raise _HttpError(
                403, "this endpoint is read-only: SPARQL Update and Graph Store writes are refused"
            )
        if method not in ("GET", "HEAD", "POST"):
            raise _HttpError(
                405, f"method {method} is not allowed: the endpoint is read-only", Allow="GET, POST, OPTIONS"
            )
        if path == "/" and "query" not in params and method != "POST":
            return Response(
                200, _page().encode("utf-8"), "text/html; charset=utf-8", {"Content-Security-Policy": _CSP}
            )
        if path == "/app.js":
            return Response(200, _SCRIPT.encode("utf-8"), "text/javascript; charset=utf-8")
        if path not in (*QUERY_PATHS, "/"):
            raise _HttpError(404, f"no such path {path!r}; send queries to /sparql")
        if method == "POST":
            ctype = h.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                raise _HttpError(403, "SPARQL Update is refused: the graph is served read-only")
            if ctype == "application/sparql-query":
                try:
                    query = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise _HttpError(400, "the query is not valid UTF-8") from None
            elif ctype in ("application/x-www-form-urlencoded", ""):
                try:
                    form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
                except UnicodeDecodeError:
                    raise _HttpError(400, "the form is not valid UTF-8") from None
                if "update" in form:
                    raise _HttpError(403, "SPARQL Update is refused: the graph is served read-only")
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
                query = (params.get("query") or [""])[0]
            else:
                raise _HttpError(
                    415,
                    f"unsupported Content-Type {ctype!r}; use application/sparql-query or "
                    "application/x-www-form-urlencoded",
                )
        else:
            if "update" in params:
                raise _HttpError(403, "SPARQL Update is refused: the graph is served read-only")
            query = (params.get("query") or [""])[0]
        if not query.strip():
            raise _HttpError(400, "missing 'query' parameter")
        if len(params.get("query", [])) > 1:
            raise _HttpError(400, "more than one 'query' parameter")
        check_read_only(query)
        graph = query_form(query) in ("CONSTRUCT", "DESCRIBE")
        fmt_param = next((params[k][0] for k in ("format", "output", "results") if params.get(k)), None)
        fmt = negotiate(h.get("accept"), graph, fmt_param)
        if fmt is None:
            kinds = sorted(set(_GRAPH_TYPES if graph else _SELECT_TYPES))
            raise _HttpError(406, f"cannot answer in {h.get('accept')!r}; acceptable: {', '.join(kinds)}")
        job = _Job(
            query=query,
            select_fmt="json" if graph else fmt,
            graph_fmt=fmt if graph else "turtle",
            max_results=self.config.max_results,
            timeout=self.config.timeout,
            default_graphs=params.get("default-graph-uri", []),
            named_graphs=params.get("named-graph-uri", []),
        )
        ctype, out, truncated = self.executor.run(job)
        headers = {"X-KG-Truncated": "true"} if truncated else {}
        if method == "HEAD":
            out = b""
        return Response(200, out, ctype, headers)


# --- the HTML page ----------------------------------------------------------------------------------------

_CSP = "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; connect-src 'self'; base-uri 'none'; form-action 'self'"

_EXAMPLE = """SELECT ?actor ?label (COUNT(DISTINCT ?event) AS ?events)
WHERE {
  ?event kg:participant ?actor .
  ?actor rdfs:label ?label .
}
GROUP BY ?actor ?label
ORDER BY DESC(?events)
LIMIT 20"""


def _page() -> str:
    from kg.query.saved import list_saved

    saved = {q.name: q.text for q in list_saved()}
    # JSON inside <script type="application/json">: '<' escaped so no text can close the element.
    data = json.dumps(saved).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    options = "".join(f'<option value="{html.escape(n)}">{html.escape(n)}</option>' for n in saved)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>kg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:system-ui,sans-serif;margin:1.5rem;max-width:70rem}}
textarea{{width:100%;height:14rem;font-family:monospace;font-size:0.9rem}}
table{{border-collapse:collapse;margin-top:1rem;font-size:0.85rem}}
td,th{{border:1px solid #ccc;padding:0.2rem 0.4rem;text-align:left;vertical-align:top}}
#status{{margin-left:1rem;color:#555}} .error{{color:#b00}}
</style></head>
<body>
<h1>kg SPARQL endpoint</h1>
<p>Read-only. Prefixes kg:, actor:, doc:, event:, wd:, prov:, rdfs:, skos:, schema: ... are predeclared.
Protocol endpoint: <code>/sparql</code> (GET or POST).</p>
<form id="form" action="/sparql" method="post">
<label>Saved query: <select id="saved"><option value="">(example)</option>{options}</select></label>
<textarea id="query" name="query" spellcheck="false">{html.escape(_EXAMPLE)}</textarea>
<button type="submit">Run</button>
<label>Format: <select id="format" name="format">
<option value="table">table</option><option value="json">JSON</option><option value="xml">XML</option>
<option value="csv">CSV</option><option value="tsv">TSV</option></select></label>
<span id="status"></span>
</form>
<div id="out"></div>
<script type="application/json" id="saved-data">{data}</script>
<script src="/app.js"></script>
</body></html>
"""


# Builds the table with textContent only: nothing from a result can become markup.
_SCRIPT = r"""
"use strict";
const saved = JSON.parse(document.getElementById("saved-data").textContent);
const form = document.getElementById("form"), out = document.getElementById("out");
const statusEl = document.getElementById("status"), q = document.getElementById("query");
document.getElementById("saved").addEventListener("change", (e) => {
  if (e.target.value && saved[e.target.value]) q.value = saved[e.target.value];
});
function cell(t) {
  if (!t) return "";
  if (t.type === "literal" && t["xml:lang"]) return t.value + "@" + t["xml:lang"];
  return t.value;
}
form.addEventListener("submit", async (e) => {
  e.preventDefault();
  const fmt = document.getElementById("format").value;
  const body = new URLSearchParams({query: q.value});
  if (fmt !== "table") body.set("format", fmt);
  statusEl.textContent = "running..."; statusEl.className = "";
  out.replaceChildren();
  const t0 = performance.now();
  let resp;
  try { resp = await fetch("/sparql", {method: "POST", body}); }
  catch (err) { statusEl.textContent = String(err); statusEl.className = "error"; return; }
  const text = await resp.text();
  const ms = Math.round(performance.now() - t0);
  if (!resp.ok) {
    let msg = text; try { msg = JSON.parse(text).error; } catch (_) {}
    statusEl.textContent = resp.status + ": " + msg; statusEl.className = "error"; return;
  }
  const truncated = resp.headers.get("X-KG-Truncated") === "true" ? " (truncated)" : "";
  const ctype = resp.headers.get("Content-Type") || "";
  if (fmt === "table" && ctype.startsWith("application/sparql-results+json")) {
    const data = JSON.parse(text);
    if ("boolean" in data) { statusEl.textContent = String(data.boolean); return; }
    const table = document.createElement("table"), head = table.insertRow();
    for (const v of data.head.vars) { const th = document.createElement("th"); th.textContent = v; head.appendChild(th); }
    for (const b of data.results.bindings) {
      const row = table.insertRow();
      for (const v of data.head.vars) row.insertCell().textContent = cell(b[v]);
    }
    out.appendChild(table);
    statusEl.textContent = data.results.bindings.length + " rows, " + ms + " ms" + truncated;
  } else {
    const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
    statusEl.textContent = ms + " ms" + truncated;
  }
});
"""


# --- HTTP server ----------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    endpoint: SparqlEndpoint
    server_version = "kg-sparql"
    sys_version = ""
    protocol_version = "HTTP/1.1"
    #: Seconds a connection may sit idle or dribble its request before it is closed.
    timeout = 60

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet by default
        if getattr(self.server, "verbose", False):
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is None:
            if self.headers.get("Transfer-Encoding"):
                self._send(error_response(411, "send a Content-Length (chunked bodies are not accepted)"))
                return None
            return b""
        try:
            n = int(length)
        except ValueError:
            self._send(error_response(400, "invalid Content-Length"))
            return None
        limit = self.endpoint.config.max_request_bytes
        if n > limit or n < 0:
            self._send(error_response(413, f"request body is larger than {limit} bytes"), close=True)
            return None
        return self.rfile.read(n)

    def _dispatch(self) -> None:
        body = b"" if self.command in ("GET", "HEAD", "OPTIONS") else self._body()
        if body is None:
            return
        resp = self.endpoint.handle(self.command, self.path, dict(self.headers.items()), body)
        self._send(resp)

    def _send(self, resp: Response, close: bool = False) -> None:
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        origin = self.endpoint.config.cors_origin
        resp.headers.setdefault("Access-Control-Allow-Origin", origin)
        for k, v in resp.headers.items():
            self.send_header(k, v)
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(resp.body)

    do_GET = do_POST = do_HEAD = do_OPTIONS = do_PUT = do_DELETE = do_PATCH = _dispatch

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # Errors raised by http.server itself (URL too long, bad request line) get our JSON shape too.
        try:
            status = HTTPStatus(code)
        except ValueError:
            status = HTTPStatus.BAD_REQUEST
        self.close_connection = True
        self.command = self.command or "GET"
        self._send(error_response(int(status), message or status.phrase), close=True)


def make_server(
    endpoint: SparqlEndpoint, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, verbose: bool = False
) -> ThreadingHTTPServer:
    """An HTTP server (not yet serving) answering with ``endpoint``; ``port=0`` picks a free port."""
    handler = type("Handler", (_Handler,), {"endpoint": endpoint})
    srv = ThreadingHTTPServer((host, port), handler)
    srv.daemon_threads = True
    srv.verbose = verbose  # type: ignore[attr-defined]
    return srv


def serve(
    source: str | Path,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    config: ServeConfig | None = None,
    verbose: bool = False,
    ready: Any = None,
) -> None:
    """Serve ``source`` (a store, a graph file or a folder of them) until interrupted.

    ``ready`` is called with the bound ``(host, port)`` once the server accepts connections.
    """
    endpoint = SparqlEndpoint(source, config, processes=True)
    try:
        srv = make_server(endpoint, host, port, verbose=verbose)
    except OSError:
        endpoint.close()
        raise
    previous = None
    if threading.current_thread() is threading.main_thread():
        # SIGTERM (what service managers and test harnesses send) cleans up like Ctrl-C does:
        # workers stopped, temporary store removed.
        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        if ready:
            ready(srv.server_address[:2])
        srv.serve_forever(poll_interval=0.2)
    finally:
        srv.server_close()
        endpoint.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def get(
    source: str | Path, target: str, *, config: ServeConfig | None = None, accept: str | None = None
) -> Response:
    """Answer one GET request in-process and return the :class:`Response` (``kg serve --get PATH``)."""
    endpoint = SparqlEndpoint(source, config, processes=False)
    try:
        return endpoint.handle("GET", target, {"Accept": accept} if accept else {})
    finally:
        endpoint.close()
