"""Reciprocal possessors and blocked goods (kg.extract.events ``_each_other``; event_lexicon
``block#trade``): 'X and Y expelled each other's diplomats' is each side's act against the other,
like 'X and Y accused each other'; 'blocked <state>'s goods/imports' is an embargo (CAMEO 163) on
the goods' state. Hand-written sentences from several regions, none taken from an evaluation
article; each case gives the exact set of SANCTION dyads, so an over-firing rule fails too.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "India and Pakistan expelled each other's diplomats last week.",
        {("India", "SANCTION", "Pakistan"), ("Pakistan", "SANCTION", "India")},
    ),
    (
        "Russia and Estonia closed each other's consulates in March.",
        {("Russia", "SANCTION", "Estonia"), ("Estonia", "SANCTION", "Russia")},
    ),
    (
        "Kenya and Uganda blocked each other's goods in 2021.",
        {("Kenya", "SANCTION", "Uganda"), ("Uganda", "SANCTION", "Kenya")},
    ),
    ("Greece blocked Turkish imports last month.", {("Greece", "SANCTION", "Turkey")}),
    ("Egypt blocked the road to the border crossing.", set()),
    ("Kenya and Uganda blocked the goods at the border.", set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_each_others_sanctions(event_dyads, want_dyads, case):
    text, expect = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "SANCTION"} == want_dyads(expect)
