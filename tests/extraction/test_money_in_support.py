"""A sum of money given 'in support' is economic aid (CAMEO 071), not a verbal endorsement (051):
'will give 700 million dollars in support to Jordan', 'announced $25 million in support for Chad';
support expressed without a sum stays SUPPORT."""

from __future__ import annotations

import pytest

CASES = [
    ("Sweden will give 700 million dollars in support to Jordan.", ("Sweden", "AID", "Jordan")),
    ("Italy announced $25 million in support for Chad.", ("Italy", "AID", "Chad")),
    (
        "The Spanish government will provide 1 billion euros in support to Morocco.",
        ("Spain", "AID", "Morocco"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_money_in_support(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got
    assert not any(d[1] == "SUPPORT" for d in got)


def test_support_without_a_sum_stays_support(event_dyads):
    _evs, got = event_dyads("Chile voiced its support for Peru.")
    assert ("Chile", "SUPPORT", "Peru") in got
