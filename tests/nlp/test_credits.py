"""Staff names in bylines and credit lines are whole PERSON entities (never actors)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Son Ji-hyoung\n\nSEOUL -- North Korea fired two missiles on Monday.", ["Son Ji-hyoung"]),
        (
            "Kenya sent police to Haiti. (Reporting by Andrius Sytas; Editing by Tom Hadley)",
            ["Andrius Sytas", "Tom Hadley"],
        ),
        (
            "By Ursula von der Leyen and Jane Doe\n\nThe summit opened in Brussels.",
            ["Ursula von der Leyen", "Jane Doe"],
        ),
    ],
)
def test_credit_names_whole(nlp, text, names):
    got = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    assert got == names


def test_credit_affiliation_and_staff_are_not_people(nlp):
    doc = nlp("By Mercy Otieno, BBC News, Nairobi\n\nKenya said it would send troops.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Mercy Otieno"]
    doc = nlp("By Reuters Staff\n\nKenya said it would send troops.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == []
