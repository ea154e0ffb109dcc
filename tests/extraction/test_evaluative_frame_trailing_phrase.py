"""An evaluative 'call X <judgement>' keeps its reading when a phrase follows the complement: 'in a
statement', 'on Sunday' after 'called the seizure "illegal"' is no particle of another verb ('called
in', 'called on'); a quoted judgement the parser hangs on the noun after it is still the complement."""

from __future__ import annotations

import pytest

CASES = [
    (
        'Venezuela seized a Guyanese tanker off the coast on Sunday. Brazil called the seizure "illegal" '
        "in a statement.",
        ("Brazil", "ACCUSE", "Venezuela"),
    ),
    (
        "Eritrea expelled two Ethiopian diplomats on Monday. Kenya called the expulsion reckless on Tuesday.",
        ("Kenya", "ACCUSE", "Eritrea"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_judgement_before_a_trailing_phrase(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_called_on_is_still_an_appeal(event_dyads):
    _evs, got = event_dyads(
        "Venezuela seized a Guyanese tanker on Sunday. Brazil called on Caracas to release it."
    )
    assert ("Brazil", "ACCUSE", "Venezuela") not in got
