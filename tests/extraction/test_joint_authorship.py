"""Joint authorship and joint undertakings as cooperation (PLOVER COOPERATE, CAMEO 06): actors of two or
more states named together as the authors or makers of one text or work act together, whether a
participle or passive names them ('the resolution, put forward by A and B,', 'an amendment proposed by
A and B', 'a pipeline being built by A's firm and B's firm', 'the plan, which was drafted by A, B and C')
or they are the coordinated subject ('A, B and C launched a railway project'); the co-authors of a text
another body rejects still cooperated. Distributive or rival texts, 'respectively', negated authorship
and a pledge to build (an infinitive) are no joint act (events._joint_authorship, event_lexicon
'joint_authorship'). Hand-written sentences from several regions, none taken from an evaluation
article; each case gives the exact COOPERATE dyads."""

from __future__ import annotations

import pytest

CASES = [
    (
        "The resolution, put forward by Mexico and Brazil, was adopted by consensus.",
        {("Mexico", "COOPERATE", "Brazil")},
        "co-authors of a resolution named by a participle",
    ),
    (
        "The General Assembly rejected an amendment proposed by Belarus and Nicaragua.",
        {("Belarus", "COOPERATE", "Nicaragua")},
        "co-authors of a rejected amendment still cooperate",
    ),
    (
        "A gas pipeline being built by Nigeria's NNPC and Morocco's ONHYM will run along the Atlantic coast.",
        {("NNPC", "COOPERATE", "ONHYM")},
        "state firms of two states building one work",
    ),
    (
        "The truce plan, which was drafted by Egypt, Qatar and Turkey, calls for a six-week pause.",
        {("Egypt", "COOPERATE", "Qatar"), ("Egypt", "COOPERATE", "Turkey"), ("Qatar", "COOPERATE", "Turkey")},
        "a relative clause naming three drafters",
    ),
    (
        "Kenya, Uganda and Tanzania launched a regional railway project on Monday.",
        {
            ("Kenya", "COOPERATE", "Uganda"),
            ("Kenya", "COOPERATE", "Tanzania"),
            ("Uganda", "COOPERATE", "Tanzania"),
        },
        "coordinated subjects launching one project",
    ),
    (
        "The forest fund was set up by Norway and Indonesia in 2010.",
        {("Norway", "COOPERATE", "Indonesia")},
        "a passive clause with a phrasal verb",
    ),
    (
        "Rival drafts put forward by Russia and the United States both failed.",
        set(),
        "rival texts are no joint text",
    ),
    (
        "The plans were drafted by France and Germany respectively.",
        set(),
        "'respectively' makes the list distributive",
    ),
    (
        "The amendment was not proposed by Russia and China.",
        set(),
        "negated authorship",
    ),
    (
        "Vietnam and Laos pledged to build a new railway.",
        set(),
        "a pledge to build is no joint work done",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_joint_authorship(event_dyads, want_dyads, text, expected, why):
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "COOPERATE"} == want_dyads(expected), why
