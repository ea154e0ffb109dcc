"""A verbal conflict act coordinated after one addressed to a stated party is aimed at that party too
('accused X of ... and warned that it would respond': THREATEN X), whatever the two types. A rejection
with its own addressee keeps it."""

from __future__ import annotations

import pytest

CASES = [
    (
        'Kenya\'s president accused the Ugandans of acting as "puppets" and warned that Kenya could '
        "leave the treaty if the pressure continued.",
        {("Kenya", "ACCUSE", "Uganda"), ("Kenya", "THREATEN", "Uganda")},
    ),
    (
        "Peru's foreign ministry called Chile's decision a \"provocation\" and warned that Lima would take "
        '"firm measures" if the border was not reopened.',
        {("Peru", "ACCUSE", "Chile"), ("Peru", "THREATEN", "Chile")},
    ),
    (
        "Ghana's foreign minister rejected the demands of Togo and said Accra would not "
        'recognise "another sham vote".',
        {("Ghana", "REJECT", "Togo")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_coordinated_verbal_conflict_target(nlp, text, want):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    got = {
        (labels.get(s), ev.category, labels.get(o))
        for ev in r.events
        if ev.category in ("ACCUSE", "THREATEN", "REQUEST", "REJECT")
        for s, o in ev.pairs()
    }
    assert want <= got
