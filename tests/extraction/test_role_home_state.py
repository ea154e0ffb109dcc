"""An unqualified cabinet title ('Interior Minister X said') in a story about two states is an office
of the state the story names most, when it names it at least three times and half again as often as
the other; with both named as often, the title's state stays unstated."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Lithuania will close two border crossings with Belarus from Friday, the government said. Lithuania "
        "has accused Belarus of sending smuggling balloons across the frontier. The closures will last a "
        "month, Lithuania's border guard said.\n\nInterior Minister Vladislav Kondratovic said the measure "
        "was needed.",
        {("Vladislav Kondratovic", "Lithuania")},
    ),
    (
        "Chile and Peru signed a fisheries accord on Monday. Chile said the deal would protect stocks, and "
        "Peru agreed. Chile and Peru will meet again in May. The accord covers anchovy stocks.\n\nForeign "
        "Minister Ana Soto said the talks had been long.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=["home state", "balanced"])
def test_unqualified_cabinet_title_home_state(nlp, text, want):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    got = {(labels.get(s), labels.get(o)) for ev in r.events if ev.category == "ROLE" for s, o in ev.pairs()}
    assert got == want
