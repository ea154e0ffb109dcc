"""kg.nlp.limits: no sentence longer than the limit, in a real pipeline, and normal text untouched."""

from __future__ import annotations

import time

import pytest
import spacy

from kg.nlp import load_pipeline
from kg.nlp.limits import DEFAULT_MAX_SENTENCE_CHARS, limit_sentences


@pytest.mark.parametrize("limit", [40, 200])
def test_limits_blank_doc_no_sentence_over_limit(limit):
    nlp = spacy.blank("en")
    doc = limit_sentences(nlp("word, " * 300 + "end"), limit)
    starts = [t.idx for t in doc if t.is_sent_start] + [len(doc.text)]
    assert len(starts) > 2
    assert all(b - a <= limit for a, b in zip(starts, starts[1:], strict=False))


@pytest.mark.parametrize("limit", [300])
def test_limits_pipeline_cuts_pathological_sentence(limit):
    nlp = load_pipeline(max_sentence_chars=limit)
    assert nlp.pipe_names.index("kg_sentence_limit") < nlp.pipe_names.index("parser")
    text = "Russia, China and Iran and their partners in the region " * 400 + "met."  # ~22,000 chars, no stop
    t0 = time.perf_counter()
    doc = nlp(text)
    assert time.perf_counter() - t0 < 30
    lengths = [len(s.text) for s in doc.sents]
    assert len(lengths) > 50 and max(lengths) <= limit


@pytest.mark.parametrize(
    "text", ["Russia and China held talks in Beijing on Monday. India protested the talks."]
)
def test_limits_default_leaves_news_sentences_alone(text):
    with_limit = load_pipeline()
    without = load_pipeline(max_sentence_chars=0)
    assert "kg_sentence_limit" in with_limit.pipe_names and "kg_sentence_limit" not in without.pipe_names
    assert [s.text for s in with_limit(text).sents] == [s.text for s in without(text).sents]
    assert DEFAULT_MAX_SENTENCE_CHARS >= 1000
