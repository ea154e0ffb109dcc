"""Hand-made knowledge graphs for the RDF tests (no spaCy): every category shape we emit.

Not fixtures (those live in tests/conftest.py): plain builders the test modules import.
"""

from __future__ import annotations

from kg.model import KnowledgeGraph, entity_key
from kg.model.iris import event_id
from kg.types import DocResult, Document, Entity, Event, Evidence, Quantity

#: Names that must still give valid IRIs.
HOSTILE_NAMES = [
    'Ali "The Lion" O\'Neil',
    "<script>alert(1)</script>",
    "Jean-Luc   Picard > Kirk & Spock",
    "Владимир Путин",
    "习近平",
    "محمد بن سلمان",
    "Ελληνική Δημοκρατία",
    "a" * 500,
    "ÅÉÎÕÜ ſtraße ﬁnance",
    "{}|\\^`",
    "\u200b\u00a0 \t",
    "x" * 60 + "普京" * 40,
]


def _ev(doc: Document, category: str, sources, targets=(), sentence: str | None = None, **kw) -> Event:
    sentence = sentence or doc.text
    start = doc.text.index(sentence)
    trigger = kw.pop("trigger", category.lower())
    eid = event_id(doc.id, category, sources, targets, start, trigger)
    return Event(
        eid,
        doc.id,
        category,
        tuple(sources),
        tuple(targets),
        Evidence(doc.id, sentence, start, start + len(sentence)),
        trigger=trigger,
        extractor=kw.pop("extractor", "kg.test.v1"),
        **kw,
    )


RU = Entity("Q159", "Russia", "Country", wikidata="Q159", iso3="RUS", aliases=("Moscow",), mentions=2)
CN = Entity("Q148", "China", "Country", wikidata="Q148", iso3="CHN", aliases=("Beijing",), mentions=1)
IR = Entity("Q794", "Iran", "Country", wikidata="Q794", iso3="IRN", mentions=1)
US = Entity(
    "Q30", "United States", "Country", wikidata="Q30", iso3="USA", aliases=("Washington",), mentions=2
)
NATO = Entity("Q7184", "NATO", "IGO", wikidata="Q7184", mentions=1)
LAVROV = Entity("person:sergey-lavrov", "Sergey Lavrov", "Person", country="Q159", mentions=1)
MOD = Entity(
    "organization:ministry-of-defence",
    "Ministry of Defence",
    "Organization",
    subtype="GovernmentBody",
    country="Q159",
    mentions=1,
)
GULF = Entity("location:gulf-of-oman", "Gulf of Oman", "Location", mentions=1)


def doc_a() -> DocResult:
    s = [
        "Iran, China and Russia held joint naval drills in the Gulf of Oman in March 2025.",
        "The United States threatened Russia with new sanctions.",
        'Sergey Lavrov, Russia\'s foreign minister, said: "We will not be intimidated."',
        "If talks fail, Washington could sanction Beijing.",
        "Nearly 100 people were killed.",
    ]
    text = " ".join(s)
    d = Document(
        "article-a",
        text,
        title="Drills",
        url="https://example.org/a?x=1&y=<2>",
        published="2025-03-10",
        publisher="Example News",
    )
    events = (
        _ev(
            d,
            "COOPERATE",
            ["Q794", "Q148", "Q159"],
            sentence=s[0],
            context=("military",),
            cameo="062",
            goldstein=7.4,
            plover_score=9.5,
            date="2025-03",
            date_text="in March 2025",
            location="location:gulf-of-oman",
            confidence=0.9,
        ),
        _ev(
            d,
            "THREATEN",
            ["Q30"],
            ["Q159"],
            sentence=s[1],
            cameo="1312",
            goldstein=-5.8,
            plover_score=-3.5,
            mode="restrict",
            confidence=0.8,
        ),
        _ev(
            d,
            "ROLE",
            ["person:sergey-lavrov"],
            ["Q159"],
            sentence="Sergey Lavrov, Russia's foreign minister,",
            role="foreign minister",
            confidence=0.7,
            extractor="kg.roles.v1",
        ),
        _ev(
            d,
            "QUOTE",
            ["person:sergey-lavrov"],
            sentence=s[2],
            quote="We will not be intimidated.",
            confidence=0.6,
            trigger="said",
        ),
        _ev(
            d,
            "SANCTION",
            ["Q30"],
            ["Q148"],
            sentence=s[3],
            modality="hypothetical",
            confidence=0.5,
            cameo="163",
            goldstein=-8.0,
        ),
        _ev(
            d,
            "QUANTITY",
            ["Q794"],
            sentence=s[4],
            quantity=Quantity(100.0, "person", "killed", "Nearly 100", True),
            confidence=0.55,
            date="2025",
        ),
    )
    return DocResult(d, (IR, CN, RU, US, LAVROV, GULF), events)


def doc_b() -> DocResult:
    text = (
        "Russia's Ministry of Defence said Moscow and Beijing are strategic partners. "
        "The United States is a member of NATO. Russia accused NATO of provocations on 2024-12-01."
    )
    d = Document("article-b", text, title="Partners", published="2025-04")
    s = text.split(". ")
    events = (
        _ev(d, "ALLY", ["Q159", "Q148"], sentence=s[0] + ".", confidence=0.75, extractor="kg.relations.v1"),
        _ev(
            d,
            "MEMBER_OF",
            ["Q30"],
            ["Q7184"],
            sentence=s[1] + ".",
            confidence=0.95,
            extractor="kg.relations.v1",
        ),
        _ev(
            d,
            "ACCUSE",
            ["Q159"],
            ["Q7184"],
            sentence=s[2],
            date="2024-12-01",
            modality="historical",
            confidence=0.65,
            goldstein=-2.0,
        ),
    )
    return DocResult(d, (RU, CN, US, NATO, MOD), events)


def hostile_doc() -> DocResult:
    """Entities with hostile names (and a hostile document id) in one document."""
    names = HOSTILE_NAMES
    text = " and ".join(n.strip() or "someone" for n in names) + " met."
    d = Document('weird id/with spaces&<chars>"', text, title='Title with "quotes" and <tags>')
    ents = []
    for i, n in enumerate(names):
        typ = ("Person", "Organization", "Location", "Other")[i % 4]
        ents.append(
            Entity(entity_key(n, typ), n if n.strip() else "?", typ, aliases=(n + " alias",), mentions=1)
        )
    keys = [e.key for e in ents if e.type in ("Person", "Organization")]
    ev = _ev(d, "CONSULT", keys, confidence=0.5)
    return DocResult(d, tuple(ents), (ev,))


def sample_graph() -> KnowledgeGraph:
    return KnowledgeGraph.from_results([doc_a(), doc_b()])


def normalized(g: KnowledgeGraph) -> tuple:
    """What a round trip through RDF must keep: documents (metadata + hash), entities, events.

    RDF does not order an event's subjects and objects, so they are compared as sorted.
    """
    docs = sorted((d.id, d.title, d.url, d.published, d.publisher, d.sha256) for d in g.documents.values())
    ents = sorted(
        (
            e.key,
            e.label,
            e.type,
            e.subtype,
            e.wikidata,
            e.iso3,
            e.country,
            tuple(sorted(e.aliases)),
            e.mentions,
        )
        for e in g.entities.values()
    )
    evs = sorted(
        (
            ev.id,
            ev.doc_id,
            ev.category,
            tuple(sorted(ev.sources)),
            tuple(sorted(ev.targets)),
            ev.evidence,
            ev.confidence,
            ev.trigger,
            ev.cameo,
            ev.goldstein,
            ev.plover_score,
            ev.mode,
            tuple(sorted(ev.context)),
            ev.modality,
            ev.date,
            ev.date_text,
            ev.location,
            ev.role,
            ev.quote,
            ev.quantity,
            ev.extractor,
        )
        for ev in g.events.values()
    )
    return docs, ents, evs
