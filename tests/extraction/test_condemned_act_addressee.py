"""A condemnation of an act no actor is named with, followed by a call on a party with the same
subject ('condemned the deployment and called on X to withdraw'), condemns that party's act: ACCUSE X
besides REQUEST X. A described addressee ('the regime in Kampala') is a fallback; the speaker's own
state ('Chile's senator ... urged the government') never is."""

from __future__ import annotations

import pytest

CASES = [
    (
        'The foreign ministry of Peru condemned the deployment "in the strongest terms" and called on Chile '
        "to withdraw its troops.",
        {("Peru", "Chile")},
    ),
    (
        "Ghana, Togo and Benin issued a joint statement condemning the incursion and calling on Burkina Faso "
        "to respect the border.",
        {("Ghana", "Burkina Faso"), ("Togo", "Burkina Faso"), ("Benin", "Burkina Faso")},
    ),
    (
        'Kenya\'s president William Ruto criticised the vote as a "sham" and urged the regime in Kampala to '
        "free the jailed opposition leader.",
        {("William Ruto", "Uganda")},
    ),
    (
        'Chile\'s opposition senator Ana Ruiz described the verdict in Beijing as "outrageous" and urged the '
        "government to recall its ambassador.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_condemned_act_of_addressee(nlp, text, want):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    got = {
        (labels.get(s), labels.get(o)) for ev in r.events if ev.category == "ACCUSE" for s, o in ev.pairs()
    }
    assert got == want
