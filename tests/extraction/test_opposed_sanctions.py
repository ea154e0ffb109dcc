"""Sanctions whose imposition the sentence states stay in force when another side opposes, rejects
or condemns them ("China firmly opposes the sanctions imposed by the United States on Chinese firms":
US SANCTION China, and China's rejection); sanctions merely opposed ("opposes new sanctions on X") are
not asserted, and an opponent is never taken for the imposer. Hand-written sentences (none from an
evaluation article) through the real pipeline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Beijing firmly opposes the sanctions imposed by Washington on Chinese chipmakers, a spokesperson said.",
        {("United States", "SANCTION", "China")},
    ),
    (
        "Russia rejected the restrictions imposed by the European Union on Russian airlines.",
        {("European Union", "SANCTION", "Russia")},
    ),
    # near misses: proposed sanctions, and an imposition with no stated imposer
    ("Slovakia opposes new sanctions on Russian gas.", set()),
    ("Cuba firmly opposes the sanctions imposed on its state companies.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:48] for c in CASES])
def test_opposed_sanctions_stand(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "SANCTION"} == want_dyads(want)
