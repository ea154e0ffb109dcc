"""An agentless passive release of persons ('Both men were released in June', 'He was released late on
Friday') is the act of the one who held them: the source of the latest earlier detention of any of them in
the story (kg.extract.discourse released_by; event_lexicon 'release'/'free' admit a person as the one
released, '<persons>'). Sentences of our own, run through the real pipeline; exact (source, category,
target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("released_by_holder")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_released_by_holder_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
