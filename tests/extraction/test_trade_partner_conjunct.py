"""A stopped trade's partner in our own sentences: the 'to' phrase of 'banned exports of uranium and
potash to X', which the parser hangs on the goods' last conjunct (read as a conjunct of 'exports'),
names the state the trade went to (discourse._activity_partners; CAMEO 163)."""

from __future__ import annotations


def test_partner_on_last_goods_conjunct(event_dyads):
    _evs, got = event_dyads("Ottawa banned exports of uranium and potash to the United States.")
    assert ("Canada", "SANCTION", "United States") in got
