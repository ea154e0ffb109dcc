"""Financial support named without an aid word: a state called another's creditor, money that props up or
shores up another's economy, finances or reserves, a bail-out, a deposit with another state's central bank
(CAMEO 071 provide economic aid). Sentences of our own from many regions, run through the real pipeline;
exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_financial_aid")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_financial_aid_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
