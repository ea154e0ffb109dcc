"""SHACL: the builder's own output conforms (seed, our own test articles, hand-made graphs);
broken graphs are caught with the right property named."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from rdf_samples import hostile_doc, sample_graph

from kg.errors import InputError
from kg.model import KnowledgeGraph
from kg.rdf import to_dataset, validate, write
from kg.rdf.convert import StoredDocument
from kg.types import Evidence

# rdflib 7.6's own TriG/N-Quads/JSON-LD parsers use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "rdf"


def test_validate_hand_made_graphs_conform():
    report = validate(sample_graph())
    assert report.conforms, [str(v) for v in report.violations]
    assert validate(KnowledgeGraph.from_results([hostile_doc()])).conforms


def test_validate_dataset_and_files(tmp_path):
    g = sample_graph()
    assert validate(to_dataset(g)).conforms
    for suffix in (".trig", ".jsonld"):
        assert validate(write(g, tmp_path / f"g{suffix}")).conforms


def _break(g: KnowledgeGraph, which: str, **changes) -> KnowledgeGraph:
    ev = next(e for e in g.events.values() if e.category == which)
    g.events[ev.id] = replace(ev, **changes)
    return g


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda g: _break(g, "THREATEN", confidence=1.5), "confidence"),
        (lambda g: _break(g, "THREATEN", confidence=-0.1), "confidence"),
        (lambda g: _break(g, "THREATEN", evidence=None), "evidenceText"),
        (lambda g: _break(g, "THREATEN", evidence=Evidence("article-a", "x", 9, 3)), "startOffset"),
        (lambda g: _break(g, "THREATEN", extractor=""), "extractorVersion"),
        (lambda g: _break(g, "THREATEN", category="THREATENS"), "category"),
        (lambda g: _break(g, "THREATEN", sources=()), "subject"),
        (lambda g: _break(g, "THREATEN", sources=("person:nobody",)), "subject"),
        (lambda g: _break(g, "THREATEN", cameo="13x"), "cameo"),
        (lambda g: _break(g, "THREATEN", goldstein=-12.0), "goldstein"),
        (lambda g: _break(g, "THREATEN", modality="maybe"), "modality"),
        (lambda g: _break(g, "ROLE", role=None), "role"),
        (lambda g: _break(g, "QUOTE", quote=None), "quote"),
        (lambda g: _break(g, "THREATEN", doc_id="no-such-doc"), "wasDerivedFrom"),
    ],
)
def test_validate_catches_broken_assertions(change, path):
    report = validate(change(sample_graph()))
    assert not report.conforms
    assert path in {v.path.rsplit("#", 1)[-1] for v in report.violations}


def test_validate_catches_a_document_without_hash_and_an_entity_without_valid_codes():
    g = sample_graph()
    d = g.documents["article-b"]
    g.documents["article-b"] = StoredDocument(d.id, "", title=d.title, stored_sha256="")
    g.entities["Q159"] = replace(g.entities["Q159"], iso3="Russia", wikidata="159")
    paths = {v.path.rsplit("#", 1)[-1] for v in validate(g).violations}
    assert {"sha256", "iso3", "wikidata"} <= paths


def test_validate_unreadable_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match=r"\[E001\]"):
        validate(tmp_path / "nope.ttl")


@pytest.mark.parametrize("fmt", ["turtle", "trig", "nquads", "ntriples", "json-ld"])
def test_validate_seed_build_conforms(seed_build, fmt):
    report = validate(seed_build.outputs[fmt])
    assert report.conforms, [str(v) for v in report.violations[:10]]
    assert report.triples > 100


def test_validate_own_articles_built_by_the_pipeline_conform(tmp_path):
    from kg.pipeline import build

    report = build([ARTICLES], tmp_path, html=False)
    assert len(report.graph.documents) == 2
    result = validate(report.outputs["trig"])
    assert result.conforms, [str(v) for v in result.violations[:10]]
