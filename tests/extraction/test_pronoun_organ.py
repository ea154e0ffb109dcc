"""A state organ the tagger names without its state ('its Foreign Ministry') stands for the state
the pronoun refers to: the subject of the sentence before, also when a fronted adverbial that names
no actor comes first ('In a statement on Tuesday, its Foreign Ministry accused ...'). Hand-written
sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Ghana rejected the report. In a statement on Tuesday, its Foreign Ministry accused Togo of "
        "sheltering smugglers.",
        [("Ghana", "ACCUSE", "Togo")],
    ),
    (
        "Armenia recalled its ambassador from Moscow. Its Foreign Ministry accused Azerbaijan of "
        "violating the ceasefire.",
        [("Armenia", "ACCUSE", "Azerbaijan")],
    ),
    (
        "Vietnam protested the survey. On Monday, its Foreign Ministry demanded that China withdraw "
        "the research vessel.",
        [("Vietnam", "REQUEST", "China")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[1][0][0] for c in CASES])
def test_pronoun_owned_organ(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got
