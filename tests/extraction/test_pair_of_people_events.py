"""'The two presidents' / 'the two leaders' with no pair of people coordinated or named just before
stands for the two people of the latest event between two people in view ('X held talks with Y ...
the two presidents witnessed ...'); an event with a state among its parties is no such pair."""

from __future__ import annotations


def test_two_presidents_after_talks(event_dyads):
    _, got = event_dyads(
        "Brazilian President Luiz Inacio Lula da Silva held talks with Chilean President Gabriel Boric in "
        "Brasilia on Monday. Lula said Brazil backs Chile's bid to host the next climate summit. Boric "
        "repeated that Chile wants closer trade ties with Brazil. Afterwards, the two presidents witnessed "
        "the signing of five cooperation agreements."
    )
    assert ("Gabriel Boric", "AGREE", "Luiz Inacio Lula da Silva") in got, got


def test_two_leaders_condemn_after_meeting(event_dyads):
    _, got = event_dyads(
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Friday. "
        "Ruto said Kenya would open a new border post at Namanga. Officials expect trade to grow. "
        "The two leaders condemned al-Shabaab over the attack on a border town."
    )
    assert ("William Ruto", "ACCUSE", "al-Shabaab") in got, got
    assert ("Samia Suluhu Hassan", "ACCUSE", "al-Shabaab") in got, got


def test_no_pair_from_a_hostile_act_or_an_indefinite(event_dyads):
    _, got = event_dyads(
        "Mexican President Claudia Sheinbaum accused Argentine President Javier Milei of lying about the "
        "election. Officials said the talks would resume. The two presidents agreed to expand trade, "
        "an aide to Colombian President Gustavo Petro said."
    )
    assert ("Claudia Sheinbaum", "AGREE", "Javier Milei") not in got, got
    _, got = event_dyads(
        "Colombian President Gustavo Petro held talks with Ecuadorean President Daniel Noboa in Quito. "
        "Two former Peruvian presidents, Ollanta Humala and Francisco Sagasti, also travelled to Lima "
        "for the ceremony."
    )
    assert not [k for k in got if "Ollanta Humala" in k and "Gustavo Petro" in k], got
