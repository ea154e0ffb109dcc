"""A reaction to 'the withdrawal', 'the exit', 'the pullout' or 'the removal' targets who withdrew or
removed (cues.json discourse event_nominals / antecedent_words): the owner of an earlier mention ('its
withdrawal from the OAS'), the source of an earlier drafted act of leaving, or the subject of an
undrafted clause of the verb ('formally withdrew from the treaty'), as far back as for other
specific acts (far_verb_antecedents); a judging 'be' takes these nouns as its subject too
(event_lexicon be#disapprove: 'said the removal was "an obvious escalation"').
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Venezuela on Sunday completed its withdrawal from the Organization of American States. "
        "The European Union condemned the withdrawal.",
        ("European Union", "ACCUSE", "Venezuela"),
    ),
    (
        "Belarus formally withdrew from the Open Skies Treaty on Tuesday. NATO Secretary General Mark Rutte "
        "condemned the withdrawal.",
        ("Mark Rutte", "ACCUSE", "Belarus"),
    ),
    (
        "Burundi pulled its troops out of eastern Congo in December. Congo's government criticized the "
        'pullout as "a betrayal".',
        ("Democratic Republic of the Congo", "ACCUSE", "Burundi"),
    ),
    (
        "Serbian police removed dozens of border markers that Kosovo had placed along the Ibar river. "
        'Croatia condemned the removal as "an obvious escalation".',
        ("Croatia", "ACCUSE", "Serbia"),
    ),
    (
        "Serbian police removed dozens of border markers along the Ibar river, Kosovo officials said. "
        "Belgrade did not comment. Kosovo's president called a meeting of the security council. "
        'Analysts said tensions were rising. Croatia said the removal was "an obvious escalation".',
        ("Croatia", "ACCUSE", "Serbia"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_reaction_targets_who_withdrew(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_a_demanded_withdrawal_is_no_earlier_act(event_dyads):
    _evs, got = event_dyads(
        "Rwanda deployed troops in eastern Congo in March. Angola demanded the withdrawal of foreign forces."
    )
    assert ("Angola", "ACCUSE", "Rwanda") not in got
