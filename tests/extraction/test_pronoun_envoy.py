"""An envoy named in one sentence and summoned or expelled as 'him'/'her' in the next: the pronoun
stands for the person, and the person's title ('Russia's ambassador to Poland, X,') is the envoy
the verb wants as its object. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Russia's ambassador to Poland, Sergei Andreev, gave an interview defending the invasion. "
        "Poland's foreign ministry summoned him on Monday.",
        [("Poland", "ACCUSE", "Sergei Andreev")],
        [],
    ),
    (
        "The Chinese ambassador, Xiao Qian, wrote an article criticising Australia's defence policy. "
        "Canberra summoned him on Monday.",
        [("Australia", "ACCUSE", "Xiao Qian")],
        [],
    ),
    (
        "Algeria's ambassador to France, Ahmed Haddad, criticised Paris in a television interview. "
        "The French government summoned him on Thursday.",
        [("France", "ACCUSE", "Ahmed Haddad")],
        [],
    ),
    (
        "Iran's envoy to Australia, Ahmad Sadeghi, was accused of directing arson attacks. "
        "Canberra expelled him on Tuesday.",
        [("Australia", "SANCTION", "Ahmad Sadeghi")],
        [],
    ),
    (
        # a head of state is no envoy: 'summoned him' is no diplomatic protest then
        "Kenya's president, William Ruto, criticised Uganda's election. Uganda summoned him.",
        [],
        [("Uganda", "ACCUSE", "William Ruto")],
    ),
]


@pytest.mark.parametrize("text,want,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_pronoun_envoy(event_dyads, want_dyads, text, want, never):
    _, got = event_dyads(text)
    assert want_dyads(want) <= got
    assert not (want_dyads(never) & got)
