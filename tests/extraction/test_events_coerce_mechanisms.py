"""Coercion of people and governments (PLOVER COERCE, CAMEO 17): a coup or forced removal of a leader or
government ('toppled', 'ousted', 'overthrew', 'deposed' an actor), putting someone under arrest or house
arrest ('placed X under house arrest'), an arrest warrant issued for someone (the warrant's 'for' phrase, on
the noun or on the light verb 'issue'), and the state's prosecutors, courts and border police as its agents.
A plot ('was plotting to overthrow X') is no act: the one said to plot is accused instead. Hand-written
sentences from many conflicts through the real pipeline; each case gives the exact (source, category,
target) set."""

from __future__ import annotations

import pytest

CASES = [
    # coups and forced removals: the deposed actor is the target
    (
        "Sudan's army ousted Prime Minister Abdalla Hamdok in October 2021.",
        {("Sudan", "COERCE", "Abdalla Hamdok")},
    ),
    ("In 1979 Tanzanian troops overthrew Idi Amin.", {("Tanzania", "COERCE", "Idi Amin")}),
    ("Voters ousted the ruling party in the election.", set()),
    # put or placed under arrest
    ("Venezuelan police put the Colombian consul under arrest.", {("Venezuela", "COERCE", "Colombia")}),
    (
        "Russian authorities placed the American journalist under house arrest.",
        {("Russia", "COERCE", "United States")},
    ),
    ("Moscow placed Kyiv under pressure.", set()),
    # arrest warrants, issued by a state's court or prosecutor
    (
        "A Turkish court issued an arrest warrant for the Swedish journalist Joakim Medin.",
        {("Turkey", "COERCE", "Joakim Medin")},
    ),
    (
        "Argentina's prosecutor issued an arrest warrant on Monday for four Iranian officials.",
        {("Argentina", "COERCE", "Iran")},
    ),
    (
        "The International Criminal Court issued an arrest warrant for Vladimir Putin.",
        {("International Criminal Court", "COERCE", "Vladimir Putin")},
    ),
    ("The court issued a ruling in favour of Ukraine.", set()),
    # a plot is no act; the plotter is accused
    (
        "Caracas said Washington was plotting to overthrow President Maduro.",
        {("Venezuela", "ACCUSE", "United States")},
    ),
    (
        "Beijing accused Washington of plotting to attack Venezuela.",
        {("China", "ACCUSE", "United States")},
    ),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_coerce_mechanisms_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
