"""'protest' as a government's official complaint (CAMEO 114): to another state ('protested to Minsk over
the incident'), against it, or against its act ('protested Beijing's deployment of a survey ship': the
act's owner); the international body a complaint is taken to is its forum, not the one complained of
('protested to the United Nations over Italian plans', 'complained to the Security Council about X')."""

from __future__ import annotations

import pytest

CASES = [
    ("Vietnam protested China's deployment of a survey ship.", ("Vietnam", "ACCUSE", "China")),
    ("The Polish government protested to Belarus over the incident.", ("Poland", "ACCUSE", "Belarus")),
    ("Japan protested against South Korea's decision.", ("Japan", "ACCUSE", "South Korea")),
    (
        "Tunisia has protested to the United Nations over Italian plans to build a wall.",
        ("Tunisia", "ACCUSE", "Italy"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_protest_target(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


@pytest.mark.parametrize(
    "text",
    [
        "Tunisia has protested to the United Nations over Italian plans to build a wall.",
        "Cambodia complained to the UN Security Council about Thai shelling.",
    ],
)
def test_forum_is_not_accused(event_dyads, text):
    _evs, got = event_dyads(text)
    assert not any(d[1] == "ACCUSE" and ("United Nations" in d[2] or "Security Council" in d[2]) for d in got)


def test_crowd_protest_adds_no_dyad(event_dyads):
    _evs, got = event_dyads("Thousands of people protested in Manila on Sunday.")
    assert not got
