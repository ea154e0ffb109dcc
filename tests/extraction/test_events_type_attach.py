"""Attachment of both sides when the actors and a trigger are in the sentence: a list of names in
apposition to the object ('expelled two Indian diplomats, A and B,'; names listed after an armed-group
noun are armed groups), forces acting 'alongside' others (military cooperation among every participant,
CAMEO 062), an abbreviated sum of money as the thing provided (AID) and a state ratifying or approving
another state's accession, membership or bid (AGREE with the state named on it, CAMEO 057); the subject
name of a coordinated clause that the parser joins to the first verb's object ('X expelled the Y envoy
and Z downgraded ties'), and an act done 'in response' / 'in reply' answering the latest hostile act
against its actor. Sentences of our own from many
conflicts, run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_type_attach")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_type_attach_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
