"""Shared by the extraction tests: the exact (source, category, target) dyads of a text's events, with
the symmetric PLOVER types (and ALLY) keyed in either direction as the shared scorer matches them."""

from __future__ import annotations

import pytest

SYMMETRIC = frozenset({"COOPERATE", "CONSULT", "AGREE", "ALLY"})


def dyad_key(s: str, cat: str, o: str) -> tuple[str, str, str]:
    """One key per dyad: symmetric types in sorted order, directed types as given."""
    return (min(s, o), cat, max(s, o)) if cat in SYMMETRIC else (s, cat, o)


@pytest.fixture
def event_dyads(nlp):
    """A function running the real pipeline on a text: (the event extractor's events, their dyads by label)."""
    from kg.extract import extract_text

    def run(text: str, published: str = "2025-06-01"):
        r = extract_text(text, nlp, published=published)
        labels = {e.key: e.label for e in r.entities}
        evs = [e for e in r.events if e.extractor == "kg.events.v1"]
        got = {
            dyad_key(labels.get(s, s), e.category, labels.get(o, o)) for e in evs for s, o in e.pairs() if o
        }
        return evs, got

    return run


@pytest.fixture
def want_dyads():
    """A function keying a case's expected (source, category, target) triples like event_dyads does."""
    return lambda triples: {dyad_key(*t) for t in triples}


@pytest.fixture
def role_pairs(nlp):
    """A function running the real pipeline on a text: its (person, organization or state) ROLE pairs by
    label, and the whole result."""
    from kg.extract import extract_text

    def run(text: str, published: str = "2025-06-01"):
        r = extract_text(text, nlp, published=published)
        labels = {e.key: e.label for e in r.entities}
        pairs = {
            (labels.get(s), labels.get(o)) for ev in r.events if ev.category == "ROLE" for s, o in ev.pairs()
        }
        return pairs, r

    return run
