"""Every participant and place of an extracted event is an entity of the same result: the JSON Lines
export, the RDF graph and the viewer describe each one (type, label, identifiers), never a bare key.
Hand-written sentences (none from an evaluation article) through the real pipeline."""

from __future__ import annotations

import pytest

TEXTS = [
    # "the two sides" after a meeting of two officials stands for their states; a state the text
    # names only through its official ("Rubio": the United States) must still be an entity
    "Lavrov held talks with Rubio in Riyadh. Lavrov said the two sides would meet again next month.",
    "Wang Yi met Penny Wong in Canberra on Monday. Wang said both sides wanted stable ties.",
    "Lammy spoke with Blinken by phone. Lammy said the two sides agreed to coordinate on Ukraine.",
]


@pytest.mark.parametrize("text", TEXTS, ids=[t[:48] for t in TEXTS])
def test_every_participant_is_an_entity(nlp, text):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-04-12")
    keys = {e.key for e in r.entities}
    used = {k for ev in r.events for k in (*ev.sources, *ev.targets, ev.location) if k}
    assert r.events and used <= keys, used - keys


def test_collective_pair_resolves_to_recorded_states(event_dyads):
    _, got = event_dyads(TEXTS[0])
    assert ("Sergey Lavrov", "CONSULT", "United States") in got or (
        "United States",
        "CONSULT",
        "Sergey Lavrov",
    ) in got
