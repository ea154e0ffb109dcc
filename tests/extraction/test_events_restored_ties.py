"""Relations restored, resumed or normalised between two states are a settlement of their relations, coded
AGREE ('Tehran restored diplomatic relations with Riyadh', 'Israel and Morocco normalised relations'; CAMEO 05
diplomatic cooperation, as the project gold codes it). Sentences of our own, run through the real pipeline;
exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_restored_ties")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_restored_ties_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
