"""The general praise and blame words of a naming verb (event_lexicon vocabularies 'laudatory' and
'pejorative', read by call#praise / describe#praise / call#disapprove / describe#disapprove): CAMEO 051
praise or endorse ('a very strong leader', 'a positive development', 'a victory for the people') and
CAMEO 111 criticize or denounce ('a barrier to a settlement', 'assassins', 'unfortunate and biased').
Hand-written sentences, none taken from an evaluation article. Each case gives the exact set of dyads of
one type.

* a quality or a gain named makes the naming a praise of whom it is said, or of the named act's parties;
* a hindrance, a killer or a misfortune named makes it a criticism;
* a complement that also holds a blame word ('a strong threat', 'a setback for a constructive
  relationship') is no praise.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        'President William Ruto described President Samia Suluhu Hassan as "a very strong leader".',
        "SUPPORT",
        {("William Ruto", "SUPPORT", "Samia Suluhu Hassan")},
        "a quality of a leader",
    ),
    (
        "Kenya's foreign minister described Tanzania's decision as \"a victory for the will of the people\".",
        "SUPPORT",
        {("Kenya", "SUPPORT", "Tanzania")},
        "an act named a gain praises its owner",
    ),
    (
        'Egypt\'s foreign minister described the agreement between Sudan and Chad as "a positive development".',
        "SUPPORT",
        {("Egypt", "SUPPORT", "Sudan"), ("Egypt", "SUPPORT", "Chad")},
        "a positive development praises the agreement's parties",
    ),
    (
        'Canada\'s trade minister visited Beijing and called China a "barrier" to a settlement of the dispute.',
        "ACCUSE",
        {("Canada", "ACCUSE", "China")},
        "an actor named a hindrance",
    ),
    (
        'Colombia\'s president called the Venezuelan government "assassins".',
        "ACCUSE",
        {("Colombia", "ACCUSE", "Venezuela")},
        "an insult (killers)",
    ),
    (
        'Ecuador\'s foreign ministry called the Peruvian sanctions "unfortunate and biased".',
        "ACCUSE",
        {("Ecuador", "ACCUSE", "Peru")},
        "a measure judged a misfortune blames its owner",
    ),
    (
        "Israel's foreign minister described Iran as a strong threat to the region.",
        "SUPPORT",
        set(),
        "a blame word in the complement: no praise",
    ),
    (
        "Japan's defence minister described the Chinese drills as a setback for a constructive relationship.",
        "SUPPORT",
        set(),
        "a setback is no praise, whatever else the complement says",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_naming_vocabulary(event_dyads, want_dyads, case):
    text, typ, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == typ} == want_dyads(expect), note
