"""A formal name the NER cut inside is the whole name (entity_fixes ``name_connectors``): after a
lower-case preposition it took as the name's last word ("The Popular Resistance in" + "Sudan"), or
before the articles and prepositions of a Spanish, Portuguese or French party name that English news
prints untranslated ("Alianza" + "por Chile"). A label cut short matches no reader's name for the
actor and loses every fact of it; the country it swallowed was never a party. Hand-written sentences."""

from __future__ import annotations

import pytest

from kg.extract.entities import link_entities

NAMES = [
    (
        "The Islamic Resistance in Iraq claimed a drone attack on a base in Syria.",
        "Islamic Resistance in Iraq",
    ),
    ("The Popular Resistance in Sudan said it would fight on.", "Popular Resistance in Sudan"),
    ("Senators from Unión por la Patria demanded that the foreign minister resign.", "Unión por la Patria"),
    ("Officials of the Alianza por Chile bloc criticised Argentina.", "Alianza por Chile"),
]


@pytest.mark.parametrize("text,name", NAMES, ids=[n[1] for n in NAMES])
def test_cut_name_is_whole(nlp, text, name):
    doc = nlp(text)
    index = link_entities(doc)
    labels = [(index.entity(m.key).label, m.type) for m in index.mentions]
    assert (name, "Organization") in labels


@pytest.mark.parametrize(
    "text,label,type_",
    [
        ("President Luiz Inacio Lula da Silva met Chinese officials.", "Luiz Inacio Lula da Silva", "Person"),
        ("Protesters gathered in Santa Cruz de la Sierra on Monday.", "Santa Cruz de la Sierra", "Location"),
        (
            "The Movement for Democratic Change accused ZANU-PF of rigging the vote.",
            "ZANU-PF",
            "Organization",
        ),
    ],
)
def test_other_names_unchanged(nlp, text, label, type_):
    doc = nlp(text)
    index = link_entities(doc)
    assert (label, type_) in [(index.entity(m.key).label, m.type) for m in index.mentions]


def test_cut_name_keeps_its_facts(event_dyads, want_dyads):
    _, got = event_dyads(
        "The Popular Resistance in Sudan accused the RSF of shelling civilians in El Fasher."
    )
    assert want_dyads([("Popular Resistance in Sudan", "ACCUSE", "RSF")]) <= got
    assert not any(k[0] == "Sudan" for k in got)


PLACE_TAILS = [
    # a capital's name ending a longer place name the tagger cut at its connector
    ("Insurgents seized the port of Mocimboa da Praia in August.", "Mocimboa da Praia"),  # not Cape Verde
    ("Troops entered the town of Santa Rosa de Lima on Friday.", "Santa Rosa de Lima"),  # not Peru
]


@pytest.mark.parametrize("text,place", PLACE_TAILS, ids=[p[1] for p in PLACE_TAILS])
def test_capital_ending_a_place_name_is_that_place(nlp, text, place):
    doc = nlp(text)
    index = link_entities(doc)
    labels = [(index.entity(m.key).label, m.type) for m in index.mentions]
    assert (place, "Location") in labels
    assert all(t != "Country" for _, t in labels), labels


def test_capital_alone_still_its_state(nlp):
    doc = nlp("President Luiz Inacio Lula da Silva flew to Praia for talks.")
    index = link_entities(doc)
    labels = [(index.entity(m.key).label, m.type) for m in index.mentions]
    assert ("Cape Verde", "Country") in labels
