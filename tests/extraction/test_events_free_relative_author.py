"""A rejection or welcome whose object is a free relative ('rejected what Washington proposed', 'rejects
what was announced by Egypt', 'welcomed what Riyadh announced') is aimed at the free relative's subject or
'by' agent, the author of what is judged. Sentences of our own, run through the real pipeline; exact
(source, category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("events_free_relative_author")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_events_free_relative_author_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
