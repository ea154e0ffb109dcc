"""An act called like the clause's own in a setting phrase ('signed a pact with X, following a similar
agreement with Y', 'It is X's first such pact ..., following similar agreements with Y') was done by
the clause's subject (or the copula's possessor) too (cues.json like_act_modifiers)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The Commission signed a memorandum of understanding on hydrogen with Namibia, following a similar "
        "agreement concluded with Chile in June.",
        [("Commission", "AGREE", "Chile")],
    ),
    (
        # the participle tagged as a past tense
        "Brussels signed a memorandum of understanding on raw materials with Namibia, following a similar "
        "pact agreed with Peru in June.",
        [("European Union", "AGREE", "Peru")],
    ),
    (
        "Following a similar agreement with Tanzania, Kenya signed a trade deal with Uganda.",
        [("Kenya", "AGREE", "Tanzania")],
    ),
    (
        "It is Kenya's first such pact with a European country, following similar agreements with Japan "
        "and India.",
        [("Kenya", "AGREE", "Japan"), ("India", "AGREE", "Kenya")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_like_act_is_the_subjects(event_dyads, want_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want_dyads(want) <= got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya signed a trade deal with Uganda after an agreement with Tanzania collapsed.",
        "Kenya signed a trade deal with Uganda, following a similar agreement between Tanzania and Rwanda.",
    ],
)
def test_an_act_not_called_like_or_of_other_parties_is_not_the_subjects(event_dyads, want_dyads, text):
    _evs, got = event_dyads(text)
    assert not want_dyads([("Kenya", "AGREE", "Tanzania")]) & got
