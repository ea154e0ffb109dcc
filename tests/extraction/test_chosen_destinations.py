"""The place or host chosen for a visit or trip is visited (CAMEO 042 make a visit, PLOVER CONSULT
'visit'; event_lexicon 'choose#visit', 'pick#visit', 'select#visit' with a purpose phrase 'for his first
state visit', 'for her first foreign trip'); a state chosen for anything else is no visit. Hand-written
sentences from several regions, none taken from an evaluation article; each case gives the exact CONSULT
dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Donald Trump picked Saudi Arabia for his first foreign trip.",
        {("Donald Trump", "CONSULT", "Saudi Arabia")},
        "'picked X for his first foreign trip'",
    ),
    (
        "The new Japanese prime minister chose Vietnam and Indonesia for his first overseas trip.",
        {("Japan", "CONSULT", "Vietnam"), ("Japan", "CONSULT", "Indonesia")},
        "two destinations chosen",
    ),
    (
        "FIFA chose Qatar for the World Cup.",
        set(),
        "a state chosen as a venue is no visit",
    ),
    (
        "Kenya chose China for a railway contract.",
        set(),
        "a state chosen as a contractor is no visit",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_chosen_destinations(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
