"""A visit participle right before the visitor ("held talks with visiting Bolivian President X",
state-media style) is read by the small model as a verb whose object is the visitor, so the meeting had
no partner; kg_parse_repairs re-attaches the visitor. Hand-written sentences (none from an evaluation
article) through the real pipeline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Chinese President Xi Jinping held talks with visiting Kenyan President William Ruto in Beijing on Tuesday.",
        {("William Ruto", "CONSULT", "Xi Jinping")},
    ),
    (
        "Prime Minister Narendra Modi met visiting Sri Lankan President Anura Kumara Dissanayake in New Delhi.",
        {("Anura Kumara Dissanayake", "CONSULT", "Narendra Modi")},
    ),
    (
        "Vietnamese Prime Minister Pham Minh Chinh held talks with visiting Cuban Prime Minister Manuel Marrero in Hanoi.",
        {("Manuel Marrero", "CONSULT", "Pham Minh Chinh")},
    ),
    # near misses: the participle is a verb of its own subject ("X, visiting Moscow, ...") or already a
    # modifier after a determiner
    (
        "Putin received the visiting Indian prime minister, Narendra Modi, at the Kremlin.",
        {("Narendra Modi", "CONSULT", "Vladimir Putin")},
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:48] for c in CASES])
def test_visit_participle_partner(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "CONSULT"} == want_dyads(want)


def test_participle_with_its_own_object_is_untouched(nlp):
    doc = nlp("Choe Son Hui, visiting Moscow for talks, met Sergei Lavrov.")
    visiting = next(t for t in doc if t.text == "visiting")
    assert visiting.dep_ != "amod"
