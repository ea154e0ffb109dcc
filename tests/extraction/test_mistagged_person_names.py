"""A person the text names in full, mentioned again by a one-word name that the model tagged as a common
word ('Trump first threatened ...', NOUN) or put inside a span of another kind ('support for Lula this
week', DATE), is still that person: the document's own short name of the person, its last name or the
gazetteer's one-word name of a person the document links (never a month or weekday name, never a token
the model gave an actor label). Sentences of our own, run through the real pipeline; exact (source,
category, target) sets."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("mistagged_person_names")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_mistagged_person_names_exact_dyads(event_dyads, want_dyads, case):
    _, got = event_dyads(case["text"], case.get("published", "2025-03-12"))
    want = want_dyads(case["expect"])
    assert got == want, case["note"]
