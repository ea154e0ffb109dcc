"""Government bodies that news names by their own name, without their state's name or demonym (a foreign
ministry called 'Dirco', 'Itamaraty', 'the Ministry of External Affairs' or 'Global Affairs Canada'), stand for their
state like 'the Quai d'Orsay' (gazetteer metonyms, scripts/gazetteer_countries.tsv): what the body does is
its state's act. Hand-written sentences, none taken from an evaluation article."""

from __future__ import annotations

import pytest

CASES = [
    (
        "DIRCO summoned the Israeli ambassador on Monday over the strike on a convoy.",
        ("South Africa", "ACCUSE", "Israel"),
    ),
    (
        "The Department of International Relations and Cooperation accused Rwanda of backing the rebels.",
        ("South Africa", "ACCUSE", "Rwanda"),
    ),
    ("Itamaraty recalled its ambassador from Israel for consultations.", ("Brazil", "SANCTION", "Israel")),
    (
        "DFAT summoned the Chinese ambassador on Friday.",
        ("Australia", "ACCUSE", "China"),
    ),
    (
        "The Ministry of External Affairs summoned the Bangladeshi envoy on Tuesday.",
        ("India", "ACCUSE", "Bangladesh"),
    ),
    ("The Federal Foreign Office summoned the Russian ambassador.", ("Germany", "ACCUSE", "Russia")),
    ("Global Affairs Canada condemned the Iranian missile attack on Israel.", ("Canada", "ACCUSE", "Iran")),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_state_body_acts_for_its_state(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got, got


def test_generic_organ_name_of_another_state(nlp):
    """'the Foreign Office' is also Pakistan's (and others') name for its foreign ministry: in a report that
    never names Britain it is the organ of the state the report is about, not the gazetteer's British one."""
    from kg.extract import extract_text

    text = (
        "Pakistan recalled its envoy from Kabul on Sunday. Afghan forces had shelled border posts near "
        "Chaman, the Foreign Office said in a statement."
    )
    labels = {e.label for e in extract_text(text, nlp, published="2025-06-01").entities}
    assert "United Kingdom" not in labels and "Foreign Office" not in labels, labels


def test_foreign_office_in_a_british_report_stays_british(event_dyads):
    _, got = event_dyads(
        "Britain recalled its ambassador from Tehran. The Foreign Office summoned the Iranian envoy."
    )
    assert ("Foreign Office", "ACCUSE", "Iran") in got, got
