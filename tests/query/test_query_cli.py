"""kg query / kg load / kg serve --get through the CLI: outputs, and every documented error with its exit code."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_query_cli_list():
    r = _run("query", "--list")
    assert r.exit_code == 0
    for name in (
        "partners",
        "events_between",
        "threats_sanctions",
        "timeline",
        "evidence",
        "roles",
        "degree",
    ):
        assert name in r.output


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml", "table"])
def test_query_cli_saved_formats(small_kg_dir, fmt):
    r = _run("query", small_kg_dir, "--saved", "partners", "--param", "actor=Russia", "--format", fmt)
    assert r.exit_code == 0, r.output
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.stdout)))
        assert [x["label"] for x in rows] == ["China", "Iran"]
    elif fmt == "json":
        data = json.loads(r.stdout)
        assert [b["label"]["value"] for b in data["results"]["bindings"]] == ["China", "Iran"]
    else:
        assert "China" in r.stdout and "Iran" in r.stdout


def test_query_cli_rq_file_and_construct(small_kg_dir, tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("# people\nCONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a kg:Person ; rdfs:label ?l }\n")
    r = _run("query", small_kg_dir / "graph.ttl", f)
    assert r.exit_code == 0, r.output
    assert "@prefix" in r.stdout and '"Sergey Lavrov"' in r.stdout


@pytest.mark.parametrize(
    "args,code,pattern",
    [
        (["SELECT * WHERE {\n  ?s ?p\n}"], 2, "SPARQL syntax error: line 3, column"),
        (["--saved", "allies"], 2, "unknown saved query 'allies'; available: degree, events_between"),
        (["--saved", "evidence", "--param", "subject=Trump"], 2, "needs parameter"),
        (["--saved", "partners", "--param", "actor"], 2, "NAME=VALUE"),
        (["--saved", "partners", "--param", "actor=Atlantis"], 2, "no actor matches 'Atlantis'"),
        (["INSERT DATA { <http://e/a> <http://e/p> 1 }"], 2, "refused"),
        ([], 2, "QUERY"),
        (["missing.rq"], 1, "missing.rq: no such file"),
    ],
)
def test_query_cli_errors(small_kg_dir, args, code, pattern):
    r = _run("query", small_kg_dir, *args)
    assert r.exit_code == code, r.output
    assert re.search(re.escape(pattern).replace(r"\ ", " "), " ".join(r.output.split())), r.output
    assert "Traceback" not in r.output


def test_query_cli_missing_graph(tmp_path):
    r = _run("query", tmp_path / "nope.ttl", "ASK {}")
    assert r.exit_code == 1 and "no such file" in r.output


def test_query_cli_load_store_then_query(small_kg_dir, tmp_path):
    store = tmp_path / "store"
    r = _run("load", small_kg_dir / "graph.trig", "--store", store)
    assert r.exit_code == 0, r.output
    assert "quads" in r.stdout
    r = _run("load", small_kg_dir / "graph.nq", "--store", store)  # same documents: graphs replaced
    assert "2 graph(s) replaced" in r.stdout
    r = _run("query", store, "--saved", "degree", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert list(csv.DictReader(io.StringIO(r.stdout)))[0]["label"] == "Russia"


def test_query_cli_load_refuses_non_store_folder(small_kg_dir, tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    r = _run("load", small_kg_dir / "graph.trig", "--store", tmp_path)
    assert r.exit_code == 1 and "not a kg store" in r.output


def test_query_cli_serve_get(small_kg_dir):
    r = _run("serve", small_kg_dir, "--get", "/sparql?query=ASK%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D")
    assert r.exit_code == 0
    assert json.loads(r.stdout) == {"head": {}, "boolean": True}
    r = _run("serve", small_kg_dir, "--get", "/sparql?query=SELECT")
    assert r.exit_code == 1 and json.loads(r.stdout)["status"] == 400


@pytest.mark.slow
def test_query_cli_build_store(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Russia and China held a joint naval exercise in the Arabian Sea on Monday.\n")
    r = _run("build", art, "-o", tmp_path / "out", "--no-html", "--store", tmp_path / "store")
    assert r.exit_code == 0, r.output
    r = _run("query", tmp_path / "store", "--saved", "partners", "--param", "actor=Russia", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert "China" in r.stdout
