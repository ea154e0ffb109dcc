"""Trigger lexicon by PLOVER/CAMEO category, for events news English states with a word other than
the category's plain verb: blame laid on someone ("blamed X on Y"), designations and blacklists,
retaliation promised by "would not leave X unanswered", gifts, financing and aid packages, agreements
not renewed. Hand-written sentences from many conflicts, none taken from an evaluation article, run
through the real pipeline: exact (source, category, target) sets, so a rule that over-fires fails as
well as one that misses."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_trigger_lexicon")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_trigger_lexicon_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-06-01"))
    assert got == want_dyads(case["expect"]), case["note"]
