"""A reaction to 'the attack' is not aimed at the side it marks as struck: the site of the nominal
('the attack on Kenya', 'the attack in Nairobi') and whom the reacting actor backs in the same
sentence ('expressed solidarity with Nigeria') are victims, so the struck side's reply is skipped
and the earlier attacker is the antecedent; an act told as a response ('responded with strikes',
'has responded by bombing') is tried after the acts it answers. Hand-written sentences from several conflicts."""

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
    # an act told as a response answers the attack; it is tried after the acts it answers
    (
        "Armenia shelled Azerbaijani positions on Monday. Azerbaijan responded with artillery strikes on "
        "Armenian villages. France condemned the attack.",
        ("France", "ACCUSE", "Armenia"),
        ("France", "ACCUSE", "Azerbaijan"),
    ),
    (
        "Hezbollah fired rockets at northern Israel on Monday. Israel has responded by bombing villages in "
        "southern Lebanon. Egypt condemned the attacks.",
        ("Egypt", "ACCUSE", "Hezbollah"),
        ("Egypt", "ACCUSE", "Israel"),
    ),
]


@pytest.mark.parametrize("text,want,wrong", CASES, ids=[c[1][0] for c in CASES])
def test_reaction_skips_the_struck_sides_reply(event_dyads, want_dyads, text, want, wrong):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got
    assert not want_dyads([wrong]) & got
