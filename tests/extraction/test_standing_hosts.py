"""'Hosts' in the simple present outside a headline states a standing arrangement -- a refuge, a base,
a population -- not a visit (CAMEO 043 needs a guest received): 'Qatar, which funds and hosts Hamas',
'Georgia also hosts the exiled Belarusian opposition leader', 'Pakistan, which hosts three million
Afghans'; foreign troops hosted are a basing, not a visit. A past or progressive 'hosted', and a
headline's present ('Xi hosts Lula in Beijing'), stay visits. Hand-written sentences from several
regions."""

from __future__ import annotations

import pytest

NO_VISIT = [
    (
        "Qatar, which funds and hosts Hamas, said on Monday it would keep mediating in Gaza.",
        ("Qatar", "Hamas"),
    ),
    (
        "Georgia also hosts the exiled Belarusian opposition leader Pavel Latushko, who fled to Tbilisi in "
        "2021. Belarus has protested.",
        ("Georgia", "Pavel Latushko"),
    ),
    (
        "Pakistan, which already hosts more than three million Afghans, closed the Torkham crossing on "
        "Friday after clashes with Taliban forces.",
        ("Pakistan", "Afghanistan"),
    ),
    (
        "Djibouti's foreign ministry accused Eritrea of hosting Ethiopian troops near the border.",
        ("Eritrea", "Ethiopia"),
    ),
]


@pytest.mark.parametrize("text,pair", NO_VISIT, ids=[str(i) for i in range(len(NO_VISIT))])
def test_standing_host_is_no_visit(event_dyads, want_dyads, text, pair):
    _, got = event_dyads(text)
    assert not (want_dyads([(pair[0], "CONSULT", pair[1])]) & got), got


VISITS = [
    (
        "Turkish President Recep Tayyip Erdogan hosted Russian President Vladimir Putin in Ankara on Tuesday.",
        ("Recep Tayyip Erdogan", "Vladimir Putin"),
    ),
    (
        "Xi hosts Lula in Beijing as trade ties deepen\n\nChinese President Xi Jinping welcomed Brazilian "
        "President Luiz Inacio Lula da Silva at the Great Hall of the People on Friday.",
        ("Xi Jinping", "Luiz Inacio Lula da Silva"),
    ),
]


@pytest.mark.parametrize("text,pair", VISITS, ids=[str(i) for i in range(len(VISITS))])
def test_visit_stays(event_dyads, want_dyads, text, pair):
    _, got = event_dyads(text)
    assert want_dyads([(pair[0], "CONSULT", pair[1])]) <= got, got
