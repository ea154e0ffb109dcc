"""Responses to a hostile act in our own sentences (a probe battery of tariff news): a vow to retaliate
with no object ('vowed to retaliate', 'said it would retaliate') threatens the actor of the latest
hostile act against the one vowing (cues.json response_words 'retaliate', as 'would respond'); an act
told as the means of a past response ('responded by restricting exports') answers that act
(discourse.retaliation_targets)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Kenya imposed tariffs on Ugandan sugar on Monday. Uganda vowed to retaliate.",
        ("Uganda", "THREATEN", "Kenya"),
    ),
    (
        "Australia imposed duties on Indonesian paper. Indonesia responded by restricting exports of nickel.",
        ("Indonesia", "SANCTION", "Australia"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_response_targets(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_refused_retaliation_is_no_threat(event_dyads):
    _evs, got = event_dyads(
        "Kenya imposed tariffs on Ugandan sugar on Monday. Uganda said it would not retaliate."
    )
    assert not any(d[0] == "Uganda" and d[1] in ("THREATEN", "SANCTION") for d in got)


def test_response_still_to_come_is_no_measure(event_dyads):
    """'said it would respond by restricting exports': a threat (on 'respond'), not the measure."""
    _evs, got = event_dyads(
        "Australia imposed duties on Indonesian paper. Indonesia said it would respond by restricting exports."
    )
    assert ("Indonesia", "SANCTION", "Australia") not in got
