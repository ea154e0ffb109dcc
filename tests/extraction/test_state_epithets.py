"""The designations official sources use for a state they do not recognise by name ("the Zionist
regime", "the Zionist entity", "the Zionist enemy" in Iranian, Hezbollah, Houthi and Hamas statements
that wire copy quotes) are government metonyms of that state (gazetteer metonyms, like "the
Kremlin"). Hand-written sentences in the style of several outlets."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The Houthis said they had attacked the Zionist entity with ballistic missiles and drones.",
        ("Houthis", "ASSAULT", "Israel"),
    ),
    (
        "Hezbollah accused the Zionist enemy of violating the ceasefire in southern Lebanon.",
        ("Hezbollah", "ACCUSE", "Israel"),
    ),
    (
        "Iran's foreign ministry condemned the Zionist regime for the strike on its consulate in Damascus.",
        ("Iran", "ACCUSE", "Israel"),
    ),
    (
        "Hamas accused the Zionist occupation of blocking aid convoys at the Rafah crossing.",
        ("Hamas", "ACCUSE", "Israel"),
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[1][0] + "-" + c[1][1] for c in CASES])
def test_epithet_is_the_state(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got
