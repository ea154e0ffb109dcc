"""A member state suspended, expelled or excluded in an agentless passive ('Mali was suspended from ECOWAS',
'Russia was expelled from the Council of Europe', 'Belarus was excluded from the OSCE summit'): the body
named in the 'from' phrase (or whose meeting it names) is the source (PLOVER SANCTION, CAMEO 16).
Sentences of our own, run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_passive_body")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_passive_body_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
