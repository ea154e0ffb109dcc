"""Titled names listed after a plural group noun that a demonym qualifies ('their Philippine
counterparts, Foreign Secretary X and Y', 'the Indonesian ministers, Foreign Minister Z and ...') hold
their offices for that group's state, not for the dateline's state."""

from __future__ import annotations

import pytest

CASES = [
    (
        "WASHINGTON, April 11 (Reuters) - The talks brought together Blinken, Defense Secretary Lloyd Austin "
        "and their Philippine counterparts, Foreign Secretary Enrique Manalo and Gilberto Teodoro.",
        {("Lloyd Austin", "United States"), ("Enrique Manalo", "Philippines")},
    ),
    (
        "TOKYO, May 2 (Kyodo) - Kamikawa met the Indonesian ministers, Foreign Minister Retno Marsudi and "
        "Defence Minister Prabowo Subianto, on Thursday.",
        {("Retno Marsudi", "Indonesia"), ("Prabowo Subianto", "Indonesia")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_titled_names_listing_a_qualified_group(nlp, text, want):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    got = {(labels.get(s), labels.get(o)) for ev in r.events if ev.category == "ROLE" for s, o in ev.pairs()}
    assert got == want
