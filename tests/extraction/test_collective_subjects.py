"""Texts and meetings that speak for a set of actors (kg.extract.groups.authors, meeting parties):
'The joint statement, adopted by A and B, called on C to ...', 'The resolution also urged D ...',
'The leaders later issued a joint statement', 'The participants agreed ...'. Hand-written sentences
from many conflicts, none taken from an evaluation article, run through the real pipeline."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("collective_subjects")


@pytest.mark.parametrize("case", [c for c in CASES if "expect" in c], ids=lambda c: c["text"][:48])
def test_collective_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"])
    assert got == want_dyads(case["expect"]), case["note"]


@pytest.mark.parametrize("case", [c for c in CASES if "absent_from" in c], ids=lambda c: c["text"][:48])
def test_collective_unresolved(event_dyads, case):
    evs, _ = event_dyads(case["text"])
    assert not [e for e in evs if e.evidence.text.startswith(case["absent_from"])], case["note"]


@pytest.mark.parametrize("case", [c for c in CASES if "absent_triple" in c], ids=lambda c: c["text"][:48])
def test_collective_not_own_target(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"])
    assert not got & want_dyads([case["absent_triple"]]), case["note"]
