"""A voiced statement that another side's act has no justification or basis is ACCUSE (CAMEO 111
criticize or denounce), like calling it 'unjustified' (speech_acts.json 'denied_ground'). Hand-written
sentences with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Peru's foreign ministry said the expulsion of its diplomats by Ecuador had no legal basis.",
        [("Peru", "ACCUSE", "Ecuador")],
    ),
    (
        "Ecuador expelled three Peruvian diplomats on Friday. Lima said the decision had no basis in "
        "international law.",
        [("Peru", "ACCUSE", "Ecuador")],
    ),
    (
        'Ghana\'s foreign minister said the sanctions imposed by Nigeria "have no justification".',
        [("Ghana", "ACCUSE", "Nigeria")],
    ),
    (
        "Ghana's president said Togo's referendum lacked legitimacy.",
        [("Ghana", "ACCUSE", "Togo")],
    ),
]

NEVER = [
    # a denied denial and a writer's judgement are no accusation
    "Ecuador expelled three Peruvian diplomats on Friday. Lima said the decision did not lack a legal basis.",
    "There was no justification for the optimism about the talks between Peru and Ecuador.",
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_denied_ground(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


@pytest.mark.parametrize("text", NEVER, ids=[str(i) for i in range(len(NEVER))])
def test_denied_ground_guards(event_dyads, text):
    _, got = event_dyads(text)
    assert not [d for d in got if d[1] == "ACCUSE"], got
