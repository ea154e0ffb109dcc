"""An easing asked of another side is not done: 'called on X to stop criticizing Y' is X asked to stop
(CAMEO 02 appeal / 10 demand), never X's concession to Y (kg.extract.events _apply_governors: a
'discontinue' or 'ease' operator right under a 'request' verb). Hand-written sentences, none taken from
an evaluation article, run through the real pipeline: exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("asked_easing")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_asked_easing_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-06-01"))
    assert got == want_dyads(case["expect"]), case["note"]
