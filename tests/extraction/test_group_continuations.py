"""Collective and joint actors across sentences: a sentence-initial 'they' continues a previous subject
that is a set of actors ('The leaders reaffirmed ... They called on X', 'A and B spoke ... They urged X',
'the two countries ... They'), a listed joint text speaks for the subject that adopted it, 'the two
delegations' stand for their states, and 'the leaders' of a summit told further back are its parties.
Sentences of our own (no evaluation article's wording or actors), run through the real pipeline."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("group_continuations")


@pytest.mark.parametrize("case", [c for c in CASES if "includes" in c], ids=lambda c: c["text"][:48])
def test_group_continuation_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"])
    assert want_dyads(case["includes"]) <= got, case["note"]


@pytest.mark.parametrize("case", [c for c in CASES if "absent_from" in c], ids=lambda c: c["text"][:48])
def test_group_continuation_guards(event_dyads, case):
    evs, _ = event_dyads(case["text"])
    assert not [e for e in evs if e.evidence.text.startswith(case["absent_from"])], case["note"]
