"""kg.quotes.v1: speaker, quote text, addressee, multi-sentence and mixed quotation marks."""

from __future__ import annotations

import pytest


def _quotes(nlp, text):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-03-12")
    labels = {e.key: e.label for e in r.entities}
    return [e for e in r.events if e.extractor == "kg.quotes.v1"], labels, text


@pytest.mark.parametrize(
    "text,speaker,quote",
    [
        (
            '"We will defend every inch of our territory," Indian Prime Minister Narendra Modi said.',
            "Narendra Modi",
            "We will defend every inch of our territory,",
        ),
        (
            "Narendra Modi said: \u201cWe will defend every inch of our territory.\u201d",
            "Narendra Modi",
            "We will defend every inch of our territory.",
        ),
        (
            "\u201cThe ceasefire must hold. Both sides have lost too much,\u201d said Antonio Guterres.",
            "Antonio Guterres",
            "The ceasefire must hold. Both sides have lost too much,",
        ),
    ],
)
def test_quotes_speaker_and_text(nlp, text, speaker, quote):
    qs, labels, text = _quotes(nlp, text)
    assert [(labels[q.sources[0]], q.quote) for q in qs] == [(speaker, quote)]
    (q,) = qs
    assert text[q.evidence.start : q.evidence.end] == q.evidence.text


def test_quotes_addressee_is_target(nlp):
    qs, labels, _ = _quotes(
        nlp, '"There will be no talks while the shelling continues," Vladimir Putin told Xi Jinping.'
    )
    assert [(labels[q.sources[0]], [labels[t] for t in q.targets]) for q in qs] == [
        ("Vladimir Putin", ["Xi Jinping"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        'Narendra Modi praised a "time-tested" friendship with Vladimir Putin.',
        'Recep Tayyip Erdogan called the deal a "historic" step for Ankara and Baku.',
    ],
)
def test_quotes_scare_quotes_are_not_statements(nlp, text):
    qs, _, _ = _quotes(nlp, text)
    assert qs == []


def test_quotes_unattributed_quote_is_skipped(nlp):
    qs, _, _ = _quotes(nlp, '"This is a very long quotation without any speaker at all."')
    assert qs == []


def test_quotes_pronoun_speaker_is_the_person_quoted_before(nlp):
    text = (
        "\u201cThe talks are over for now,\u201d said Antonio Guterres, speaking after a meeting with Joe Biden. "
        "He also warned that the truce was fragile. \u201cWhat we need now is a real and lasting ceasefire,\u201d he concluded."
    )
    qs, labels, _ = _quotes(nlp, text)
    assert [labels[q.sources[0]] for q in qs] == ["Antonio Guterres", "Antonio Guterres"]


def test_quotes_platform_is_not_an_addressee(nlp):
    qs, labels, _ = _quotes(
        nlp, '"We will not accept any ceasefire on these terms," Benjamin Netanyahu posted to X on Sunday.'
    )
    assert [(labels[q.sources[0]], q.targets) for q in qs] == [("Benjamin Netanyahu", ())]
