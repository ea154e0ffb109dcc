"""kg.events.v1: lexicon consistency with the codebooks, and behaviour on single sentences."""

from __future__ import annotations

import re

import pytest

from kg.extract import events as ev
from kg.resources import load_json
from kg.types import PLOVER_TYPES

LEX = load_json("event_lexicon.json")
ENTRIES = [("verbs", k, v) for k, v in LEX["verbs"].items()] + [
    ("nouns", k, v) for k, v in LEX["nouns"].items()
]


@pytest.mark.parametrize("table,key,entry", ENTRIES, ids=[f"{t}:{k}" for t, k, _ in ENTRIES])
def test_events_lexicon_entry_consistent_with_cameo(table, key, entry):
    assert entry["type"] in (*PLOVER_TYPES, "ALLY", "MEMBER_OF")
    if entry["type"] in ("ALLY", "MEMBER_OF"):
        assert entry["cameo"] is None and entry["goldstein"] is None
        return
    assert re.fullmatch(r"\d{3,4}", entry["cameo"]), entry["cameo"]
    assert -10.0 <= entry["goldstein"] <= 10.0
    assert entry["cameo"][:2] in LEX["cameo_roots"][entry["type"]], (
        f"{key}: CAMEO root does not fit the PLOVER type"
    )


def test_events_lexicon_covers_every_plover_type_and_standing_relations():
    types = {v["type"] for _, _, v in ENTRIES}
    assert set(PLOVER_TYPES) <= types
    assert {"ALLY", "MEMBER_OF"} <= types


@pytest.mark.parametrize("table", ["threat_cameo", "discontinue_cameo", "reject_cameo", "negated_reject"])
def test_events_lexicon_derived_codes_have_the_right_root(table):
    root = {"threat_cameo": "13", "discontinue_cameo": "16", "reject_cameo": "12", "negated_reject": "12"}[
        table
    ]
    for k, row in LEX[table].items():
        if k == "about":
            continue
        assert row[0].startswith(root), (k, row)
        assert -10.0 <= row[1] <= 10.0


def test_events_lexicon_loaded_once():
    assert ev.lexicon() is ev.lexicon()


def test_events_matcher_compiled_once_per_vocab(nlp):
    assert ev._matcher(nlp.vocab) is ev._matcher(nlp.vocab)


def _run(nlp, text, published="2025-03-12"):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published=published)
    labels = {e.key: e.label for e in r.entities}
    return [e for e in r.events if e.extractor == ev.EXTRACTOR], labels


@pytest.mark.parametrize(
    "text,category,modality",
    [
        ("Pakistan will attack India.", "ASSAULT", "future"),
        ("Pakistan could attack India.", "ASSAULT", "hypothetical"),
        ("If talks fail, Pakistan would attack India.", "ASSAULT", "hypothetical"),
        ("Pakistan attacked India.", "ASSAULT", "asserted"),
    ],
)
def test_events_modality(nlp, text, category, modality):
    evs, _ = _run(nlp, text)
    assert [(e.category, e.modality) for e in evs] == [(category, modality)]


@pytest.mark.parametrize(
    "text",
    ["Pakistan did not attack India.", "Pakistan never attacked India.", "Pakistan failed to attack India."],
)
def test_events_negated_not_asserted(nlp, text):
    evs, _ = _run(nlp, text)
    assert evs == []


def test_events_hedged_report_gets_lower_confidence(nlp):
    plain, _ = _run(nlp, "Rwanda sent weapons to the rebels in Congo.")
    hedged, _ = _run(nlp, "Rwanda reportedly attacked Congo.")
    sure, _ = _run(nlp, "Rwanda attacked Congo.")
    assert hedged and sure and hedged[0].confidence < sure[0].confidence
    assert all(e.category != "ASSAULT" for e in plain)


def test_events_evidence_offsets_point_into_the_document(nlp):
    text = "Talks stalled. Then Venezuela expelled Colombian diplomats on Friday."
    evs, _ = _run(nlp, text)
    (e,) = evs
    assert (
        text[e.evidence.start : e.evidence.end]
        == e.evidence.text
        == "Then Venezuela expelled Colombian diplomats on Friday."
    )
    assert e.date == "2025-03-07" and e.date_text == "Friday"


def test_events_first_person_in_quote_is_the_speaker(nlp):
    evs, labels = _run(
        nlp, '"I am strongly considering sanctions on Iran," Israeli Prime Minister Benjamin Netanyahu said.'
    )
    assert [(labels[e.sources[0]], e.category, labels[e.targets[0]]) for e in evs] == [
        ("Benjamin Netanyahu", "THREATEN", "Iran")
    ]


_WORDS = [
    "Russia",
    "attacked",
    "Ukraine",
    "talks",
    "with",
    "between",
    "and",
    "\u201c",
    "\u201d",
    '"',
    "said",
    "not",
    "would",
    "sanctions",
    "on",
    "its",
    "the",
    "aid",
    "cut",
    "off",
    "to",
    "I",
    "we",
    ".",
    ",",
    "Monday",
    "last",
    "month",
    "killing",
    "21",
    "people",
    "%",
    "$5 billion",
    "\n\n",
    "Putin",
    "told",
    "according",
    "partners",
    "war",
    "member",
    "of",
    "NATO",
    "hosted",
    "suspended",
    "membership",
]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        '"',
        "\u201c",
        '"""',
        '\u201ca\u201d "c" \u201dd\u201c',
        "Russia attacked.",
        "'s 's 's",
        "He said: \u201cI will attack.\u201d He said: \u201cWe will.",
        "The war between and Russia.",
        "Russia attacked Ukraine" + "," * 500,
        '" a b c d e f g "  " h i j k l m n " said Putin',
    ],
)
def test_events_odd_input_does_not_break_extraction(nlp, text):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-03-10")
    for e in r.events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert 0.0 <= e.confidence <= 1.0


def test_events_random_word_salad_keeps_invariants(nlp):
    """Property check on 200 seeded random word sequences: no exception, evidence offsets exact."""
    import random

    from kg.extract import extract_text

    rng = random.Random(7)
    for _ in range(200):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 60)))
        r = extract_text(text, nlp, published="2025-03-10")
        for e in r.events:
            assert text[e.evidence.start : e.evidence.end] == e.evidence.text, text
            assert e.sources, text


def test_events_alleged_act_gets_lower_confidence(nlp):
    evs, _ = _run(nlp, "India accused Pakistan of attacking Indian soldiers.")
    by = {e.category: e for e in evs}
    assert by["ASSAULT"].confidence < by["ACCUSE"].confidence


# Hand-built parses: the rules, independent of the statistical parser's guesses.


class _Index:
    """A minimal stand-in for :class:`kg.extract.entities.EntityIndex` over a hand-built Doc."""

    def __init__(self, spans):
        from types import SimpleNamespace

        from kg.types import Entity

        self._tok = {}
        self._ents = {}
        for i, key, label, typ in spans:
            self._ents[key] = Entity(key, label, typ, country=key if typ == "Country" else None)
            self._tok[i] = SimpleNamespace(key=key, type=typ, start=i, end=i + 1)

    def at_token(self, i):
        return self._tok.get(i)

    def in_span(self, span):
        start, end = (span.start, span.end) if hasattr(span, "start") else span
        return [self._tok[i] for i in range(start, end) if i in self._tok]

    def entity(self, key):
        return self._ents[key]


def _doc(nlp, words, heads, deps, pos, lemmas, tags=None):
    from spacy.tokens import Doc

    return Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, tags=tags or [""] * len(words)
    )


def _events_of(doc, index):
    from kg.types import Document

    return ev.find_events(doc, index, document=Document("d", doc.text, published="2025-03-12"))


def test_events_handbuilt_threat_folds_the_inner_sanction(nlp):
    doc = _doc(
        nlp,
        ["Russia", "threatened", "to", "impose", "sanctions", "on", "Iran", "."],
        [1, 1, 3, 1, 3, 3, 5, 1],
        ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["Russia", "threaten", "to", "impose", "sanction", "on", "Iran", "."],
        ["NNP", "VBD", "TO", "VB", "NNS", "IN", "NNP", "."],
    )
    idx = _Index([(0, "Q159", "Russia", "Country"), (6, "Q794", "Iran", "Country")])
    got = [(e.category, e.sources, e.targets, e.cameo) for e in _events_of(doc, idx)]
    assert got == [("THREATEN", ("Q159",), ("Q794",), "1312")]


def test_events_handbuilt_negation_drops_and_passive_agent_is_source(nlp):
    neg = _doc(
        nlp,
        ["Chad", "did", "not", "attack", "Sudan", "."],
        [3, 3, 3, 3, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
        ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
        ["Chad", "do", "not", "attack", "Sudan", "."],
    )
    passive = _doc(
        nlp,
        ["Sudan", "was", "attacked", "by", "Chad", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"],
        ["Sudan", "be", "attack", "by", "Chad", "."],
    )
    assert _events_of(neg, _Index([(0, "Q657", "Chad", "Country"), (4, "Q1049", "Sudan", "Country")])) == []
    got = _events_of(passive, _Index([(4, "Q657", "Chad", "Country"), (0, "Q1049", "Sudan", "Country")]))
    assert [(e.category, e.sources, e.targets) for e in got] == [("ASSAULT", ("Q657",), ("Q1049",))]


def test_events_handbuilt_joint_exercise_is_one_nary_event(nlp):
    doc = _doc(
        nlp,
        ["Chinese", ",", "Russian", "and", "Iranian", "ships", "held", "joint", "drills", "."],
        [5, 0, 0, 2, 2, 6, 6, 8, 6, 6],
        ["amod", "punct", "conj", "cc", "conj", "nsubj", "ROOT", "amod", "dobj", "punct"],
        ["ADJ", "PUNCT", "ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
        ["chinese", ",", "russian", "and", "iranian", "ship", "hold", "joint", "drill", "."],
        ["JJ", ",", "JJ", "CC", "JJ", "NNS", "VBD", "JJ", "NNS", "."],
    )
    idx = _Index(
        [(0, "Q148", "China", "Country"), (2, "Q159", "Russia", "Country"), (4, "Q794", "Iran", "Country")]
    )
    (e,) = _events_of(doc, idx)
    assert (e.category, set(e.sources), e.targets, e.cameo, e.context[:1]) == (
        "COOPERATE",
        {"Q148", "Q159", "Q794"},
        (),
        "062",
        ("military",),
    )
    assert len(e.pairs()) == 3


def test_events_leave_the_doc_serializable(nlp):
    """Per-document caches hold plain data only: a Doc can still be serialized after extraction."""
    from spacy.tokens import Doc

    from kg.extract import extract_doc
    from kg.types import Document

    doc = nlp(
        '"We will not give up one inch of our land," Zelensky said on Monday. Russia attacked Ukraine on Friday.'
    )
    extract_doc(doc, Document("d", doc.text, published="2025-03-12"))
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert again.text == doc.text
