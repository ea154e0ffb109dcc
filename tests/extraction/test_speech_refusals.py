"""Disapproval felt about another side's act stated in a 'that' clause ('was outraged that Y was ...',
'is appalled that Y had ...'; event_lexicon voiced_feeling, CAMEO 111), never about a possible act ('was
worried that Y might ...') nor a pleased one; and refusals in speech (CAMEO 120): amends another side
asked for refused ('will never apologise', 'is not going to retract anything', 'would not withdraw his
remarks'; event_lexicon negated_reject, cues amends_objects: the refusal answers the latest request to
the refuser), and 'is not going to <refuse-verb>' as the future it is. Hand-written sentences from many
conflicts through the real pipeline; each case gives the exact (source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    # disapproval felt about an act named in a 'that' clause
    (
        "Lula said he was outraged that Israel was bombing hospitals in Gaza.",
        {("Luiz Inácio Lula da Silva", "ACCUSE", "Israel")},
    ),
    (
        "The South African president said he was appalled that Rwanda had sent troops into Congo.",
        {("South Africa", "ACCUSE", "Rwanda")},
    ),
    (
        "Tokyo is deeply concerned that Beijing has stepped up its patrols near the islands.",
        {("Japan", "ACCUSE", "China")},
    ),
    ("Seoul was worried that Pyongyang might launch another missile.", set()),
    ("The Indian prime minister said he was pleased that Japan had joined the initiative.", set()),
    # amends asked for and refused
    (
        "Beijing demanded an apology from Manila. The Philippine president said he is not going to apologise.",
        {("China", "REQUEST", "Philippines"), ("Philippines", "REJECT", "China")},
    ),
    (
        "Colombia demanded a public retraction from Milei. Milei said he is not going to retract anything.",
        {("Colombia", "REQUEST", "Javier Milei"), ("Javier Milei", "REJECT", "Colombia")},
    ),
    (
        "Warsaw demanded that Kyiv withdraw the remarks. Zelensky said he would not withdraw his remarks.",
        {("Poland", "REQUEST", "Ukraine"), ("Volodymyr Zelensky", "REJECT", "Poland")},
    ),
    ('"We will never apologise to Algeria," the French president said.', {("France", "REJECT", "Algeria")}),
    (
        "Beijing asked Manila to remove the ship. The Philippine president said he would not remove it.",
        {("China", "REQUEST", "Philippines")},
    ),
    # 'is not going to' as a refusal's future
    (
        "The Hungarian government said it is not going to accept the EU pact with Turkey.",
        {("Hungary", "REJECT", "European Union")},
    ),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_speech_refusal_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
