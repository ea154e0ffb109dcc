"""A reaction to an earlier act that its own sentence does not name the author of ('X's minister accused
Uganda of ... Kampala rejected the accusation') is aimed at the author's state: a person acting for a state,
carried over from another sentence, stands for that state (GUIDELINES: the most specific actor the sentence
names). An author the sentence names ('rejected Boluarte's accusation') stays the person. Sentences of our
own, run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("carried_reaction_authors")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_carried_reaction_authors_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
