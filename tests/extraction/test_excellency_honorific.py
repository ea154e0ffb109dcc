"""The official press's unpointed "HE" (His/Her Excellency) between a title and a name: an
honorific, not the pronoun, so the title's role reaches the name; and a body's name the model runs
into the official's name across it is split into the body and the person."""

from __future__ import annotations

import pytest

CASES = [
    (
        "ASEAN Secretary-General HE Kao Kim Hourn welcomed the agreement on Monday.",
        {("Kao Kim Hourn", "ASEAN")},
    ),
    (
        "Secretary-General of the Organisation of Islamic Cooperation HE Hissein Brahim Taha described it "
        "as a positive step.",
        {("Hissein Brahim Taha", "Organisation of Islamic Cooperation")},
    ),
    (
        "The Omani delegation was headed by Minister of Foreign Affairs HE Sayyid Badr Albusaidi.",
        {("Badr Albusaidi", "Oman")},
    ),
    (
        "Both sides thanked Kuwait and ASEAN Secretary-General HE Kao Kim Hourn and his staff for the talks.",
        {("Kao Kim Hourn", "ASEAN")},
    ),
    (
        "The Kuwaiti team was led by Secretary-General of the Ministry of Foreign Affairs HE Dr. Sheikh "
        "Salem bin Abdullah Al Sabah, while the Omani team was led by Minister of Foreign Affairs HE Sayyid "
        "Badr Albusaidi.",
        {("Salem bin Abdullah Al Sabah", "Kuwait"), ("Badr Albusaidi", "Oman")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_he_honorific(role_pairs, text, want):
    got, r = role_pairs(text)
    assert got == want


def test_he_pronoun_is_untouched(role_pairs):
    text = "Asked about Iran, HE said nothing. President Emmanuel Macron met Prime Minister Keir Starmer."
    got, r = role_pairs(text)
    assert got == {("Emmanuel Macron", "France"), ("Keir Starmer", "United Kingdom")}


def test_a_ministry_naming_no_state_is_the_delegations_state(role_pairs):
    text = (
        "The Omani delegation was headed by Secretary-General of the Ministry of Foreign Affairs "
        "HE Sheikh Khalifa Al Harthy."
    )
    got, r = role_pairs(text)
    assert got == {("Khalifa Al Harthy", "Oman")}
