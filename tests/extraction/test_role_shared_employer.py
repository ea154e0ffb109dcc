"""Author lines of think-tank commentary: coordinated copulas share the employer the last clause
names, and a research chair or programme is a unit of it.

- "A is a fellow and B is a senior associate with the Y Program at Z": both work at Z;
- "A is a senior fellow with the Y Program and B is a fellow with the W Chair at Z": both at Z,
  not at the programme or the chair (``unit_name_heads`` in titles.json);
- "senior associate", "research associate", "associate fellow" are titles of such bodies.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Hannah Weiss is a fellow and Omar Castillo is a senior associate with the Energy Security "
        "Program at the Atlantic Council in Washington.",
        {("Hannah Weiss", "Atlantic Council"), ("Omar Castillo", "Atlantic Council")},
    ),
    (
        "Hannah Weiss is a senior fellow with the Africa Program and Omar Castillo is a fellow with "
        "the Korea Chair at the Brookings Institution in Washington.",
        {("Hannah Weiss", "Brookings Institution"), ("Omar Castillo", "Brookings Institution")},
    ),
    (
        "Omar Castillo is a fellow with the Korea Chair at the Brookings Institution.",
        {("Omar Castillo", "Brookings Institution")},
    ),
    (
        '"The tariffs will hurt," said Ines Moreau, a research associate at the Egmont Institute.',
        {("Ines Moreau", "Egmont Institute")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_shared_employer(role_pairs, text, want):
    got, r = role_pairs(text)
    assert got == want


def test_separate_employers_stay_separate(role_pairs):
    text = (
        "Hannah Weiss is a senior fellow at the Brookings Institution and Omar Castillo is a fellow "
        "at the Atlantic Council."
    )
    got, r = role_pairs(text)
    assert got == {("Hannah Weiss", "Brookings Institution"), ("Omar Castillo", "Atlantic Council")}
