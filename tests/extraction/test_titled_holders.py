"""A state's office-holder named with the title ('summoned Ugandan Ambassador to Kenya John Mulimba',
"sanctioned Uganda's minister of state for defence, John Mulimba") is the actor, not the state, also where
the parser hangs the name off the verb: the role the entity index read from title and name says who
(GUIDELINES: the most specific actor named). An office-holder the sentence does not name stays the state.
Sentences of our own, run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("titled_holders")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_titled_holders_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
