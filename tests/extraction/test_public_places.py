"""A span the model tags as a person whose last word names a public place ('Tahrir Square', 'Merdeka
Square', 'Chinggis Square'; entity_fixes site_words) is a place, never an actor: 'the two leaders'
greeted there are the two people of the visit, not the square. Hand-written sentences from several
regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Guards in white uniforms lined Tahrir Square as President Abdel Fattah al-Sisi greeted his Turkish "
        "counterpart, before the two leaders held talks.",
        "Tahrir Square",
    ),
    (
        "Drummers lined Merdeka Square as President Prabowo Subianto greeted his Malaysian counterpart, "
        "before the two leaders held talks at the palace.",
        "Merdeka Square",
    ),
    (
        "Honour guards lined Chinggis Square as President Khurelsukh greeted his Japanese counterpart, "
        "before the two leaders held talks.",
        "Chinggis Square",
    ),
]


@pytest.mark.parametrize("text,place", CASES, ids=[str(i) for i in range(len(CASES))])
def test_public_place_is_no_actor(event_dyads, text, place):
    _, got = event_dyads(text)
    assert not any(place in (s, o) for s, _, o in got), got
