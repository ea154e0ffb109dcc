"""'Both leaders' / 'the two leaders' with no pair in the sentences just before: the latest pair of
persons coordinated earlier in the story (the summit's principals). Hand-written sentences from
several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "President William Ruto and President Samia Suluhu Hassan held talks in Arusha on Monday. "
        "The meeting lasted three hours. Trade barriers at the Namanga crossing topped the agenda. "
        "A new highway project was also announced. Both leaders condemned Al-Shabaab for an attack "
        "on a border post.",
        [("William Ruto", "ACCUSE", "Al-Shabaab"), ("Samia Suluhu Hassan", "ACCUSE", "Al-Shabaab")],
    ),
    (
        "Chancellor Olaf Scholz and President Emmanuel Macron met in Berlin on Tuesday. The talks "
        "focused on energy prices. A joint statement on industrial policy followed. Farmers protested "
        "outside. Reporters waited for hours. The two leaders "
        "urged Russia to withdraw its troops from the Zaporizhzhia nuclear plant.",
        [("Olaf Scholz", "REQUEST", "Russia"), ("Emmanuel Macron", "REQUEST", "Russia")],
    ),
    (
        "Prime Minister Anthony Albanese and Prime Minister Christopher Luxon met in Queenstown. "
        "Their agenda covered climate finance and migration. Officials described the mood as warm. "
        "A rugby match was held in the evening. "
        "Later, both leaders criticised China for its military drills in the Tasman Sea.",
        [("Anthony Albanese", "ACCUSE", "China"), ("Christopher Luxon", "ACCUSE", "China")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[1][0][0] for c in CASES])
def test_both_leaders_are_the_story_pair(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got
