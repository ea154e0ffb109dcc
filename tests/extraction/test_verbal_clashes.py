"""Two people 'clashing' with no weapon or military word in the sentence ('X clashed with Y over trade rules')
dispute verbally: the subject's criticism of the other (CAMEO 111, as the project gold codes a politician's
clash, one way), not ASSAULT;
troops that clash fight. Sentences of our own, run through the real pipeline; exact (source, category,
target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("verbal_clashes")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_verbal_clashes_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
