"""Property-based tests (hypothesis) over generated text, documents, files and graphs.

Properties: the extractor never raises; every output (Turtle, TriG, N-Quads, N-Triples,
JSON-LD, JSON Lines) parses with rdflib and pyoxigraph; every evidence offset points at its
text; every IRI is valid; the readers never raise and report every bad file in one line.

The example budget is fixed and small (CI-sized) and the search is derandomized, so a run
is repeatable: the same examples every time.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import extract_text
from kg.ingest import read_sources
from kg.ingest.readers import clean_text
from kg.model import KnowledgeGraph, actor_iri, doc_iri, event_iri
from kg.rdf.io import serialize_bytes
from kg.types import DocResult, Document, Entity, Event, Evidence, Quantity
from tests.robustness.checks import RDF_FILES, assert_iri_valid, iris_of_rdflib, parse_rdf_bytes

CI = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
FAST = settings(CI, max_examples=60)

#: format name -> output file name (for the rdflib/pyoxigraph format pair in checks.RDF_FILES).
RDF_FORMATS = {"turtle": "graph.ttl", "trig": "graph.trig", "nquads": "graph.nq", "ntriples": "graph.nt",
               "json-ld": "graph.jsonld"}  # fmt: skip

# Real-world-like actors and verbs, so the extractor has something to find between the noise.
ACTORS = [
    "Russia", "China", "the United States", "Iran", "Israel", "Hamas", "NATO", "the United Nations",
    "Vladimir Putin", "Xi Jinping", "Emmanuel Macron", "Benjamin Netanyahu", "Volodymyr Zelensky",
    "Recep Tayyip Erdogan", "Narendra Modi", "Ukraine", "Germany", "France", "Japan", "the Philippines",
    "Saudi Arabia", "Qatar", "Egypt", "Turkey", "India", "Pakistan", "Kim Jong Un", "North Korea",
    "the European Union", "Hezbollah", "the African Union", "Brazil", "Venezuela", "Sergey Lavrov",
    "Antony Blinken", "Abbas Araghchi", "Владимир Путин", "习近平", "محمود عباس", "בנימין נתניהו",
    "O'Brien", 'the "Islamic State"', "<Iran>", "Al-Sisi\\", "Kyiv & Moscow",
]  # fmt: skip
VERBS = [
    "threatened", "met with", "signed an agreement with", "accused", "condemned", "held talks with",
    "imposed sanctions on", "attacked", "praised", "called on", "sent aid to", "warned",
    "held a joint naval exercise with", "rejected a proposal by", "expelled diplomats from",
    "said it would support", "denied", "agreed to cooperate with", "mobilized troops against",
]  # fmt: skip
TAILS = ["", " on Monday", " in Geneva", " last week", " on March 3, 2025", " in Beijing on Tuesday",
         ", officials said", " after talks in Doha", " (Reuters)", ' — "we will respond," he said']  # fmt: skip
PUNCT = [".", ".", ".", "!", "?", ";", "...", "", ". \n\n", '."', ".)"]

# Noise: any code point but lone surrogates (no reader can produce them: see clean_text), with
# extra weight on quotes, brackets, backslashes, controls, zero-width and direction marks.
HOSTILE_CHARS = list('"\'<>&\\{}|^`[]()@#%$*~\t\n\r\x00\x01\x07\x0b\x1b\x7f\x85\x9b') + [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
    "\u2069", "\u00a0", "\u2028", "\u2029", "\ufffd", "\uffff", "\U0001f1fa", "\u0301", "\u0640",
]  # fmt: skip
noise = st.text(
    alphabet=st.one_of(st.sampled_from(HOSTILE_CHARS), st.characters(exclude_categories=("Cs",))),
    max_size=12,
)
sentence = st.builds(
    lambda pre, a, v, b, tail, mid, p: f"{pre}{a} {v} {b}{tail}{mid}{p}",
    st.one_of(st.just(""), noise.map(lambda s: s + " ")),
    st.sampled_from(ACTORS),
    st.sampled_from(VERBS),
    st.sampled_from(ACTORS),
    st.sampled_from(TAILS),
    st.one_of(st.just(""), noise.map(lambda s: " " + s)),
    st.sampled_from(PUNCT),
)
article = st.lists(st.one_of(sentence, sentence, noise), min_size=1, max_size=6).map(" ".join)


def _check_rdf_and_jsonl(g: KnowledgeGraph) -> None:
    """Every serialization parses with both libraries, agrees on size, and carries valid IRIs only."""
    sizes = {}
    for fmt, fname in RDF_FORMATS.items():
        rdflib_fmt, ox_fmt = RDF_FILES[fname]
        ds, sizes[fmt] = parse_rdf_bytes(serialize_bytes(g, fmt), rdflib_fmt, ox_fmt)
        for iri in iris_of_rdflib(ds):
            assert_iri_valid(iri)
    assert sizes["turtle"] == sizes["ntriples"], sizes
    assert sizes["trig"] == sizes["nquads"] == sizes["json-ld"], sizes
    for line in serialize_bytes(g, "jsonl").decode("utf-8").split("\n")[:-1]:
        rec = json.loads(line)
        for key in ("id", "subject", "object", "doc", "event", "predicate"):
            if isinstance(rec.get(key), str):
                assert_iri_valid(rec[key])


def _check_result(result: DocResult) -> None:
    doc = result.document
    keys = {e.key for e in result.entities}
    for e in result.entities:
        assert_iri_valid(actor_iri(e.key))
    for ev in result.events:
        assert_iri_valid(event_iri(ev.id))
        assert set(ev.sources) | set(ev.targets) <= keys, (ev, keys)
        if ev.evidence is not None:
            evd = ev.evidence
            assert evd.doc_id == doc.id
            assert 0 <= evd.start <= evd.end <= len(doc.text), evd
            assert doc.text[evd.start : evd.end] == evd.text, (evd, doc.text)
        assert 0.0 <= ev.confidence <= 1.0


# --- the extractor over generated articles ----------------------------------------------------


@CI
@given(text=article)
def test_property_extractor_never_raises_and_everything_parses(nlp, text):
    text = clean_text(text)  # what every reader hands the extractor
    result = extract_text(text, nlp, doc_id="fuzz")
    _check_result(result)
    _check_rdf_and_jsonl(KnowledgeGraph.from_results([result]))


@CI
@given(text=article)
def test_property_raw_text_never_crashes_the_extractor(nlp, text):
    """Even uncleaned text (controls, NUL, BOMs) handed straight to the library does not raise."""
    result = extract_text(text, nlp, doc_id="raw")
    _check_result(result)


@settings(CI, max_examples=8)
@given(texts=st.lists(article, min_size=1, max_size=3), ids=st.lists(noise, min_size=3, max_size=3))
def test_property_pipeline_build_outputs_parse(texts, ids):
    """Through kg.pipeline.build from a JSONL corpus (readers, limits, cache, writers): outputs parse."""
    from kg.pipeline import build
    from tests.robustness.checks import assert_outputs_parse

    with tempfile.TemporaryDirectory() as d:
        src = Path(d) / "corpus.jsonl"
        src.write_text(
            "\n".join(json.dumps({"id": i, "title": i, "text": t}) for i, t in zip(ids, texts, strict=False)),
            encoding="utf-8",
        )
        try:
            report = build([src], Path(d) / "out", html=False, workers=1)
        except InputError as err:  # every record empty: the one allowed failure, and it says so
            assert "[E009]" in str(err)
            return
        assert_outputs_parse(Path(d) / "out")
        docs = {doc.id: doc for doc in report.graph.documents.values()}
        for ev in report.graph.events.values():
            if ev.evidence is not None:
                text = docs[ev.doc_id].text
                assert text[ev.evidence.start : ev.evidence.end] == ev.evidence.text


# --- the RDF layer over generated graphs (no spaCy: fast, and independent of what is extracted) ----

hostile_str = st.text(
    alphabet=st.one_of(st.sampled_from(HOSTILE_CHARS), st.characters(exclude_categories=("Cs",))), max_size=30
)
types = st.sampled_from(["Country", "Person", "Organization", "IGO", "Location", "Event", "Other"])
categories = st.sampled_from(
    ["THREATEN", "COOPERATE", "ACCUSE", "AGREE", "ALLY", "ROLE", "QUOTE", "QUANTITY"]
)


@st.composite
def graphs(draw) -> KnowledgeGraph:
    text = clean_text(draw(hostile_str)) + " Russia and China held talks. " + clean_text(draw(hostile_str))
    doc = Document(
        id=draw(hostile_str) or "d",
        text=text,
        title=draw(st.none() | hostile_str),
        url=draw(st.none() | hostile_str),
        published=draw(st.none() | st.sampled_from(["2025-03-10", "2025-03", "2025", "not a date"])),
        publisher=draw(st.none() | hostile_str),
    )
    n = draw(st.integers(1, 4))
    ents = []
    for i in range(n):
        label = draw(hostile_str) or f"e{i}"
        typ = draw(types)
        qid = draw(st.none() | st.sampled_from(["Q159", "Q148", "Q30", "Q-1", "Q 1", "q159"]))
        key = qid if qid and qid.startswith("Q1") else f"{typ.lower()}:{label}"
        ents.append(
            Entity(
                key,
                label,
                typ,
                wikidata=qid,
                aliases=tuple(draw(st.lists(hostile_str, max_size=2))),
                mentions=1,
            )
        )
    ents = list({e.key: e for e in ents}.values())
    events = []
    for j in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        cat = draw(categories)
        events.append(
            Event(
                id=f"ev{j}",
                doc_id=doc.id,
                category=cat,
                sources=(ents[0].key,),
                targets=(ents[-1].key,) if len(ents) > 1 else (),
                evidence=Evidence(doc.id, text[start:end], start, end),
                confidence=draw(st.floats(0, 1)),
                trigger=draw(st.none() | hostile_str),
                quote=draw(hostile_str) if cat == "QUOTE" else None,
                role=draw(hostile_str) if cat == "ROLE" else None,
                quantity=Quantity(draw(st.floats(-1e9, 1e9)), "person", draw(hostile_str), draw(hostile_str))
                if cat == "QUANTITY"
                else None,
                date=draw(st.none() | st.sampled_from(["2025-03-10", "2025-03", "2025"])),
                date_text=draw(st.none() | hostile_str),
                extractor=draw(st.sampled_from(["kg.events.v1", "x y <z>", ""])),
            )
        )
    return KnowledgeGraph.from_results([DocResult(doc, tuple(ents), tuple(events))])


@FAST
@given(g=graphs())
def test_property_any_graph_serializes_to_parseable_rdf(g):
    _check_rdf_and_jsonl(g)
    for doc in g.documents.values():
        assert_iri_valid(doc_iri(doc.id))
    # Escaping is exact, not just parseable: every label and quote comes back character for character.
    import rdflib

    for fmt, rdflib_fmt in (("turtle", "turtle"), ("nquads", "nquads"), ("json-ld", "json-ld")):
        ds = rdflib.Dataset()
        ds.parse(data=serialize_bytes(g, fmt), format=rdflib_fmt)
        literals = {
            str(o) for _, _, o, _ in ds.quads((None, None, None, None)) if isinstance(o, rdflib.Literal)
        }
        for e in g.entities.values():
            assert e.label in literals, (fmt, e.label)
        for ev in g.events.values():
            for value in (ev.quote, ev.evidence.text if ev.evidence else None):
                if value:
                    assert value in literals, (fmt, value)


@FAST
@given(key=hostile_str, typ=types)
def test_property_minted_iris_are_valid(key, typ):
    assert_iri_valid(actor_iri(key))
    assert_iri_valid(actor_iri(f"{typ.lower()}:{key}"))
    assert_iri_valid(doc_iri(key))


# --- readers over arbitrary bytes --------------------------------------------------------------


@FAST
@given(data=st.one_of(st.binary(max_size=400), article.map(lambda s: s.encode("utf-8"))), suffix=st.sampled_from(
    [".txt", ".md", ".html", ".jsonl"]))  # fmt: skip
def test_property_readers_never_raise_and_report_one_line(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"in put{suffix}"
        p.write_bytes(data)
        for item in read_sources([p], max_doc_chars=300):
            if isinstance(item, InputError):
                text = str(item)
                assert "\n" not in text and str(p) in text and text.startswith("[E0"), text
            else:
                assert isinstance(item, Document) and item.text.strip()
                assert item.text == clean_text(item.text) and len(item.text) <= 300
                item.text.encode("utf-8")
                for meta in (item.title, item.url, item.publisher):
                    assert meta is None or ("\n" not in meta and meta == clean_text(meta))


@FAST
@given(lines=st.lists(st.one_of(
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}), article, noise),
    st.builds(lambda t: json.dumps({"text": t}, ensure_ascii=False), article),
    st.text(max_size=40),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
), min_size=1, max_size=8))  # fmt: skip
def test_property_jsonl_every_line_is_a_document_or_an_error_naming_it(lines):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "corpus.jsonl"
        raw = "\n".join(ln.replace("\n", " ").replace("\r", " ") for ln in lines).encode(
            "utf-8", "surrogatepass"
        )
        p.write_bytes(raw)
        items = list(read_sources([p]))
        if b"\x00" in raw[:8192]:
            assert len(items) == 1 and "[E003]" in str(items[0])
            return
        n_lines = len(raw.split(b"\n"))
        errors = [str(x) for x in items if isinstance(x, InputError)]
        docs = [x for x in items if isinstance(x, Document)]
        assert all("\n" not in e for e in errors)
        lines_named = {int(e.split("line ")[1].split(":")[0]) for e in errors if "line " in e}
        doc_lines = {int(x.source.rsplit(":", 1)[1]) for x in docs}
        assert not lines_named & doc_lines
        assert lines_named | doc_lines <= set(range(1, n_lines + 1))


@FAST
@given(text=st.text())
def test_property_clean_text_length_encodable_idempotent(text):
    out = clean_text(text)
    assert len(out) == len(text)
    out.encode("utf-8")
    assert clean_text(out) == out
