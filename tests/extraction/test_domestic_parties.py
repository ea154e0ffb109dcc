"""The players in a state's politics named by an 'in' phrase ('all parties in Sudan', '"all stakeholders"
in Somalia') stand for that state, as 'the authorities in Juba' do, and a body's meeting as a clause's
subject ('An extraordinary summit of the EAC urged ...') speaks for the body (groups.json
domestic_parties)."""

from __future__ import annotations

import pytest

CASES = [
    (
        'In his speech, Mr Ruto called on "all parties" in Sudan to accept an immediate ceasefire.',
        ("William Ruto", "REQUEST", "Sudan"),
    ),
    (
        "Ethiopia urged all political actors in Sudan to respect the ceasefire.",
        ("Ethiopia", "REQUEST", "Sudan"),
    ),
    (
        "An extraordinary summit of the East African Community, chaired online by Kenyan President William "
        'Ruto, urged "all stakeholders" in Somalia to exercise restraint.',
        ("East African Community", "REQUEST", "Somalia"),
    ),
    ("The meeting of NATO foreign ministers condemned Russia.", ("NATO", "ACCUSE", "Russia")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_players_and_meetings_stand_for_their_state_or_body(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


@pytest.mark.parametrize(
    "text",
    [
        "A summit of leaders in Nairobi urged Somalia to hold elections.",
        "Kenya hosted a summit of the East African Community and urged Somalia to hold elections.",
    ],
)
def test_no_body_without_an_of_phrase_naming_it_as_subject(event_dyads, text):
    _evs, got = event_dyads(text)
    assert ("East African Community", "REQUEST", "Somalia") not in got
    assert not any(s == "Nairobi" for s, _c, _o in got)
