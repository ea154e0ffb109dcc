"""A subjectless participle after a verbal conflict verb is the same speaker's second act aimed at the
same party: 'refused X's conditions, denouncing the cuts as "diktats"' (ACCUSE X), 'refused to do the
same, accusing its neighbour of ...' (REJECT the neighbour) -- a fallback for an act with no target of
its own."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Ghana has so far refused the IMF's conditions, denouncing subsidy cuts and the sale of state firms "
        'as "diktats".',
        {
            ("Ghana", "ACCUSE", "IMF"),
            ("Ghana", "REJECT", "IMF"),
        },
    ),
    (
        "When the sanctions were lifted, Lome reopened its side, but Accra refused to do the same, accusing "
        "its neighbour of having backed a coup plot.",
        {("Ghana", "ACCUSE", "Togo"), ("Ghana", "REJECT", "Togo")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_participle_shares_addressee(nlp, text, want):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    got = {
        (labels.get(s), ev.category, labels.get(o))
        for ev in r.events
        if ev.category in ("ACCUSE", "REJECT")
        for s, o in ev.pairs()
    }
    assert want <= got
