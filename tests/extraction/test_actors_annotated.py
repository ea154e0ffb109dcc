"""Hand-annotated sentences from many conflicts (none from the seed article): which canonical
actor each surface form links to, and the exact set of ROLE relations, through the real pipeline."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("actors_annotated")


def _result(nlp, case):
    from kg.extract import extract_text

    return extract_text(case["text"], nlp, published="2025-05-20")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_actors_annotated_linking(nlp, case):
    from kg.extract.entities import link_entities

    doc = nlp(case["text"])
    index = link_entities(doc)
    got = {m.text: index.entity(m.key).label for m in index.mentions}
    want = case["entities"]
    assert {k: got.get(k) for k in want} == want, case["note"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_actors_annotated_roles(nlp, case):
    r = _result(nlp, case)
    labels = {e.key: e.label for e in r.entities}
    got = {(labels[e.sources[0]], e.role, labels[e.targets[0]]) for e in r.events if e.category == "ROLE"}
    assert got == {tuple(x) for x in case["roles"]}, case["note"]
