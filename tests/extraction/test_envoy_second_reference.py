"""'the envoy' as a second reference to an official the text named earlier with an ambassador's or
envoy's title ('US Ambassador X ... The minister met the envoy'): the holder, chosen as for 'the
ambassador' (entity_fixes title_second_references); a minister named earlier is no envoy.
Hand-written sentences."""

from __future__ import annotations

import pytest

CASES = [
    (
        "British Ambassador Jane Smithers criticised Hungary's new media law on Monday. Hungarian Foreign "
        "Minister Peter Szijjarto met the envoy on Tuesday.",
        [("Peter Szijjarto", "CONSULT", "Jane Smithers")],
        [],
    ),
    (
        # a special envoy named by apposition
        "Washington's special envoy for Sudan, Tom Perriello, arrived in Port Sudan on Sunday. Army chief "
        "Abdel Fattah al-Burhan met the envoy on Monday.",
        [("Abdel Fattah al-Burhan", "CONSULT", "Tom Perriello")],
        [],
    ),
    (
        # a minister is no envoy
        "Japanese Defence Minister Taro Kono criticised the drills. Philippine President Ferdinand Marcos "
        "met the envoy on Monday.",
        [],
        [("Ferdinand Marcos", "CONSULT", "Taro Kono")],
    ),
]


@pytest.mark.parametrize("text,want,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_envoy_second_reference(event_dyads, want_dyads, text, want, never):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
    assert not (want_dyads(never) & got), got
