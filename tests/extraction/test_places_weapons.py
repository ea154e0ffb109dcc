"""Towns the small model tags as persons and weapon systems it tags as persons or organizations
(kg.extract.entities: gazetteer places re-read as Locations, entity_fixes ``weapon_names`` never
actors). Hand-written sentences from several wars, none taken from an evaluation article, run
through the real pipeline; dyad cases give the exact (source, category, target) set."""

from __future__ import annotations

import pytest

DYADS = [
    # a town tagged PERSON in a list of struck towns: the strike hits the town's state
    (
        "Russia struck Kharkiv, Odesa and Dnipro overnight, killing at least nine civilians.",
        [("Russia", "ASSAULT", "Ukraine")],
    ),
    # a weapon system tagged as an organization is no attacker
    ("HIMARS struck a Russian ammunition depot near Kherson.", []),
    # plural drone name tagged as an actor: the instrument, not a second target
    ("Iran fired Shaheds at Israel.", [("Iran", "ASSAULT", "Israel")]),
    (
        "The Rapid Support Forces shelled El Obeid and Omdurman, the army said.",
        [("Rapid Support Forces", "ASSAULT", "Sudan")],
    ),
]


@pytest.mark.parametrize("text,expect", DYADS, ids=[t[:40] for t, _ in DYADS])
def test_places_and_weapons_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)


def _mentions(nlp, text):
    from kg.extract.entities import link_entities

    index = link_entities(nlp(text))
    return {m.text: m.type for m in index.mentions}


@pytest.mark.parametrize(
    "text,name,type_",
    [
        ("Israel struck Khan Younis and Rafah on Tuesday.", "Rafah", "Location"),
        ("Sudan's army shelled Omdurman and El Obeid.", "El Obeid", "Location"),
        ("Russia struck Kharkiv, Odesa and Dnipro overnight.", "Dnipro", "Location"),
        ("Sudan's army retook Wad Madani and Sennar from the paramilitaries.", "Sennar", "Location"),
        ("Russian drones attacked Sumy and Chernihiv overnight.", "Chernihiv", "Location"),
        # used as a person's name: a known person's surname, a name after it, a verb of saying
        (
            "Defense Secretary Lloyd Austin met Zelensky. Austin said Kyiv would get more air defence.",
            "Austin",
            "Person",
        ),
        ("Iskander Mirza was the first president of Pakistan.", "Iskander Mirza", "Person"),
        ("Mr. Hama told reporters the talks had failed.", "Hama", "Person"),
    ],
)
def test_town_names_resolve(nlp, text, name, type_):
    assert _mentions(nlp, text).get(name) == type_


@pytest.mark.parametrize(
    "text,name",
    [
        ("Ukraine received F-16s and Patriot batteries from the United States.", "Patriot"),
        ("HIMARS struck a Russian ammunition depot near Kherson.", "HIMARS"),
        ("Iran fired Shaheds at Israel.", "Shaheds"),
    ],
)
def test_weapon_names_are_no_actors(nlp, text, name):
    assert name not in _mentions(nlp, text)
