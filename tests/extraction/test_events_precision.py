"""Actor readings that cost precision: some members of an organization read as the organization.
Hand-written sentences (none from an evaluation article) through the real pipeline; each case gives
the exact (source, category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    # a counted or quantified plural of members is some of them, not the organization acting
    ("Five EU states still do not recognise Kosovo.", set()),
    ("Several NATO members criticized Turkey over the purchase.", set()),
    ("A handful of EU countries opposed the tariffs on China.", set()),
    # near misses: the members as a whole stand for the organization
    ("NATO members condemned Russia.", {("NATO", "ACCUSE", "Russia")}),
    ("All NATO allies condemned Russia.", {("NATO", "ACCUSE", "Russia")}),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_precision_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
