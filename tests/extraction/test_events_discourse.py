"""Participants left to the discourse (kg.extract.discourse): hand-written sentences from many
conflicts, none taken from an evaluation article, run through the real pipeline. Each case gives
the exact (source, category, target) set, so a rule that over-fires fails as well as one that
misses."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_discourse")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_discourse_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"])
    assert got == want_dyads(case["expect"]), case["note"]


@pytest.mark.parametrize(
    "case", [c for c in CASES if set(c) & {"cameo", "modality"}], ids=lambda c: c["text"][:48]
)
def test_discourse_coded_details(event_dyads, case):
    evs, _ = event_dyads(case["text"])
    main = [e for e in evs if e.category == case["expect"][0][1]]
    assert main, case["note"]
    if "cameo" in case:
        assert main[0].cameo == case["cameo"], case["note"]
    if "modality" in case:
        assert main[0].modality == case["modality"], case["note"]


def test_discourse_participants_lower_confidence(event_dyads):
    """A target found in an earlier sentence is less certain than one in the clause itself."""
    evs, _ = event_dyads("Russia fired missiles at Ukraine on Monday. Poland condemned the attack.")
    accuse = [e for e in evs if e.category == "ACCUSE"]
    attack = [e for e in evs if e.category == "ASSAULT"]
    assert accuse and attack and accuse[0].confidence < attack[0].confidence


def test_evaluative_frame_needs_pejorative_complement(nlp):
    from kg.extract.discourse import evaluative_ok

    doc = nlp("Kosovo called the manoeuvre a provocation.")
    assert evaluative_ok(doc[1], frozenset({"provocation"}))
    doc = nlp("Kosovo called the provocation off.")
    assert not evaluative_ok(doc[1], frozenset({"provocation"}))
