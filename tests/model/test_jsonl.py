"""The JSON Lines export: one record per line, whatever the text holds."""

from __future__ import annotations

import json

import pytest

from kg.model import KnowledgeGraph, dumps_jsonl
from kg.types import DocResult, Document, Entity, Event, Evidence


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85"])
def test_jsonl_line_separators_are_escaped(sep):
    text = f"Chile{sep}and Peru met."
    doc = Document("d", text)
    ents = (
        Entity("Q298", f"Chile{sep}", "Country", mentions=1),
        Entity("Q419", "Peru", "Country", mentions=1),
    )
    ev = Event("e", "d", "CONSULT", ("Q298", "Q419"), evidence=Evidence("d", text, 0, len(text)))
    g = KnowledgeGraph.from_results([DocResult(doc, ents, (ev,))])
    out = dumps_jsonl(g)
    lines = out.splitlines()
    assert len(lines) == 3
    recs = [json.loads(line) for line in lines]
    assert recs[0]["label"] == f"Chile{sep}"
    assert recs[2]["evidence"]["text"] == text
