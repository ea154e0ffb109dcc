"""A definite text that names no author ('The statement also urged ...', 'The resolution also called on
...') speaks for the author of its latest earlier mention ('adopted a resolution', 'handed him a note of
protest'); a statement with no earlier mention, right after a reported utterance, is that speaker's
(cues.json 'text_antecedent'). Hand-written sentences with other actors than the annotated sets."""

from __future__ import annotations

import pytest

CASES = [
    (
        "On Monday the European Parliament adopted a resolution on the fishing dispute. The resolution also "
        "called on Argentina to release the detained trawler crews.",
        [("European Parliament", "REQUEST", "Argentina")],
    ),
    (
        "Kazakhstan's foreign ministry handed the Kyrgyz ambassador a note of protest on Tuesday. The note "
        "demanded that Bishkek withdraw its border guards from the disputed village.",
        [("Kazakhstan", "REQUEST", "Kyrgyzstan")],
    ),
]


@pytest.mark.parametrize("text,want", CASES, ids=[str(i) for i in range(len(CASES))])
def test_text_antecedent(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert {(s, c, o) for s, c, o in got if c == "REQUEST"} & want_dyads(want) == want_dyads(want), got


def test_text_antecedent_needs_a_mention(event_dyads):
    """A text mentioned nowhere before and after no utterance stays without author."""
    _, got = event_dyads(
        "Heavy rain flooded the port of Mombasa on Monday. The statement urged Tanzania to reopen the road."
    )
    assert not [d for d in got if d[1] == "REQUEST"], got
