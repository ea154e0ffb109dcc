"""Events one clause shares with another: a verb phrase coordinated with a reported clause that
continues the report (its subject is the reporter's), and a clause that echoes another's event
('..., as did Y', 'so did Y', 'Y followed suit'). Hand-written sentences (none from an evaluation
article) through the real pipeline; each case gives the exact (source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    # a simple past after a reported clause in the present, with a modal or in the progressive
    # continues the report: the reporter acts, not the reported clause's subject
    (
        "Hungarian Prime Minister Viktor Orban repeated that Ukraine is a corrupt state and accused Brussels "
        "of wasting European money.",
        {("Viktor Orban", "ACCUSE", "European Union")},
    ),
    (
        "The Ghanaian president said Togo is facing a serious crisis and urged Burkina Faso to reopen the border.",
        {("Ghana", "REQUEST", "Burkina Faso")},
    ),
    (
        "The Austrian chancellor said Slovenia would hold new elections soon and criticised Croatia for "
        "closing the crossing.",
        {("Austria", "ACCUSE", "Croatia")},
    ),
    # near misses: a reported clause in the simple past or past perfect keeps its conjunct
    (
        "Officials said that Russia had massed troops and threatened Ukraine.",
        {("Russia", "THREATEN", "Ukraine")},
    ),
    # an echo clause repeats the echoed clause's event with its own subject: '..., as did Y',
    # 'and so did Y', 'Y followed suit', 'Y did the same'
    (
        "Peru welcomed the peace accord between Armenia and Azerbaijan, as did the EU's foreign policy chief "
        "Kaja Kallas.",
        {
            ("Armenia", "AGREE", "Azerbaijan"),
            ("Peru", "SUPPORT", "Armenia"),
            ("Peru", "SUPPORT", "Azerbaijan"),
            ("Kaja Kallas", "SUPPORT", "Armenia"),
            ("Kaja Kallas", "SUPPORT", "Azerbaijan"),
        },
    ),
    (
        "Norway condemned the Russian strike on Kharkiv, and so did Finland.",
        {("Norway", "ACCUSE", "Russia"), ("Finland", "ACCUSE", "Russia"), ("Russia", "ASSAULT", "Ukraine")},
    ),
    (
        "Portugal imposed sanctions on Iran last month. Greece followed suit on Tuesday.",
        {("Portugal", "SANCTION", "Iran"), ("Greece", "SANCTION", "Iran")},
    ),
    (
        "Sweden denounced Belarus over the detentions. Denmark did the same a day later.",
        {("Sweden", "ACCUSE", "Belarus"), ("Denmark", "ACCUSE", "Belarus")},
    ),
    # near misses: no echo under negation or a governing verb, and no echo of the event a reaction names
    (
        "Norway expelled two Russian diplomats, but Finland did not do the same.",
        {("Norway", "SANCTION", "Russia")},
    ),
    (
        "Norway expelled two Russian diplomats and urged Finland to do the same.",
        {("Norway", "SANCTION", "Russia"), ("Norway", "REQUEST", "Finland")},
    ),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_shared_event_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
