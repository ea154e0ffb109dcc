"""'The government' addressed by a state's own non-executive body that names the state in its subject
phrase -- a senate, a bar association, a national assembly, a presidential council -- is that state's
own government, like one addressed by its opposition; not the other state of the story's last
encounter. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Russian President Vladimir Putin met Kazakh President Kassym-Jomart Tokayev in Moscow on Monday. "
        "The Senate of Kazakhstan, the upper house of parliament, urged the government to publish the text "
        "of the agreement.",
        ("Kazakhstan", "REQUEST", "Russia"),
    ),
    (
        "Ethiopian Prime Minister Abiy Ahmed met Egyptian President Abdel Fattah al-Sisi in Cairo. The "
        "Presidential Council of Ethiopia's ruling coalition demanded an explanation from the government.",
        ("Ethiopia", "REQUEST", "Egypt"),
    ),
    (
        "Chinese coast guard vessels rammed a Philippine supply boat near Second Thomas Shoal on Monday. "
        "The Integrated Bar of the Philippines demanded an explanation from the government.",
        ("Integrated Bar of the Philippines", "REQUEST", "China"),
    ),
]


@pytest.mark.parametrize("text,never", CASES, ids=[str(i) for i in range(len(CASES))])
def test_domestic_body_addresses_own_government(event_dyads, want_dyads, text, never):
    _, got = event_dyads(text)
    assert not (want_dyads([never]) & got), got
    assert not any(cat == "REQUEST" and o == never[2] for _, cat, o in got), got
