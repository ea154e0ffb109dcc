"""Titles the title table lacked: an IGO's executive secretary, a company executive, a legislator, a
journalist, an ambassador-at-large, an emissary. Our own sentences; each case failed before."""

import pytest


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "ECOWAS Executive Secretary Omar Touray said the bloc stood ready to send mediators.",
            ("Omar Touray", "ECOWAS"),
        ),
        (
            "Canadian authorities arrested Samsung executive Lee Jae-yong at the request of the United States.",
            ("Lee Jae-yong", "Samsung"),
        ),
        ("Kenyan legislator Ann Wanjiru criticised the deal with China.", ("Ann Wanjiru", "Kenya")),
        ("Reuters journalist Ahmed Saleh was detained in Cairo.", ("Ahmed Saleh", "Reuters")),
        (
            "US Ambassador-at-Large Beth Van Schaack met Ugandan officials.",
            ("Beth Van Schaack", "United States"),
        ),
        ("The Kremlin's emissary Kirill Dmitriev met Steve Witkoff.", ("Kirill Dmitriev", "Russia")),
    ],
)
def test_title_gives_role(role_pairs, text, pair):
    pairs, _ = role_pairs(text)
    assert pair in pairs
