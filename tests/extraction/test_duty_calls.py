"""A condemnation followed by a call on a party (events._condemned_acts_addressees) condemns that party's
act only when the call asks it to undo or stop the act; a call to meet a duty of protection, law or
justice (cues.json duty_calls) is addressed to the party answerable for safety or redress -- the host
of a consulate that a gunman stormed -- and names no author of the condemned act. Our own sentences."""

from __future__ import annotations

import pytest

STORMED = "A gunman opened fire at the Peruvian consulate in La Paz on Monday, killing a guard. "

DUTY = [
    (
        STORMED + "In Madrid, a spokesman said Spain condemned the violence and urged Bolivia to protect "
        "diplomatic missions. Chile and Canada also issued statements of condemnation.",
        ("Spain", "Chile", "Canada"),
    ),
    (
        STORMED + "Spain condemned the attack and called on Bolivia to bring those responsible to justice.",
        ("Spain",),
    ),
    (
        STORMED
        + "Spain condemned the shooting and urged Bolivia to respect its obligations under the Vienna "
        "Convention.",
        ("Spain",),
    ),
]


@pytest.mark.parametrize(("text", "speakers"), DUTY, ids=["protect", "justice", "obligations"])
def test_duty_call_names_no_author_of_the_condemned_act(event_dyads, text, speakers):
    _evs, got = event_dyads(text)
    assert ("Spain", "REQUEST", "Bolivia") in got  # the call itself stands
    assert not {k for k in got if k[1] == "ACCUSE" and k[2] == "Bolivia" and k[0] in speakers}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Spain condemned the deployment and called on Morocco to withdraw its troops from the border.",
            ("Spain", "ACCUSE", "Morocco"),
        ),
        (
            "Canada criticised the trial as a sham and urged Venezuela to release the opposition leader.",
            ("Canada", "ACCUSE", "Venezuela"),
        ),
        (
            "The European Parliament adopted a resolution condemning the expulsions and calling on Nicaragua "
            "to halt further deportations.",
            ("European Parliament", "ACCUSE", "Nicaragua"),
        ),
    ],
)
def test_call_to_undo_the_act_still_names_its_author(event_dyads, text, want):
    _evs, got = event_dyads(text)
    assert want in got
