"""Sanctions named with a relative clause of imposing: the clause states the imposition itself (PLOVER
SANCTION, CAMEO 163), with its own subject as the source and its own 'on' phrase as the target, also
without 'that'/'which' ('the duties Washington slapped on Canadian lumber', 'an end to the export curbs
Tokyo imposed on X'); a noun that needs its 'on' phrase ('curbs', 'restrictions', 'duties') finds it on
the relative's verb. Sanctions whose lifting is only announced are still in force; a lifting done ends them;
a relative clause with a complement ('officials it holds responsible') is no imposition. Hand-written
sentences from several trade and diplomatic disputes through the real pipeline; each case gives the
exact (source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Seoul has pressed for an end to the export curbs Tokyo imposed on South Korean chipmakers in 2019.",
        {("Japan", "SANCTION", "South Korea")},
    ),
    (
        "Ottawa is reviewing the duties Washington slapped on Canadian lumber.",
        {("United States", "SANCTION", "Canada")},
    ),
    (
        "Moscow said it would lift the restrictions it imposed on Georgian wine in 2006.",
        {("Russia", "SANCTION", "Georgia")},
    ),
    # a lifting done: those sanctions are over
    ("Beijing lifted the tariffs it imposed on Australian barley.", set()),
    # a relative clause with a complement states no imposition
    (
        "Washington imposed visa restrictions on Thai officials it holds responsible for the deportations.",
        {("United States", "SANCTION", "Thailand")},
    ),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_imposing_relative_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
