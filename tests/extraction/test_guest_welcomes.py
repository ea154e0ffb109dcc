"""A guest welcomed or greeted in person (CAMEO 043 host a visit, PLOVER CONSULT 'visit'): 'greet' and
'welcome' with a person as the one welcomed ('Kim greeted Putin at the airport', 'Orban was welcomed
at Beijing airport by Wang Yi'; event_lexicon 'greet', 'welcome#guest'), while a welcomed decision,
announcement or act stays praise (SUPPORT) and makes no meeting. Hand-written sentences from several
regions, none taken from an evaluation article; each case gives the exact CONSULT dyads. 'He' after a
sentence whose subject a person owns ('Orban's plane landed. He was greeted by ...') is that person
(events._Ctx.last_person_before)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Kim Jong Un greeted Vladimir Putin at Pyongyang airport with a hug.",
        {("Kim Jong Un", "CONSULT", "Vladimir Putin")},
        "'greeted X at the airport'",
    ),
    (
        "Indonesian President Prabowo Subianto was greeted on the tarmac by Japanese Prime Minister "
        "Shigeru Ishiba.",
        {("Shigeru Ishiba", "CONSULT", "Prabowo Subianto")},
        "a passive greeting: the agent hosts",
    ),
    (
        "Hungarian Prime Minister Viktor Orban was welcomed at Beijing airport by Chinese Foreign "
        "Minister Wang Yi.",
        {("Wang Yi", "CONSULT", "Viktor Orban")},
        "a guest welcomed at the airport",
    ),
    (
        "Egyptian President Abdel Fattah al-Sisi welcomed Jordan's King Abdullah II at the Ittihadiya "
        "Palace on Sunday.",
        {("Abdel Fattah al-Sisi", "CONSULT", "Abdullah II")},
        "a guest welcomed at the palace",
    ),
    (
        "Chinese President Xi Jinping said ties with Europe were strong. Viktor Orban's plane landed in "
        "Beijing on Monday. He was greeted at the airport by Chinese Foreign Minister Wang Yi.",
        {("Wang Yi", "CONSULT", "Viktor Orban")},
        "'X's plane landed. He was greeted by Y': the owner of the last subject is 'he'",
    ),
    (
        "The European Union welcomed the decision by Moldovan President Maia Sandu.",
        set(),
        "a welcomed decision is no meeting",
    ),
    (
        "Kyiv welcomed Donald Trump's announcement on air defence.",
        set(),
        "a welcomed announcement is no meeting",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_guest_welcomes(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
