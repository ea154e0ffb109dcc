"""A court convicting or sentencing another state's national: CAMEO 173 charge with legal action (PLOVER
COERCE 'arrest') and CAMEO 116 find guilty (PLOVER SANCTION 'convict', 'find guilty or liable in a court of
law'), coded under both (event_lexicon 'co_code'); the noun 'sentence' counts under a verb that hands it
down ('handed X a sentence', 'passed a sentence on X'), not when it is only judged. Hand-written sentences
from several countries through the real pipeline; each case gives the exact (source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    (
        "A Russian court convicted US journalist Evan Gershkovich of espionage.",
        {("Russia", "COERCE", "Evan Gershkovich"), ("Russia", "SANCTION", "Evan Gershkovich")},
    ),
    (
        "An Iranian court handed the French teacher a 20-year prison sentence.",
        {("Iran", "COERCE", "France"), ("Iran", "SANCTION", "France")},
    ),
    (
        "A Belarusian court passed a 10-year sentence on a Polish journalist.",
        {("Belarus", "COERCE", "Poland"), ("Belarus", "SANCTION", "Poland")},
    ),
    ("Albanese said the sentence was harsh.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_conviction_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
