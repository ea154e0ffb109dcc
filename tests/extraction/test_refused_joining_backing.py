"""A modal refusal to join or to back ('will not join NATO', 'could not support the Hungarian draft',
'would not back the Egyptian resolution', 'won't endorse Japan's plan') is a rejection of the body or
of the owner of the text (PLOVER REJECT, CAMEO 120; event_lexicon 'negated_reject')."""

from __future__ import annotations

import pytest

CASES = [
    ("Bolivia will not join NATO, the minister said.", ("Bolivia", "REJECT", "NATO")),
    ("Poland could not support the Hungarian draft.", ("Poland", "REJECT", "Hungary")),
    ("Kenya will not back the Egyptian resolution.", ("Kenya", "REJECT", "Egypt")),
    ("Vietnam said it would not endorse Japan's plan.", ("Vietnam", "REJECT", "Japan")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_modal_refusal_to_join_or_back(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia has not joined NATO.",
        "Poland did not support the Hungarian draft in 2019.",
    ],
)
def test_plain_negation_is_no_refusal(event_dyads, text):
    _evs, got = event_dyads(text)
    assert not any(d[1] == "REJECT" for d in got)
