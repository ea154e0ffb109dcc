"""A pledge, promise or vow to cooperate ('pledged to deepen security cooperation', 'vowed to strengthen
defence ties') is the commitment itself, PLOVER AGREE (CAMEO 03), not a future COOPERATE; promised aid stays
AID and a considered cooperation stays COOPERATE. Sentences of our own, run through the real pipeline;
exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_pledged_cooperation")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_pledged_cooperation_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
