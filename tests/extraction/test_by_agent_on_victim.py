"""The agent of a hostile event noun in a 'by' phrase the parser hangs on the victim of its 'of' phrase
('the arrest of a Russian spy by Poland', 'the detention of a Dutch sailor by Venezuela'): the 'by'
phrase is the source, the victim the target."""

from __future__ import annotations

import pytest

CASES = [
    ("The arrest of a Russian spy by Poland angered Moscow.", ("Poland", "COERCE", "Russia")),
    (
        "Denmark condemned the detention of a Dutch sailor by Venezuela.",
        ("Venezuela", "COERCE", "Netherlands"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_by_agent_on_victim(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got
