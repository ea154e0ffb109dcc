"""kg.corpus: deterministic, realistic lengths, recombined from several example articles (not the seed)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.corpus import EXAMPLES_DIR, example_articles, generate_articles, write_corpus
from kg.ingest import read_sources


def test_corpus_examples_are_synthetic_and_varied():
    arts = example_articles()
    assert len(arts) >= 6
    for path in EXAMPLES_DIR.glob("*.txt"):
        head = path.read_text(encoding="utf-8")[:600]
        assert "synthetic: true" in head and 400 <= len(path.read_text().split()) <= 900


@pytest.mark.parametrize("seed", [0, 5])
def test_corpus_deterministic_and_continuable(seed):
    a = list(generate_articles(6, seed=seed))
    assert a == list(generate_articles(6, seed=seed))
    assert list(generate_articles(2, seed=seed, start=4)) == a[4:]
    assert a != list(generate_articles(6, seed=seed + 1))
    assert len({r["text"] for r in a}) == 6


def test_corpus_mixes_several_examples_and_lengths():
    arts = example_articles()
    sentence_home = {s: a.id for a in arts for p in a.paragraphs for s in p}
    recs = list(generate_articles(30, seed=2))
    words = [len(r["text"].split()) for r in recs]
    assert min(words) >= 300 and max(words) <= 1100 and max(words) - min(words) > 200
    for r in recs:
        sents = [s for s in sentence_home if s in r["text"]]
        assert len({sentence_home[s] for s in sents}) >= 2  # recombined from at least two articles
    for p in (EXAMPLES_DIR.parents[2] / "seeds").glob("*.txt"):  # the seed article is not a source
        body = p.read_text(encoding="utf-8")
        assert not any(s in body for s in list(sentence_home)[:50] if len(s) > 60)


@pytest.mark.parametrize("name", ["c.jsonl", "txt"])
def test_corpus_written_files_are_readable(tmp_path, name):
    out = write_corpus(5, tmp_path / name, seed=1)
    docs = list(read_sources([out]))
    assert [d.id for d in docs] == [f"synth-{i:06d}" for i in range(5)]
    assert all(d.published and re.match(r"\d{4}-\d\d-\d\d", d.published) for d in docs)


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["3", "-o", "{tmp}/c.jsonl"], 0, "wrote 3"),
        (["3", "-o", "{tmp}/c.jsonl", "--min-words", "50", "--max-words", "10"], 2, "E056"),
    ],
)
def test_corpus_cli(tmp_path, args, code, text):
    res = CliRunner().invoke(app, ["generate-corpus", *[a.format(tmp=tmp_path) for a in args]])
    assert res.exit_code == code, res.output
    assert text in res.output
    if code == 0:
        assert len([json.loads(x) for x in (tmp_path / "c.jsonl").read_text().splitlines()]) == 3
