"""Adhering to the principle or policy another state states as its own endorses that state's position
(CAMEO 051 praise or endorse, PLOVER SUPPORT): the verb 'adhere to' and the noun 'commitment to' with a
'principle' or 'policy' that names the state (event_lexicon.json 'adhere to#principle',
'commitment#principle'). Hand-written sentences with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    ("Ruto said Kenya firmly adheres to the one-China policy.", [("William Ruto", "SUPPORT", "China")]),
    (
        "Tokayev reiterated that Kazakhstan firmly adheres to the one-China principle.",
        [("Kazakhstan", "SUPPORT", "China")],
    ),
    (
        'Ruto reiterated Kenya\'s "firm commitment" to the one-China policy.',
        [("William Ruto", "SUPPORT", "China")],
    ),
]

NEVER = [
    # a commitment or adherence to a principle that names no state endorses no one
    "Ruto reiterated Kenya's commitment to the peace process with Somalia.",
    "Kenya and Somalia adhere to the principle of non-interference.",
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_stated_principle_adherence(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got, got


@pytest.mark.parametrize("text", NEVER, ids=[str(i) for i in range(len(NEVER))])
def test_stated_principle_adherence_guards(event_dyads, text):
    _, got = event_dyads(text)
    assert not [d for d in got if d[1] == "SUPPORT"], got
