"""Works built, rebuilt or financed 'with' a state's aid named by its demonym or possessor: the state
gives aid to the state the works lie in (event_lexicon 'funded_works', CAMEO 07 provide aid): a
known town in the works' phrase, the place of the clause's 'where' setting, else the state of the
leader who opens them. A clause with a subject of its own is cooperation (with_support), and works
no state is named for give no recipient."""

from __future__ import annotations

import pytest

CASES = [
    ("President Ruto opened a new bridge in Mombasa, built with Japanese aid.", ("Japan", "AID", "Kenya")),
    (
        "The new hospital in Lusaka, financed with Saudi loans, opened on Monday.",
        ("Saudi Arabia", "AID", "Zambia"),
    ),
    (
        "Ethiopia's new airport, financed with Emirati loans, opened on Monday.",
        ("United Arab Emirates", "AID", "Ethiopia"),
    ),
    (
        "Macron will travel to Dakar on Friday, where he will open a school built with French aid.",
        ("France", "AID", "Senegal"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_funded_works_aid(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got


def test_works_without_a_state_give_no_recipient(event_dyads):
    _evs, got = event_dyads("A dam built with Chinese loans collapsed last year.")
    assert not any(d[1] == "AID" for d in got)


def test_clause_with_its_own_subject_is_no_aid(event_dyads):
    _evs, got = event_dyads("The Kenyan army, with the assistance of Britain, built a new barracks.")
    assert ("United Kingdom", "AID", "Kenya") not in got
