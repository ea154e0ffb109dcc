"""A compound noun trigger whose plural head the tagger reads as a verb ('imposed asset freezes on X'
parsed 'asset/nsubj freezes/VBZ'): the VBZ form right after a noun of its own that makes a compound noun
trigger with it (event_lexicon nouns with a compound: 'asset freeze', 'price cap') is that plural noun,
the object of the verb before it (PLOVER SANCTION, CAMEO 163). A real verb ('the cold snap freezes
pipelines') is left alone. Hand-written sentences through the real pipeline; each case gives the exact
(source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    ("London imposed asset freezes on three Russian banks.", {("United Kingdom", "SANCTION", "Russia")}),
    ("Canada imposed asset freezes on five Iranian officials.", {("Canada", "SANCTION", "Iran")}),
    ("The cold snap freezes pipelines every winter.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_split_compound_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
