"""Set nouns of companies ('both companies', 'the two firms', 'The firms are A, B and C'; groups.json
nouns 'organizations' and listed_members): 'both companies' stands for the pair of companies named before,
as far back as a wide set looks; a definite plural identified with a list of named organizations by a copula
names the members of the set the event just before was aimed at, each a target of that event too. Sentences
of our own, run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("organization_sets")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_organization_sets_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
