"""A rank below the first with an 'after' phrase presupposes that the actors the phrase names hold the
same role above it: 'X is Y's second-largest supplier of weapons after Z' says Z supplies Y too
(event_lexicon 'ranked_after', events._ranked_above). Hand-written sentences with other actors than the
annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    (
        "France is Chad's second-largest supplier of weapons after the United States.",
        [("France", "AID", "Chad"), ("United States", "AID", "Chad")],
    ),
    (
        "France has become the second-largest supplier of weapons to the Chadian army after the United States.",
        [("France", "AID", "Chad"), ("United States", "AID", "Chad")],
    ),
    (
        "France is the second-largest donor of military aid to Niamey after the United States.",
        [("France", "AID", "Niger"), ("United States", "AID", "Niger")],
    ),
]

NEVER = [
    # no rank below the first, or an 'after' of time: no one else holds the role
    ("France became Chad's largest supplier of weapons after the coup.", "United States"),
    ("France became Chad's main supplier of weapons after the United States withdrew.", "United States"),
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_ranked_roles(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


@pytest.mark.parametrize("text,other", NEVER, ids=[str(i) for i in range(len(NEVER))])
def test_ranked_roles_guards(event_dyads, text, other):
    _, got = event_dyads(text)
    assert not [d for d in got if other in (d[0], d[2])], got
