"""The state a sanction's goods come from or go to, named by a phrase the parser hangs on the
sanction noun or the verb right after the goods (event_lexicon 'goods_origin', CAMEO 163 impose
embargo, boycott or sanctions): 'a tariff on goods from X' targets X (the 'from' phrase is no
source there), 'an embargo on arms sales to X' and 'an export ban on Y to X' target X; a ban named
as one on trade by its modifier ('export ban', 'import ban') is a sanction whatever the goods."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The EU imposed duties of up to 35% on bicycles from Vietnam.",
        ("European Union", "SANCTION", "Vietnam"),
    ),
    ("Brazil announced a 30 percent tariff on goods from Paraguay.", ("Brazil", "SANCTION", "Paraguay")),
    ("Berlin imposed an embargo on weapons deliveries to Turkey.", ("Germany", "SANCTION", "Turkey")),
    ("Tokyo imposed an export ban on chip equipment to Russia.", ("Japan", "SANCTION", "Russia")),
    ("Malaysia lifted its export ban on chickens to Singapore.", ("Malaysia", "CONCEDE", "Singapore")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_goods_origin_or_destination_is_the_target(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_from_phrase_of_time_names_no_state(event_dyads):
    _evs, got = event_dyads("Japan imposed a tariff on steel from next month.")
    assert not any(d[1] == "SANCTION" for d in got)


def test_origin_is_no_source(event_dyads):
    _evs, got = event_dyads("Brazil announced a 30 percent tariff on goods from Paraguay.")
    assert not any(d[0] == "Paraguay" for d in got)
