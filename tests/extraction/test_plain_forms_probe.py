"""Plain forms of common events that a battery of our own probe sentences found missing:

- a measure's target phrase the parser hangs on an amount inside the measure's noun phrase
  ("imposed tariffs of 25 percent on Mexican steel": "on" under "percent");
- "broker" as mediation (CAMEO 045) between the two sides of the brokered deal, truce or swap;
- "challenge" another side's measure (CAMEO 115 bring lawsuit against, an ACCUSE): its owner is the target;
- refusing to join a third party's act ("refused to join EU sanctions against Moscow") rejects the third
  party; the third party's act is not turned into a rejection of its own target.
"""

from __future__ import annotations

import pytest

CASES = [
    (
        "The United States imposed tariffs of 25 percent on Mexican steel.",
        {("United States", "SANCTION", "Mexico")},
    ),
    (
        "The European Union imposed duties of up to 35% on Chinese electric cars.",
        {("European Union", "SANCTION", "China")},
    ),
    (
        "Canada challenged US tariffs at the World Trade Organization.",
        {("Canada", "ACCUSE", "United States")},
    ),
    ("Mexico challenged the duties imposed by the United States.", {("Mexico", "ACCUSE", "United States")}),
    (
        "Qatar brokered a prisoner swap between Iran and the United States.",
        {("Qatar", "CONSULT", "Iran"), ("Qatar", "CONSULT", "United States")},
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:40] for c in CASES])
def test_plain_forms(nlp, text, want):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    labels = {e.key: e.label for e in r.entities}
    got = {
        (labels.get(s), ev.category, labels.get(o))
        for ev in r.events
        if ev.category not in ("ROLE", "QUANTITY", "QUOTE")
        for s, o in ev.pairs()
    }
    assert want <= got


def test_amount_without_target_adds_nothing(nlp):
    from kg.extract import extract_text

    r = extract_text("Canada imposed tariffs of 25 percent last year.", nlp, published="2025-06-01")
    assert not [ev for ev in r.events if ev.category == "SANCTION" and any(o for _s, o in ev.pairs())]


@pytest.mark.parametrize(
    "text",
    [
        "Serbia has refused to join EU sanctions against Moscow.",
        "Hungary refused to back the EU sanctions on Russia.",
    ],
)
def test_refusing_a_third_partys_act(event_dyads, want_dyads, text):
    _, got = event_dyads(text)
    refuser = text.split()[0]
    assert got == want_dyads([(refuser, "REJECT", "European Union")])


def test_refusing_ones_own_act_still_rejects_its_target(event_dyads, want_dyads):
    _, got = event_dyads("Serbia refused to impose sanctions on Russia.")
    assert got == want_dyads([("Serbia", "REJECT", "Russia")])
