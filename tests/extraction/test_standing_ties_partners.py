"""Standing military ties are bilateral: 'India has close defence ties with Vietnam and the Philippines' is
India's cooperation with each, not Vietnam's with the Philippines. Only a joint activity (an exercise, drills,
a patrol) has every named participant cooperating with every other (GUIDELINES). Sentences of our own, run
through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("standing_ties_partners")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_standing_ties_partners_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
