"""The flat JSON Lines export: a documented public interface (see README, "JSON Lines").

One object per line: first every entity (``"kind": "entity"``), then every binary
projection of every assertion (``"kind": "relation"``). Binary projections of one
n-ary event share its ``event`` IRI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from kg.model.graph import KnowledgeGraph
from kg.model.iris import actor_iri, doc_iri, event_iri, ontology_term
from kg.resources import category

__all__ = ["jsonl_records", "dumps_jsonl", "dumps_record"]


def _entity_record(g: KnowledgeGraph, key: str) -> dict[str, Any]:
    e = g.entities[key]
    country = None
    if e.country:
        c = g.entities.get(e.country)
        country = (c.wikidata if c and c.wikidata else None) or actor_iri(e.country)
    return {
        "kind": "entity",
        "id": actor_iri(e.key),
        "label": e.label,
        "type": e.type,
        "subtype": e.subtype,
        "wikidata": e.wikidata,
        "iso3": e.iso3,
        "country": country,
        "mentions": e.mentions,
        "aliases": list(e.aliases),
    }


def jsonl_records(g: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    """Yield the export's objects in a deterministic order.

    >>> from kg.types import Document, DocResult, Entity, Event, Evidence
    >>> g = KnowledgeGraph()
    >>> d = Document("d1", "Iran, China and Russia held drills.")
    >>> ev = Event("e1", "d1", "COOPERATE", ("Q794", "Q148", "Q159"),
    ...            evidence=Evidence("d1", d.text, 0, len(d.text)), confidence=0.9)
    >>> ents = tuple(Entity(q, n, "Country", wikidata=q, mentions=1)
    ...              for q, n in [("Q794", "Iran"), ("Q148", "China"), ("Q159", "Russia")])
    >>> g.add(DocResult(d, ents, (ev,)))
    >>> rels = [r for r in jsonl_records(g) if r["kind"] == "relation"]
    >>> len(rels), len({r["event"] for r in rels}), rels[0]["category"]
    (3, 1, 'COOPERATE')
    """
    for e in g.sorted_entities():
        yield _entity_record(g, e.key)
    for ev in g.sorted_events():
        row = category(ev.category)
        eiri = event_iri(ev.id)
        pairs = ev.pairs()
        for i, (s, o) in enumerate(pairs):
            yield {
                "kind": "relation",
                "id": eiri if len(pairs) == 1 else f"{eiri}-{i + 1}",
                "doc": doc_iri(ev.doc_id),
                "subject": actor_iri(s),
                "object": actor_iri(o) if o else None,
                "predicate": ontology_term(row.get("predicate", "relatedTo")),
                "category": ev.category,
                "cameo": ev.cameo,
                "goldstein": ev.goldstein,
                "plover_score": ev.plover_score,
                "mode": ev.mode,
                "context": list(ev.context),
                "modality": ev.modality,
                "role": ev.role,
                "quote": ev.quote,
                "quantity": (
                    None
                    if ev.quantity is None
                    else {
                        "value": ev.quantity.value,
                        "unit": ev.quantity.unit,
                        "measure": ev.quantity.measure,
                        "text": ev.quantity.text,
                        "approximate": ev.quantity.approximate,
                    }
                ),
                "location": actor_iri(ev.location) if ev.location else None,
                "evidence": (
                    {"text": ev.evidence.text, "start": ev.evidence.start, "end": ev.evidence.end}
                    if ev.evidence
                    else None
                ),
                "date": ev.date,
                "confidence": ev.confidence,
                "extractor": ev.extractor,
                "event": eiri,
            }


# Characters that JSON allows raw inside strings but that line-splitting tools treat as line breaks
# (Python's str.splitlines(), JavaScript's line terminators): written escaped, so one record = one line.
_LINE_BREAKS = str.maketrans({"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"})


def dumps_record(record: dict[str, Any]) -> str:
    """One JSON Lines record: UTF-8 text, sorted keys, no raw line separators.

    >>> dumps_record({"b": "x\u2028y", "a": 1})
    '{"a": 1, "b": "x\\\\u2028y"}'
    >>> len(dumps_record({"t": "a\u2029b\x85c"}).splitlines())
    1
    """
    return json.dumps(record, ensure_ascii=False, sort_keys=True).translate(_LINE_BREAKS)


def dumps_jsonl(g: KnowledgeGraph) -> str:
    """The whole export as one string (one JSON object per line, UTF-8, sorted keys)."""
    return "".join(dumps_record(r) + "\n" for r in jsonl_records(g))
