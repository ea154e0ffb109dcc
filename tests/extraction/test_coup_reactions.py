"""Reactions to a coup (kg.extract.discourse ``coup_targets``; cues.json ``coups``): condemning,
denouncing or rejecting a coup is aimed at those who seized power, who act for the state they now
run -- named on the coup noun or on the nearest earlier coup mention that names one; a state's own
election judged ('rejected the polls as flawed', 'condemned the vote') is criticism of the state that
held it. Hand-written sentences from several regions, none taken from an evaluation article."""

from __future__ import annotations

import pytest

CASES = [
    (
        "ECOWAS condemned the coup in Niger.",
        {("ECOWAS", "ACCUSE", "Niger")},
    ),
    (
        "The United States condemned the military takeover in Myanmar.",
        {("United States", "ACCUSE", "Myanmar")},
    ),
    (
        "Coup leader Colonel Mamady Doumbouya was sworn in as Guinea's interim president on Friday. "
        "The takeover was the fourth in the region in two years. Senegal condemned the takeover.",
        {("Senegal", "ACCUSE", "Guinea")},
    ),
    (
        "Sudan's coup leader General Abdel Fattah al-Burhan dissolved the cabinet. "
        "Officials in Addis Ababa met on Tuesday. The African Union denounced the putsch.",
        {("African Union", "ACCUSE", "Sudan")},
    ),
    ("Officials said there had been a coup attempt. France condemned the coup.", set()),
    (
        "Russia held a referendum in the occupied regions. Ukraine rejected the vote as a sham.",
        {("Ukraine", "ACCUSE", "Russia")},
    ),
    (
        "Venezuela's presidential election was held on Sunday. "
        "The European Union said the vote was marred by fraud and condemned the election.",
        {("European Union", "ACCUSE", "Venezuela")},
    ),
    (
        "Belarus held a presidential election on Sunday. Lithuania condemned the vote as a farce.",
        {("Lithuania", "ACCUSE", "Belarus")},
    ),
    (
        "A Reuters opinion poll showed support for the government falling. The opposition condemned the poll.",
        set(),
    ),
    ("China condemned the takeover of the port by a private company.", set()),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_coup_reaction_target(event_dyads, want_dyads, case):
    text, expect = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "ACCUSE"} == want_dyads(expect)
