"""Criticism inside reported or quoted speech that judges another side's actor itself, not only an act
(CAMEO 111 criticize or denounce; speech_acts.json 'actor_judgement'): the actor as the subject of a copula
with a pejorative complement ('Y is a terrorist state', 'Y was a puppet of Z', 'a state sponsor of
terrorism') or of a verb of wrongdoing ('Y is weaponising migrants', 'Y is bullying its neighbours'); a
reference in a voiced clause that condemns what it names ('Y's hostile policy', 'the provocative actions of
the Y authorities', 'Y's blackmail'); and judging verbs naming a person with a pejorative noun ('called the
Y president a vassal', 'described Y's prime minister as a gangster'); blame ('Y was responsible for /
behind the attack', 'Y had a hand in it'); harm done by another side's act ('Y's tariffs are hurting our
farmers'); instigation ('under pressure from Y', 'at the behest of Y', 'on the orders of Y'); the voice may be an
'according to' source. Never when
negated, conditional, modal, asked, unvoiced (the writer's or an unnamed analyst's), or said of the voice's own side.
Hand-written sentences from many conflicts through the real pipeline; each case gives the exact
(source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    # copula with a pejorative complement said of another side's actor
    (
        '"Russia is a terrorist state," the Ukrainian foreign minister said.',
        {("Ukraine", "ACCUSE", "Russia")},
    ),
    ('Pyongyang said Seoul was "a puppet of Washington".', {("North Korea", "ACCUSE", "South Korea")}),
    ('Tehran said Washington was "a state sponsor of terrorism".', {("Iran", "ACCUSE", "United States")}),
    # verbs of wrongdoing with the accused actor as subject
    (
        '"Beijing is bullying its smaller neighbours," the Philippine defence secretary said.',
        {("Philippines", "ACCUSE", "China")},
    ),
    (
        'The Polish prime minister said Belarus was "weaponising migrants" against the European Union.',
        {("Poland", "ACCUSE", "Belarus")},
    ),
    ('"China is blackmailing us," Lithuania\'s foreign minister said.', {("Lithuania", "ACCUSE", "China")}),
    (
        '"The Israeli government is lying to the world," the Turkish foreign minister said.',
        {("Turkey", "ACCUSE", "Israel")},
    ),
    # a condemning reference anywhere in the voiced clause
    (
        '"Washington\'s hostile policy has brought the peninsula to the brink," the North Korean foreign '
        "ministry said.",
        {("North Korea", "ACCUSE", "United States")},
    ),
    (
        '"Russia\'s reckless behaviour is endangering the whole region," the Finnish president said.',
        {("Finland", "ACCUSE", "Russia")},
    ),
    (
        "Baku said the provocative actions of the Armenian authorities had derailed the talks.",
        {("Azerbaijan", "ACCUSE", "Armenia")},
    ),
    (
        "The Moldovan president said the energy crisis was driven by Moscow's blackmail.",
        {("Moldova", "ACCUSE", "Russia")},
    ),
    # judging verbs naming a person with a pejorative noun
    (
        'Maduro called the Guyanese president "a vassal of ExxonMobil".',
        {("Nicolás Maduro", "ACCUSE", "Guyana")},
    ),
    (
        "The Serbian president described the Kosovo prime minister as a gangster.",
        {("Serbia", "ACCUSE", "Kosovo")},
    ),
    # blame: the voice names another side's actor as the author of a deed
    ("Baku said Yerevan was responsible for the shelling.", {("Azerbaijan", "ACCUSE", "Armenia")}),
    ("Tehran said Israel was behind the assassination of the scientist.", {("Iran", "ACCUSE", "Israel")}),
    ("Putin suggested that Ukraine had a hand in the attack.", {("Vladimir Putin", "ACCUSE", "Ukraine")}),
    ('"China is a responsible power," the Pakistani foreign minister said.', set()),
    ("Moscow said Kyiv was not behind the attack.", set()),
    ('"The troops were behind the border," the Indian army said.', set()),
    # harm: another side's act or actor said to do harm
    (
        '"Washington\'s tariffs are hurting our farmers," the Canadian trade minister said.',
        {("Canada", "ACCUSE", "United States")},
    ),
    ('Poland said the Russian decision was "hurting Ukraine".', {("Poland", "ACCUSE", "Russia")}),
    ('"Ukraine\'s decision will not hurt Slovakia," Zelensky said.', set()),
    ('"The EU sanctions could hurt Serbia," the Serbian president said.', set()),
    # instigation: done under pressure from, at the behest of, on the orders of another side
    (
        "The Fijian prime minister said the decision had been made under pressure from Beijing.",
        {("Fiji", "ACCUSE", "China")},
    ),
    (
        '"Niamey acted at the behest of Moscow," the French foreign minister said.',
        {("France", "ACCUSE", "Russia")},
    ),
    (
        "Kyiv said the Hungarian veto had been issued on the orders of the Kremlin.",
        {("Ukraine", "ACCUSE", "Russia")},
    ),
    ("Ankara said it acted under pressure from its own parliament.", set()),
    # a clause attributed with 'according to' has that actor as its voice
    (
        "According to the Russian foreign ministry, the expulsion was a response to the hostile decision of "
        "the British authorities.",
        {("Russia", "ACCUSE", "United Kingdom")},
    ),
    (
        "Chinese coast guard ships were behind the collision, according to the Philippine coast guard.",
        {("Philippines", "ACCUSE", "China")},
    ),
    ("According to the agreement, Russia is responsible for the security of the plant.", set()),
    # a legal or listed status is no judgement
    ('Quito said the former Bolivian minister was "a convicted criminal".', set()),
    ("Berlin said Hezbollah was a designated terrorist organisation in Germany.", set()),
    # negated, conditional, modal, asked, unvoiced or own side: no criticism
    ('"Russia is not a terrorist state," the Hungarian foreign minister said.', set()),
    ('"Ukraine is a victim, not an aggressor," Zelensky said.', set()),
    ("Analysts say Russia is weaponising food.", set()),
    ('"Russia could weaponise food," the Polish minister warned.', set()),
    ("Moscow said the reckless actions of Russian pilots were under investigation.", set()),
    ('"Is Beijing bullying its neighbours?" the Japanese foreign minister asked.', set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_actor_judgement_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)


def test_conditional_judgement_is_no_accusation(event_dyads):
    _, got = event_dyads(
        '"If China were bullying its neighbours, we would respond," the Australian foreign minister said.'
    )
    assert not {k for k in got if k[1] == "ACCUSE"}
