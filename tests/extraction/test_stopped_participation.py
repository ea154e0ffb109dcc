"""Talks or meetings named in the phrase of the object a 'discontinue' operator stops are halted, not held:
'suspended its participation in the talks with X', 'froze its involvement in the negotiations with Y' are
SANCTION 'discontinue' (CAMEO 164 halt negotiations) against the partner, 'paused all participation in its
meetings' is no meeting among those pausing it. A setting phrase on the clause itself ('In a phone call
with X, Y suspended ...') is still a call that took place. Sentences of our own, run through the real
pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("stopped_participation")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_stopped_participation_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
