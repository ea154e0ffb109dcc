"""Acts done 'alongside' an actor of another state (PLOVER COOPERATE, CAMEO 06; 062 with forces or
military hardware): whatever the verb, the clause's subject and the actor alongside it act together
('Estonian police officers worked alongside their Latvian counterparts', 'Dutch jets shooting down
drones alongside Polish F-16s', 'Egypt, which mediates alongside Qatar'). A state beside another's
units ('bought drones alongside the French jets': in addition to) and a negated act are no joint act
(events._side_by_side, event_lexicon 'side_by_side'). Hand-written sentences from several regions,
none taken from an evaluation article; each case gives the exact COOPERATE dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Estonian police officers worked alongside their Latvian counterparts during the summit.",
        {("Estonia", "COOPERATE", "Latvia")},
        "police working alongside foreign counterparts",
    ),
    (
        "Qatar, which mediates alongside Egypt, condemned the raid.",
        {("Qatar", "COOPERATE", "Egypt")},
        "a state mediating alongside another",
    ),
    (
        "Norwegian jets intercepted two Russian bombers over the Barents Sea alongside Danish fighters.",
        {("Norway", "COOPERATE", "Denmark")},
        "aircraft of two states intercepting side by side (the phrase after the object)",
    ),
    (
        "Morocco has bought Israeli drones alongside the American jets.",
        {("Morocco", "COOPERATE", "Israel")},
        "'alongside' as 'in addition to' the object: only the purchase from the seller",
    ),
    (
        "Kenyan police did not work alongside Haitian officers.",
        set(),
        "a negated joint act",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_side_by_side_acts(event_dyads, want_dyads, text, expected, why):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "COOPERATE"} == want_dyads(expected), why
