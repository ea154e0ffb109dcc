"""A relative pronoun that is the object of an infinitive inside the relative clause ('Maduro, whom Bogota
has refused to recognise,', 'Taiwan, which Beijing has vowed to annex,') stands for the clause's antecedent,
as it does as the object of the relative clause's own verb. Sentences of our own, run through the real
pipeline; exact (source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_relative_infinitive")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_relative_infinitive_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
