"""Agreements named by their parties (PLOVER AGREE, CAMEO 057): a memorandum of understanding (or
'MoU') between or among named parties is an agreement between every pair of them, also where the parser
hangs the 'between'/'among' phrase on the complement that completes the noun's name ('a memorandum of
understanding between A and B'; events._between, event_lexicon nouns 'memorandum', 'mou'). A
memorandum with no parties named is no agreement. Hand-written sentences from several regions, none
taken from an evaluation article; each case gives the exact AGREE dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "- A trilateral MoU among Brazil, Argentina and Uruguay on river transport",
        {("Brazil", "AGREE", "Argentina"), ("Brazil", "AGREE", "Uruguay"), ("Argentina", "AGREE", "Uruguay")},
        "a verbless trilateral MoU among three states",
    ),
    (
        "The package included a memorandum of understanding between Ghana and Nigeria on power supply.",
        {("Ghana", "AGREE", "Nigeria")},
        "'between' on the complement of 'memorandum of understanding'",
    ),
    (
        "The memorandum said the ministry should cut costs.",
        set(),
        "a memorandum with no parties",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_instrument_parties(event_dyads, want_dyads, text, expected, why):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "AGREE"} == want_dyads(expected), why
