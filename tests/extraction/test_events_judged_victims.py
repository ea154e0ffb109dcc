"""A criticism verb whose object is an act aimed at someone ('condemned the charges against X', 'the
sanctions against Huawei', 'the verdict against Y') does not criticise X: X is the act's victim; the
target is the act's author when it is named ('the US sanctions against Venezuela'). Sentences of our own,
run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_judged_victims")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_judged_victims_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
