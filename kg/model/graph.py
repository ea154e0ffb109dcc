"""The canonical graph: documents, merged entities and assertions, with provenance.

No third-party imports: this module can be tested alone, and every later stage
(RDF, networkx, HTML, SPARQL server) starts from a :class:`KnowledgeGraph`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from kg.types import DocResult, Document, Entity, Event

__all__ = ["KnowledgeGraph", "merge_entity"]


def merge_entity(a: Entity, b: Entity) -> Entity:
    """Merge two records of the same canonical entity (same ``key``).

    Mentions add up; aliases are unioned and sorted; missing identifiers are filled in.

    >>> a = Entity("Q159", "Russia", "Country", wikidata="Q159", aliases=("Moscow",), mentions=2)
    >>> b = Entity("Q159", "Russia", "Country", iso3="RUS", aliases=("Kremlin",), mentions=3)
    >>> m = merge_entity(a, b)
    >>> m.mentions, m.aliases, m.iso3
    (5, ('Kremlin', 'Moscow'), 'RUS')
    """
    if a.key != b.key:
        raise ValueError(f"cannot merge entities {a.key!r} and {b.key!r}")
    aliases = tuple(sorted(set(a.aliases) | set(b.aliases) - {a.label}))
    return replace(
        a,
        subtype=a.subtype or b.subtype,
        wikidata=a.wikidata or b.wikidata,
        iso3=a.iso3 or b.iso3,
        country=a.country or b.country,
        aliases=aliases,
        mentions=a.mentions + b.mentions,
    )


@dataclass
class KnowledgeGraph:
    """Documents, entities (by key) and events (by id), merged across documents.

    Adding a document that is already in the graph (same id, same text) changes nothing.

    >>> from kg.types import Document, DocResult, Entity, Event
    >>> g = KnowledgeGraph()
    >>> r = DocResult(Document("d1", "Russia met China."),
    ...               (Entity("Q159", "Russia", "Country", mentions=1),
    ...                Entity("Q148", "China", "Country", mentions=1)),
    ...               (Event("e1", "d1", "CONSULT", ("Q159", "Q148")),))
    >>> g.add(r); g.add(r)
    >>> len(g.documents), len(g.entities), len(g.events), g.entities["Q159"].mentions
    (1, 2, 1, 1)
    """

    documents: dict[str, Document] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_results(cls, results: Iterable[DocResult]) -> KnowledgeGraph:
        g = cls()
        for r in results:
            g.add(r)
        return g

    def add(self, result: DocResult) -> None:
        """Merge one document's extraction result into the graph."""
        doc = result.document
        old = self.documents.get(doc.id)
        if old is not None and old.sha256 == doc.sha256:
            return
        if old is not None:  # a new version of the document replaces the old one
            self.remove_document(doc.id)
        self.documents[doc.id] = doc
        for e in result.entities:
            self.add_entity(e)
        for ev in result.events:
            self.events[ev.id] = ev
        self.warnings.extend(result.warnings)

    def add_entity(self, e: Entity) -> None:
        cur = self.entities.get(e.key)
        self.entities[e.key] = e if cur is None else merge_entity(cur, e)

    def remove_document(self, doc_id: str) -> None:
        """Drop a document and its events (entities stay: they are shared)."""
        self.documents.pop(doc_id, None)
        for eid in [k for k, ev in self.events.items() if ev.doc_id == doc_id]:
            del self.events[eid]

    def merge(self, other: KnowledgeGraph) -> KnowledgeGraph:
        """Add everything of ``other`` into this graph (documents already present are kept)."""
        for doc_id, doc in other.documents.items():
            if doc_id in self.documents:
                continue
            self.documents[doc_id] = doc
            for ev in other.events.values():
                if ev.doc_id == doc_id:
                    self.events[ev.id] = ev
        for e in other.entities.values():
            if e.key in self.entities:
                cur = self.entities[e.key]
                self.entities[e.key] = replace(
                    merge_entity(cur, replace(e, mentions=0)), mentions=max(cur.mentions, e.mentions)
                )
            else:
                self.entities[e.key] = e
        return self

    # deterministic views -------------------------------------------------
    def sorted_documents(self) -> list[Document]:
        return [self.documents[k] for k in sorted(self.documents)]

    def sorted_entities(self) -> list[Entity]:
        return [self.entities[k] for k in sorted(self.entities)]

    def sorted_events(self) -> list[Event]:
        return sorted(
            self.events.values(),
            key=lambda e: (e.doc_id, e.evidence.start if e.evidence else -1, e.category, e.id),
        )

    def events_of(self, key: str) -> Iterator[Event]:
        for ev in self.sorted_events():
            if key in ev.sources or key in ev.targets:
                yield ev

    def counts(self) -> dict[str, dict[str, int]]:
        """Entities by type and events by category (for summaries)."""
        ents: dict[str, int] = {}
        for e in self.entities.values():
            ents[e.type] = ents.get(e.type, 0) + 1
        cats: dict[str, int] = {}
        for ev in self.events.values():
            cats[ev.category] = cats.get(ev.category, 0) + 1
        return {"entities": dict(sorted(ents.items())), "events": dict(sorted(cats.items()))}
