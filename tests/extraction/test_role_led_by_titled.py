"""An organization "led/headed/chaired by" a titled person ("the bank, headed by former Chinese
Finance Minister X", "the observation mission, led by former Slovak Foreign Minister Y"): the
person heads the organization, and the title before the name keeps its own role."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Membership of the Asian Infrastructure Investment Bank, headed by former Chinese Finance "
        "Minister Jin Liqun, was never secured.",
        {("Jin Liqun", "Asian Infrastructure Investment Bank"), ("Jin Liqun", "China")},
    ),
    (
        "The report of the ECOWAS Election Observation Mission, led by former Ghanaian Vice-President "
        "Kwesi Amissah-Arthur, criticised the count.",
        {("Kwesi Amissah-Arthur", "ECOWAS Election Observation Mission"), ("Kwesi Amissah-Arthur", "Ghana")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_led_by_titled_person(role_pairs, text, want):
    got, r = role_pairs(text)
    assert got == want


def test_a_chaired_event_gives_no_role_in_it(role_pairs):
    text = "The summit, chaired by Kenyan President William Ruto, ended on Friday."
    got, r = role_pairs(text)
    assert got == {("William Ruto", "Kenya")}
