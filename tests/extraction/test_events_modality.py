"""Acts a sentence does not assert: wanted, urged, proposed or asked-for acts, acts left open ('does
not rule out'), non-answers, and characterisations. Hand-written sentences about many conflicts (none
from an evaluation article), run through the real pipeline; each case gives the exact (source,
category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    # an infinitive controlled by the object of a verb of urging or wanting is asked for, not done
    (
        "The African Union is pressing Sudan and South Sudan to resume the stalled border talks.",
        {("African Union", "REQUEST", "Sudan"), ("African Union", "REQUEST", "South Sudan")},
    ),
    ("Chile wants Peru to hold talks with Bolivia.", set()),
    (
        "Paraguay wishes Uruguay to serve as a bridge to strengthen Paraguay's relations with the European Union.",
        set(),
    ),
    # near miss: an implicative verb ('forced X to') asserts the act
    ("Chile forced Peru to hold talks with Bolivia.", {("Peru", "CONSULT", "Bolivia")}),
    # a purpose clause of an asserted act is kept as the existing rules code it
    (
        "Chile visited Peru to strengthen ties with Lima.",
        {("Chile", "CONSULT", "Peru"), ("Chile", "COOPERATE", "Peru")},
    ),
    # a mandative 'that'-clause in the subjunctive is a proposal; an indicative one reports a belief
    (
        "The minister suggested that Canada soon complete the ratification of its trade agreement with Mexico.",
        set(),
    ),
    (
        "He suggested that the two sides work to expand trade and that Norway soon ratify its fisheries "
        "agreement with Iceland.",
        set(),
    ),
    ("Reports suggest that Russia attacked Estonia.", {("Russia", "ASSAULT", "Estonia")}),
    # the object of an appeal ('called for talks between X and Y') is asked for, not held: no
    # CONSULT, but an appeal to X and Y to meet (REQUEST, CAMEO 026)
    (
        "Thailand called for a dialogue between Cambodia and Laos.",
        {("Thailand", "REQUEST", "Cambodia"), ("Thailand", "REQUEST", "Laos")},
    ),
    # 'does not rule out': left open; of a hostile act it is a veiled threat
    ("Brazil does not rule out sending aid to Bolivia.", set()),
    ("Iran does not rule out attacking Israeli ships.", {("Iran", "THREATEN", "Israel")}),
    # the same with the verb quoted, where the parser reads the gerund as an adverbial clause
    (
        'President Lula told reporters that Brazil "does not rule out" sending aid to Bolivia, depending on the crisis.',
        set(),
    ),
    ('Iran "does not rule out" attacking Israeli ships, an official said.', {("Iran", "THREATEN", "Israel")}),
    # 'would not hesitate to' affirms a readiness: of a hostile act a threat; 'hesitated to' asserts nothing
    ("Poland would not hesitate to strike Belarus.", {("Poland", "THREATEN", "Belarus")}),
    ("Japan will not hesitate to send aid to the Philippines.", {("Japan", "AID", "Philippines")}),
    ("Poland hesitated to strike Belarus.", set()),
    # an open question ('unclear whether', 'asked whether') asserts nothing; 'weighing whether to' is considering
    ("It is unclear whether Ghana will sign the deal with Togo.", set()),
    ("Reporters asked whether Japan would send troops to Taiwan.", set()),
    ("Spain is weighing whether to expel Russian diplomats.", {("Spain", "THREATEN", "Russia")}),
    # an event noun said to be unlikely or possible is predicted, not reported
    ("A Russian attack on Moldova is unlikely.", set()),
    ("The Russian attack on Moldova was brutal.", {("Russia", "ASSAULT", "Moldova")}),
    # the condition of a conditional is never asserted; its consequence may be a threat
    (
        "If Russia attacks Estonia, NATO will respond.",
        {("NATO", "THREATEN", "Russia")},
    ),
    (
        "If Chile sends warships to the strait, Argentina will expel its ambassador.",
        {("Argentina", "THREATEN", "Chile")},
    ),
    # a negated receipt ('had not received any weapons from X') asserts no aid
    ("Ukraine said it had not received any weapons from Germany.", set()),
    ("Ukraine received weapons from Germany.", {("Germany", "AID", "Ukraine")}),
    # a decision to take a hostile measure is the measure; a decision to meet stays future
    (
        "Sudan's Security and Defence Council decided to sever diplomatic relations with Chad.",
        {("Security and Defence Council", "SANCTION", "Chad")},
    ),
    ("Ghana decided to hold talks with Togo next month.", {("Ghana", "CONSULT", "Togo")}),
    ("Kenya decided not to expel Somali diplomats.", set()),
    # non-answers and conditional readiness assert nothing
    ("Hungary has not responded to Romania's request for talks.", set()),
    ("The Kenyan foreign ministry did not immediately comment on the Somali accusations.", set()),
    ("Turkey refused to say whether it would sanction Syria.", set()),
    ("Vietnam would be ready to hold talks with China.", set()),
    # a threat is a threat, not the threatened act
    ("Bolivia threatened to cut diplomatic ties with Chile.", {("Bolivia", "THREATEN", "Chile")}),
    # the act in an accusation's 'by' phrase is the accused's, not the accuser's
    (
        "Kenya accused Somalia of undermining the talks by arming al-Shabaab.",
        {("Kenya", "ACCUSE", "Somalia"), ("Somalia", "AID", "al-Shabaab")},
    ),
    # the one who names an act ('what he called a hybrid attack') is not its agent
    (
        "Greece closed the port, with its prime minister accusing Ankara of orchestrating what he called "
        "a hybrid attack on the European Union.",
        {("Greece", "ACCUSE", "Turkey")},
    ),
    # a later infinitive coordinated under an urging verb is urged too, not done
    (
        "Washington urged Riyadh to end the blockade and to sign a deal with Qatar.",
        {("United States", "REQUEST", "Saudi Arabia")},
    ),
    (
        "Paris pressed Bamako to hold elections, to free the detainees and to help Niger secure the border.",
        {("France", "REQUEST", "Mali")},
    ),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_unasserted_acts_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)


@pytest.mark.parametrize(
    "text",
    [
        "Angola hopes to sign a trade deal with Namibia.",  # the model lemmatizes 'hopes' as 'hop'
        "Angola hoped to hold talks with Namibia.",
        "Angola plans to sign a trade deal with Namibia.",
    ],
)
def test_a_hoped_or_planned_act_is_future(nlp, text):
    from kg.extract import extract_text

    r = extract_text(text, nlp, published="2025-06-01")
    evs = [e for e in r.events if e.extractor == "kg.events.v1" and e.category in ("AGREE", "CONSULT")]
    assert evs and all(e.modality == "future" for e in evs)


def test_not_ruling_out_a_hostile_act_is_a_threat(nlp):
    from kg.extract import extract_text

    r = extract_text("Iran does not rule out attacking Israeli ships.", nlp, published="2025-06-01")
    threats = [e for e in r.events if e.category == "THREATEN"]
    assert threats and threats[0].modality == "asserted"
