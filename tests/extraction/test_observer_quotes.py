"""An alignment ('X is aligning itself with Y') quoted from someone who speaks for no party -- an
analyst named before the quote and referred to by 'he'/'she' after it, or a speaker the text leaves
unresolved -- is a view, not a stated alliance; the same words from a party's minister stay an ALLY.
A 'he'/'she' attributing a quote is the person named last before when no person is a subject there.
Hand-written sentences from several regions."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        'Analysts saw the visit as a turning point. "Slovakia is aligning itself with Russia," one of them said.',
        "Bolivia signed a lithium deal with China, according to Maria Lopez, a researcher at the Andean "
        'Institute.\n\n"Bolivia is now firmly aligning itself with China," she concluded.',
    ],
)
def test_observer_alignment_is_no_alliance(event_dyads, text):
    _, got = event_dyads(text)
    assert not any(cat == "ALLY" for _, cat, _ in got)


def test_party_alignment_stays(event_dyads, want_dyads):
    _, got = event_dyads(
        'Slovak Foreign Minister Juraj Blanar spoke in Moscow on Monday. "Slovakia is aligning itself with Russia," he said.'
    )
    assert want_dyads([("Slovakia", "ALLY", "Russia")]) <= got


def test_pronoun_speaker_is_last_named_person(nlp):
    from kg.extract import extract_text

    text = (
        "Bolivia signed a lithium deal with China, according to Maria Lopez, a researcher at the Andean "
        'Institute.\n\n"The deal will last decades," she concluded.'
    )
    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    speakers = {labels.get(k, k) for e in r.events if e.category == "QUOTE" for k in e.sources}
    assert speakers == {"Maria Lopez"}


def test_pronoun_skips_people_a_pronoun_subject_reports_on(event_dyads):
    """'She said the president is ...': the sentence continues 'she' (the analyst named before), so
    'the president' it reports on is not the 'she' of the next quote."""
    text = (
        "President Gustavo Petro visited Caracas on Monday.\n\n"
        '"It is a gamble," Laura Gil, a fellow at the Andes Policy Forum, told reporters. '
        'She said the president is "betting on Venezuela."\n\n'
        'She also warned of costs. "Colombia is aligning itself with Venezuela," she concluded.'
    )
    _, got = event_dyads(text)
    assert not any(cat == "ALLY" for _, cat, _ in got)
