"""A candidacy, candidature or membership application blocked by another side is that side's veto of its
author (CAMEO 129 veto, PLOVER REJECT), like a blocked proposal or package (event_lexicon.json
'block#proposal'). Hand-written sentences with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Hungary and Slovakia blocked Finland's candidacy for the chairmanship.",
        [("Hungary", "REJECT", "Finland"), ("Slovakia", "REJECT", "Finland")],
    ),
    (
        "Greece has blocked North Macedonia's application since 2008.",
        [("Greece", "REJECT", "North Macedonia")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_blocked_candidacy(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


def test_blocked_road_is_no_veto(event_dyads):
    """Blocking a road or an entrance vetoes nothing."""
    _, got = event_dyads("Protesters blocked the road to the Chinese embassy in Manila.")
    assert not [d for d in got if d[1] == "REJECT"], got
