"""Merging graphs built separately; idempotence of re-reading, re-merging and re-adding."""

from __future__ import annotations

import pytest
from rdf_samples import doc_a, doc_b, normalized, sample_graph

from kg.model import KnowledgeGraph, actor_iri
from kg.rdf import FORMATS, load_graph, merge, serialize_bytes, write

# rdflib 7.6's own TriG/N-Quads/JSON-LD parsers use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")

RDF_FORMATS = [f for f in FORMATS if f != "jsonl"]


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_merge_read_back_and_write_again_is_byte_identical(tmp_path, fmt):
    g = sample_graph()
    path = write(g, tmp_path / f"g{FORMATS[fmt].suffix}")
    assert serialize_bytes(load_graph(path), fmt) == path.read_bytes()


def test_merge_separate_builds_share_actor_iris(tmp_path):
    a = write(KnowledgeGraph.from_results([doc_a()]), tmp_path / "a.ttl")
    b = write(KnowledgeGraph.from_results([doc_b()]), tmp_path / "b.trig")
    merged = merge([a, b], tmp_path / "c.nq")
    assert sorted(merged.documents) == ["article-a", "article-b"]
    together = sample_graph()
    assert sorted(merged.entities) == sorted(together.entities)
    assert sorted(merged.events) == sorted(together.events)
    text = (tmp_path / "c.nq").read_text("utf-8")
    russia = f"<{actor_iri('Q159')}> <http://www.w3.org/2000/01/rdf-schema#label>"
    assert text.count(russia) == 1
    assert normalized(load_graph(tmp_path / "c.nq")) == normalized(merged)


@pytest.mark.parametrize("fmt", ["trig", "turtle"])
def test_merge_with_itself_changes_nothing(tmp_path, fmt):
    path = write(sample_graph(), tmp_path / f"g{FORMATS[fmt].suffix}")
    out = tmp_path / f"out{FORMATS[fmt].suffix}"
    merge([path, path], out)
    assert out.read_bytes() == path.read_bytes()


def test_merge_adding_an_article_already_present_changes_nothing(tmp_path):
    path = write(sample_graph(), tmp_path / "g.trig")
    g = load_graph(path)
    g.add(doc_a())  # same id, same text: recognised through the stored SHA-256
    assert serialize_bytes(g, "trig") == path.read_bytes()


def test_merge_order_of_inputs_does_not_matter(tmp_path):
    a = write(KnowledgeGraph.from_results([doc_a()]), tmp_path / "a.trig")
    b = write(KnowledgeGraph.from_results([doc_b()]), tmp_path / "b.trig")
    merge([a, b], tmp_path / "ab.trig")
    merge([b, a], tmp_path / "ba.trig")
    assert (tmp_path / "ab.trig").read_bytes() == (tmp_path / "ba.trig").read_bytes()


def test_merge_build_folders(tmp_path):
    from kg.rdf import write_outputs

    write_outputs(KnowledgeGraph.from_results([doc_a()]), tmp_path / "a")
    write_outputs(KnowledgeGraph.from_results([doc_b()]), tmp_path / "b")
    merged = merge([tmp_path / "a", tmp_path / "b"], tmp_path / "ab.trig")
    assert normalized(merged) == normalized(load_graph(tmp_path / "ab.trig"))
    assert sorted(merged.documents) == ["article-a", "article-b"]
