"""'The two allies', 'both governments' with no coordinated pair: exactly two states named in the
phrase's own sentence before it are the pair ('Seoul has granted American troops access to ...
South Korean ports, and the two allies held drills'); the possessor or the addressing subject is none
of them ('Russia ... called on its two neighbours'), nor are states named in a 'by' phrase ('talks,
attended by the Turkish and Qatari ambassadors'). A person addressing 'both governments' may be of
one of them: her state named apart counts."""

from __future__ import annotations


def test_two_allies_named_in_sentence(event_dyads):
    _, got = event_dyads(
        "Seoul has granted American troops access to three more South Korean ports, and the two allies "
        "held joint naval drills in May."
    )
    assert ("South Korea", "COOPERATE", "United States") in got, got


def test_addressing_person_of_one_state(event_dyads):
    _, got = event_dyads(
        "Relations between Poland and Lithuania soured over a transit dispute, and Ukraine and Hungary "
        "traded barbs over minority rights. Speaking in Vilnius on Monday, Lithuanian President Gitanas "
        "Nauseda said he understood Warsaw's anger and urged both governments to resume talks."
    )
    assert ("Gitanas Nauseda", "REQUEST", "Poland") in got, got
    assert not [k for k in got if k[1] == "REQUEST" and k[2] in ("Ukraine", "Hungary")], got


def test_addresser_and_attendees_are_no_members(event_dyads):
    _, got = event_dyads(
        "Armenia and Azerbaijan exchanged fire on the border. Russia, which has invested heavily in "
        "Armenia and has courted Azerbaijan, called on its two neighbours to stay calm."
    )
    assert ("Russia", "REQUEST", "Armenia") in got and ("Russia", "REQUEST", "Azerbaijan") in got, got
    _, got = event_dyads(
        "Eritrea and Ethiopia clashed on the border. After several hours of talks, attended by the "
        "Turkish and Qatari ambassadors, both sides agreed to a ceasefire."
    )
    assert ("Eritrea", "AGREE", "Ethiopia") in got and ("Qatar", "AGREE", "Turkey") not in got, got
