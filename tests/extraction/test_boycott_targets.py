"""A boycott protests (CAMEO 143, PLOVER PROTEST 'boycott') the author of what its 'in protest at'
phrase names, else the owner or organizer of the boycotted event (event_lexicon boycott_targets); the
protest phrase is the boycott's reason, no complaint of its own, and a boycotted meeting's host
mediates nothing for the one staying away."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The foreign ministers of Poland and Romania are boycotting the meeting in protest at Orban's attendance.",
        [("Poland", "PROTEST", "Viktor Orban"), ("Romania", "PROTEST", "Viktor Orban")],
    ),
    (
        "Seoul boycotted the first Tokyo-organized ceremony for the victims.",
        [("South Korea", "PROTEST", "Japan")],
    ),
    ("Kenya boycotted Uganda's summit in protest.", [("Kenya", "PROTEST", "Uganda")]),
    (
        "Kenya is boycotting the talks in protest against Uganda's decision to close the border.",
        [("Kenya", "PROTEST", "Uganda")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_boycott_protests_its_reason_or_the_host(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert set(want) <= got


def test_the_protest_phrase_is_no_separate_complaint(event_dyads):
    _evs, got = event_dyads(
        "The foreign ministers of Poland and Romania are boycotting the meeting in protest at Orban's attendance."
    )
    assert ("Poland", "ACCUSE", "Viktor Orban") not in got


def test_a_boycotted_host_mediates_nothing(event_dyads):
    _evs, got = event_dyads("Kenya boycotted the summit hosted by Uganda.")
    assert ("Kenya", "CONSULT", "Uganda") not in got and ("Uganda", "CONSULT", "Kenya") not in got
