"""A person's name the model ends before one or two further capitalized proper nouns it left untagged
(Spanish and Portuguese names carry two surnames): the name runs on to them when a verb, a comma or a
full stop follows; a name followed by another entity or a lower-case word keeps its span."""

from __future__ import annotations


def _people(nlp, text):
    from kg.extract import extract_text

    return {e.label for e in extract_text(text, nlp, published="2025-06-01").entities if e.type == "Person"}


def test_second_surname_joins_the_name(nlp):
    text = "Defense Minister Carlos Alberto Díaz Morfa said troops had been sent to the frontier with Haiti."
    assert _people(nlp, text) == {"Carlos Alberto Díaz Morfa"}


def test_a_name_before_another_entity_keeps_its_span(nlp):
    assert _people(nlp, "President Gustavo Petro met Luis Abinader in Santo Domingo.") == {
        "Gustavo Petro",
        "Luis Abinader",
    }
