"""Praise of a definite event noun whose parties an earlier sentence gives (kg.extract.discourse
``welcomed_actors``; cues.json ``welcomed_nominals``): hand-written sentences from many conflicts,
none taken from an evaluation article. Each case gives the exact set of SUPPORT dyads, so a rule
that over-fires fails as well as one that misses.

* the act's own nominal ('the signing', 'the contacts', 'the decision') refers back to its verb or a
  synonym ('signed', 'held talks', 'decided');
* a chain of definite mentions ('the pact ... the agreement ... the accord') carries the reference
  back beyond the window, each mention within the window of the next;
* a mention marked as another instance of the kind ('similar agreements with X', 'a separate deal
  with Y', 'its 2014 pact with Z') is not the act referred to, and a capital naming a venue ('the
  Khartoum meetings') is no party;
* 'the decision' / 'the move' / 'the step' refer back to a comma-set summary of a clause ('...,
  a step long sought by X') or to the subject of 'decided'.
"""

from __future__ import annotations

import pytest

FILLER = [
    "Officials said the text would be published next week.",
    "The document runs to twelve pages.",
    "Parliament is expected to debate it in the autumn.",
    "Critics said the wording was vague.",
    "Analysts said the text left many questions open.",
    "The opposition has asked for a copy.",
]

CASES = [
    (
        "Kenya and Ethiopia signed a border security accord in Nairobi on Tuesday. "
        "The British high commissioner welcomed the signing.",
        {("United Kingdom", "SUPPORT", "Kenya"), ("United Kingdom", "SUPPORT", "Ethiopia")},
        "'the signing' refers back to the clause of 'signed'",
    ),
    (
        "Indonesia and Vietnam signed a maritime boundary treaty in Jakarta. "
        "Singapore's foreign ministry hailed the signing as a model for the region.",
        {("Singapore", "SUPPORT", "Indonesia"), ("Singapore", "SUPPORT", "Vietnam")},
        "'hailed the signing'",
    ),
    (
        "Senior Saudi and Iranian security officials held talks in Baghdad on Sunday. "
        "Iraq welcomed the contacts and offered to host another round.",
        {("Iraq", "SUPPORT", "Saudi Arabia"), ("Iraq", "SUPPORT", "Iran")},
        "'the contacts' refers back to talks held",
    ),
    (
        "Armenia and Azerbaijan signed a peace treaty in Washington on Friday. "
        + " ".join(FILLER * 3)
        + " The treaty has not yet been ratified. "
        + " ".join(FILLER * 2)
        + " Georgia welcomed the agreement.",
        {("Georgia", "SUPPORT", "Armenia"), ("Georgia", "SUPPORT", "Azerbaijan")},
        "a chain of definite mentions carries the reference beyond the window",
    ),
    (
        "Japan and the Philippines signed a defence pact in Manila on Monday. "
        "Manila is also negotiating similar agreements with France and Canada. "
        "Australia welcomed the agreement.",
        {("Australia", "SUPPORT", "Japan"), ("Australia", "SUPPORT", "Philippines")},
        "'similar agreements with X' is another instance of the kind, not the act referred to",
    ),
    (
        "Kenya and Tanzania signed a trade deal on Monday. "
        "Uganda is working on a separate deal with Rwanda. "
        "Burundi welcomed the deal.",
        {("Burundi", "SUPPORT", "Kenya"), ("Burundi", "SUPPORT", "Tanzania")},
        "'a separate deal with Y' is another instance of the kind",
    ),
    (
        "Last week Iraq designated the militant group a terrorist organisation, a step long sought by Turkey. "
        "Turkish President Recep Tayyip Erdogan welcomed the decision.",
        {("Recep Tayyip Erdogan", "SUPPORT", "Iraq")},
        "'the decision' refers back to a comma-set summary noun of a clause",
    ),
    (
        "The African Union decided on Friday to lift Guinea's suspension. Senegal welcomed the decision.",
        {("Senegal", "SUPPORT", "African Union")},
        "'the decision' refers back to the subject of 'decided'",
    ),
    (
        "Ethiopian and Egyptian ministers held talks in Khartoum on Monday. "
        "Local officials were not part of the Khartoum meetings. Kenya welcomed the contacts.",
        {("Kenya", "SUPPORT", "Ethiopia"), ("Kenya", "SUPPORT", "Egypt")},
        "a capital naming the talks' venue ('the Khartoum meetings') is no party to them",
    ),
    (
        "Japan and the Philippines signed a reciprocal access agreement on Monday. "
        "It is the first such accord Manila has signed since its 2014 pact with Washington. "
        "Canada welcomed the agreement.",
        {("Canada", "SUPPORT", "Japan"), ("Canada", "SUPPORT", "Philippines")},
        "a mention dated to another year ('its 2014 pact with X') is another act of the kind",
    ),
    (
        "Officials have been discussing the issue for months. Senegal welcomed the decision.",
        set(),
        "negative: a decision that nothing earlier names has no party",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_welcomed_antecedent(event_dyads, want_dyads, case):
    text, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "SUPPORT"} == want_dyads(expect), note
