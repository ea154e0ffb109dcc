"""An event noun modified by 'mutual', 'reciprocal' or 'tit-for-tat' with two subjects and no other target
is each side's act against the other, as 'each other' is: 'Moscow and Washington announced reciprocal
expulsions of diplomats' (PLOVER SANCTION both ways, CAMEO 166), also when the pair is a group phrase
('the two countries carried out a mutual expulsion'); a named third target stays the target. Hand-written sentences through the real pipeline; each case gives the exact (source, category,
target) set."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Moscow and Washington announced reciprocal expulsions of diplomats.",
        {("Russia", "SANCTION", "United States"), ("United States", "SANCTION", "Russia")},
    ),
    (
        "Lithuania and Belarus carried out a tit-for-tat expulsion of diplomats in 2021.",
        {("Lithuania", "SANCTION", "Belarus"), ("Belarus", "SANCTION", "Lithuania")},
    ),
    # a named third target: both subjects act on it, not on each other
    (
        "France and Germany imposed reciprocal sanctions on Russia.",
        {("France", "SANCTION", "Russia"), ("Germany", "SANCTION", "Russia")},
    ),
    ("A mutual expulsion of diplomats followed.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_mutual_act_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
