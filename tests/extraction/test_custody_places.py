"""Agentless passives of coercive measures (kg.extract.discourse ``custody_state``; cues.json
discourse ``custody_places``): 'X was arrested at his hotel in <city>' is the act of the state where
it happens. Hand-written sentences from several regions, none taken from an evaluation article;
each case gives the exact set of COERCE/SANCTION dyads, so an over-firing rule fails too.

* the place may sit deep in the clause ('on arrival at the airport in Harare');
* the 'in' phrase locating a facility beats the facility's own name;
* those held 'together with', 'along with' or 'alongside' the patient are patients too;
* a border, a destination ('deported to'), a named doer ('by Belarusian officers') or the patient's
  own state (a domestic arrest) gives no author from the place.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Two French aid workers were arrested at their hotel in Bamako on Tuesday.",
        {("Mali", "COERCE", "France")},
    ),
    (
        "British journalist Tom Hale was deported on arrival at the airport in Harare.",
        {("Zimbabwe", "COERCE", "Tom Hale")},
    ),
    ("An American teacher was detained in Tehran last week.", {("Iran", "COERCE", "United States")}),
    (
        "Three Chinese nationals were expelled at Manila airport after the raid.",
        {("Philippines", "SANCTION", "China")},
    ),
    ("Two Ukrainian soldiers were detained near the Russian border.", set()),
    ("The Kenyan activist was deported to Nairobi on Friday.", set()),
    ("Ugandan opposition leader Robert Kyagulanyi was arrested in Kampala on Monday.", set()),
    (
        "Two French aid workers were detained in Bamako along with a Belgian colleague.",
        {("Mali", "COERCE", "France"), ("Mali", "COERCE", "Belgium")},
    ),
    (
        "Opposition activist Sam Oloo was arrested at a hotel in Kampala together with Kenyan lawyer Jane Wambui.",
        {("Uganda", "COERCE", "Sam Oloo"), ("Uganda", "COERCE", "Jane Wambui")},
    ),
    (
        "An Australian academic was detained in Beijing alongside two Canadian researchers.",
        {("China", "COERCE", "Australia"), ("China", "COERCE", "Canada")},
    ),
    (
        "A Polish diplomat was detained by Belarusian security officers in Minsk.",
        {("Belarus", "COERCE", "Poland")},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_custody_place_author(event_dyads, want_dyads, case):
    text, expect = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] in ("COERCE", "SANCTION")} == want_dyads(expect)
