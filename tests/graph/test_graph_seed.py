"""Acceptance on the seed article (issue 6): ``kg stats`` puts Russia, China and Iran in one bloc.

Depends on the extractor finding the joint naval exercise and the partnership; the bloc logic
itself is tested on hand-built graphs in test_graph_analytics.py.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.graph import project, stats

pytestmark = pytest.mark.slow

RUSSIA, CHINA, IRAN, USA, UKRAINE = "Q159", "Q148", "Q794", "Q30", "Q212"


def test_graph_seed_russia_china_iran_one_bloc(seed_graph):
    s = stats(seed_graph)
    bloc = next(b for b in s["blocs"] if RUSSIA in b["actors"])
    assert {RUSSIA, CHINA, IRAN} <= set(bloc["actors"]), s["blocs"]
    assert UKRAINE not in bloc["actors"]


def test_graph_seed_dyads(seed_graph):
    G = project(seed_graph)
    assert G.edges[RUSSIA, CHINA]["sign"] == 1 and G.edges[RUSSIA, IRAN]["sign"] == 1
    assert G.edges[RUSSIA, UKRAINE]["sign"] == -1
    s = stats(seed_graph)
    assert s["hostile"][0]["actors"] == [RUSSIA, UKRAINE]
    assert {RUSSIA, CHINA} == set(s["cooperative"][0]["actors"]) or {RUSSIA, IRAN} == set(
        s["cooperative"][0]["actors"]
    )


def test_graph_seed_stats_cli(seed_build):
    r = CliRunner().invoke(app, ["stats", str(seed_build.outputs["turtle"]), "--format", "json"])
    assert r.exit_code == 0, r.output
    labels = [b["labels"] for b in json.loads(r.stdout)["blocs"]]
    assert any({"Russia", "China", "Iran"} <= set(b) for b in labels), labels
