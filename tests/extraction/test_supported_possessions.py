"""Support voiced for something a party owns (kg.extract.discourse ``supported_owner``; cues.json
``supported_possessions``): backing a state's sovereignty, territorial integrity, right or candidacy
supports that state (CAMEO 051). Hand-written sentences from several conflicts, none taken from an
evaluation article."""

from __future__ import annotations

import pytest

CASES = [
    ("Washington stands by the territorial integrity of Ukraine.", {("United States", "SUPPORT", "Ukraine")}),
    (
        "The minister said France supports the right of Armenia to defend itself.",
        {("France", "SUPPORT", "Armenia")},
    ),
    ("Turkey backs the independence of Kosovo.", {("Turkey", "SUPPORT", "Kosovo")}),
    ("Egypt supports the unity of Sudan.", {("Egypt", "SUPPORT", "Sudan")}),
    ("Russia backed its own proposal.", set()),
    ("China supports the sovereignty of all states.", set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_supported_owner(event_dyads, want_dyads, case):
    text, expect = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "SUPPORT"} == want_dyads(expect)
