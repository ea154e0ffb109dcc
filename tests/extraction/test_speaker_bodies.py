"""In reported speech, an official of an international body who says what the organization the body belongs
to does speaks for it, as a state's official speaks for the state: 'European Commission President X said
the European Union stood in solidarity with Y' is X's act (cues.json speaker_bodies, Wikidata 'part of').
A separate organization of the same system (a UN specialized agency) is no part of it. Sentences of our own,
run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("speaker_bodies")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_speaker_bodies_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
