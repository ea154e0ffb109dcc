"""Multilateral gatherings named by their participants (CAMEO 044 meet at a third location, PLOVER
CONSULT 'multilateral'): intransitive verbs of gathering ('gather', 'convene', 'assemble'; event_lexicon
``intransitive``) whose own subjects gather, and plural titles whose 'of' phrase is part of the title
('heads of state from A, B and C': the owners hang on 'state'). Hand-written sentences from several
regions, none taken from an evaluation article; each case gives the exact CONSULT dyads, so a rule that
over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Leaders of Brazil, Russia, India and South Africa gathered in Kazan on Tuesday.",
        {
            ("Brazil", "CONSULT", "Russia"),
            ("Brazil", "CONSULT", "India"),
            ("Brazil", "CONSULT", "South Africa"),
            ("Russia", "CONSULT", "India"),
            ("Russia", "CONSULT", "South Africa"),
            ("India", "CONSULT", "South Africa"),
        },
        "'leaders of A, B and C gathered in': every pair of the gathering states",
    ),
    (
        "Foreign ministers from Saudi Arabia, Qatar and Kuwait gathered in Riyadh on Sunday.",
        {
            ("Saudi Arabia", "CONSULT", "Qatar"),
            ("Saudi Arabia", "CONSULT", "Kuwait"),
            ("Qatar", "CONSULT", "Kuwait"),
        },
        "'ministers from A, B and C gathered'",
    ),
    (
        "Officials from Mali, Burkina Faso and Niger convened in Niamey to draft a joint charter.",
        {
            ("Mali", "CONSULT", "Burkina Faso"),
            ("Mali", "CONSULT", "Niger"),
            ("Burkina Faso", "CONSULT", "Niger"),
        },
        "intransitive 'convene'",
    ),
    (
        "Heads of state from Kenya, Uganda and Tanzania met in Arusha to discuss the crisis.",
        {
            ("Kenya", "CONSULT", "Uganda"),
            ("Kenya", "CONSULT", "Tanzania"),
            ("Uganda", "CONSULT", "Tanzania"),
        },
        "'heads of state from A, B and C': the 'of state' belongs to the title",
    ),
    (
        "Heads of government of Chile and Peru assembled in Lima for the Pacific Alliance meeting.",
        {("Chile", "CONSULT", "Peru")},
        "'heads of government of A and B assembled'",
    ),
    (
        "Russian and Belarusian troops gathered near the Polish border.",
        set(),
        "troops gathering make no meeting",
    ),
    (
        "Investigators from Ukraine and Poland gathered evidence at the crash site.",
        set(),
        "'gathered' with an object is no gathering of its subjects",
    ),
    (
        "Supporters of Serbia and Russia gathered outside the embassy in Belgrade.",
        set(),
        "a crowd of supporters is no meeting of states",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_gatherings(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
