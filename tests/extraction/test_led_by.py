"""An unnamed armed body described by its leader acts as that leader: 'soldiers led by General X ousted
President Y' (PLOVER COERCE, CAMEO 17: a coup by X), 'troops commanded by Colonel Z detained the president',
'fighters led by W attacked ...'; the leader is the 'by' agent of the participle, a named person or
organization (event_lexicon 'led_by'); a description without a named leader stays unlinked. Hand-written
sentences from several coups and wars through the real pipeline; each case gives the exact (source,
category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Troops commanded by Colonel Assimi Goita detained President Bah Ndaw in May 2021.",
        {("Assimi Goita", "COERCE", "Bah Ndaw")},
    ),
    (
        "Soldiers led by Lieutenant Colonel Mamady Doumbouya ousted President Alpha Conde.",
        {("Mamady Doumbouya", "COERCE", "Alpha Conde")},
    ),
    (
        "Gunmen led by Ahmad Massoud attacked a Taliban checkpoint in Panjshir.",
        {("Ahmad Massoud", "ASSAULT", "Taliban")},
    ),
    ("Officers led by the chief of staff met the minister.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_led_by_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
