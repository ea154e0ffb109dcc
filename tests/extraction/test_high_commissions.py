"""A Commonwealth state's 'High Commission' is its embassy in another member state and acts for the
state ('the Nigerian High Commission in Accra protested'), and its 'High Commissioner' is the envoy a
later 'the envoy' refers to (entity_fixes state_actor_nouns, title_second_references). Hand-written
sentences."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The Nigerian High Commission in Accra protested to Ghana over the closure of Nigerian shops.",
        [("Nigeria", "ACCUSE", "Ghana")],
    ),
    (
        "The Malaysian foreign ministry said the Singapore High Commission in Kuala Lumpur had held talks "
        "with Indonesian officials on the haze.",
        [("Singapore", "CONSULT", "Indonesia")],
    ),
    (
        "Ugandan High Commissioner Joyce Kikafunda criticised the new rules on Monday. Kenyan Foreign "
        "Minister Musalia Mudavadi met the envoy on Tuesday.",
        [("Musalia Mudavadi", "CONSULT", "Joyce Kikafunda")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_high_commissions(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got
