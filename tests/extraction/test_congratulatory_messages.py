"""State media's congratulations ("sent a congratulatory message/letter/telegram to X") are CAMEO 051
praise, as the verb 'congratulate' is (PLOVER SUPPORT). Hand-written sentences (none from an
evaluation article) through the real pipeline."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Chinese President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on her election as president of Mexico.",
        {("Xi Jinping", "SUPPORT", "Claudia Sheinbaum")},
    ),
    (
        "Vladimir Putin sent a congratulatory telegram to Shavkat Mirziyoyev on Uzbekistan's Independence Day.",
        {("Vladimir Putin", "SUPPORT", "Shavkat Mirziyoyev")},
    ),
    # near miss: a message with no congratulation is no praise
    ("Vladimir Putin sent a message to Shavkat Mirziyoyev on Monday.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:48] for c in CASES])
def test_congratulatory_message(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "SUPPORT"} == want_dyads(want)
