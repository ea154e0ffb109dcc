"""A people named by a demonym the NER reads as something else is that state's people: a plural
demonym of several words tagged PERSON ("Cook Islanders", "Solomon Islanders", "New Zealanders")
or a demonym tagged DATE ("Kosovars") links like "Russians" does. Hand-written sentences."""

from __future__ import annotations

import pytest

from kg.extract.entities import link_entities

CASES = [
    ("Cook Islanders protested the deal with China.", "Cook Islanders", "Cook Islands"),
    ("Solomon Islanders rioted in Honiara after the vote.", "Solomon Islanders", "Solomon Islands"),
    ("Kosovars protested in Pristina on Sunday.", "Kosovars", "Kosovo"),
]


@pytest.mark.parametrize("text,surface,state", CASES, ids=[c[1] for c in CASES])
def test_demonym_people_is_the_state(nlp, text, surface, state):
    doc = nlp(text)
    index = link_entities(doc)
    got = [(m.text, index.entity(m.key).label, m.type) for m in index.mentions]
    assert (surface, state, "Country") in got
