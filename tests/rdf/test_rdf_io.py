"""Every format we write parses back, with rdflib and with pyoxigraph, to an isomorphic graph;
files are byte-identical on rebuild; load_graph reads every format back into the model."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdf_samples import normalized, sample_graph
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import InputError, UsageError
from kg.model import KnowledgeGraph
from kg.rdf import (
    FORMATS,
    load_graph,
    read_dataset,
    serialize_bytes,
    to_dataset,
    to_graph,
    write,
    write_outputs,
)
from kg.rdf.io import jsonld_document

# rdflib 7.6's own TriG/N-Quads/JSON-LD parsers use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|default_context).*:DeprecationWarning")

RDF_FORMATS = [f for f in FORMATS if f != "jsonl"]
RDFLIB_NAMES = {
    "turtle": "turtle",
    "trig": "trig",
    "nquads": "nquads",
    "ntriples": "nt",
    "json-ld": "json-ld",
}


def _by_graph(ds: Dataset) -> dict[str, Graph]:
    out: dict[str, Graph] = {}
    for s, p, o, c in ds.quads((None, None, None, None)):
        ident = getattr(c, "identifier", c)
        key = "" if ident is None or ident == DATASET_DEFAULT_GRAPH_ID else str(ident)
        out.setdefault(key, Graph()).add((s, p, o))
    return out


def _union(ds: Dataset) -> Graph:
    g = Graph()
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _assert_same(expected: Dataset, got: Dataset, quads: bool) -> None:
    if quads:
        e, g = _by_graph(expected), _by_graph(got)
        assert sorted(e) == sorted(g)
        for name in e:
            assert isomorphic(e[name], g[name]), name
    else:
        assert isomorphic(_union(expected), _union(got))


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_io_round_trip_with_rdflib_parser(tmp_path, fmt):
    g = sample_graph()
    path = write(g, tmp_path / f"graph{FORMATS[fmt].suffix}")
    parsed = Dataset()
    parsed.parse(path, format=RDFLIB_NAMES[fmt])
    _assert_same(to_dataset(g), parsed, FORMATS[fmt].quads)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_io_round_trip_with_pyoxigraph_parser(tmp_path, fmt):
    g = sample_graph()
    path = write(g, tmp_path / f"graph{FORMATS[fmt].suffix}")
    _assert_same(to_dataset(g), read_dataset(path), FORMATS[fmt].quads)


def test_io_turtle_union_is_the_union_of_the_dataset():
    g = sample_graph()
    assert isomorphic(to_graph(g), _union(to_dataset(g)))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_io_load_graph_reads_every_format_back(tmp_path, fmt):
    g = sample_graph()
    back = load_graph(write(g, tmp_path / f"graph{FORMATS[fmt].suffix}"))
    if fmt == "jsonl":  # the flat export keeps entities and relations, not document metadata
        assert sorted(back.entities) == sorted(g.entities)
        pairs = lambda kg: sorted((e.category, p) for e in kg.events.values() for p in e.pairs())  # noqa: E731
        assert pairs(back) == pairs(g)
    else:
        assert normalized(back) == normalized(g)


def test_io_load_graph_of_a_build_folder(tmp_path):
    g = sample_graph()
    written = write_outputs(g, tmp_path)
    assert set(written) == set(FORMATS)
    assert normalized(load_graph(tmp_path)) == normalized(g)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_io_deterministic_bytes(fmt):
    a, b = sample_graph(), sample_graph()
    assert serialize_bytes(a, fmt) == serialize_bytes(b, fmt)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_io_deterministic_whatever_the_insertion_order(fmt):
    from rdf_samples import doc_a, doc_b

    ab = KnowledgeGraph.from_results([doc_a(), doc_b()])
    ba = KnowledgeGraph.from_results([doc_b(), doc_a()])
    assert serialize_bytes(ab, fmt) == serialize_bytes(ba, fmt)


def test_io_deterministic_across_processes_and_hash_seeds(tmp_path):
    code = (
        "import sys, hashlib; sys.path.insert(0, sys.argv[1]);"
        "from rdf_samples import sample_graph; from kg.rdf import FORMATS, serialize_bytes;"
        "print(' '.join(hashlib.sha256(serialize_bytes(sample_graph(), f)).hexdigest() for f in FORMATS))"
    )
    outs = set()
    for seed in ("1", "2", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        res = subprocess.run(
            [sys.executable, "-c", code, str(Path(__file__).parent)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        outs.add(res.stdout.strip())
    here = " ".join(hashlib.sha256(serialize_bytes(sample_graph(), f)).hexdigest() for f in FORMATS)
    assert outs == {here}


def test_io_write_outputs_twice_gives_identical_files(tmp_path):
    g = sample_graph()
    first = {f: p.read_bytes() for f, p in write_outputs(g, tmp_path / "a").items()}
    second = {f: p.read_bytes() for f, p in write_outputs(sample_graph(), tmp_path / "b").items()}
    assert first == second
    assert not [p for p in (tmp_path / "a").iterdir() if p.name.startswith(".")]


def test_io_jsonld_uses_the_published_context_prefixes():
    import json

    from kg.rdf.ontodoc import CONTEXT_PATH

    doc = jsonld_document(sample_graph())
    published = json.loads(CONTEXT_PATH.read_text("utf-8"))["@context"]
    assert all(published[k] == v for k, v in doc["@context"].items())
    assert any(item.get("@id") == "doc:article-a" and "@graph" in item for item in doc["@graph"])


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (None, "missing.ttl", "E001"),
        ("", "empty.ttl", "E002"),
        ("<a> <b> .", "broken.ttl", "E012"),
        ('{"@graph": [', "broken.jsonld", "E012"),
        ("<http://a> <http://b> <http://c> <http://d> <http://e> .", "bad.nq", "E012"),
    ],
)
def test_io_unreadable_files_raise_input_error(tmp_path, content, name, code):
    p = tmp_path / name
    if content is not None:
        p.write_text(content)
    with pytest.raises(InputError, match=rf"\[{code}\].*{name}"):
        load_graph(p)


def test_io_unknown_format_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match=r"\[E013\] unknown format 'rdfxml'"):
        write(sample_graph(), tmp_path / "x.ttl", "rdfxml")
    with pytest.raises(UsageError, match=r"\[E005\]"):
        write(sample_graph(), tmp_path / "x.xml")


def test_io_folder_without_graphs_is_an_input_error(tmp_path):
    (tmp_path / "notes.txt").write_text("hi")
    with pytest.raises(InputError, match=r"\[E014\]"):
        load_graph(tmp_path)


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_io_seed_build_round_trips_with_both_parsers(seed_build, fmt):
    path = seed_build.outputs[fmt]
    expected = to_dataset(seed_build.graph)
    parsed = Dataset()
    parsed.parse(path, format=RDFLIB_NAMES[fmt])
    _assert_same(expected, parsed, FORMATS[fmt].quads)
    _assert_same(expected, read_dataset(path), FORMATS[fmt].quads)


def test_io_seed_build_reads_back_into_the_same_model(seed_build):
    assert normalized(load_graph(seed_build.outputs["trig"])) == normalized(seed_build.graph)


def test_io_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    import kg.rdf.io as rdf_io

    path = write(sample_graph(), tmp_path / "graph.ttl")
    before = path.read_bytes()

    def broken(g, fmt, fh):
        fh.write(b"@prefix half")
        raise RuntimeError("disk full")

    monkeypatch.setattr(rdf_io, "_write_to", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        write(sample_graph(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]
