"""Closing a land border and refusing entry: the act reduces relations with the neighbour (PLOVER SANCTION
'discontinue', CAMEO 16) and restricts the movement of its people and goods (PLOVER COERCE 'restrict',
'impose restrictions on political freedoms or movement', CAMEO 17), so it is coded under both
(event_lexicon 'co_code'); an airspace or embassy closure stays SANCTION only, a conditional or refused
closure stays a threat or nothing. The neighbour is the border's other side, also when it is named only on
the border noun the closed crossing lies on ('the checkpoint on the Uzbek border', 'the crossing point on
its border with X'). A measure with the date it takes effect is the measure, also when the parser hangs the
date inside the object phrase; a headline 'X to shut Y' is the writer's news of a measure. Hand-written
sentences from several regions through the real pipeline; each case gives the exact (source, category,
target) set."""

from __future__ import annotations

import pytest

CASES = [
    # land border closures: both codes
    (
        "Uzbekistan sealed its border with Tajikistan after the clashes.",
        {("Uzbekistan", "SANCTION", "Tajikistan"), ("Uzbekistan", "COERCE", "Tajikistan")},
    ),
    (
        "Venezuela shut the crossings along its border with Colombia on Saturday.",
        {("Venezuela", "SANCTION", "Colombia"), ("Venezuela", "COERCE", "Colombia")},
    ),
    (
        "Kyrgyzstan closed the Dostuk checkpoint on the Uzbek border.",
        {("Kyrgyzstan", "SANCTION", "Uzbekistan"), ("Kyrgyzstan", "COERCE", "Uzbekistan")},
    ),
    (
        "Ghana will close the last open crossing point on its 640-km (400-mile) border with Togo from "
        "Monday, the interior ministry said.",
        {("Ghana", "SANCTION", "Togo"), ("Ghana", "COERCE", "Togo")},
    ),
    (
        "Hungary to seal last open crossing on Serbian border",
        {("Hungary", "SANCTION", "Serbia"), ("Hungary", "COERCE", "Serbia")},
    ),
    # entry refused to another state's people
    (
        "Lithuanian border guards refused entry to dozens of Belarusian truck drivers.",
        {("Lithuania", "SANCTION", "Belarus"), ("Lithuania", "COERCE", "Belarus")},
    ),
    # airspace: SANCTION only; a conditional or negated closure is no act
    ("Niger closed its airspace to French aircraft.", {("Niger", "SANCTION", "France")}),
    (
        "Armenia said it would close its border with Azerbaijan if the shelling continued.",
        {("Armenia", "THREATEN", "Azerbaijan")},
    ),
    ("Georgia did not close its border with Russia.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_movement_restriction_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
