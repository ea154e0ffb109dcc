"""A pronoun a reaction judges ('would not allow it to continue') may stand for a definite act noun
that reactions praise or reject ('the 1975 treaty', 'the visit') but that the discourse table of
event nominals does not list. Such a reference has no compatible earlier event type; the extraction
of the article must go on (it stopped with KeyError before). Hand-written sentences."""

from __future__ import annotations

import pytest

NOUNS = ["treaty", "visit", "summit", "plan", "offer", "pact"]


@pytest.mark.parametrize("noun", NOUNS)
def test_pronoun_for_unlisted_act_noun(role_pairs, noun):
    text = (
        f"The 1975 {noun} was turned into an instrument of interference. Paraguay said it would not "
        "allow it to continue."
    )
    _, result = role_pairs(text)
    assert "Paraguay" in {e.label for e in result.entities}
