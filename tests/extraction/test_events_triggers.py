"""Trigger recall: event classes that news English states without a plain event verb (stated
readiness to act, evaluations in reported speech, vetoes, backing drawn from others, lifelines
extended, bans imposed, funds unfrozen). Hand-written sentences from many conflicts, none taken
from an evaluation article, run through the real pipeline: exact (source, category, target) sets,
so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_triggers")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_trigger_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-06-01"))
    assert got == want_dyads(case["expect"]), case["note"]


@pytest.mark.parametrize(
    "case", [c for c in CASES if set(c) & {"cameo", "modality"}], ids=lambda c: c["text"][:48]
)
def test_trigger_coded_details(event_dyads, case):
    evs, _ = event_dyads(case["text"], case.get("published", "2025-06-01"))
    main = [e for e in evs if e.category == case["expect"][0][1]]
    assert main, case["note"]
    if "cameo" in case:
        assert main[0].cameo == case["cameo"], case["note"]
    if "modality" in case:
        assert main[0].modality == case["modality"], case["note"]
