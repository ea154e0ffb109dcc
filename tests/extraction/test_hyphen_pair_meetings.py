"""Two states or organizations joined by a hyphen before a meeting noun are its parties, as in 'the
summit between X and Y' (events._hyphen_pair, CAMEO 04 consult): 'the last EU-ASEAN summit took place
in Brussels', 'the US-China talks in Geneva'. Hand-written sentences with other actors than the annotated
sets."""

from __future__ import annotations

import pytest

CASES = [
    ("The last EU-ASEAN summit took place in Brussels in 2022.", [("European Union", "CONSULT", "ASEAN")]),
    (
        "The next UK-Italy summit is expected to be held in Italy in 2026.",
        [("United Kingdom", "CONSULT", "Italy")],
    ),
    ("The US-China talks in Geneva ended on Sunday.", [("United States", "CONSULT", "China")]),
]

NEVER = [
    # a hyphenated pair on another noun, or a place that is no actor, names no meeting's parties
    "The Kenya-Uganda border was closed on Sunday.",
    "Putin pledged free grain at the Russia-Africa summit.",
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_hyphen_pair_meetings(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


@pytest.mark.parametrize("text", NEVER, ids=[str(i) for i in range(len(NEVER))])
def test_hyphen_pair_guards(event_dyads, text):
    _, got = event_dyads(text)
    assert not [d for d in got if d[1] == "CONSULT"], got
