"""Threats carried by what a speaker says it will do or how it will treat another side (CAMEO 130/138,
speech_acts.json 'retaliation_plan', 'casus_belli', 'warning_advice', 'unanswered'):

* a retaliation announced as the voice's own coming step, also when no target is named in its phrase
  ('vowed reprisals', 'promised a response', 'is preparing retaliatory measures', 'would take
  countermeasures', 'will take all necessary measures'): aimed at the author of the latest hostile act
  against the voice's side, the one it last blamed, the other-side subject of the previous sentence,
  or the other side named in the threat's clause;
* another side, or its possible act, declared a target or war in advance ('X would become a legitimate
  target', 'any attempt by X to ... would be regarded as an act of aggression', 'would amount to a
  declaration of war');
* advice in the idiom of a warning ('X is strongly advised not to ...', 'X would be well advised to
  ...', 'X should think twice');
* 'will not remain / go without consequences / a response';
* naming the author of a deed ('identified X as the culprit', 'named X as the perpetrator'; CAMEO 112).

Never when negated, asked, or said of the voice's own side. Hand-written sentences from many conflicts
through the real pipeline; each case gives the exact (source, category, target) set."""

from __future__ import annotations

import pytest

CASES = [
    # retaliation to come, its target from the discourse
    (
        "Lithuania let Taiwan open an office in Vilnius. China vowed reprisals.",
        {("China", "THREATEN", "Lithuania")},
    ),
    (
        "Iranian drones struck a US base in Jordan. Biden promised a response.",
        {
            ("Iran", "ASSAULT", "United States"),
            ("Iran", "ASSAULT", "Jordan"),
            ("Joe Biden", "THREATEN", "Iran"),
        },
    ),
    (
        "Moscow blamed Kyiv for the attack on the bridge. The Russian defence ministry said it was preparing "
        '"retaliatory measures".',
        {("Russia", "ACCUSE", "Ukraine"), ("Russia", "THREATEN", "Ukraine")},
    ),
    (
        'The Kremlin said Moscow would take "countermeasures" depending on what NATO deploys on Finnish territory.',
        {("Russia", "THREATEN", "NATO"), ("Russia", "THREATEN", "Finland")},
    ),
    (
        'The North Korean foreign ministry said Pyongyang was preparing "corresponding measures" against the South '
        "Korean drills.",
        {("North Korea", "THREATEN", "South Korea")},
    ),
    (
        "Japan released the treated water on Thursday. The Chinese foreign ministry said China would take "
        '"all necessary measures".',
        {("China", "THREATEN", "Japan")},
    ),
    ("Russia said it would not take countermeasures against Finland.", set()),
    ("Armenia hosted American troops for drills. Did Moscow promise countermeasures?", set()),
    # another side or its possible act declared a target or war in advance
    (
        "The Russian foreign ministry said British warships would become legitimate targets.",
        {("Russia", "THREATEN", "United Kingdom")},
    ),
    (
        "Hezbollah's leader said Cyprus would be considered a target if it opened its airports to Israel.",
        {("Hezbollah", "THREATEN", "Cyprus")},
    ),
    (
        "Pyongyang warned that US bases in Guam would become targets of its missiles.",
        {("North Korea", "THREATEN", "United States")},
    ),
    (
        "Lavrov said any attempt by Moldova to seize the base would be regarded as an act of aggression against "
        "Russia.",
        {("Sergey Lavrov", "THREATEN", "Moldova")},
    ),
    (
        "The Venezuelan defence minister said a US blockade of its ports would amount to a declaration of war.",
        {("Venezuela", "THREATEN", "United States")},
    ),
    ("The Iranian foreign minister said Israel was not a target.", set()),
    # advice in the idiom of a warning
    (
        '"The regime in Tehran is strongly advised not to pursue any further effort to obstruct shipping," the '
        "Pentagon said.",
        {("Pentagon", "THREATEN", "Iran")},
    ),
    (
        "The Chinese defence ministry said Manila would be well advised to stop its provocations.",
        {("China", "THREATEN", "Philippines")},
    ),
    (
        '"Washington should think twice before sending troops to the region," the Russian ambassador said.',
        {("Russia", "THREATEN", "United States")},
    ),
    ('"Canada was advised to stop the talks," the Indian minister said.', set()),
    # 'will not remain without consequences'
    (
        '"Chinese hackers attacked our parliament, and this will not remain without consequences," the Czech '
        "foreign minister said.",
        {("China", "ASSAULT", "Czech Republic"), ("Czech Republic", "THREATEN", "China")},
    ),
    (
        "The Polish president said the incursion by Belarusian helicopters would not go without a response.",
        {("Poland", "THREATEN", "Belarus")},
    ),
    (
        '"We will not leave Moscow\'s expulsion of our diplomats without an answer," the Estonian foreign '
        "minister said.",
        {("Estonia", "THREATEN", "Russia")},
    ),
    ("The Latvian foreign minister said the decision would remain without consequences.", set()),
    # naming the author of a deed
    (
        "South Korea identified North Korea as the culprit behind the cyberattack.",
        {("South Korea", "ACCUSE", "North Korea")},
    ),
    ("Britain named Russia's GRU as the perpetrator of the hack.", {("United Kingdom", "ACCUSE", "Russia")}),
    ("The Polish government identified the victims as Ukrainian citizens.", set()),
]


@pytest.mark.parametrize("text,expect", CASES, ids=[c[0][:48] for c in CASES])
def test_speech_threat_exact_dyads(event_dyads, want_dyads, text, expect):
    _, got = event_dyads(text)
    assert got == want_dyads(expect)
