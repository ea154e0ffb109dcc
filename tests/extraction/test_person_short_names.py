"""A known person written without a first given name ("Tayyip Erdogan" for "Recep Tayyip Erdogan",
"Inacio Lula da Silva") is linked to the gazetteer's person (QID, state) and labelled as the article
spells them when it never writes the full name; with the full name elsewhere, the full name labels it.
A name in another common transliteration (Wikidata alias) links the same way."""

from __future__ import annotations

import pytest

CASES = [
    ("President Tayyip Erdogan signed the bill into law on Tuesday.", "Tayyip Erdogan", "Q39259", "Q43"),
    (
        "Inacio Lula da Silva, Brazil's president, flew to Beijing for talks.",
        "Inacio Lula da Silva",
        "Q37181",
        "Q155",
    ),
    (
        "Recep Tayyip Erdogan arrived in Baku. Tayyip Erdogan then met Ilham Aliyev.",
        "Recep Tayyip Erdogan",
        "Q39259",
        "Q43",
    ),
    ("Vladimir Zelensky met Emmanuel Macron in Paris on Monday.", "Vladimir Zelensky", "Q3874799", "Q212"),
]


@pytest.mark.parametrize(("text", "label", "qid", "state"), CASES, ids=[c[1] for c in CASES])
def test_person_short_name_links_to_the_known_person(nlp, text, label, qid, state):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    people = [e for e in r.entities if e.type == "Person" and e.wikidata == qid]
    assert [e.label for e in people] == [label]
    labels = {e.key: e.label for e in r.entities}
    roles = {
        labels.get(o) for ev in r.events if ev.category == "ROLE" for s, o in ev.pairs() if s == people[0].key
    }
    assert state in roles or state in {labels.get(people[0].country), people[0].country}
