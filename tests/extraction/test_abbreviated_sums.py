"""A sum of money written short ('$30m', '$2bn', '£45m', '€80mn') reads as the noun 'million' of
'pledged $500 million to X' (CAMEO 071 provide economic aid; event_lexicon 'abbreviated_sums'): the
parser makes the figure, or the suffix, the head of the phrase, a word no noun entry names."""

from __future__ import annotations

import pytest

CASES = [
    ("Kuwait pledged $30m to Sudan.", ("Kuwait", "AID", "Sudan")),
    ("Japan announced $2bn for Ukraine.", ("Japan", "AID", "Ukraine")),
    ("Norway pledged £45m to Somalia on Tuesday.", ("Norway", "AID", "Somalia")),
    ("Canada announced €80mn for Jordan.", ("Canada", "AID", "Jordan")),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_abbreviated_sum_to_a_recipient(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


@pytest.mark.parametrize(
    "text",
    [
        "Germany spent $200m on its own army last year.",
        "Qatar bought $2bn of Egyptian bonds.",
    ],
)
def test_abbreviated_sum_without_a_recipient_is_no_aid(event_dyads, text):
    _evs, got = event_dyads(text)
    assert not any(d[1] == "AID" for d in got)
