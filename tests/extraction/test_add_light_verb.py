"""'add' lends its subject to a measure noun in its object as 'impose' does (event_lexicon
light_verbs): 'Seoul added new sanctions on X', 'added a 15 percent tariff on Y's goods'."""

from __future__ import annotations

import pytest

CASES = [
    ("Seoul added new sanctions on North Korean banks.", ("South Korea", "SANCTION", "North Korea")),
    ("Brussels added a 15 percent tariff on Turkish glass.", ("European Union", "SANCTION", "Turkey")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_added_measure_is_the_subjects(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_a_non_actor_subject_adds_no_event(event_dyads):
    _evs, got = event_dyads("The strike added pressure on the talks.")
    assert not got
