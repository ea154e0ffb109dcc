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


def test_quantities_casualties_reported_without_attacker(nlp):
    # no causer named: the figure hangs on the actor reporting it
    got = _q(nlp, "Nigeria's army said at least 12 villagers were killed and 30 wounded in the raid.")
    assert [(g[0], g[1], g[2], g[3], g[4]) for g in got] == [
        ("Nigeria", 12.0, "person", "killed", True),
        ("Nigeria", 30.0, "person", "injured", False),
    ]


def test_quantities_counts_of_weapons_and_troops(nlp):
    got = _q(
        nlp, "Azerbaijan fired around 40 artillery shells and deployed some 2,000 troops near the border."
    )
    assert [(g[0], g[1], g[2]) for g in got] == [
        ("Azerbaijan", 40.0, "shell"),
        ("Azerbaijan", 2000.0, "person"),
    ]
    assert got[0][3] == "fire" and got[0][4] is True


def test_quantities_partitive_and_vague_counts(nlp):
    got = _q(nlp, "Ukraine said its air defences shot down 41 of the 55 drones Russia launched overnight.")
    assert (41.0, "drone") in [(g[1], g[2]) for g in got]
    got = _q(nlp, "The bombardment by Sudan's army killed dozens of civilians in Nyala.")
    assert [(g[1], g[2], g[3], g[4]) for g in got] == [(24.0, "person", "killed", True)]


def test_quantities_reference_is_not_a_measurement(nlp):
    # 'the two men' refers back to people already named; nothing is being counted
    assert _q(nlp, "Ramaphosa met Tinubu in Abuja, and the two men agreed to expand trade.") == []


def test_quantities_money_currencies_and_scales(nlp):
    got = _q(nlp, "Canada announced C$2.5 billion in military aid for Ukraine.")
    assert [(g[0], g[1], g[2], g[3]) for g in got] == [("Canada", 2.5e9, "CAD", "aid")]
    got = _q(nlp, "The World Bank approved a $300m grant for Lebanon.")
    assert [(g[1], g[2], g[3]) for g in got] == [(3e8, "USD", "grant")]
    got = _q(nlp, "Norway pledged 1.2 billion euros to rebuild Gaza's hospitals.")
    assert [(g[0], g[1], g[2]) for g in got] == [("Norway", 1.2e9, "EUR")]


def test_quantities_percent_of_a_noun(nlp):
    got = _q(
        nlp, "Washington imposed 34% tariffs on Vietnam, and Hanoi raised its duty on American pork to 15%."
    )
    assert [(g[1], g[3]) for g in got] == [(34.0, "tariffs"), (15.0, "duty")]
    got = _q(nlp, "Germany will spend 3% of GDP on defence.")
    assert [(g[0], g[1], g[3]) for g in got] == [("Germany", 3.0, "share of gdp")]
