"""Trigger coverage swept from the codebooks rather than from single misses: for each PLOVER type and
CAMEO sub-code, the phrasings news English commonly uses for it -- light-verb idioms ('opened fire
on', 'pointed the finger at', 'sat down with', 'gave X a deadline'), headline verbs ('blasted X for'),
retorts ('shot back at'), dismissals ('shrugged off', 'waved away'), judicial and intelligence
cooperation ('extradited', 'shared intelligence with'), returns ('handed back'), and the guards that
keep them from over-firing ('jets blasted positions', 'troops fired back', 'backed down'). Hand-written
sentences from many conflicts, none taken from an evaluation article, run through the real pipeline:
exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("codebook_sweep")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_codebook_sweep_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-06-01"))
    assert got == want_dyads(case["expect"]), case["note"]
