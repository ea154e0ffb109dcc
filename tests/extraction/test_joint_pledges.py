"""Pledges made together (PLOVER AGREE, CAMEO 030 express intent to cooperate): actors of two or more
states that pledge, promise, vow or commit to an act together commit themselves to each other
('Peru and Chile have promised to reopen the border crossing', 'A and B met in X, where they pledged to
...', 'the partnership, which A and B pledged to deepen'); a joint pledge to pay or supply something
for others is a joint undertaking of the donors (COOPERATE); a joint vow of a hostile act is a threat
to its target, not an agreement; a negated pledge is none (events._joint_pledges, event_lexicon
'pledged_cooperation' 'joint_verbs', 'joint_transfer_verbs'). Hand-written sentences from several
regions, none taken from an evaluation article; each case gives the exact AGREE and COOPERATE dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Peru and Chile have promised to reopen the border crossing.",
        {("Peru", "AGREE", "Chile")},
        "coordinated states promising an act",
    ),
    (
        "Chilean President Gabriel Boric and Argentine President Javier Milei met in Santiago, where they "
        "promised to reopen the Cristo Redentor crossing.",
        {("Gabriel Boric", "AGREE", "Javier Milei")},
        "'they' in a clause of the sentence is its plural subject",
    ),
    (
        "The forum is part of a strategic dialogue, which Vietnamese Prime Minister Pham Minh Chinh and "
        "Indian Prime Minister Narendra Modi pledged to deepen.",
        {("Pham Minh Chinh", "AGREE", "Narendra Modi")},
        "a relative clause with a coordinated subject",
    ),
    (
        "Norway and Kuwait have pledged to pay the salaries of teachers in Yemen.",
        {("Norway", "COOPERATE", "Kuwait")},
        "a joint pledge to pay for others: joint donors",
    ),
    (
        "The United States and Britain vowed to retaliate against Iran.",
        set(),
        "a joint vow of a hostile act",
    ),
    (
        "Japan and South Korea did not pledge to lift the curbs.",
        set(),
        "a negated pledge",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_joint_pledges(event_dyads, want_dyads, text, expected, why):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] in ("AGREE", "COOPERATE")} == want_dyads(expected), why
