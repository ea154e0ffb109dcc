"""Hand-written sentences from many conflicts (none from the seed or the dev sets): the state (or IGO)
each titled person acts for (their entity's ``country``, which maps their events to dyads) and, where
given, the exact set of ROLE relations, through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "roles_states.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _result(nlp, case):
    from kg.extract import extract_text

    return extract_text(case["text"], nlp, published="2025-05-20")


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_roles_states(nlp, case):
    r = _result(nlp, case)
    labels = {e.key: e.label for e in r.entities}
    got = {e.label: labels.get(e.country, e.country) for e in r.entities if e.type == "Person"}
    want = case["country"]
    assert {k: got.get(k) for k in want} == want, case["note"]
    if "persons" in case:
        assert {e.label for e in r.entities if e.type == "Person"} == set(case["persons"]), case["note"]
    if "orgs" in case:
        assert {e.label for e in r.entities if e.type == "Organization"} == set(case["orgs"]), case["note"]
    if "roles" in case:
        roles = {(labels[e.sources[0]], labels[e.targets[0]]) for e in r.events if e.category == "ROLE"}
        assert roles == {tuple(x) for x in case["roles"]}, case["note"]
