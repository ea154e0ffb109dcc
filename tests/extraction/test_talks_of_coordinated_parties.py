"""Talks in a setting phrase of a clause whose subject coordinates the parties, in our own sentences:
'X and Y agreed to a truce during talks in Z' states that X and Y met (CONSULT, CAMEO 046 engage in
negotiation) besides their agreement, as 'reached a deal during talks' already did; the parser hangs
the setting phrase on the verb's prepositional object ('to a truce during talks')."""

from __future__ import annotations

import pytest

CASES = [
    "Ghana and Togo agreed to a ceasefire during talks in Accra.",
    "Peru and Bolivia agreed on a border truce during talks.",
]


@pytest.mark.parametrize("text", CASES, ids=[c[:40] for c in CASES])
def test_talks_of_coordinated_parties(event_dyads, want_dyads, text):
    _evs, got = event_dyads(text)
    a, b = text.split(" agreed")[0].split(" and ")
    assert want_dyads([(a, "CONSULT", b)]) <= got


def test_one_party_at_talks_meets_no_one(event_dyads):
    _evs, got = event_dyads("Ghana objected to the presence of observers at talks in Accra.")
    assert not any(d[1] == "CONSULT" for d in got)
