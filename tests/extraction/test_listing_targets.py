"""Listings in our own sentences (a probe battery of export-control news): placing a state's firms on an
entity, sanctions or export control list is a sanction on that state (CAMEO 163; event_lexicon
'place on#list', 'add to#list'), whatever noun names the firms ('drone makers', 'refiners'): the state
of a demonym or possessor in the object is the target."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Beijing placed two US drone makers on its unreliable entity list.",
        ("China", "SANCTION", "United States"),
    ),
    (
        "Tokyo added five Russian companies to its export control list.",
        ("Japan", "SANCTION", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_listing_targets(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_placing_on_other_things_is_no_sanction(event_dyads):
    _evs, got = event_dyads("Beijing placed two US drone makers on the agenda.")
    assert not any(d[1] == "SANCTION" for d in got)
