"""Establishing and breaking diplomatic relations (event_lexicon 'establish#ties', 'break#ties'): CAMEO 05
engage in diplomatic cooperation (054 grant diplomatic recognition), coded AGREE as the project gold codes
restored relations, and CAMEO 161 reduce or break diplomatic relations (SANCTION 'discontinue', as
'sever' and 'break off'). Hand-written sentences, none taken from an evaluation article; each case gives
the exact set of dyads of one type.

* relations established with a state, or between the subject's states, are an agreement;
* relations broken with a state are ties cut, also beside a purpose clause establishing others;
* a relationship with no state partner, or a break only refused, is no event.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Israel established diplomatic relations with Morocco in 2020.",
        "AGREE",
        {("Israel", "AGREE", "Morocco")},
        "relations established with a state",
    ),
    (
        "Sudan and Chad established relations in 1960.",
        "AGREE",
        {("Sudan", "AGREE", "Chad")},
        "relations established between the subject's states",
    ),
    (
        "Nicaragua broke diplomatic relations with Taiwan in 2021.",
        "SANCTION",
        {("Nicaragua", "SANCTION", "Taiwan")},
        "relations broken without 'off'",
    ),
    (
        "Nicaragua broke diplomatic relations with Taiwan in 2021 to establish ties with China.",
        "AGREE",
        {("Nicaragua", "AGREE", "China")},
        "ties established in a purpose clause",
    ),
    (
        "The company established a relationship with Kenyan farmers.",
        "AGREE",
        set(),
        "no state partner",
    ),
    (
        "Chile said it would not break relations with Peru.",
        "SANCTION",
        set(),
        "a break refused is no break",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_diplomatic_relations_verbs(event_dyads, want_dyads, case):
    text, typ, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == typ} == want_dyads(expect), note
