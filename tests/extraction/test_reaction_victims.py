"""A reaction to 'the attack' is not aimed at the side it marks as struck: the site of the nominal
('the attack on Kenya', 'the attack in Nairobi') and whom the reacting actor backs in the same
sentence ('expressed solidarity with Nigeria') are victims, so the struck side's reply is skipped
and the earlier attacker is the antecedent. Hand-written sentences from several conflicts."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Boko Haram fighters attacked a Nigerian army base on Monday. Nigeria's air force struck Boko Haram "
        "camps on Tuesday. Chad condemned the attack and expressed solidarity with Nigeria.",
        ("Chad", "ACCUSE", "Boko Haram"),
        ("Chad", "ACCUSE", "Nigeria"),
    ),
    (
        "Al-Shabaab fighters attacked a Kenyan border post on Monday. Kenyan jets bombed al-Shabaab bases in "
        "Somalia the next day. Uganda condemned the attack on Kenya.",
        ("Uganda", "ACCUSE", "Al-Shabaab"),
        ("Uganda", "ACCUSE", "Kenya"),
    ),
]


@pytest.mark.parametrize("text,want,wrong", CASES, ids=[c[1][0] for c in CASES])
def test_reaction_skips_the_struck_sides_reply(event_dyads, want_dyads, text, want, wrong):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got
    assert not want_dyads([wrong]) & got
