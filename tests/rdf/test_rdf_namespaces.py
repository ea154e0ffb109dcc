"""The vocabulary in code (kg/rdf/namespaces.py), the ontology (ontologies/kg.ttl) and the
category table (kg/data/categories.json) agree, and every term is documented."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.rdf.namespaces import KG, ONTOLOGY_IRI, ONTOLOGY_VERSION_IRI, PREFIXES
from kg.rdf.validate import ontology_path
from kg.resources import categories

NS = str(KG._NS)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def _declared(g: Graph) -> set[str]:
    return {str(s) for s in g.subjects(RDF.type, None) if str(s).startswith(NS)}


def test_namespaces_every_term_is_declared_in_the_ontology_and_back(onto):
    in_code = {str(KG[name]) for name in KG.__annotations__}
    assert in_code == _declared(onto)


def test_namespaces_typo_raises():
    with pytest.raises(AttributeError):
        KG.threaten  # noqa: B018


def test_ontology_every_term_has_label_and_comment(onto):
    missing = [
        t
        for t in _declared(onto)
        if not onto.value(URIRef(t), RDFS.label) or not onto.value(URIRef(t), RDFS.comment)
    ]
    assert missing == []


def test_ontology_has_version_iri(onto):
    o = URIRef(ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in onto
    assert onto.value(o, OWL.versionIRI) == URIRef(ONTOLOGY_VERSION_IRI)


@pytest.mark.parametrize("code", sorted(categories()))
def test_ontology_category_class_matches_the_table(onto, code):
    row = categories()[code]
    cls = KG[row["class"]]
    assert (cls, RDF.type, OWL.Class) in onto
    assert onto.value(cls, KG.categoryCode) == Literal(code)
    assert onto.value(cls, KG.directPredicate) == KG[row["predicate"]]
    assert (KG[row["predicate"]], RDF.type, OWL.ObjectProperty) in onto
    assert (KG[row["predicate"]], RDFS.subPropertyOf, KG.relatedTo) in onto
    cameo = onto.value(cls, KG.defaultCameo)
    assert (str(cameo) if cameo is not None else None) == row["cameo"]
    for ann, key in ((KG.defaultGoldstein, "goldstein"), (KG.defaultPloverScore, "plover_score")):
        val = onto.value(cls, ann)
        assert (Decimal(str(val)) if val is not None else None) == (
            Decimal(str(row[key])) if row[key] is not None else None
        )
    symmetric = (KG[row["predicate"]], RDF.type, OWL.SymmetricProperty) in onto
    assert symmetric == row["symmetric"]


def test_ontology_every_table_class_and_predicate_is_in_the_ontology_and_back(onto):
    table = {str(KG[r["class"]]) for r in categories().values()}
    with_code = {str(s) for s in onto.subjects(KG.categoryCode, None)}
    assert table == with_code


def test_prefixes_bind_our_namespace():
    assert PREFIXES["kg"] == NS and len(set(PREFIXES.values())) == len(PREFIXES)


def test_namespaces_saved_queries_use_only_declared_terms():
    import re
    from pathlib import Path

    import kg

    root = Path(kg.__file__).parent
    used = {
        (rq.name, m.group(1))
        for rq in sorted(root.rglob("*.rq"))
        for m in re.finditer(r"(?<![\w:])kg:([A-Za-z_]\w*)", rq.read_text("utf-8"))
    }
    assert used, "no saved query found"
    assert [u for u in sorted(used) if u[1] not in KG.__annotations__] == []
