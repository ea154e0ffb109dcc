"""Reactions aimed at an act their own sentence names only by a noun ('called the strikes
reckless', 'said the move was a provocation', 'condemned the raid conducted by X'): the target is the
doer of that act, found on the noun or on an earlier mention of it -- never the actor of an earlier
reaction to it, and never the reacting side itself. Hand-written sentences from several conflicts."""

from __future__ import annotations

import pytest

# an earlier reaction's object is no earlier act of the one reacting
JUDGED_BEFORE = [
    (
        "Russian missiles hit the port of Odesa on Tuesday. Poland's foreign minister Radoslaw Sikorski "
        'called the strikes "barbaric". Ukrainian President Volodymyr Zelensky described the strikes as '
        '"a war crime".',
        ("Volodymyr Zelensky", "ACCUSE", "Russia"),
        ("Volodymyr Zelensky", "ACCUSE", "Radoslaw Sikorski"),
    ),
    (
        "Israeli jets bombed targets near Damascus on Sunday. Egypt's foreign minister Sameh Shoukry called "
        'the strikes "a flagrant violation". Syrian President Bashar al-Assad denounced the strikes as '
        '"a blatant aggression".',
        ("Bashar al-Assad", "ACCUSE", "Israel"),
        ("Bashar al-Assad", "ACCUSE", "Sameh Shoukry"),
    ),
    (
        "Pakistani jets struck targets in Afghanistan's Khost province on Monday. Russian foreign ministry "
        'spokeswoman Maria Zakharova called the strikes "unacceptable". Taliban spokesman Zabihullah Mujahid '
        'described the strikes as "a violation of Afghan sovereignty".',
        ("Zabihullah Mujahid", "ACCUSE", "Pakistan"),
        ("Zabihullah Mujahid", "ACCUSE", "Maria Zakharova"),
    ),
    (
        "US warplanes struck Houthi targets in Yemen overnight. Iranian foreign ministry spokesman Nasser "
        'Kanaani called the strikes "arbitrary". Chinese foreign ministry spokesperson Mao Ning called the '
        'strikes "dangerous".',
        ("Mao Ning", "ACCUSE", "United States"),
        ("Mao Ning", "ACCUSE", "Nasser Kanaani"),
    ),
]

# "the X carried out / imposed / conducted by Y": the participle's 'by' names the doer
DOER_PARTICIPLE = [
    (
        "Jordan strongly condemned the raid conducted by Israeli troops in Jenin.",
        ("Jordan", "ACCUSE", "Israel"),
    ),
    (
        "Pakistan rejected the measures adopted by India after the bombing.",
        ("Pakistan", "REJECT", "India"),
    ),
    (
        "Beijing denounced the sanctions imposed by Washington on Chinese chip makers.",
        ("China", "ACCUSE", "United States"),
    ),
    (
        "Turkey condemned the air strikes carried out by Syrian government forces against Idlib.",
        ("Turkey", "ACCUSE", "Syria"),
    ),
]

# a vague summary noun refers back to a summary noun that names its agent, a few sentences before
SUMMARY_BACK = [
    (
        "Helsinki's decision to shut the last crossing point on the Russian border came after weeks of "
        'arrivals. The Kremlin said the move was "a provocation".',
        ("Russia", "ACCUSE", "Finland"),
    ),
    (
        "Baku's decision to close the Lachin road to civilian traffic was reported on Monday. Officials "
        'said the checkpoint would stay. Yerevan called the step "illegal".',
        ("Armenia", "ACCUSE", "Azerbaijan"),
    ),
    (
        "Islamabad's decision to fence the border with Afghanistan drew crowds to the crossing. The Taliban "
        'government called the move "hostile".',
        ("Taliban", "ACCUSE", "Pakistan"),
    ),
    (
        "Ankara's decision to convert the Hagia Sophia into a mosque was published on Friday. Athens said "
        'the step was "a provocation".',
        ("Greece", "ACCUSE", "Turkey"),
    ),
]


@pytest.mark.parametrize("text,want,wrong", JUDGED_BEFORE, ids=[c[1][0] for c in JUDGED_BEFORE])
def test_an_earlier_reaction_is_no_antecedent(event_dyads, want_dyads, text, want, wrong):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got
    assert not want_dyads([wrong]) & got


@pytest.mark.parametrize("text,want", DOER_PARTICIPLE, ids=[c[1][0] for c in DOER_PARTICIPLE])
def test_a_doer_participle_names_the_target(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got


@pytest.mark.parametrize("text,want", SUMMARY_BACK, ids=[c[1][0] for c in SUMMARY_BACK])
def test_a_summary_noun_refers_back_to_a_named_decision(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got


def test_an_attitude_participle_names_no_doer(event_dyads, want_dyads):
    # "a step long sought by Ankara": Ankara wanted it, Baghdad took it
    text = (
        'Last month Iraq designated the PKK a "banned organisation", a step long sought by Ankara. '
        "Turkish President Recep Tayyip Erdogan welcomed the decision."
    )
    _, got = event_dyads(text)
    assert want_dyads([("Recep Tayyip Erdogan", "SUPPORT", "Iraq")]) <= got


def test_a_summary_noun_far_back_is_no_reference(event_dyads, want_dyads):
    filler = " ".join(f"Talks resumed in round {i} on the water dispute." for i in range(2, 9))
    text = (
        # the decision is aimed at a third state: a hostile act against the speaker's own side is
        # answered from further back (speech_acts._antecedent, lexical window)
        f"Cairo's decision to suspend gas exports to Lebanon was reported in January. {filler} "
        'Amman called the move "unacceptable".'
    )
    _, got = event_dyads(text)
    assert not want_dyads([("Jordan", "ACCUSE", "Egypt")]) & got


# a feeling of disapproval about a definite act noun: the act's doer, found back in the discourse
FELT_ABOUT_ACT = [
    (
        "North Korea fired a ballistic missile over Japan on Tuesday. Tokyo said it was alarmed by the launch.",
        ("Japan", "ACCUSE", "North Korea"),
    ),
    (
        "Russian forces struck a hospital in Kharkiv on Monday. The United Nations said it was shocked by "
        "the attack.",
        ("United Nations", "ACCUSE", "Russia"),
    ),
    (
        "Chinese police detained two Canadian citizens last week. Ottawa is troubled by the detentions.",
        ("Canada", "ACCUSE", "China"),
    ),
]

# a court's verdict, ruling or sentence: the court that gave it ('delivered the verdict', 'upheld the
# sentence', 'a Moscow court sentenced ...')
VERDICTS = [
    (
        "A Moscow court sentenced American journalist Evan Gershkovich to 16 years in prison on Friday. "
        "The US government said it was outraged by the verdict.",
        ("United States", "ACCUSE", "Russia"),
    ),
    (
        "Iran's Supreme Court upheld the death sentence against the French-Iranian academic on Sunday. "
        "Paris condemned the ruling.",
        ("France", "ACCUSE", "Supreme Court"),
    ),
    (
        "The Minsk City Court delivered the verdict against the Lithuanian activist on Tuesday. Officials "
        "said she would appeal. Vilnius said it was appalled by this outcome.",
        ("Lithuania", "ACCUSE", "Minsk City Court"),
    ),
]


@pytest.mark.parametrize(
    "text,want", FELT_ABOUT_ACT + VERDICTS, ids=[c[1][0] for c in FELT_ABOUT_ACT + VERDICTS]
)
def test_a_felt_or_judged_act_names_its_doer(event_dyads, want_dyads, text, want):
    _, got = event_dyads(text)
    assert want_dyads([want]) <= got


def test_who_announces_a_measure_is_no_doer_of_it(event_dyads, want_dyads):
    # the spokesman reports the sanctions; the court condemns the state that imposed them
    text = (
        "Canada imposed sanctions on three Iranian judges on Monday. Foreign ministry spokesman John Smith "
        'announced the measures in Ottawa. Tehran condemned the move as "illegal".'
    )
    _, got = event_dyads(text)
    assert want_dyads([("Iran", "ACCUSE", "Canada")]) <= got
    assert not want_dyads([("Iran", "ACCUSE", "John Smith")]) & got
