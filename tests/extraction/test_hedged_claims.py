"""An act under a raising verb of belief or report ('X is believed / said to have supplied Y', 'X
appears to have fired') is an unconfirmed claim: kept, but hedged like 'reportedly'
(cues.json hedge raising). Hand-written sentences from several conflicts."""

from __future__ import annotations

import pytest

PLAIN = "Belarus supplied fuel to Serbia last year."


@pytest.mark.parametrize(
    "text",
    [
        "Belarus is believed to have supplied fuel to Serbia last year.",
        "Belarus is thought to have supplied fuel to Serbia last year.",
        "Belarus appears to have supplied fuel to Serbia last year.",
    ],
)
def test_raised_claim_is_hedged(event_dyads, want_dyads, text):
    evs, got = event_dyads(text)
    plain, _ = event_dyads(PLAIN)
    assert got == want_dyads([("Belarus", "AID", "Serbia")])
    assert max(e.confidence for e in evs) < min(e.confidence for e in plain)


def test_factive_raising_is_not_hedged(event_dyads):
    """'is known to have' asserts the act."""
    evs, _ = event_dyads("Belarus is known to have supplied fuel to Serbia last year.")
    plain, _ = event_dyads(PLAIN)
    assert evs and max(e.confidence for e in evs) == max(e.confidence for e in plain)
