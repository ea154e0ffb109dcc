"""'X claimed (responsibility for) the attack on Y': the claimant owns the act of violence, so the
claiming verb lends its subject to the attack noun as a light verb does ('carried out the attack'),
instead of dropping it as a mere claim; a denied or unowned claim names no attacker. A state's forces
abroad ('attacks on French forces in Mali') are that state: the host is no target. Hand-written
sentences."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Al-Shabaab claimed the 2019 attack on a hotel in Nairobi that killed 21 people.",
        ("Al-Shabaab", "ASSAULT", "Kenya"),
    ),
    (
        "Al-Shabaab claimed responsibility for the 2019 attack on a hotel in Nairobi.",
        ("Al-Shabaab", "ASSAULT", "Kenya"),
    ),
    (
        "The Houthis, who control northern Yemen, claimed a series of drone attacks on US warships on Sunday.",
        ("Houthis", "ASSAULT", "United States"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_claimed_attack(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got, got


def test_denied_claim_names_no_attacker(event_dyads):
    _evs, got = event_dyads("Al-Shabaab denied responsibility for the attack on a hotel in Nairobi.")
    assert not any(d[1] == "ASSAULT" and d[0] == "Al-Shabaab" for d in got)


def test_no_one_claimed(event_dyads):
    _evs, got = event_dyads("No group has claimed the attack on a hotel in Nairobi.")
    assert not any(d[1] == "ASSAULT" for d in got)


def test_forces_abroad_host_is_no_target(event_dyads):
    _evs, got = event_dyads(
        "The Islamic Resistance in Iraq claimed dozens of drone attacks on US forces in Syria and Iraq."
    )
    assert ("Islamic Resistance in Iraq", "ASSAULT", "United States") in got
    assert ("Islamic Resistance in Iraq", "ASSAULT", "Syria") not in got
