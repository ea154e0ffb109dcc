"""A prefix a hyphen joins to a verb ('co-hosted', 'co-sponsored', 'co-chaired') is one word read as
its base (kg_joined_prefixes, cues.json joined_prefixes): the clause keeps its subject and object.
Hand-written sentences from several conflicts."""

from __future__ import annotations

import pytest

CASES = [
    ("Egypt co-hosted the talks with Qatar in Cairo.", [("Egypt", "CONSULT", "Qatar")]),
    (
        "Japan and India are co-hosting a summit with Australia.",
        [("Japan", "CONSULT", "Australia"), ("India", "CONSULT", "Australia")],
    ),
    ("Chile co-sponsored a draft resolution with Mexico.", [("Chile", "COOPERATE", "Mexico")]),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:40] for c in CASES])
def test_joined_prefix_verbs_keep_their_clause(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert want_dyads(expect) <= got


@pytest.mark.parametrize(
    "text,word,lemma,tag",
    [
        ("Norway co-chaired the talks in Oslo.", "co-chaired", "chair", "VBD"),
        ("Both navies will co-operate with France.", "co-operate", "cooperate", "VB"),
        ("Co-sponsored by Ghana, the motion passed.", "Co-sponsored", "cosponsor", "VBN"),
    ],
)
def test_joined_prefix_is_one_verb(nlp, text, word, lemma, tag):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert (tok.lemma_, tok.tag_) == (lemma, tag)
