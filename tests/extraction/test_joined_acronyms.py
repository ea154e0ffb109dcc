"""An abbreviation of capitals joined by a hyphen or slash, defined in parentheses after an
organization's name ('the Sudan People's Liberation Movement-in-Opposition (SPLM-IO)'), stands for that
organization wherever it is used alone, also with a possessive ('the SPLM-IO's forces') -- AP/Reuters
style for armed movements and their factions. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Fighting flared near Kidal, where the Coordination of Movements of Azawad-Permanent Strategic "
        "Framework (CMA-CSP) holds several towns. Mali's army accused the CMA-CSP of attacking a convoy.",
        [("Mali", "ACCUSE", "Coordination of Movements of Azawad-Permanent Strategic Framework")],
    ),
    (
        # a piece that is itself a known name ('FARC') is part of the defined abbreviation
        "Colombia's government suspended talks with the Revolutionary Armed Forces of Colombia-Central "
        "General Staff (FARC-EMC) on Monday. Ecuador later urged the FARC-EMC's leaders to return to talks.",
        [("Ecuador", "REQUEST", "Revolutionary Armed Forces of Colombia-Central General Staff")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_joined_acronyms(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
