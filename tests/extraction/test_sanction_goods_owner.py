"""A sanction's target phrase the parser hangs on the light verb (after an 'of <rate>' phrase on
the sanction noun) names the state that owns the goods by a possessive, as on the noun itself
('tariffs on Canada's canola'; CAMEO 163 impose embargo, boycott or sanctions)."""

from __future__ import annotations


def test_owner_of_goods_on_the_verb_is_the_target(event_dyads):
    _evs, got = event_dyads("Washington slapped tariffs of up to 50% on India's shrimp.")
    assert ("United States", "SANCTION", "India") in got


def test_own_goods_give_no_target(event_dyads):
    _evs, got = event_dyads("Japan imposed tariffs of 10% on its own rice imports.")
    assert not any(d[1] == "SANCTION" for d in got)
