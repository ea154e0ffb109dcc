"""Criticism carried by a judged clause or a failed duty, with no accuse verb (CAMEO 111 criticize or
denounce; speech_acts.json 'judged_clause' and 'duty_failure'): an extraposed evaluation ('said it was
unacceptable that Y had ...', 'it is a disgrace that Y ...'), a noun of disapproval with a that-clause
('expressed regret that Y had ...'), a feeling with a that-clause ('was disappointed that Y ...'), and a
voiced statement that another side failed in a duty ('said Y had failed to honour its obligations',
'Y's failure to notify'). Hand-written sentences from other conflicts; each case gives the exact
(source, category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    # extraposed evaluation: the that-clause's actor is the target
    (
        "Germany said it was unacceptable that Russia had jammed GPS signals over the Baltic.",
        {("Germany", "ACCUSE", "Russia")},
    ),
    (
        'Manila said it was "deeply regrettable" that Beijing had blocked the resupply mission.',
        {("Philippines", "ACCUSE", "China")},
    ),
    (
        "It is outrageous that Caracas keeps detaining our citizens, the Peruvian foreign minister said.",
        {("Peru", "ACCUSE", "Venezuela")},
    ),
    (
        "Warsaw said it was a disgrace that Budapest had vetoed the aid package.",
        {("Poland", "ACCUSE", "Hungary")},
    ),
    # a negated positive judgement
    (
        "Rabat said it was not acceptable that Algiers had closed its airspace.",
        {("Morocco", "ACCUSE", "Algeria")},
    ),
    # a noun of disapproval or a feeling with a that-clause
    (
        "The EU expressed concern that Belgrade had deployed troops near the boundary line.",
        {("European Union", "ACCUSE", "Serbia")},
    ),
    (
        "Paris voiced dismay that Algeria had expelled twelve French diplomats.",
        {("France", "ACCUSE", "Algeria"), ("Algeria", "SANCTION", "France")},
    ),
    ("Madrid was disappointed that Rabat had recalled its ambassador.", {("Spain", "ACCUSE", "Morocco")}),
    # a failed duty in reported speech
    (
        "Kyiv said Moscow had failed to honour its obligations under the grain deal.",
        {("Ukraine", "ACCUSE", "Russia")},
    ),
    ("Addis Ababa said Cairo failed to act against the militants.", {("Ethiopia", "ACCUSE", "Egypt")}),
    (
        'Seoul said Tokyo had "failed even to acknowledge" the forced labour and had failed to inform it.',
        {("South Korea", "ACCUSE", "Japan")},
    ),
    (
        "Canberra said Beijing's failure to notify it of the live-fire drills was unacceptable.",
        {("Australia", "ACCUSE", "China")},
    ),
    # the voice given by an attribution phrase: 'in X's words', 'in the view of X' (like 'according to X')
    (
        "Venezuela's foreign minister Yvan Gil spoke on Monday. The OAS, in Gil's words, failed to condemn the blockade.",
        {("Yvan Gil", "ACCUSE", "OAS")},
    ),
    (
        "In the view of the Serbian government, the EU failed to protect the Serb community.",
        {("Serbia", "ACCUSE", "European Union")},
    ),
    ("In many ways, the EU failed to protect the Serb community.", set()),
    # near misses: a possibility feared, a conditional, a negated copula, truth judged, one's own side,
    # the writer's own voice, a failure to win
    ("Taipei is concerned that Beijing could blockade the island.", set()),
    ("Ottawa said it would be unacceptable if Delhi expelled more diplomats.", set()),
    ("Ankara said it was not unacceptable that Athens had held the drills.", set()),
    ("Moscow said it was false that Kyiv had shelled the plant.", set()),
    ("Kyiv said it was regrettable that Ukraine had not qualified for the final.", set()),
    ("Beijing failed to notify Canberra of the drills.", set()),
    ("Paris said Berlin had failed to win the tender.", set()),
    ("Rome said Vienna had never failed to honour its commitments.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_judged_clause_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
