"""'Called for X to be <done>': the subject of a passive infinitive asked for undergoes the act, it is
not the one asked ('called for Denmark's ambassador to be expelled' asks the caller's own government,
not Denmark); an active infinitive's subject is asked ('called for Washington to end its embargo'), and
so is one made to act ('pressed for China to be obliged to pay'). Hand-written sentences from several
regions."""

from __future__ import annotations

import pytest

NOT_ASKED = [
    (
        "Hardline cleric Ahmad Khatami has called for Denmark's ambassador to be expelled over the Koran burnings.",
        "Denmark",
    ),
    ("Opposition leader Ozgur Ozel called for the Swedish envoy to be summoned.", "Sweden"),
    (
        "Pakistani senator Mushahid Hussain called for Indian diplomats to be expelled from Islamabad.",
        "India",
    ),
]


@pytest.mark.parametrize("text,state", NOT_ASKED, ids=[str(i) for i in range(len(NOT_ASKED))])
def test_passive_subject_is_not_asked(event_dyads, text, state):
    _, got = event_dyads(text)
    assert not any(cat == "REQUEST" and o == state for _, cat, o in got), got


def test_active_subject_is_asked(event_dyads, want_dyads):
    _, got = event_dyads("Cuban Foreign Minister Bruno Rodriguez called for Washington to end its embargo.")
    assert want_dyads([("Bruno Rodriguez", "REQUEST", "United States")]) <= got, got
