"""Shared fixtures (the only place fixtures live, as in spaCy's test suite)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# A failing trigger or pass is contained with a warning in normal use (kg.extract.common.skip_failure);
# under test it raises, so that a bug fails the test that meets it.
os.environ.setdefault("KG_STRICT_EXTRACTION", "1")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline with kg's components (loaded once per test session)."""
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """``kg.pipeline.build`` of the seed article into a temporary folder, once per session.

    Returns the :class:`kg.pipeline.BuildReport`; ``report.outputs`` maps format names to files.
    """
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed_build")
    return build([SEEDS], out)


@pytest.fixture(scope="session")
def seed_graph(seed_build):
    """The seed article's :class:`kg.model.KnowledgeGraph`."""
    return seed_build.graph


def _small_kg():
    """A hand-built graph of known content (the SPARQL tests' ground truth, independent of extraction)."""
    from kg.model import KnowledgeGraph
    from kg.types import DocResult, Document, Entity, Event, Evidence

    def ev(eid, doc, cat, src, tgt=(), sent="", **kw):
        start = doc.text.index(sent)
        return Event(
            eid,
            doc.id,
            cat,
            tuple(src),
            tuple(tgt),
            Evidence(doc.id, sent, start, start + len(sent)),
            confidence=0.8,
            extractor="kg.test.v1",
            **kw,
        )

    ents = (
        Entity(
            "Q159",
            "Russia",
            "Country",
            wikidata="Q159",
            iso3="RUS",
            aliases=("Moscow", "Kremlin"),
            mentions=4,
        ),
        Entity("Q148", "China", "Country", wikidata="Q148", iso3="CHN", aliases=("Beijing",), mentions=2),
        Entity("Q794", "Iran", "Country", wikidata="Q794", iso3="IRN", mentions=2),
        Entity(
            "Q30", "United States", "Country", wikidata="Q30", iso3="USA", aliases=("Washington",), mentions=2
        ),
        Entity(
            "Q22686",
            "Donald Trump",
            "Person",
            wikidata="Q22686",
            country="Q30",
            aliases=("Trump",),
            mentions=2,
        ),
        Entity(
            "Q80733",
            "Sergey Lavrov",
            "Person",
            wikidata="Q80733",
            country="Q159",
            aliases=("Lavrov",),
            mentions=1,
        ),
        Entity(
            "organization:russian-foreign-ministry",
            "Russian Foreign Ministry",
            "Organization",
            subtype="GovernmentBody",
            country="Q159",
            mentions=1,
        ),
    )
    d1 = Document(
        "d1",
        "Russia, China and Iran held joint naval drills in the Gulf of Oman. "
        "Trump threatened Russia with new sanctions. Washington sanctioned Iran's oil exports. "
        "Russian Foreign Minister Sergey Lavrov praised the drills.",
        title="Drills & threats <b>",
        url="https://example.org/d1",
        published="2025-03-10",
        publisher="Example News",
    )
    d2 = Document(
        "d2",
        "Russia and China are strategic partners. Moscow and Beijing held talks on March 12.",
        title="Partners",
        published="2025-03-13",
    )
    r1 = (
        ev(
            "e-drill",
            d1,
            "COOPERATE",
            ("Q159", "Q148", "Q794"),
            (),
            "Russia, China and Iran held joint naval drills in the Gulf of Oman.",
            context=("military",),
            date="2025-03-10",
        ),
        ev(
            "e-threat",
            d1,
            "THREATEN",
            ("Q22686",),
            ("Q159",),
            "Trump threatened Russia with new sanctions.",
            mode="sanction",
            modality="future",
            trigger="threatened",
        ),
        ev("e-sanction", d1, "SANCTION", ("Q30",), ("Q794",), "Washington sanctioned Iran's oil exports."),
        ev(
            "e-role",
            d1,
            "ROLE",
            ("Q80733",),
            ("organization:russian-foreign-ministry",),
            "Russian Foreign Minister Sergey Lavrov praised the drills.",
            role="Foreign Minister",
        ),
    )
    r2 = (
        ev("e-ally", d2, "ALLY", ("Q159", "Q148"), (), "Russia and China are strategic partners."),
        ev(
            "e-talks",
            d2,
            "CONSULT",
            ("Q159", "Q148"),
            (),
            "Moscow and Beijing held talks on March 12.",
            date="2025-03-12",
        ),
    )
    return KnowledgeGraph.from_results([DocResult(d1, ents, r1), DocResult(d2, ents[:2], r2)])


@pytest.fixture(scope="session")
def small_kg():
    """A hand-built :class:`kg.model.KnowledgeGraph`: Russia, China, Iran drills; Trump's threat of
    sanctions on Russia; a US sanction on Iran; Lavrov's role; a Russia-China partnership and talks."""
    return _small_kg()


@pytest.fixture(scope="session")
def small_kg_dir(small_kg, tmp_path_factory):
    """``small_kg`` written by ``kg.rdf.io.write_outputs`` (graph.ttl, .trig, .nq, .nt, .jsonld, .jsonl)."""
    from kg.rdf.io import write_outputs

    out = tmp_path_factory.mktemp("small_kg")
    write_outputs(small_kg, out)
    return out


@pytest.fixture(scope="session")
def short_corpus(tmp_path_factory):
    """A JSON Lines corpus of 40 short synthetic articles (``kg.corpus``, seed 7, 60-140 words each)."""
    from kg.corpus import write_corpus

    out = tmp_path_factory.mktemp("short_corpus") / "corpus.jsonl"
    return write_corpus(40, out, seed=7, min_words=60, max_words=140)


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def oxigraph_server(tmp_path):
    """The real Oxigraph server (PyPI ``oxigraph``, in the test extra) on 127.0.0.1 with a temporary
    data folder; yields its base URL (``/query``, ``/update``, ``/store``) and stops it afterwards."""
    import shutil
    import socket
    import subprocess
    import sys
    import time

    beside = Path(sys.executable).parent / "oxigraph"  # the venv's scripts folder may not be on PATH
    exe = str(beside) if beside.exists() else shutil.which("oxigraph")
    assert exe, "the oxigraph server (PyPI package 'oxigraph', in the test extra) must be installed"
    port = free_port()
    proc = subprocess.Popen(
        [exe, "serve", "--location", str(tmp_path / "oxdata"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.time() + 60
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                raise RuntimeError(f"oxigraph did not start: {proc.stderr.read().decode()}") from None
            time.sleep(0.2)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(10)
