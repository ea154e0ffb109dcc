"""kg.pipeline's build engine with a stand-in extractor: order, errors, options, progress and the CLI."""

from __future__ import annotations

import json

import pytest
import standin
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ConfigError, InputError
from kg.pipeline import CACHE_DIR, build, count_documents

OPTS = dict(formats=(), html=False, extract_fn=standin.extract_documents, extractor_version=standin.VERSION)


@pytest.fixture
def corpus(tmp_path):
    lines = [
        {
            "id": f"a{i:02d}",
            "text": f"Russia and China held talks in Beijing on day {i}. Germany and France met.",
        }
        for i in range(20)
    ]
    lines[7]["text"] += " RAISE_IN_EXTRACTOR"
    p = tmp_path / "c.jsonl"
    p.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{broken\n")
    return p


@pytest.mark.parametrize("workers", [1, 2])
def test_engine_one_failing_article_is_skipped(corpus, tmp_path, workers):
    seen = []
    r = build(
        [corpus], tmp_path / "out", workers=workers, progress=lambda i, d: seen.append((i, d.id)), **OPTS
    )
    assert r.n_documents == 19 and "a07" not in r.graph.documents
    assert any("E051" in e and "stand-in extractor refuses" in e for e in r.errors)
    assert any("E006" in e and "line 21" in e for e in r.errors)  # the broken JSON line
    assert seen == [(i + 1, f"a{i:02d}") for i in range(20)]  # in input order, whatever the workers
    again = build([corpus], tmp_path / "out", workers=workers, **OPTS)
    assert (again.cached, again.extracted) == (19, 0)  # the failure is retried, not cached
    assert any("E051" in e for e in again.errors)


def test_engine_strict_raises_on_failing_article(corpus, tmp_path):
    with pytest.raises(InputError, match="E006|E051"):
        build([corpus], tmp_path / "out", strict=True, **OPTS)


@pytest.mark.parametrize(("kw", "code"), [({"executor": "spark"}, "E053"), ({"workers": 0}, "E054")])
def test_engine_bad_options(corpus, tmp_path, kw, code):
    with pytest.raises(ConfigError, match=code):
        build([corpus], tmp_path / "out", **{**OPTS, **kw})


def test_engine_auto_workers_small_input_runs_in_process(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Russia and China held talks in Beijing.")
    r = build([p], tmp_path / "out", workers=None, **OPTS)
    assert r.workers == 1 and r.extracted == 1


def test_engine_count_documents(corpus):
    assert count_documents([corpus]) == 21  # a fast estimate: every non-blank line


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (["--executor", "spark"], 2, "spark"),
        (["--workers", "0"], 2, "workers"),
        (["--no-cache", "--no-html"], 0, ""),
    ],
)
def test_engine_cli_options(tmp_path, args, code, text):
    src = tmp_path / "a.txt"
    src.write_text("Russia and China held talks in Beijing on Monday.")
    out = tmp_path / "out"
    res = CliRunner().invoke(app, ["build", str(src), "-o", str(out), *args])
    assert res.exit_code == code, res.output
    assert text in res.output
    if code == 0:
        assert (out / "graph.ttl").is_file() and not (out / CACHE_DIR).exists()
