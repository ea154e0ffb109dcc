"""A 'he'/'she' opening the main clause continues the main-clause subject of the sentence before
(centering), not a person named as the subject of a clause that sentence reports; an object 'him' /
'her' of a verb that wants an actor as its object ('thanked her') is the person named last before it,
so the verb's event is kept. Hand-written sentences."""

from __future__ import annotations

import pytest

CASES = [
    (
        # 'He' is the reporter (Carney), not the reported clause's subject; 'her' is Sheinbaum
        'Prime Minister Mark Carney said on Monday that Sheinbaum had been "very helpful". He thanked her '
        'for "working with us."',
        ("Mark Carney", "SUPPORT", "Claudia Sheinbaum"),
    ),
    (
        "Kenyan President William Ruto met Secretary of State Marco Rubio in Nairobi, and Rubio pledged $20m "
        "in security aid. Ruto thanked him and said Kenya would send more police to Haiti.",
        ("William Ruto", "SUPPORT", "Marco Rubio"),
    ),
    (
        "Chancellor Friedrich Merz said that Macron had shown great courage. He congratulated him on his "
        "re-election.",
        ("Friedrich Merz", "SUPPORT", "Emmanuel Macron"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_pronoun_continues_main_subject(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got, got


def test_reported_subject_not_taken_for_reporter(event_dyads):
    _evs, got = event_dyads(
        'Prime Minister Mark Carney said on Monday that Sheinbaum had been "very helpful". He thanked her '
        'for "working with us."'
    )
    assert ("Claudia Sheinbaum", "SUPPORT", "Mark Carney") not in got


def test_object_pronoun_with_two_candidates_is_left(event_dyads):
    # two persons named before 'her': no guessing which one the court suspended
    _evs, got = event_dyads(
        "In June, a phone call leaked in which Prime Minister Anna Lind addressed the former leader, Olof "
        'Berg, as "uncle". The leak led the Constitutional Court to suspend her from office.'
    )
    assert not any(d[2] == "Olof Berg" for d in got)
