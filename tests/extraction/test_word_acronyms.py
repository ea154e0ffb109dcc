"""An abbreviation pronounced as a word is written with one capital in Guardian and BBC style
('Sadc', 'Igad', 'Osce', 'Isis'): untagged, it still names the organization whose gazetteer
abbreviation it is ('SADC'), labelled as the document spells it like any actor it names only so.
Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Azerbaijan accused the Osce of bias in its report on the parliamentary election.",
        [("Azerbaijan", "ACCUSE", "Osce")],
    ),
    (
        "Armenia accused the Csto of failing to defend its borders.",
        [("Armenia", "ACCUSE", "Csto")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_word_acronyms(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
