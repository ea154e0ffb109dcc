"""The canonical graph model (no third-party imports)."""

from kg.model.graph import KnowledgeGraph, merge_entity
from kg.model.iris import actor_iri, doc_iri, entity_key, event_id, event_iri, slugify
from kg.model.jsonl import dumps_jsonl, jsonl_records

__all__ = [
    "KnowledgeGraph",
    "merge_entity",
    "actor_iri",
    "doc_iri",
    "entity_key",
    "event_id",
    "event_iri",
    "slugify",
    "dumps_jsonl",
    "jsonl_records",
]
