"""Attending a gathering (kg.extract.discourse ``attendances``; cues.json ``attendance``): the attendees
consult its organiser or host (GUIDELINES: CONSULT; 'attended X's independence celebrations',
'attended the SCO summit'), also when the attending clause leaves the gathering to an earlier sentence
('Among the leaders who attended were A and B', 'X, who is also attending', 'leaders are attending,
including A and B'). Hand-written sentences from many regions, none taken from an evaluation article;
each case gives the exact CONSULT dyads, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Kenyan President William Ruto attended the African Union summit in Addis Ababa on Sunday.",
        {("William Ruto", "CONSULT", "African Union")},
        "an organiser named on the gathering noun",
    ),
    (
        "Nigerian President Bola Tinubu attended Ghana's independence celebrations in Accra.",
        {("Bola Tinubu", "CONSULT", "Ghana")},
        "a state's own celebration: its state is the host",
    ),
    (
        "Leaders of the Association of Southeast Asian Nations gathered in Vientiane for the ASEAN summit. "
        "Among the leaders who attended were Thai Prime Minister Srettha Thavisin and "
        "Malaysian Prime Minister Anwar Ibrahim.",
        {
            ("Srettha Thavisin", "CONSULT", "Association of Southeast Asian Nations"),
            ("Anwar Ibrahim", "CONSULT", "Association of Southeast Asian Nations"),
        },
        "'Among the leaders who attended were A and B': the gathering of an earlier sentence",
    ),
    (
        "President Bassirou Diomaye Faye was sworn in at a ceremony in Dakar on Tuesday. "
        "Gambian President Adama Barrow and Mauritanian President Mohamed Ould Ghazouani "
        "were among the heads of state who attended.",
        {
            ("Adama Barrow", "CONSULT", "Bassirou Diomaye Faye"),
            ("Mohamed Ould Ghazouani", "CONSULT", "Bassirou Diomaye Faye"),
        },
        "'A and B were among the heads of state who attended': the one sworn in hosts the ceremony",
    ),
    (
        "The summit's host, President Kassym-Jomart Tokayev of Kazakhstan, opened the meeting in Astana. "
        "More than a dozen leaders are attending, including Azerbaijan's President Ilham Aliyev "
        "and Hungary's Viktor Orban.",
        {
            ("Ilham Aliyev", "CONSULT", "Kassym-Jomart Tokayev"),
            ("Viktor Orban", "CONSULT", "Kassym-Jomart Tokayev"),
        },
        "'leaders are attending, including A and B': the summit's named host",
    ),
    (
        "Brazil is hosting the BRICS summit in Rio de Janeiro this week. "
        "Indian Prime Minister Narendra Modi, who is also attending, met Lula on Sunday.",
        {("Narendra Modi", "CONSULT", "Brazil")},
        "'X, who is also attending': the host of the gathering",
    ),
    (
        "Students who attended the lecture said it was interesting. Several officials who attended declined to comment.",
        set(),
        "negative: no gathering of states, no named attendee",
    ),
    (
        "Leaders of the Pacific Islands Forum met in Nuku'alofa for their annual summit. "
        "Fijian Prime Minister Sitiveni Rabuka is expected to attend.",
        set(),
        "negative: an expected attendance is not asserted",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_attendance(event_dyads, want_dyads, case):
    text, expect, note = case
    _, got = event_dyads(text)
    cons = {k for k in got if k[1] == "CONSULT"}
    assert want_dyads(expect) <= cons if expect else not cons, note
