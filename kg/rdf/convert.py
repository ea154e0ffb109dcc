"""KnowledgeGraph <-> RDF, through one neutral list of quads.

The model is turned into plain quads ``(subject, predicate, object, graph)`` whose
terms are strings (IRIs; ``"_:x"`` for a blank node, which we never emit ourselves) and
:class:`Lit` literals. Both back ends start from that one list, so they cannot disagree:
:func:`to_dataset` builds an rdflib ``Dataset`` (the programming interface) and
:mod:`kg.rdf.io` feeds the same quads to pyoxigraph for bulk writing. Reading goes the
other way: any quads -> :func:`from_quads` -> :class:`~kg.model.KnowledgeGraph`.

The vocabulary is described in :mod:`kg.rdf.namespaces`. Layout: the default graph
holds the merged actors and the extractor agents; each document has a named graph
(its IRI) with the document node, its assertion nodes and the direct actor-to-actor
triples. Blocks come out in a fixed order (actors by key, documents by id, events in
document order) with no blank nodes, so the same model always gives the same quads.

>>> from kg.types import Document, DocResult, Entity, Event, Evidence
>>> from kg.model import KnowledgeGraph
>>> d = Document("d1", "The US threatened Russia.")
>>> ents = (Entity("Q30", "United States", "Country", wikidata="Q30", mentions=1),
...         Entity("Q159", "Russia", "Country", wikidata="Q159", mentions=1))
>>> ev = Event("e1", "d1", "THREATEN", ("Q30",), ("Q159",), Evidence("d1", d.text, 0, 25),
...            confidence=0.8, extractor="kg.events.v1")
>>> g = KnowledgeGraph.from_results([DocResult(d, ents, (ev,))])
>>> ds = to_dataset(g)
>>> from rdflib import URIRef
>>> (URIRef(actor_iri("Q30")), KG.threatens, URIRef(actor_iri("Q159"))) in ds.graph(URIRef(doc_iri("d1")))
True
>>> back = from_rdflib(ds)
>>> back.events["e1"].targets, back.entities["Q159"].label
(('Q159',), 'Russia')
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.model.graph import KnowledgeGraph
from kg.model.iris import actor_iri, doc_iri, event_iri, slugify
from kg.rdf.namespaces import (
    ACTOR,
    EXTRACTOR,
    KG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    WD,
    XSD,
    bind_prefixes,
)
from kg.resources import categories
from kg.types import Document, Entity, Event, Evidence, Quantity, content_hash

__all__ = [
    "Lit",
    "Quad",
    "StoredDocument",
    "TYPE_CLASSES",
    "SUBTYPE_CLASSES",
    "category_class",
    "category_predicate",
    "date_literal",
    "extractor_iri",
    "key_from_iri",
    "iter_quads",
    "iter_triples",
    "to_dataset",
    "to_graph",
    "from_quads",
    "from_rdflib",
    "rdflib_quads",
    "to_rdflib_term",
]


class Lit(NamedTuple):
    """A literal: lexical form, datatype IRI (``None`` = xsd:string) and language tag."""

    value: str
    datatype: str | None = None
    lang: str | None = None


#: An IRI (``str``), a blank node (``"_:label"``) or a :class:`Lit`.
Term = str | Lit
#: ``(subject, predicate, object, graph)``; graph ``None`` is the default graph.
Quad = tuple[str, str, Term, str | None]


@dataclass(frozen=True)
class StoredDocument(Document):
    """A :class:`~kg.types.Document` read back from RDF.

    The graph keeps a document's metadata and content hash, not its text, so
    ``sha256`` is the stored hash: re-adding the same article to a graph read from
    disk is still recognised as "already present".
    """

    stored_sha256: str = ""

    @property
    def sha256(self) -> str:
        return content_hash(self.text) if self.text else self.stored_sha256


# --- vocabulary tables -------------------------------------------------------

_S = str  # IRIs as plain strings in the neutral quads
_TYPE = _S(RDF.type)


class _T:
    """Our terms as plain strings: DefinedNamespace lookups are too slow for the hot loops."""


for _name in KG.__annotations__:
    setattr(_T, _name, _S(KG[_name]))

_LABEL, _ALT, _SAMEAS = _S(RDFS.label), _S(SKOS.altLabel), _S(OWL.sameAs)
_DERIVED, _ATTRIBUTED = _S(PROV.wasDerivedFrom), _S(PROV.wasAttributedTo)
#: actor_iri, cached: the same actors recur in every document and assertion.
_actor_iri = lru_cache(maxsize=1 << 18)(actor_iri)

#: Entity type (kg.types.ENTITY_TYPES) -> (our class, schema.org class or None).
TYPE_CLASSES: dict[str, tuple[str, str | None]] = {
    "Country": (_T.Country, _S(SDO.Country)),
    "Person": (_T.Person, _S(SDO.Person)),
    "Organization": (_T.Organization, _S(SDO.Organization)),
    "IGO": (_T.IGO, _S(SDO.Organization)),
    "Location": (_T.Location, _S(SDO.Place)),
    "Event": (_T.NamedEvent, _S(SDO.Event)),
    "Other": (_T.OtherEntity, None),
}
_CLASS_TYPES = {v[0]: k for k, v in TYPE_CLASSES.items()}

#: Organization kinds (Entity.subtype) that have a class of their own.
SUBTYPE_CLASSES: dict[str, str] = {
    "GovernmentBody": _T.GovernmentBody,
    "Military": _T.Military,
    "Media": _T.Media,
    "ThinkTank": _T.ThinkTank,
    "Company": _T.Company,
}


def category_class(category: str) -> str:
    """IRI of the assertion class of a category code (``kg:Assertion`` if unknown).

    >>> category_class("SANCTION")
    'https://w3id.org/geokg/ontology#Sanction'
    >>> category_class("NOPE")
    'https://w3id.org/geokg/ontology#Assertion'
    """
    row = categories().get(category)
    return _S(KG[row["class"]]) if row else _T.Assertion


def category_predicate(category: str) -> str:
    """IRI of the direct actor-to-actor property of a category (``kg:relatedTo`` if unknown).

    >>> category_predicate("THREATEN")
    'https://w3id.org/geokg/ontology#threatens'
    """
    row = categories().get(category)
    return _S(KG[row["predicate"]]) if row else _T.relatedTo


@lru_cache(maxsize=1024)
def extractor_iri(name: str) -> str:
    """IRI of the software agent ``name`` (e.g. ``"kg.events.v1"``).

    >>> extractor_iri("kg.events.v1")
    'https://w3id.org/geokg/id/extractor/kg-events-v1'
    """
    return str(EXTRACTOR) + slugify(name)


_QID_PATH = re.compile(r"^Q[1-9][0-9]*$")


def key_from_iri(iri: str) -> str:
    """Best guess of an entity key from its IRI (used only when the graph lacks ``kg:key``).

    >>> key_from_iri(actor_iri("Q159")), key_from_iri(actor_iri("person:sergey-lavrov"))
    ('Q159', 'person:sergey-lavrov')
    """
    prefix = str(ACTOR)
    if not iri.startswith(prefix):
        return iri
    rest = iri[len(prefix) :]
    kind, sep, slug = rest.partition("/")
    return f"{kind}:{slug}" if sep else rest


# --- literals ------------------------------------------------------------------

_XSD_DATE, _XSD_GYM, _XSD_GY = _S(XSD.date), _S(XSD.gYearMonth), _S(XSD.gYear)
_XSD_DEC, _XSD_INT, _XSD_BOOL, _XSD_URI = _S(XSD.decimal), _S(XSD.integer), _S(XSD.boolean), _S(XSD.anyURI)
_YM = re.compile(r"^(\d{4})-(\d{2})$")
_Y = re.compile(r"^\d{4}$")


def date_literal(text: str | None) -> Lit | None:
    """A typed literal for a (possibly partial) ISO date: xsd:date, xsd:gYearMonth or xsd:gYear.

    Returns ``None`` for anything that is not a valid date of one of these shapes.

    >>> date_literal("2025-03-10").datatype.endswith("#date")
    True
    >>> date_literal("2025-03").datatype.endswith("#gYearMonth"), date_literal("2025").datatype.endswith("#gYear")
    (True, True)
    >>> date_literal("2025-02-30") is None, date_literal("March") is None
    (True, True)
    """
    if not text:
        return None
    text = text.strip()
    if len(text) == 10:
        try:
            _dt.date.fromisoformat(text)
        except ValueError:
            return None
        return Lit(text, _XSD_DATE)
    m = _YM.match(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return Lit(text, _XSD_GYM)
    if _Y.match(text):
        return Lit(text, _XSD_GY)
    return None


def _dec(x: float) -> Lit | None:
    """xsd:decimal with a canonical, exponent-free lexical form (None for NaN/inf)."""
    x = float(x)
    if not math.isfinite(x):
        return None
    text = format(Decimal(repr(x)), "f")
    if "." not in text:
        text += ".0"
    return Lit(text, _XSD_DEC)


def _int(x: int) -> Lit:
    return Lit(str(int(x)), _XSD_INT)


def _str(x: str) -> Lit:
    return Lit(x)


# --- model -> quads ----------------------------------------------------------------


def _entity_block(e: Entity) -> list[tuple[str, Term]]:
    cls, schema_cls = TYPE_CLASSES.get(e.type, TYPE_CLASSES["Other"])
    po: list[tuple[str, Term]] = [(_TYPE, cls)]
    if e.subtype in SUBTYPE_CLASSES:
        po.append((_TYPE, SUBTYPE_CLASSES[e.subtype]))
    if schema_cls:
        po.append((_TYPE, schema_cls))
    po.append((_LABEL, _str(e.label)))
    po.append((_T.key, _str(e.key)))
    if e.subtype:
        po.append((_T.subtype, _str(e.subtype)))
    if e.wikidata:
        po.append((_T.wikidata, _str(e.wikidata)))
        if _QID_PATH.match(e.wikidata):
            po.append((_SAMEAS, _S(WD[e.wikidata])))
    if e.iso3:
        po.append((_T.iso3, _str(e.iso3)))
    if e.country:  # a state "acts for" itself: kept so the model reads back unchanged
        po.append((_T.actsFor, _actor_iri(e.country)))
    for alias in sorted(set(e.aliases) - {e.label}):
        po.append((_ALT, _str(alias)))
    po.append((_T.mentions, _int(e.mentions)))
    return po


def _document_block(doc: Document) -> list[tuple[str, Term]]:
    po: list[tuple[str, Term]] = [
        (_TYPE, _T.Document),
        (_TYPE, _S(PROV.Entity)),
        (_T.docId, _str(doc.id)),
    ]
    if doc.title:
        po.append((_T.title, _str(doc.title)))
    if doc.url:
        po.append((_T.url, Lit(doc.url, _XSD_URI)))
    if doc.publisher:
        po.append((_T.publisher, _str(doc.publisher)))
    if doc.published:
        lit = date_literal(doc.published)
        po.append((_T.published, lit) if lit else (_T.publishedText, _str(doc.published)))
    if doc.sha256:  # a document read back from JSON Lines has no hash to give
        po.append((_T.sha256, _str(doc.sha256)))
    return po


def _military_exercise(ev: Event) -> bool:
    # Material cooperation in the military sphere (PLOVER context 'military') or coded
    # with the mode 'exercise': the class researchers ask for as "joint exercises".
    return ev.category == "COOPERATE" and (ev.mode == "exercise" or "military" in ev.context)


def _event_block(ev: Event) -> list[tuple[str, Term]]:
    po: list[tuple[str, Term]] = [(_TYPE, category_class(ev.category))]
    if _military_exercise(ev):
        po.append((_TYPE, _T.MilitaryExercise))
    po.append((_T.eventId, _str(ev.id)))
    po.append((_T.category, _str(ev.category)))
    # Sorted: RDF keeps no order, so a graph read back and written again is byte-identical.
    for s in sorted({_actor_iri(k) for k in ev.sources}):
        po.append((_T.subject, s))
    for o in sorted({_actor_iri(k) for k in ev.targets}):
        po.append((_T.object, o))
    for a in sorted({_actor_iri(k) for k in (*ev.sources, *ev.targets)}):
        po.append((_T.participant, a))
    if ev.location:
        po.append((_T.location, _actor_iri(ev.location)))
    if ev.cameo:
        po.append((_T.cameo, _str(ev.cameo)))
    for prop, val in ((_T.goldstein, ev.goldstein), (_T.ploverScore, ev.plover_score)):
        lit = None if val is None else _dec(val)
        if lit:
            po.append((prop, lit))
    if ev.mode:
        po.append((_T.mode, _str(ev.mode)))
    for c in sorted(set(ev.context)):
        po.append((_T.context, _str(c)))
    po.append((_T.modality, _str(ev.modality)))
    if ev.trigger:
        po.append((_T.trigger, _str(ev.trigger)))
    if ev.role:
        po.append((_T.role, _str(ev.role)))
    if ev.quote:
        po.append((_T.quote, _str(ev.quote)))
    q = ev.quantity
    if q is not None:
        val = _dec(q.value)
        if val:
            po.append((_T.quantityValue, val))
        po.append((_T.quantityUnit, _str(q.unit)))
        po.append((_T.measure, _str(q.measure)))
        po.append((_T.quantityText, _str(q.text)))
        po.append((_T.approximate, Lit("true" if q.approximate else "false", _XSD_BOOL)))
    date = date_literal(ev.date)
    if date:
        po.append((_T.date, date))
    if ev.date_text:
        po.append((_T.dateText, _str(ev.date_text)))
    if ev.evidence is not None:
        po.append((_T.evidenceText, _str(ev.evidence.text)))
        po.append((_T.startOffset, _int(ev.evidence.start)))
        po.append((_T.endOffset, _int(ev.evidence.end)))
    conf = _dec(ev.confidence)
    if conf:
        po.append((_T.confidence, conf))
    if ev.extractor:
        po.append((_T.extractorVersion, _str(ev.extractor)))
    po.append((_DERIVED, doc_iri(ev.doc_id)))
    if ev.extractor:
        po.append((_ATTRIBUTED, extractor_iri(ev.extractor)))
    return po


def _direct_triples(ev: Event) -> list[tuple[str, str, str]]:
    """The plain actor-to-actor triples of one assertion.

    Hypothetical events get none (a conditional threat is not a threat); symmetric
    categories are written both ways so a one-pattern query finds either side.
    """
    if ev.modality == "hypothetical":
        return []
    pred = category_predicate(ev.category)
    out = []
    for s, o in ev.pairs():
        if o is None or s == o:
            continue
        out.append((_actor_iri(s), pred, _actor_iri(o)))
        if ev.symmetric:
            out.append((_actor_iri(o), pred, _actor_iri(s)))
    return out


def _extractor_blocks(g: KnowledgeGraph) -> Iterator[tuple[str, list[tuple[str, Term]]]]:
    for name in sorted({ev.extractor for ev in g.events.values() if ev.extractor}):
        yield (
            extractor_iri(name),
            [(_TYPE, _T.Extractor), (_TYPE, _S(PROV.SoftwareAgent)), (_LABEL, _str(name))],
        )


def _events_by_doc(g: KnowledgeGraph) -> dict[str, list[Event]]:
    by_doc: dict[str, list[Event]] = {}
    for ev in g.sorted_events():
        by_doc.setdefault(ev.doc_id, []).append(ev)
    return by_doc


def iter_quads(g: KnowledgeGraph) -> Iterator[Quad]:
    """All quads of ``g`` in a fixed order: default graph first, then one graph per document.

    >>> from kg.types import Document, DocResult
    >>> g = KnowledgeGraph.from_results([DocResult(Document("d1", "Nothing happened."))])
    >>> [(p.rsplit("#", 1)[-1], o) for s, p, o, gr in iter_quads(g)][:3]  # doctest: +NORMALIZE_WHITESPACE
    [('type', 'https://w3id.org/geokg/ontology#Document'),
     ('type', 'http://www.w3.org/ns/prov#Entity'), ('docId', Lit(value='d1', datatype=None, lang=None))]
    """
    for iri, po in _extractor_blocks(g):
        for p, o in po:
            yield iri, p, o, None
    for e in g.sorted_entities():
        iri = _actor_iri(e.key)
        for p, o in _entity_block(e):
            yield iri, p, o, None
    by_doc = _events_by_doc(g)
    # Events whose document is missing from the graph still get a graph of their own.
    doc_ids = sorted(set(g.documents) | set(by_doc))
    for doc_id in doc_ids:
        giri = doc_iri(doc_id)
        doc = g.documents.get(doc_id)
        if doc is not None:
            for p, o in _document_block(doc):
                yield giri, p, o, giri
        direct: dict[tuple[str, str, str], None] = {}
        for ev in by_doc.get(doc_id, ()):
            eiri = event_iri(ev.id)
            for p, o in _event_block(ev):
                yield eiri, p, o, giri
            for t in _direct_triples(ev):
                direct[t] = None
        for s, p, o in sorted(direct):
            yield s, p, o, giri


def iter_triples(g: KnowledgeGraph) -> Iterator[tuple[str, str, Term]]:
    """The union of all graphs of :func:`iter_quads`, without duplicates, in a fixed order.

    Direct actor-to-actor triples (which may repeat across documents) are written once,
    right after their subject's own description.
    """
    by_doc = _events_by_doc(g)
    direct: dict[str, set[tuple[str, str]]] = {}
    for evs in by_doc.values():
        for ev in evs:
            for s, p, o in _direct_triples(ev):
                direct.setdefault(s, set()).add((p, o))
    for iri, po in _extractor_blocks(g):
        for p, o in po:
            yield iri, p, o
    for e in g.sorted_entities():
        iri = _actor_iri(e.key)
        for p, o in _entity_block(e):
            yield iri, p, o
        for p, o in sorted(direct.pop(iri, ())):
            yield iri, p, o
    for s in sorted(direct):  # subjects that are not entities of the graph
        for p, o in sorted(direct[s]):
            yield s, p, o
    for doc_id in sorted(set(g.documents) | set(by_doc)):
        doc = g.documents.get(doc_id)
        if doc is not None:
            giri = doc_iri(doc_id)
            for p, o in _document_block(doc):
                yield giri, p, o
        for ev in by_doc.get(doc_id, ()):
            eiri = event_iri(ev.id)
            for p, o in _event_block(ev):
                yield eiri, p, o


# --- rdflib --------------------------------------------------------------------------


def to_rdflib_term(t: Term) -> URIRef | BNode | Literal:
    """rdflib term for a neutral term.

    >>> to_rdflib_term(Lit("3", "http://www.w3.org/2001/XMLSchema#integer")).toPython()
    3
    """
    if isinstance(t, Lit):
        if t.lang:
            return Literal(t.value, lang=t.lang)
        return Literal(t.value, datatype=URIRef(t.datatype) if t.datatype else None)
    if t.startswith("_:"):
        return BNode(t[2:])
    return URIRef(t)


_XSD_STRING = _S(XSD.string)


def _from_rdflib_term(t) -> Term:
    if isinstance(t, Literal):
        dt = str(t.datatype) if t.datatype is not None else None
        if dt == _XSD_STRING:
            dt = None
        return Lit(str(t), dt, t.language or None)
    if isinstance(t, BNode):
        return "_:" + str(t)
    return str(t)


def to_dataset(g: KnowledgeGraph) -> Dataset:
    """An rdflib ``Dataset``: merged actors in the default graph, one named graph per document."""
    ds = bind_prefixes(Dataset())
    graphs: dict[str | None, Graph] = {None: ds.default_graph}
    for s, p, o, gname in iter_quads(g):
        target = graphs.get(gname)
        if target is None:
            target = graphs[gname] = ds.graph(URIRef(gname))
        target.add((to_rdflib_term(s), URIRef(p), to_rdflib_term(o)))
    return ds


def to_graph(g: KnowledgeGraph) -> Graph:
    """An rdflib ``Graph`` with the union of every graph of :func:`to_dataset`."""
    out = bind_prefixes(Graph())
    for s, p, o in iter_triples(g):
        out.add((to_rdflib_term(s), URIRef(p), to_rdflib_term(o)))
    return out


def rdflib_quads(graph: Graph) -> Iterator[Quad]:
    """Neutral quads of an rdflib ``Graph`` or ``Dataset`` (default graph -> ``None``)."""
    if isinstance(graph, Dataset):
        for s, p, o, c in graph.quads((None, None, None, None)):
            ident = getattr(c, "identifier", c)
            gname = None if ident is None or ident == DATASET_DEFAULT_GRAPH_ID else str(ident)
            yield _from_rdflib_term(s), str(p), _from_rdflib_term(o), gname
    else:
        for s, p, o in graph:
            yield _from_rdflib_term(s), str(p), _from_rdflib_term(o), None


def from_rdflib(graph: Graph) -> KnowledgeGraph:
    """The :class:`KnowledgeGraph` described by an rdflib ``Graph`` or ``Dataset``."""
    return from_quads(rdflib_quads(graph))


# --- quads -> model ----------------------------------------------------------------


def _lex(vals: list[Term] | None) -> str | None:
    if not vals:
        return None
    v = vals[0]
    return v.value if isinstance(v, Lit) else v


def _num(vals: list[Term] | None) -> float | None:
    text = _lex(vals)
    return None if text is None else float(text)


def from_quads(quads: Iterable[Quad]) -> KnowledgeGraph:
    """Rebuild a :class:`KnowledgeGraph` from quads in our vocabulary (any graph layout).

    Unknown triples are ignored, so graphs that also hold other data can be read. The
    order of an event's subjects and objects is not kept by RDF: they come back sorted.
    Documents come back as :class:`StoredDocument` (metadata and hash, no text).
    """
    subjects: dict[str, dict[str, list[Term]]] = {}
    for s, p, o, _g in quads:
        props = subjects.get(s)
        if props is None:
            props = subjects[s] = {}
        vals = props.get(p)
        if vals is None:
            props[p] = [o]
        elif o not in vals:
            vals.append(o)

    kg_key, kg_doc, kg_event = _T.key, _T.docId, _T.eventId
    key_of: dict[str, str] = {}
    doc_of: dict[str, str] = {}
    for s, props in subjects.items():
        if kg_key in props:
            key_of[s] = _lex(props[kg_key]) or key_from_iri(s)
        if kg_doc in props:
            doc_of[s] = _lex(props[kg_doc]) or s

    def key(iri: Term) -> str:
        iri = iri.value if isinstance(iri, Lit) else iri
        return key_of.get(iri) or key_from_iri(iri)

    g = KnowledgeGraph()
    for s in sorted(key_of):
        g.entities[key_of[s]] = _entity_from(key_of[s], subjects[s], key)
    for s in sorted(doc_of):
        g.documents[doc_of[s]] = _document_from(doc_of[s], subjects[s])
    for props in subjects.values():
        if kg_event in props:
            ev = _event_from(props, key, doc_of)
            g.events[ev.id] = ev
    return g


def _entity_from(key: str, props: dict[str, list[Term]], key_fn) -> Entity:
    types = props.get(_TYPE, [])
    etype = next((_CLASS_TYPES[t] for t in types if isinstance(t, str) and t in _CLASS_TYPES), "Other")
    label = _lex(props.get(_LABEL)) or key
    country = props.get(_T.actsFor)
    aliases = sorted(a.value for a in props.get(_ALT, []) if isinstance(a, Lit))
    return Entity(
        key=key,
        label=label,
        type=etype,
        subtype=_lex(props.get(_T.subtype)),
        wikidata=_lex(props.get(_T.wikidata)),
        iso3=_lex(props.get(_T.iso3)),
        country=key_fn(country[0]) if country else None,
        aliases=tuple(aliases),
        mentions=int(_lex(props.get(_T.mentions)) or 0),
    )


def _document_from(doc_id: str, props: dict[str, list[Term]]) -> StoredDocument:
    return StoredDocument(
        id=doc_id,
        text="",
        title=_lex(props.get(_T.title)),
        url=_lex(props.get(_T.url)),
        published=_lex(props.get(_T.published)) or _lex(props.get(_T.publishedText)),
        publisher=_lex(props.get(_T.publisher)),
        stored_sha256=_lex(props.get(_T.sha256)) or "",
    )


def _event_from(props: dict[str, list[Term]], key_fn, doc_of: dict[str, str]) -> Event:
    get = props.get
    eid = _lex(get(_T.eventId)) or ""
    derived = _lex(get(_DERIVED)) or ""
    doc_id = doc_of.get(derived) or derived.rsplit("/", 1)[-1]
    evidence = None
    text = _lex(get(_T.evidenceText))
    if text is not None:
        evidence = Evidence(
            doc_id, text, int(_lex(get(_T.startOffset)) or 0), int(_lex(get(_T.endOffset)) or 0)
        )
    quantity = None
    if _T.quantityUnit in props or _T.quantityValue in props:
        quantity = Quantity(
            value=_num(get(_T.quantityValue)) or 0.0,
            unit=_lex(get(_T.quantityUnit)) or "",
            measure=_lex(get(_T.measure)) or "",
            text=_lex(get(_T.quantityText)) or "",
            approximate=(_lex(get(_T.approximate)) or "false") in ("true", "1"),
        )
    location = get(_T.location)
    conf = _num(get(_T.confidence))
    return Event(
        id=eid,
        doc_id=doc_id,
        category=_lex(get(_T.category)) or "",
        sources=tuple(sorted(key_fn(v) for v in get(_T.subject, []))),
        targets=tuple(sorted(key_fn(v) for v in get(_T.object, []))),
        evidence=evidence,
        confidence=0.5 if conf is None else conf,
        trigger=_lex(get(_T.trigger)),
        cameo=_lex(get(_T.cameo)),
        goldstein=_num(get(_T.goldstein)),
        plover_score=_num(get(_T.ploverScore)),
        mode=_lex(get(_T.mode)),
        context=tuple(sorted(v.value for v in get(_T.context, []) if isinstance(v, Lit))),
        modality=_lex(get(_T.modality)) or "asserted",
        date=_lex(get(_T.date)),
        date_text=_lex(get(_T.dateText)),
        location=key_fn(location[0]) if location else None,
        role=_lex(get(_T.role)),
        quote=_lex(get(_T.quote)),
        quantity=quantity,
        extractor=_lex(get(_T.extractorVersion)) or "",
    )
