"""A purchase or import of goods from another state (event_lexicon 'buy#trade', 'import#trade'): CAMEO 061
cooperate economically, PLOVER COOPERATE between buyer and seller, as 'buy#arms' codes an arms purchase
(062). The seller is the 'from' phrase or the state named on the goods. Hand-written sentences, none
taken from an evaluation article; each case gives the exact set of COOPERATE dyads.

* 'buys most of its gas from X', 'bought 50,000 tonnes of rice from X', 'imports its fuel from X';
* 'bought X-ian gas', 'imports X-ian uranium and fertilizer': the state named on the goods;
* a purchase of no goods ('bought time') or with no seller named codes nothing.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "Chile still buys most of its gas from Argentina.",
        {("Chile", "COOPERATE", "Argentina")},
        "the 'from' phrase of a purchase",
    ),
    (
        "Kenya bought 50,000 tonnes of rice from Pakistan.",
        {("Kenya", "COOPERATE", "Pakistan")},
        "an amount of goods",
    ),
    (
        "Mongolia imports more than 90 percent of its petroleum products from Russia.",
        {("Mongolia", "COOPERATE", "Russia")},
        "an import",
    ),
    (
        "Germany bought Algerian gas through the pipeline for years.",
        {("Germany", "COOPERATE", "Algeria")},
        "the state named on the goods",
    ),
    (
        "Kenya bought time before the vote.",
        set(),
        "no goods",
    ),
    (
        "Peru imports most of its wheat.",
        set(),
        "no seller named",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:48] for c in CASES])
def test_trade_purchases(event_dyads, want_dyads, case):
    text, expect, note = case
    _, got = event_dyads(text)
    assert {k for k in got if k[1] == "COOPERATE"} == want_dyads(expect), note
