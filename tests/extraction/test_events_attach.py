"""Argument attachment: both actors and a trigger are in the sentence, and the event must be built between
them despite the parse (coordinated and comitative subjects, coordinated objects, partners of an agreed act,
appositive and passive participants, triggers in infinitive and participial clauses). Sentences of our own
from many conflicts, run through the real pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "events_attach.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_attach_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
