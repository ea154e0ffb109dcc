"""Three forms of criticism and rejection with no accuse or reject verb: a reported 'Y poses / represents /
constitutes a threat or a challenge' accuses Y (CAMEO 111; event_lexicon.json 'pose#threat',
'represent#threat', 'constitute#threat'); a rebuttal or rebuff is a rejection like 'rejection' (CAMEO 120);
a reaction noun that another side's act or claim 'drew / prompted / provoked / sparked' from X is X's
reaction to the act's author (event_lexicon.json receiving_verbs). Hand-written sentences from other
conflicts; each case gives the exact (source, category, target) set. Also an evaluation in an 'as'
complement that names its own author ('dismissed the draft as a cynical attempt by Y'; speech_acts
evaluation) and a voiced 'raised questions about Y's intentions' (speech_acts.json raised_questions)."""

from __future__ import annotations

import pytest

CASES = [
    (
        "Tokyo said China poses an unprecedented strategic challenge.",
        {("Japan", "ACCUSE", "China")},
    ),
    ("Warsaw said Russia represents a direct threat to Europe.", {("Poland", "ACCUSE", "Russia")}),
    (
        "Canberra said Beijing represents the greatest challenge to the regional order.",
        {("Australia", "ACCUSE", "China")},
    ),
    ("Vilnius said Minsk constitutes a threat to the region.", {("Lithuania", "ACCUSE", "Belarus")}),
    ("Seoul's rebuttal of Tokyo's claim came within hours.", {("South Korea", "REJECT", "Japan")}),
    ("The Bolivian map prompted a sharp rebuttal from Santiago.", {("Chile", "REJECT", "Bolivia")}),
    (
        "Guyana published new oil blocks on Monday, prompting a rebuff from Caracas.",
        {("Venezuela", "REJECT", "Guyana")},
    ),
    ("China's strikes drew condemnation from Manila.", {("Philippines", "ACCUSE", "China")}),
    ("The Japanese drills provoked protests from Beijing.", {("China", "ACCUSE", "Japan")}),
    # any conduct an actor owns, not only an act the lexicon knows: the reaction answers the owner
    (
        "India's purchases of Russian oil have drawn criticism from Washington.",
        {("United States", "ACCUSE", "India")},
    ),
    ("Brazil's stance on the war drew praise from Moscow.", {("Russia", "SUPPORT", "Brazil")}),
    # an 'as' complement that names its own author: 'rejected X as a cynical attempt by Y'
    (
        "Tehran dismissed the resolution as a cynical attempt by London and Paris to score points.",
        {("Iran", "ACCUSE", "United Kingdom"), ("Iran", "ACCUSE", "France")},
    ),
    ("Beijing described the report as a hostile move by Canberra.", {("China", "ACCUSE", "Australia")}),
    ("Beijing did not dismiss the report as a hostile move by Canberra.", set()),
    (
        'Kyiv said the Hungarian envoy rejected the plan as "a stunt" and "a reckless attempt" by Moscow and Minsk.',
        {("Ukraine", "ACCUSE", "Russia"), ("Ukraine", "ACCUSE", "Belarus")},
    ),
    # 'raised questions / concerns / doubts about' another side's act or intentions
    (
        "Nauseda said the decision by Minsk raised serious questions about its intentions.",
        {("Gitanas Nauseda", "ACCUSE", "Belarus")},
    ),
    (
        "Manila said the incident raised doubts about Beijing's commitment to the code of conduct.",
        {("Philippines", "ACCUSE", "China")},
    ),
    ("Analysts say the move raises questions about Japan's strategy.", set()),
    ("Tokyo said the drills did not raise concerns about China's intentions.", set()),
    # idioms of wrongdoing: 'holding X hostage', 'holding X to ransom' (speech_acts.json actor_judgement idioms)
    ("Kyiv said Moscow was holding the world's food supply hostage.", {("Ukraine", "ACCUSE", "Russia")}),
    ("Brussels said Budapest was holding Europe to ransom.", {("European Union", "ACCUSE", "Hungary")}),
    ('"Moscow is holding our grain hostage," Zelensky said.', {("Volodymyr Zelensky", "ACCUSE", "Russia")}),
    ("Kyiv said Moscow was not holding the talks hostage.", set()),
    ("Kyiv said Moscow could hold the talks hostage.", set()),
    # near misses: negated, a challenge that is no actor's, an opportunity
    ("Warsaw said Russia does not represent a threat.", set()),
    ("Ruto said climate change poses a challenge to Kenya.", set()),
    ("Ruto said Kenya represents a great opportunity for investors.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_reaction_challenge_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
