"""Hand-annotated sentences from many conflicts (none from the seed article), run through the real
pipeline: exact (source, category, target) sets, plus the coded details a case states."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_annotated")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_annotated_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]


@pytest.mark.parametrize(
    "case",
    [c for c in CASES if set(c) & {"cameo", "mode", "modality", "date", "nary", "max_confidence"}],
    ids=lambda c: c["text"][:48],
)
def test_events_annotated_coded_details(event_dyads, case):
    evs, _ = event_dyads(case["text"], case.get("published", "2025-03-12"))
    main = [e for e in evs if e.category == case["expect"][0][1]]
    assert main, case["note"]
    e = main[0]
    if "cameo" in case:
        assert e.cameo == case["cameo"]
    if "mode" in case:
        assert e.mode == case["mode"]
    if "modality" in case:
        assert e.modality == case["modality"]
    if "date" in case:
        assert e.date == case["date"]
    if "nary" in case:
        assert len(main) == 1 and len(e.sources) == case["nary"] and e.targets == ()
    if "max_confidence" in case:
        assert e.confidence <= case["max_confidence"]
