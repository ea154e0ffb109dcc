"""A state organ the tagger named generically ('Ministry of Foreign Affairs', no state, no QID) stands
for the state that owns it by a possessive or an 'of' phrase, as it already did for a possessive
pronoun ('its Foreign Ministry'): one generic name serves the organs of several states in one article.
An armed group a state's name owns ('Yemen's Houthi rebels') stays the group. Hand-written sentences."""

from __future__ import annotations

import pytest

LEAD = (
    "Official Spokesperson for the Ministry of Foreign Affairs Carlos Vega said that the two countries "
    "would appoint ambassadors. "
)

CASES = [
    LEAD + "Chile's Ministry of Foreign Affairs welcomed the decision by Peru and Bolivia.",
    LEAD + "The Republic of Chile's Ministry of Foreign Affairs welcomed the decision by Peru and Bolivia.",
    LEAD
    + "The Ministry of Foreign Affairs of the Republic of Chile welcomed the decision by Peru and Bolivia.",
]


@pytest.mark.parametrize("text", CASES, ids=["possessive", "long-form possessive", "of-phrase"])
def test_owned_organ_is_its_state(event_dyads, text):
    _evs, got = event_dyads(text)
    assert ("Chile", "SUPPORT", "Peru") in got, got
    assert ("Ministry of Foreign Affairs", "SUPPORT", "Peru") not in got, got


def test_unowned_organ_stays(event_dyads):
    _evs, got = event_dyads(
        LEAD + "The Ministry of Foreign Affairs welcomed the decision by Peru and Bolivia."
    )
    assert not any(d[0] == "Chile" for d in got), got


def test_armed_group_is_no_organ(event_dyads):
    _evs, got = event_dyads(
        "The Houthis have attacked ships for months. "
        "Yemen's Houthi rebels attacked two Liberian-flagged tankers with drones on Monday."
    )
    assert ("Houthis", "ASSAULT", "Liberia") in got, got
    assert ("Yemen", "ASSAULT", "Liberia") not in got, got
