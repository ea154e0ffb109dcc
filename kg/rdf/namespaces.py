"""Our RDF vocabulary as code that fails on typos, and the one table of prefixes.

Every term of the ontology ``ontologies/kg.ttl`` (namespace ``https://w3id.org/geokg/ontology#``,
prefix ``kg:``) is an attribute of :class:`KG`; a misspelt term raises ``AttributeError``
instead of minting a new IRI. ``tests/rdf/test_namespaces.py`` checks that this class and
the ontology declare exactly the same terms.

What the builder emits (see :mod:`kg.rdf.convert` and ``docs/ontology.md``)
-----------------------------------------------------------------------------

Default graph (merged across documents)::

    actor:Q159 a kg:Country, schema:Country ;          # our class + schema.org alignment
        rdfs:label "Russia" ; kg:key "Q159" ;          # canonical key (QID or "<type>:<slug>")
        kg:wikidata "Q159" ; owl:sameAs wd:Q159 ;
        kg:iso3 "RUS" ; skos:altLabel "Moscow" ; kg:mentions 12 .
    actor:person/sergey-lavrov a kg:Person, schema:Person ; kg:actsFor actor:Q159 ; ...
    extractor:kg-events-v1 a kg:Extractor, prov:SoftwareAgent ; rdfs:label "kg.events.v1" .

One named graph per document (graph name = the document IRI ``doc:<id>``)::

    doc:d1 a kg:Document, schema:Article ; kg:docId "d1" ; kg:title "..." ; kg:url "..."^^xsd:anyURI ;
        kg:publisher "..." ; kg:published "2025-03-10"^^xsd:date ; kg:sha256 "…64 hex…" .
    event:ab5bb9a4c0d4f7e1 a kg:Threat ;                # one class per category (kg/data/categories.json)
        kg:eventId "ab5bb9a4c0d4f7e1" ; kg:category "THREATEN" ;
        kg:subject actor:Q30 ; kg:object actor:Q159 ;  # PLOVER actor / recipient lists
        kg:participant actor:Q30, actor:Q159 ;         # every actor involved (sources and targets)
        kg:cameo "130" ; kg:goldstein -4.4 ; kg:ploverScore -3.5 ;
        kg:mode "..." ; kg:context "military" ; kg:modality "asserted" ;
        kg:date "2025-03"^^xsd:gYearMonth ; kg:dateText "in March" ;
        kg:evidenceText "..." ; kg:startOffset 10 ; kg:endOffset 95 ;
        kg:confidence 0.8 ; kg:extractorVersion "kg.events.v1" ; kg:trigger "threatened" ;
        prov:wasDerivedFrom doc:d1 ; prov:wasAttributedTo extractor:kg-events-v1 .
    actor:Q30 kg:threatens actor:Q159 .                # the plain direct triple, for simple SPARQL

Symmetric events without targets (joint exercises, talks) list every actor as
``kg:subject``; their direct triples go both ways. Statements (``kg:Statement``) carry
``kg:quote``; measurements carry ``kg:quantityValue``/``kg:quantityUnit``/``kg:measure``/
``kg:quantityText``/``kg:approximate``; roles carry ``kg:role``.

>>> str(KG.threatens)
'https://w3id.org/geokg/ontology#threatens'
>>> KG.threaten
Traceback (most recent call last):
...
AttributeError: term 'threaten' not in namespace 'https://w3id.org/geokg/ontology#'
>>> PREFIXES["actor"]
'https://w3id.org/geokg/id/actor/'
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
)

from kg.model.iris import BASE, ID, ONTOLOGY

__all__ = [
    "KG",
    "ACTOR",
    "DOC",
    "EVENT",
    "EXTRACTOR",
    "WD",
    "PREFIXES",
    "bind_prefixes",
    "ONTOLOGY_IRI",
    "ONTOLOGY_VERSION_IRI",
    "ONTOLOGY_VERSION",
    "DCTERMS",
    "FOAF",
    "ORG",
    "OWL",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SKOS",
    "XSD",
]

#: The ontology document IRI (without the ``#``) and its version.
ONTOLOGY_IRI = ONTOLOGY.rstrip("#")
ONTOLOGY_VERSION = "0.1.0"
ONTOLOGY_VERSION_IRI = f"{BASE}ontology/{ONTOLOGY_VERSION}"


class KG(DefinedNamespace):
    """Terms of ``ontologies/kg.ttl``: classes, properties and annotation properties."""

    _NS = Namespace(ONTOLOGY)
    _fail = True

    # --- actor and entity classes
    Entity: URIRef
    Actor: URIRef
    Country: URIRef
    Person: URIRef
    Organization: URIRef
    GovernmentBody: URIRef
    Military: URIRef
    Media: URIRef
    ThinkTank: URIRef
    Company: URIRef
    IGO: URIRef
    Location: URIRef
    NamedEvent: URIRef
    OtherEntity: URIRef

    # --- provenance classes
    Document: URIRef
    Extractor: URIRef

    # --- assertion classes (one per row of kg/data/categories.json, plus groupings)
    Assertion: URIRef
    PloverEvent: URIRef
    StandingRelation: URIRef
    Agreement: URIRef
    Consultation: URIRef
    Support: URIRef
    Concession: URIRef
    Cooperation: URIRef
    MilitaryExercise: URIRef
    Aid: URIRef
    Retreat: URIRef
    Request: URIRef
    Accusation: URIRef
    Rejection: URIRef
    Threat: URIRef
    Protest: URIRef
    Sanction: URIRef
    Mobilization: URIRef
    Coercion: URIRef
    Assault: URIRef
    Partnership: URIRef
    Membership: URIRef
    RoleAssertion: URIRef
    Statement: URIRef
    Measurement: URIRef

    # --- direct relations between actors (the 'predicate' column of the category table)
    relatedTo: URIRef
    agreesWith: URIRef
    consultsWith: URIRef
    supports: URIRef
    concedesTo: URIRef
    cooperatesWith: URIRef
    aids: URIRef
    yieldsTo: URIRef
    demandsFrom: URIRef
    accuses: URIRef
    rejects: URIRef
    threatens: URIRef
    protestsAgainst: URIRef
    sanctions: URIRef
    mobilizesAgainst: URIRef
    coerces: URIRef
    attacks: URIRef
    alliedWith: URIRef
    memberOf: URIRef
    holdsRoleIn: URIRef
    statesTo: URIRef
    measures: URIRef

    # --- entity properties
    key: URIRef
    wikidata: URIRef
    iso3: URIRef
    subtype: URIRef
    actsFor: URIRef
    mentions: URIRef

    # --- document properties
    docId: URIRef
    title: URIRef
    url: URIRef
    publisher: URIRef
    published: URIRef
    publishedText: URIRef
    sha256: URIRef

    # --- assertion properties
    eventId: URIRef
    subject: URIRef
    object: URIRef
    participant: URIRef
    location: URIRef
    category: URIRef
    cameo: URIRef
    goldstein: URIRef
    ploverScore: URIRef
    mode: URIRef
    context: URIRef
    modality: URIRef
    trigger: URIRef
    role: URIRef
    quote: URIRef
    date: URIRef
    dateText: URIRef
    confidence: URIRef
    extractorVersion: URIRef
    evidenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    quantityValue: URIRef
    quantityUnit: URIRef
    measure: URIRef
    quantityText: URIRef
    approximate: URIRef

    # --- annotation properties on assertion classes
    categoryCode: URIRef
    ploverType: URIRef
    quadClass: URIRef
    defaultCameo: URIRef
    defaultGoldstein: URIRef
    defaultPloverScore: URIRef
    directPredicate: URIRef


#: Minted resources (not closed vocabularies: any local name is allowed).
ACTOR = Namespace(ID + "actor/")
DOC = Namespace(ID + "doc/")
EVENT = Namespace(ID + "event/")
EXTRACTOR = Namespace(ID + "extractor/")
WD = Namespace("http://www.wikidata.org/entity/")

#: The one prefix table: bound on every graph we build and used by every serializer.
PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY,
    "actor": str(ACTOR),
    "doc": str(DOC),
    "event": str(EVENT),
    "extractor": str(EXTRACTOR),
    "wd": str(WD),
    "prov": str(PROV),
    "schema": str(SDO),
    "foaf": str(FOAF),
    "org": str(ORG),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind :data:`PREFIXES` on ``graph`` (replacing rdflib's defaults) and return it.

    >>> from rdflib import Graph
    >>> g = bind_prefixes(Graph())
    >>> dict(g.namespaces())["kg"] == URIRef(ONTOLOGY)
    True
    """
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, Namespace(ns), override=True, replace=True)
    return graph
