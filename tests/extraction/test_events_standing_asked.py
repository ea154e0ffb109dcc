"""Sanctions in force stated through their lifting ('urged X to lift the sanctions imposed on Y', 'called
for X to end its embargo on Y': SANCTION X -> Y besides the REQUEST; a lifting done adds nothing), and
requests with a 'for X to do' infinitive ('pushed for Iran to release ...': REQUEST to the infinitive's
subject, the act not asserted). Sentences of our own from many conflicts, run through the real pipeline;
exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_standing_asked")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_standing_asked_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
