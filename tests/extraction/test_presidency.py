"""'The presidency' as the president's office acting (Nigerian, South African, Latin American and
summit reporting: "the presidency said", "accused the Brazilian presidency of ..."): a state's
description like 'the government' (entity_fixes descriptions civil class and state_actor_nouns), taken
back to the state whose presidency the text named; the office itself ('won the presidency', 'his bid
for the presidency') is no actor. Hand-written sentences."""

from __future__ import annotations

import pytest

from kg.extract.entities import link_entities

CASES = [
    (
        "Nigeria's presidency said on Monday that talks with Niamey had stalled. The presidency later "
        "accused Niger's junta of blocking the return of civilian rule.",
        ("Nigeria", "ACCUSE", "Niger"),
    ),
    (
        "South Africa's presidency said it had seen the executive order. The presidency rejected the "
        "claims made by Washington about land seizures.",
        ("South Africa", "REJECT", "United States"),
    ),
    (
        "Small island states walked out of talks, and Germany accused the Brazilian presidency of ignoring "
        "them at the climate summit.",
        ("Germany", "ACCUSE", "Brazil"),
    ),
    (
        "The Argentine presidency issued a statement on Sunday. Hours later Spain accused the presidency "
        "of insulting its prime minister.",
        ("Spain", "ACCUSE", "Argentina"),
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[1][0] for c in CASES])
def test_presidency_is_the_state(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's presidency said Ruto would attend. He has sought the presidency since 2013.",
        "Kenya's presidency said Ruto would attend. Odinga lost his bid for the presidency.",
        "Kenya's presidency said Ruto would attend. Since he assumed the presidency, ties improved.",
    ],
)
def test_the_office_is_no_actor(nlp, text):
    doc = nlp(text)
    index = link_entities(doc)
    assert not [m for m in index.mentions if m.text == "the presidency"]
