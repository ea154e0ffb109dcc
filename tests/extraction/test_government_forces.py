"""'Government troops', 'government forces', 'federal forces', 'junta soldiers' fought by an armed
group are the forces of that group's home state (gazetteer 'home'; entity_fixes descriptions
'home_qualifiers'), before any earlier antecedent: a foreign state's troops named before are not
the government's. A place after 'in' ("government forces in Borno state") keeps the description.
Hand-written sentences from several civil wars."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Rwandan troops crossed the border last year. On Monday M23 rebels attacked government troops "
        "near Goma.",
        ("M23", "ASSAULT", "Democratic Republic of the Congo"),
        ("M23", "ASSAULT", "Rwanda"),
    ),
    (
        "Al-Shabaab fighters ambushed government soldiers outside Mogadishu, killing twelve.",
        ("Al-Shabaab", "ASSAULT", "Somalia"),
        None,
    ),
    (
        "Boko Haram militants attacked government forces in Borno state on Friday.",
        ("Boko Haram", "ASSAULT", "Nigeria"),
        None,
    ),
    (
        "Kenyan police arrived in Haiti in June. Al-Shabaab later attacked government forces near Kismayo.",
        ("Al-Shabaab", "ASSAULT", "Somalia"),
        ("Al-Shabaab", "ASSAULT", "Kenya"),
    ),
]


@pytest.mark.parametrize("text,want,wrong", CASES, ids=[c[1][0] + "-" + c[1][2] for c in CASES])
def test_government_forces_of_the_groups_home(event_dyads, want_dyads, text, want, wrong):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got
    if wrong is not None:
        assert not want_dyads([wrong]) & got


def test_security_forces_stay_with_their_antecedent(event_dyads, want_dyads):
    # 'security forces' is no government qualifier: the state named with forces before keeps them
    _, got = event_dyads(
        "Israeli troops raided Jenin. Hamas fighters attacked security forces near the camp."
    )
    assert want_dyads([("Hamas", "ASSAULT", "Israel")]) <= got
