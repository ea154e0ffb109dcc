"""A refusal to recognise a government or state named by its demonym ('refused to
recognise the Cypriot government'): that state is the target of the REJECT, as
the possessor is in 'refuses to recognise Kosovo's independence'."""

from __future__ import annotations

import pytest

CASES = [
    ("Turkey refused to recognize the Cypriot government.", ("Turkey", "REJECT", "Cyprus")),
    ("Russia refused to recognise the Ukrainian government.", ("Russia", "REJECT", "Ukraine")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_refused_recognition(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_non_state_demonym_is_no_target(event_dyads):
    _evs, got = event_dyads("Ankara refused to recognise the Kurdish administration.")
    assert not any(d[1] == "REJECT" for d in got)
