"""Third parties to others' talks named other than by a 'by' participle (CAMEO 045 mediate, PLOVER
CONSULT 'third-party'; event_lexicon ``third_party_verbs``): a hyphenated participle ('Qatari-mediated
talks', 'a Saudi-brokered deal'), a phrase naming the role on the talks or their clause ('under the
auspices of Z', 'under Qatari mediation', 'with Russian mediation': the broker is no party of the
clause), and a verb of leading or convening talks between others ('Norway has led peace talks between
X and Y'). Hand-written sentences from several conflicts, none taken from an evaluation article; each
case gives the exact dyads of the listed types, so a rule that over-fires fails as well as one that
misses."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Qatari-mediated talks between Israel and Hamas resumed on Monday.",
        {("Israel", "CONSULT", "Hamas"), ("Qatar", "CONSULT", "Israel"), ("Qatar", "CONSULT", "Hamas")},
        "a hyphenated participle names the mediator of the talks",
    ),
    (
        "Ethiopia and Eritrea signed a Saudi-brokered peace deal in Jeddah.",
        {
            ("Ethiopia", "AGREE", "Eritrea"),
            ("Saudi Arabia", "CONSULT", "Ethiopia"),
            ("Saudi Arabia", "CONSULT", "Eritrea"),
        },
        "a hyphenated broker of an agreement mediates with its signatories",
    ),
    (
        "Colombia and the ELN resumed talks in Havana under Cuba's auspices.",
        {("Colombia", "CONSULT", "ELN"), ("Cuba", "CONSULT", "Colombia"), ("Cuba", "CONSULT", "ELN")},
        "'under Z's auspices' on the talks",
    ),
    (
        "Armenia and Azerbaijan held peace talks in Almaty under the auspices of Kazakhstan.",
        {
            ("Armenia", "CONSULT", "Azerbaijan"),
            ("Kazakhstan", "CONSULT", "Armenia"),
            ("Kazakhstan", "CONSULT", "Azerbaijan"),
        },
        "'under the auspices of Z' hung on the verb",
    ),
    (
        "Israel and Hamas resumed indirect talks in Doha under Qatari and Egyptian mediation.",
        {
            ("Israel", "CONSULT", "Hamas"),
            ("Qatar", "CONSULT", "Israel"),
            ("Qatar", "CONSULT", "Hamas"),
            ("Egypt", "CONSULT", "Israel"),
            ("Egypt", "CONSULT", "Hamas"),
            ("Egypt", "CONSULT", "Qatar"),
        },
        "co-mediators named by demonyms mediate with each party and confer",
    ),
    (
        "Kyrgyzstan and Tajikistan agreed a border deal with Russian mediation.",
        {
            ("Kyrgyzstan", "AGREE", "Tajikistan"),
            ("Russia", "CONSULT", "Kyrgyzstan"),
            ("Russia", "CONSULT", "Tajikistan"),
        },
        "'with Z mediation': the mediator is no party of the agreement",
    ),
    (
        "Norway has led peace talks between the Colombian government and the FARC.",
        {("Colombia", "CONSULT", "FARC"), ("Norway", "CONSULT", "Colombia"), ("Norway", "CONSULT", "FARC")},
        "'led talks between X and Y': a third party",
    ),
    (
        "Switzerland convened talks between Armenia and Azerbaijan in Geneva.",
        {
            ("Armenia", "CONSULT", "Azerbaijan"),
            ("Switzerland", "CONSULT", "Armenia"),
            ("Switzerland", "CONSULT", "Azerbaijan"),
        },
        "'convened talks between X and Y'",
    ),
    (
        "Kenyan police deployed to Haiti under the auspices of the United Nations.",
        set(),
        "a deployment under UN auspices is no talks",
    ),
    (
        "Russia and Ukraine did not hold talks under Turkish mediation.",
        set(),
        "negated talks name no mediator",
    ),
    (
        "The Polisario Front fought Morocco until a UN-brokered ceasefire in 1991.",
        set(),
        "a brokered ceasefire as a point in time has no parties in the clause",
    ),
]


@pytest.mark.parametrize("text,expected,why", CASES, ids=[c[2] for c in CASES])
def test_third_party_phrases(event_dyads, want_dyads, text, expected, why):
    evs, got = event_dyads(text)
    got = {k for k in got if k[1] in ("CONSULT", "AGREE")}
    assert got == want_dyads(expected), why
