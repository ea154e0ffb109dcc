"""Leaders appearing side by side in person (CAMEO 040 consult, PLOVER CONSULT): 'stand alongside',
'stand beside', 'appear alongside' with a person ('Standing alongside Kenyan President William Ruto in
Nairobi, Modi said ...'), as 'speaking alongside X' already is; solidarity with a state ('Britain will
stand alongside Ukraine') is no meeting. The people stood beside meet the subject, not each other (as
after 'met A and B'). Hand-written sentences from several regions, none taken from an
evaluation article; each case gives the exact CONSULT dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Standing alongside Kenyan President William Ruto in Nairobi, Indian Prime Minister Narendra Modi "
        "said ties were strong.",
        {("Narendra Modi", "CONSULT", "William Ruto")},
        "'Standing alongside X, Y said'",
    ),
    (
        "Appearing alongside Egyptian President Abdel Fattah al-Sisi in Cairo, Jordan's King Abdullah II "
        "called for a ceasefire.",
        {("Abdullah II", "CONSULT", "Abdel Fattah al-Sisi")},
        "'Appearing alongside X, Y called for'",
    ),
    (
        '"This is a historic day," Modi told reporters, standing alongside Kenyan President William Ruto and '
        "South African President Cyril Ramaphosa.",
        {("Narendra Modi", "CONSULT", "William Ruto"), ("Narendra Modi", "CONSULT", "Cyril Ramaphosa")},
        "the people stood beside meet the subject, not each other (as after 'met A and B')",
    ),
    (
        "Britain will stand alongside Ukraine for as long as it takes.",
        set(),
        "solidarity with a state is no meeting",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_side_by_side(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
