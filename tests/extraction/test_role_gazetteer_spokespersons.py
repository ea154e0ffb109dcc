"""A foreign ministry spokesperson or a US cabinet-level official the gazetteer knows (2021-2025,
current or former) holds the office in their own state, not in the state the context is about
(the gazetteer's people.json)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Mexico rejected the tariffs on Tuesday. Commerce Secretary Gina Raimondo said the rules were "
        "needed.",
        {("Gina Raimondo", "United States")},
    ),
    (
        "Brazil protested the decision. Foreign Ministry spokeswoman Hua Chunying said Beijing would respond.",
        {("Hua Chunying", "China")},
    ),
    (
        "Kenya hosted the talks in Nairobi. Spokesman Nasser Kanaani welcomed the outcome.",
        {("Nasser Kanaani", "Iran")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_gazetteer_official_state(role_pairs, text, want):
    got, r = role_pairs(text)
    assert got == want
