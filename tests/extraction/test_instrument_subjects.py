"""An instrument as a clause's subject stands for its authors, as a text does ('The agreement will expand
cooperation', 'The package bans imports of X', 'The Partnership will deepen cooperation'): those its own
phrase names, or those of the latest earlier mention that names them ('Chile and Peru signed a trade
agreement', 'the AU adopted a new sanctions package'; groups.json documents families). Sentences of our own,
run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("instrument_subjects")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_instrument_subjects_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
