"""An attack noun on a site in a known town targets the town's state ('Israel's strikes on a school in
Beirut': Lebanon), as 'strikes on targets in Lebanon' names the state itself; a site in a sea or other
place names no state."""

from __future__ import annotations

import pytest

CASES = [
    ("Azerbaijan's strikes on a school in Yerevan killed ten.", ("Azerbaijan", "ASSAULT", "Armenia")),
    ("Israel's attack on a hospital in Beirut killed five people.", ("Israel", "ASSAULT", "Lebanon")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_attack_on_site_in_town(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_site_in_a_sea_names_no_state(event_dyads):
    _evs, got = event_dyads("Houthi attacks on ships in the Red Sea continued.")
    assert not any(d[1] == "ASSAULT" for d in got)


def test_site_phrase_hung_on_the_judging_verb(event_dyads):
    # the parser hangs 'on a school in Beirut' on 'denounced', not on the attack noun
    _evs, got = event_dyads("France denounced the strike by Israel on a school in Beirut.")
    assert ("Israel", "ASSAULT", "Lebanon") in got
