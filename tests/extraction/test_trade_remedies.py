"""Trade-remedy measures (WTO anti-dumping, anti-subsidy, countervailing) on a state's goods are
import duties (CAMEO 163 SANCTION, event_lexicon 'measure'); the goods' state, named by a demonym or
by a participle of origin, is the target, a customs union ('imported from the EU') as well."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Canberra announced provisional anti-dumping measures on cheese imported from the EU.",
        ("Australia", "SANCTION", "European Union"),
    ),
    ("India imposed countervailing measures on Vietnamese steel.", ("India", "SANCTION", "Vietnam")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_trade_remedy_measures(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_other_measures_stay_unasserted(event_dyads):
    _evs, got = event_dyads("India announced safety measures on Vietnamese steel.")
    assert not any(d[1] == "SANCTION" for d in got)
