"""docs/ontology.md and ontologies/context.jsonld are generated from ontologies/kg.ttl and in sync."""

from __future__ import annotations

import json

from kg.rdf.namespaces import KG, PREFIXES
from kg.rdf.ontodoc import (
    CONTEXT_PATH,
    DOCS_PATH,
    check_docs,
    generated_files,
    load_ontology,
    render_markdown,
)


def test_ontodoc_committed_files_are_in_sync():
    assert check_docs() == [], "run: kg ontology-doc"


def test_ontodoc_documents_every_term():
    md = DOCS_PATH.read_text("utf-8")
    missing = [name for name in KG.__annotations__ if f"`kg:{name}`" not in md]
    assert missing == []


def test_ontodoc_is_deterministic():
    g = load_ontology()
    assert render_markdown(g) == render_markdown(load_ontology())
    assert generated_files(g) == generated_files(load_ontology())


def test_ontodoc_context_has_our_prefixes_and_typed_terms():
    ctx = json.loads(CONTEXT_PATH.read_text("utf-8"))["@context"]
    assert all(ctx[k] == v for k, v in PREFIXES.items())
    assert ctx["threatens"] == {"@id": "kg:threatens", "@type": "@id"}
    assert ctx["confidence"] == {"@id": "kg:confidence", "@type": "xsd:decimal"}
