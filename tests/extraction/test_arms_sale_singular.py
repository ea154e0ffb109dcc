"""A single arms sale approved to a state is AID (CAMEO 072 provide military aid), like arms sales:
'approved a $300 million arms sale to Bahrain', 'announced a weapons sale to Finland'; a sale of other
goods stays no event."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The State Department approved a $300 million arms sale to Bahrain.",
        ("State Department", "AID", "Bahrain"),
    ),
    ("France announced a weapons sale to Greece last week.", ("France", "AID", "Greece")),
    ("Washington approved arms sales to Morocco.", ("United States", "AID", "Morocco")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_arms_sale_to(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_other_sale_is_no_aid(event_dyads):
    _evs, got = event_dyads("Norway approved a fish sale to Vietnam.")
    assert not any(d[1] == "AID" for d in got)
