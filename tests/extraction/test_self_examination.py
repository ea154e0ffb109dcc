"""'Y should ask itself ...', 'Y should look at itself', 'Y should be examining its own failures':
advice that the addressee turn on itself or on its own faults is a rebuke (CAMEO 111, ACCUSE), not an
appeal (CAMEO 020, REQUEST) -- quoted or reported. Advice about another act stays an appeal, and a
reflexive of self-defence is no rebuke. Hand-written sentences."""

from __future__ import annotations

import pytest

CASES = [
    (
        '"Ottawa should ask itself who is really escalating this dispute," said Li Wei, a professor at '
        "Fudan University.",
        ("Li Wei", "ACCUSE", "Canada"),
        ("Li Wei", "REQUEST", "Canada"),
    ),
    (
        '"Pretoria should look at itself before lecturing others," Nigerian Foreign Minister Yusuf Tuggar said.',
        ("Yusuf Tuggar", "ACCUSE", "South Africa"),
        ("Yusuf Tuggar", "REQUEST", "South Africa"),
    ),
    (
        "Chile's Foreign Minister Alberto van Klaveren told reporters that Buenos Aires \"should be "
        'examining its own record of failures" first.',
        ("Alberto van Klaveren", "ACCUSE", "Argentina"),
        ("Alberto van Klaveren", "REQUEST", "Argentina"),
    ),
]


@pytest.mark.parametrize(("text", "want", "not_want"), CASES, ids=[c[0][:40] for c in CASES])
def test_self_examination_is_a_rebuke(event_dyads, text, want, not_want):
    _evs, got = event_dyads(text)
    assert want in got, got
    assert not_want not in got, got


def test_advice_on_another_act_stays_an_appeal(event_dyads):
    _evs, got = event_dyads(
        '"Ottawa should reconsider its decision," said Chinese Foreign Ministry spokesman Lin Jian.'
    )
    assert ("Lin Jian", "REQUEST", "Canada") in got, got
    assert ("Lin Jian", "ACCUSE", "Canada") not in got, got


def test_self_defence_is_no_rebuke(event_dyads):
    _evs, got = event_dyads(
        '"Kyiv should defend itself with every means it has," Lithuanian President Gitanas Nauseda said.'
    )
    assert ("Gitanas Nauseda", "ACCUSE", "Ukraine") not in got, got
