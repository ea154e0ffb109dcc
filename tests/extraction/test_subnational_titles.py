"""A province, state or city before a subnational title that the model tags as a person, alone
("Saskatchewan" of "Saskatchewan Premier Scott Moe") or run into the holder's name ("Chihuahua
Governor Maru Campos" as one person): the place is a place and the name after the title holds the
office there."""

from __future__ import annotations

import pytest

CASES = [
    ("Saskatchewan Premier Scott Moe urged Ottawa to drop the EV tariffs.", {("Scott Moe", "Saskatchewan")}),
    ("Chihuahua Governor Maru Campos opposed the water transfers.", {("Maru Campos", "Chihuahua")}),
    # negative: a national premier keeps the state
    ("Chinese Premier Li Qiang met Mark Carney in Beijing.", {("Li Qiang", "China")}),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_subnational_title_after_a_place(role_pairs, text, want):
    got, r = role_pairs(text)
    assert want <= got
    assert not any(e.type == "Person" and e.label in ("Saskatchewan", "Chihuahua") for e in r.entities)
