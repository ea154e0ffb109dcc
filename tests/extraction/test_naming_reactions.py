"""Naming an earlier act ('called the truce a parade of cynicism', 'described the announcement as a new
beginning'; event_lexicon call#praise / describe#praise / call#disapprove; cues.json welcomed_nominals
'verbs', 'announcement', 'truce'): hand-written sentences from many conflicts, none taken from an
evaluation article. Each case gives the exact set of dyads of the reaction's type.

* praise by naming ('a historic breakthrough', 'a new beginning', 'an important step') supports the
  parties of the act named; a complement that is also pejorative ('a historic mistake') is no praise;
* a fronted place ('In Tbilisi, ...') is not the particle of a phrasal 'call in';
* the judging noun of a complement's 'of' phrase ('a parade of cynicism', 'a display of hypocrisy')
  makes the naming a criticism, but not inside a name ('the Department of War');
* another clause of the sentence ('..., while Y said the text was not ready') is no complement;
* a reaction to 'what X called <act> by Y' is aimed at Y (the agent phrase of the named act).
"""

from __future__ import annotations

import pytest

ACCORD = "Armenia and Azerbaijan signed a peace accord in Washington on Friday. "

CASES = [
    (
        ACCORD + "In Tbilisi, Georgia's foreign minister described the accord as a historic breakthrough.",
        "SUPPORT",
        {("Georgia", "SUPPORT", "Armenia"), ("Georgia", "SUPPORT", "Azerbaijan")},
        "praise by naming after a fronted place",
    ),
    (
        "President Lula announced that Brazil would reopen its embassy in Caracas. In Bogota, Colombia's "
        "foreign minister called the announcement a new beginning for the region.",
        "SUPPORT",
        {("Colombia", "SUPPORT", "Brazil")},
        "'the announcement' refers back to the announcing clause",
    ),
    (
        ACCORD + "Germany's chancellor called the accord an important step, while Poland's president said "
        "the text was not ready.",
        "SUPPORT",
        {("Germany", "SUPPORT", "Armenia"), ("Germany", "SUPPORT", "Azerbaijan")},
        "the 'not' of another clause does not deny the complement",
    ),
    (
        ACCORD + "Iran's foreign minister called the accord a historic mistake.",
        "SUPPORT",
        set(),
        "a pejorative complement is no praise",
    ),
    (
        "Russia's unilateral Easter truce, announced by Putin on Saturday, did not stop the shelling. "
        "Ukraine's foreign minister called the truce a parade of cynicism.",
        "ACCUSE",
        {("Ukraine", "ACCUSE", "Russia")},
        "'a parade of cynicism' judges the truce its owner declared",
    ),
    (
        "China held large-scale drills around Taiwan on Monday. Taiwan's defence ministry called the drills "
        "a display of hypocrisy.",
        "ACCUSE",
        {("Taiwan", "ACCUSE", "China")},
        "'a display of hypocrisy'",
    ),
    (
        "Estonia condemned what it called cyber operations by Russian military intelligence.",
        "ACCUSE",
        {("Estonia", "ACCUSE", "Russia")},
        "a free relative's naming complement with an agent phrase on the naming verb (units of a state)",
    ),
    (
        "Canada condemned what it described as interference activities by Indian agents.",
        "ACCUSE",
        {("Canada", "ACCUSE", "India")},
        "'what it described as X by Y'",
    ),
    (
        "The Gulf Cooperation Council issued a statement denouncing what it called repeated incursions by "
        "Iran into Kuwaiti waters.",
        "ACCUSE",
        {("Gulf Cooperation Council", "ACCUSE", "Iran")},
        "the agent phrase of the named act judged by a reaction participle",
    ),
    (
        "Defense Secretary Pete Hegseth, whose department the administration now calls the Department of War, "
        "said Nigeria must act.",
        "ACCUSE",
        set(),
        "a name with 'of War' judges nothing",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_naming_reaction(event_dyads, want_dyads, case):
    text, typ, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == typ} == want_dyads(expect), note
