"""Foreign forces guarding another state's territory (PLOVER COOPERATE, CAMEO 062): jets, troops or
border guards of one or more states that police, guard, protect or defend another state's airspace,
waters or border cooperate with it militarily, and with each other when they share the task ('Italian
and Hungarian jets police Slovenia's airspace', 'Russian border guards protect Armenia's border');
'patrol' counts only as a joint task of two or more states (one state's ships patrolling another's
waters may be an incursion); negation is no act (events._guarded_territory, event_lexicon
'guarded_territory'). Hand-written sentences from several regions, none taken from an evaluation
article; each case gives the exact COOPERATE dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Italian and Hungarian jets police Slovenia's airspace.",
        {
            ("Italy", "COOPERATE", "Slovenia"),
            ("Hungary", "COOPERATE", "Slovenia"),
            ("Italy", "COOPERATE", "Hungary"),
        },
        "two states' jets policing a third state's airspace",
    ),
    (
        "Spanish and Portuguese jets have patrolled Iceland's skies this winter.",
        {
            ("Spain", "COOPERATE", "Iceland"),
            ("Portugal", "COOPERATE", "Iceland"),
            ("Spain", "COOPERATE", "Portugal"),
        },
        "a joint patrol of a third state's skies",
    ),
    (
        "Russian border guards protect Armenia's border with Turkey.",
        {("Russia", "COOPERATE", "Armenia")},
        "one state's border guards protecting another's border",
    ),
    (
        "Chinese coast guard ships patrolled the Philippines' waters.",
        set(),
        "one state patrolling another's waters may be an incursion",
    ),
    (
        "Polish troops did not guard Lithuania's border.",
        set(),
        "a negated act",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_guarded_territory(event_dyads, want_dyads, text, expected, why):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "COOPERATE"} == want_dyads(expected), why
