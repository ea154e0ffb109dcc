"""A ship or other object hit by an ASSAULT or COERCE verb, its owner state named only in a hyphenated
ownership or flag participle ('a Greek-owned tanker', 'a Liberian-flagged carrier'): that state is the
target (event_lexicon.json 'flagged_objects'). A backer's or maker's participle names no owner."""

from __future__ import annotations

import pytest

CASES = [
    ("Iran attacked a British-flagged tanker.", ("Iran", "ASSAULT", "United Kingdom")),
    ("The Houthis attacked a Greek-owned tanker in the Red Sea.", ("Houthis", "ASSAULT", "Greece")),
    ("Somali pirates hijacked a Liberian-flagged bulk carrier.", ("Somalia", "COERCE", "Liberia")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_flagged_object_owner_is_target(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_backer_is_no_owner(event_dyads):
    _evs, got = event_dyads("Israeli jets struck Iranian-backed militias near Damascus.")
    assert ("Israel", "ASSAULT", "Iran") not in got
