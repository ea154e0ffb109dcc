"""Second references to a state's organ by its common noun: 'the department' after a named department of
a state ('the US Treasury Department ... the department') is that department, by the latest earlier
organization acting for a state whose name ends in the same noun; 'the presidential office' is the
state's government, resolved as 'the presidency' is (AP/Reuters/Yonhap usage). Sentences of our own, run
through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("organ_second_references")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_organ_second_references_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
