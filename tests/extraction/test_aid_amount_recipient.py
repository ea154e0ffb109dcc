"""The recipient of aid told by its amount: a counted unit the tagger left out of the amount stands
for the aid it quantifies ('300 million euros in aid to X': the verb's 'to' phrase is the
recipient), and a 'to' phrase the parser hangs on 'worth' is the noun's ('aid worth $5 million to
X'; CAMEO 07 provide aid)."""

from __future__ import annotations

import pytest

CASES = [
    ("Spain pledged 150 million euros in aid to Morocco.", ("Spain", "AID", "Morocco")),
    ("Italy pledged 100 million euros in aid to Tunisia.", ("Italy", "AID", "Tunisia")),
    ("Australia provided humanitarian aid worth $8 million to Fiji.", ("Australia", "AID", "Fiji")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_recipient_after_the_amount(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_an_amount_phrase_names_no_recipient(event_dyads):
    _evs, got = event_dyads("Germany spent 200 million euros in aid last year.")
    assert not any(d[1] == "AID" for d in got)
