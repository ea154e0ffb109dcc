"""Fallback attachment (kg.extract.events._fallback_side): an event the dependency rules attached on one
side only takes the single actor state left in the trigger's own clause as its other side, with a lower
confidence; two candidates, a candidate of the same state, one inside someone else's quotation or inside a
relative clause leave the event unattached. Sentences of our own, run through the real pipeline."""

from __future__ import annotations

import pytest

POSITIVE = [
    (
        "The Kenyan defence ministry said it was deploying additional troops to the border with Somalia.",
        [["Kenya", "MOBILIZE", "Somalia"]],
    ),
    (
        "The Chadian army said it was deploying additional troops to the frontier with Sudan on Friday.",
        [["Chad", "MOBILIZE", "Sudan"]],
    ),
    (
        # ('came out in support of Accra' is a stance adjunct the rules attach: events._stance_adjunct)
        "Ghana on Monday rejected Togo's claims over the fishing grounds, as Nigeria moved in support of Accra.",
        [["Ghana", "REJECT", "Togo"], ["Nigeria", "SUPPORT", "Ghana"]],
    ),
]

NEGATIVE = [
    # two candidates: no guess
    "The Kenyan defence ministry said it was deploying additional troops to the borders with Somalia and Ethiopia.",
    # the only other actor is of the source's own state
    "Kenya's defence ministry said it was deploying additional troops to the border, Kenyan officials said.",
    # the only other state is inside a third party's quotation
    '"Somalia is massing forces," the Ethiopian envoy said, as Kenya\'s defence ministry said it was deploying'
    " additional troops to the border.",
    # the only other state is inside a relative clause about another event
    "Benin, which has quarrelled with Togo for years, came out in support on Monday.",
]


@pytest.mark.parametrize("text,expect", POSITIVE, ids=[t[:48] for t, _ in POSITIVE])
def test_fallback_attaches_the_single_candidate(event_dyads, want_dyads, text, expect):
    evs, got = event_dyads(text, "2025-03-12")
    assert got == want_dyads(expect)
    main = {e.category for e in evs if e.confidence >= 0.8}
    fallback = [e for e in evs if e.category not in main]
    assert fallback and all(e.confidence < 0.6 for e in fallback)  # marked by a lower confidence


@pytest.mark.parametrize("text", NEGATIVE, ids=[t[:48] for t in NEGATIVE])
def test_fallback_leaves_ambiguous_or_excluded_candidates(event_dyads, text):
    _, got = event_dyads(text, "2025-03-12")
    assert not {k for k in got if k[1] in ("MOBILIZE", "SUPPORT")}
