"""Meetings described by a passive participle of their hosts or attendees (PLOVER CONSULT): co-hosts or
co-chairs of a meeting meet each other (CAMEO 044: 'the meeting was co-chaired by A and B', 'the
conference, co-hosted by Jordan and Egypt,', 'jointly hosted by A and B'; events._third_party with
event_lexicon third_party_verbs joint_prefixes/joint_adverbs), and the attendees a passive names consult
the gathering's organiser or host ('the AU summit was attended by A and B', 'the summit, attended by
X, was hosted by Y'; discourse.attendances). Hand-written sentences from several regions, none taken from
an evaluation article; each case gives the exact CONSULT dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The meeting was co-chaired by Indian Foreign Minister S. Jaishankar and Australian Foreign "
        "Minister Penny Wong.",
        {("S. Jaishankar", "CONSULT", "Penny Wong")},
        "co-chairs of a meeting named by a passive",
    ),
    (
        "The conference, co-hosted by Jordan and Egypt, drew officials from 30 countries.",
        {("Jordan", "CONSULT", "Egypt")},
        "co-hosts named by a participle on the meeting",
    ),
    (
        "The talks were jointly hosted by Saudi Arabia and the United States.",
        {("Saudi Arabia", "CONSULT", "United States")},
        "'jointly hosted by A and B'",
    ),
    (
        "The African Union summit in Addis Ababa was attended by Rwandan President Paul Kagame and "
        "Congolese President Felix Tshisekedi.",
        {("Paul Kagame", "CONSULT", "African Union"), ("Felix Tshisekedi", "CONSULT", "African Union")},
        "attendees of an organization's summit named by a passive",
    ),
    (
        "The summit, attended by Kenyan President William Ruto, was hosted by Ethiopia.",
        {("William Ruto", "CONSULT", "Ethiopia")},
        "an attendee named by a participle, the host by the clause",
    ),
    (
        "The school was attended by Kenyan and Ugandan students.",
        set(),
        "a school attended is no gathering",
    ),
    (
        "The African Union summit was not attended by Rwandan President Paul Kagame.",
        set(),
        "a negated attendance",
    ),
    (
        "The talks were hosted by Oman.",
        set(),
        "a single host with no parties named",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_joint_hosts_attendance(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] == "CONSULT"}
    assert got == want_dyads(expected), why
