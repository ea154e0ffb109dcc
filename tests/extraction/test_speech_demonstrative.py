"""A voiced judgement whose subject is a demonstrative ('this is unacceptable', 'it was a clear violation
of ...') judges the latest hostile act drafted earlier in its sentence or in the one before, when none of
its authors is of the voice's side (CAMEO 111); an extraposed 'it' ('it is dangerous to ...') or an
older or own-side act is no antecedent. 'Violation', 'breach', 'affront', 'travesty' of another side are
condemning references (speech_acts.json evaluation negative_nouns). A coordinated 'and will not remain
without consequences' takes its subject from the first clause. Hand-written sentences from many
conflicts through the real pipeline; each case gives the exact (source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    (
        '"Chinese hackers attacked our parliament, and this is absolutely unacceptable," the Czech foreign '
        "minister said.",
        {("China", "ASSAULT", "Czech Republic"), ("Czech Republic", "ACCUSE", "China")},
    ),
    (
        "Moscow expelled two Estonian diplomats on Monday. The Estonian foreign minister said this was "
        "unacceptable.",
        {("Russia", "SANCTION", "Estonia"), ("Estonia", "ACCUSE", "Russia")},
    ),
    (
        'China sanctioned two Lithuanian officials. The EU foreign policy chief said it was "a clear violation" '
        "of international law.",
        {("China", "SANCTION", "Lithuania"), ("European Union", "ACCUSE", "China")},
    ),
    (
        "Iran seized a British tanker in the Gulf. The UN secretary general said it was a clear breach of "
        "international law.",
        {("Iran", "COERCE", "United Kingdom"), ("United Nations", "ACCUSE", "Iran")},
    ),
    (
        "Israel struck a Hezbollah commander in Beirut. The Lebanese president said the strike was a violation "
        "of the ceasefire.",
        {
            ("Israel", "ASSAULT", "Hezbollah"),
            ("Israel", "ASSAULT", "Lebanon"),
            ("Lebanon", "ACCUSE", "Israel"),
        },
    ),
    (
        '"Israel\'s violation of the ceasefire must stop," the Lebanese prime minister said.',
        {("Lebanon", "ACCUSE", "Israel"), ("Lebanon", "REQUEST", "Israel")},
    ),
    (
        '"Chinese hackers attacked our parliament, and this is absolutely unacceptable and will not remain '
        'without consequences," the Czech foreign minister said.',
        {
            ("China", "ASSAULT", "Czech Republic"),
            ("Czech Republic", "ACCUSE", "China"),
            ("Czech Republic", "THREATEN", "China"),
        },
    ),
    # no antecedent: none drafted, the voice's own side, or an extraposed 'it'
    ("The Polish foreign minister said it was unacceptable.", set()),
    (
        'Russia expelled two Estonian diplomats. "This is unacceptable," the Russian foreign ministry spokeswoman '
        "said.",
        {("Russia", "SANCTION", "Estonia")},
    ),
    ("The Lebanese president said any strike would be a violation of the ceasefire.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_demonstrative_judgement_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
