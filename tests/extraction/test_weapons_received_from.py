"""Named weapons received from a state are AID from that state (CAMEO 072 provide military aid): the
receiver is the target, the 'from' phrase the source ('Georgia received drones from Turkey', 'Kenya got
helicopters from Italy'); drones launched at a state stay an attack."""

from __future__ import annotations

import pytest

CASES = [
    ("Georgia received drones from Turkey last month.", ("Turkey", "AID", "Georgia")),
    ("Kenya got helicopters from Italy.", ("Italy", "AID", "Kenya")),
    ("Morocco has obtained tanks from the United States.", ("United States", "AID", "Morocco")),
    ("Slovakia received fighter jets from Sweden.", ("Sweden", "AID", "Slovakia")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_weapons_received_from(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_drones_launched_are_no_aid(event_dyads):
    _evs, got = event_dyads("Russia launched drones at Odesa overnight.")
    assert not any(d[1] == "AID" for d in got)
