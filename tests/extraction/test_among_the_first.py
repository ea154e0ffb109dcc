"""'X was among the first to call Y' (PLOVER CONSULT): an infinitive relative on the object of 'among'
under a copula has the copula's subject as its own (events._verb_subjects), as 'X was the first leader
to congratulate Y' does; a negated copula ('was not among the first to call') asserts no call.
Hand-written sentences, none taken from an evaluation article; each case gives the exact CONSULT dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Japanese Prime Minister Shigeru Ishiba was among the first to call Indonesian President "
        "Prabowo Subianto.",
        {("Shigeru Ishiba", "CONSULT", "Prabowo Subianto")},
        "'X was among the first to call Y'",
    ),
    (
        "German Chancellor Olaf Scholz was not among the first to call Polish Prime Minister Donald Tusk.",
        set(),
        "a negated copula",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_among_the_first(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
