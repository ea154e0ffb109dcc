"""Reactions whose target is an earlier event, not a named actor (kg.extract.discourse
``pronoun_event`` and ``echoed_targets``; cues.json discourse ``pronoun_events``,
``echoed_reactions`` and the 'case' family of event nouns): hand-written sentences from many
conflicts, none taken from an evaluation article. Each case gives the exact set of dyads of the
reaction's type, so a rule that over-fires fails as well as one that misses.

* an object pronoun of a reaction ('have endorsed it', 'hailed it as', 'called them ...') stands
  for a definite event noun before it in its sentence or a subject/object of the sentence before;
  the reaction's target is that act's author;
* a lawsuit ('the case', 'the suit', 'the submission', 'the filing') is its filer's act;
* a reaction that names nothing ('X and Y also issued condemnations', 'issued a statement of
  condemnation', 'Z also condemned') repeats the nearest earlier reaction of its type by another
  side, within a few sentences; never one of the reacting side's own.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Nicaragua's filing at the International Court of Justice accuses Germany of facilitating "
        "genocide. The case has divided Latin American governments. Colombia and Venezuela have endorsed it.",
        "SUPPORT",
        {("Colombia", "SUPPORT", "Nicaragua"), ("Venezuela", "SUPPORT", "Nicaragua")},
        "'endorsed it': the subject of the sentence before, a case filed by Nicaragua",
    ),
    (
        "Nicaragua's filing at the International Court of Justice accuses Germany of facilitating "
        "genocide. Bolivia's president said he supported the suit.",
        "SUPPORT",
        {("Bolivia", "SUPPORT", "Nicaragua")},
        "'the suit' refers back to Nicaragua's filing",
    ),
    (
        "Chile's decision to reopen its embassy in Caracas followed months of quiet talks. "
        "Argentina's president hailed it as a new chapter for the region.",
        "SUPPORT",
        {("Argentina", "SUPPORT", "Chile")},
        "'hailed it': Chile's decision, the subject of the sentence before",
    ),
    (
        "Ecuador's lawsuit against Mexico over the embassy raid was lodged in April. "
        "Mexico's foreign ministry called the submission baseless.",
        "ACCUSE",
        {("Mexico", "ACCUSE", "Ecuador")},
        "'the submission' refers back to Ecuador's lawsuit",
    ),
    (
        "Israeli jets struck targets near Damascus on Sunday. Egypt condemned the strikes as a "
        "flagrant violation of Syrian sovereignty. Iraq and Lebanon also issued condemnations.",
        "ACCUSE",
        {("Egypt", "ACCUSE", "Israel"), ("Iraq", "ACCUSE", "Israel"), ("Lebanon", "ACCUSE", "Israel")},
        "'also issued condemnations' repeats Egypt's condemnation of Israel",
    ),
    (
        "Russian missiles hit a hospital in Kharkiv overnight. Poland condemned the attack. "
        "Lithuania's foreign ministry also issued a statement of condemnation.",
        "ACCUSE",
        {("Poland", "ACCUSE", "Russia"), ("Lithuania", "ACCUSE", "Russia")},
        "'a statement of condemnation' issued: the carrier noun's light verb",
    ),
    (
        "Rwanda and the Democratic Republic of Congo signed a peace accord in Washington. "
        "Kenya welcomed the agreement. Uganda and Tanzania also voiced support.",
        "SUPPORT",
        {
            ("Kenya", "SUPPORT", "Rwanda"),
            ("Kenya", "SUPPORT", "Democratic Republic of the Congo"),
            ("Uganda", "SUPPORT", "Rwanda"),
            ("Uganda", "SUPPORT", "Democratic Republic of the Congo"),
            ("Tanzania", "SUPPORT", "Rwanda"),
            ("Tanzania", "SUPPORT", "Democratic Republic of the Congo"),
        },
        "'also voiced support' repeats Kenya's praise of the accord's parties",
    ),
    (
        "Russian missiles hit a hospital in Kharkiv overnight. Poland condemned the attack. "
        "Officials said the repairs would take months. Engineers are assessing the damage. "
        "Schools in the city stayed shut. Estonia also issued condemnations.",
        "ACCUSE",
        {("Poland", "ACCUSE", "Russia")},
        "an echo further than the window from the reaction it would repeat stays unresolved",
    ),
    (
        "Russian missiles hit a hospital in Kharkiv overnight. Belarus condemned the Ukrainian "
        "drone strikes on Belgorod. Russia also issued condemnations.",
        "ACCUSE",
        {("Belarus", "ACCUSE", "Ukraine"), ("Russia", "ACCUSE", "Ukraine")},
        "the echo repeats the nearest reaction by another side",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_reaction_echo(event_dyads, want_dyads, case):
    text, typ, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == typ} == want_dyads(expect), note
