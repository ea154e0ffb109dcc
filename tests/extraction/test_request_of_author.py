"""A request named by its author in an 'of' phrase ('at the request of X', 'at the request of the X
government') is X's REQUEST (CAMEO 020 appeal) to the subject of the clause the phrase modifies, as
'at X's request' and 'after a request from X' already were (speech_acts.json 'answered_request').
Hand-written sentences with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    (
        "In 2018, Polish authorities detained the Russian banker at the request of the United States.",
        [("United States", "REQUEST", "Poland")],
    ),
    (
        "Peruvian police arrested the businessman at the request of Japan.",
        [("Japan", "REQUEST", "Peru")],
    ),
    (
        "Norway sent two transport planes to the region at the request of the Chilean government.",
        [("Chile", "REQUEST", "Norway")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_request_of_author(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


def test_request_of_non_actor(event_dyads):
    """The 'of' phrase names no actor: no request is coded."""
    evs, _ = event_dyads("Peruvian police arrested the businessman at the request of his lawyers.")
    assert not [e for e in evs if e.category == "REQUEST"]
