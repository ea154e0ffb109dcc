"""A relative clause without 'that'/'which' whose object is the noun it describes, when that noun is the
predicate of a copula ('Warsaw was the first foreign capital Zelensky visited', 'Serbia was the first
country Xi visited on his European tour', 'Iran is the country Washington blames for the attacks'): the
copula's subject is the object (events._verb_event_with on _gapped_object). Hand-written sentences from
several regions, none taken from an evaluation article; each case gives the exact dyads of the listed
types."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Warsaw was the first foreign capital Zelensky visited after taking office.",
        {("Poland", "CONSULT", "Volodymyr Zelensky")},
        "the capital visited is the copula's subject",
    ),
    (
        "Serbia was the first country Chinese President Xi Jinping visited on his European tour.",
        {("Serbia", "CONSULT", "Xi Jinping")},
        "the country visited is the copula's subject",
    ),
    (
        "Iran is the country Washington blames for the attacks.",
        {("United States", "ACCUSE", "Iran")},
        "the country blamed is the copula's subject",
    ),
    (
        "Canada was the only ally Trump did not visit.",
        set(),
        "a negated visit",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_gapped_destinations(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] in ("CONSULT", "ACCUSE")}
    assert got == want_dyads(expected), why
