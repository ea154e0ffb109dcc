"""Co-hosts and co-chairs of a meeting meet each other (CAMEO 044; event_lexicon third_party_verbs
'joint_about') in the active voice ('A and B co-chaired the summit') as in the passive, and in a
passive whose second titled agent the parser hangs on the participle ('co-chaired by the President of
X, A, and the Prime Minister of Y, B')."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Kenyan President William Ruto and Brazilian President Lula co-chaired the two-day summit in Nairobi.",
        ("Luiz Inácio Lula da Silva", "CONSULT", "William Ruto"),
    ),
    ("Kenya and Brazil co-hosted the meeting in Nairobi.", ("Brazil", "CONSULT", "Kenya")),
    (
        "The conference was co-chaired by the President of France, Emmanuel Macron, and the Prime Minister "
        "of India, Narendra Modi.",
        ("Emmanuel Macron", "CONSULT", "Narendra Modi"),
    ),
    (
        "The summit was co-chaired by the Secretary General of NATO, Mark Rutte, and the President of "
        "Saint Lucia, Philip Pierre, in his capacity as chair of the group.",
        ("Mark Rutte", "CONSULT", "Philip Pierre"),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_co_hosts_meet_each_other(event_dyads, want_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want_dyads([want]) <= got


def test_a_demonym_state_is_no_second_host(event_dyads):
    _evs, got = event_dyads(
        "Kenyan President William Ruto and Brazilian President Lula co-chaired the two-day summit in Nairobi."
    )
    assert ("Brazil", "CONSULT", "Luiz Inácio Lula da Silva") not in got
    assert ("Kenya", "CONSULT", "William Ruto") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Brazil did not co-host the meeting in Nairobi.",
        "Kenya and Brazil co-hosted talks between the army and the rebels.",
        "Ethiopia co-hosted the meeting.",
    ],
)
def test_no_co_host_pair_without_two_hosts_of_their_own_meeting(event_dyads, text):
    _evs, got = event_dyads(text)
    assert ("Brazil", "CONSULT", "Kenya") not in got
