"""Reactions marked as one more of the kind just reported (kg.extract.discourse ``_unaimed`` and
``echoed_targets``; cues.json discourse echoed_reactions ``echo_modifiers``): 'X and Y issued similar
condemnations', 'issued similar statements of solidarity', 'an identical condemnation' repeat the
nearest earlier reaction of their type by another side. Hand-written sentences from several
regions, none taken from an evaluation article; each case gives the exact set of dyads of the
reaction's type, so an over-firing rule fails too.

* 'similar'/'identical' on the reaction noun does not make it a reaction of its own;
* a noun that wants an object phrase ('solidarity with X') may go without it when it echoes;
* with no earlier reaction of its type, or only one by the same side, nothing is echoed.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Russian drones struck a power plant in Moldova on Sunday. Romania voiced solidarity with Moldova. "
        "Poland and Lithuania issued similar statements of solidarity.",
        "SUPPORT",
        {
            ("Romania", "SUPPORT", "Moldova"),
            ("Poland", "SUPPORT", "Moldova"),
            ("Lithuania", "SUPPORT", "Moldova"),
        },
    ),
    (
        "Israeli jets struck targets near Damascus. Egypt condemned the strikes. "
        "Jordan and Iraq issued similar condemnations.",
        "ACCUSE",
        {("Egypt", "ACCUSE", "Israel"), ("Jordan", "ACCUSE", "Israel"), ("Iraq", "ACCUSE", "Israel")},
    ),
    (
        "Venezuelan troops crossed into Guyana on Friday. Brazil condemned the incursion. "
        "Colombia issued an identical condemnation.",
        "ACCUSE",
        {("Brazil", "ACCUSE", "Venezuela"), ("Colombia", "ACCUSE", "Venezuela")},
    ),
    ("Morocco hosted the talks. Senegal expressed solidarity.", "SUPPORT", set()),
    (
        "Ethiopia's dam filling began in July. Egypt voiced solidarity with Sudan. "
        "Sudan issued similar statements of solidarity.",
        "SUPPORT",
        {("Egypt", "SUPPORT", "Sudan")},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_similar_reaction_echo(event_dyads, want_dyads, case):
    text, cat, expect = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == cat} == want_dyads(expect)
