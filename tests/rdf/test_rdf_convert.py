"""KnowledgeGraph -> rdflib Dataset -> KnowledgeGraph: layout, direct triples, hostile IRIs."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdf_samples import HOSTILE_NAMES, hostile_doc, normalized, sample_graph
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import _is_valid_uri

from kg.model import KnowledgeGraph, actor_iri, doc_iri, entity_key, event_iri
from kg.rdf import KG, from_rdflib, serialize, to_dataset, to_graph
from kg.rdf.convert import iter_quads, iter_triples

# rdflib 7.6's own TriG/N-Quads/JSON-LD parsers use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")


def test_convert_named_graph_per_document_and_actors_in_default_graph():
    g = sample_graph()
    ds = to_dataset(g)
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert {doc_iri("article-a"), doc_iri("article-b")} <= names
    default = ds.default_graph
    ru = URIRef(actor_iri("Q159"))
    assert (ru, RDF.type, KG.Country) in default
    assert (
        ru,
        URIRef("http://www.w3.org/2002/07/owl#sameAs"),
        URIRef("http://www.wikidata.org/entity/Q159"),
    ) in default
    ga = ds.graph(URIRef(doc_iri("article-a")))
    assert (URIRef(actor_iri("Q30")), KG.threatens, ru) in ga
    assert (ru, RDF.type, KG.Country) not in ga


def test_convert_no_blank_nodes():
    for s, _p, o, _g in iter_quads(sample_graph()):
        assert not s.startswith("_:")
        assert not (isinstance(o, str) and o.startswith("_:"))
    assert not any(isinstance(t, BNode) for q in to_dataset(sample_graph()).quads() for t in q[:3])


def test_convert_assertion_node_carries_provenance_and_codes():
    g = sample_graph()
    rg = to_graph(g)
    ev = next(e for e in g.events.values() if e.category == "THREATEN")
    node = URIRef(event_iri(ev.id))
    assert rg.value(node, RDF.type) == KG.Threat
    assert rg.value(node, KG.evidenceText) == Literal(ev.evidence.text)
    assert rg.value(node, KG.startOffset).toPython() == ev.evidence.start
    assert rg.value(node, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")) == URIRef(doc_iri(ev.doc_id))
    assert rg.value(node, KG.cameo) == Literal("1312")
    assert float(rg.value(node, KG.goldstein)) == -5.8
    assert rg.value(node, KG.confidence).datatype == XSD.decimal


@pytest.mark.parametrize(
    ("category", "expected"),
    [
        (
            "COOPERATE",
            {
                ("Q794", "Q148"),
                ("Q148", "Q794"),
                ("Q794", "Q159"),
                ("Q159", "Q794"),
                ("Q148", "Q159"),
                ("Q159", "Q148"),
            },
        ),
        ("SANCTION", set()),  # hypothetical: no direct triple
        ("ROLE", {("person:sergey-lavrov", "Q159")}),
        ("QUOTE", set()),  # no addressee
    ],
)
def test_convert_direct_triples(category, expected):
    g = sample_graph()
    ev = next(e for e in g.events.values() if e.category == category)
    sub = KnowledgeGraph(documents=dict(g.documents), entities=dict(g.entities), events={ev.id: ev})
    pred = {
        "COOPERATE": KG.cooperatesWith,
        "SANCTION": KG.sanctions,
        "ROLE": KG.holdsRoleIn,
        "QUOTE": KG.statesTo,
    }[category]
    got = {(str(s), str(o)) for s, o in to_graph(sub).subject_objects(pred)}
    assert got == {(actor_iri(a), actor_iri(b)) for a, b in expected}


def test_convert_military_exercise_class():
    rg = to_graph(sample_graph())
    assert len(list(rg.subjects(RDF.type, KG.MilitaryExercise))) == 1


def test_convert_round_trip_through_rdflib_keeps_the_model():
    g = sample_graph()
    assert normalized(from_rdflib(to_dataset(g))) == normalized(g)
    assert normalized(from_rdflib(to_graph(g))) == normalized(g)


def test_convert_quads_and_triples_agree():
    g = sample_graph()
    assert {(s, p, o) for s, p, o, _ in iter_quads(g)} == set(iter_triples(g))
    assert len(list(iter_triples(g))) == len(set(iter_triples(g)))


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_convert_hostile_names_give_valid_iris(name):
    iri = actor_iri(entity_key(name, "Person"))
    assert _is_valid_uri(iri)
    assert not any(c in iri for c in ' <>"{}|\\^`') and iri.isascii()
    ox.NamedNode(iri)  # raises on an invalid IRI
    line = f'<{iri}> <{KG.key}> "x" .\n'
    assert len(list(ox.parse(line.encode(), format=ox.RdfFormat.N_TRIPLES))) == 1
    assert len(Graph().parse(data=line, format="nt")) == 1


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "json-ld"])
def test_convert_hostile_graph_parses_in_rdflib_and_pyoxigraph(fmt):
    g = KnowledgeGraph.from_results([hostile_doc()])
    text = serialize(g, fmt)
    rdflib_fmt = {
        "json-ld": "json-ld",
        "turtle": "turtle",
        "trig": "trig",
        "nquads": "nquads",
        "ntriples": "nt",
    }[fmt]
    ox_fmt = {
        "turtle": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
        "nquads": ox.RdfFormat.N_QUADS,
        "ntriples": ox.RdfFormat.N_TRIPLES,
        "json-ld": ox.RdfFormat.JSON_LD,
    }[fmt]
    from rdflib import Dataset

    ds = Dataset().parse(data=text, format=rdflib_fmt)
    n_ox = len(set(ox.parse(text.encode(), format=ox_fmt)))
    assert n_ox == len(ds) if fmt in ("turtle", "ntriples") else n_ox > 0
    labels = {str(o) for o in ds.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert "Владимир Путин" in labels and "a" * 500 in labels and "<script>alert(1)</script>" in labels
    assert len(from_rdflib(ds).entities) == len(hostile_doc().entities)
