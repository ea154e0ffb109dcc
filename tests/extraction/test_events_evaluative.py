"""Criticism told as an evaluation (CAMEO 111 criticize or denounce, 112 accuse): a judging verb ('call',
'describe', 'dismiss ... as', 'brand', 'consider', a reported 'was') with a pejorative complement from the
shared vocabulary (event_lexicon.json vocabularies.pejorative), whose target is the author of the judged act
or claim; the free relative 'what X called Y's <pejorative>'; idioms of aggravation ('adding fuel to the
fire'), of attack in words ('hit out at', 'took exception to'), and the owners of coordinated judged
acts. Hand-written sentences (none from an evaluation article) through the real pipeline; each case gives
the exact (source, category, target) set, so a rule that over-fires fails as well as one that misses."""

from __future__ import annotations

import pytest

CASES = [
    # words of condemnation missing from the vocabulary before: unsafe, unprofessional, baseless,
    # groundless, counterproductive, overreaction
    (
        "Manila called the Chinese manoeuvre unsafe and unprofessional.",
        {("Philippines", "ACCUSE", "China")},
    ),
    ('Nairobi called the Somali claim "baseless".', {("Kenya", "ACCUSE", "Somalia")}),
    # a dismissed claim: its author is criticised as well as rejected
    (
        "Tokyo dismissed the Chinese claim as groundless.",
        {("Japan", "ACCUSE", "China"), ("Japan", "REJECT", "China")},
    ),
    (
        "Mexico's foreign minister branded the US decision as counterproductive.",
        {("Mexico", "ACCUSE", "United States")},
    ),
    # a reported 'was' judging a decision, claim or allegation of another side
    (
        'Rwanda said Congo\'s decision was "regrettable".',
        {("Rwanda", "ACCUSE", "Democratic Republic of the Congo")},
    ),
    ("Nairobi said the Somali decision was an absurd overreaction.", {("Kenya", "ACCUSE", "Somalia")}),
    ("The Philippines said the Chinese claims were baseless.", {("Philippines", "ACCUSE", "China")}),
    # an intercept, a lawsuit: judged acts whose owner or antecedent is the target
    (
        'Canberra said the Chinese intercept was "unsafe and unprofessional".',
        {("Australia", "ACCUSE", "China")},
    ),
    (
        'Ukraine filed a lawsuit against Russia at the court. Moscow said the case was "absurd".',
        {("Ukraine", "ACCUSE", "Russia"), ("Russia", "ACCUSE", "Ukraine")},
    ),
    # an action, step or measure judged in a reported 'was': the actor of the event it refers back to
    (
        "Chinese coast guard ships fired water cannon at a Philippine supply boat. Tokyo said the action "
        'was "dangerous and coercive".',
        {("China", "ASSAULT", "Philippines"), ("Japan", "ACCUSE", "China")},
    ),
    # an event nominal whose antecedent is a clause of its own verb that no trigger drafted
    (
        "A Chinese J-16 fighter intercepted an Australian P-8 surveillance plane over the South China Sea "
        'on Sunday. Canberra called the intercept "unsafe and unprofessional".',
        {("Australia", "ACCUSE", "China")},
    ),
    (
        "Russian jets intercepted a US drone over the Black Sea. Washington said the interception was reckless.",
        {("United States", "ACCUSE", "Russia")},
    ),
    # near miss: a negated clause tells no act
    (
        'A Chinese fighter jet did not intercept the Australian plane. Canberra called the intercept "unsafe".',
        set(),
    ),
    # near misses: an unowned plan, one's own response
    ("Paris said the plan was absurd.", set()),
    ("Ottawa said its own response was a mistake.", set()),
    # 'consider' takes the shared vocabulary too
    ("Japan considers the Chinese buildup an escalation.", {("Japan", "ACCUSE", "China")}),
    # near misses: a judgement that is no condemnation, or of one's own act
    ('Rwanda said Congo\'s decision was "important".', set()),
    ("Nairobi said its own decision was a mistake.", set()),
    # ... but praise (CAMEO 051, vocabularies.laudatory): a proposal called constructive supports its author
    ("Tokyo called the Chinese proposal constructive.", {("Japan", "SUPPORT", "China")}),
    # the free relative: 'what X called Y's <pejorative>' -- Y's act is judged
    (
        "Bamako said it would refer what it called Ukraine's aggression to the Security Council.",
        {("Mali", "ACCUSE", "Ukraine")},
    ),
    (
        'Beijing condemned what it called Manila\'s "provocation" near the shoal.',
        {("China", "ACCUSE", "Philippines")},
    ),
    ("Seoul will respond to what it called Tokyo's unjust claim.", {("South Korea", "ACCUSE", "Japan")}),
    # idioms of aggravation: the one said to add fuel to the fire is blamed
    (
        'The Kremlin said the US administration was "adding fuel to the fire".',
        {("Russia", "ACCUSE", "United States")},
    ),
    (
        "Beijing said Washington was pouring oil on the flames in the Taiwan Strait.",
        {("China", "ACCUSE", "United States")},
    ),
    ("Ankara said Athens was fanning the flames.", {("Turkey", "ACCUSE", "Greece")}),
    # idioms of criticism: 'hit out at', 'lashed out at', 'took aim at', 'took exception to', and regret
    # voiced over another side's act (like 'concern')
    ("Egypt hit out at Ethiopia over the dam.", {("Egypt", "ACCUSE", "Ethiopia")}),
    ("Turkey lashed out at Greece over the islands.", {("Turkey", "ACCUSE", "Greece")}),
    ("The Greek prime minister took aim at Turkey's drilling plans.", {("Greece", "ACCUSE", "Turkey")}),
    ("India took exception to Canada's remarks.", {("India", "ACCUSE", "Canada")}),
    ("Seoul expressed deep regret over Tokyo's decision.", {("South Korea", "ACCUSE", "Japan")}),
    # near misses: regret for a loss is sympathy or apology; critics at home are no state
    ("Seoul expressed regret for the deaths of the Japanese tourists.", set()),
    ("The minister hit out at critics at home.", set()),
    # the owner of each coordinated judged act is a target
    (
        "Canada condemned Iran's drone attacks and Russia's missile strikes.",
        {("Canada", "ACCUSE", "Iran"), ("Canada", "ACCUSE", "Russia")},
    ),
    (
        "The EU criticised Serbia's rhetoric and Kosovo's handling of the raid.",
        {("European Union", "ACCUSE", "Serbia"), ("European Union", "ACCUSE", "Kosovo")},
    ),
    # conduct judged by a manner adverb in reported speech: the one said to act so is blamed
    (
        "Manila said the Chinese coast guard acted dangerously and unprofessionally.",
        {("Philippines", "ACCUSE", "China")},
    ),
    ("Berlin said Moscow was behaving irresponsibly.", {("Germany", "ACCUSE", "Russia")}),
    # near misses: a manner that is no reproach
    ("Japan acted quickly to evacuate its citizens.", set()),
    ("The envoy said Seoul would act decisively.", set()),
    # an act done 'in protest at' / 'in condemnation of' another side's act: its doer protests
    (
        "Caracas recalled its ambassador in protest at the Israeli offensive.",
        {("Venezuela", "ACCUSE", "Israel")},
    ),
    (
        "Colombia recalled its envoy in protest against Israel's offensive.",
        {("Colombia", "ACCUSE", "Israel")},
    ),
    (
        "Chile recalled its ambassador in condemnation of the Israeli offensive.",
        {("Chile", "ACCUSE", "Israel"), ("Chile", "SANCTION", "Israel")},
    ),
    # near miss: a protest with no one named
    ("Caracas recalled its ambassador in protest.", set()),
    # more verbs and nouns of criticism: objecting, taking issue, railing, calling out, mocking; feelings
    # voiced over another side's act (disappointment, frustration, alarm), questioned commitment
    ("Baku objected to Yerevan's proposal.", {("Azerbaijan", "ACCUSE", "Armenia")}),
    ("Madrid took issue with Buenos Aires's remarks.", {("Spain", "ACCUSE", "Argentina")}),
    ("Ankara railed against Athens over the islands.", {("Turkey", "ACCUSE", "Greece")}),
    ("Kyiv called out Budapest for blocking the aid.", {("Ukraine", "ACCUSE", "Hungary")}),
    ("The Kremlin mocked Kyiv's counteroffensive.", {("Russia", "ACCUSE", "Ukraine")}),
    (
        "Washington expressed disappointment at South Africa's decision.",
        {("United States", "ACCUSE", "South Africa")},
    ),
    ("Ottawa expressed frustration with New Delhi over the investigation.", {("Canada", "ACCUSE", "India")}),
    ("Tokyo raised the alarm over Beijing's military buildup.", {("Japan", "ACCUSE", "China")}),
    (
        "Beijing questioned Washington's commitment to the one-China policy.",
        {("China", "ACCUSE", "United States")},
    ),
    # near misses: no objection raised; anger felt, not voiced by the one named
    ("Germany raised no objection to Poland's request.", set()),
    ("Budapest's decision sparked anger in Kyiv.", set()),
    # a feeling of disapproval caused by another side's act: the one dismayed, disappointed, alarmed,
    # appalled or concerned disapproves of its author
    ("Berlin said it was deeply disappointed by Budapest's decision.", {("Germany", "ACCUSE", "Hungary")}),
    ("Tokyo was alarmed by the North Korean launch.", {("Japan", "ACCUSE", "North Korea")}),
    ("Ottawa is concerned about India's conduct.", {("Canada", "ACCUSE", "India")}),
    # near misses: no feeling, a concern for one's own, private persons
    ("Kyiv was not disappointed by Washington's decision.", set()),
    ("Tokyo is concerned about the safety of its citizens in Sudan.", set()),
    ("Residents were shocked by the Russian strike.", set()),
    # 'concerned with' names a subject matter ('deals with'); 'frustrated with' still disapproves
    ("The Kenyan ministry is mainly concerned with Uganda's fuel imports.", set()),
    ("Brazil said it was frustrated with Argentina's tariffs.", {("Brazil", "ACCUSE", "Argentina")}),
    # a reported guilt or complicity: the one reporting it accuses the subject
    ("Seoul said Pyongyang was guilty of the sinking.", {("South Korea", "ACCUSE", "North Korea")}),
    ("Kyiv said Minsk was complicit in the invasion.", {("Ukraine", "ACCUSE", "Belarus")}),
    # near miss: one's own innocence
    ("Tokyo said it was guilty of nothing.", set()),
    # near miss: fuel added to a machine
    ("Engineers added fuel to the generators in Kherson.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_evaluative_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
