"""kg.quantities.v1: casualties, percentages and money with unit, measure and the approximate flag."""

from __future__ import annotations

import pytest

from kg.extract.quantities import parse_number


@pytest.mark.parametrize(
    "text,value",
    [
        ("21", 21.0),
        ("nearly 100", 100.0),
        ("$5 billion", 5e9),
        ("18%", 18.0),
        ("1,200", 1200.0),
        ("two dozen", 24.0),
    ],
)
def test_quantities_parse_number(text, value):
    assert parse_number(text) == value


def _q(nlp, text):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-03-12")
    labels = {e.key: e.label for e in r.entities}
    return [
        (labels[e.sources[0]], e.quantity.value, e.quantity.unit, e.quantity.measure, e.quantity.approximate)
        for e in r.events
        if e.extractor == "kg.quantities.v1"
    ]


def test_quantities_casualties_with_attacker(nlp):
    got = _q(nlp, "Israeli forces shelled the camp, killing 21 people and injuring nearly 100 others.")
    assert got == [("Israel", 21.0, "person", "killed", False), ("Israel", 100.0, "person", "injured", True)]


def test_quantities_percentage_share(nlp):
    got = _q(nlp, "India's share of Russia's oil exports increased from 5% to 35%.")
    assert [(g[0], g[1], g[2]) for g in got] == [("India", 5.0, "percent"), ("India", 35.0, "percent")]
    assert all(g[3].startswith("share") for g in got)


def test_quantities_money(nlp):
    got = _q(nlp, "Japan pledged $5 billion in aid to Ukraine.")
    assert got == [("Japan", 5e9, "USD", "aid", False)]


def test_quantities_number_without_actor_is_skipped(nlp):
    assert _q(nlp, "About 40 people were killed overnight.") == []
