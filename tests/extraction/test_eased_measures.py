"""A sanction or restriction named as what a noun of easing governs ('the lifting of US sanctions', 'the
easing of sanctions on Syria', 'the removal of Chinese restrictions', 'the partial relaxation of Japanese
sanctions') is eased, CONCEDE (CAMEO 085), not imposed: no SANCTION between the two. A sanction noun
under no such word stays a sanction. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Caracas welcomed the lifting of US sanctions on its oil sector.",
        ("United States", "Venezuela"),
    ),
    (
        "The European Union on Monday announced the easing of sanctions on Syria's banking sector.",
        ("European Union", "Syria"),
    ),
    (
        "Pyongyang welcomed Beijing's decision, saying the removal of Chinese restrictions on its coal "
        "exports would help its economy.",
        ("China", "North Korea"),
    ),
    (
        "The Kremlin said the partial relaxation of Japanese sanctions on Russian seafood was a positive signal.",
        ("Japan", "Russia"),
    ),
]


@pytest.mark.parametrize("text,pair", CASES, ids=[str(i) for i in range(len(CASES))])
def test_eased_measure_is_concession(event_dyads, want_dyads, text, pair):
    _, got = event_dyads(text)
    assert want_dyads([(pair[0], "CONCEDE", pair[1])]) <= got, got
    assert not (want_dyads([(pair[0], "SANCTION", pair[1])]) & got), got


def test_sanction_stays(event_dyads, want_dyads):
    _, got = event_dyads("The EU imposed sanctions on Belarus's potash exports.")
    assert want_dyads([("European Union", "SANCTION", "Belarus")]) <= got, got


def test_asked_lifting_is_no_act(event_dyads):
    _, got = event_dyads("Tehran demanded the removal of European sanctions as a condition for talks.")
    assert not any(cat in ("SANCTION", "CONCEDE") for _, cat, _ in got), got
