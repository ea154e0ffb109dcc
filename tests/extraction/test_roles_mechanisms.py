"""Hand-written sentences from many conflicts (none from the seed or the dev sets), several phrasings of
each general pattern of titles: the exact ROLE relations (person label, target label) the real pipeline
gives, and the ones it must not give."""

from __future__ import annotations

import pytest
from _cases import load_cases

CASES = load_cases("roles_mechanisms")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_roles_mechanisms(nlp, case):
    from kg.extract import extract_doc
    from kg.types import Document

    doc = Document("text", case["text"], published="2025-05-20", publisher=case.get("publisher"))
    r = extract_doc(nlp(case["text"]), doc)
    labels = {e.key: e.label for e in r.entities}
    roles = {(labels[e.sources[0]], labels[e.targets[0]]) for e in r.events if e.category == "ROLE"}
    want = {tuple(x) for x in case.get("roles", [])}
    assert want <= roles, case["note"]
    assert not roles & {tuple(x) for x in case.get("not_roles", [])}, case["note"]
    if "persons" in case:
        assert {e.label for e in r.entities if e.type == "Person"} == set(case["persons"]), case["note"]
