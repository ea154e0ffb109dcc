"""A trip whose purpose is a multilateral meeting ('arriving in Geneva for the WHO assembly', 'flew to Rio
to attend the G20 summit') goes to the meeting, not to the state of the town hosting it (CAMEO 044 meet
at a third location vs 042 make a visit; cues.json summit_venue). A state named itself, or a trip for a
visit or for talks with a host, stays a visit to that state."""

from __future__ import annotations

import pytest

VENUE = [
    (
        "Arriving in Geneva for the WHO assembly, Health Minister Jens Spahn said Germany would raise its "
        "contribution.",
        ("Jens Spahn", "CONSULT", "Switzerland"),
    ),
    (
        "Indian Prime Minister Narendra Modi flew to Rio de Janeiro to attend the G20 summit.",
        ("Narendra Modi", "CONSULT", "Brazil"),
    ),
    (
        "Leaders of the African Union were arriving in Addis Ababa for their annual summit on Friday.",
        ("African Union", "CONSULT", "Ethiopia"),
    ),
]


@pytest.mark.parametrize(("text", "unwanted"), VENUE, ids=[c[0][:40] for c in VENUE])
def test_summit_venue_town_is_no_host(event_dyads, want_dyads, text, unwanted):
    _evs, got = event_dyads(text)
    assert not want_dyads([unwanted]) & got


HOSTS = [
    (
        "Chinese President Xi Jinping arrived in Lima for a state visit to Peru.",
        ("Xi Jinping", "CONSULT", "Peru"),
    ),
    (
        "Japanese Prime Minister Shigeru Ishiba arrived in Canberra for talks with Anthony Albanese.",
        ("Shigeru Ishiba", "CONSULT", "Australia"),
    ),
    (
        "Nepalese Prime Minister KP Sharma Oli travelled to China for the SCO summit in Tianjin.",
        ("KP Sharma Oli", "CONSULT", "China"),
    ),
    (
        "Turkish President Recep Tayyip Erdogan arrived in Budapest on Monday.",
        ("Recep Tayyip Erdogan", "CONSULT", "Hungary"),
    ),
]


@pytest.mark.parametrize(("text", "want"), HOSTS, ids=[c[0][:40] for c in HOSTS])
def test_visits_to_a_host_stay(event_dyads, want_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want_dyads([want]) <= got
