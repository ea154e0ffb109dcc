"""Frozen dataclasses passed between the stages of the pipeline.

documents -> NLP -> extraction -> graph model -> RDF / networkx -> query, HTML, server.

No spaCy object travels past ``kg.extract``: extractors return the records below.
Every record can be turned into plain JSON-able data with :func:`to_dict` and back
with the class's ``from_dict`` (used by the per-document cache).
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "ACTOR_TYPES",
    "ENTITY_TYPES",
    "PLOVER_TYPES",
    "STANDING_TYPES",
    "SYMMETRIC_TYPES",
    "MODALITIES",
    "Document",
    "Evidence",
    "Quantity",
    "Entity",
    "Event",
    "DocResult",
    "to_dict",
    "content_hash",
]

#: Actor types of the JSON Lines contract.
ENTITY_TYPES = ("Country", "Person", "Organization", "IGO", "Location", "Event", "Other")
#: Types that can act (source/target of events).
ACTOR_TYPES = ("Country", "Person", "Organization", "IGO")
#: The sixteen PLOVER event types.
PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
#: Standing relations of ours (plus QUOTE and QUANTITY records, which are not dyadic events).
STANDING_TYPES = ("ALLY", "ROLE", "MEMBER_OF")
#: Categories whose direction carries no meaning.
SYMMETRIC_TYPES = frozenset({"COOPERATE", "CONSULT", "AGREE", "ALLY"})
#: PLOVER auxiliary modes for the time/reality status of an event ("asserted" = plain report).
MODALITIES = ("asserted", "historical", "future", "hypothetical")


def content_hash(text: str) -> str:
    """SHA-256 of ``text`` (UTF-8), hex.

    >>> content_hash("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Document:
    """One article. ``id`` is a slug of the input file's stem or the JSONL record's id."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    publisher: str | None = None
    source: str | None = None  # path (and line) it was read from

    @property
    def sha256(self) -> str:
        return content_hash(self.text)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(**d)


@dataclass(frozen=True)
class Evidence:
    """The sentence behind a fact: ``doc_id`` and character offsets into ``Document.text``.

    Invariant: ``document.text[start:end] == text``.
    """

    doc_id: str
    text: str
    start: int
    end: int

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(**d)


@dataclass(frozen=True)
class Quantity:
    """A number stated in the text: ``value`` of ``unit`` measuring ``measure``."""

    value: float
    unit: str  # "person", "percent", "USD", ...
    measure: str  # "killed", "injured", "trade share", ...
    text: str  # surface form, e.g. "nearly 100"
    approximate: bool = False

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(**d)


@dataclass(frozen=True)
class Entity:
    """A canonical actor (or place, or named event).

    ``key`` is its canonical identity: the Wikidata QID when known (``"Q159"``), else a
    normalized key ``"<type>:<slug>"`` (e.g. ``"person:sergey-lavrov"``). IRIs are minted
    from the key by :mod:`kg.model.iris`, never from a raw mention.
    """

    key: str
    label: str
    type: str  # one of ENTITY_TYPES
    subtype: str | None = None  # GovernmentBody, Military, Media, ThinkTank, Company, ...
    wikidata: str | None = None
    iso3: str | None = None
    country: str | None = None  # key of the state it acts for
    aliases: tuple[str, ...] = ()
    mentions: int = 0

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        d = dict(d)
        d["aliases"] = tuple(d.get("aliases", ()))
        return cls(**d)


@dataclass(frozen=True)
class Event:
    """One assertion: an n-ary PLOVER event or a standing relation, with its evidence.

    ``sources`` and ``targets`` are lists of entity keys, as PLOVER's actor and
    recipient lists. For symmetric categories (joint exercises, talks) all
    participants may sit in ``sources`` with ``targets`` empty. Binary projections
    are given by :meth:`pairs`.

    ``category`` is a PLOVER type, ``ALLY``/``ROLE``/``MEMBER_OF``, or ``QUOTE`` /
    ``QUANTITY`` for statements and measurements.
    """

    id: str  # stable hash; see kg.model.iris.event_id
    doc_id: str
    category: str
    sources: tuple[str, ...]
    targets: tuple[str, ...] = ()
    evidence: Evidence | None = None
    confidence: float = 0.5
    trigger: str | None = None  # the word(s) that triggered it
    cameo: str | None = None
    goldstein: float | None = None
    plover_score: float | None = None
    mode: str | None = None  # PLOVER mode, e.g. 'discontinue', 'phone'
    context: tuple[str, ...] = ()  # PLOVER contexts, e.g. ('military',)
    modality: str = "asserted"  # one of MODALITIES
    date: str | None = None  # normalized YYYY-MM-DD (or YYYY-MM / YYYY)
    date_text: str | None = None
    location: str | None = None  # entity key of the place
    role: str | None = None  # ROLE title
    quote: str | None = None  # QUOTE text
    quantity: Quantity | None = None
    extractor: str = ""  # name and version, e.g. "kg.events.v1"

    @property
    def symmetric(self) -> bool:
        return self.category in SYMMETRIC_TYPES

    def pairs(self) -> list[tuple[str, str | None]]:
        """Binary projections (subject, object), deterministic order.

        >>> Event("e", "d", "COOPERATE", ("A", "B", "C")).pairs()
        [('A', 'B'), ('A', 'C'), ('B', 'C')]
        >>> Event("e", "d", "THREATEN", ("A",), ("B",)).pairs()
        [('A', 'B')]
        >>> Event("e", "d", "QUOTE", ("A",)).pairs()
        [('A', None)]
        """
        if self.targets:
            return [(s, o) for s in self.sources for o in self.targets if s != o]
        if self.symmetric and len(self.sources) > 1:
            ps = self.sources
            return [(a, b) for i, a in enumerate(ps) for b in ps[i + 1 :] if a != b]
        return [(s, None) for s in self.sources]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        d = dict(d)
        d["sources"] = tuple(d.get("sources", ()))
        d["targets"] = tuple(d.get("targets", ()))
        d["context"] = tuple(d.get("context", ()))
        if d.get("evidence") is not None:
            d["evidence"] = Evidence.from_dict(d["evidence"])
        if d.get("quantity") is not None:
            d["quantity"] = Quantity.from_dict(d["quantity"])
        return cls(**d)


@dataclass(frozen=True)
class DocResult:
    """What extraction yields for one document: its entities (with per-document
    mention counts) and its events."""

    document: Document
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DocResult:
        return cls(
            document=Document.from_dict(d["document"]),
            entities=tuple(Entity.from_dict(e) for e in d.get("entities", ())),
            events=tuple(Event.from_dict(e) for e in d.get("events", ())),
            warnings=tuple(d.get("warnings", ())),
        )


def to_dict(obj: Any) -> Any:
    """Plain JSON-able data for any record above (tuples become lists).

    >>> to_dict(Evidence("d", "Hi.", 0, 3))
    {'doc_id': 'd', 'text': 'Hi.', 'start': 0, 'end': 3}
    """
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    return obj
