"""A subjectless speech act the parser hangs on a reported clause continues the report and shares the
reporting verb's subject (events._reporter_conjunct) also when the reported clause is an existential
('said there was no justification for ... and urged X') and when its subject is the addressee itself
with no 'that' ('saying Oslo had sent vessels ..., and urged the Norwegian side': no side addresses
itself). Hand-written sentences with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Ankara's foreign ministry on Monday condemned the shelling. The statement said there was "
        '"no justification" for attacks on Turkish positions and urged Damascus to show restraint.',
        [("Turkey", "REQUEST", "Syria")],
    ),
    (
        "Wang criticized Japan, saying Tokyo had recently sent ships to the islands, and urged the "
        "Japanese side to stop actions that infringe upon China's sovereignty.",
        [("Wang Yi", "REQUEST", "Japan")],
    ),
    (
        'Lavrov criticized Norway, saying Oslo had recently sent vessels to "deliberately provoke" at '
        "Svalbard, and urged the Norwegian side to stop actions that infringe upon Russia's sovereignty.",
        [("Sergey Lavrov", "REQUEST", "Norway")],
    ),
]

KEEP = [
    # the reported clause's own actor keeps a conjunct it can do
    (
        "Officials said that Russia had massed troops and threatened Ukraine.",
        [("Russia", "THREATEN", "Ukraine")],
    ),
]


@pytest.mark.parametrize("text,want", CASES + KEEP, ids=[str(i) for i in range(len(CASES + KEEP))])
def test_reporter_conjunct(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
