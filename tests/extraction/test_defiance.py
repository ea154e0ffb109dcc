"""A side's stated refusal to yield to another's pressure, a negated passive of a verb of coercion
('Lithuania will not be intimidated by Russia', 'the bloc would "not be blackmailed" by X'), defies the one
pressing it: PLOVER REJECT (speech_acts.json 'defiance'). The one pressing is the 'by' agent, else an
actor of another side that is the subject of another clause of the same sentence."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Lithuania will not be intimidated by Russia, Foreign Minister Gabrielius Landsbergis said.",
        ("Lithuania", "REJECT", "Russia"),
    ),
    (
        'Kenyan President William Ruto said on Monday that Kenya would "not be blackmailed" by Somalia.',
        ("William Ruto", "REJECT", "Somalia"),
    ),
    (
        "Guyanese President Irfaan Ali said Venezuela had chosen to threaten his country but that Guyana "
        "would not be bullied.",
        ("Irfaan Ali", "REJECT", "Venezuela"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_refusal_to_be_coerced_rejects_the_coercer(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got
    assert {o for _s, c, o in got if c == "REJECT"} == {want[2]}  # not the speaker


@pytest.mark.parametrize(
    "text",
    [
        "Moldova was intimidated by Russia for years.",
        "Will Serbia be pressured by Brussels?",
        'The European Union "will not be blackmailed by anyone", Commissioner Maros Sefcovic said of Hungary.',
        'China sent warships near the island. "We will not be intimidated," Philippine President Ferdinand '
        "Marcos Jr. said.",
        "Guyanese President Irfaan Ali said the country would not be bullied, after meeting US Secretary of "
        "State Marco Rubio.",
    ],
)
def test_no_defiance_without_negation_or_a_named_coercer(event_dyads, text):
    _evs, got = event_dyads(text)
    assert not any(c == "REJECT" for _s, c, _o in got)
