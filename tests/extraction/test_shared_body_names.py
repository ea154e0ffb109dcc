"""Bare names that many states give a body of theirs ("Congress", "House of Representatives") that the
text has tied to another state ("Nigeria's House of Representatives ... The House of Representatives
said") are a body of that state, not the gazetteer's US body; untied they stay the US body."""

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
    assert got.get("House of Representatives", (None, None)) == (None, "Nigeria"), got


def test_another_states_congress(nlp):
    text = (
        "Peru's Congress voted to remove the president. Congress said Peru needed new elections, and Peru's "
        "courts agreed. Peru and Chile held talks. The US embassy said it was watching."
    )
    got = _orgs(nlp, text)
    assert got.get("Congress", (None, None)) == (None, "Peru"), got


def test_untied_congress_stays_the_us_congress(nlp):
    text = "Congress threatened to block arms sales to Turkey. Turkey said the move was hostile, and Turkey's president agreed."
    got = _orgs(nlp, text)
    assert got["Congress"][0] == "Q11268", got


def test_tied_through_describing_words(nlp):
    text = (
        "Japan's newly elected House of Representatives approved the budget on Friday. Japan and China then "
        "held talks, and Japan's foreign minister flew to Beijing. The United States welcomed the talks."
    )
    got = _orgs(nlp, text)
    assert got.get("House of Representatives", (None, None)) == (None, "Japan"), got
