"""Actor readings that cost precision: some members of an organization read as the organization.
Hand-written sentences (none from an evaluation article) through the real pipeline; each case gives
the exact (source, category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

SYMMETRIC = {"COOPERATE", "CONSULT", "AGREE", "ALLY"}

CASES = [
    # a counted or quantified plural of members is some of them, not the organization acting
    ("Five EU states still do not recognise Kosovo.", set()),
    ("Several NATO members criticized Turkey over the purchase.", set()),
    ("A handful of EU countries opposed the tariffs on China.", set()),
    # near misses: the members as a whole stand for the organization
    ("NATO members condemned Russia.", {("North Atlantic Treaty Organization", "ACCUSE", "Russia")}),
    ("All NATO allies condemned Russia.", {("North Atlantic Treaty Organization", "ACCUSE", "Russia")}),
]


def _key(s: str, cat: str, o: str) -> tuple[str, str, str]:
    return (min(s, o), cat, max(s, o)) if cat in SYMMETRIC else (s, cat, o)


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_precision_exact_dyads(nlp, text, expect):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    evs = [e for e in r.events if e.extractor == "kg.events.v1"]
    got = {_key(labels.get(s, s), e.category, labels.get(o, o)) for e in evs for s, o in e.pairs() if o}
    assert got == {_key(*t) for t in expect}
