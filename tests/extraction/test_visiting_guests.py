"""'visiting' as an adjective on a person (CAMEO 042/043 make or host a visit, PLOVER CONSULT 'visit'):
the guest meets the other party of the clause ('Xi told visiting Spanish Prime Minister Pedro Sanchez
that ...', 'Visiting Indian Prime Minister Modi told Zelensky ...'), also when the parser reads the
adjective as a participle with the guest as its object or the clause's subject
(events._visiting_guest). A negated clause or guests who are no named person make no meeting.
Hand-written sentences from several regions, none taken from an evaluation article; each case gives the
exact CONSULT dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Xi Jinping told visiting Spanish Prime Minister Pedro Sanchez that China was ready to deepen ties.",
        {("Xi Jinping", "CONSULT", "Pedro Sanchez")},
        "'told visiting X': the guest as the participle's object",
    ),
    (
        "Visiting Indian Prime Minister Narendra Modi told Ukrainian President Volodymyr Zelensky that "
        "India supported peace.",
        {("Narendra Modi", "CONSULT", "Volodymyr Zelensky")},
        "a sentence-initial 'Visiting X told Y'",
    ),
    (
        "Kenyan President William Ruto assured visiting Somali President Hassan Sheikh Mohamud of his "
        "support.",
        {("William Ruto", "CONSULT", "Hassan Sheikh Mohamud")},
        "'assured visiting X'",
    ),
    (
        "Xi Jinping did not tell visiting Spanish Prime Minister Pedro Sanchez anything new.",
        set(),
        "a negated clause",
    ),
    (
        "Visiting scholars from Kenya told Chinese officials about their research.",
        set(),
        "visiting scholars are no named guest",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_visiting_guests(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
