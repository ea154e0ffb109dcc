"""Helping one's foreign counterparts is working with them (PLOVER COOPERATE, CAMEO 06), not aid given
(CAMEO 07): 'Finnish police are assisting their Swedish colleagues', 'Kenyan prosecutors assisted
their Tanzanian counterparts' (event_lexicon 'assist#peer', 'help#peer'); assisting a state or its
forces stays AID. Hand-written sentences from several regions, none taken from an evaluation article;
each case gives the exact COOPERATE and AID dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Finnish police are assisting their Swedish colleagues.",
        {("Finland", "COOPERATE", "Sweden")},
        "police assisting foreign colleagues",
    ),
    (
        "Kenyan prosecutors assisted their Tanzanian counterparts in the case.",
        {("Kenya", "COOPERATE", "Tanzania")},
        "prosecutors assisting foreign counterparts",
    ),
    (
        "Rwandan troops assisted the Mozambican army.",
        {("Rwanda", "AID", "Mozambique")},
        "assisting another state's army stays aid",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_peer_assistance(event_dyads, want_dyads, text, expected, why):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] in ("COOPERATE", "AID")} == want_dyads(expected), why
