"""A state named another's trading partner (event_lexicon 'partner#trade', a role noun like 'supplier'):
CAMEO 061 cooperate economically, PLOVER COOPERATE between the copular subject (or the noun an apposition
names) and the possessor or 'of' object. Hand-written sentences, none taken from an evaluation article;
each case gives the exact set of COOPERATE dyads.

* 'X is/remains Y's largest trading partner', 'X, a major trading partner of Y,', 'Y's largest trading
  partner, X' all code X with Y;
* a partner of no trade ('a strategic partner') is no economic cooperation, and a noun with no named
  state around it codes nothing.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "China is Chile's second-largest trading partner.",
        {("China", "COOPERATE", "Chile")},
        "copular subject and possessor",
    ),
    (
        "Germany remains Poland's largest trading partner.",
        {("Germany", "COOPERATE", "Poland")},
        "'remains' as the copula",
    ),
    (
        "Brazil has moved closer to India, its largest trading partner.",
        {("Brazil", "COOPERATE", "India")},
        "an apposition naming the partner of the possessive pronoun's antecedent",
    ),
    (
        "Japan is Vietnam's strategic partner.",
        set(),
        "a partner of no trade is no economic cooperation",
    ),
    (
        "Exports fell sharply at the largest trading partner.",
        set(),
        "no named state",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_trading_partner(event_dyads, want_dyads, case):
    text, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "COOPERATE"} == want_dyads(expect), note
