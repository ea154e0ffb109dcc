"""Judging an act judges its author, also when the author is the agent of the act noun's participle
("denounced the drills staged by A and B", "condemned the arms sales approved by X", "rejected the plan
put forward by Y"), as when the author is its possessor ("X's drills") or in a 'by' phrase on the noun.
Hand-written sentences (none from an evaluation article) through the real pipeline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The Iranian Foreign Ministry strongly denounced the naval exercises staged by the United States and Bahrain.",
        "ACCUSE",
        {("Iran", "ACCUSE", "United States"), ("Iran", "ACCUSE", "Bahrain")},
    ),
    (
        "Beijing condemned the arms package approved by the United States for Taiwan.",
        "ACCUSE",
        {("China", "ACCUSE", "United States")},
    ),
    (
        "Venezuela rejected the proposal put forward by Guyana at the meeting in Kingstown.",
        "REJECT",
        {("Venezuela", "REJECT", "Guyana")},
    ),
    (
        "Egypt welcomed the ceasefire plan drafted by Qatar and Turkey.",
        "SUPPORT",
        {("Egypt", "SUPPORT", "Qatar"), ("Egypt", "SUPPORT", "Turkey")},
    ),
    # near miss: the victim of the judged act is not its author
    (
        "Russia condemned the sanctions imposed on Belarus by the European Union.",
        "ACCUSE",
        {("Russia", "ACCUSE", "European Union")},
    ),
]


@pytest.mark.parametrize("text,typ,want", CASES, ids=[c[0][:48] for c in CASES])
def test_judged_act_agent(event_dyads, want_dyads, text, typ, want):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == typ} == want_dyads(want)
