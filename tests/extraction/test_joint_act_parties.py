"""The parties of a joint act named in its 'of' phrase ("the joint drills of A and B") or by
'involving' ("drills involving A, B and C") cooperate with each other (PLOVER COOPERATE, context
military for exercises), as with 'between'. Hand-written sentences (none from an evaluation article)
through the real pipeline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The joint naval drills of Russia and Iran began in the Gulf of Oman on Tuesday.",
        {("Iran", "COOPERATE", "Russia")},
    ),
    (
        "The annual naval drills involving Indonesia, Malaysia and Singapore began near Batam.",
        {
            ("Indonesia", "COOPERATE", "Malaysia"),
            ("Indonesia", "COOPERATE", "Singapore"),
            ("Malaysia", "COOPERATE", "Singapore"),
        },
    ),
    # near misses: one party only, or a non-joint act's 'of' phrase
    ("The joint drills of the Russian navy began on Tuesday.", set()),
    ("The visit of Turkey and Egypt's ministers was postponed.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:48] for c in CASES])
def test_joint_act_parties(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "COOPERATE"} == want_dyads(want)
