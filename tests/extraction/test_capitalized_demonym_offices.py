"""'the <demonym> <office>' stands for the holder the text named before also when the office is capitalized,
as official news agencies write it ('The Kenyan President held a meeting with ...'), and when a one-word state
name stands as the demonym ('The UK Prime Minister met ...', 'the US president wrote'). With no holder named
before, the description stays the state. Sentences of our own, run through the real pipeline; exact
(source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("capitalized_demonym_offices")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_capitalized_demonym_offices_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
