"""A praised vague act noun that no earlier mention of its own words resolves ('Nigeria welcomed the
decision', 'X praised the move', 'Y hailed the judgment') supports the author of the act the story reports
just before: the target of the reaction by another side just before it (a round-up of reactions), else the
author of the nearest act drafted within a few sentences; a court's judgment or opinion is told by what the
court found or ruled (cues.json welcomed_nominals unresolved_acts). Sentences of our own, run through the
real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("unresolved_act_nouns")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_unresolved_act_nouns_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
