"""Per-document output fragments: a build's merged files assembled from cached pieces.

Every file :func:`kg.rdf.io.write_outputs` writes is a *head*, which depends on the whole
corpus (the extractor agents and the merged actors; in N-Triples and Turtle also each
actor's actor-to-actor triples, which repeat across documents), followed by one *block per
document* in document-id order, which depends on that document alone (its named graph:
document node, assertions and direct triples; its JSON Lines relations; its JSON-LD
``@graph`` item). A fragment holds one document's blocks in all six formats, already
serialized, plus the little the head needs (its entities, extractor names and direct
triples). Fragments are computed where the document is extracted (a worker process) and
cached next to its shard, so a build over a corpus with 1% new articles merges the heads
and concatenates the blocks instead of serializing the whole graph again.

:class:`Assembler` writes byte-for-byte what :func:`kg.rdf.io.write_outputs` writes for
the merged graph (``tests/scale`` checks it); when the corpus holds the same document id
twice, or assertions filed under another document, it says so (``conflict``) and the
caller writes from the merged graph instead.

A fragment is one file: a magic line, one JSON header line (fingerprint, document id and
hash, entities, extractor names, direct triples, assertion ids, category counts, part
sizes) and the parts' bytes. The fingerprint hashes the RDF and model code, the category
table and the pyoxigraph version, so a change of the output format invalidates it.

>>> from kg.types import Document, DocResult, Entity
>>> from kg.model import KnowledgeGraph
>>> from kg.rdf.io import serialize_bytes
>>> ru = Entity("Q159", "Russia", "Country", wikidata="Q159", mentions=1)
>>> results = [DocResult(Document(i, "Russia."), (ru,)) for i in ("d2", "d1")]
>>> asm = Assembler()
>>> for r in results:
...     asm.add(Fragment.decode(encode_fragment(r, "fp"), "fp"))
>>> asm.assemble("nquads") == serialize_bytes(KnowledgeGraph.from_results(results), "nquads")
True
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import IO, Any

import pyoxigraph as ox

from kg.atomic import atomic_open
from kg.model.graph import KnowledgeGraph
from kg.model.jsonl import dumps_record, jsonl_records
from kg.rdf.convert import (
    _actor_iri,
    _direct_triples,
    _entity_block,
    _extractor_blocks,
    iter_quads,
)
from kg.rdf.io import FORMATS, _compact, _jsonld_nodes, _OxTerms, resolve_format
from kg.rdf.namespaces import PREFIXES
from kg.types import DocResult, Entity, to_dict

__all__ = [
    "PARTS",
    "MAGIC",
    "Fragment",
    "Assembler",
    "encode_fragment",
    "fragment_fingerprint",
]

#: The formats a fragment holds, in the order of its parts.
PARTS = ("turtle", "trig", "nquads", "ntriples", "json-ld", "jsonl")
#: First line of every fragment file (the layout's version).
MAGIC = b"kg-fragment/1\n"
_PKG = Path(__file__).resolve().parent.parent


def fragment_fingerprint() -> str:
    """SHA-256 over everything a fragment's bytes depend on besides the document's result:
    kg's RDF and model code, the category table and the installed pyoxigraph.

    >>> len(fragment_fingerprint())
    64
    """
    h = hashlib.sha256()
    files = [*sorted((_PKG / "rdf").glob("*.py")), *sorted((_PKG / "model").glob("*.py"))]
    files += [_PKG / "types.py", _PKG / "resources.py", _PKG / "data" / "categories.json"]
    for p in files:
        if p.is_file():
            h.update(p.relative_to(_PKG).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    h.update(f"pyoxigraph=={ox.__version__}".encode())
    return h.hexdigest()


# --- serialization helpers ------------------------------------------------------------


def _ox_serialize(items: Iterable[Any], fmt: str) -> bytes:
    buf = io.BytesIO()
    prefixes = PREFIXES if fmt in ("turtle", "trig") else None
    ox.serialize(items, buf, FORMATS[fmt].ox, prefixes=prefixes)
    return buf.getvalue()


def _prefix_header(fmt: str) -> bytes:
    # pyoxigraph writes the @prefix lines before the first statement (nothing for an empty graph).
    s = ox.NamedNode("urn:kg:s")
    stmt = ox.Quad(s, s, s, ox.DefaultGraph()) if FORMATS[fmt].quads else ox.Triple(s, s, s)
    text = _ox_serialize([stmt], fmt)
    return text[: text.index(b"<urn:kg:s>")]


_HEADERS: dict[str, bytes] = {}


def _header(fmt: str) -> bytes:
    h = _HEADERS.get(fmt)
    if h is None:
        h = _HEADERS[fmt] = _prefix_header(fmt) if fmt in ("turtle", "trig") else b""
    return h


def _quads(quads: Iterable[tuple[str, str, Any, str | None]], terms: _OxTerms) -> Iterator[ox.Quad]:
    default = ox.DefaultGraph()
    for s, p, o, g in quads:
        yield ox.Quad(terms.iri(s), terms.iri(p), terms.term(o), default if g is None else terms.iri(g))


def _triples(triples: Iterable[tuple[str, str, Any]], terms: _OxTerms) -> Iterator[ox.Triple]:
    for s, p, o in triples:
        yield ox.Triple(terms.iri(s), terms.iri(p), terms.term(o))


def _body(fmt: str, items: Iterator[Any]) -> bytes:
    """Statements serialized in ``fmt`` without the prefix lines."""
    text = _ox_serialize(items, fmt)
    head = _header(fmt)
    if text and not text.startswith(head):  # pragma: no cover - pyoxigraph changed its layout
        raise RuntimeError(f"unexpected {fmt} serialization layout")
    return text[len(head) :] if text else b""


def _jsonld_item(item: dict[str, Any]) -> bytes:
    # One element of the top-level "@graph" list, indented as json.dumps(indent=1) nests it.
    text = json.dumps(item, ensure_ascii=False, indent=1)
    return ("  " + text.replace("\n", "\n  ")).encode("utf-8")


def _jsonld_frame() -> tuple[bytes, bytes]:
    text = json.dumps({"@context": dict(PREFIXES), "@graph": [0]}, ensure_ascii=False, indent=1)
    i = text.rindex("\n  0\n")
    return text[: i + 1].encode("utf-8"), (text[i + 4 :] + "\n").encode("utf-8")


# --- one document -------------------------------------------------------------------------


def encode_fragment(result: DocResult, fingerprint: str) -> bytes:
    """The fragment file of one document's ``result`` (bytes to store; see :class:`Fragment`).

    >>> from kg.types import Document
    >>> data = encode_fragment(DocResult(Document("d1", "Nothing.")), "fp")
    >>> data.startswith(MAGIC), Fragment.decode(data, "fp").doc_id
    (True, 'd1')
    """
    doc = result.document
    g1 = KnowledgeGraph.from_results([result])
    named = [q for q in iter_quads(g1) if q[3] is not None]
    direct: dict[tuple[str, str, str], None] = {}
    for ev in g1.events.values():
        for t in _direct_triples(ev):
            direct[t] = None
    own = [(s, p, o) for s, p, o, _ in named if (s, p, o) not in direct]
    terms = _OxTerms()
    parts = {
        "turtle": _body("turtle", _triples(own, terms)),
        "trig": _body("trig", _quads(named, terms)),
        "nquads": _body("nquads", _quads(named, terms)),
        "ntriples": _body("ntriples", _triples(own, terms)),
        "jsonl": "".join(dumps_record(r) + "\n" for r in jsonl_records(g1) if r["kind"] == "relation").encode(
            "utf-8"
        ),
    }
    giri = named[0][3] if named else None
    item = (
        {"@id": _compact(giri), "@graph": _jsonld_nodes((s, p, o) for s, p, o, _ in named)} if giri else None
    )
    parts["json-ld"] = _jsonld_item(item) if item else b""
    categories: dict[str, int] = {}
    for ev in g1.events.values():
        categories[ev.category] = categories.get(ev.category, 0) + 1
    header = {
        "fp": fingerprint,
        "doc": doc.id,
        "sha256": doc.sha256,
        "entities": [to_dict(e) for e in result.entities],
        "extractors": sorted({ev.extractor for ev in g1.events.values() if ev.extractor}),
        "direct": sorted(direct),
        "events": sorted(g1.events),
        # Assertions filed under another document, or repeated ids, cannot be assembled per document.
        "foreign": any(ev.doc_id != doc.id for ev in result.events) or len(g1.events) != len(result.events),
        "categories": dict(sorted(categories.items())),
        "warnings": list(result.warnings),
        "sizes": [len(parts[f]) for f in PARTS],
    }
    line = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"".join([MAGIC, line, b"\n", *(parts[f] for f in PARTS)])


@dataclass
class Fragment:
    """One document's fragment: its header and where its parts are (in memory or in a file)."""

    header: dict[str, Any]
    offset: int
    data: bytes | None = None
    path: Path | None = None

    @property
    def doc_id(self) -> str:
        return self.header["doc"]

    @classmethod
    def decode(cls, data: bytes, fingerprint: str) -> Fragment | None:
        """The fragment in ``data`` (``None`` when it is damaged or from other code)."""
        with contextlib.suppress(ValueError):
            if data.startswith(MAGIC):
                end = data.index(b"\n", len(MAGIC))
                header = _check(json.loads(data[len(MAGIC) : end]), fingerprint, len(data) - end - 1)
                if header is not None:
                    return cls(header, end + 1, data=data)
        return None

    @classmethod
    def read(cls, path: str | os.PathLike[str], fingerprint: str) -> Fragment | None:
        """The header of the fragment file ``path`` (its parts stay on disk until :meth:`parts`);
        ``None`` when the file is missing, damaged or from other code."""
        try:
            with open(path, "rb") as fh:
                if fh.readline() != MAGIC:
                    return None
                line = fh.readline()
                offset = fh.tell()
                size = os.fstat(fh.fileno()).st_size
            header = _check(json.loads(line), fingerprint, size - offset)
        except (OSError, ValueError):
            return None
        return None if header is None else cls(header, offset, path=Path(path))

    def parts(self) -> dict[str, bytes]:
        """The serialized blocks by format name."""
        data = self.data
        if data is None:
            assert self.path is not None
            with open(self.path, "rb") as fh:
                fh.seek(self.offset)
                body = fh.read()
            pos = 0
        else:
            body, pos = data, self.offset
        out = {}
        for fmt, n in zip(PARTS, self.header["sizes"], strict=True):
            out[fmt] = body[pos : pos + n]
            pos += n
        return out

    def release(self) -> None:
        """Forget the header (kept: id and sizes) once it was merged, to keep memory flat."""
        self.header = {"doc": self.header["doc"], "sizes": self.header["sizes"]}


def _check(header: Any, fingerprint: str, body_size: int) -> dict[str, Any] | None:
    if not isinstance(header, dict) or header.get("fp") != fingerprint:
        return None
    sizes = header.get("sizes")
    if not isinstance(sizes, list) or len(sizes) != len(PARTS) or sum(sizes) != body_size:
        return None  # cut short or padded: not a fragment we wrote
    return header


# --- the whole corpus -----------------------------------------------------------------------


class Assembler:
    """Merges fragments in input order, then writes the build's files from them.

    Entities merge exactly as :meth:`KnowledgeGraph.add` merges them (in input order), so
    the heads equal the merged graph's; the blocks are written in document-id order.
    """

    def __init__(self) -> None:
        self.graph = KnowledgeGraph()  # entities only
        self.extractors: set[str] = set()
        self.direct: dict[str, set[tuple[str, str]]] = {}
        self.fragments: dict[str, Fragment] = {}
        self.event_ids: set[str] = set()
        self.categories: dict[str, int] = {}
        self.warnings: list[str] = []
        #: Why the fragments cannot stand for the merged graph (``None``: they can).
        self.conflict: str | None = None

    def add(self, fragment: Fragment) -> None:
        """Merge one document's fragment (in input order)."""
        h = fragment.header
        doc = h["doc"]
        if doc in self.fragments:
            self.conflict = self.conflict or f"document id {doc!r} occurs twice"
            return
        if h.get("foreign"):
            self.conflict = self.conflict or f"document {doc!r} has assertions of another document"
        events = h["events"]
        if not self.event_ids.isdisjoint(events):
            self.conflict = self.conflict or f"document {doc!r} repeats assertion ids"
        self.event_ids.update(events)
        self.fragments[doc] = fragment
        for e in h["entities"]:
            self.graph.add_entity(Entity.from_dict(e))
        self.extractors.update(h["extractors"])
        for s, p, o in h["direct"]:
            self.direct.setdefault(s, set()).add((p, o))
        for cat, n in h["categories"].items():
            self.categories[cat] = self.categories.get(cat, 0) + n
        self.warnings.extend(h.get("warnings", ()))
        fragment.release()

    def counts(self) -> dict[str, dict[str, int]]:
        """What :meth:`KnowledgeGraph.counts` says of the merged graph."""
        return {"entities": self.graph.counts()["entities"], "events": dict(sorted(self.categories.items()))}

    # heads ------------------------------------------------------------------------------
    def _extractor_blocks(self) -> Iterator[tuple[str, list[tuple[str, Any]]]]:
        # convert's own helper, over the extractor names alone (it reads ``.events[*].extractor``).
        shim = SimpleNamespace(events={n: SimpleNamespace(extractor=n) for n in self.extractors})
        return _extractor_blocks(shim)  # type: ignore[arg-type]

    def _head_quads(self) -> Iterator[tuple[str, str, Any, None]]:
        for iri, po in self._extractor_blocks():
            for p, o in po:
                yield iri, p, o, None
        for e in self.graph.sorted_entities():
            iri = _actor_iri(e.key)
            for p, o in _entity_block(e):
                yield iri, p, o, None

    def _head_triples(self) -> Iterator[tuple[str, str, Any]]:
        direct = {s: set(po) for s, po in self.direct.items()}
        for iri, po in self._extractor_blocks():
            for p, o in po:
                yield iri, p, o
        for e in self.graph.sorted_entities():
            iri = _actor_iri(e.key)
            for p, o in _entity_block(e):
                yield iri, p, o
            for p, o in sorted(direct.pop(iri, ())):
                yield iri, p, o
        for s in sorted(direct):
            for p, o in sorted(direct[s]):
                yield s, p, o

    def _heads(self, formats: Iterable[str]) -> dict[str, tuple[bytes, bytes]]:
        """(head, tail) bytes of each format; blocks go in between."""
        out: dict[str, tuple[bytes, bytes]] = {}
        for fmt in formats:
            terms = _OxTerms()
            if fmt in ("nquads", "trig"):
                text = _ox_serialize(_quads(self._head_quads(), terms), fmt)
            elif fmt in ("ntriples", "turtle"):
                text = _ox_serialize(_triples(self._head_triples(), terms), fmt)
            elif fmt == "jsonl":
                text = "".join(dumps_record(r) + "\n" for r in jsonl_records(self.graph)).encode("utf-8")
            else:  # json-ld: the default graph's nodes are the first items of "@graph"
                start, end = _jsonld_frame()
                nodes = _jsonld_nodes((s, p, o) for s, p, o, _ in self._head_quads())
                out[fmt] = (start + b",\n".join(_jsonld_item(n) for n in nodes), end)
                continue
            if fmt in ("turtle", "trig") and not text:
                text = _header(fmt)  # no head statements: the blocks still need the prefixes
            out[fmt] = (text, b"")
        return out

    # writing ------------------------------------------------------------------------------
    def _stream(self, formats: list[str], sinks: list[IO[bytes]]) -> None:
        heads = self._heads(formats)
        first = {}
        for fmt, fh in zip(formats, sinks, strict=True):
            fh.write(heads[fmt][0])
            first[fmt] = fmt == "json-ld" and heads[fmt][0].endswith(b"[\n")
        for doc in sorted(self.fragments):
            parts = self.fragments[doc].parts()
            for fmt, fh in zip(formats, sinks, strict=True):
                block = parts[fmt]
                if fmt == "json-ld" and block:
                    if not first[fmt]:
                        fh.write(b",\n")
                    first[fmt] = False
                fh.write(block)
        for fmt, fh in zip(formats, sinks, strict=True):
            fh.write(heads[fmt][1])

    def assemble(self, format: str) -> bytes:
        """The whole file of ``format`` as bytes (for tests and small graphs)."""
        buf = io.BytesIO()
        self._stream([resolve_format(format)], [buf])
        return buf.getvalue()

    def write(self, out_dir: str | Path, formats: Iterable[str], *, stem: str = "graph") -> dict[str, Path]:
        """Write ``out_dir/<stem>.<suffix>`` in each of ``formats`` (atomically, in one pass over
        the fragments); returns {format: path} like :func:`kg.rdf.io.write_outputs`."""
        if self.conflict:
            raise ValueError(f"fragments cannot be assembled: {self.conflict}")
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        fmts = list(dict.fromkeys(resolve_format(f) for f in formats))
        paths = {f: out / f"{stem}{FORMATS[f].suffix}" for f in fmts}
        with contextlib.ExitStack() as stack:
            sinks = [stack.enter_context(atomic_open(paths[f], "wb")) for f in fmts]
            self._stream(fmts, sinks)
        return paths
