"""Shared fixtures (the only place fixtures live, as in spaCy's test suite)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
