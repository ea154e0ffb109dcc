"""Bare names that many states give a body of theirs ("Congress", "House of Representatives") are the
gazetteer's US body only in a text about the US; elsewhere they are a body of the state in context."""

from __future__ import annotations

from kg.extract import extract_text


def _orgs(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    r = extract_text(text, nlp, published="2025-05-20")
    labels = {e.key: e.label for e in r.entities}
    return {e.label: (e.wikidata, labels.get(e.country)) for e in r.entities if e.type == "Organization"}


def test_another_states_house_of_representatives(nlp):
    text = (
        "Nigeria's House of Representatives rejected the loan on Tuesday. The House of Representatives said "
        "Nigeria could not afford it, and Nigeria's finance minister agreed. The United States had offered help."
    )
    got = _orgs(nlp, text)
    assert all(qid != "Q11701" for qid, _ in got.values()), got
    assert got.get("House of Representatives", (None, None))[1] == "Nigeria", got


def test_another_states_congress(nlp):
    text = (
        "Peru's Congress voted to remove the president. Congress said Peru needed new elections, and Peru's "
        "courts agreed. Peru and Chile held talks. The US embassy said it was watching."
    )
    got = _orgs(nlp, text)
    assert got.get("Congress", (None, None)) == (None, "Peru"), got


def test_us_congress_in_a_us_story(nlp):
    text = (
        "Congress voted on Tuesday to impose new sanctions on Russia. The US Senate and the US House will meet "
        "again, and US officials said the United States would act. Russia condemned the vote."
    )
    got = _orgs(nlp, text)
    assert got["Congress"] == ("Q11268", "United States"), got
