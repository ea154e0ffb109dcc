"""Graph files by format name: write, read, load back into the model.

Formats (name, aliases, file suffix): ``turtle`` (ttl, .ttl), ``trig`` (.trig),
``nquads`` (nq, .nq), ``ntriples`` (nt, .nt), ``json-ld`` (jsonld, .jsonld) and our
``jsonl`` export (.jsonl, see :mod:`kg.model.jsonl`). TriG, N-Quads and JSON-LD keep one
named graph per document; Turtle and N-Triples hold the union.

Bulk path: the model's quads (:func:`kg.rdf.convert.iter_quads`, already in a fixed
order) are handed straight to pyoxigraph's serializers and parsers, which are tens of
times faster than rdflib's at a million triples (``benchmarks/bench_rdf.py``). rdflib
stays the programming interface: :func:`read_dataset` returns an rdflib ``Dataset``.
JSON-LD is written by this module (compact IRIs through the published context's
prefixes; pyoxigraph writes only expanded JSON-LD) and read by pyoxigraph.

Every write is atomic (:func:`kg.atomic.atomic_open`: temporary file, fsync, rename) and byte-identical for the same
model, whatever the hash seed.

>>> from kg.types import Document, DocResult, Entity
>>> from kg.model import KnowledgeGraph
>>> g = KnowledgeGraph.from_results([DocResult(Document("d1", "Russia."),
...                                            (Entity("Q159", "Russia", "Country", mentions=1),))])
>>> print(serialize(g, "ntriples").splitlines()[0])  # doctest: +ELLIPSIS
<https://w3id.org/geokg/id/actor/Q159> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/geokg/ontology#Country> .
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from kg.atomic import atomic_open
from kg.errors import InputError, UsageError, msg
from kg.model.graph import KnowledgeGraph
from kg.model.jsonl import dumps_jsonl
from kg.rdf.convert import (
    Lit,
    Quad,
    StoredDocument,
    Term,
    from_quads,
    iter_quads,
    iter_triples,
    key_from_iri,
    to_rdflib_term,
)
from kg.rdf.namespaces import PREFIXES, RDF, XSD, bind_prefixes
from kg.resources import categories
from kg.types import Entity, Event, Evidence, Quantity

__all__ = [
    "FORMATS",
    "FormatSpec",
    "DEFAULT_FORMATS",
    "resolve_format",
    "format_for_path",
    "serialize",
    "serialize_bytes",
    "write",
    "write_outputs",
    "read_quads",
    "read_dataset",
    "load_graph",
    "jsonld_document",
]


@dataclass(frozen=True)
class FormatSpec:
    """One output format: canonical name, file suffix, aliases, and whether it keeps named graphs."""

    name: str
    suffix: str
    aliases: tuple[str, ...]
    quads: bool
    ox: Any = None  # pyoxigraph RdfFormat (None: written by this module)


#: Registered formats by canonical name (the order of :func:`write_outputs`).
FORMATS: dict[str, FormatSpec] = {
    "turtle": FormatSpec("turtle", ".ttl", ("ttl", "text/turtle"), False, ox.RdfFormat.TURTLE),
    "trig": FormatSpec("trig", ".trig", ("application/trig",), True, ox.RdfFormat.TRIG),
    "nquads": FormatSpec(
        "nquads", ".nq", ("nq", "n-quads", "application/n-quads"), True, ox.RdfFormat.N_QUADS
    ),
    "ntriples": FormatSpec(
        "ntriples", ".nt", ("nt", "n-triples", "nt11", "application/n-triples"), False, ox.RdfFormat.N_TRIPLES
    ),
    "json-ld": FormatSpec(
        "json-ld", ".jsonld", ("jsonld", "application/ld+json"), True, ox.RdfFormat.JSON_LD
    ),
    "jsonl": FormatSpec("jsonl", ".jsonl", ("json-lines", "ndjson"), False, None),
}
DEFAULT_FORMATS = tuple(FORMATS)
_ALIASES = {a: spec.name for spec in FORMATS.values() for a in (spec.name, *spec.aliases)}
_BY_SUFFIX = {spec.suffix: spec.name for spec in FORMATS.values()}
_BY_SUFFIX[".ndjson"] = "jsonl"


def resolve_format(name: str) -> str:
    """Canonical format name for ``name`` or an alias; raises :class:`~kg.errors.UsageError`.

    >>> resolve_format("ttl"), resolve_format("NQ")
    ('turtle', 'nquads')
    >>> resolve_format("xml")
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: [E013] unknown format 'xml'; use one of turtle, trig, nquads, ntriples, json-ld, jsonl
    """
    canon = _ALIASES.get(name.strip().lower())
    if canon is None:
        raise UsageError(msg("E013", fmt=name, valid=", ".join(FORMATS)))
    return canon


def format_for_path(path: str | Path) -> str:
    """Format name from a file's suffix.

    >>> format_for_path("out/graph.trig")
    'trig'
    """
    suffix = Path(path).suffix.lower()
    name = _BY_SUFFIX.get(suffix)
    if name is None:
        raise UsageError(msg("E005", path=path, suffix=suffix, valid=", ".join(sorted(_BY_SUFFIX))))
    return name


# --- pyoxigraph terms ----------------------------------------------------------------


class _OxTerms:
    """Neutral terms -> pyoxigraph terms, with bounded caches: predicates, classes, actors and
    short literals (modality, category, codes) repeat on almost every line."""

    _MAX = 200_000

    def __init__(self) -> None:
        self._iris: dict[str, Any] = {}
        self._lits: dict[Lit, ox.Literal] = {}

    def iri(self, s: str) -> ox.NamedNode | ox.BlankNode:
        node = self._iris.get(s)
        if node is None:
            node = ox.BlankNode(s[2:]) if s.startswith("_:") else ox.NamedNode(s)
            if len(self._iris) < self._MAX:
                self._iris[s] = node
        return node

    def term(self, t: Term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        if not isinstance(t, Lit):
            return self.iri(t)
        short = len(t.value) < 40
        lit = self._lits.get(t) if short else None
        if lit is None:
            if t.lang:
                lit = ox.Literal(t.value, language=t.lang)
            elif t.datatype:
                lit = ox.Literal(t.value, datatype=self.iri(t.datatype))
            else:
                lit = ox.Literal(t.value)
            if short and len(self._lits) < self._MAX:
                self._lits[t] = lit
        return lit


def _ox_quads(g: KnowledgeGraph) -> Iterator[ox.Quad]:
    c = _OxTerms()
    iri, term, quad = c.iri, c.term, ox.Quad
    default = ox.DefaultGraph()
    for s, p, o, gname in iter_quads(g):
        yield quad(iri(s), iri(p), term(o), default if gname is None else iri(gname))


def _ox_triples(g: KnowledgeGraph) -> Iterator[ox.Triple]:
    c = _OxTerms()
    iri, term, triple = c.iri, c.term, ox.Triple
    for s, p, o in iter_triples(g):
        yield triple(iri(s), iri(p), term(o))


def _from_ox(t: Any) -> Term:
    if isinstance(t, ox.Literal):
        lang = t.language
        if lang:
            return Lit(t.value, None, lang)
        dt = t.datatype.value
        return Lit(t.value, None if dt == _XSD_STRING else dt)
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return t.value


_XSD_STRING = str(XSD.string)


# --- JSON-LD (compact, with the context's prefixes) ---------------------------------

_PREFIX_ORDER = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))
_TYPE = str(RDF.type)


def _compact(iri: str) -> str:
    for prefix, ns in _PREFIX_ORDER:
        if iri.startswith(ns):
            rest = iri[len(ns) :]
            if rest and not rest.startswith("//"):
                return f"{prefix}:{rest}"
            break
    return iri


def _jsonld_value(o: Term) -> Any:
    if isinstance(o, Lit):
        if o.lang:
            return {"@value": o.value, "@language": o.lang}
        if o.datatype:
            return {"@value": o.value, "@type": _compact(o.datatype)}
        return o.value
    return {"@id": _compact(o)}


def _jsonld_nodes(triples: Iterable[tuple[str, str, Term]]) -> list[dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    for s, p, o in triples:
        node = nodes.get(s)
        if node is None:
            node = nodes[s] = {"@id": _compact(s)}
        if p == _TYPE and not isinstance(o, Lit):
            node.setdefault("@type", []).append(_compact(o))
        else:
            node.setdefault(_compact(p), []).append(_jsonld_value(o))
    return list(nodes.values())


def jsonld_document(g: KnowledgeGraph) -> dict[str, Any]:
    """The JSON-LD document of ``g``: default graph nodes, then one ``@graph`` per document.

    >>> from kg.types import Document, DocResult
    >>> doc = jsonld_document(KnowledgeGraph.from_results([DocResult(Document("d1", "x"))]))
    >>> doc["@context"]["kg"], doc["@graph"][0]["@id"]
    ('https://w3id.org/geokg/ontology#', 'doc:d1')
    """
    default: list[tuple[str, str, Term]] = []
    named: dict[str, list[tuple[str, str, Term]]] = {}
    for s, p, o, gname in iter_quads(g):
        if gname is None:
            default.append((s, p, o))
        else:
            named.setdefault(gname, []).append((s, p, o))
    items: list[dict[str, Any]] = _jsonld_nodes(default)
    for gname, triples in named.items():
        items.append({"@id": _compact(gname), "@graph": _jsonld_nodes(triples)})
    return {"@context": dict(PREFIXES), "@graph": items}


# --- writing ---------------------------------------------------------------------------


def _write_to(g: KnowledgeGraph, fmt: str, fh: io.BufferedIOBase) -> None:
    spec = FORMATS[fmt]
    if fmt == "jsonl":
        fh.write(dumps_jsonl(g).encode("utf-8"))
    elif fmt == "json-ld":
        text = json.dumps(jsonld_document(g), ensure_ascii=False, indent=1)
        fh.write(text.encode("utf-8") + b"\n")
    else:
        data = _ox_quads(g) if spec.quads else _ox_triples(g)
        prefixes = PREFIXES if fmt in ("turtle", "trig") else None
        ox.serialize(data, fh, spec.ox, prefixes=prefixes)


def serialize_bytes(g: KnowledgeGraph, format: str = "turtle") -> bytes:
    """``g`` in ``format`` (a name or alias of :data:`FORMATS`) as UTF-8 bytes."""
    buf = io.BytesIO()
    _write_to(g, resolve_format(format), buf)
    return buf.getvalue()


def serialize(g: KnowledgeGraph, format: str = "turtle") -> str:
    """``g`` in ``format`` as text (what ``kg extract --format ttl`` prints)."""
    return serialize_bytes(g, format).decode("utf-8")


def write(g: KnowledgeGraph, path: str | Path, format: str | None = None) -> Path:
    """Write ``g`` to ``path`` atomically; the format comes from ``format`` or the suffix.

    >>> import tempfile, pathlib
    >>> from kg.types import Document, DocResult, Entity
    >>> g = KnowledgeGraph.from_results([DocResult(Document("d1", "Russia."),
    ...                                            (Entity("Q159", "Russia", "Country", mentions=1),))])
    >>> p = write(g, pathlib.Path(tempfile.mkdtemp()) / "g.ttl")
    >>> "actor:Q159" in p.read_text(encoding="utf-8")
    True
    """
    fmt = resolve_format(format) if format else format_for_path(path)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with atomic_open(path, "wb") as fh:
        _write_to(g, fmt, fh)
    return path


def write_outputs(
    g: KnowledgeGraph, out_dir: str | Path, formats: Iterable[str] = DEFAULT_FORMATS, *, stem: str = "graph"
) -> dict[str, Path]:
    """Write ``g`` to ``out_dir/graph.<suffix>`` in each of ``formats``; returns {format: path}.

    >>> import tempfile
    >>> from kg.types import Document, DocResult
    >>> g = KnowledgeGraph.from_results([DocResult(Document("d1", "x"))])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     sorted(p.name for p in write_outputs(g, d).values())
    ['graph.jsonl', 'graph.jsonld', 'graph.nq', 'graph.nt', 'graph.trig', 'graph.ttl']
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for f in formats:
        fmt = resolve_format(f)
        written[fmt] = write(g, out / f"{stem}{FORMATS[fmt].suffix}", fmt)
    return written


# --- reading ---------------------------------------------------------------------------


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(msg("E001", path=path))
    if path.is_file() and path.stat().st_size == 0:
        raise InputError(msg("E002", path=path))


def read_quads(path: str | Path, format: str | None = None) -> Iterator[Quad]:
    """Stream the neutral quads of one RDF file (parsed by pyoxigraph).

    Raises :class:`~kg.errors.InputError` for a missing, empty or malformed file.
    """
    path = Path(path)
    _check_file(path)
    fmt = resolve_format(format) if format else format_for_path(path)
    if fmt == "jsonl":
        raise UsageError(
            msg("E013", fmt="jsonl (not RDF)", valid=", ".join(f for f in FORMATS if f != "jsonl"))
        )
    try:
        named, default = ox.NamedNode, ox.DefaultGraph
        for q in ox.parse(path=str(path), format=FORMATS[fmt].ox):
            s, o, gname = q.subject, q.object, q.graph_name
            yield (
                s.value if type(s) is named else _from_ox(s),
                q.predicate.value,
                o.value if type(o) is named else _from_ox(o),
                None if type(gname) is default else _from_ox(gname),
            )
    except (SyntaxError, ValueError) as err:
        reason = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise InputError(msg("E012", path=path, fmt=fmt, reason=reason)) from err


def read_dataset(path: str | Path, format: str | None = None) -> Dataset:
    """An rdflib ``Dataset`` with the content of an RDF file (parsed in bulk by pyoxigraph).

    Triples of Turtle and N-Triples files land in the default graph.
    """
    ds = bind_prefixes(Dataset())
    graphs = {None: ds.default_graph}
    for s, p, o, gname in read_quads(path, format):
        target = graphs.get(gname)
        if target is None:
            target = graphs[gname] = ds.graph(URIRef(gname))
        target.add((to_rdflib_term(s), URIRef(p), to_rdflib_term(o)))
    return ds


def _load_jsonl(path: Path) -> KnowledgeGraph:
    """Rebuild a graph from our JSON Lines export (entities and binary projections)."""
    g = KnowledgeGraph()
    key_of: dict[str, str] = {}
    rels: dict[str, list[dict[str, Any]]] = {}
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(msg("E012", path=path, fmt="jsonl", reason=f"line {n}: {err}")) from err
            if rec.get("kind") == "entity":
                iri = rec["id"]
                key = key_from_iri(iri)
                key_of[iri] = key
                country = rec.get("country")
                g.entities[key] = Entity(
                    key=key,
                    label=rec.get("label") or key,
                    type=rec.get("type") or "Other",
                    subtype=rec.get("subtype"),
                    wikidata=rec.get("wikidata"),
                    iso3=rec.get("iso3"),
                    country=(country if country and "/" not in country else key_from_iri(country))
                    if country
                    else None,
                    aliases=tuple(rec.get("aliases") or ()),
                    mentions=int(rec.get("mentions") or 0),
                )
            elif rec.get("kind") == "relation":
                rels.setdefault(rec["event"], []).append(rec)

    def key(iri: str) -> str:
        return key_of.get(iri) or key_from_iri(iri)

    for eiri, recs in rels.items():
        r = recs[0]
        doc_id = r["doc"].rsplit("/", 1)[-1]
        subjects = list(dict.fromkeys(key(x["subject"]) for x in recs))
        objects = list(dict.fromkeys(key(x["object"]) for x in recs if x.get("object")))
        symmetric = categories().get(r["category"], {}).get("symmetric", False)
        if symmetric:
            subjects, objects = list(dict.fromkeys(subjects + objects)), []
        evd = r.get("evidence")
        q = r.get("quantity")
        ev = Event(
            id=eiri.rsplit("/", 1)[-1],
            doc_id=doc_id,
            category=r["category"],
            sources=tuple(subjects),
            targets=tuple(objects),
            evidence=Evidence(doc_id, evd["text"], evd["start"], evd["end"]) if evd else None,
            confidence=r.get("confidence", 0.5),
            cameo=r.get("cameo"),
            goldstein=r.get("goldstein"),
            plover_score=r.get("plover_score"),
            mode=r.get("mode"),
            context=tuple(r.get("context") or ()),
            modality=r.get("modality") or "asserted",
            date=r.get("date"),
            location=key(r["location"]) if r.get("location") else None,
            role=r.get("role"),
            quote=r.get("quote"),
            quantity=Quantity(**q) if q else None,
            extractor=r.get("extractor") or "",
        )
        g.events[ev.id] = ev
        if doc_id not in g.documents:
            g.documents[doc_id] = StoredDocument(id=doc_id, text="")
    return g


_PREFERENCE = ("trig", "nquads", "json-ld", "turtle", "ntriples", "jsonl")


def _graph_files(folder: Path) -> list[Path]:
    """One file per stem (the richest format), so a build folder is read once, not six times."""
    by_stem: dict[str, dict[str, Path]] = {}
    for p in sorted(folder.iterdir()):
        if p.is_file() and p.suffix.lower() in _BY_SUFFIX and not p.name.startswith("."):
            by_stem.setdefault(p.stem, {})[_BY_SUFFIX[p.suffix.lower()]] = p
    files = []
    for stem in sorted(by_stem):
        fmts = by_stem[stem]
        files.append(fmts[next(f for f in _PREFERENCE if f in fmts)])
    return files


def load_graph(paths: str | Path | Iterable[str | Path], format: str | None = None) -> KnowledgeGraph:
    """Read graph files we wrote (any format, or folders of them) back into one :class:`KnowledgeGraph`.

    A folder contributes one file per stem (``graph.trig`` before ``graph.ttl`` ...);
    several files are merged with :meth:`KnowledgeGraph.merge`.

    >>> import tempfile
    >>> from kg.types import Document, DocResult, Entity
    >>> g = KnowledgeGraph.from_results([DocResult(Document("d1", "Russia."),
    ...                                            (Entity("Q159", "Russia", "Country", mentions=1),))])
    >>> with tempfile.TemporaryDirectory() as d:
    ...     _ = write_outputs(g, d)
    ...     back = load_graph(d)
    >>> sorted(back.entities), sorted(back.documents), back.documents["d1"].sha256 == g.documents["d1"].sha256
    (['Q159'], ['d1'], True)
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    for p in map(Path, paths):
        _check_file(p)
        if p.is_dir():
            found = _graph_files(p)
            if not found:
                raise InputError(msg("E014", path=p, reason="no graph files in the folder"))
            files.extend(found)
        else:
            files.append(p)
    result: KnowledgeGraph | None = None
    for f in files:
        fmt = resolve_format(format) if format else format_for_path(f)
        g = _load_jsonl(f) if fmt == "jsonl" else from_quads(read_quads(f, fmt))
        result = g if result is None else result.merge(g)
    if result is None:
        raise InputError(msg("E009"))
    return result
