"""Group anaphora (kg.extract.groups), descriptions of a state as a subject (kg.extract.anaphora),
descriptions of a bloc and acronyms defined in parentheses (kg.extract.entities):
hand-written sentences from many conflicts, none taken from an evaluation article, run through the
real pipeline. Each case gives the exact (source, category, target) set, so a rule that over-fires
fails as well as one that misses."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("group_anaphora")


@pytest.mark.parametrize("case", [c for c in CASES if "expect" in c], ids=lambda c: c["text"][:48])
def test_group_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"])
    got = {k for k in got if k[1] != "MEMBER_OF" or any(t[1] == "MEMBER_OF" for t in case["expect"])}
    assert got == want_dyads(case["expect"]), case["note"]


@pytest.mark.parametrize("case", [c for c in CASES if "absent_from" in c], ids=lambda c: c["text"][:48])
def test_group_ambiguous_resolves_nothing(event_dyads, case):
    evs, _ = event_dyads(case["text"])
    assert not [e for e in evs if e.evidence.text.startswith(case["absent_from"])], case["note"]
