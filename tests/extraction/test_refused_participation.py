"""Refusing to take part in, or participate in, what another side owns or hosts is a REJECT of it (CAMEO
125 reject proposal to meet, discuss or negotiate), and refusing to normalize relations with another side
is a REJECT of it (CAMEO 120) (speech_acts.json 'refused_object' 'in_phrase'). Hand-written sentences
with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    ("Venezuela will not take part in the OAS meetings.", [("Venezuela", "REJECT", "OAS")]),
    ("Venezuela will not take part in the summit hosted by Brazil.", [("Venezuela", "REJECT", "Brazil")]),
    (
        "Hungary said it would not participate in the mission led by France.",
        [("Hungary", "REJECT", "France")],
    ),
    (
        "Brazil will not normalize relations with Nicaragua, the foreign ministry said.",
        [("Brazil", "REJECT", "Nicaragua")],
    ),
]

NEVER = [
    # another verb than the phrase's, a refusal naming no owner, an asserted participation
    "Hungary said it would not take the offer lightly.",
    "Hungary said it would not participate in the talks.",
    "Venezuela will take part in the OAS meetings.",
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_refused_participation(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


@pytest.mark.parametrize("text", NEVER, ids=[str(i) for i in range(len(NEVER))])
def test_refused_participation_guards(event_dyads, text):
    _, got = event_dyads(text)
    assert not [d for d in got if d[1] == "REJECT"], got
