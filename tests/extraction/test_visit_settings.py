"""A visit named as the setting of an agreement (PLOVER CONSULT 'visit', CAMEO 042): 'X agreed to buy
tanks during a visit to Warsaw by Y' states the visit itself, with its own visitor ('by' phrase) and
host (the place visited), beside what was agreed; the visit is not folded into the agreed act
(events._setting_visit). Hand-written sentences from several regions, none taken from an evaluation
article; each case gives the exact CONSULT dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Poland agreed to buy South Korean tanks during a visit to Warsaw by South Korean President "
        "Yoon Suk Yeol.",
        {("Poland", "CONSULT", "Yoon Suk Yeol")},
        "a visit by a named visitor while the host agreed to buy",
    ),
    (
        "Egypt agreed to expand gas exports during a visit to Cairo by Greek Prime Minister Kyriakos "
        "Mitsotakis.",
        {("Egypt", "CONSULT", "Kyriakos Mitsotakis")},
        "a visit by a named visitor while the host agreed to expand exports",
    ),
    (
        "Japan agreed to supply patrol boats during a trip to Manila by Prime Minister Fumio Kishida.",
        {("Fumio Kishida", "CONSULT", "Philippines")},
        "'during a trip to Manila by X'",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_visit_settings(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
