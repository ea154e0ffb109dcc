"""Scholarships a state grants another state's students are aid to that state (CAMEO 07 provide
aid, PLOVER AID; event_lexicon nouns 'scholarship', under a light verb like 'grant')."""

from __future__ import annotations

import pytest

CASES = [
    ("Turkey announced 300 scholarships for Somali students.", ("Turkey", "AID", "Somalia")),
    ("Hungary granted 100 scholarships to Kenyan students.", ("Hungary", "AID", "Kenya")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_scholarships_for_a_states_students_are_aid(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_scholarships_for_no_state_are_no_aid(event_dyads):
    _evs, got = event_dyads("The university announced 200 scholarships for local students.")
    assert not any(d[1] == "AID" for d in got)
