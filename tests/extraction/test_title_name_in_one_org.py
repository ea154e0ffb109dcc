"""A demonym, a one-word title and a (hyphenated) name the model tags as one organization
("Kazakh President Kassym-Jomart Tokayev"): the demonym is the state, the name after the title a
person who holds the title in that state."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The meeting was chaired by Kazakh President Kassym-Jomart Tokayev.",
        {("Kassym-Jomart Tokayev", "Kazakhstan")},
    ),
    (
        "The accord was signed at the summit, which was chaired by Kazakh President Kassym-Jomart Tokayev "
        "and attended by Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon.",
        {
            ("Kassym-Jomart Tokayev", "Kazakhstan"),
            ("Sadyr Japarov", "Kyrgyzstan"),
            ("Emomali Rahmon", "Tajikistan"),
        },
    ),
    (
        "The deal was signed by Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev.",
        {("Kassym-Jomart Tokayev", "Kazakhstan"), ("Shavkat Mirziyoyev", "Uzbekistan")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_title_and_name_tagged_as_one_org(role_pairs, text, want):
    got, r = role_pairs(text)
    assert got == want
    assert not any("President" in e.label for e in r.entities)


def test_bare_leaders_take_the_agents_of_coordinated_passives(nlp):
    # "chaired by A and attended by B and C ... The leaders signed": A, B and C, not B and C alone
    # (with A a person, "the leaders" had been ambiguous and resolved to nothing)
    from kg.extract import extract_text

    text = (
        "The accord was drafted at the summit, which was chaired by Kazakh President Kassym-Jomart Tokayev "
        "and attended by Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon.\n\n"
        "The leaders also signed a declaration on water sharing."
    )
    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    got = {
        frozenset((labels.get(s), labels.get(o)))
        for ev in r.events
        if ev.category == "AGREE"
        for s, o in ev.pairs()
    }
    names = ("Kassym-Jomart Tokayev", "Sadyr Japarov", "Emomali Rahmon")
    assert got == {frozenset((a, b)) for a in names for b in names if a < b}
