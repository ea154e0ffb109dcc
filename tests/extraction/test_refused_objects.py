"""A refusal of a thing another side owns or leads is a REJECT of that side (CAMEO 12x; speech_acts.json
'refused_object'): 'refused to sign Y's declaration', 'declined to host Y's observers', 'will not join
the initiative led by Y', 'will never support Y's membership', 'would not endorse the text drafted by Y'.
Hand-written sentences from other conflicts; each case gives the exact (source, category, target) set,
so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    ("Serbia refused to sign the declaration of the Kosovo government.", {("Serbia", "REJECT", "Kosovo")}),
    ("Belgrade declined to host the EU's election observers.", {("Serbia", "REJECT", "European Union")}),
    ("Slovakia will not join the initiative led by Poland.", {("Slovakia", "REJECT", "Poland")}),
    (
        "Austria said it would not join the coalition led by Britain.",
        {("Austria", "REJECT", "United Kingdom")},
    ),
    ("Ankara will never back Sweden's bid.", {("Turkey", "REJECT", "Sweden")}),
    ("Brazil would not endorse the declaration drafted by the G7.", {("Brazil", "REJECT", "G7")}),
    (
        "India refused to sign the joint statement of the SCO.",
        {("India", "REJECT", "SCO")},
    ),
    # near misses: a refusal denied, a standing policy towards an actor itself, a right owned,
    # a condition, a question, one's own side's thing
    ("Hungary did not refuse to sign the EU's declaration.", set()),
    ("Kenya would not support Uganda's right to self-defence.", set()),
    ("Slovakia would not join the initiative led by Poland if it excluded Kyiv.", set()),
    ("Will Slovakia join the initiative led by Poland?", set()),
    ("Paris refused to sign the French draft.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_refused_object_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
