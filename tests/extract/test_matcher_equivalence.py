"""The extractors' trigger scans are set lookups standing in for spaCy Matchers of single-token patterns
(``kg.extract.events._matcher``, ``kg.extract.relations._matcher``): the Matcher calls a Python predicate
per token and pattern, which cost about a sixth of extraction time. The Matchers stay the specification;
these tests hold the fast scans to exactly the Matchers' matches, in the same order, on real articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import events as ev
from kg.extract import relations as rel

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    *sorted((ROOT / "seeds").glob("*.txt")),
    *sorted((ROOT / "tests" / "data" / "dev8").glob("*.txt"))[:3],
    *sorted((ROOT / "tests" / "data" / "dev12").glob("*.txt"))[:2],
]


@pytest.fixture(scope="module")
def docs(nlp):
    assert len(TEXTS) >= 4
    return list(nlp.pipe(p.read_text(encoding="utf-8") for p in TEXTS))


def test_event_trigger_scan_equals_the_matcher(nlp, docs):
    matcher = ev._matcher(nlp.vocab)
    total = 0
    for doc in docs:
        want = sorted({start for _, start, _ in matcher(doc)})
        got = ev._trigger_starts(doc)
        assert got == want
        total += len(got)
    assert total > 100


def test_relation_scan_equals_the_matcher(nlp, docs):
    matcher = rel._matcher(nlp.vocab)
    total = 0
    for doc in docs:
        want = [(doc.vocab.strings[label], start) for label, start, _ in matcher(doc)]
        got = rel._matches(doc)
        assert got == want
        total += len(got)
    assert total > 5
