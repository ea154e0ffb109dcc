"""Actors an event's clause names only by reference (kg.extract.anaphora, groups, discourse): praised
event nouns, member lists, pronouns and descriptions. Hand-written sentences from many conflicts, none
taken from an evaluation article, run through the real pipeline; each case gives the exact
(source, category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("actor_linking")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_actor_linking_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"])
    assert got == want_dyads(case["expect"]), case["note"]
