"""Roles held in a unit of a larger organization, offices given by an appointing leader, and a
body named only by "its" after the title.

- "director of the Asia Program at the Center for X", "head of the Bratislava office of Y": the
  employer is the larger organization (``unit_name_heads`` in titles.json), never the unit or the
  office's city;
- "President X named Y as prime minister": Y holds the office in X's state, and X does not;
- "Y, the head of its negotiating team": the body "its" stands for.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        '"Sanctions will bite," said Richard Fontaine, director of the Asia Program at the Center for a '
        "New American Security.",
        {("Richard Fontaine", "Center for a New American Security")},
    ),
    (
        '"The vote is symbolic," said Jana Kobzova, head of the Bratislava office of the European Council '
        "on Foreign Relations.",
        {("Jana Kobzova", "European Council on Foreign Relations")},
    ),
    (
        '"Trade will suffer," said Pedro Gomez, a lecturer at the School of International Studies at '
        "the National Autonomous University of Mexico.",
        {("Pedro Gomez", "National Autonomous University of Mexico")},
    ),
    (
        '"The vote is symbolic," said Jane Doe, a Russia specialist at the Royal United Services Institute '
        "in London.",
        {("Jane Doe", "Royal United Services Institute")},
    ),
    (
        "Peruvian President Dina Boluarte named Gustavo Adrianzen as prime minister on Wednesday.",
        {("Dina Boluarte", "Peru"), ("Gustavo Adrianzen", "Peru")},
    ),
    (
        "Protests spread across Peru. President Dina Boluarte dismissed her cabinet and named General "
        "Carlos Ruiz as prime minister, but the protests continued.",
        {("Dina Boluarte", "Peru"), ("Carlos Ruiz", "Peru")},
    ),
    (
        "Hamas said the talks had stalled. Khalil al-Hayya, the head of its negotiating team, flew to "
        "Cairo on Monday.",
        {("Khalil al-Hayya", "Hamas")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_role_targets(role_pairs, text, want):
    got, r = role_pairs(text)
    assert got == want


def test_a_unit_named_alone_keeps_its_own_name(role_pairs):
    text = '"We are watching closely," said Emma Ashford, a senior fellow at the Stimson Center.'
    got, r = role_pairs(text)
    assert got == {("Emma Ashford", "Stimson Center")}
