"""'return' of captives or of territory to another state (CAMEO 084 return, release; PLOVER RETREAT
'return', as 'hand back'): the 'to' object is the target ('returned four villages to Azerbaijan',
'returned 50 prisoners of war to Ukraine'); a person or delegation returning home is no event."""

from __future__ import annotations

import pytest

CASES = [
    ("Armenia returned four villages to Azerbaijan.", ("Armenia", "RETREAT", "Azerbaijan")),
    ("China returned control of the port to Sri Lanka.", ("China", "RETREAT", "Sri Lanka")),
    ("Russia returned 50 prisoners of war to Ukraine.", ("Russia", "RETREAT", "Ukraine")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_returned_to(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_returning_home_is_no_event(event_dyads):
    _evs, got = event_dyads("The delegation returned to Beijing after talks with Indian officials.")
    assert not any(d[1] == "RETREAT" for d in got)
