"""A description of a non-state actor by a noun the text has already tied to one organization -- the
name it is part of ('the Northern Alliance ... the alliance'), a name compounded before it ('the
Sandworm group ... the same group'), a name beside it in apposition ('a rebel group, the Patriotic
Liberation Front,'), or an earlier resolved use ('five members of the group') -- stands for that
organization, even when an international organization is named between; another group named after
the binding leaves it to the general rule. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        # the noun is the head of the name; 'in March' is a time, not the name's place
        "The Kachin Independence Army is part of the Northern Alliance, which seized several towns last "
        "year. Myanmar's junta accused the alliance in March of attacking civilians.",
        [("Myanmar", "ACCUSE", "Northern Alliance")],
        [],
    ),
    (
        # a bloc and a news agency named between do not compete for 'the group'
        "Hezbollah said five of the group's fighters were killed in the strike. The BRICS bloc called for "
        "restraint, Al Jazeera reported. Israel's defence minister Yoav Gallant threatened the group's "
        "commanders.",
        [("Yoav Gallant", "THREATEN", "Hezbollah")],
        [],
    ),
    (
        # a name compounded before the noun binds it; 'the same group'
        "Sweden's security service said Microsoft had traced the breach to the Sandworm group, which it "
        "ties to Russian military intelligence. Finland said on Monday that its ministries had been targeted by the same "
        "group, and accused the group of sabotaging undersea cables.",
        [("Finland", "ACCUSE", "Sandworm")],
        [],
    ),
    (
        # apposition binds it
        "The National Intelligence Agency said a Nigerien rebel group, the Patriotic Liberation Front, had "
        "sabotaged the pipeline. Niger's government accused the group of attacking civilians.",
        [("Niger", "ACCUSE", "Patriotic Liberation Front")],
        [],
    ),
    (
        # another armed group named after the binding: no guess
        "Hamas, the Palestinian militant group, said talks had stalled. Hezbollah fired rockets at "
        "northern Israel on Monday. Israel's defence minister threatened the group's leaders.",
        [],
        [("Israel", "THREATEN", "Hamas")],
    ),
]


@pytest.mark.parametrize("text,want,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_bound_descriptions(event_dyads, want_dyads, text, want, never):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
    assert not (want_dyads(never) & got), got
