"""Run SPARQL over what ``kg`` built: open a graph (file, folder or store), query it, write W3C results.

Queries run on `pyoxigraph <https://pyoxigraph.readthedocs.io>`_ (tens of times faster than
rdflib's memory store at a million triples, see ``benchmarks/bench_query.py``); rdflib stays
the serialization layer of :mod:`kg.rdf`. Every query sees the union of all named graphs
(one per document) and the default graph (the merged actors), so the same query answers
alike on ``graph.ttl``, ``graph.trig`` or a store.

Prefixes of our ontology (``kg:``, ``actor:``, ``doc:``, ``event:``), Wikidata (``wd:``,
``wdt:``), PROV, RDF/RDFS/OWL/XSD, schema.org, SKOS, FOAF, ORG and Dublin Core are predeclared.

Examples
--------
>>> store = open_graph_text('''
... @prefix kg: <https://w3id.org/geokg/ontology#> .
... <https://w3id.org/geokg/id/actor/Q159> a kg:Country ; <http://www.w3.org/2000/01/rdf-schema#label> "Russia" .
... ''', "turtle")
>>> res = run_query(store, "SELECT ?name WHERE { ?a a kg:Country ; rdfs:label ?name }")
>>> res.variables, [[t.value for t in row] for row in res.rows]
(['name'], [['Russia']])
>>> print(serialize_result(res, "csv").decode())
name\r
Russia\r
<BLANKLINE>
"""

from __future__ import annotations

import io
import json
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as _xml_escape
from xml.sax.saxutils import quoteattr as _xml_attr

import pyoxigraph as ox

from kg.errors import InputError, QueryError, UsageError, msg

__all__ = [
    "sparql",
    "PREFIXES",
    "RESULT_FORMATS",
    "GRAPH_FORMATS",
    "MEDIA_TYPES",
    "QueryResult",
    "QueryTimeout",
    "UpdateRefused",
    "ServiceRefused",
    "open_graph",
    "open_graph_text",
    "graph_files",
    "is_store_dir",
    "query_form",
    "check_read_only",
    "inject_values",
    "run_query",
    "serialize_result",
    "compact",
    "term_text",
]


class UpdateRefused(QueryError):
    """A SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, ...) was sent where only queries are served."""


class ServiceRefused(QueryError):
    """A query uses ``SERVICE`` to call another endpoint."""


class QueryTimeout(QueryError):
    """A query ran past its time limit."""

    exit_code = 1


def _prefix_table() -> dict[str, str]:
    from kg.rdf.namespaces import PREFIXES as RDF_PREFIXES

    table = dict(RDF_PREFIXES)
    table.setdefault("wd", "http://www.wikidata.org/entity/")
    table.setdefault("wdt", "http://www.wikidata.org/prop/direct/")
    table.setdefault("p", "http://www.wikidata.org/prop/")
    table.setdefault("ps", "http://www.wikidata.org/prop/statement/")
    table.setdefault("pq", "http://www.wikidata.org/prop/qualifier/")
    table.setdefault("time", "http://www.w3.org/2006/time#")
    return table


#: Prefixes every query may use without declaring them (the ontology's table plus Wikidata's).
PREFIXES: dict[str, str] = _prefix_table()

#: Result formats of SELECT/ASK queries (W3C SPARQL 1.1 Query Results JSON, XML, CSV and TSV).
RESULT_FORMATS = ("json", "xml", "csv", "tsv")
#: Formats of CONSTRUCT/DESCRIBE results.
GRAPH_FORMATS = ("turtle", "ntriples", "nquads", "xml", "jsonld")

MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "nquads": "application/n-quads",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}

_RDF_FORMATS: dict[str, ox.RdfFormat] = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json-ld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}
#: File suffixes :func:`open_graph` reads, in order of preference when a folder holds one
#: graph in several formats (``out/graph.*`` of ``kg build``): quads first, JSON Lines last.
GRAPH_SUFFIXES = (
    ".nq",
    ".nquads",
    ".trig",
    ".nt",
    ".ntriples",
    ".ttl",
    ".turtle",
    ".jsonld",
    ".json-ld",
    ".rdf",
    ".owl",
    ".n3",
    ".jsonl",
)
_TEXT_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


# --- opening graphs ---------------------------------------------------------------------------------


def is_store_dir(path: str | Path) -> bool:
    """True when ``path`` is a folder holding a pyoxigraph (RocksDB) store.

    >>> import tempfile
    >>> is_store_dir(tempfile.mkdtemp())
    False
    """
    p = Path(path)
    return p.is_dir() and (p / "CURRENT").is_file() and any(p.glob("MANIFEST-*"))


def graph_files(path: str | Path) -> list[Path]:
    """The graph files ``open_graph(path)`` reads: the file itself, or one file per stem of a folder.

    A folder written by ``kg build`` holds the same graph as ``graph.nq``, ``graph.trig``,
    ``graph.ttl``...; only the first of :data:`GRAPH_SUFFIXES` is read for each stem.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for n in ("graph.ttl", "graph.nq", "graph.jsonl", "other.ttl", "notes.txt"):
    ...     _ = (d / n).write_text("")
    >>> [p.name for p in graph_files(d)]
    ['graph.nq', 'other.ttl']
    """
    p = Path(path)
    if p.is_file():
        return [p]
    if not p.is_dir():
        raise InputError(msg("E001", path=p))
    best: dict[str, Path] = {}
    for f in sorted(p.iterdir()):
        suf = f.suffix.lower()
        if not f.is_file() or suf not in GRAPH_SUFFIXES:
            continue
        cur = best.get(f.stem)
        if cur is None or GRAPH_SUFFIXES.index(suf) < GRAPH_SUFFIXES.index(cur.suffix.lower()):
            best[f.stem] = f
    return [best[k] for k in sorted(best)]


def _ox_term(t: Any) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A pyoxigraph term from a term of :mod:`kg.rdf.convert` (IRI string, ``_:b`` or ``Lit``)."""
    if isinstance(t, str):
        return ox.BlankNode(t[2:]) if t.startswith("_:") else ox.NamedNode(t)
    if t.lang:
        return ox.Literal(t.value, language=t.lang)
    if t.datatype:
        return ox.Literal(t.value, datatype=ox.NamedNode(t.datatype))
    return ox.Literal(t.value)


def model_quads(graph: Any) -> Iterable[ox.Quad]:
    """pyoxigraph quads of a :class:`~kg.model.KnowledgeGraph` (through :func:`kg.rdf.convert.iter_quads`)."""
    from kg.rdf.convert import iter_quads

    for s, p, o, g in iter_quads(graph):
        gn = ox.NamedNode(g) if g else ox.DefaultGraph()
        yield ox.Quad(_ox_term(s), ox.NamedNode(p), _ox_term(o), gn)


def _load_file(store: ox.Store, f: Path) -> None:
    suf = f.suffix.lower()
    try:
        if suf == ".jsonl":
            from kg.rdf.io import load_graph

            store.bulk_extend(model_quads(load_graph(f)))
            return
        fmt = _RDF_FORMATS.get(suf)
        if fmt is None:
            raise InputError(msg("E028", path=f, valid=", ".join(GRAPH_SUFFIXES)))
        store.bulk_load(path=str(f), format=fmt)
    except SyntaxError as err:
        raise InputError(msg("E014", path=f, reason=str(err))) from err
    except (OSError, ValueError) as err:
        raise InputError(msg("E014", path=f, reason=str(err))) from err


def open_graph(path: str | Path, *, read_only: bool = True) -> ox.Store:
    """Open ``path`` for querying: a pyoxigraph store folder, a graph file, or a folder of graph files.

    Files (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML, and our JSON Lines export)
    are loaded into an in-memory store. A store folder is opened read-only, so several
    processes (``kg serve``, ``kg query``) can read it at once.

    Raises :class:`kg.errors.InputError` for a missing path or a file that does not parse.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "g.nt"
    >>> _ = f.write_text('<http://e/a> <http://e/p> "x" .\\n')
    >>> len(open_graph(f))
    1
    """
    p = Path(path)
    if not p.exists():
        raise InputError(msg("E001", path=p))
    if is_store_dir(p):
        try:
            return ox.Store.read_only(str(p)) if read_only else ox.Store(str(p))
        except OSError as err:
            raise InputError(msg("E014", path=p, reason=str(err))) from err
    files = graph_files(p)
    if not files:
        raise InputError(msg("E028", path=p, valid=", ".join(GRAPH_SUFFIXES)))
    store = ox.Store()
    for f in files:
        _load_file(store, f)
    return store


def open_graph_text(text: str | bytes, fmt: str = "turtle") -> ox.Store:
    """An in-memory store holding ``text`` in format ``fmt`` (turtle, trig, nquads, ntriples, jsonld)."""
    store = ox.Store()
    try:
        store.bulk_load(input=text, format=_TEXT_FORMATS[fmt])
    except SyntaxError as err:
        raise InputError(msg("E014", path="<text>", reason=str(err))) from err
    return store


# --- read-only checks --------------------------------------------------------------------------------

# Strings, IRIs and comments are blanked before keywords are looked at, so a label
# containing "INSERT" or an IRI ending in "/service" is not mistaken for one.
_LEX = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"
    r"|#[^\n]*"
    r"|[?$][\w]+"
    r"|[A-Za-z_][\w-]*(?::[\w.-]*)?"
    r"|:[\w.-]*"
    r"|\S",
    re.S,
)
_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
_QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}


def _keywords(query: str) -> list[str]:
    out = []
    for tok in _LEX.findall(query):
        c = tok[0]
        if c in "\"'<#?$:" or ":" in tok:
            out.append(" ")  # a string, IRI, comment, variable or prefixed name: never a keyword
        else:
            out.append(tok.upper())
    return out


def query_form(query: str) -> str | None:
    """The first keyword after the prologue: ``SELECT``, ``CONSTRUCT``, ``INSERT``, ``LOAD``...

    >>> query_form("PREFIX ex: <http://e/> # SELECT?\\n  select * { ?s ?p ?o }")
    'SELECT'
    >>> query_form("LOAD <http://example.org/data.ttl>")
    'LOAD'
    """
    toks = _keywords(query)
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "PREFIX":
            i += 3  # PREFIX pname: <iri>
            continue
        if t == "BASE":
            i += 2
            continue
        if t.isalpha():
            return t
        i += 1
    return None


def check_read_only(query: str) -> None:
    """Refuse SPARQL Update and ``SERVICE`` calls: raise :class:`UpdateRefused` / :class:`ServiceRefused`.

    >>> check_read_only("SELECT * WHERE { ?s rdfs:label 'SERVICE INSERT' }")
    >>> check_read_only("INSERT DATA { <a> <b> <c> }")
    Traceback (most recent call last):
    ...
    kg.query.engine.UpdateRefused: [E025] SPARQL Update (INSERT) is refused: the graph is served read-only
    >>> check_read_only("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.query.engine.ServiceRefused: [E026] SERVICE (federated query) is refused: this endpoint does not call other hosts
    """
    form = query_form(query)
    if form in _UPDATE_FORMS:
        raise UpdateRefused(msg("E025", form=form))
    toks = _keywords(query)
    if "SERVICE" in toks:
        raise ServiceRefused(msg("E026"))
    # Several operations separated by ';' are an update request even if the first is not.
    if form in _QUERY_FORMS and any(t in _UPDATE_FORMS for t in toks) and ";" in toks:
        raise UpdateRefused(msg("E025", form="; ".join(sorted(set(toks) & _UPDATE_FORMS))))


# --- binding parameters ---------------------------------------------------------------------------


def _term_syntax(t: Term) -> str:
    if isinstance(t, (ox.NamedNode, ox.Literal)):
        return str(t)  # pyoxigraph writes N-Triples syntax with every character escaped
    raise TypeError(f"only IRIs and literals can be bound, not {t!r}")


def inject_values(query: str, bindings: Mapping[str, Term]) -> str:
    """``query`` with a ``VALUES`` block binding ``bindings`` at the start of its WHERE clause.

    The block is written from RDF terms (pyoxigraph's N-Triples syntax, which escapes every
    quote, bracket and newline), so a value can never change the query's structure. Being
    inside the outermost group, the bound variables are visible to its FILTERs and OPTIONALs,
    as with rdflib's ``initBindings``. Unbound (``None``) values are left out.

    >>> inject_values("SELECT ?n WHERE { ?a rdfs:label ?n }", {"a": ox.NamedNode("http://e/a")})
    'SELECT ?n WHERE { VALUES (?a) { (<http://e/a>) }  ?a rdfs:label ?n }'
    >>> inject_values("SELECT * {?s ?p ?o}", {"o": ox.Literal('x" } DROP ALL #')})
    'SELECT * { VALUES (?o) { ("x\\\\" } DROP ALL #") } ?s ?p ?o}'
    """
    items = [(k, v) for k, v in bindings.items() if v is not None]
    if not items:
        return query
    for k, _ in items:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
            raise QueryError(msg("E020", reason=f"invalid variable name {k!r}"))
    block = (
        " VALUES ("
        + " ".join("?" + k for k, _ in items)
        + ") { ("
        + " ".join(_term_syntax(v) for _, v in items)
        + ") } "
    )
    depth, seen_where, form_seen = 0, False, False
    for m in _LEX.finditer(query):
        tok = m.group(0)
        up = tok.upper()
        if depth == 0 and up in _QUERY_FORMS:
            form_seen = True
        elif depth == 0 and up == "WHERE":
            seen_where = True
        elif tok == "{":
            if depth == 0 and form_seen and (seen_where or query_form(query) != "CONSTRUCT"):
                return query[: m.end()] + block + query[m.end() :]
            depth += 1
        elif tok == "}":
            depth -= 1
    raise QueryError(msg("E020", reason="no WHERE clause to bind parameters in"))


# --- running queries ----------------------------------------------------------------------------------

Term = Any  # pyoxigraph NamedNode | BlankNode | Literal | Triple


@dataclass
class QueryResult:
    """What a query returned: ``kind`` is ``"select"``, ``"ask"`` or ``"graph"`` (CONSTRUCT/DESCRIBE).

    ``rows`` holds one tuple of terms (or ``None`` when unbound) per solution, in the order of
    ``variables``; ``triples`` the triples of a graph result. ``truncated`` is True when a
    ``max_results`` cap cut the answer.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[Any] = field(default_factory=list)
    truncated: bool = False
    elapsed: float = 0.0

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples) if self.kind == "graph" else 1

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (IRIs and literal lexical forms).

        >>> QueryResult("select", ["x"], [(ox.Literal("1"),)]).records()
        [{'x': '1'}]
        """
        return [
            {v: (None if t is None else t.value) for v, t in zip(self.variables, r, strict=True)}
            for r in self.rows
        ]


def _syntax_message(err: SyntaxError) -> str:
    # pyoxigraph says "error at 3:14: expected ..." -- keep it, spelled as line/column.
    text = str(err)
    m = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", text, re.S)
    if m:
        return f"line {m.group(1)}, column {m.group(2)}: {m.group(3)}"
    return text


def run_query(
    store: ox.Store,
    query: str,
    *,
    bindings: Mapping[str, Term] | None = None,
    max_results: int | None = None,
    timeout: float | None = None,
    union: bool = True,
    default_graphs: Iterable[str] | None = None,
    named_graphs: Iterable[str] | None = None,
) -> QueryResult:
    """Run a SPARQL ``query`` on ``store`` and collect its answer.

    ``bindings`` pre-bind variables to RDF terms through a ``VALUES`` block written from the
    terms themselves (see :func:`inject_values`), never by pasting text into the query.
    ``max_results`` caps the rows (or triples) kept; ``timeout`` stops collecting once the
    time is up (raising :class:`QueryTimeout`). Updates and ``SERVICE`` are refused.

    Raises :class:`kg.errors.QueryError` with the parser's message (line and column) on a
    syntax error.

    >>> store = open_graph_text('<http://e/a> <http://e/p> "x", "y" .', "turtle")
    >>> res = run_query(store, "SELECT ?o { ?s ?p ?o } ORDER BY ?o", max_results=1)
    >>> [r[0].value for r in res.rows], res.truncated
    (['x'], True)
    >>> run_query(store, "SELECT ?o { ?s ?p ?o } ORDER BY ?o",
    ...           bindings={"o": ox.Literal("y")}).records()
    [{'o': 'y'}]
    >>> run_query(store, "SELECT ?o {\\n ?s ?p }")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: [E020] SPARQL syntax error: line 2, column 9: expected ...
    """
    check_read_only(query)
    if bindings:
        query = inject_values(query, bindings)
    t0 = time.perf_counter()
    deadline = None if timeout is None else t0 + timeout
    try:
        kw: dict[str, Any] = {}
        if default_graphs:  # SPARQL Protocol default-graph-uri: those graphs merged, instead of the union
            kw["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            kw["use_default_graph_as_union"] = union
        if named_graphs:
            kw["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        res = store.query(query, prefixes=PREFIXES, **kw)
    except SyntaxError as err:
        raise QueryError(msg("E020", reason=_syntax_message(err))) from err
    except ValueError as err:  # an invalid graph IRI
        raise QueryError(msg("E020", reason=str(err))) from err
    except OSError as err:  # evaluation errors (e.g. a store read failing)
        raise QueryError(msg("E020", reason=str(err))) from err
    cap = max_results if max_results is not None and max_results >= 0 else None

    def over_time() -> bool:
        return deadline is not None and time.perf_counter() > deadline

    if isinstance(res, ox.QueryBoolean):
        out = QueryResult("ask", boolean=bool(res))
    elif isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        out = QueryResult("select", variables=names)
        try:
            for i, sol in enumerate(res):
                if cap is not None and i >= cap:
                    out.truncated = True
                    break
                if i % 256 == 0 and over_time():
                    raise QueryTimeout(msg("E027", seconds=timeout))
                out.rows.append(tuple(sol))  # in the order of `variables`, None when unbound
        except (OSError, SyntaxError) as err:
            raise QueryError(msg("E020", reason=str(err))) from err
    else:
        out = QueryResult("graph")
        for i, tr in enumerate(res):
            if cap is not None and i >= cap:
                out.truncated = True
                break
            if i % 256 == 0 and over_time():
                raise QueryTimeout(msg("E027", seconds=timeout))
            out.triples.append(tr)
    out.elapsed = time.perf_counter() - t0
    if over_time():
        raise QueryTimeout(msg("E027", seconds=timeout))
    return out


def sparql(
    graph: str | Path | ox.Store,
    query: str | Path,
    *,
    bindings: Mapping[str, Term] | None = None,
    max_results: int | None = None,
    timeout: float | None = None,
) -> QueryResult:
    """Run SPARQL on a graph file, a folder of them, a kg store, or an already opened store.

    ``query`` is SPARQL text or the path of a ``.rq`` file. Opening a file parses it each
    time: to run many queries, open it once with :func:`open_graph` and pass the store.

    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
    >>> _ = f.write_text('<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "Chile" .')
    >>> sparql(f, "SELECT ?l WHERE { ?s rdfs:label ?l }").records()
    [{'l': 'Chile'}]
    """
    store = graph if isinstance(graph, ox.Store) else open_graph(graph)
    text = str(query)
    if text.endswith(".rq") and Path(text).is_file():
        text = Path(text).read_text(encoding="utf-8")
    return run_query(store, text, bindings=bindings, max_results=max_results, timeout=timeout)


# --- writing results ------------------------------------------------------------------------------------


def _json_term(t: Term) -> dict[str, Any]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != _XSD_STRING:
            d["datatype"] = t.datatype.value
        return d
    if isinstance(t, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": _json_term(t.subject),
                "predicate": _json_term(t.predicate),
                "object": _json_term(t.object),
            },
        }
    raise TypeError(f"not an RDF term: {t!r}")


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _xml_term(t: Term) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{_xml_escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{_xml_escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={_xml_attr(t.language)}>{_xml_escape(t.value)}</literal>"
        if t.datatype.value != _XSD_STRING:
            return f"<literal datatype={_xml_attr(t.datatype.value)}>{_xml_escape(t.value)}</literal>"
        return f"<literal>{_xml_escape(t.value)}</literal>"
    return (
        f"<triple><subject>{_xml_term(t.subject)}</subject><predicate>{_xml_term(t.predicate)}</predicate>"
        f"<object>{_xml_term(t.object)}</object></triple>"
    )


_XML_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _csv_cell(t: Term | None) -> str:
    if t is None:
        return ""
    v = f"_:{t.value}" if isinstance(t, ox.BlankNode) else str(t) if isinstance(t, ox.Triple) else t.value
    if any(c in v for c in ',"\r\n'):
        v = '"' + v.replace('"', '""') + '"'
    return v


def _tsv_cell(t: Term | None) -> str:
    # SPARQL 1.1 TSV: terms in Turtle/N-Triples syntax; tabs and newlines escaped.
    if t is None:
        return ""
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def serialize_result(result: QueryResult, fmt: str = "json") -> bytes:
    """Write ``result`` in a W3C SPARQL 1.1 results format (json, xml, csv, tsv) or, for
    CONSTRUCT/DESCRIBE, an RDF format (turtle, ntriples, nquads, xml = RDF/XML, jsonld).

    >>> r = QueryResult("select", ["s", "n"], [(ox.NamedNode("http://e/a"), ox.Literal("x\\ty", language="en"))])
    >>> print(serialize_result(r, "tsv").decode(), end="")
    ?s\t?n
    <http://e/a>\t"x\\ty"@en
    >>> json.loads(serialize_result(QueryResult("ask", boolean=True), "json"))
    {'head': {}, 'boolean': True}
    """
    fmt = fmt.lower()
    if result.kind == "graph":
        rdf = {
            "turtle": ox.RdfFormat.TURTLE,
            "ttl": ox.RdfFormat.TURTLE,
            "ntriples": ox.RdfFormat.N_TRIPLES,
            "nt": ox.RdfFormat.N_TRIPLES,
            "nquads": ox.RdfFormat.N_QUADS,
            "xml": ox.RdfFormat.RDF_XML,
            "rdfxml": ox.RdfFormat.RDF_XML,
            "jsonld": ox.RdfFormat.JSON_LD,
            "json": ox.RdfFormat.JSON_LD,
        }.get(fmt)
        if rdf is None:
            raise UsageError(msg("E013", fmt=fmt, valid=", ".join(GRAPH_FORMATS)))
        kw: dict[str, Any] = {}
        if rdf in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML):
            used = {
                t.value
                for tr in result.triples
                for t in (tr.subject, tr.predicate, tr.object)
                if isinstance(t, ox.NamedNode)
            }
            kw["prefixes"] = {k: v for k, v in PREFIXES.items() if any(u.startswith(v) for u in used)}
        return ox.serialize(result.triples, format=rdf, **kw) or b""
    if fmt == "json":
        if result.kind == "ask":
            return json.dumps({"head": {}, "boolean": result.boolean}).encode()
        bindings = [
            {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
            for row in result.rows
        ]
        return json.dumps(
            {"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False
        ).encode("utf-8")
    if fmt == "xml":
        buf = io.StringIO()
        buf.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>')
        for v in result.variables:
            buf.write(f"<variable name={_xml_attr(v)}/>")
        buf.write("</head>\n")
        if result.kind == "ask":
            buf.write(f"<boolean>{'true' if result.boolean else 'false'}</boolean>\n")
        else:
            buf.write("<results>\n")
            for row in result.rows:
                buf.write("<result>")
                for v, t in zip(result.variables, row, strict=True):
                    if t is not None:
                        buf.write(f"<binding name={_xml_attr(v)}>{_xml_term(t)}</binding>")
                buf.write("</result>\n")
            buf.write("</results>\n")
        buf.write("</sparql>\n")
        return _XML_CHARS.sub("\ufffd", buf.getvalue()).encode("utf-8")
    if fmt in ("csv", "tsv"):
        if result.kind == "ask":
            return (
                ("_askResult\r\n" if fmt == "csv" else "?_askResult\n")
                + ("true" if result.boolean else "false")
                + ("\r\n" if fmt == "csv" else "\n")
            ).encode()
        if fmt == "csv":
            lines = [",".join(result.variables)] + [
                ",".join(_csv_cell(t) for t in row) for row in result.rows
            ]
            return ("\r\n".join(lines) + "\r\n").encode("utf-8")
        lines = ["\t".join("?" + v for v in result.variables)]
        lines += ["\t".join(_tsv_cell(t) for t in row) for row in result.rows]
        return ("\n".join(lines) + "\n").encode("utf-8")
    raise UsageError(msg("E013", fmt=fmt, valid=", ".join(RESULT_FORMATS)))


def compact(iri: str) -> str:
    """``prefix:local`` for an IRI under one of :data:`PREFIXES` (longest namespace wins), else the IRI.

    >>> compact("https://w3id.org/geokg/id/actor/Q159")
    'actor:Q159'
    >>> compact("http://example.org/x")
    'http://example.org/x'
    """
    best = ""
    name = iri
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            local = iri[len(ns) :]
            if re.fullmatch(r"[\w.%/-]*", local) and not local.endswith("."):
                best, name = ns, f"{prefix}:{local}"
    return name


def term_text(t: Term | None) -> str:
    """A short human-readable form of a term for tables: compact IRIs, bare literal text.

    >>> term_text(ox.NamedNode("https://w3id.org/geokg/ontology#threatens")), term_text(ox.Literal("1"))
    ('kg:threatens', '1')
    """
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        return compact(t.value)
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    if isinstance(t, ox.Literal):
        return t.value
    return str(t)
