"""A reaction to a definite act noun that names no author ('called the move unfair', 'dismissed the
accusations') refers first to the nearest earlier act aimed at the reacting side, within a few sentences,
before a nearer act between others (GUIDELINES: the target of a reaction is the author of the act reacted
to; wire and newsletter copy put background between the lead act and the struck side's reply). Sentences
of our own, run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("aimed_reaction_antecedents")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_aimed_reaction_antecedents_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
