"""Spurious events seen on unseen articles, by general cause: a condemnation aimed at the side the
condemning actor backs, and other readings that add a dyad no careful reader would code.
Hand-written sentences (none from an evaluation article) through the real pipeline; each case gives
the exact (source, category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    # a reaction to 'the attack' that sides with X in the same sentence (works with, helps, backs X)
    # does not blame X, even when X's forces struck earlier in the story
    (
        "Colombian troops raided a rebel camp on Monday. On Tuesday a car bomb hit an army base near the "
        "border, killing four soldiers. Ecuador condemned the attack and said it was working with Colombia "
        "to secure the frontier.",
        {("Ecuador", "COOPERATE", "Colombia")},
    ),
    (
        "Indian jets struck militant camps on Monday. On Tuesday a suicide bomber hit a convoy in Kashmir. "
        "Bhutan condemned the attack and pledged to cooperate with India against terrorism.",
        {("Bhutan", "COOPERATE", "India")},
    ),
    # near miss: help offered to the struck side leaves the blame on the attacker
    (
        "Israeli forces shelled positions in southern Lebanon overnight. France condemned the attack and "
        "offered assistance to Lebanon.",
        {("Israel", "ASSAULT", "Lebanon"), ("France", "ACCUSE", "Israel"), ("France", "AID", "Lebanon")},
    ),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_spurious_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
