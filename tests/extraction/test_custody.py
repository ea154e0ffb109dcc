"""People in a state's custody are detained by it (PLOVER COERCE 'arrest', CAMEO 173): the keeper is the
state named on the custody noun ('in Chinese custody', 'in Iranian detention'), else the 'by' agent
('taken into custody by the Russian coast guard'), else the subject of a verb with its own object ('Russia
took the sailors into custody'); the detained are that object or the clause's subject. No keeper named,
or a negated clause, no event. Hand-written sentences from several countries through the real pipeline;
each case gives the exact (source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    ("Two Canadians remained in Chinese custody for nearly three years.", {("China", "COERCE", "Canada")}),
    ("The French teacher has been in Iranian detention since May 2022.", {("Iran", "COERCE", "France")}),
    ("The American journalist is being held in Russian custody.", {("Russia", "COERCE", "United States")}),
    (
        "The Ukrainian sailors were taken into custody by the Russian coast guard.",
        {("Russia", "COERCE", "Ukraine")},
    ),
    ("Russia took the Ukrainian sailors into custody.", {("Russia", "COERCE", "Ukraine")}),
    ("The suspect remains in custody.", set()),
    ("The two Britons were not in Iranian custody.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_custody_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
