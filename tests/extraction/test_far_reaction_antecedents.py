"""A reaction to a specific act told paragraphs earlier (kg.extract.discourse ``_earlier_mention``,
``_passive_owner``, ``_victims``; cues.json discourse ``far_verb_antecedents`` and the
'accusation' / 'incursion' antecedent words): hand-written sentences from many conflicts, none
taken from an evaluation article. Each case gives the exact set of dyads of the reaction's type.

* the verb of a specific act ('was sentenced', 'were deployed', 'entered ... airspace') is the
  antecedent of its nominal ('the verdict', 'the deployment', 'the incursion') beyond the short
  window; a passive clause gives its doer by a state body's 'of' phrase ('by the Criminal Court of
  the Maldives') or by the units its subject names ('Belarusian troops');
* a verdict 'against' a person is his own state's act: the person, not his state, is its victim;
* 'the accusation' refers back to the accusing clause, and whom the rejecting side says it helps
  is no victim of words.
"""

from __future__ import annotations

import pytest

FILLER = (
    "Officials said the hearing lasted an hour. Lawyers said they would appeal. Crowds gathered outside. "
)
FILLER += "Police made several arrests. The city was calm by evening. "

CASES = [
    (
        "Georgian opposition leader Nika Melia was sentenced on March 3 by the City Court of Georgia to eight "
        "months in prison for defying decisions of the election commission. "
        + FILLER
        + "The European Union condemned the verdict against Melia.",
        "ACCUSE",
        {("European Union", "ACCUSE", "Georgia")},
        "the verdict against a person: his state's court is its author, he is its victim; 'decisions' "
        "far back does not end the search for the sentencing clause",
    ),
    (
        "The Maldives' former president, Mohamed Nasheed, was sentenced by the Criminal Court of the Maldives "
        "to 13 years in prison. " + FILLER + "India condemned the verdict against Nasheed.",
        "ACCUSE",
        {("India", "ACCUSE", "Maldives")},
        "a drafted sentencing by a named court",
    ),
    (
        "Thousands of Belarusian troops were deployed along the northern border in March. "
        + FILLER
        + "Ukraine condemned the deployment.",
        "ACCUSE",
        {("Ukraine", "ACCUSE", "Belarus")},
        "a passive deployment far back: the state of the deployed troops",
    ),
    (
        "Russian drones entered Romanian airspace overnight. "
        + FILLER
        + "Moldova called the incursion reckless.",
        "ACCUSE",
        {("Moldova", "ACCUSE", "Russia")},
        "'the incursion' refers back to drones entering airspace",
    ),
    (
        "Serbia accused Croatia of harbouring war criminals. "
        + FILLER
        + "Zagreb's foreign ministry rejected the accusation and said Croatia had sent aid to Serbia after the floods.",
        "REJECT",
        {("Croatia", "REJECT", "Serbia")},
        "'the accusation' is the accusing clause; aid to the accuser does not make it a victim",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_far_reaction_antecedent(event_dyads, want_dyads, case):
    text, typ, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == typ} == want_dyads(expect), note
