"""The places table (gazetteer/places.json, GeoNames): consistent with the main gazetteer, and
used where news uses a town for its state."""

from __future__ import annotations

import pytest

from kg.gazetteer import get_gazetteer, normalize, place_state, places_table


def test_places_point_to_gazetteer_states_and_repeat_no_gazetteer_name():
    gaz = get_gazetteer()
    table = places_table()
    assert len(table) > 10_000
    assert all(gaz.by_iso3(iso3) is not None for iso3 in set(table.values()))
    clashes = [n for n in table if gaz.lookup(n) is not None or gaz.capital(n) is not None]
    assert clashes == []


@pytest.mark.parametrize(
    ("name", "state"),
    [("Kharkiv", "Ukraine"), ("Odessa", "Ukraine"), ("Khan Younis", "Palestine"), ("the Kursk region", "Russia"),
     ("Goma", "Democratic Republic of the Congo"), ("Mandalay", "Myanmar")],
)  # fmt: skip
def test_place_state(name, state):
    assert place_state(name).label == state


def test_no_place_state_for_states_regions_or_unknown_names():
    for name in ("Ukraine", "Latin America", "Nowhereville", ""):
        assert place_state(name) is None


def test_town_read_as_person_only_where_a_place_goes(nlp):
    ents = {e.text: e.label_ for e in nlp("Russian drones hit Kharkiv overnight.").ents}
    assert ents["Kharkiv"] == "GPE"
    ents = {e.text: e.label_ for e in nlp("Ivanov said the talks had failed.").ents}
    assert ents.get("Ivanov") == "PERSON"
    # a town inside a longer name stays in it
    doc = nlp("Engineers from the Polytechnic University of Milan joined the project.")
    assert "Milan" not in [e.text for e in doc.ents]
    assert normalize("Milan") in {normalize(n) for n in places_table()}


def test_not_a_town_company_feature_or_region(nlp):
    """A name the text also uses for an actor ('French nuclear group Orano'; an Italian form of Oran)
    or before a feature word ('Scarborough Shoal') gives no state; US states win over towns of the
    same name ('Florida', a town in Colombia)."""
    from kg.extract import extract_text

    r = extract_text(
        "Niger accused French nuclear group Orano of sabotage. Troops raided Orano offices in Arlit.", nlp
    )
    assert "Algeria" not in {e.label for e in r.entities}
    r = extract_text(
        "Chinese ships rammed a Philippine boat near Scarborough Shoal. Chinese vessels attacked boats "
        "around Scarborough.",
        nlp,
    )
    assert "United Kingdom" not in {e.label for e in r.entities}
    assert place_state("Florida").label == "United States"
    assert place_state("Odessa").label == "Ukraine"  # an exonym
