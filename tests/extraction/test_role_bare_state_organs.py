"""A role in a legislature or treasury named alone ("Chairman of the Senate X", "Secretary to the
Treasury Y") is a role in the state, as annotators code "the National Assembly", "Parliament" or
"the Treasury" (``bare_state_organs`` in titles.json); a body named with its own words keeps its
name."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Kazakhstan ratified the treaty on Monday. Chairman of the Senate Maulen Ashimbayev said the "
        "vote was unanimous.",
        {("Maulen Ashimbayev", "Kazakhstan")},
    ),
    (
        "Kenya froze the loans. The Permanent Secretary and Secretary to the Treasury, Joseph Kinyua, "
        "said the projects would continue.",
        {("Joseph Kinyua", "Kenya")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_bare_state_organ_is_the_state(role_pairs, text, want):
    got, r = role_pairs(text)
    assert got == want


def test_named_parliament_keeps_its_name(role_pairs):
    text = "Roberta Metsola, the President of the European Parliament, welcomed the vote."
    got, r = role_pairs(text)
    assert got == {("Roberta Metsola", "European Parliament")}


def test_a_state_named_before_in_a_meeting_is_not_the_bodys(role_pairs):
    text = (
        "Hanoi welcomed the delegation. The US Secretary of State also met with Chairman of the "
        "National Assembly Tran Thanh Man in Hanoi."
    )
    got, r = role_pairs(text)
    assert ("Tran Thanh Man", "United States") not in got
