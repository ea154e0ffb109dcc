"""Lists of states as sources or targets in one sentence, and the names around them: envoys withdrawn from
several states, congratulations received from several, region adjectives ('Latin American') that name no
state, epithets before a leader's surname. Sentences of our own from other conflicts, run through the
real pipeline; exact (source, category, target) sets, so over-firing fails as well as missing."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_lists")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_lists_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    assert got == want_dyads(case["expect"]), case["note"]


def test_closing_quote_after_full_stop_ends_its_own_sentence(nlp):
    """'... was "completely unacceptable."' at a paragraph's end: the closing quote belongs to the sentence it
    closes (the small parser made it a sentence of its own, leaving the quote unbalanced in the evidence)."""
    doc = nlp(
        'Ankara said the raid was "a grave provocation."\n\nThe ministry summoned the envoy. "We left."\n'
    )
    sents = [s.text.strip() for s in doc.sents]
    assert sents == [
        'Ankara said the raid was "a grave provocation."',
        "The ministry summoned the envoy.",
        '"We left."',
    ]
