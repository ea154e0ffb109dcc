"""A name that stands for a state only with its article ('the States' for the US, 'the Emirates' for
the UAE; entity_fixes article_bound_names) is no state when bare: UN usage writes 'States' for states
in general ('called on States to refrain', 'all Member States'). With the article, in any case, it
still names the state. Hand-written sentences from several regions."""

from __future__ import annotations

import pytest

BARE = [
    "The UN General Assembly called on all States to respect the territorial integrity of Georgia.",
    "UN human rights chief Volker Turk urged States to halt arms transfers to the warring parties in Sudan.",
    "The resolution asks Member States to enforce the arms embargo on Libya.",
]


@pytest.mark.parametrize("text", BARE, ids=[str(i) for i in range(len(BARE))])
def test_bare_states_is_no_state(event_dyads, text):
    _, got = event_dyads(text)
    assert not any("United States" in (s, o) for s, _, o in got), got


def test_article_names_still_link(event_dyads, want_dyads):
    _, got = event_dyads("The Emirates and Saudi Arabia signed a defence pact with the States.")
    assert want_dyads([("United Arab Emirates", "AGREE", "United States")]) <= got, got
